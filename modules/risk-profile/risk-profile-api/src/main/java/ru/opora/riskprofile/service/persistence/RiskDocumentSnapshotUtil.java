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

import ru.opora.riskprofile.model.RiskDocumentSnapshot;

/**
 * The persistence utility for the risk document snapshot service. This utility wraps <code>ru.opora.riskprofile.service.persistence.impl.RiskDocumentSnapshotPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see RiskDocumentSnapshotPersistence
 * @generated
 */
public class RiskDocumentSnapshotUtil {

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
	public static void clearCache(RiskDocumentSnapshot riskDocumentSnapshot) {
		getPersistence().clearCache(riskDocumentSnapshot);
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
	public static Map<Serializable, RiskDocumentSnapshot> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<RiskDocumentSnapshot> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<RiskDocumentSnapshot> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<RiskDocumentSnapshot> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<RiskDocumentSnapshot> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static RiskDocumentSnapshot update(
		RiskDocumentSnapshot riskDocumentSnapshot) {

		return getPersistence().update(riskDocumentSnapshot);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static RiskDocumentSnapshot update(
		RiskDocumentSnapshot riskDocumentSnapshot,
		ServiceContext serviceContext) {

		return getPersistence().update(riskDocumentSnapshot, serviceContext);
	}

	/**
	 * Returns all the risk document snapshots where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @return the matching risk document snapshots
	 */
	public static List<RiskDocumentSnapshot> findByRiskDocumentId(
		long riskDocumentId) {

		return getPersistence().findByRiskDocumentId(riskDocumentId);
	}

	/**
	 * Returns a range of all the risk document snapshots where riskDocumentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentSnapshotModelImpl</code>.
	 * </p>
	 *
	 * @param riskDocumentId the risk document ID
	 * @param start the lower bound of the range of risk document snapshots
	 * @param end the upper bound of the range of risk document snapshots (not inclusive)
	 * @return the range of matching risk document snapshots
	 */
	public static List<RiskDocumentSnapshot> findByRiskDocumentId(
		long riskDocumentId, int start, int end) {

		return getPersistence().findByRiskDocumentId(
			riskDocumentId, start, end);
	}

	/**
	 * Returns an ordered range of all the risk document snapshots where riskDocumentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentSnapshotModelImpl</code>.
	 * </p>
	 *
	 * @param riskDocumentId the risk document ID
	 * @param start the lower bound of the range of risk document snapshots
	 * @param end the upper bound of the range of risk document snapshots (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk document snapshots
	 */
	public static List<RiskDocumentSnapshot> findByRiskDocumentId(
		long riskDocumentId, int start, int end,
		OrderByComparator<RiskDocumentSnapshot> orderByComparator) {

		return getPersistence().findByRiskDocumentId(
			riskDocumentId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the risk document snapshots where riskDocumentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentSnapshotModelImpl</code>.
	 * </p>
	 *
	 * @param riskDocumentId the risk document ID
	 * @param start the lower bound of the range of risk document snapshots
	 * @param end the upper bound of the range of risk document snapshots (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching risk document snapshots
	 */
	public static List<RiskDocumentSnapshot> findByRiskDocumentId(
		long riskDocumentId, int start, int end,
		OrderByComparator<RiskDocumentSnapshot> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByRiskDocumentId(
			riskDocumentId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first risk document snapshot in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk document snapshot
	 * @throws NoSuchRiskDocumentSnapshotException if a matching risk document snapshot could not be found
	 */
	public static RiskDocumentSnapshot findByRiskDocumentId_First(
			long riskDocumentId,
			OrderByComparator<RiskDocumentSnapshot> orderByComparator)
		throws ru.opora.riskprofile.exception.
			NoSuchRiskDocumentSnapshotException {

		return getPersistence().findByRiskDocumentId_First(
			riskDocumentId, orderByComparator);
	}

	/**
	 * Returns the first risk document snapshot in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk document snapshot, or <code>null</code> if a matching risk document snapshot could not be found
	 */
	public static RiskDocumentSnapshot fetchByRiskDocumentId_First(
		long riskDocumentId,
		OrderByComparator<RiskDocumentSnapshot> orderByComparator) {

		return getPersistence().fetchByRiskDocumentId_First(
			riskDocumentId, orderByComparator);
	}

	/**
	 * Returns the last risk document snapshot in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk document snapshot
	 * @throws NoSuchRiskDocumentSnapshotException if a matching risk document snapshot could not be found
	 */
	public static RiskDocumentSnapshot findByRiskDocumentId_Last(
			long riskDocumentId,
			OrderByComparator<RiskDocumentSnapshot> orderByComparator)
		throws ru.opora.riskprofile.exception.
			NoSuchRiskDocumentSnapshotException {

		return getPersistence().findByRiskDocumentId_Last(
			riskDocumentId, orderByComparator);
	}

	/**
	 * Returns the last risk document snapshot in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk document snapshot, or <code>null</code> if a matching risk document snapshot could not be found
	 */
	public static RiskDocumentSnapshot fetchByRiskDocumentId_Last(
		long riskDocumentId,
		OrderByComparator<RiskDocumentSnapshot> orderByComparator) {

		return getPersistence().fetchByRiskDocumentId_Last(
			riskDocumentId, orderByComparator);
	}

	/**
	 * Returns the risk document snapshots before and after the current risk document snapshot in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentSnapshotId the primary key of the current risk document snapshot
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk document snapshot
	 * @throws NoSuchRiskDocumentSnapshotException if a risk document snapshot with the primary key could not be found
	 */
	public static RiskDocumentSnapshot[] findByRiskDocumentId_PrevAndNext(
			long riskDocumentSnapshotId, long riskDocumentId,
			OrderByComparator<RiskDocumentSnapshot> orderByComparator)
		throws ru.opora.riskprofile.exception.
			NoSuchRiskDocumentSnapshotException {

		return getPersistence().findByRiskDocumentId_PrevAndNext(
			riskDocumentSnapshotId, riskDocumentId, orderByComparator);
	}

	/**
	 * Removes all the risk document snapshots where riskDocumentId = &#63; from the database.
	 *
	 * @param riskDocumentId the risk document ID
	 */
	public static void removeByRiskDocumentId(long riskDocumentId) {
		getPersistence().removeByRiskDocumentId(riskDocumentId);
	}

	/**
	 * Returns the number of risk document snapshots where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @return the number of matching risk document snapshots
	 */
	public static int countByRiskDocumentId(long riskDocumentId) {
		return getPersistence().countByRiskDocumentId(riskDocumentId);
	}

	/**
	 * Caches the risk document snapshot in the entity cache if it is enabled.
	 *
	 * @param riskDocumentSnapshot the risk document snapshot
	 */
	public static void cacheResult(RiskDocumentSnapshot riskDocumentSnapshot) {
		getPersistence().cacheResult(riskDocumentSnapshot);
	}

	/**
	 * Caches the risk document snapshots in the entity cache if it is enabled.
	 *
	 * @param riskDocumentSnapshots the risk document snapshots
	 */
	public static void cacheResult(
		List<RiskDocumentSnapshot> riskDocumentSnapshots) {

		getPersistence().cacheResult(riskDocumentSnapshots);
	}

	/**
	 * Creates a new risk document snapshot with the primary key. Does not add the risk document snapshot to the database.
	 *
	 * @param riskDocumentSnapshotId the primary key for the new risk document snapshot
	 * @return the new risk document snapshot
	 */
	public static RiskDocumentSnapshot create(long riskDocumentSnapshotId) {
		return getPersistence().create(riskDocumentSnapshotId);
	}

	/**
	 * Removes the risk document snapshot with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param riskDocumentSnapshotId the primary key of the risk document snapshot
	 * @return the risk document snapshot that was removed
	 * @throws NoSuchRiskDocumentSnapshotException if a risk document snapshot with the primary key could not be found
	 */
	public static RiskDocumentSnapshot remove(long riskDocumentSnapshotId)
		throws ru.opora.riskprofile.exception.
			NoSuchRiskDocumentSnapshotException {

		return getPersistence().remove(riskDocumentSnapshotId);
	}

	public static RiskDocumentSnapshot updateImpl(
		RiskDocumentSnapshot riskDocumentSnapshot) {

		return getPersistence().updateImpl(riskDocumentSnapshot);
	}

	/**
	 * Returns the risk document snapshot with the primary key or throws a <code>NoSuchRiskDocumentSnapshotException</code> if it could not be found.
	 *
	 * @param riskDocumentSnapshotId the primary key of the risk document snapshot
	 * @return the risk document snapshot
	 * @throws NoSuchRiskDocumentSnapshotException if a risk document snapshot with the primary key could not be found
	 */
	public static RiskDocumentSnapshot findByPrimaryKey(
			long riskDocumentSnapshotId)
		throws ru.opora.riskprofile.exception.
			NoSuchRiskDocumentSnapshotException {

		return getPersistence().findByPrimaryKey(riskDocumentSnapshotId);
	}

	/**
	 * Returns the risk document snapshot with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param riskDocumentSnapshotId the primary key of the risk document snapshot
	 * @return the risk document snapshot, or <code>null</code> if a risk document snapshot with the primary key could not be found
	 */
	public static RiskDocumentSnapshot fetchByPrimaryKey(
		long riskDocumentSnapshotId) {

		return getPersistence().fetchByPrimaryKey(riskDocumentSnapshotId);
	}

	/**
	 * Returns all the risk document snapshots.
	 *
	 * @return the risk document snapshots
	 */
	public static List<RiskDocumentSnapshot> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the risk document snapshots.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentSnapshotModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk document snapshots
	 * @param end the upper bound of the range of risk document snapshots (not inclusive)
	 * @return the range of risk document snapshots
	 */
	public static List<RiskDocumentSnapshot> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the risk document snapshots.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentSnapshotModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk document snapshots
	 * @param end the upper bound of the range of risk document snapshots (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of risk document snapshots
	 */
	public static List<RiskDocumentSnapshot> findAll(
		int start, int end,
		OrderByComparator<RiskDocumentSnapshot> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the risk document snapshots.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentSnapshotModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk document snapshots
	 * @param end the upper bound of the range of risk document snapshots (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of risk document snapshots
	 */
	public static List<RiskDocumentSnapshot> findAll(
		int start, int end,
		OrderByComparator<RiskDocumentSnapshot> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the risk document snapshots from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of risk document snapshots.
	 *
	 * @return the number of risk document snapshots
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static RiskDocumentSnapshotPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(
		RiskDocumentSnapshotPersistence persistence) {

		_persistence = persistence;
	}

	private static volatile RiskDocumentSnapshotPersistence _persistence;

}