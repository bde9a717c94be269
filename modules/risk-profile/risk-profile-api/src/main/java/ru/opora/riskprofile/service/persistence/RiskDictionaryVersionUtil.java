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

import ru.opora.riskprofile.model.RiskDictionaryVersion;

/**
 * The persistence utility for the risk dictionary version service. This utility wraps <code>ru.opora.riskprofile.service.persistence.impl.RiskDictionaryVersionPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see RiskDictionaryVersionPersistence
 * @generated
 */
public class RiskDictionaryVersionUtil {

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
	public static void clearCache(RiskDictionaryVersion riskDictionaryVersion) {
		getPersistence().clearCache(riskDictionaryVersion);
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
	public static Map<Serializable, RiskDictionaryVersion> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<RiskDictionaryVersion> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<RiskDictionaryVersion> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<RiskDictionaryVersion> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<RiskDictionaryVersion> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static RiskDictionaryVersion update(
		RiskDictionaryVersion riskDictionaryVersion) {

		return getPersistence().update(riskDictionaryVersion);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static RiskDictionaryVersion update(
		RiskDictionaryVersion riskDictionaryVersion,
		ServiceContext serviceContext) {

		return getPersistence().update(riskDictionaryVersion, serviceContext);
	}

	/**
	 * Returns all the risk dictionary versions where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching risk dictionary versions
	 */
	public static List<RiskDictionaryVersion> findByCompanyId(long companyId) {
		return getPersistence().findByCompanyId(companyId);
	}

	/**
	 * Returns a range of all the risk dictionary versions where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDictionaryVersionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of risk dictionary versions
	 * @param end the upper bound of the range of risk dictionary versions (not inclusive)
	 * @return the range of matching risk dictionary versions
	 */
	public static List<RiskDictionaryVersion> findByCompanyId(
		long companyId, int start, int end) {

		return getPersistence().findByCompanyId(companyId, start, end);
	}

	/**
	 * Returns an ordered range of all the risk dictionary versions where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDictionaryVersionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of risk dictionary versions
	 * @param end the upper bound of the range of risk dictionary versions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk dictionary versions
	 */
	public static List<RiskDictionaryVersion> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<RiskDictionaryVersion> orderByComparator) {

		return getPersistence().findByCompanyId(
			companyId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the risk dictionary versions where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDictionaryVersionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of risk dictionary versions
	 * @param end the upper bound of the range of risk dictionary versions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching risk dictionary versions
	 */
	public static List<RiskDictionaryVersion> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<RiskDictionaryVersion> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByCompanyId(
			companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first risk dictionary version in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk dictionary version
	 * @throws NoSuchRiskDictionaryVersionException if a matching risk dictionary version could not be found
	 */
	public static RiskDictionaryVersion findByCompanyId_First(
			long companyId,
			OrderByComparator<RiskDictionaryVersion> orderByComparator)
		throws ru.opora.riskprofile.exception.
			NoSuchRiskDictionaryVersionException {

		return getPersistence().findByCompanyId_First(
			companyId, orderByComparator);
	}

	/**
	 * Returns the first risk dictionary version in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk dictionary version, or <code>null</code> if a matching risk dictionary version could not be found
	 */
	public static RiskDictionaryVersion fetchByCompanyId_First(
		long companyId,
		OrderByComparator<RiskDictionaryVersion> orderByComparator) {

		return getPersistence().fetchByCompanyId_First(
			companyId, orderByComparator);
	}

	/**
	 * Returns the last risk dictionary version in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk dictionary version
	 * @throws NoSuchRiskDictionaryVersionException if a matching risk dictionary version could not be found
	 */
	public static RiskDictionaryVersion findByCompanyId_Last(
			long companyId,
			OrderByComparator<RiskDictionaryVersion> orderByComparator)
		throws ru.opora.riskprofile.exception.
			NoSuchRiskDictionaryVersionException {

		return getPersistence().findByCompanyId_Last(
			companyId, orderByComparator);
	}

	/**
	 * Returns the last risk dictionary version in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk dictionary version, or <code>null</code> if a matching risk dictionary version could not be found
	 */
	public static RiskDictionaryVersion fetchByCompanyId_Last(
		long companyId,
		OrderByComparator<RiskDictionaryVersion> orderByComparator) {

		return getPersistence().fetchByCompanyId_Last(
			companyId, orderByComparator);
	}

	/**
	 * Returns the risk dictionary versions before and after the current risk dictionary version in the ordered set where companyId = &#63;.
	 *
	 * @param riskDictionaryVersionId the primary key of the current risk dictionary version
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk dictionary version
	 * @throws NoSuchRiskDictionaryVersionException if a risk dictionary version with the primary key could not be found
	 */
	public static RiskDictionaryVersion[] findByCompanyId_PrevAndNext(
			long riskDictionaryVersionId, long companyId,
			OrderByComparator<RiskDictionaryVersion> orderByComparator)
		throws ru.opora.riskprofile.exception.
			NoSuchRiskDictionaryVersionException {

		return getPersistence().findByCompanyId_PrevAndNext(
			riskDictionaryVersionId, companyId, orderByComparator);
	}

	/**
	 * Removes all the risk dictionary versions where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	public static void removeByCompanyId(long companyId) {
		getPersistence().removeByCompanyId(companyId);
	}

	/**
	 * Returns the number of risk dictionary versions where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching risk dictionary versions
	 */
	public static int countByCompanyId(long companyId) {
		return getPersistence().countByCompanyId(companyId);
	}

	/**
	 * Returns the risk dictionary version where companyId = &#63; and fromYear = &#63; or throws a <code>NoSuchRiskDictionaryVersionException</code> if it could not be found.
	 *
	 * @param companyId the company ID
	 * @param fromYear the from year
	 * @return the matching risk dictionary version
	 * @throws NoSuchRiskDictionaryVersionException if a matching risk dictionary version could not be found
	 */
	public static RiskDictionaryVersion findByC_Y(long companyId, int fromYear)
		throws ru.opora.riskprofile.exception.
			NoSuchRiskDictionaryVersionException {

		return getPersistence().findByC_Y(companyId, fromYear);
	}

	/**
	 * Returns the risk dictionary version where companyId = &#63; and fromYear = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param companyId the company ID
	 * @param fromYear the from year
	 * @return the matching risk dictionary version, or <code>null</code> if a matching risk dictionary version could not be found
	 */
	public static RiskDictionaryVersion fetchByC_Y(
		long companyId, int fromYear) {

		return getPersistence().fetchByC_Y(companyId, fromYear);
	}

	/**
	 * Returns the risk dictionary version where companyId = &#63; and fromYear = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param companyId the company ID
	 * @param fromYear the from year
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching risk dictionary version, or <code>null</code> if a matching risk dictionary version could not be found
	 */
	public static RiskDictionaryVersion fetchByC_Y(
		long companyId, int fromYear, boolean useFinderCache) {

		return getPersistence().fetchByC_Y(companyId, fromYear, useFinderCache);
	}

	/**
	 * Removes the risk dictionary version where companyId = &#63; and fromYear = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param fromYear the from year
	 * @return the risk dictionary version that was removed
	 */
	public static RiskDictionaryVersion removeByC_Y(
			long companyId, int fromYear)
		throws ru.opora.riskprofile.exception.
			NoSuchRiskDictionaryVersionException {

		return getPersistence().removeByC_Y(companyId, fromYear);
	}

	/**
	 * Returns the number of risk dictionary versions where companyId = &#63; and fromYear = &#63;.
	 *
	 * @param companyId the company ID
	 * @param fromYear the from year
	 * @return the number of matching risk dictionary versions
	 */
	public static int countByC_Y(long companyId, int fromYear) {
		return getPersistence().countByC_Y(companyId, fromYear);
	}

	/**
	 * Caches the risk dictionary version in the entity cache if it is enabled.
	 *
	 * @param riskDictionaryVersion the risk dictionary version
	 */
	public static void cacheResult(
		RiskDictionaryVersion riskDictionaryVersion) {

		getPersistence().cacheResult(riskDictionaryVersion);
	}

	/**
	 * Caches the risk dictionary versions in the entity cache if it is enabled.
	 *
	 * @param riskDictionaryVersions the risk dictionary versions
	 */
	public static void cacheResult(
		List<RiskDictionaryVersion> riskDictionaryVersions) {

		getPersistence().cacheResult(riskDictionaryVersions);
	}

	/**
	 * Creates a new risk dictionary version with the primary key. Does not add the risk dictionary version to the database.
	 *
	 * @param riskDictionaryVersionId the primary key for the new risk dictionary version
	 * @return the new risk dictionary version
	 */
	public static RiskDictionaryVersion create(long riskDictionaryVersionId) {
		return getPersistence().create(riskDictionaryVersionId);
	}

	/**
	 * Removes the risk dictionary version with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param riskDictionaryVersionId the primary key of the risk dictionary version
	 * @return the risk dictionary version that was removed
	 * @throws NoSuchRiskDictionaryVersionException if a risk dictionary version with the primary key could not be found
	 */
	public static RiskDictionaryVersion remove(long riskDictionaryVersionId)
		throws ru.opora.riskprofile.exception.
			NoSuchRiskDictionaryVersionException {

		return getPersistence().remove(riskDictionaryVersionId);
	}

	public static RiskDictionaryVersion updateImpl(
		RiskDictionaryVersion riskDictionaryVersion) {

		return getPersistence().updateImpl(riskDictionaryVersion);
	}

	/**
	 * Returns the risk dictionary version with the primary key or throws a <code>NoSuchRiskDictionaryVersionException</code> if it could not be found.
	 *
	 * @param riskDictionaryVersionId the primary key of the risk dictionary version
	 * @return the risk dictionary version
	 * @throws NoSuchRiskDictionaryVersionException if a risk dictionary version with the primary key could not be found
	 */
	public static RiskDictionaryVersion findByPrimaryKey(
			long riskDictionaryVersionId)
		throws ru.opora.riskprofile.exception.
			NoSuchRiskDictionaryVersionException {

		return getPersistence().findByPrimaryKey(riskDictionaryVersionId);
	}

	/**
	 * Returns the risk dictionary version with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param riskDictionaryVersionId the primary key of the risk dictionary version
	 * @return the risk dictionary version, or <code>null</code> if a risk dictionary version with the primary key could not be found
	 */
	public static RiskDictionaryVersion fetchByPrimaryKey(
		long riskDictionaryVersionId) {

		return getPersistence().fetchByPrimaryKey(riskDictionaryVersionId);
	}

	/**
	 * Returns all the risk dictionary versions.
	 *
	 * @return the risk dictionary versions
	 */
	public static List<RiskDictionaryVersion> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the risk dictionary versions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDictionaryVersionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk dictionary versions
	 * @param end the upper bound of the range of risk dictionary versions (not inclusive)
	 * @return the range of risk dictionary versions
	 */
	public static List<RiskDictionaryVersion> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the risk dictionary versions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDictionaryVersionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk dictionary versions
	 * @param end the upper bound of the range of risk dictionary versions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of risk dictionary versions
	 */
	public static List<RiskDictionaryVersion> findAll(
		int start, int end,
		OrderByComparator<RiskDictionaryVersion> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the risk dictionary versions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDictionaryVersionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk dictionary versions
	 * @param end the upper bound of the range of risk dictionary versions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of risk dictionary versions
	 */
	public static List<RiskDictionaryVersion> findAll(
		int start, int end,
		OrderByComparator<RiskDictionaryVersion> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the risk dictionary versions from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of risk dictionary versions.
	 *
	 * @return the number of risk dictionary versions
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static RiskDictionaryVersionPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(
		RiskDictionaryVersionPersistence persistence) {

		_persistence = persistence;
	}

	private static volatile RiskDictionaryVersionPersistence _persistence;

}