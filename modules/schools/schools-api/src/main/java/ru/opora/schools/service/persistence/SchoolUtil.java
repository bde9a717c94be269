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

import ru.opora.schools.model.School;

/**
 * The persistence utility for the school service. This utility wraps <code>ru.opora.schools.service.persistence.impl.SchoolPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see SchoolPersistence
 * @generated
 */
public class SchoolUtil {

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
	public static void clearCache(School school) {
		getPersistence().clearCache(school);
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
	public static Map<Serializable, School> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<School> findWithDynamicQuery(DynamicQuery dynamicQuery) {
		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<School> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<School> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<School> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static School update(School school) {
		return getPersistence().update(school);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static School update(School school, ServiceContext serviceContext) {
		return getPersistence().update(school, serviceContext);
	}

	/**
	 * Returns all the schools where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching schools
	 */
	public static List<School> findByUuid(String uuid) {
		return getPersistence().findByUuid(uuid);
	}

	/**
	 * Returns a range of all the schools where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of schools
	 * @param end the upper bound of the range of schools (not inclusive)
	 * @return the range of matching schools
	 */
	public static List<School> findByUuid(String uuid, int start, int end) {
		return getPersistence().findByUuid(uuid, start, end);
	}

	/**
	 * Returns an ordered range of all the schools where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of schools
	 * @param end the upper bound of the range of schools (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching schools
	 */
	public static List<School> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<School> orderByComparator) {

		return getPersistence().findByUuid(uuid, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the schools where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of schools
	 * @param end the upper bound of the range of schools (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching schools
	 */
	public static List<School> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<School> orderByComparator, boolean useFinderCache) {

		return getPersistence().findByUuid(
			uuid, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first school in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school
	 * @throws NoSuchSchoolException if a matching school could not be found
	 */
	public static School findByUuid_First(
			String uuid, OrderByComparator<School> orderByComparator)
		throws ru.opora.schools.exception.NoSuchSchoolException {

		return getPersistence().findByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the first school in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school, or <code>null</code> if a matching school could not be found
	 */
	public static School fetchByUuid_First(
		String uuid, OrderByComparator<School> orderByComparator) {

		return getPersistence().fetchByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the last school in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school
	 * @throws NoSuchSchoolException if a matching school could not be found
	 */
	public static School findByUuid_Last(
			String uuid, OrderByComparator<School> orderByComparator)
		throws ru.opora.schools.exception.NoSuchSchoolException {

		return getPersistence().findByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the last school in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school, or <code>null</code> if a matching school could not be found
	 */
	public static School fetchByUuid_Last(
		String uuid, OrderByComparator<School> orderByComparator) {

		return getPersistence().fetchByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the schools before and after the current school in the ordered set where uuid = &#63;.
	 *
	 * @param schoolId the primary key of the current school
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next school
	 * @throws NoSuchSchoolException if a school with the primary key could not be found
	 */
	public static School[] findByUuid_PrevAndNext(
			long schoolId, String uuid,
			OrderByComparator<School> orderByComparator)
		throws ru.opora.schools.exception.NoSuchSchoolException {

		return getPersistence().findByUuid_PrevAndNext(
			schoolId, uuid, orderByComparator);
	}

	/**
	 * Removes all the schools where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public static void removeByUuid(String uuid) {
		getPersistence().removeByUuid(uuid);
	}

	/**
	 * Returns the number of schools where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching schools
	 */
	public static int countByUuid(String uuid) {
		return getPersistence().countByUuid(uuid);
	}

	/**
	 * Returns the school where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchSchoolException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching school
	 * @throws NoSuchSchoolException if a matching school could not be found
	 */
	public static School findByUUID_G(String uuid, long groupId)
		throws ru.opora.schools.exception.NoSuchSchoolException {

		return getPersistence().findByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the school where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching school, or <code>null</code> if a matching school could not be found
	 */
	public static School fetchByUUID_G(String uuid, long groupId) {
		return getPersistence().fetchByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the school where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching school, or <code>null</code> if a matching school could not be found
	 */
	public static School fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache) {

		return getPersistence().fetchByUUID_G(uuid, groupId, useFinderCache);
	}

	/**
	 * Removes the school where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the school that was removed
	 */
	public static School removeByUUID_G(String uuid, long groupId)
		throws ru.opora.schools.exception.NoSuchSchoolException {

		return getPersistence().removeByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the number of schools where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching schools
	 */
	public static int countByUUID_G(String uuid, long groupId) {
		return getPersistence().countByUUID_G(uuid, groupId);
	}

	/**
	 * Returns all the schools where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching schools
	 */
	public static List<School> findByUuid_C(String uuid, long companyId) {
		return getPersistence().findByUuid_C(uuid, companyId);
	}

	/**
	 * Returns a range of all the schools where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of schools
	 * @param end the upper bound of the range of schools (not inclusive)
	 * @return the range of matching schools
	 */
	public static List<School> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return getPersistence().findByUuid_C(uuid, companyId, start, end);
	}

	/**
	 * Returns an ordered range of all the schools where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of schools
	 * @param end the upper bound of the range of schools (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching schools
	 */
	public static List<School> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<School> orderByComparator) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the schools where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of schools
	 * @param end the upper bound of the range of schools (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching schools
	 */
	public static List<School> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<School> orderByComparator, boolean useFinderCache) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first school in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school
	 * @throws NoSuchSchoolException if a matching school could not be found
	 */
	public static School findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<School> orderByComparator)
		throws ru.opora.schools.exception.NoSuchSchoolException {

		return getPersistence().findByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the first school in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school, or <code>null</code> if a matching school could not be found
	 */
	public static School fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<School> orderByComparator) {

		return getPersistence().fetchByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last school in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school
	 * @throws NoSuchSchoolException if a matching school could not be found
	 */
	public static School findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<School> orderByComparator)
		throws ru.opora.schools.exception.NoSuchSchoolException {

		return getPersistence().findByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last school in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school, or <code>null</code> if a matching school could not be found
	 */
	public static School fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<School> orderByComparator) {

		return getPersistence().fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the schools before and after the current school in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param schoolId the primary key of the current school
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next school
	 * @throws NoSuchSchoolException if a school with the primary key could not be found
	 */
	public static School[] findByUuid_C_PrevAndNext(
			long schoolId, String uuid, long companyId,
			OrderByComparator<School> orderByComparator)
		throws ru.opora.schools.exception.NoSuchSchoolException {

		return getPersistence().findByUuid_C_PrevAndNext(
			schoolId, uuid, companyId, orderByComparator);
	}

	/**
	 * Removes all the schools where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public static void removeByUuid_C(String uuid, long companyId) {
		getPersistence().removeByUuid_C(uuid, companyId);
	}

	/**
	 * Returns the number of schools where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching schools
	 */
	public static int countByUuid_C(String uuid, long companyId) {
		return getPersistence().countByUuid_C(uuid, companyId);
	}

	/**
	 * Returns all the schools where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching schools
	 */
	public static List<School> findByCompanyId(long companyId) {
		return getPersistence().findByCompanyId(companyId);
	}

	/**
	 * Returns a range of all the schools where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of schools
	 * @param end the upper bound of the range of schools (not inclusive)
	 * @return the range of matching schools
	 */
	public static List<School> findByCompanyId(
		long companyId, int start, int end) {

		return getPersistence().findByCompanyId(companyId, start, end);
	}

	/**
	 * Returns an ordered range of all the schools where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of schools
	 * @param end the upper bound of the range of schools (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching schools
	 */
	public static List<School> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<School> orderByComparator) {

		return getPersistence().findByCompanyId(
			companyId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the schools where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of schools
	 * @param end the upper bound of the range of schools (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching schools
	 */
	public static List<School> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<School> orderByComparator, boolean useFinderCache) {

		return getPersistence().findByCompanyId(
			companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first school in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school
	 * @throws NoSuchSchoolException if a matching school could not be found
	 */
	public static School findByCompanyId_First(
			long companyId, OrderByComparator<School> orderByComparator)
		throws ru.opora.schools.exception.NoSuchSchoolException {

		return getPersistence().findByCompanyId_First(
			companyId, orderByComparator);
	}

	/**
	 * Returns the first school in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school, or <code>null</code> if a matching school could not be found
	 */
	public static School fetchByCompanyId_First(
		long companyId, OrderByComparator<School> orderByComparator) {

		return getPersistence().fetchByCompanyId_First(
			companyId, orderByComparator);
	}

	/**
	 * Returns the last school in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school
	 * @throws NoSuchSchoolException if a matching school could not be found
	 */
	public static School findByCompanyId_Last(
			long companyId, OrderByComparator<School> orderByComparator)
		throws ru.opora.schools.exception.NoSuchSchoolException {

		return getPersistence().findByCompanyId_Last(
			companyId, orderByComparator);
	}

	/**
	 * Returns the last school in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school, or <code>null</code> if a matching school could not be found
	 */
	public static School fetchByCompanyId_Last(
		long companyId, OrderByComparator<School> orderByComparator) {

		return getPersistence().fetchByCompanyId_Last(
			companyId, orderByComparator);
	}

	/**
	 * Returns the schools before and after the current school in the ordered set where companyId = &#63;.
	 *
	 * @param schoolId the primary key of the current school
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next school
	 * @throws NoSuchSchoolException if a school with the primary key could not be found
	 */
	public static School[] findByCompanyId_PrevAndNext(
			long schoolId, long companyId,
			OrderByComparator<School> orderByComparator)
		throws ru.opora.schools.exception.NoSuchSchoolException {

		return getPersistence().findByCompanyId_PrevAndNext(
			schoolId, companyId, orderByComparator);
	}

	/**
	 * Removes all the schools where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	public static void removeByCompanyId(long companyId) {
		getPersistence().removeByCompanyId(companyId);
	}

	/**
	 * Returns the number of schools where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching schools
	 */
	public static int countByCompanyId(long companyId) {
		return getPersistence().countByCompanyId(companyId);
	}

	/**
	 * Returns all the schools where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching schools
	 */
	public static List<School> findByGroupId(long groupId) {
		return getPersistence().findByGroupId(groupId);
	}

	/**
	 * Returns a range of all the schools where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of schools
	 * @param end the upper bound of the range of schools (not inclusive)
	 * @return the range of matching schools
	 */
	public static List<School> findByGroupId(long groupId, int start, int end) {
		return getPersistence().findByGroupId(groupId, start, end);
	}

	/**
	 * Returns an ordered range of all the schools where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of schools
	 * @param end the upper bound of the range of schools (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching schools
	 */
	public static List<School> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<School> orderByComparator) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the schools where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of schools
	 * @param end the upper bound of the range of schools (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching schools
	 */
	public static List<School> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<School> orderByComparator, boolean useFinderCache) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first school in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school
	 * @throws NoSuchSchoolException if a matching school could not be found
	 */
	public static School findByGroupId_First(
			long groupId, OrderByComparator<School> orderByComparator)
		throws ru.opora.schools.exception.NoSuchSchoolException {

		return getPersistence().findByGroupId_First(groupId, orderByComparator);
	}

	/**
	 * Returns the first school in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school, or <code>null</code> if a matching school could not be found
	 */
	public static School fetchByGroupId_First(
		long groupId, OrderByComparator<School> orderByComparator) {

		return getPersistence().fetchByGroupId_First(
			groupId, orderByComparator);
	}

	/**
	 * Returns the last school in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school
	 * @throws NoSuchSchoolException if a matching school could not be found
	 */
	public static School findByGroupId_Last(
			long groupId, OrderByComparator<School> orderByComparator)
		throws ru.opora.schools.exception.NoSuchSchoolException {

		return getPersistence().findByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the last school in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school, or <code>null</code> if a matching school could not be found
	 */
	public static School fetchByGroupId_Last(
		long groupId, OrderByComparator<School> orderByComparator) {

		return getPersistence().fetchByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the schools before and after the current school in the ordered set where groupId = &#63;.
	 *
	 * @param schoolId the primary key of the current school
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next school
	 * @throws NoSuchSchoolException if a school with the primary key could not be found
	 */
	public static School[] findByGroupId_PrevAndNext(
			long schoolId, long groupId,
			OrderByComparator<School> orderByComparator)
		throws ru.opora.schools.exception.NoSuchSchoolException {

		return getPersistence().findByGroupId_PrevAndNext(
			schoolId, groupId, orderByComparator);
	}

	/**
	 * Returns all the schools that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching schools that the user has permission to view
	 */
	public static List<School> filterFindByGroupId(long groupId) {
		return getPersistence().filterFindByGroupId(groupId);
	}

	/**
	 * Returns a range of all the schools that the user has permission to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of schools
	 * @param end the upper bound of the range of schools (not inclusive)
	 * @return the range of matching schools that the user has permission to view
	 */
	public static List<School> filterFindByGroupId(
		long groupId, int start, int end) {

		return getPersistence().filterFindByGroupId(groupId, start, end);
	}

	/**
	 * Returns an ordered range of all the schools that the user has permissions to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of schools
	 * @param end the upper bound of the range of schools (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching schools that the user has permission to view
	 */
	public static List<School> filterFindByGroupId(
		long groupId, int start, int end,
		OrderByComparator<School> orderByComparator) {

		return getPersistence().filterFindByGroupId(
			groupId, start, end, orderByComparator);
	}

	/**
	 * Returns the schools before and after the current school in the ordered set of schools that the user has permission to view where groupId = &#63;.
	 *
	 * @param schoolId the primary key of the current school
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next school
	 * @throws NoSuchSchoolException if a school with the primary key could not be found
	 */
	public static School[] filterFindByGroupId_PrevAndNext(
			long schoolId, long groupId,
			OrderByComparator<School> orderByComparator)
		throws ru.opora.schools.exception.NoSuchSchoolException {

		return getPersistence().filterFindByGroupId_PrevAndNext(
			schoolId, groupId, orderByComparator);
	}

	/**
	 * Removes all the schools where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public static void removeByGroupId(long groupId) {
		getPersistence().removeByGroupId(groupId);
	}

	/**
	 * Returns the number of schools where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching schools
	 */
	public static int countByGroupId(long groupId) {
		return getPersistence().countByGroupId(groupId);
	}

	/**
	 * Returns the number of schools that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching schools that the user has permission to view
	 */
	public static int filterCountByGroupId(long groupId) {
		return getPersistence().filterCountByGroupId(groupId);
	}

	/**
	 * Returns the school where groupId = &#63; and federalLogin = &#63; or throws a <code>NoSuchSchoolException</code> if it could not be found.
	 *
	 * @param groupId the group ID
	 * @param federalLogin the federal login
	 * @return the matching school
	 * @throws NoSuchSchoolException if a matching school could not be found
	 */
	public static School findByG_FL(long groupId, String federalLogin)
		throws ru.opora.schools.exception.NoSuchSchoolException {

		return getPersistence().findByG_FL(groupId, federalLogin);
	}

	/**
	 * Returns the school where groupId = &#63; and federalLogin = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param groupId the group ID
	 * @param federalLogin the federal login
	 * @return the matching school, or <code>null</code> if a matching school could not be found
	 */
	public static School fetchByG_FL(long groupId, String federalLogin) {
		return getPersistence().fetchByG_FL(groupId, federalLogin);
	}

	/**
	 * Returns the school where groupId = &#63; and federalLogin = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param groupId the group ID
	 * @param federalLogin the federal login
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching school, or <code>null</code> if a matching school could not be found
	 */
	public static School fetchByG_FL(
		long groupId, String federalLogin, boolean useFinderCache) {

		return getPersistence().fetchByG_FL(
			groupId, federalLogin, useFinderCache);
	}

	/**
	 * Removes the school where groupId = &#63; and federalLogin = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param federalLogin the federal login
	 * @return the school that was removed
	 */
	public static School removeByG_FL(long groupId, String federalLogin)
		throws ru.opora.schools.exception.NoSuchSchoolException {

		return getPersistence().removeByG_FL(groupId, federalLogin);
	}

	/**
	 * Returns the number of schools where groupId = &#63; and federalLogin = &#63;.
	 *
	 * @param groupId the group ID
	 * @param federalLogin the federal login
	 * @return the number of matching schools
	 */
	public static int countByG_FL(long groupId, String federalLogin) {
		return getPersistence().countByG_FL(groupId, federalLogin);
	}

	/**
	 * Returns all the schools where groupId = &#63; and schoolStatus = &#63;.
	 *
	 * @param groupId the group ID
	 * @param schoolStatus the school status
	 * @return the matching schools
	 */
	public static List<School> findByG_SS(long groupId, String schoolStatus) {
		return getPersistence().findByG_SS(groupId, schoolStatus);
	}

	/**
	 * Returns a range of all the schools where groupId = &#63; and schoolStatus = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param schoolStatus the school status
	 * @param start the lower bound of the range of schools
	 * @param end the upper bound of the range of schools (not inclusive)
	 * @return the range of matching schools
	 */
	public static List<School> findByG_SS(
		long groupId, String schoolStatus, int start, int end) {

		return getPersistence().findByG_SS(groupId, schoolStatus, start, end);
	}

	/**
	 * Returns an ordered range of all the schools where groupId = &#63; and schoolStatus = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param schoolStatus the school status
	 * @param start the lower bound of the range of schools
	 * @param end the upper bound of the range of schools (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching schools
	 */
	public static List<School> findByG_SS(
		long groupId, String schoolStatus, int start, int end,
		OrderByComparator<School> orderByComparator) {

		return getPersistence().findByG_SS(
			groupId, schoolStatus, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the schools where groupId = &#63; and schoolStatus = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param schoolStatus the school status
	 * @param start the lower bound of the range of schools
	 * @param end the upper bound of the range of schools (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching schools
	 */
	public static List<School> findByG_SS(
		long groupId, String schoolStatus, int start, int end,
		OrderByComparator<School> orderByComparator, boolean useFinderCache) {

		return getPersistence().findByG_SS(
			groupId, schoolStatus, start, end, orderByComparator,
			useFinderCache);
	}

	/**
	 * Returns the first school in the ordered set where groupId = &#63; and schoolStatus = &#63;.
	 *
	 * @param groupId the group ID
	 * @param schoolStatus the school status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school
	 * @throws NoSuchSchoolException if a matching school could not be found
	 */
	public static School findByG_SS_First(
			long groupId, String schoolStatus,
			OrderByComparator<School> orderByComparator)
		throws ru.opora.schools.exception.NoSuchSchoolException {

		return getPersistence().findByG_SS_First(
			groupId, schoolStatus, orderByComparator);
	}

	/**
	 * Returns the first school in the ordered set where groupId = &#63; and schoolStatus = &#63;.
	 *
	 * @param groupId the group ID
	 * @param schoolStatus the school status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school, or <code>null</code> if a matching school could not be found
	 */
	public static School fetchByG_SS_First(
		long groupId, String schoolStatus,
		OrderByComparator<School> orderByComparator) {

		return getPersistence().fetchByG_SS_First(
			groupId, schoolStatus, orderByComparator);
	}

	/**
	 * Returns the last school in the ordered set where groupId = &#63; and schoolStatus = &#63;.
	 *
	 * @param groupId the group ID
	 * @param schoolStatus the school status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school
	 * @throws NoSuchSchoolException if a matching school could not be found
	 */
	public static School findByG_SS_Last(
			long groupId, String schoolStatus,
			OrderByComparator<School> orderByComparator)
		throws ru.opora.schools.exception.NoSuchSchoolException {

		return getPersistence().findByG_SS_Last(
			groupId, schoolStatus, orderByComparator);
	}

	/**
	 * Returns the last school in the ordered set where groupId = &#63; and schoolStatus = &#63;.
	 *
	 * @param groupId the group ID
	 * @param schoolStatus the school status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school, or <code>null</code> if a matching school could not be found
	 */
	public static School fetchByG_SS_Last(
		long groupId, String schoolStatus,
		OrderByComparator<School> orderByComparator) {

		return getPersistence().fetchByG_SS_Last(
			groupId, schoolStatus, orderByComparator);
	}

	/**
	 * Returns the schools before and after the current school in the ordered set where groupId = &#63; and schoolStatus = &#63;.
	 *
	 * @param schoolId the primary key of the current school
	 * @param groupId the group ID
	 * @param schoolStatus the school status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next school
	 * @throws NoSuchSchoolException if a school with the primary key could not be found
	 */
	public static School[] findByG_SS_PrevAndNext(
			long schoolId, long groupId, String schoolStatus,
			OrderByComparator<School> orderByComparator)
		throws ru.opora.schools.exception.NoSuchSchoolException {

		return getPersistence().findByG_SS_PrevAndNext(
			schoolId, groupId, schoolStatus, orderByComparator);
	}

	/**
	 * Returns all the schools that the user has permission to view where groupId = &#63; and schoolStatus = &#63;.
	 *
	 * @param groupId the group ID
	 * @param schoolStatus the school status
	 * @return the matching schools that the user has permission to view
	 */
	public static List<School> filterFindByG_SS(
		long groupId, String schoolStatus) {

		return getPersistence().filterFindByG_SS(groupId, schoolStatus);
	}

	/**
	 * Returns a range of all the schools that the user has permission to view where groupId = &#63; and schoolStatus = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param schoolStatus the school status
	 * @param start the lower bound of the range of schools
	 * @param end the upper bound of the range of schools (not inclusive)
	 * @return the range of matching schools that the user has permission to view
	 */
	public static List<School> filterFindByG_SS(
		long groupId, String schoolStatus, int start, int end) {

		return getPersistence().filterFindByG_SS(
			groupId, schoolStatus, start, end);
	}

	/**
	 * Returns an ordered range of all the schools that the user has permissions to view where groupId = &#63; and schoolStatus = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param schoolStatus the school status
	 * @param start the lower bound of the range of schools
	 * @param end the upper bound of the range of schools (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching schools that the user has permission to view
	 */
	public static List<School> filterFindByG_SS(
		long groupId, String schoolStatus, int start, int end,
		OrderByComparator<School> orderByComparator) {

		return getPersistence().filterFindByG_SS(
			groupId, schoolStatus, start, end, orderByComparator);
	}

	/**
	 * Returns the schools before and after the current school in the ordered set of schools that the user has permission to view where groupId = &#63; and schoolStatus = &#63;.
	 *
	 * @param schoolId the primary key of the current school
	 * @param groupId the group ID
	 * @param schoolStatus the school status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next school
	 * @throws NoSuchSchoolException if a school with the primary key could not be found
	 */
	public static School[] filterFindByG_SS_PrevAndNext(
			long schoolId, long groupId, String schoolStatus,
			OrderByComparator<School> orderByComparator)
		throws ru.opora.schools.exception.NoSuchSchoolException {

		return getPersistence().filterFindByG_SS_PrevAndNext(
			schoolId, groupId, schoolStatus, orderByComparator);
	}

	/**
	 * Removes all the schools where groupId = &#63; and schoolStatus = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param schoolStatus the school status
	 */
	public static void removeByG_SS(long groupId, String schoolStatus) {
		getPersistence().removeByG_SS(groupId, schoolStatus);
	}

	/**
	 * Returns the number of schools where groupId = &#63; and schoolStatus = &#63;.
	 *
	 * @param groupId the group ID
	 * @param schoolStatus the school status
	 * @return the number of matching schools
	 */
	public static int countByG_SS(long groupId, String schoolStatus) {
		return getPersistence().countByG_SS(groupId, schoolStatus);
	}

	/**
	 * Returns the number of schools that the user has permission to view where groupId = &#63; and schoolStatus = &#63;.
	 *
	 * @param groupId the group ID
	 * @param schoolStatus the school status
	 * @return the number of matching schools that the user has permission to view
	 */
	public static int filterCountByG_SS(long groupId, String schoolStatus) {
		return getPersistence().filterCountByG_SS(groupId, schoolStatus);
	}

	/**
	 * Returns all the schools where branchOfSchoolId = &#63;.
	 *
	 * @param branchOfSchoolId the branch of school ID
	 * @return the matching schools
	 */
	public static List<School> findByBranchOfSchoolId(long branchOfSchoolId) {
		return getPersistence().findByBranchOfSchoolId(branchOfSchoolId);
	}

	/**
	 * Returns a range of all the schools where branchOfSchoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolModelImpl</code>.
	 * </p>
	 *
	 * @param branchOfSchoolId the branch of school ID
	 * @param start the lower bound of the range of schools
	 * @param end the upper bound of the range of schools (not inclusive)
	 * @return the range of matching schools
	 */
	public static List<School> findByBranchOfSchoolId(
		long branchOfSchoolId, int start, int end) {

		return getPersistence().findByBranchOfSchoolId(
			branchOfSchoolId, start, end);
	}

	/**
	 * Returns an ordered range of all the schools where branchOfSchoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolModelImpl</code>.
	 * </p>
	 *
	 * @param branchOfSchoolId the branch of school ID
	 * @param start the lower bound of the range of schools
	 * @param end the upper bound of the range of schools (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching schools
	 */
	public static List<School> findByBranchOfSchoolId(
		long branchOfSchoolId, int start, int end,
		OrderByComparator<School> orderByComparator) {

		return getPersistence().findByBranchOfSchoolId(
			branchOfSchoolId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the schools where branchOfSchoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolModelImpl</code>.
	 * </p>
	 *
	 * @param branchOfSchoolId the branch of school ID
	 * @param start the lower bound of the range of schools
	 * @param end the upper bound of the range of schools (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching schools
	 */
	public static List<School> findByBranchOfSchoolId(
		long branchOfSchoolId, int start, int end,
		OrderByComparator<School> orderByComparator, boolean useFinderCache) {

		return getPersistence().findByBranchOfSchoolId(
			branchOfSchoolId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first school in the ordered set where branchOfSchoolId = &#63;.
	 *
	 * @param branchOfSchoolId the branch of school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school
	 * @throws NoSuchSchoolException if a matching school could not be found
	 */
	public static School findByBranchOfSchoolId_First(
			long branchOfSchoolId, OrderByComparator<School> orderByComparator)
		throws ru.opora.schools.exception.NoSuchSchoolException {

		return getPersistence().findByBranchOfSchoolId_First(
			branchOfSchoolId, orderByComparator);
	}

	/**
	 * Returns the first school in the ordered set where branchOfSchoolId = &#63;.
	 *
	 * @param branchOfSchoolId the branch of school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school, or <code>null</code> if a matching school could not be found
	 */
	public static School fetchByBranchOfSchoolId_First(
		long branchOfSchoolId, OrderByComparator<School> orderByComparator) {

		return getPersistence().fetchByBranchOfSchoolId_First(
			branchOfSchoolId, orderByComparator);
	}

	/**
	 * Returns the last school in the ordered set where branchOfSchoolId = &#63;.
	 *
	 * @param branchOfSchoolId the branch of school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school
	 * @throws NoSuchSchoolException if a matching school could not be found
	 */
	public static School findByBranchOfSchoolId_Last(
			long branchOfSchoolId, OrderByComparator<School> orderByComparator)
		throws ru.opora.schools.exception.NoSuchSchoolException {

		return getPersistence().findByBranchOfSchoolId_Last(
			branchOfSchoolId, orderByComparator);
	}

	/**
	 * Returns the last school in the ordered set where branchOfSchoolId = &#63;.
	 *
	 * @param branchOfSchoolId the branch of school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school, or <code>null</code> if a matching school could not be found
	 */
	public static School fetchByBranchOfSchoolId_Last(
		long branchOfSchoolId, OrderByComparator<School> orderByComparator) {

		return getPersistence().fetchByBranchOfSchoolId_Last(
			branchOfSchoolId, orderByComparator);
	}

	/**
	 * Returns the schools before and after the current school in the ordered set where branchOfSchoolId = &#63;.
	 *
	 * @param schoolId the primary key of the current school
	 * @param branchOfSchoolId the branch of school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next school
	 * @throws NoSuchSchoolException if a school with the primary key could not be found
	 */
	public static School[] findByBranchOfSchoolId_PrevAndNext(
			long schoolId, long branchOfSchoolId,
			OrderByComparator<School> orderByComparator)
		throws ru.opora.schools.exception.NoSuchSchoolException {

		return getPersistence().findByBranchOfSchoolId_PrevAndNext(
			schoolId, branchOfSchoolId, orderByComparator);
	}

	/**
	 * Removes all the schools where branchOfSchoolId = &#63; from the database.
	 *
	 * @param branchOfSchoolId the branch of school ID
	 */
	public static void removeByBranchOfSchoolId(long branchOfSchoolId) {
		getPersistence().removeByBranchOfSchoolId(branchOfSchoolId);
	}

	/**
	 * Returns the number of schools where branchOfSchoolId = &#63;.
	 *
	 * @param branchOfSchoolId the branch of school ID
	 * @return the number of matching schools
	 */
	public static int countByBranchOfSchoolId(long branchOfSchoolId) {
		return getPersistence().countByBranchOfSchoolId(branchOfSchoolId);
	}

	/**
	 * Caches the school in the entity cache if it is enabled.
	 *
	 * @param school the school
	 */
	public static void cacheResult(School school) {
		getPersistence().cacheResult(school);
	}

	/**
	 * Caches the schools in the entity cache if it is enabled.
	 *
	 * @param schools the schools
	 */
	public static void cacheResult(List<School> schools) {
		getPersistence().cacheResult(schools);
	}

	/**
	 * Creates a new school with the primary key. Does not add the school to the database.
	 *
	 * @param schoolId the primary key for the new school
	 * @return the new school
	 */
	public static School create(long schoolId) {
		return getPersistence().create(schoolId);
	}

	/**
	 * Removes the school with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param schoolId the primary key of the school
	 * @return the school that was removed
	 * @throws NoSuchSchoolException if a school with the primary key could not be found
	 */
	public static School remove(long schoolId)
		throws ru.opora.schools.exception.NoSuchSchoolException {

		return getPersistence().remove(schoolId);
	}

	public static School updateImpl(School school) {
		return getPersistence().updateImpl(school);
	}

	/**
	 * Returns the school with the primary key or throws a <code>NoSuchSchoolException</code> if it could not be found.
	 *
	 * @param schoolId the primary key of the school
	 * @return the school
	 * @throws NoSuchSchoolException if a school with the primary key could not be found
	 */
	public static School findByPrimaryKey(long schoolId)
		throws ru.opora.schools.exception.NoSuchSchoolException {

		return getPersistence().findByPrimaryKey(schoolId);
	}

	/**
	 * Returns the school with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param schoolId the primary key of the school
	 * @return the school, or <code>null</code> if a school with the primary key could not be found
	 */
	public static School fetchByPrimaryKey(long schoolId) {
		return getPersistence().fetchByPrimaryKey(schoolId);
	}

	/**
	 * Returns all the schools.
	 *
	 * @return the schools
	 */
	public static List<School> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the schools.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of schools
	 * @param end the upper bound of the range of schools (not inclusive)
	 * @return the range of schools
	 */
	public static List<School> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the schools.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of schools
	 * @param end the upper bound of the range of schools (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of schools
	 */
	public static List<School> findAll(
		int start, int end, OrderByComparator<School> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the schools.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of schools
	 * @param end the upper bound of the range of schools (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of schools
	 */
	public static List<School> findAll(
		int start, int end, OrderByComparator<School> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the schools from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of schools.
	 *
	 * @return the number of schools
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static SchoolPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(SchoolPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile SchoolPersistence _persistence;

}