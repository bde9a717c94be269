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

import ru.opora.diagnostics.model.DiagnosticItem;

/**
 * The persistence utility for the diagnostic item service. This utility wraps <code>ru.opora.diagnostics.service.persistence.impl.DiagnosticItemPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see DiagnosticItemPersistence
 * @generated
 */
public class DiagnosticItemUtil {

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
	public static void clearCache(DiagnosticItem diagnosticItem) {
		getPersistence().clearCache(diagnosticItem);
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
	public static Map<Serializable, DiagnosticItem> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<DiagnosticItem> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<DiagnosticItem> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<DiagnosticItem> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<DiagnosticItem> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static DiagnosticItem update(DiagnosticItem diagnosticItem) {
		return getPersistence().update(diagnosticItem);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static DiagnosticItem update(
		DiagnosticItem diagnosticItem, ServiceContext serviceContext) {

		return getPersistence().update(diagnosticItem, serviceContext);
	}

	/**
	 * Returns all the diagnostic items where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @return the matching diagnostic items
	 */
	public static List<DiagnosticItem> findByC_V(long companyId, int version) {
		return getPersistence().findByC_V(companyId, version);
	}

	/**
	 * Returns a range of all the diagnostic items where companyId = &#63; and version = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticItemModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param start the lower bound of the range of diagnostic items
	 * @param end the upper bound of the range of diagnostic items (not inclusive)
	 * @return the range of matching diagnostic items
	 */
	public static List<DiagnosticItem> findByC_V(
		long companyId, int version, int start, int end) {

		return getPersistence().findByC_V(companyId, version, start, end);
	}

	/**
	 * Returns an ordered range of all the diagnostic items where companyId = &#63; and version = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticItemModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param start the lower bound of the range of diagnostic items
	 * @param end the upper bound of the range of diagnostic items (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching diagnostic items
	 */
	public static List<DiagnosticItem> findByC_V(
		long companyId, int version, int start, int end,
		OrderByComparator<DiagnosticItem> orderByComparator) {

		return getPersistence().findByC_V(
			companyId, version, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the diagnostic items where companyId = &#63; and version = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticItemModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param start the lower bound of the range of diagnostic items
	 * @param end the upper bound of the range of diagnostic items (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching diagnostic items
	 */
	public static List<DiagnosticItem> findByC_V(
		long companyId, int version, int start, int end,
		OrderByComparator<DiagnosticItem> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByC_V(
			companyId, version, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first diagnostic item in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching diagnostic item
	 * @throws NoSuchDiagnosticItemException if a matching diagnostic item could not be found
	 */
	public static DiagnosticItem findByC_V_First(
			long companyId, int version,
			OrderByComparator<DiagnosticItem> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchDiagnosticItemException {

		return getPersistence().findByC_V_First(
			companyId, version, orderByComparator);
	}

	/**
	 * Returns the first diagnostic item in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching diagnostic item, or <code>null</code> if a matching diagnostic item could not be found
	 */
	public static DiagnosticItem fetchByC_V_First(
		long companyId, int version,
		OrderByComparator<DiagnosticItem> orderByComparator) {

		return getPersistence().fetchByC_V_First(
			companyId, version, orderByComparator);
	}

	/**
	 * Returns the last diagnostic item in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching diagnostic item
	 * @throws NoSuchDiagnosticItemException if a matching diagnostic item could not be found
	 */
	public static DiagnosticItem findByC_V_Last(
			long companyId, int version,
			OrderByComparator<DiagnosticItem> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchDiagnosticItemException {

		return getPersistence().findByC_V_Last(
			companyId, version, orderByComparator);
	}

	/**
	 * Returns the last diagnostic item in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching diagnostic item, or <code>null</code> if a matching diagnostic item could not be found
	 */
	public static DiagnosticItem fetchByC_V_Last(
		long companyId, int version,
		OrderByComparator<DiagnosticItem> orderByComparator) {

		return getPersistence().fetchByC_V_Last(
			companyId, version, orderByComparator);
	}

	/**
	 * Returns the diagnostic items before and after the current diagnostic item in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param diagnosticItemId the primary key of the current diagnostic item
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next diagnostic item
	 * @throws NoSuchDiagnosticItemException if a diagnostic item with the primary key could not be found
	 */
	public static DiagnosticItem[] findByC_V_PrevAndNext(
			long diagnosticItemId, long companyId, int version,
			OrderByComparator<DiagnosticItem> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchDiagnosticItemException {

		return getPersistence().findByC_V_PrevAndNext(
			diagnosticItemId, companyId, version, orderByComparator);
	}

	/**
	 * Removes all the diagnostic items where companyId = &#63; and version = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 */
	public static void removeByC_V(long companyId, int version) {
		getPersistence().removeByC_V(companyId, version);
	}

	/**
	 * Returns the number of diagnostic items where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @return the number of matching diagnostic items
	 */
	public static int countByC_V(long companyId, int version) {
		return getPersistence().countByC_V(companyId, version);
	}

	/**
	 * Returns the diagnostic item where companyId = &#63; and version = &#63; and code = &#63; or throws a <code>NoSuchDiagnosticItemException</code> if it could not be found.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the matching diagnostic item
	 * @throws NoSuchDiagnosticItemException if a matching diagnostic item could not be found
	 */
	public static DiagnosticItem findByC_V_C(
			long companyId, int version, String code)
		throws ru.opora.diagnostics.exception.NoSuchDiagnosticItemException {

		return getPersistence().findByC_V_C(companyId, version, code);
	}

	/**
	 * Returns the diagnostic item where companyId = &#63; and version = &#63; and code = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the matching diagnostic item, or <code>null</code> if a matching diagnostic item could not be found
	 */
	public static DiagnosticItem fetchByC_V_C(
		long companyId, int version, String code) {

		return getPersistence().fetchByC_V_C(companyId, version, code);
	}

	/**
	 * Returns the diagnostic item where companyId = &#63; and version = &#63; and code = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching diagnostic item, or <code>null</code> if a matching diagnostic item could not be found
	 */
	public static DiagnosticItem fetchByC_V_C(
		long companyId, int version, String code, boolean useFinderCache) {

		return getPersistence().fetchByC_V_C(
			companyId, version, code, useFinderCache);
	}

	/**
	 * Removes the diagnostic item where companyId = &#63; and version = &#63; and code = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the diagnostic item that was removed
	 */
	public static DiagnosticItem removeByC_V_C(
			long companyId, int version, String code)
		throws ru.opora.diagnostics.exception.NoSuchDiagnosticItemException {

		return getPersistence().removeByC_V_C(companyId, version, code);
	}

	/**
	 * Returns the number of diagnostic items where companyId = &#63; and version = &#63; and code = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the number of matching diagnostic items
	 */
	public static int countByC_V_C(long companyId, int version, String code) {
		return getPersistence().countByC_V_C(companyId, version, code);
	}

	/**
	 * Caches the diagnostic item in the entity cache if it is enabled.
	 *
	 * @param diagnosticItem the diagnostic item
	 */
	public static void cacheResult(DiagnosticItem diagnosticItem) {
		getPersistence().cacheResult(diagnosticItem);
	}

	/**
	 * Caches the diagnostic items in the entity cache if it is enabled.
	 *
	 * @param diagnosticItems the diagnostic items
	 */
	public static void cacheResult(List<DiagnosticItem> diagnosticItems) {
		getPersistence().cacheResult(diagnosticItems);
	}

	/**
	 * Creates a new diagnostic item with the primary key. Does not add the diagnostic item to the database.
	 *
	 * @param diagnosticItemId the primary key for the new diagnostic item
	 * @return the new diagnostic item
	 */
	public static DiagnosticItem create(long diagnosticItemId) {
		return getPersistence().create(diagnosticItemId);
	}

	/**
	 * Removes the diagnostic item with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param diagnosticItemId the primary key of the diagnostic item
	 * @return the diagnostic item that was removed
	 * @throws NoSuchDiagnosticItemException if a diagnostic item with the primary key could not be found
	 */
	public static DiagnosticItem remove(long diagnosticItemId)
		throws ru.opora.diagnostics.exception.NoSuchDiagnosticItemException {

		return getPersistence().remove(diagnosticItemId);
	}

	public static DiagnosticItem updateImpl(DiagnosticItem diagnosticItem) {
		return getPersistence().updateImpl(diagnosticItem);
	}

	/**
	 * Returns the diagnostic item with the primary key or throws a <code>NoSuchDiagnosticItemException</code> if it could not be found.
	 *
	 * @param diagnosticItemId the primary key of the diagnostic item
	 * @return the diagnostic item
	 * @throws NoSuchDiagnosticItemException if a diagnostic item with the primary key could not be found
	 */
	public static DiagnosticItem findByPrimaryKey(long diagnosticItemId)
		throws ru.opora.diagnostics.exception.NoSuchDiagnosticItemException {

		return getPersistence().findByPrimaryKey(diagnosticItemId);
	}

	/**
	 * Returns the diagnostic item with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param diagnosticItemId the primary key of the diagnostic item
	 * @return the diagnostic item, or <code>null</code> if a diagnostic item with the primary key could not be found
	 */
	public static DiagnosticItem fetchByPrimaryKey(long diagnosticItemId) {
		return getPersistence().fetchByPrimaryKey(diagnosticItemId);
	}

	/**
	 * Returns all the diagnostic items.
	 *
	 * @return the diagnostic items
	 */
	public static List<DiagnosticItem> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the diagnostic items.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticItemModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of diagnostic items
	 * @param end the upper bound of the range of diagnostic items (not inclusive)
	 * @return the range of diagnostic items
	 */
	public static List<DiagnosticItem> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the diagnostic items.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticItemModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of diagnostic items
	 * @param end the upper bound of the range of diagnostic items (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of diagnostic items
	 */
	public static List<DiagnosticItem> findAll(
		int start, int end,
		OrderByComparator<DiagnosticItem> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the diagnostic items.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticItemModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of diagnostic items
	 * @param end the upper bound of the range of diagnostic items (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of diagnostic items
	 */
	public static List<DiagnosticItem> findAll(
		int start, int end, OrderByComparator<DiagnosticItem> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the diagnostic items from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of diagnostic items.
	 *
	 * @return the number of diagnostic items
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static DiagnosticItemPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(DiagnosticItemPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile DiagnosticItemPersistence _persistence;

}