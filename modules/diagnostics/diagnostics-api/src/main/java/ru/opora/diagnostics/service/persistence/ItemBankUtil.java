/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service.persistence;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;
import java.util.Map;
import java.util.Set;

import ru.opora.diagnostics.model.ItemBank;

/**
 * The persistence utility for the item bank service. This utility wraps <code>ru.opora.diagnostics.service.persistence.impl.ItemBankPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see ItemBankPersistence
 * @generated
 */
public class ItemBankUtil {

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
	public static void clearCache(ItemBank itemBank) {
		getPersistence().clearCache(itemBank);
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
	public static Map<Serializable, ItemBank> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<ItemBank> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<ItemBank> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<ItemBank> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<ItemBank> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static ItemBank update(ItemBank itemBank) {
		return getPersistence().update(itemBank);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static ItemBank update(
		ItemBank itemBank, ServiceContext serviceContext) {

		return getPersistence().update(itemBank, serviceContext);
	}

	/**
	 * Returns all the item banks where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching item banks
	 */
	public static List<ItemBank> findByCompanyId(long companyId) {
		return getPersistence().findByCompanyId(companyId);
	}

	/**
	 * Returns a range of all the item banks where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ItemBankModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of item banks
	 * @param end the upper bound of the range of item banks (not inclusive)
	 * @return the range of matching item banks
	 */
	public static List<ItemBank> findByCompanyId(
		long companyId, int start, int end) {

		return getPersistence().findByCompanyId(companyId, start, end);
	}

	/**
	 * Returns an ordered range of all the item banks where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ItemBankModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of item banks
	 * @param end the upper bound of the range of item banks (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching item banks
	 */
	public static List<ItemBank> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<ItemBank> orderByComparator) {

		return getPersistence().findByCompanyId(
			companyId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the item banks where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ItemBankModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of item banks
	 * @param end the upper bound of the range of item banks (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching item banks
	 */
	public static List<ItemBank> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<ItemBank> orderByComparator, boolean useFinderCache) {

		return getPersistence().findByCompanyId(
			companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first item bank in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching item bank
	 * @throws NoSuchItemBankException if a matching item bank could not be found
	 */
	public static ItemBank findByCompanyId_First(
			long companyId, OrderByComparator<ItemBank> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchItemBankException {

		return getPersistence().findByCompanyId_First(
			companyId, orderByComparator);
	}

	/**
	 * Returns the first item bank in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching item bank, or <code>null</code> if a matching item bank could not be found
	 */
	public static ItemBank fetchByCompanyId_First(
		long companyId, OrderByComparator<ItemBank> orderByComparator) {

		return getPersistence().fetchByCompanyId_First(
			companyId, orderByComparator);
	}

	/**
	 * Returns the last item bank in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching item bank
	 * @throws NoSuchItemBankException if a matching item bank could not be found
	 */
	public static ItemBank findByCompanyId_Last(
			long companyId, OrderByComparator<ItemBank> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchItemBankException {

		return getPersistence().findByCompanyId_Last(
			companyId, orderByComparator);
	}

	/**
	 * Returns the last item bank in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching item bank, or <code>null</code> if a matching item bank could not be found
	 */
	public static ItemBank fetchByCompanyId_Last(
		long companyId, OrderByComparator<ItemBank> orderByComparator) {

		return getPersistence().fetchByCompanyId_Last(
			companyId, orderByComparator);
	}

	/**
	 * Returns the item banks before and after the current item bank in the ordered set where companyId = &#63;.
	 *
	 * @param itemBankId the primary key of the current item bank
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next item bank
	 * @throws NoSuchItemBankException if a item bank with the primary key could not be found
	 */
	public static ItemBank[] findByCompanyId_PrevAndNext(
			long itemBankId, long companyId,
			OrderByComparator<ItemBank> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchItemBankException {

		return getPersistence().findByCompanyId_PrevAndNext(
			itemBankId, companyId, orderByComparator);
	}

	/**
	 * Removes all the item banks where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	public static void removeByCompanyId(long companyId) {
		getPersistence().removeByCompanyId(companyId);
	}

	/**
	 * Returns the number of item banks where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching item banks
	 */
	public static int countByCompanyId(long companyId) {
		return getPersistence().countByCompanyId(companyId);
	}

	/**
	 * Returns the item bank where companyId = &#63; and version = &#63; or throws a <code>NoSuchItemBankException</code> if it could not be found.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @return the matching item bank
	 * @throws NoSuchItemBankException if a matching item bank could not be found
	 */
	public static ItemBank findByC_V(long companyId, int version)
		throws ru.opora.diagnostics.exception.NoSuchItemBankException {

		return getPersistence().findByC_V(companyId, version);
	}

	/**
	 * Returns the item bank where companyId = &#63; and version = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @return the matching item bank, or <code>null</code> if a matching item bank could not be found
	 */
	public static ItemBank fetchByC_V(long companyId, int version) {
		return getPersistence().fetchByC_V(companyId, version);
	}

	/**
	 * Returns the item bank where companyId = &#63; and version = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching item bank, or <code>null</code> if a matching item bank could not be found
	 */
	public static ItemBank fetchByC_V(
		long companyId, int version, boolean useFinderCache) {

		return getPersistence().fetchByC_V(companyId, version, useFinderCache);
	}

	/**
	 * Removes the item bank where companyId = &#63; and version = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @return the item bank that was removed
	 */
	public static ItemBank removeByC_V(long companyId, int version)
		throws ru.opora.diagnostics.exception.NoSuchItemBankException {

		return getPersistence().removeByC_V(companyId, version);
	}

	/**
	 * Returns the number of item banks where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @return the number of matching item banks
	 */
	public static int countByC_V(long companyId, int version) {
		return getPersistence().countByC_V(companyId, version);
	}

	/**
	 * Caches the item bank in the entity cache if it is enabled.
	 *
	 * @param itemBank the item bank
	 */
	public static void cacheResult(ItemBank itemBank) {
		getPersistence().cacheResult(itemBank);
	}

	/**
	 * Caches the item banks in the entity cache if it is enabled.
	 *
	 * @param itemBanks the item banks
	 */
	public static void cacheResult(List<ItemBank> itemBanks) {
		getPersistence().cacheResult(itemBanks);
	}

	/**
	 * Creates a new item bank with the primary key. Does not add the item bank to the database.
	 *
	 * @param itemBankId the primary key for the new item bank
	 * @return the new item bank
	 */
	public static ItemBank create(long itemBankId) {
		return getPersistence().create(itemBankId);
	}

	/**
	 * Removes the item bank with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param itemBankId the primary key of the item bank
	 * @return the item bank that was removed
	 * @throws NoSuchItemBankException if a item bank with the primary key could not be found
	 */
	public static ItemBank remove(long itemBankId)
		throws ru.opora.diagnostics.exception.NoSuchItemBankException {

		return getPersistence().remove(itemBankId);
	}

	public static ItemBank updateImpl(ItemBank itemBank) {
		return getPersistence().updateImpl(itemBank);
	}

	/**
	 * Returns the item bank with the primary key or throws a <code>NoSuchItemBankException</code> if it could not be found.
	 *
	 * @param itemBankId the primary key of the item bank
	 * @return the item bank
	 * @throws NoSuchItemBankException if a item bank with the primary key could not be found
	 */
	public static ItemBank findByPrimaryKey(long itemBankId)
		throws ru.opora.diagnostics.exception.NoSuchItemBankException {

		return getPersistence().findByPrimaryKey(itemBankId);
	}

	/**
	 * Returns the item bank with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param itemBankId the primary key of the item bank
	 * @return the item bank, or <code>null</code> if a item bank with the primary key could not be found
	 */
	public static ItemBank fetchByPrimaryKey(long itemBankId) {
		return getPersistence().fetchByPrimaryKey(itemBankId);
	}

	/**
	 * Returns all the item banks.
	 *
	 * @return the item banks
	 */
	public static List<ItemBank> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the item banks.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ItemBankModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of item banks
	 * @param end the upper bound of the range of item banks (not inclusive)
	 * @return the range of item banks
	 */
	public static List<ItemBank> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the item banks.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ItemBankModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of item banks
	 * @param end the upper bound of the range of item banks (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of item banks
	 */
	public static List<ItemBank> findAll(
		int start, int end, OrderByComparator<ItemBank> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the item banks.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ItemBankModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of item banks
	 * @param end the upper bound of the range of item banks (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of item banks
	 */
	public static List<ItemBank> findAll(
		int start, int end, OrderByComparator<ItemBank> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the item banks from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of item banks.
	 *
	 * @return the number of item banks
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static ItemBankPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(ItemBankPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile ItemBankPersistence _persistence;

}