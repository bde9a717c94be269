/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.schools.service.persistence;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;
import java.util.Map;
import java.util.Set;

import ru.opora.schools.model.SchoolContext;

/**
 * The persistence utility for the school context service. This utility wraps <code>ru.opora.schools.service.persistence.impl.SchoolContextPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see SchoolContextPersistence
 * @generated
 */
public class SchoolContextUtil {

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
	public static void clearCache(SchoolContext schoolContext) {
		getPersistence().clearCache(schoolContext);
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
	public static Map<Serializable, SchoolContext> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<SchoolContext> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<SchoolContext> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<SchoolContext> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<SchoolContext> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static SchoolContext update(SchoolContext schoolContext) {
		return getPersistence().update(schoolContext);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static SchoolContext update(
		SchoolContext schoolContext, ServiceContext serviceContext) {

		return getPersistence().update(schoolContext, serviceContext);
	}

	/**
	 * Returns all the school contexts where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the matching school contexts
	 */
	public static List<SchoolContext> findBySchoolId(long schoolId) {
		return getPersistence().findBySchoolId(schoolId);
	}

	/**
	 * Returns a range of all the school contexts where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolContextModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of school contexts
	 * @param end the upper bound of the range of school contexts (not inclusive)
	 * @return the range of matching school contexts
	 */
	public static List<SchoolContext> findBySchoolId(
		long schoolId, int start, int end) {

		return getPersistence().findBySchoolId(schoolId, start, end);
	}

	/**
	 * Returns an ordered range of all the school contexts where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolContextModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of school contexts
	 * @param end the upper bound of the range of school contexts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching school contexts
	 */
	public static List<SchoolContext> findBySchoolId(
		long schoolId, int start, int end,
		OrderByComparator<SchoolContext> orderByComparator) {

		return getPersistence().findBySchoolId(
			schoolId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the school contexts where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolContextModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of school contexts
	 * @param end the upper bound of the range of school contexts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching school contexts
	 */
	public static List<SchoolContext> findBySchoolId(
		long schoolId, int start, int end,
		OrderByComparator<SchoolContext> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findBySchoolId(
			schoolId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first school context in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school context
	 * @throws NoSuchSchoolContextException if a matching school context could not be found
	 */
	public static SchoolContext findBySchoolId_First(
			long schoolId, OrderByComparator<SchoolContext> orderByComparator)
		throws ru.opora.schools.exception.NoSuchSchoolContextException {

		return getPersistence().findBySchoolId_First(
			schoolId, orderByComparator);
	}

	/**
	 * Returns the first school context in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school context, or <code>null</code> if a matching school context could not be found
	 */
	public static SchoolContext fetchBySchoolId_First(
		long schoolId, OrderByComparator<SchoolContext> orderByComparator) {

		return getPersistence().fetchBySchoolId_First(
			schoolId, orderByComparator);
	}

	/**
	 * Returns the last school context in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school context
	 * @throws NoSuchSchoolContextException if a matching school context could not be found
	 */
	public static SchoolContext findBySchoolId_Last(
			long schoolId, OrderByComparator<SchoolContext> orderByComparator)
		throws ru.opora.schools.exception.NoSuchSchoolContextException {

		return getPersistence().findBySchoolId_Last(
			schoolId, orderByComparator);
	}

	/**
	 * Returns the last school context in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school context, or <code>null</code> if a matching school context could not be found
	 */
	public static SchoolContext fetchBySchoolId_Last(
		long schoolId, OrderByComparator<SchoolContext> orderByComparator) {

		return getPersistence().fetchBySchoolId_Last(
			schoolId, orderByComparator);
	}

	/**
	 * Returns the school contexts before and after the current school context in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolContextId the primary key of the current school context
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next school context
	 * @throws NoSuchSchoolContextException if a school context with the primary key could not be found
	 */
	public static SchoolContext[] findBySchoolId_PrevAndNext(
			long schoolContextId, long schoolId,
			OrderByComparator<SchoolContext> orderByComparator)
		throws ru.opora.schools.exception.NoSuchSchoolContextException {

		return getPersistence().findBySchoolId_PrevAndNext(
			schoolContextId, schoolId, orderByComparator);
	}

	/**
	 * Removes all the school contexts where schoolId = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 */
	public static void removeBySchoolId(long schoolId) {
		getPersistence().removeBySchoolId(schoolId);
	}

	/**
	 * Returns the number of school contexts where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the number of matching school contexts
	 */
	public static int countBySchoolId(long schoolId) {
		return getPersistence().countBySchoolId(schoolId);
	}

	/**
	 * Returns the school context where schoolId = &#63; and contextYear = &#63; or throws a <code>NoSuchSchoolContextException</code> if it could not be found.
	 *
	 * @param schoolId the school ID
	 * @param contextYear the context year
	 * @return the matching school context
	 * @throws NoSuchSchoolContextException if a matching school context could not be found
	 */
	public static SchoolContext findByS_CY(long schoolId, int contextYear)
		throws ru.opora.schools.exception.NoSuchSchoolContextException {

		return getPersistence().findByS_CY(schoolId, contextYear);
	}

	/**
	 * Returns the school context where schoolId = &#63; and contextYear = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param schoolId the school ID
	 * @param contextYear the context year
	 * @return the matching school context, or <code>null</code> if a matching school context could not be found
	 */
	public static SchoolContext fetchByS_CY(long schoolId, int contextYear) {
		return getPersistence().fetchByS_CY(schoolId, contextYear);
	}

	/**
	 * Returns the school context where schoolId = &#63; and contextYear = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param schoolId the school ID
	 * @param contextYear the context year
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching school context, or <code>null</code> if a matching school context could not be found
	 */
	public static SchoolContext fetchByS_CY(
		long schoolId, int contextYear, boolean useFinderCache) {

		return getPersistence().fetchByS_CY(
			schoolId, contextYear, useFinderCache);
	}

	/**
	 * Removes the school context where schoolId = &#63; and contextYear = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 * @param contextYear the context year
	 * @return the school context that was removed
	 */
	public static SchoolContext removeByS_CY(long schoolId, int contextYear)
		throws ru.opora.schools.exception.NoSuchSchoolContextException {

		return getPersistence().removeByS_CY(schoolId, contextYear);
	}

	/**
	 * Returns the number of school contexts where schoolId = &#63; and contextYear = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param contextYear the context year
	 * @return the number of matching school contexts
	 */
	public static int countByS_CY(long schoolId, int contextYear) {
		return getPersistence().countByS_CY(schoolId, contextYear);
	}

	/**
	 * Caches the school context in the entity cache if it is enabled.
	 *
	 * @param schoolContext the school context
	 */
	public static void cacheResult(SchoolContext schoolContext) {
		getPersistence().cacheResult(schoolContext);
	}

	/**
	 * Caches the school contexts in the entity cache if it is enabled.
	 *
	 * @param schoolContexts the school contexts
	 */
	public static void cacheResult(List<SchoolContext> schoolContexts) {
		getPersistence().cacheResult(schoolContexts);
	}

	/**
	 * Creates a new school context with the primary key. Does not add the school context to the database.
	 *
	 * @param schoolContextId the primary key for the new school context
	 * @return the new school context
	 */
	public static SchoolContext create(long schoolContextId) {
		return getPersistence().create(schoolContextId);
	}

	/**
	 * Removes the school context with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param schoolContextId the primary key of the school context
	 * @return the school context that was removed
	 * @throws NoSuchSchoolContextException if a school context with the primary key could not be found
	 */
	public static SchoolContext remove(long schoolContextId)
		throws ru.opora.schools.exception.NoSuchSchoolContextException {

		return getPersistence().remove(schoolContextId);
	}

	public static SchoolContext updateImpl(SchoolContext schoolContext) {
		return getPersistence().updateImpl(schoolContext);
	}

	/**
	 * Returns the school context with the primary key or throws a <code>NoSuchSchoolContextException</code> if it could not be found.
	 *
	 * @param schoolContextId the primary key of the school context
	 * @return the school context
	 * @throws NoSuchSchoolContextException if a school context with the primary key could not be found
	 */
	public static SchoolContext findByPrimaryKey(long schoolContextId)
		throws ru.opora.schools.exception.NoSuchSchoolContextException {

		return getPersistence().findByPrimaryKey(schoolContextId);
	}

	/**
	 * Returns the school context with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param schoolContextId the primary key of the school context
	 * @return the school context, or <code>null</code> if a school context with the primary key could not be found
	 */
	public static SchoolContext fetchByPrimaryKey(long schoolContextId) {
		return getPersistence().fetchByPrimaryKey(schoolContextId);
	}

	/**
	 * Returns all the school contexts.
	 *
	 * @return the school contexts
	 */
	public static List<SchoolContext> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the school contexts.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolContextModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of school contexts
	 * @param end the upper bound of the range of school contexts (not inclusive)
	 * @return the range of school contexts
	 */
	public static List<SchoolContext> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the school contexts.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolContextModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of school contexts
	 * @param end the upper bound of the range of school contexts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of school contexts
	 */
	public static List<SchoolContext> findAll(
		int start, int end,
		OrderByComparator<SchoolContext> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the school contexts.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolContextModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of school contexts
	 * @param end the upper bound of the range of school contexts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of school contexts
	 */
	public static List<SchoolContext> findAll(
		int start, int end, OrderByComparator<SchoolContext> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the school contexts from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of school contexts.
	 *
	 * @return the number of school contexts
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static SchoolContextPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(SchoolContextPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile SchoolContextPersistence _persistence;

}