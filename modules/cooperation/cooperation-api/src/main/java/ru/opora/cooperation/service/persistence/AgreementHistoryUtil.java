/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.service.persistence;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;
import java.util.Map;
import java.util.Set;

import ru.opora.cooperation.model.AgreementHistory;

/**
 * The persistence utility for the agreement history service. This utility wraps <code>ru.opora.cooperation.service.persistence.impl.AgreementHistoryPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see AgreementHistoryPersistence
 * @generated
 */
public class AgreementHistoryUtil {

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
	public static void clearCache(AgreementHistory agreementHistory) {
		getPersistence().clearCache(agreementHistory);
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
	public static Map<Serializable, AgreementHistory> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<AgreementHistory> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<AgreementHistory> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<AgreementHistory> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<AgreementHistory> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static AgreementHistory update(AgreementHistory agreementHistory) {
		return getPersistence().update(agreementHistory);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static AgreementHistory update(
		AgreementHistory agreementHistory, ServiceContext serviceContext) {

		return getPersistence().update(agreementHistory, serviceContext);
	}

	/**
	 * Returns all the agreement histories where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @return the matching agreement histories
	 */
	public static List<AgreementHistory> findByAgreementId(long agreementId) {
		return getPersistence().findByAgreementId(agreementId);
	}

	/**
	 * Returns a range of all the agreement histories where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementHistoryModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement histories
	 * @param end the upper bound of the range of agreement histories (not inclusive)
	 * @return the range of matching agreement histories
	 */
	public static List<AgreementHistory> findByAgreementId(
		long agreementId, int start, int end) {

		return getPersistence().findByAgreementId(agreementId, start, end);
	}

	/**
	 * Returns an ordered range of all the agreement histories where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementHistoryModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement histories
	 * @param end the upper bound of the range of agreement histories (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching agreement histories
	 */
	public static List<AgreementHistory> findByAgreementId(
		long agreementId, int start, int end,
		OrderByComparator<AgreementHistory> orderByComparator) {

		return getPersistence().findByAgreementId(
			agreementId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the agreement histories where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementHistoryModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement histories
	 * @param end the upper bound of the range of agreement histories (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching agreement histories
	 */
	public static List<AgreementHistory> findByAgreementId(
		long agreementId, int start, int end,
		OrderByComparator<AgreementHistory> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByAgreementId(
			agreementId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first agreement history in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement history
	 * @throws NoSuchAgreementHistoryException if a matching agreement history could not be found
	 */
	public static AgreementHistory findByAgreementId_First(
			long agreementId,
			OrderByComparator<AgreementHistory> orderByComparator)
		throws ru.opora.cooperation.exception.NoSuchAgreementHistoryException {

		return getPersistence().findByAgreementId_First(
			agreementId, orderByComparator);
	}

	/**
	 * Returns the first agreement history in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement history, or <code>null</code> if a matching agreement history could not be found
	 */
	public static AgreementHistory fetchByAgreementId_First(
		long agreementId,
		OrderByComparator<AgreementHistory> orderByComparator) {

		return getPersistence().fetchByAgreementId_First(
			agreementId, orderByComparator);
	}

	/**
	 * Returns the last agreement history in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement history
	 * @throws NoSuchAgreementHistoryException if a matching agreement history could not be found
	 */
	public static AgreementHistory findByAgreementId_Last(
			long agreementId,
			OrderByComparator<AgreementHistory> orderByComparator)
		throws ru.opora.cooperation.exception.NoSuchAgreementHistoryException {

		return getPersistence().findByAgreementId_Last(
			agreementId, orderByComparator);
	}

	/**
	 * Returns the last agreement history in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement history, or <code>null</code> if a matching agreement history could not be found
	 */
	public static AgreementHistory fetchByAgreementId_Last(
		long agreementId,
		OrderByComparator<AgreementHistory> orderByComparator) {

		return getPersistence().fetchByAgreementId_Last(
			agreementId, orderByComparator);
	}

	/**
	 * Returns the agreement histories before and after the current agreement history in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementHistoryId the primary key of the current agreement history
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next agreement history
	 * @throws NoSuchAgreementHistoryException if a agreement history with the primary key could not be found
	 */
	public static AgreementHistory[] findByAgreementId_PrevAndNext(
			long agreementHistoryId, long agreementId,
			OrderByComparator<AgreementHistory> orderByComparator)
		throws ru.opora.cooperation.exception.NoSuchAgreementHistoryException {

		return getPersistence().findByAgreementId_PrevAndNext(
			agreementHistoryId, agreementId, orderByComparator);
	}

	/**
	 * Removes all the agreement histories where agreementId = &#63; from the database.
	 *
	 * @param agreementId the agreement ID
	 */
	public static void removeByAgreementId(long agreementId) {
		getPersistence().removeByAgreementId(agreementId);
	}

	/**
	 * Returns the number of agreement histories where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @return the number of matching agreement histories
	 */
	public static int countByAgreementId(long agreementId) {
		return getPersistence().countByAgreementId(agreementId);
	}

	/**
	 * Caches the agreement history in the entity cache if it is enabled.
	 *
	 * @param agreementHistory the agreement history
	 */
	public static void cacheResult(AgreementHistory agreementHistory) {
		getPersistence().cacheResult(agreementHistory);
	}

	/**
	 * Caches the agreement histories in the entity cache if it is enabled.
	 *
	 * @param agreementHistories the agreement histories
	 */
	public static void cacheResult(List<AgreementHistory> agreementHistories) {
		getPersistence().cacheResult(agreementHistories);
	}

	/**
	 * Creates a new agreement history with the primary key. Does not add the agreement history to the database.
	 *
	 * @param agreementHistoryId the primary key for the new agreement history
	 * @return the new agreement history
	 */
	public static AgreementHistory create(long agreementHistoryId) {
		return getPersistence().create(agreementHistoryId);
	}

	/**
	 * Removes the agreement history with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param agreementHistoryId the primary key of the agreement history
	 * @return the agreement history that was removed
	 * @throws NoSuchAgreementHistoryException if a agreement history with the primary key could not be found
	 */
	public static AgreementHistory remove(long agreementHistoryId)
		throws ru.opora.cooperation.exception.NoSuchAgreementHistoryException {

		return getPersistence().remove(agreementHistoryId);
	}

	public static AgreementHistory updateImpl(
		AgreementHistory agreementHistory) {

		return getPersistence().updateImpl(agreementHistory);
	}

	/**
	 * Returns the agreement history with the primary key or throws a <code>NoSuchAgreementHistoryException</code> if it could not be found.
	 *
	 * @param agreementHistoryId the primary key of the agreement history
	 * @return the agreement history
	 * @throws NoSuchAgreementHistoryException if a agreement history with the primary key could not be found
	 */
	public static AgreementHistory findByPrimaryKey(long agreementHistoryId)
		throws ru.opora.cooperation.exception.NoSuchAgreementHistoryException {

		return getPersistence().findByPrimaryKey(agreementHistoryId);
	}

	/**
	 * Returns the agreement history with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param agreementHistoryId the primary key of the agreement history
	 * @return the agreement history, or <code>null</code> if a agreement history with the primary key could not be found
	 */
	public static AgreementHistory fetchByPrimaryKey(long agreementHistoryId) {
		return getPersistence().fetchByPrimaryKey(agreementHistoryId);
	}

	/**
	 * Returns all the agreement histories.
	 *
	 * @return the agreement histories
	 */
	public static List<AgreementHistory> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the agreement histories.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementHistoryModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement histories
	 * @param end the upper bound of the range of agreement histories (not inclusive)
	 * @return the range of agreement histories
	 */
	public static List<AgreementHistory> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the agreement histories.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementHistoryModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement histories
	 * @param end the upper bound of the range of agreement histories (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of agreement histories
	 */
	public static List<AgreementHistory> findAll(
		int start, int end,
		OrderByComparator<AgreementHistory> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the agreement histories.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementHistoryModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement histories
	 * @param end the upper bound of the range of agreement histories (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of agreement histories
	 */
	public static List<AgreementHistory> findAll(
		int start, int end,
		OrderByComparator<AgreementHistory> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the agreement histories from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of agreement histories.
	 *
	 * @return the number of agreement histories
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static AgreementHistoryPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(AgreementHistoryPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile AgreementHistoryPersistence _persistence;

}