/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service.persistence;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;
import java.util.Map;
import java.util.Set;

import ru.opora.riskprofile.model.RiskFactorLevel;

/**
 * The persistence utility for the risk factor level service. This utility wraps <code>ru.opora.riskprofile.service.persistence.impl.RiskFactorLevelPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see RiskFactorLevelPersistence
 * @generated
 */
public class RiskFactorLevelUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#clearCache()
	 */
	public static void clearCache() {
		getPersistence().clearCache();
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#clearCache(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static void clearCache(RiskFactorLevel riskFactorLevel) {
		getPersistence().clearCache(riskFactorLevel);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#countWithDynamicQuery(DynamicQuery)
	 */
	public static long countWithDynamicQuery(DynamicQuery dynamicQuery) {
		return getPersistence().countWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#fetchByPrimaryKeys(Set)
	 */
	public static Map<Serializable, RiskFactorLevel> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<RiskFactorLevel> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<RiskFactorLevel> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<RiskFactorLevel> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<RiskFactorLevel> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static RiskFactorLevel update(RiskFactorLevel riskFactorLevel) {
		return getPersistence().update(riskFactorLevel);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static RiskFactorLevel update(
		RiskFactorLevel riskFactorLevel, ServiceContext serviceContext) {

		return getPersistence().update(riskFactorLevel, serviceContext);
	}

	/**
	 * Returns all the risk factor levels where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @return the matching risk factor levels
	 */
	public static List<RiskFactorLevel> findByRiskProfileId(
		long riskProfileId) {

		return getPersistence().findByRiskProfileId(riskProfileId);
	}

	/**
	 * Returns a range of all the risk factor levels where riskProfileId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskFactorLevelModelImpl</code>.
	 * </p>
	 *
	 * @param riskProfileId the risk profile ID
	 * @param start the lower bound of the range of risk factor levels
	 * @param end the upper bound of the range of risk factor levels (not inclusive)
	 * @return the range of matching risk factor levels
	 */
	public static List<RiskFactorLevel> findByRiskProfileId(
		long riskProfileId, int start, int end) {

		return getPersistence().findByRiskProfileId(riskProfileId, start, end);
	}

	/**
	 * Returns an ordered range of all the risk factor levels where riskProfileId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskFactorLevelModelImpl</code>.
	 * </p>
	 *
	 * @param riskProfileId the risk profile ID
	 * @param start the lower bound of the range of risk factor levels
	 * @param end the upper bound of the range of risk factor levels (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk factor levels
	 */
	public static List<RiskFactorLevel> findByRiskProfileId(
		long riskProfileId, int start, int end,
		OrderByComparator<RiskFactorLevel> orderByComparator) {

		return getPersistence().findByRiskProfileId(
			riskProfileId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the risk factor levels where riskProfileId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskFactorLevelModelImpl</code>.
	 * </p>
	 *
	 * @param riskProfileId the risk profile ID
	 * @param start the lower bound of the range of risk factor levels
	 * @param end the upper bound of the range of risk factor levels (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching risk factor levels
	 */
	public static List<RiskFactorLevel> findByRiskProfileId(
		long riskProfileId, int start, int end,
		OrderByComparator<RiskFactorLevel> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByRiskProfileId(
			riskProfileId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first risk factor level in the ordered set where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk factor level
	 * @throws NoSuchRiskFactorLevelException if a matching risk factor level could not be found
	 */
	public static RiskFactorLevel findByRiskProfileId_First(
			long riskProfileId,
			OrderByComparator<RiskFactorLevel> orderByComparator)
		throws ru.opora.riskprofile.exception.NoSuchRiskFactorLevelException {

		return getPersistence().findByRiskProfileId_First(
			riskProfileId, orderByComparator);
	}

	/**
	 * Returns the first risk factor level in the ordered set where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk factor level, or <code>null</code> if a matching risk factor level could not be found
	 */
	public static RiskFactorLevel fetchByRiskProfileId_First(
		long riskProfileId,
		OrderByComparator<RiskFactorLevel> orderByComparator) {

		return getPersistence().fetchByRiskProfileId_First(
			riskProfileId, orderByComparator);
	}

	/**
	 * Returns the last risk factor level in the ordered set where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk factor level
	 * @throws NoSuchRiskFactorLevelException if a matching risk factor level could not be found
	 */
	public static RiskFactorLevel findByRiskProfileId_Last(
			long riskProfileId,
			OrderByComparator<RiskFactorLevel> orderByComparator)
		throws ru.opora.riskprofile.exception.NoSuchRiskFactorLevelException {

		return getPersistence().findByRiskProfileId_Last(
			riskProfileId, orderByComparator);
	}

	/**
	 * Returns the last risk factor level in the ordered set where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk factor level, or <code>null</code> if a matching risk factor level could not be found
	 */
	public static RiskFactorLevel fetchByRiskProfileId_Last(
		long riskProfileId,
		OrderByComparator<RiskFactorLevel> orderByComparator) {

		return getPersistence().fetchByRiskProfileId_Last(
			riskProfileId, orderByComparator);
	}

	/**
	 * Returns the risk factor levels before and after the current risk factor level in the ordered set where riskProfileId = &#63;.
	 *
	 * @param riskFactorLevelId the primary key of the current risk factor level
	 * @param riskProfileId the risk profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk factor level
	 * @throws NoSuchRiskFactorLevelException if a risk factor level with the primary key could not be found
	 */
	public static RiskFactorLevel[] findByRiskProfileId_PrevAndNext(
			long riskFactorLevelId, long riskProfileId,
			OrderByComparator<RiskFactorLevel> orderByComparator)
		throws ru.opora.riskprofile.exception.NoSuchRiskFactorLevelException {

		return getPersistence().findByRiskProfileId_PrevAndNext(
			riskFactorLevelId, riskProfileId, orderByComparator);
	}

	/**
	 * Removes all the risk factor levels where riskProfileId = &#63; from the database.
	 *
	 * @param riskProfileId the risk profile ID
	 */
	public static void removeByRiskProfileId(long riskProfileId) {
		getPersistence().removeByRiskProfileId(riskProfileId);
	}

	/**
	 * Returns the number of risk factor levels where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @return the number of matching risk factor levels
	 */
	public static int countByRiskProfileId(long riskProfileId) {
		return getPersistence().countByRiskProfileId(riskProfileId);
	}

	/**
	 * Caches the risk factor level in the entity cache if it is enabled.
	 *
	 * @param riskFactorLevel the risk factor level
	 */
	public static void cacheResult(RiskFactorLevel riskFactorLevel) {
		getPersistence().cacheResult(riskFactorLevel);
	}

	/**
	 * Caches the risk factor levels in the entity cache if it is enabled.
	 *
	 * @param riskFactorLevels the risk factor levels
	 */
	public static void cacheResult(List<RiskFactorLevel> riskFactorLevels) {
		getPersistence().cacheResult(riskFactorLevels);
	}

	/**
	 * Creates a new risk factor level with the primary key. Does not add the risk factor level to the database.
	 *
	 * @param riskFactorLevelId the primary key for the new risk factor level
	 * @return the new risk factor level
	 */
	public static RiskFactorLevel create(long riskFactorLevelId) {
		return getPersistence().create(riskFactorLevelId);
	}

	/**
	 * Removes the risk factor level with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param riskFactorLevelId the primary key of the risk factor level
	 * @return the risk factor level that was removed
	 * @throws NoSuchRiskFactorLevelException if a risk factor level with the primary key could not be found
	 */
	public static RiskFactorLevel remove(long riskFactorLevelId)
		throws ru.opora.riskprofile.exception.NoSuchRiskFactorLevelException {

		return getPersistence().remove(riskFactorLevelId);
	}

	public static RiskFactorLevel updateImpl(RiskFactorLevel riskFactorLevel) {
		return getPersistence().updateImpl(riskFactorLevel);
	}

	/**
	 * Returns the risk factor level with the primary key or throws a <code>NoSuchRiskFactorLevelException</code> if it could not be found.
	 *
	 * @param riskFactorLevelId the primary key of the risk factor level
	 * @return the risk factor level
	 * @throws NoSuchRiskFactorLevelException if a risk factor level with the primary key could not be found
	 */
	public static RiskFactorLevel findByPrimaryKey(long riskFactorLevelId)
		throws ru.opora.riskprofile.exception.NoSuchRiskFactorLevelException {

		return getPersistence().findByPrimaryKey(riskFactorLevelId);
	}

	/**
	 * Returns the risk factor level with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param riskFactorLevelId the primary key of the risk factor level
	 * @return the risk factor level, or <code>null</code> if a risk factor level with the primary key could not be found
	 */
	public static RiskFactorLevel fetchByPrimaryKey(long riskFactorLevelId) {
		return getPersistence().fetchByPrimaryKey(riskFactorLevelId);
	}

	/**
	 * Returns all the risk factor levels.
	 *
	 * @return the risk factor levels
	 */
	public static List<RiskFactorLevel> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the risk factor levels.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskFactorLevelModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk factor levels
	 * @param end the upper bound of the range of risk factor levels (not inclusive)
	 * @return the range of risk factor levels
	 */
	public static List<RiskFactorLevel> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the risk factor levels.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskFactorLevelModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk factor levels
	 * @param end the upper bound of the range of risk factor levels (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of risk factor levels
	 */
	public static List<RiskFactorLevel> findAll(
		int start, int end,
		OrderByComparator<RiskFactorLevel> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the risk factor levels.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskFactorLevelModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk factor levels
	 * @param end the upper bound of the range of risk factor levels (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of risk factor levels
	 */
	public static List<RiskFactorLevel> findAll(
		int start, int end,
		OrderByComparator<RiskFactorLevel> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the risk factor levels from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of risk factor levels.
	 *
	 * @return the number of risk factor levels
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static RiskFactorLevelPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(RiskFactorLevelPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile RiskFactorLevelPersistence _persistence;

}