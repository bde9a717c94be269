/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.schools.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.schools.exception.NoSuchSchoolException;
import ru.opora.schools.model.School;

/**
 * The persistence interface for the school service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see SchoolUtil
 * @generated
 */
@ProviderType
public interface SchoolPersistence extends BasePersistence<School> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link SchoolUtil} to access the school persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the schools where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching schools
	 */
	public java.util.List<School> findByUuid(String uuid);

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
	public java.util.List<School> findByUuid(String uuid, int start, int end);

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
	public java.util.List<School> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<School>
			orderByComparator);

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
	public java.util.List<School> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<School>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first school in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school
	 * @throws NoSuchSchoolException if a matching school could not be found
	 */
	public School findByUuid_First(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<School>
				orderByComparator)
		throws NoSuchSchoolException;

	/**
	 * Returns the first school in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school, or <code>null</code> if a matching school could not be found
	 */
	public School fetchByUuid_First(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<School>
			orderByComparator);

	/**
	 * Returns the last school in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school
	 * @throws NoSuchSchoolException if a matching school could not be found
	 */
	public School findByUuid_Last(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<School>
				orderByComparator)
		throws NoSuchSchoolException;

	/**
	 * Returns the last school in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school, or <code>null</code> if a matching school could not be found
	 */
	public School fetchByUuid_Last(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<School>
			orderByComparator);

	/**
	 * Returns the schools before and after the current school in the ordered set where uuid = &#63;.
	 *
	 * @param schoolId the primary key of the current school
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next school
	 * @throws NoSuchSchoolException if a school with the primary key could not be found
	 */
	public School[] findByUuid_PrevAndNext(
			long schoolId, String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<School>
				orderByComparator)
		throws NoSuchSchoolException;

	/**
	 * Removes all the schools where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public void removeByUuid(String uuid);

	/**
	 * Returns the number of schools where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching schools
	 */
	public int countByUuid(String uuid);

	/**
	 * Returns the school where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchSchoolException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching school
	 * @throws NoSuchSchoolException if a matching school could not be found
	 */
	public School findByUUID_G(String uuid, long groupId)
		throws NoSuchSchoolException;

	/**
	 * Returns the school where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching school, or <code>null</code> if a matching school could not be found
	 */
	public School fetchByUUID_G(String uuid, long groupId);

	/**
	 * Returns the school where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching school, or <code>null</code> if a matching school could not be found
	 */
	public School fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache);

	/**
	 * Removes the school where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the school that was removed
	 */
	public School removeByUUID_G(String uuid, long groupId)
		throws NoSuchSchoolException;

	/**
	 * Returns the number of schools where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching schools
	 */
	public int countByUUID_G(String uuid, long groupId);

	/**
	 * Returns all the schools where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching schools
	 */
	public java.util.List<School> findByUuid_C(String uuid, long companyId);

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
	public java.util.List<School> findByUuid_C(
		String uuid, long companyId, int start, int end);

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
	public java.util.List<School> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<School>
			orderByComparator);

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
	public java.util.List<School> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<School>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first school in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school
	 * @throws NoSuchSchoolException if a matching school could not be found
	 */
	public School findByUuid_C_First(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<School>
				orderByComparator)
		throws NoSuchSchoolException;

	/**
	 * Returns the first school in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school, or <code>null</code> if a matching school could not be found
	 */
	public School fetchByUuid_C_First(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<School>
			orderByComparator);

	/**
	 * Returns the last school in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school
	 * @throws NoSuchSchoolException if a matching school could not be found
	 */
	public School findByUuid_C_Last(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<School>
				orderByComparator)
		throws NoSuchSchoolException;

	/**
	 * Returns the last school in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school, or <code>null</code> if a matching school could not be found
	 */
	public School fetchByUuid_C_Last(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<School>
			orderByComparator);

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
	public School[] findByUuid_C_PrevAndNext(
			long schoolId, String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<School>
				orderByComparator)
		throws NoSuchSchoolException;

	/**
	 * Removes all the schools where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public void removeByUuid_C(String uuid, long companyId);

	/**
	 * Returns the number of schools where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching schools
	 */
	public int countByUuid_C(String uuid, long companyId);

	/**
	 * Returns all the schools where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching schools
	 */
	public java.util.List<School> findByCompanyId(long companyId);

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
	public java.util.List<School> findByCompanyId(
		long companyId, int start, int end);

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
	public java.util.List<School> findByCompanyId(
		long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<School>
			orderByComparator);

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
	public java.util.List<School> findByCompanyId(
		long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<School>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first school in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school
	 * @throws NoSuchSchoolException if a matching school could not be found
	 */
	public School findByCompanyId_First(
			long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<School>
				orderByComparator)
		throws NoSuchSchoolException;

	/**
	 * Returns the first school in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school, or <code>null</code> if a matching school could not be found
	 */
	public School fetchByCompanyId_First(
		long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<School>
			orderByComparator);

	/**
	 * Returns the last school in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school
	 * @throws NoSuchSchoolException if a matching school could not be found
	 */
	public School findByCompanyId_Last(
			long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<School>
				orderByComparator)
		throws NoSuchSchoolException;

	/**
	 * Returns the last school in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school, or <code>null</code> if a matching school could not be found
	 */
	public School fetchByCompanyId_Last(
		long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<School>
			orderByComparator);

	/**
	 * Returns the schools before and after the current school in the ordered set where companyId = &#63;.
	 *
	 * @param schoolId the primary key of the current school
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next school
	 * @throws NoSuchSchoolException if a school with the primary key could not be found
	 */
	public School[] findByCompanyId_PrevAndNext(
			long schoolId, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<School>
				orderByComparator)
		throws NoSuchSchoolException;

	/**
	 * Removes all the schools where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	public void removeByCompanyId(long companyId);

	/**
	 * Returns the number of schools where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching schools
	 */
	public int countByCompanyId(long companyId);

	/**
	 * Returns all the schools where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching schools
	 */
	public java.util.List<School> findByGroupId(long groupId);

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
	public java.util.List<School> findByGroupId(
		long groupId, int start, int end);

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
	public java.util.List<School> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<School>
			orderByComparator);

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
	public java.util.List<School> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<School>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first school in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school
	 * @throws NoSuchSchoolException if a matching school could not be found
	 */
	public School findByGroupId_First(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<School>
				orderByComparator)
		throws NoSuchSchoolException;

	/**
	 * Returns the first school in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school, or <code>null</code> if a matching school could not be found
	 */
	public School fetchByGroupId_First(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<School>
			orderByComparator);

	/**
	 * Returns the last school in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school
	 * @throws NoSuchSchoolException if a matching school could not be found
	 */
	public School findByGroupId_Last(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<School>
				orderByComparator)
		throws NoSuchSchoolException;

	/**
	 * Returns the last school in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school, or <code>null</code> if a matching school could not be found
	 */
	public School fetchByGroupId_Last(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<School>
			orderByComparator);

	/**
	 * Returns the schools before and after the current school in the ordered set where groupId = &#63;.
	 *
	 * @param schoolId the primary key of the current school
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next school
	 * @throws NoSuchSchoolException if a school with the primary key could not be found
	 */
	public School[] findByGroupId_PrevAndNext(
			long schoolId, long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<School>
				orderByComparator)
		throws NoSuchSchoolException;

	/**
	 * Returns all the schools that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching schools that the user has permission to view
	 */
	public java.util.List<School> filterFindByGroupId(long groupId);

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
	public java.util.List<School> filterFindByGroupId(
		long groupId, int start, int end);

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
	public java.util.List<School> filterFindByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<School>
			orderByComparator);

	/**
	 * Returns the schools before and after the current school in the ordered set of schools that the user has permission to view where groupId = &#63;.
	 *
	 * @param schoolId the primary key of the current school
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next school
	 * @throws NoSuchSchoolException if a school with the primary key could not be found
	 */
	public School[] filterFindByGroupId_PrevAndNext(
			long schoolId, long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<School>
				orderByComparator)
		throws NoSuchSchoolException;

	/**
	 * Removes all the schools where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public void removeByGroupId(long groupId);

	/**
	 * Returns the number of schools where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching schools
	 */
	public int countByGroupId(long groupId);

	/**
	 * Returns the number of schools that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching schools that the user has permission to view
	 */
	public int filterCountByGroupId(long groupId);

	/**
	 * Returns the school where groupId = &#63; and federalLogin = &#63; or throws a <code>NoSuchSchoolException</code> if it could not be found.
	 *
	 * @param groupId the group ID
	 * @param federalLogin the federal login
	 * @return the matching school
	 * @throws NoSuchSchoolException if a matching school could not be found
	 */
	public School findByG_FL(long groupId, String federalLogin)
		throws NoSuchSchoolException;

	/**
	 * Returns the school where groupId = &#63; and federalLogin = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param groupId the group ID
	 * @param federalLogin the federal login
	 * @return the matching school, or <code>null</code> if a matching school could not be found
	 */
	public School fetchByG_FL(long groupId, String federalLogin);

	/**
	 * Returns the school where groupId = &#63; and federalLogin = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param groupId the group ID
	 * @param federalLogin the federal login
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching school, or <code>null</code> if a matching school could not be found
	 */
	public School fetchByG_FL(
		long groupId, String federalLogin, boolean useFinderCache);

	/**
	 * Removes the school where groupId = &#63; and federalLogin = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param federalLogin the federal login
	 * @return the school that was removed
	 */
	public School removeByG_FL(long groupId, String federalLogin)
		throws NoSuchSchoolException;

	/**
	 * Returns the number of schools where groupId = &#63; and federalLogin = &#63;.
	 *
	 * @param groupId the group ID
	 * @param federalLogin the federal login
	 * @return the number of matching schools
	 */
	public int countByG_FL(long groupId, String federalLogin);

	/**
	 * Returns all the schools where groupId = &#63; and schoolStatus = &#63;.
	 *
	 * @param groupId the group ID
	 * @param schoolStatus the school status
	 * @return the matching schools
	 */
	public java.util.List<School> findByG_SS(long groupId, String schoolStatus);

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
	public java.util.List<School> findByG_SS(
		long groupId, String schoolStatus, int start, int end);

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
	public java.util.List<School> findByG_SS(
		long groupId, String schoolStatus, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<School>
			orderByComparator);

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
	public java.util.List<School> findByG_SS(
		long groupId, String schoolStatus, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<School>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first school in the ordered set where groupId = &#63; and schoolStatus = &#63;.
	 *
	 * @param groupId the group ID
	 * @param schoolStatus the school status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school
	 * @throws NoSuchSchoolException if a matching school could not be found
	 */
	public School findByG_SS_First(
			long groupId, String schoolStatus,
			com.liferay.portal.kernel.util.OrderByComparator<School>
				orderByComparator)
		throws NoSuchSchoolException;

	/**
	 * Returns the first school in the ordered set where groupId = &#63; and schoolStatus = &#63;.
	 *
	 * @param groupId the group ID
	 * @param schoolStatus the school status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school, or <code>null</code> if a matching school could not be found
	 */
	public School fetchByG_SS_First(
		long groupId, String schoolStatus,
		com.liferay.portal.kernel.util.OrderByComparator<School>
			orderByComparator);

	/**
	 * Returns the last school in the ordered set where groupId = &#63; and schoolStatus = &#63;.
	 *
	 * @param groupId the group ID
	 * @param schoolStatus the school status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school
	 * @throws NoSuchSchoolException if a matching school could not be found
	 */
	public School findByG_SS_Last(
			long groupId, String schoolStatus,
			com.liferay.portal.kernel.util.OrderByComparator<School>
				orderByComparator)
		throws NoSuchSchoolException;

	/**
	 * Returns the last school in the ordered set where groupId = &#63; and schoolStatus = &#63;.
	 *
	 * @param groupId the group ID
	 * @param schoolStatus the school status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school, or <code>null</code> if a matching school could not be found
	 */
	public School fetchByG_SS_Last(
		long groupId, String schoolStatus,
		com.liferay.portal.kernel.util.OrderByComparator<School>
			orderByComparator);

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
	public School[] findByG_SS_PrevAndNext(
			long schoolId, long groupId, String schoolStatus,
			com.liferay.portal.kernel.util.OrderByComparator<School>
				orderByComparator)
		throws NoSuchSchoolException;

	/**
	 * Returns all the schools that the user has permission to view where groupId = &#63; and schoolStatus = &#63;.
	 *
	 * @param groupId the group ID
	 * @param schoolStatus the school status
	 * @return the matching schools that the user has permission to view
	 */
	public java.util.List<School> filterFindByG_SS(
		long groupId, String schoolStatus);

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
	public java.util.List<School> filterFindByG_SS(
		long groupId, String schoolStatus, int start, int end);

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
	public java.util.List<School> filterFindByG_SS(
		long groupId, String schoolStatus, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<School>
			orderByComparator);

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
	public School[] filterFindByG_SS_PrevAndNext(
			long schoolId, long groupId, String schoolStatus,
			com.liferay.portal.kernel.util.OrderByComparator<School>
				orderByComparator)
		throws NoSuchSchoolException;

	/**
	 * Removes all the schools where groupId = &#63; and schoolStatus = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param schoolStatus the school status
	 */
	public void removeByG_SS(long groupId, String schoolStatus);

	/**
	 * Returns the number of schools where groupId = &#63; and schoolStatus = &#63;.
	 *
	 * @param groupId the group ID
	 * @param schoolStatus the school status
	 * @return the number of matching schools
	 */
	public int countByG_SS(long groupId, String schoolStatus);

	/**
	 * Returns the number of schools that the user has permission to view where groupId = &#63; and schoolStatus = &#63;.
	 *
	 * @param groupId the group ID
	 * @param schoolStatus the school status
	 * @return the number of matching schools that the user has permission to view
	 */
	public int filterCountByG_SS(long groupId, String schoolStatus);

	/**
	 * Returns all the schools where branchOfSchoolId = &#63;.
	 *
	 * @param branchOfSchoolId the branch of school ID
	 * @return the matching schools
	 */
	public java.util.List<School> findByBranchOfSchoolId(long branchOfSchoolId);

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
	public java.util.List<School> findByBranchOfSchoolId(
		long branchOfSchoolId, int start, int end);

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
	public java.util.List<School> findByBranchOfSchoolId(
		long branchOfSchoolId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<School>
			orderByComparator);

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
	public java.util.List<School> findByBranchOfSchoolId(
		long branchOfSchoolId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<School>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first school in the ordered set where branchOfSchoolId = &#63;.
	 *
	 * @param branchOfSchoolId the branch of school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school
	 * @throws NoSuchSchoolException if a matching school could not be found
	 */
	public School findByBranchOfSchoolId_First(
			long branchOfSchoolId,
			com.liferay.portal.kernel.util.OrderByComparator<School>
				orderByComparator)
		throws NoSuchSchoolException;

	/**
	 * Returns the first school in the ordered set where branchOfSchoolId = &#63;.
	 *
	 * @param branchOfSchoolId the branch of school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school, or <code>null</code> if a matching school could not be found
	 */
	public School fetchByBranchOfSchoolId_First(
		long branchOfSchoolId,
		com.liferay.portal.kernel.util.OrderByComparator<School>
			orderByComparator);

	/**
	 * Returns the last school in the ordered set where branchOfSchoolId = &#63;.
	 *
	 * @param branchOfSchoolId the branch of school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school
	 * @throws NoSuchSchoolException if a matching school could not be found
	 */
	public School findByBranchOfSchoolId_Last(
			long branchOfSchoolId,
			com.liferay.portal.kernel.util.OrderByComparator<School>
				orderByComparator)
		throws NoSuchSchoolException;

	/**
	 * Returns the last school in the ordered set where branchOfSchoolId = &#63;.
	 *
	 * @param branchOfSchoolId the branch of school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school, or <code>null</code> if a matching school could not be found
	 */
	public School fetchByBranchOfSchoolId_Last(
		long branchOfSchoolId,
		com.liferay.portal.kernel.util.OrderByComparator<School>
			orderByComparator);

	/**
	 * Returns the schools before and after the current school in the ordered set where branchOfSchoolId = &#63;.
	 *
	 * @param schoolId the primary key of the current school
	 * @param branchOfSchoolId the branch of school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next school
	 * @throws NoSuchSchoolException if a school with the primary key could not be found
	 */
	public School[] findByBranchOfSchoolId_PrevAndNext(
			long schoolId, long branchOfSchoolId,
			com.liferay.portal.kernel.util.OrderByComparator<School>
				orderByComparator)
		throws NoSuchSchoolException;

	/**
	 * Removes all the schools where branchOfSchoolId = &#63; from the database.
	 *
	 * @param branchOfSchoolId the branch of school ID
	 */
	public void removeByBranchOfSchoolId(long branchOfSchoolId);

	/**
	 * Returns the number of schools where branchOfSchoolId = &#63;.
	 *
	 * @param branchOfSchoolId the branch of school ID
	 * @return the number of matching schools
	 */
	public int countByBranchOfSchoolId(long branchOfSchoolId);

	/**
	 * Caches the school in the entity cache if it is enabled.
	 *
	 * @param school the school
	 */
	public void cacheResult(School school);

	/**
	 * Caches the schools in the entity cache if it is enabled.
	 *
	 * @param schools the schools
	 */
	public void cacheResult(java.util.List<School> schools);

	/**
	 * Creates a new school with the primary key. Does not add the school to the database.
	 *
	 * @param schoolId the primary key for the new school
	 * @return the new school
	 */
	public School create(long schoolId);

	/**
	 * Removes the school with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param schoolId the primary key of the school
	 * @return the school that was removed
	 * @throws NoSuchSchoolException if a school with the primary key could not be found
	 */
	public School remove(long schoolId) throws NoSuchSchoolException;

	public School updateImpl(School school);

	/**
	 * Returns the school with the primary key or throws a <code>NoSuchSchoolException</code> if it could not be found.
	 *
	 * @param schoolId the primary key of the school
	 * @return the school
	 * @throws NoSuchSchoolException if a school with the primary key could not be found
	 */
	public School findByPrimaryKey(long schoolId) throws NoSuchSchoolException;

	/**
	 * Returns the school with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param schoolId the primary key of the school
	 * @return the school, or <code>null</code> if a school with the primary key could not be found
	 */
	public School fetchByPrimaryKey(long schoolId);

	/**
	 * Returns all the schools.
	 *
	 * @return the schools
	 */
	public java.util.List<School> findAll();

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
	public java.util.List<School> findAll(int start, int end);

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
	public java.util.List<School> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<School>
			orderByComparator);

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
	public java.util.List<School> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<School>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the schools from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of schools.
	 *
	 * @return the number of schools
	 */
	public int countAll();

}