/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.service.persistence;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;
import java.util.Map;
import java.util.Set;

import ru.opora.mentoring.model.MentorAssignment;

/**
 * The persistence utility for the mentor assignment service. This utility wraps <code>ru.opora.mentoring.service.persistence.impl.MentorAssignmentPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see MentorAssignmentPersistence
 * @generated
 */
public class MentorAssignmentUtil {

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
	public static void clearCache(MentorAssignment mentorAssignment) {
		getPersistence().clearCache(mentorAssignment);
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
	public static Map<Serializable, MentorAssignment> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<MentorAssignment> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<MentorAssignment> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<MentorAssignment> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<MentorAssignment> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static MentorAssignment update(MentorAssignment mentorAssignment) {
		return getPersistence().update(mentorAssignment);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static MentorAssignment update(
		MentorAssignment mentorAssignment, ServiceContext serviceContext) {

		return getPersistence().update(mentorAssignment, serviceContext);
	}

	/**
	 * Returns all the mentor assignments where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching mentor assignments
	 */
	public static List<MentorAssignment> findByGroupId(long groupId) {
		return getPersistence().findByGroupId(groupId);
	}

	/**
	 * Returns a range of all the mentor assignments where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @return the range of matching mentor assignments
	 */
	public static List<MentorAssignment> findByGroupId(
		long groupId, int start, int end) {

		return getPersistence().findByGroupId(groupId, start, end);
	}

	/**
	 * Returns an ordered range of all the mentor assignments where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentor assignments
	 */
	public static List<MentorAssignment> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<MentorAssignment> orderByComparator) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the mentor assignments where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentor assignments
	 */
	public static List<MentorAssignment> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<MentorAssignment> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first mentor assignment in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	public static MentorAssignment findByGroupId_First(
			long groupId, OrderByComparator<MentorAssignment> orderByComparator)
		throws ru.opora.mentoring.exception.NoSuchMentorAssignmentException {

		return getPersistence().findByGroupId_First(groupId, orderByComparator);
	}

	/**
	 * Returns the first mentor assignment in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	public static MentorAssignment fetchByGroupId_First(
		long groupId, OrderByComparator<MentorAssignment> orderByComparator) {

		return getPersistence().fetchByGroupId_First(
			groupId, orderByComparator);
	}

	/**
	 * Returns the last mentor assignment in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	public static MentorAssignment findByGroupId_Last(
			long groupId, OrderByComparator<MentorAssignment> orderByComparator)
		throws ru.opora.mentoring.exception.NoSuchMentorAssignmentException {

		return getPersistence().findByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the last mentor assignment in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	public static MentorAssignment fetchByGroupId_Last(
		long groupId, OrderByComparator<MentorAssignment> orderByComparator) {

		return getPersistence().fetchByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the mentor assignments before and after the current mentor assignment in the ordered set where groupId = &#63;.
	 *
	 * @param mentorAssignmentId the primary key of the current mentor assignment
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor assignment
	 * @throws NoSuchMentorAssignmentException if a mentor assignment with the primary key could not be found
	 */
	public static MentorAssignment[] findByGroupId_PrevAndNext(
			long mentorAssignmentId, long groupId,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws ru.opora.mentoring.exception.NoSuchMentorAssignmentException {

		return getPersistence().findByGroupId_PrevAndNext(
			mentorAssignmentId, groupId, orderByComparator);
	}

	/**
	 * Returns all the mentor assignments that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching mentor assignments that the user has permission to view
	 */
	public static List<MentorAssignment> filterFindByGroupId(long groupId) {
		return getPersistence().filterFindByGroupId(groupId);
	}

	/**
	 * Returns a range of all the mentor assignments that the user has permission to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @return the range of matching mentor assignments that the user has permission to view
	 */
	public static List<MentorAssignment> filterFindByGroupId(
		long groupId, int start, int end) {

		return getPersistence().filterFindByGroupId(groupId, start, end);
	}

	/**
	 * Returns an ordered range of all the mentor assignments that the user has permissions to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentor assignments that the user has permission to view
	 */
	public static List<MentorAssignment> filterFindByGroupId(
		long groupId, int start, int end,
		OrderByComparator<MentorAssignment> orderByComparator) {

		return getPersistence().filterFindByGroupId(
			groupId, start, end, orderByComparator);
	}

	/**
	 * Returns the mentor assignments before and after the current mentor assignment in the ordered set of mentor assignments that the user has permission to view where groupId = &#63;.
	 *
	 * @param mentorAssignmentId the primary key of the current mentor assignment
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor assignment
	 * @throws NoSuchMentorAssignmentException if a mentor assignment with the primary key could not be found
	 */
	public static MentorAssignment[] filterFindByGroupId_PrevAndNext(
			long mentorAssignmentId, long groupId,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws ru.opora.mentoring.exception.NoSuchMentorAssignmentException {

		return getPersistence().filterFindByGroupId_PrevAndNext(
			mentorAssignmentId, groupId, orderByComparator);
	}

	/**
	 * Removes all the mentor assignments where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public static void removeByGroupId(long groupId) {
		getPersistence().removeByGroupId(groupId);
	}

	/**
	 * Returns the number of mentor assignments where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching mentor assignments
	 */
	public static int countByGroupId(long groupId) {
		return getPersistence().countByGroupId(groupId);
	}

	/**
	 * Returns the number of mentor assignments that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching mentor assignments that the user has permission to view
	 */
	public static int filterCountByGroupId(long groupId) {
		return getPersistence().filterCountByGroupId(groupId);
	}

	/**
	 * Returns all the mentor assignments where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the matching mentor assignments
	 */
	public static List<MentorAssignment> findByG_S(
		long groupId, String status) {

		return getPersistence().findByG_S(groupId, status);
	}

	/**
	 * Returns a range of all the mentor assignments where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @return the range of matching mentor assignments
	 */
	public static List<MentorAssignment> findByG_S(
		long groupId, String status, int start, int end) {

		return getPersistence().findByG_S(groupId, status, start, end);
	}

	/**
	 * Returns an ordered range of all the mentor assignments where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentor assignments
	 */
	public static List<MentorAssignment> findByG_S(
		long groupId, String status, int start, int end,
		OrderByComparator<MentorAssignment> orderByComparator) {

		return getPersistence().findByG_S(
			groupId, status, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the mentor assignments where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentor assignments
	 */
	public static List<MentorAssignment> findByG_S(
		long groupId, String status, int start, int end,
		OrderByComparator<MentorAssignment> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByG_S(
			groupId, status, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first mentor assignment in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	public static MentorAssignment findByG_S_First(
			long groupId, String status,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws ru.opora.mentoring.exception.NoSuchMentorAssignmentException {

		return getPersistence().findByG_S_First(
			groupId, status, orderByComparator);
	}

	/**
	 * Returns the first mentor assignment in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	public static MentorAssignment fetchByG_S_First(
		long groupId, String status,
		OrderByComparator<MentorAssignment> orderByComparator) {

		return getPersistence().fetchByG_S_First(
			groupId, status, orderByComparator);
	}

	/**
	 * Returns the last mentor assignment in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	public static MentorAssignment findByG_S_Last(
			long groupId, String status,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws ru.opora.mentoring.exception.NoSuchMentorAssignmentException {

		return getPersistence().findByG_S_Last(
			groupId, status, orderByComparator);
	}

	/**
	 * Returns the last mentor assignment in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	public static MentorAssignment fetchByG_S_Last(
		long groupId, String status,
		OrderByComparator<MentorAssignment> orderByComparator) {

		return getPersistence().fetchByG_S_Last(
			groupId, status, orderByComparator);
	}

	/**
	 * Returns the mentor assignments before and after the current mentor assignment in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param mentorAssignmentId the primary key of the current mentor assignment
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor assignment
	 * @throws NoSuchMentorAssignmentException if a mentor assignment with the primary key could not be found
	 */
	public static MentorAssignment[] findByG_S_PrevAndNext(
			long mentorAssignmentId, long groupId, String status,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws ru.opora.mentoring.exception.NoSuchMentorAssignmentException {

		return getPersistence().findByG_S_PrevAndNext(
			mentorAssignmentId, groupId, status, orderByComparator);
	}

	/**
	 * Returns all the mentor assignments that the user has permission to view where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the matching mentor assignments that the user has permission to view
	 */
	public static List<MentorAssignment> filterFindByG_S(
		long groupId, String status) {

		return getPersistence().filterFindByG_S(groupId, status);
	}

	/**
	 * Returns a range of all the mentor assignments that the user has permission to view where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @return the range of matching mentor assignments that the user has permission to view
	 */
	public static List<MentorAssignment> filterFindByG_S(
		long groupId, String status, int start, int end) {

		return getPersistence().filterFindByG_S(groupId, status, start, end);
	}

	/**
	 * Returns an ordered range of all the mentor assignments that the user has permissions to view where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentor assignments that the user has permission to view
	 */
	public static List<MentorAssignment> filterFindByG_S(
		long groupId, String status, int start, int end,
		OrderByComparator<MentorAssignment> orderByComparator) {

		return getPersistence().filterFindByG_S(
			groupId, status, start, end, orderByComparator);
	}

	/**
	 * Returns the mentor assignments before and after the current mentor assignment in the ordered set of mentor assignments that the user has permission to view where groupId = &#63; and status = &#63;.
	 *
	 * @param mentorAssignmentId the primary key of the current mentor assignment
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor assignment
	 * @throws NoSuchMentorAssignmentException if a mentor assignment with the primary key could not be found
	 */
	public static MentorAssignment[] filterFindByG_S_PrevAndNext(
			long mentorAssignmentId, long groupId, String status,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws ru.opora.mentoring.exception.NoSuchMentorAssignmentException {

		return getPersistence().filterFindByG_S_PrevAndNext(
			mentorAssignmentId, groupId, status, orderByComparator);
	}

	/**
	 * Removes all the mentor assignments where groupId = &#63; and status = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 */
	public static void removeByG_S(long groupId, String status) {
		getPersistence().removeByG_S(groupId, status);
	}

	/**
	 * Returns the number of mentor assignments where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the number of matching mentor assignments
	 */
	public static int countByG_S(long groupId, String status) {
		return getPersistence().countByG_S(groupId, status);
	}

	/**
	 * Returns the number of mentor assignments that the user has permission to view where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the number of matching mentor assignments that the user has permission to view
	 */
	public static int filterCountByG_S(long groupId, String status) {
		return getPersistence().filterCountByG_S(groupId, status);
	}

	/**
	 * Returns all the mentor assignments where supportedSchoolId = &#63;.
	 *
	 * @param supportedSchoolId the supported school ID
	 * @return the matching mentor assignments
	 */
	public static List<MentorAssignment> findBySupportedSchoolId(
		long supportedSchoolId) {

		return getPersistence().findBySupportedSchoolId(supportedSchoolId);
	}

	/**
	 * Returns a range of all the mentor assignments where supportedSchoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param supportedSchoolId the supported school ID
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @return the range of matching mentor assignments
	 */
	public static List<MentorAssignment> findBySupportedSchoolId(
		long supportedSchoolId, int start, int end) {

		return getPersistence().findBySupportedSchoolId(
			supportedSchoolId, start, end);
	}

	/**
	 * Returns an ordered range of all the mentor assignments where supportedSchoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param supportedSchoolId the supported school ID
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentor assignments
	 */
	public static List<MentorAssignment> findBySupportedSchoolId(
		long supportedSchoolId, int start, int end,
		OrderByComparator<MentorAssignment> orderByComparator) {

		return getPersistence().findBySupportedSchoolId(
			supportedSchoolId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the mentor assignments where supportedSchoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param supportedSchoolId the supported school ID
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentor assignments
	 */
	public static List<MentorAssignment> findBySupportedSchoolId(
		long supportedSchoolId, int start, int end,
		OrderByComparator<MentorAssignment> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findBySupportedSchoolId(
			supportedSchoolId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first mentor assignment in the ordered set where supportedSchoolId = &#63;.
	 *
	 * @param supportedSchoolId the supported school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	public static MentorAssignment findBySupportedSchoolId_First(
			long supportedSchoolId,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws ru.opora.mentoring.exception.NoSuchMentorAssignmentException {

		return getPersistence().findBySupportedSchoolId_First(
			supportedSchoolId, orderByComparator);
	}

	/**
	 * Returns the first mentor assignment in the ordered set where supportedSchoolId = &#63;.
	 *
	 * @param supportedSchoolId the supported school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	public static MentorAssignment fetchBySupportedSchoolId_First(
		long supportedSchoolId,
		OrderByComparator<MentorAssignment> orderByComparator) {

		return getPersistence().fetchBySupportedSchoolId_First(
			supportedSchoolId, orderByComparator);
	}

	/**
	 * Returns the last mentor assignment in the ordered set where supportedSchoolId = &#63;.
	 *
	 * @param supportedSchoolId the supported school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	public static MentorAssignment findBySupportedSchoolId_Last(
			long supportedSchoolId,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws ru.opora.mentoring.exception.NoSuchMentorAssignmentException {

		return getPersistence().findBySupportedSchoolId_Last(
			supportedSchoolId, orderByComparator);
	}

	/**
	 * Returns the last mentor assignment in the ordered set where supportedSchoolId = &#63;.
	 *
	 * @param supportedSchoolId the supported school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	public static MentorAssignment fetchBySupportedSchoolId_Last(
		long supportedSchoolId,
		OrderByComparator<MentorAssignment> orderByComparator) {

		return getPersistence().fetchBySupportedSchoolId_Last(
			supportedSchoolId, orderByComparator);
	}

	/**
	 * Returns the mentor assignments before and after the current mentor assignment in the ordered set where supportedSchoolId = &#63;.
	 *
	 * @param mentorAssignmentId the primary key of the current mentor assignment
	 * @param supportedSchoolId the supported school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor assignment
	 * @throws NoSuchMentorAssignmentException if a mentor assignment with the primary key could not be found
	 */
	public static MentorAssignment[] findBySupportedSchoolId_PrevAndNext(
			long mentorAssignmentId, long supportedSchoolId,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws ru.opora.mentoring.exception.NoSuchMentorAssignmentException {

		return getPersistence().findBySupportedSchoolId_PrevAndNext(
			mentorAssignmentId, supportedSchoolId, orderByComparator);
	}

	/**
	 * Removes all the mentor assignments where supportedSchoolId = &#63; from the database.
	 *
	 * @param supportedSchoolId the supported school ID
	 */
	public static void removeBySupportedSchoolId(long supportedSchoolId) {
		getPersistence().removeBySupportedSchoolId(supportedSchoolId);
	}

	/**
	 * Returns the number of mentor assignments where supportedSchoolId = &#63;.
	 *
	 * @param supportedSchoolId the supported school ID
	 * @return the number of matching mentor assignments
	 */
	public static int countBySupportedSchoolId(long supportedSchoolId) {
		return getPersistence().countBySupportedSchoolId(supportedSchoolId);
	}

	/**
	 * Returns all the mentor assignments where mentorSchoolId = &#63;.
	 *
	 * @param mentorSchoolId the mentor school ID
	 * @return the matching mentor assignments
	 */
	public static List<MentorAssignment> findByMentorSchoolId(
		long mentorSchoolId) {

		return getPersistence().findByMentorSchoolId(mentorSchoolId);
	}

	/**
	 * Returns a range of all the mentor assignments where mentorSchoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param mentorSchoolId the mentor school ID
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @return the range of matching mentor assignments
	 */
	public static List<MentorAssignment> findByMentorSchoolId(
		long mentorSchoolId, int start, int end) {

		return getPersistence().findByMentorSchoolId(
			mentorSchoolId, start, end);
	}

	/**
	 * Returns an ordered range of all the mentor assignments where mentorSchoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param mentorSchoolId the mentor school ID
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentor assignments
	 */
	public static List<MentorAssignment> findByMentorSchoolId(
		long mentorSchoolId, int start, int end,
		OrderByComparator<MentorAssignment> orderByComparator) {

		return getPersistence().findByMentorSchoolId(
			mentorSchoolId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the mentor assignments where mentorSchoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param mentorSchoolId the mentor school ID
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentor assignments
	 */
	public static List<MentorAssignment> findByMentorSchoolId(
		long mentorSchoolId, int start, int end,
		OrderByComparator<MentorAssignment> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByMentorSchoolId(
			mentorSchoolId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first mentor assignment in the ordered set where mentorSchoolId = &#63;.
	 *
	 * @param mentorSchoolId the mentor school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	public static MentorAssignment findByMentorSchoolId_First(
			long mentorSchoolId,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws ru.opora.mentoring.exception.NoSuchMentorAssignmentException {

		return getPersistence().findByMentorSchoolId_First(
			mentorSchoolId, orderByComparator);
	}

	/**
	 * Returns the first mentor assignment in the ordered set where mentorSchoolId = &#63;.
	 *
	 * @param mentorSchoolId the mentor school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	public static MentorAssignment fetchByMentorSchoolId_First(
		long mentorSchoolId,
		OrderByComparator<MentorAssignment> orderByComparator) {

		return getPersistence().fetchByMentorSchoolId_First(
			mentorSchoolId, orderByComparator);
	}

	/**
	 * Returns the last mentor assignment in the ordered set where mentorSchoolId = &#63;.
	 *
	 * @param mentorSchoolId the mentor school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	public static MentorAssignment findByMentorSchoolId_Last(
			long mentorSchoolId,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws ru.opora.mentoring.exception.NoSuchMentorAssignmentException {

		return getPersistence().findByMentorSchoolId_Last(
			mentorSchoolId, orderByComparator);
	}

	/**
	 * Returns the last mentor assignment in the ordered set where mentorSchoolId = &#63;.
	 *
	 * @param mentorSchoolId the mentor school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	public static MentorAssignment fetchByMentorSchoolId_Last(
		long mentorSchoolId,
		OrderByComparator<MentorAssignment> orderByComparator) {

		return getPersistence().fetchByMentorSchoolId_Last(
			mentorSchoolId, orderByComparator);
	}

	/**
	 * Returns the mentor assignments before and after the current mentor assignment in the ordered set where mentorSchoolId = &#63;.
	 *
	 * @param mentorAssignmentId the primary key of the current mentor assignment
	 * @param mentorSchoolId the mentor school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor assignment
	 * @throws NoSuchMentorAssignmentException if a mentor assignment with the primary key could not be found
	 */
	public static MentorAssignment[] findByMentorSchoolId_PrevAndNext(
			long mentorAssignmentId, long mentorSchoolId,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws ru.opora.mentoring.exception.NoSuchMentorAssignmentException {

		return getPersistence().findByMentorSchoolId_PrevAndNext(
			mentorAssignmentId, mentorSchoolId, orderByComparator);
	}

	/**
	 * Removes all the mentor assignments where mentorSchoolId = &#63; from the database.
	 *
	 * @param mentorSchoolId the mentor school ID
	 */
	public static void removeByMentorSchoolId(long mentorSchoolId) {
		getPersistence().removeByMentorSchoolId(mentorSchoolId);
	}

	/**
	 * Returns the number of mentor assignments where mentorSchoolId = &#63;.
	 *
	 * @param mentorSchoolId the mentor school ID
	 * @return the number of matching mentor assignments
	 */
	public static int countByMentorSchoolId(long mentorSchoolId) {
		return getPersistence().countByMentorSchoolId(mentorSchoolId);
	}

	/**
	 * Returns all the mentor assignments where curatorUserId = &#63;.
	 *
	 * @param curatorUserId the curator user ID
	 * @return the matching mentor assignments
	 */
	public static List<MentorAssignment> findByCuratorUserId(
		long curatorUserId) {

		return getPersistence().findByCuratorUserId(curatorUserId);
	}

	/**
	 * Returns a range of all the mentor assignments where curatorUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param curatorUserId the curator user ID
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @return the range of matching mentor assignments
	 */
	public static List<MentorAssignment> findByCuratorUserId(
		long curatorUserId, int start, int end) {

		return getPersistence().findByCuratorUserId(curatorUserId, start, end);
	}

	/**
	 * Returns an ordered range of all the mentor assignments where curatorUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param curatorUserId the curator user ID
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentor assignments
	 */
	public static List<MentorAssignment> findByCuratorUserId(
		long curatorUserId, int start, int end,
		OrderByComparator<MentorAssignment> orderByComparator) {

		return getPersistence().findByCuratorUserId(
			curatorUserId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the mentor assignments where curatorUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param curatorUserId the curator user ID
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentor assignments
	 */
	public static List<MentorAssignment> findByCuratorUserId(
		long curatorUserId, int start, int end,
		OrderByComparator<MentorAssignment> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByCuratorUserId(
			curatorUserId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first mentor assignment in the ordered set where curatorUserId = &#63;.
	 *
	 * @param curatorUserId the curator user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	public static MentorAssignment findByCuratorUserId_First(
			long curatorUserId,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws ru.opora.mentoring.exception.NoSuchMentorAssignmentException {

		return getPersistence().findByCuratorUserId_First(
			curatorUserId, orderByComparator);
	}

	/**
	 * Returns the first mentor assignment in the ordered set where curatorUserId = &#63;.
	 *
	 * @param curatorUserId the curator user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	public static MentorAssignment fetchByCuratorUserId_First(
		long curatorUserId,
		OrderByComparator<MentorAssignment> orderByComparator) {

		return getPersistence().fetchByCuratorUserId_First(
			curatorUserId, orderByComparator);
	}

	/**
	 * Returns the last mentor assignment in the ordered set where curatorUserId = &#63;.
	 *
	 * @param curatorUserId the curator user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	public static MentorAssignment findByCuratorUserId_Last(
			long curatorUserId,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws ru.opora.mentoring.exception.NoSuchMentorAssignmentException {

		return getPersistence().findByCuratorUserId_Last(
			curatorUserId, orderByComparator);
	}

	/**
	 * Returns the last mentor assignment in the ordered set where curatorUserId = &#63;.
	 *
	 * @param curatorUserId the curator user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	public static MentorAssignment fetchByCuratorUserId_Last(
		long curatorUserId,
		OrderByComparator<MentorAssignment> orderByComparator) {

		return getPersistence().fetchByCuratorUserId_Last(
			curatorUserId, orderByComparator);
	}

	/**
	 * Returns the mentor assignments before and after the current mentor assignment in the ordered set where curatorUserId = &#63;.
	 *
	 * @param mentorAssignmentId the primary key of the current mentor assignment
	 * @param curatorUserId the curator user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor assignment
	 * @throws NoSuchMentorAssignmentException if a mentor assignment with the primary key could not be found
	 */
	public static MentorAssignment[] findByCuratorUserId_PrevAndNext(
			long mentorAssignmentId, long curatorUserId,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws ru.opora.mentoring.exception.NoSuchMentorAssignmentException {

		return getPersistence().findByCuratorUserId_PrevAndNext(
			mentorAssignmentId, curatorUserId, orderByComparator);
	}

	/**
	 * Removes all the mentor assignments where curatorUserId = &#63; from the database.
	 *
	 * @param curatorUserId the curator user ID
	 */
	public static void removeByCuratorUserId(long curatorUserId) {
		getPersistence().removeByCuratorUserId(curatorUserId);
	}

	/**
	 * Returns the number of mentor assignments where curatorUserId = &#63;.
	 *
	 * @param curatorUserId the curator user ID
	 * @return the number of matching mentor assignments
	 */
	public static int countByCuratorUserId(long curatorUserId) {
		return getPersistence().countByCuratorUserId(curatorUserId);
	}

	/**
	 * Returns all the mentor assignments where teacherMentorUserId = &#63;.
	 *
	 * @param teacherMentorUserId the teacher mentor user ID
	 * @return the matching mentor assignments
	 */
	public static List<MentorAssignment> findByTeacherMentorUserId(
		long teacherMentorUserId) {

		return getPersistence().findByTeacherMentorUserId(teacherMentorUserId);
	}

	/**
	 * Returns a range of all the mentor assignments where teacherMentorUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param teacherMentorUserId the teacher mentor user ID
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @return the range of matching mentor assignments
	 */
	public static List<MentorAssignment> findByTeacherMentorUserId(
		long teacherMentorUserId, int start, int end) {

		return getPersistence().findByTeacherMentorUserId(
			teacherMentorUserId, start, end);
	}

	/**
	 * Returns an ordered range of all the mentor assignments where teacherMentorUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param teacherMentorUserId the teacher mentor user ID
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentor assignments
	 */
	public static List<MentorAssignment> findByTeacherMentorUserId(
		long teacherMentorUserId, int start, int end,
		OrderByComparator<MentorAssignment> orderByComparator) {

		return getPersistence().findByTeacherMentorUserId(
			teacherMentorUserId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the mentor assignments where teacherMentorUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param teacherMentorUserId the teacher mentor user ID
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentor assignments
	 */
	public static List<MentorAssignment> findByTeacherMentorUserId(
		long teacherMentorUserId, int start, int end,
		OrderByComparator<MentorAssignment> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByTeacherMentorUserId(
			teacherMentorUserId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first mentor assignment in the ordered set where teacherMentorUserId = &#63;.
	 *
	 * @param teacherMentorUserId the teacher mentor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	public static MentorAssignment findByTeacherMentorUserId_First(
			long teacherMentorUserId,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws ru.opora.mentoring.exception.NoSuchMentorAssignmentException {

		return getPersistence().findByTeacherMentorUserId_First(
			teacherMentorUserId, orderByComparator);
	}

	/**
	 * Returns the first mentor assignment in the ordered set where teacherMentorUserId = &#63;.
	 *
	 * @param teacherMentorUserId the teacher mentor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	public static MentorAssignment fetchByTeacherMentorUserId_First(
		long teacherMentorUserId,
		OrderByComparator<MentorAssignment> orderByComparator) {

		return getPersistence().fetchByTeacherMentorUserId_First(
			teacherMentorUserId, orderByComparator);
	}

	/**
	 * Returns the last mentor assignment in the ordered set where teacherMentorUserId = &#63;.
	 *
	 * @param teacherMentorUserId the teacher mentor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	public static MentorAssignment findByTeacherMentorUserId_Last(
			long teacherMentorUserId,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws ru.opora.mentoring.exception.NoSuchMentorAssignmentException {

		return getPersistence().findByTeacherMentorUserId_Last(
			teacherMentorUserId, orderByComparator);
	}

	/**
	 * Returns the last mentor assignment in the ordered set where teacherMentorUserId = &#63;.
	 *
	 * @param teacherMentorUserId the teacher mentor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	public static MentorAssignment fetchByTeacherMentorUserId_Last(
		long teacherMentorUserId,
		OrderByComparator<MentorAssignment> orderByComparator) {

		return getPersistence().fetchByTeacherMentorUserId_Last(
			teacherMentorUserId, orderByComparator);
	}

	/**
	 * Returns the mentor assignments before and after the current mentor assignment in the ordered set where teacherMentorUserId = &#63;.
	 *
	 * @param mentorAssignmentId the primary key of the current mentor assignment
	 * @param teacherMentorUserId the teacher mentor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor assignment
	 * @throws NoSuchMentorAssignmentException if a mentor assignment with the primary key could not be found
	 */
	public static MentorAssignment[] findByTeacherMentorUserId_PrevAndNext(
			long mentorAssignmentId, long teacherMentorUserId,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws ru.opora.mentoring.exception.NoSuchMentorAssignmentException {

		return getPersistence().findByTeacherMentorUserId_PrevAndNext(
			mentorAssignmentId, teacherMentorUserId, orderByComparator);
	}

	/**
	 * Removes all the mentor assignments where teacherMentorUserId = &#63; from the database.
	 *
	 * @param teacherMentorUserId the teacher mentor user ID
	 */
	public static void removeByTeacherMentorUserId(long teacherMentorUserId) {
		getPersistence().removeByTeacherMentorUserId(teacherMentorUserId);
	}

	/**
	 * Returns the number of mentor assignments where teacherMentorUserId = &#63;.
	 *
	 * @param teacherMentorUserId the teacher mentor user ID
	 * @return the number of matching mentor assignments
	 */
	public static int countByTeacherMentorUserId(long teacherMentorUserId) {
		return getPersistence().countByTeacherMentorUserId(teacherMentorUserId);
	}

	/**
	 * Caches the mentor assignment in the entity cache if it is enabled.
	 *
	 * @param mentorAssignment the mentor assignment
	 */
	public static void cacheResult(MentorAssignment mentorAssignment) {
		getPersistence().cacheResult(mentorAssignment);
	}

	/**
	 * Caches the mentor assignments in the entity cache if it is enabled.
	 *
	 * @param mentorAssignments the mentor assignments
	 */
	public static void cacheResult(List<MentorAssignment> mentorAssignments) {
		getPersistence().cacheResult(mentorAssignments);
	}

	/**
	 * Creates a new mentor assignment with the primary key. Does not add the mentor assignment to the database.
	 *
	 * @param mentorAssignmentId the primary key for the new mentor assignment
	 * @return the new mentor assignment
	 */
	public static MentorAssignment create(long mentorAssignmentId) {
		return getPersistence().create(mentorAssignmentId);
	}

	/**
	 * Removes the mentor assignment with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param mentorAssignmentId the primary key of the mentor assignment
	 * @return the mentor assignment that was removed
	 * @throws NoSuchMentorAssignmentException if a mentor assignment with the primary key could not be found
	 */
	public static MentorAssignment remove(long mentorAssignmentId)
		throws ru.opora.mentoring.exception.NoSuchMentorAssignmentException {

		return getPersistence().remove(mentorAssignmentId);
	}

	public static MentorAssignment updateImpl(
		MentorAssignment mentorAssignment) {

		return getPersistence().updateImpl(mentorAssignment);
	}

	/**
	 * Returns the mentor assignment with the primary key or throws a <code>NoSuchMentorAssignmentException</code> if it could not be found.
	 *
	 * @param mentorAssignmentId the primary key of the mentor assignment
	 * @return the mentor assignment
	 * @throws NoSuchMentorAssignmentException if a mentor assignment with the primary key could not be found
	 */
	public static MentorAssignment findByPrimaryKey(long mentorAssignmentId)
		throws ru.opora.mentoring.exception.NoSuchMentorAssignmentException {

		return getPersistence().findByPrimaryKey(mentorAssignmentId);
	}

	/**
	 * Returns the mentor assignment with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param mentorAssignmentId the primary key of the mentor assignment
	 * @return the mentor assignment, or <code>null</code> if a mentor assignment with the primary key could not be found
	 */
	public static MentorAssignment fetchByPrimaryKey(long mentorAssignmentId) {
		return getPersistence().fetchByPrimaryKey(mentorAssignmentId);
	}

	/**
	 * Returns all the mentor assignments.
	 *
	 * @return the mentor assignments
	 */
	public static List<MentorAssignment> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the mentor assignments.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @return the range of mentor assignments
	 */
	public static List<MentorAssignment> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the mentor assignments.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of mentor assignments
	 */
	public static List<MentorAssignment> findAll(
		int start, int end,
		OrderByComparator<MentorAssignment> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the mentor assignments.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of mentor assignments
	 */
	public static List<MentorAssignment> findAll(
		int start, int end,
		OrderByComparator<MentorAssignment> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the mentor assignments from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of mentor assignments.
	 *
	 * @return the number of mentor assignments
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static MentorAssignmentPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(MentorAssignmentPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile MentorAssignmentPersistence _persistence;

}