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

import ru.opora.cooperation.model.AgreementModule;

/**
 * The persistence utility for the agreement module service. This utility wraps <code>ru.opora.cooperation.service.persistence.impl.AgreementModulePersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see AgreementModulePersistence
 * @generated
 */
public class AgreementModuleUtil {

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
	public static void clearCache(AgreementModule agreementModule) {
		getPersistence().clearCache(agreementModule);
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
	public static Map<Serializable, AgreementModule> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<AgreementModule> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<AgreementModule> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<AgreementModule> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<AgreementModule> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static AgreementModule update(AgreementModule agreementModule) {
		return getPersistence().update(agreementModule);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static AgreementModule update(
		AgreementModule agreementModule, ServiceContext serviceContext) {

		return getPersistence().update(agreementModule, serviceContext);
	}

	/**
	 * Returns all the agreement modules where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @return the matching agreement modules
	 */
	public static List<AgreementModule> findByAgreementId(long agreementId) {
		return getPersistence().findByAgreementId(agreementId);
	}

	/**
	 * Returns a range of all the agreement modules where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementModuleModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement modules
	 * @param end the upper bound of the range of agreement modules (not inclusive)
	 * @return the range of matching agreement modules
	 */
	public static List<AgreementModule> findByAgreementId(
		long agreementId, int start, int end) {

		return getPersistence().findByAgreementId(agreementId, start, end);
	}

	/**
	 * Returns an ordered range of all the agreement modules where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementModuleModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement modules
	 * @param end the upper bound of the range of agreement modules (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching agreement modules
	 */
	public static List<AgreementModule> findByAgreementId(
		long agreementId, int start, int end,
		OrderByComparator<AgreementModule> orderByComparator) {

		return getPersistence().findByAgreementId(
			agreementId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the agreement modules where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementModuleModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement modules
	 * @param end the upper bound of the range of agreement modules (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching agreement modules
	 */
	public static List<AgreementModule> findByAgreementId(
		long agreementId, int start, int end,
		OrderByComparator<AgreementModule> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByAgreementId(
			agreementId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first agreement module in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement module
	 * @throws NoSuchAgreementModuleException if a matching agreement module could not be found
	 */
	public static AgreementModule findByAgreementId_First(
			long agreementId,
			OrderByComparator<AgreementModule> orderByComparator)
		throws ru.opora.cooperation.exception.NoSuchAgreementModuleException {

		return getPersistence().findByAgreementId_First(
			agreementId, orderByComparator);
	}

	/**
	 * Returns the first agreement module in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement module, or <code>null</code> if a matching agreement module could not be found
	 */
	public static AgreementModule fetchByAgreementId_First(
		long agreementId,
		OrderByComparator<AgreementModule> orderByComparator) {

		return getPersistence().fetchByAgreementId_First(
			agreementId, orderByComparator);
	}

	/**
	 * Returns the last agreement module in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement module
	 * @throws NoSuchAgreementModuleException if a matching agreement module could not be found
	 */
	public static AgreementModule findByAgreementId_Last(
			long agreementId,
			OrderByComparator<AgreementModule> orderByComparator)
		throws ru.opora.cooperation.exception.NoSuchAgreementModuleException {

		return getPersistence().findByAgreementId_Last(
			agreementId, orderByComparator);
	}

	/**
	 * Returns the last agreement module in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement module, or <code>null</code> if a matching agreement module could not be found
	 */
	public static AgreementModule fetchByAgreementId_Last(
		long agreementId,
		OrderByComparator<AgreementModule> orderByComparator) {

		return getPersistence().fetchByAgreementId_Last(
			agreementId, orderByComparator);
	}

	/**
	 * Returns the agreement modules before and after the current agreement module in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementModuleId the primary key of the current agreement module
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next agreement module
	 * @throws NoSuchAgreementModuleException if a agreement module with the primary key could not be found
	 */
	public static AgreementModule[] findByAgreementId_PrevAndNext(
			long agreementModuleId, long agreementId,
			OrderByComparator<AgreementModule> orderByComparator)
		throws ru.opora.cooperation.exception.NoSuchAgreementModuleException {

		return getPersistence().findByAgreementId_PrevAndNext(
			agreementModuleId, agreementId, orderByComparator);
	}

	/**
	 * Removes all the agreement modules where agreementId = &#63; from the database.
	 *
	 * @param agreementId the agreement ID
	 */
	public static void removeByAgreementId(long agreementId) {
		getPersistence().removeByAgreementId(agreementId);
	}

	/**
	 * Returns the number of agreement modules where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @return the number of matching agreement modules
	 */
	public static int countByAgreementId(long agreementId) {
		return getPersistence().countByAgreementId(agreementId);
	}

	/**
	 * Caches the agreement module in the entity cache if it is enabled.
	 *
	 * @param agreementModule the agreement module
	 */
	public static void cacheResult(AgreementModule agreementModule) {
		getPersistence().cacheResult(agreementModule);
	}

	/**
	 * Caches the agreement modules in the entity cache if it is enabled.
	 *
	 * @param agreementModules the agreement modules
	 */
	public static void cacheResult(List<AgreementModule> agreementModules) {
		getPersistence().cacheResult(agreementModules);
	}

	/**
	 * Creates a new agreement module with the primary key. Does not add the agreement module to the database.
	 *
	 * @param agreementModuleId the primary key for the new agreement module
	 * @return the new agreement module
	 */
	public static AgreementModule create(long agreementModuleId) {
		return getPersistence().create(agreementModuleId);
	}

	/**
	 * Removes the agreement module with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param agreementModuleId the primary key of the agreement module
	 * @return the agreement module that was removed
	 * @throws NoSuchAgreementModuleException if a agreement module with the primary key could not be found
	 */
	public static AgreementModule remove(long agreementModuleId)
		throws ru.opora.cooperation.exception.NoSuchAgreementModuleException {

		return getPersistence().remove(agreementModuleId);
	}

	public static AgreementModule updateImpl(AgreementModule agreementModule) {
		return getPersistence().updateImpl(agreementModule);
	}

	/**
	 * Returns the agreement module with the primary key or throws a <code>NoSuchAgreementModuleException</code> if it could not be found.
	 *
	 * @param agreementModuleId the primary key of the agreement module
	 * @return the agreement module
	 * @throws NoSuchAgreementModuleException if a agreement module with the primary key could not be found
	 */
	public static AgreementModule findByPrimaryKey(long agreementModuleId)
		throws ru.opora.cooperation.exception.NoSuchAgreementModuleException {

		return getPersistence().findByPrimaryKey(agreementModuleId);
	}

	/**
	 * Returns the agreement module with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param agreementModuleId the primary key of the agreement module
	 * @return the agreement module, or <code>null</code> if a agreement module with the primary key could not be found
	 */
	public static AgreementModule fetchByPrimaryKey(long agreementModuleId) {
		return getPersistence().fetchByPrimaryKey(agreementModuleId);
	}

	/**
	 * Returns all the agreement modules.
	 *
	 * @return the agreement modules
	 */
	public static List<AgreementModule> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the agreement modules.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementModuleModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement modules
	 * @param end the upper bound of the range of agreement modules (not inclusive)
	 * @return the range of agreement modules
	 */
	public static List<AgreementModule> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the agreement modules.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementModuleModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement modules
	 * @param end the upper bound of the range of agreement modules (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of agreement modules
	 */
	public static List<AgreementModule> findAll(
		int start, int end,
		OrderByComparator<AgreementModule> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the agreement modules.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementModuleModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement modules
	 * @param end the upper bound of the range of agreement modules (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of agreement modules
	 */
	public static List<AgreementModule> findAll(
		int start, int end,
		OrderByComparator<AgreementModule> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the agreement modules from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of agreement modules.
	 *
	 * @return the number of agreement modules
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static AgreementModulePersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(AgreementModulePersistence persistence) {
		_persistence = persistence;
	}

	private static volatile AgreementModulePersistence _persistence;

}