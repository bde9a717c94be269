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

import ru.opora.cooperation.model.AgreementResource;

/**
 * The persistence utility for the agreement resource service. This utility wraps <code>ru.opora.cooperation.service.persistence.impl.AgreementResourcePersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see AgreementResourcePersistence
 * @generated
 */
public class AgreementResourceUtil {

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
	public static void clearCache(AgreementResource agreementResource) {
		getPersistence().clearCache(agreementResource);
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
	public static Map<Serializable, AgreementResource> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<AgreementResource> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<AgreementResource> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<AgreementResource> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<AgreementResource> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static AgreementResource update(
		AgreementResource agreementResource) {

		return getPersistence().update(agreementResource);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static AgreementResource update(
		AgreementResource agreementResource, ServiceContext serviceContext) {

		return getPersistence().update(agreementResource, serviceContext);
	}

	/**
	 * Returns all the agreement resources where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @return the matching agreement resources
	 */
	public static List<AgreementResource> findByAgreementId(long agreementId) {
		return getPersistence().findByAgreementId(agreementId);
	}

	/**
	 * Returns a range of all the agreement resources where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementResourceModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement resources
	 * @param end the upper bound of the range of agreement resources (not inclusive)
	 * @return the range of matching agreement resources
	 */
	public static List<AgreementResource> findByAgreementId(
		long agreementId, int start, int end) {

		return getPersistence().findByAgreementId(agreementId, start, end);
	}

	/**
	 * Returns an ordered range of all the agreement resources where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementResourceModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement resources
	 * @param end the upper bound of the range of agreement resources (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching agreement resources
	 */
	public static List<AgreementResource> findByAgreementId(
		long agreementId, int start, int end,
		OrderByComparator<AgreementResource> orderByComparator) {

		return getPersistence().findByAgreementId(
			agreementId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the agreement resources where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementResourceModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement resources
	 * @param end the upper bound of the range of agreement resources (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching agreement resources
	 */
	public static List<AgreementResource> findByAgreementId(
		long agreementId, int start, int end,
		OrderByComparator<AgreementResource> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByAgreementId(
			agreementId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first agreement resource in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement resource
	 * @throws NoSuchAgreementResourceException if a matching agreement resource could not be found
	 */
	public static AgreementResource findByAgreementId_First(
			long agreementId,
			OrderByComparator<AgreementResource> orderByComparator)
		throws ru.opora.cooperation.exception.NoSuchAgreementResourceException {

		return getPersistence().findByAgreementId_First(
			agreementId, orderByComparator);
	}

	/**
	 * Returns the first agreement resource in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement resource, or <code>null</code> if a matching agreement resource could not be found
	 */
	public static AgreementResource fetchByAgreementId_First(
		long agreementId,
		OrderByComparator<AgreementResource> orderByComparator) {

		return getPersistence().fetchByAgreementId_First(
			agreementId, orderByComparator);
	}

	/**
	 * Returns the last agreement resource in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement resource
	 * @throws NoSuchAgreementResourceException if a matching agreement resource could not be found
	 */
	public static AgreementResource findByAgreementId_Last(
			long agreementId,
			OrderByComparator<AgreementResource> orderByComparator)
		throws ru.opora.cooperation.exception.NoSuchAgreementResourceException {

		return getPersistence().findByAgreementId_Last(
			agreementId, orderByComparator);
	}

	/**
	 * Returns the last agreement resource in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement resource, or <code>null</code> if a matching agreement resource could not be found
	 */
	public static AgreementResource fetchByAgreementId_Last(
		long agreementId,
		OrderByComparator<AgreementResource> orderByComparator) {

		return getPersistence().fetchByAgreementId_Last(
			agreementId, orderByComparator);
	}

	/**
	 * Returns the agreement resources before and after the current agreement resource in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementResourceId the primary key of the current agreement resource
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next agreement resource
	 * @throws NoSuchAgreementResourceException if a agreement resource with the primary key could not be found
	 */
	public static AgreementResource[] findByAgreementId_PrevAndNext(
			long agreementResourceId, long agreementId,
			OrderByComparator<AgreementResource> orderByComparator)
		throws ru.opora.cooperation.exception.NoSuchAgreementResourceException {

		return getPersistence().findByAgreementId_PrevAndNext(
			agreementResourceId, agreementId, orderByComparator);
	}

	/**
	 * Removes all the agreement resources where agreementId = &#63; from the database.
	 *
	 * @param agreementId the agreement ID
	 */
	public static void removeByAgreementId(long agreementId) {
		getPersistence().removeByAgreementId(agreementId);
	}

	/**
	 * Returns the number of agreement resources where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @return the number of matching agreement resources
	 */
	public static int countByAgreementId(long agreementId) {
		return getPersistence().countByAgreementId(agreementId);
	}

	/**
	 * Caches the agreement resource in the entity cache if it is enabled.
	 *
	 * @param agreementResource the agreement resource
	 */
	public static void cacheResult(AgreementResource agreementResource) {
		getPersistence().cacheResult(agreementResource);
	}

	/**
	 * Caches the agreement resources in the entity cache if it is enabled.
	 *
	 * @param agreementResources the agreement resources
	 */
	public static void cacheResult(List<AgreementResource> agreementResources) {
		getPersistence().cacheResult(agreementResources);
	}

	/**
	 * Creates a new agreement resource with the primary key. Does not add the agreement resource to the database.
	 *
	 * @param agreementResourceId the primary key for the new agreement resource
	 * @return the new agreement resource
	 */
	public static AgreementResource create(long agreementResourceId) {
		return getPersistence().create(agreementResourceId);
	}

	/**
	 * Removes the agreement resource with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param agreementResourceId the primary key of the agreement resource
	 * @return the agreement resource that was removed
	 * @throws NoSuchAgreementResourceException if a agreement resource with the primary key could not be found
	 */
	public static AgreementResource remove(long agreementResourceId)
		throws ru.opora.cooperation.exception.NoSuchAgreementResourceException {

		return getPersistence().remove(agreementResourceId);
	}

	public static AgreementResource updateImpl(
		AgreementResource agreementResource) {

		return getPersistence().updateImpl(agreementResource);
	}

	/**
	 * Returns the agreement resource with the primary key or throws a <code>NoSuchAgreementResourceException</code> if it could not be found.
	 *
	 * @param agreementResourceId the primary key of the agreement resource
	 * @return the agreement resource
	 * @throws NoSuchAgreementResourceException if a agreement resource with the primary key could not be found
	 */
	public static AgreementResource findByPrimaryKey(long agreementResourceId)
		throws ru.opora.cooperation.exception.NoSuchAgreementResourceException {

		return getPersistence().findByPrimaryKey(agreementResourceId);
	}

	/**
	 * Returns the agreement resource with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param agreementResourceId the primary key of the agreement resource
	 * @return the agreement resource, or <code>null</code> if a agreement resource with the primary key could not be found
	 */
	public static AgreementResource fetchByPrimaryKey(
		long agreementResourceId) {

		return getPersistence().fetchByPrimaryKey(agreementResourceId);
	}

	/**
	 * Returns all the agreement resources.
	 *
	 * @return the agreement resources
	 */
	public static List<AgreementResource> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the agreement resources.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementResourceModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement resources
	 * @param end the upper bound of the range of agreement resources (not inclusive)
	 * @return the range of agreement resources
	 */
	public static List<AgreementResource> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the agreement resources.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementResourceModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement resources
	 * @param end the upper bound of the range of agreement resources (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of agreement resources
	 */
	public static List<AgreementResource> findAll(
		int start, int end,
		OrderByComparator<AgreementResource> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the agreement resources.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementResourceModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement resources
	 * @param end the upper bound of the range of agreement resources (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of agreement resources
	 */
	public static List<AgreementResource> findAll(
		int start, int end,
		OrderByComparator<AgreementResource> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the agreement resources from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of agreement resources.
	 *
	 * @return the number of agreement resources
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static AgreementResourcePersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(
		AgreementResourcePersistence persistence) {

		_persistence = persistence;
	}

	private static volatile AgreementResourcePersistence _persistence;

}