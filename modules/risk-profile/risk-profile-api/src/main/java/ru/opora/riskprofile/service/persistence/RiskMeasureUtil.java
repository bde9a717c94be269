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

import ru.opora.riskprofile.model.RiskMeasure;

/**
 * The persistence utility for the risk measure service. This utility wraps <code>ru.opora.riskprofile.service.persistence.impl.RiskMeasurePersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see RiskMeasurePersistence
 * @generated
 */
public class RiskMeasureUtil {

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
	public static void clearCache(RiskMeasure riskMeasure) {
		getPersistence().clearCache(riskMeasure);
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
	public static Map<Serializable, RiskMeasure> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<RiskMeasure> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<RiskMeasure> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<RiskMeasure> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<RiskMeasure> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static RiskMeasure update(RiskMeasure riskMeasure) {
		return getPersistence().update(riskMeasure);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static RiskMeasure update(
		RiskMeasure riskMeasure, ServiceContext serviceContext) {

		return getPersistence().update(riskMeasure, serviceContext);
	}

	/**
	 * Returns all the risk measures where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @return the matching risk measures
	 */
	public static List<RiskMeasure> findByRiskDocumentId(long riskDocumentId) {
		return getPersistence().findByRiskDocumentId(riskDocumentId);
	}

	/**
	 * Returns a range of all the risk measures where riskDocumentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskMeasureModelImpl</code>.
	 * </p>
	 *
	 * @param riskDocumentId the risk document ID
	 * @param start the lower bound of the range of risk measures
	 * @param end the upper bound of the range of risk measures (not inclusive)
	 * @return the range of matching risk measures
	 */
	public static List<RiskMeasure> findByRiskDocumentId(
		long riskDocumentId, int start, int end) {

		return getPersistence().findByRiskDocumentId(
			riskDocumentId, start, end);
	}

	/**
	 * Returns an ordered range of all the risk measures where riskDocumentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskMeasureModelImpl</code>.
	 * </p>
	 *
	 * @param riskDocumentId the risk document ID
	 * @param start the lower bound of the range of risk measures
	 * @param end the upper bound of the range of risk measures (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk measures
	 */
	public static List<RiskMeasure> findByRiskDocumentId(
		long riskDocumentId, int start, int end,
		OrderByComparator<RiskMeasure> orderByComparator) {

		return getPersistence().findByRiskDocumentId(
			riskDocumentId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the risk measures where riskDocumentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskMeasureModelImpl</code>.
	 * </p>
	 *
	 * @param riskDocumentId the risk document ID
	 * @param start the lower bound of the range of risk measures
	 * @param end the upper bound of the range of risk measures (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching risk measures
	 */
	public static List<RiskMeasure> findByRiskDocumentId(
		long riskDocumentId, int start, int end,
		OrderByComparator<RiskMeasure> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByRiskDocumentId(
			riskDocumentId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first risk measure in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk measure
	 * @throws NoSuchRiskMeasureException if a matching risk measure could not be found
	 */
	public static RiskMeasure findByRiskDocumentId_First(
			long riskDocumentId,
			OrderByComparator<RiskMeasure> orderByComparator)
		throws ru.opora.riskprofile.exception.NoSuchRiskMeasureException {

		return getPersistence().findByRiskDocumentId_First(
			riskDocumentId, orderByComparator);
	}

	/**
	 * Returns the first risk measure in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk measure, or <code>null</code> if a matching risk measure could not be found
	 */
	public static RiskMeasure fetchByRiskDocumentId_First(
		long riskDocumentId, OrderByComparator<RiskMeasure> orderByComparator) {

		return getPersistence().fetchByRiskDocumentId_First(
			riskDocumentId, orderByComparator);
	}

	/**
	 * Returns the last risk measure in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk measure
	 * @throws NoSuchRiskMeasureException if a matching risk measure could not be found
	 */
	public static RiskMeasure findByRiskDocumentId_Last(
			long riskDocumentId,
			OrderByComparator<RiskMeasure> orderByComparator)
		throws ru.opora.riskprofile.exception.NoSuchRiskMeasureException {

		return getPersistence().findByRiskDocumentId_Last(
			riskDocumentId, orderByComparator);
	}

	/**
	 * Returns the last risk measure in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk measure, or <code>null</code> if a matching risk measure could not be found
	 */
	public static RiskMeasure fetchByRiskDocumentId_Last(
		long riskDocumentId, OrderByComparator<RiskMeasure> orderByComparator) {

		return getPersistence().fetchByRiskDocumentId_Last(
			riskDocumentId, orderByComparator);
	}

	/**
	 * Returns the risk measures before and after the current risk measure in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskMeasureId the primary key of the current risk measure
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk measure
	 * @throws NoSuchRiskMeasureException if a risk measure with the primary key could not be found
	 */
	public static RiskMeasure[] findByRiskDocumentId_PrevAndNext(
			long riskMeasureId, long riskDocumentId,
			OrderByComparator<RiskMeasure> orderByComparator)
		throws ru.opora.riskprofile.exception.NoSuchRiskMeasureException {

		return getPersistence().findByRiskDocumentId_PrevAndNext(
			riskMeasureId, riskDocumentId, orderByComparator);
	}

	/**
	 * Removes all the risk measures where riskDocumentId = &#63; from the database.
	 *
	 * @param riskDocumentId the risk document ID
	 */
	public static void removeByRiskDocumentId(long riskDocumentId) {
		getPersistence().removeByRiskDocumentId(riskDocumentId);
	}

	/**
	 * Returns the number of risk measures where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @return the number of matching risk measures
	 */
	public static int countByRiskDocumentId(long riskDocumentId) {
		return getPersistence().countByRiskDocumentId(riskDocumentId);
	}

	/**
	 * Caches the risk measure in the entity cache if it is enabled.
	 *
	 * @param riskMeasure the risk measure
	 */
	public static void cacheResult(RiskMeasure riskMeasure) {
		getPersistence().cacheResult(riskMeasure);
	}

	/**
	 * Caches the risk measures in the entity cache if it is enabled.
	 *
	 * @param riskMeasures the risk measures
	 */
	public static void cacheResult(List<RiskMeasure> riskMeasures) {
		getPersistence().cacheResult(riskMeasures);
	}

	/**
	 * Creates a new risk measure with the primary key. Does not add the risk measure to the database.
	 *
	 * @param riskMeasureId the primary key for the new risk measure
	 * @return the new risk measure
	 */
	public static RiskMeasure create(long riskMeasureId) {
		return getPersistence().create(riskMeasureId);
	}

	/**
	 * Removes the risk measure with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param riskMeasureId the primary key of the risk measure
	 * @return the risk measure that was removed
	 * @throws NoSuchRiskMeasureException if a risk measure with the primary key could not be found
	 */
	public static RiskMeasure remove(long riskMeasureId)
		throws ru.opora.riskprofile.exception.NoSuchRiskMeasureException {

		return getPersistence().remove(riskMeasureId);
	}

	public static RiskMeasure updateImpl(RiskMeasure riskMeasure) {
		return getPersistence().updateImpl(riskMeasure);
	}

	/**
	 * Returns the risk measure with the primary key or throws a <code>NoSuchRiskMeasureException</code> if it could not be found.
	 *
	 * @param riskMeasureId the primary key of the risk measure
	 * @return the risk measure
	 * @throws NoSuchRiskMeasureException if a risk measure with the primary key could not be found
	 */
	public static RiskMeasure findByPrimaryKey(long riskMeasureId)
		throws ru.opora.riskprofile.exception.NoSuchRiskMeasureException {

		return getPersistence().findByPrimaryKey(riskMeasureId);
	}

	/**
	 * Returns the risk measure with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param riskMeasureId the primary key of the risk measure
	 * @return the risk measure, or <code>null</code> if a risk measure with the primary key could not be found
	 */
	public static RiskMeasure fetchByPrimaryKey(long riskMeasureId) {
		return getPersistence().fetchByPrimaryKey(riskMeasureId);
	}

	/**
	 * Returns all the risk measures.
	 *
	 * @return the risk measures
	 */
	public static List<RiskMeasure> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the risk measures.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskMeasureModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk measures
	 * @param end the upper bound of the range of risk measures (not inclusive)
	 * @return the range of risk measures
	 */
	public static List<RiskMeasure> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the risk measures.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskMeasureModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk measures
	 * @param end the upper bound of the range of risk measures (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of risk measures
	 */
	public static List<RiskMeasure> findAll(
		int start, int end, OrderByComparator<RiskMeasure> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the risk measures.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskMeasureModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk measures
	 * @param end the upper bound of the range of risk measures (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of risk measures
	 */
	public static List<RiskMeasure> findAll(
		int start, int end, OrderByComparator<RiskMeasure> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the risk measures from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of risk measures.
	 *
	 * @return the number of risk measures
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static RiskMeasurePersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(RiskMeasurePersistence persistence) {
		_persistence = persistence;
	}

	private static volatile RiskMeasurePersistence _persistence;

}