/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.mentoring.exception.NoSuchMentorAssignmentException;
import ru.opora.mentoring.model.MentorAssignment;

/**
 * The persistence interface for the mentor assignment service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see MentorAssignmentUtil
 * @generated
 */
@ProviderType
public interface MentorAssignmentPersistence
	extends BasePersistence<MentorAssignment> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link MentorAssignmentUtil} to access the mentor assignment persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the mentor assignments where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching mentor assignments
	 */
	public java.util.List<MentorAssignment> findByGroupId(long groupId);

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
	public java.util.List<MentorAssignment> findByGroupId(
		long groupId, int start, int end);

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
	public java.util.List<MentorAssignment> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
			orderByComparator);

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
	public java.util.List<MentorAssignment> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first mentor assignment in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	public MentorAssignment findByGroupId_First(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
				orderByComparator)
		throws NoSuchMentorAssignmentException;

	/**
	 * Returns the first mentor assignment in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	public MentorAssignment fetchByGroupId_First(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
			orderByComparator);

	/**
	 * Returns the last mentor assignment in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	public MentorAssignment findByGroupId_Last(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
				orderByComparator)
		throws NoSuchMentorAssignmentException;

	/**
	 * Returns the last mentor assignment in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	public MentorAssignment fetchByGroupId_Last(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
			orderByComparator);

	/**
	 * Returns the mentor assignments before and after the current mentor assignment in the ordered set where groupId = &#63;.
	 *
	 * @param mentorAssignmentId the primary key of the current mentor assignment
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor assignment
	 * @throws NoSuchMentorAssignmentException if a mentor assignment with the primary key could not be found
	 */
	public MentorAssignment[] findByGroupId_PrevAndNext(
			long mentorAssignmentId, long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
				orderByComparator)
		throws NoSuchMentorAssignmentException;

	/**
	 * Returns all the mentor assignments that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching mentor assignments that the user has permission to view
	 */
	public java.util.List<MentorAssignment> filterFindByGroupId(long groupId);

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
	public java.util.List<MentorAssignment> filterFindByGroupId(
		long groupId, int start, int end);

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
	public java.util.List<MentorAssignment> filterFindByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
			orderByComparator);

	/**
	 * Returns the mentor assignments before and after the current mentor assignment in the ordered set of mentor assignments that the user has permission to view where groupId = &#63;.
	 *
	 * @param mentorAssignmentId the primary key of the current mentor assignment
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor assignment
	 * @throws NoSuchMentorAssignmentException if a mentor assignment with the primary key could not be found
	 */
	public MentorAssignment[] filterFindByGroupId_PrevAndNext(
			long mentorAssignmentId, long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
				orderByComparator)
		throws NoSuchMentorAssignmentException;

	/**
	 * Removes all the mentor assignments where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public void removeByGroupId(long groupId);

	/**
	 * Returns the number of mentor assignments where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching mentor assignments
	 */
	public int countByGroupId(long groupId);

	/**
	 * Returns the number of mentor assignments that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching mentor assignments that the user has permission to view
	 */
	public int filterCountByGroupId(long groupId);

	/**
	 * Returns all the mentor assignments where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the matching mentor assignments
	 */
	public java.util.List<MentorAssignment> findByG_S(
		long groupId, String status);

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
	public java.util.List<MentorAssignment> findByG_S(
		long groupId, String status, int start, int end);

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
	public java.util.List<MentorAssignment> findByG_S(
		long groupId, String status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
			orderByComparator);

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
	public java.util.List<MentorAssignment> findByG_S(
		long groupId, String status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first mentor assignment in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	public MentorAssignment findByG_S_First(
			long groupId, String status,
			com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
				orderByComparator)
		throws NoSuchMentorAssignmentException;

	/**
	 * Returns the first mentor assignment in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	public MentorAssignment fetchByG_S_First(
		long groupId, String status,
		com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
			orderByComparator);

	/**
	 * Returns the last mentor assignment in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	public MentorAssignment findByG_S_Last(
			long groupId, String status,
			com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
				orderByComparator)
		throws NoSuchMentorAssignmentException;

	/**
	 * Returns the last mentor assignment in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	public MentorAssignment fetchByG_S_Last(
		long groupId, String status,
		com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
			orderByComparator);

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
	public MentorAssignment[] findByG_S_PrevAndNext(
			long mentorAssignmentId, long groupId, String status,
			com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
				orderByComparator)
		throws NoSuchMentorAssignmentException;

	/**
	 * Returns all the mentor assignments that the user has permission to view where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the matching mentor assignments that the user has permission to view
	 */
	public java.util.List<MentorAssignment> filterFindByG_S(
		long groupId, String status);

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
	public java.util.List<MentorAssignment> filterFindByG_S(
		long groupId, String status, int start, int end);

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
	public java.util.List<MentorAssignment> filterFindByG_S(
		long groupId, String status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
			orderByComparator);

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
	public MentorAssignment[] filterFindByG_S_PrevAndNext(
			long mentorAssignmentId, long groupId, String status,
			com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
				orderByComparator)
		throws NoSuchMentorAssignmentException;

	/**
	 * Removes all the mentor assignments where groupId = &#63; and status = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 */
	public void removeByG_S(long groupId, String status);

	/**
	 * Returns the number of mentor assignments where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the number of matching mentor assignments
	 */
	public int countByG_S(long groupId, String status);

	/**
	 * Returns the number of mentor assignments that the user has permission to view where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the number of matching mentor assignments that the user has permission to view
	 */
	public int filterCountByG_S(long groupId, String status);

	/**
	 * Returns all the mentor assignments where supportedSchoolId = &#63;.
	 *
	 * @param supportedSchoolId the supported school ID
	 * @return the matching mentor assignments
	 */
	public java.util.List<MentorAssignment> findBySupportedSchoolId(
		long supportedSchoolId);

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
	public java.util.List<MentorAssignment> findBySupportedSchoolId(
		long supportedSchoolId, int start, int end);

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
	public java.util.List<MentorAssignment> findBySupportedSchoolId(
		long supportedSchoolId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
			orderByComparator);

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
	public java.util.List<MentorAssignment> findBySupportedSchoolId(
		long supportedSchoolId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first mentor assignment in the ordered set where supportedSchoolId = &#63;.
	 *
	 * @param supportedSchoolId the supported school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	public MentorAssignment findBySupportedSchoolId_First(
			long supportedSchoolId,
			com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
				orderByComparator)
		throws NoSuchMentorAssignmentException;

	/**
	 * Returns the first mentor assignment in the ordered set where supportedSchoolId = &#63;.
	 *
	 * @param supportedSchoolId the supported school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	public MentorAssignment fetchBySupportedSchoolId_First(
		long supportedSchoolId,
		com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
			orderByComparator);

	/**
	 * Returns the last mentor assignment in the ordered set where supportedSchoolId = &#63;.
	 *
	 * @param supportedSchoolId the supported school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	public MentorAssignment findBySupportedSchoolId_Last(
			long supportedSchoolId,
			com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
				orderByComparator)
		throws NoSuchMentorAssignmentException;

	/**
	 * Returns the last mentor assignment in the ordered set where supportedSchoolId = &#63;.
	 *
	 * @param supportedSchoolId the supported school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	public MentorAssignment fetchBySupportedSchoolId_Last(
		long supportedSchoolId,
		com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
			orderByComparator);

	/**
	 * Returns the mentor assignments before and after the current mentor assignment in the ordered set where supportedSchoolId = &#63;.
	 *
	 * @param mentorAssignmentId the primary key of the current mentor assignment
	 * @param supportedSchoolId the supported school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor assignment
	 * @throws NoSuchMentorAssignmentException if a mentor assignment with the primary key could not be found
	 */
	public MentorAssignment[] findBySupportedSchoolId_PrevAndNext(
			long mentorAssignmentId, long supportedSchoolId,
			com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
				orderByComparator)
		throws NoSuchMentorAssignmentException;

	/**
	 * Removes all the mentor assignments where supportedSchoolId = &#63; from the database.
	 *
	 * @param supportedSchoolId the supported school ID
	 */
	public void removeBySupportedSchoolId(long supportedSchoolId);

	/**
	 * Returns the number of mentor assignments where supportedSchoolId = &#63;.
	 *
	 * @param supportedSchoolId the supported school ID
	 * @return the number of matching mentor assignments
	 */
	public int countBySupportedSchoolId(long supportedSchoolId);

	/**
	 * Returns all the mentor assignments where mentorSchoolId = &#63;.
	 *
	 * @param mentorSchoolId the mentor school ID
	 * @return the matching mentor assignments
	 */
	public java.util.List<MentorAssignment> findByMentorSchoolId(
		long mentorSchoolId);

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
	public java.util.List<MentorAssignment> findByMentorSchoolId(
		long mentorSchoolId, int start, int end);

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
	public java.util.List<MentorAssignment> findByMentorSchoolId(
		long mentorSchoolId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
			orderByComparator);

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
	public java.util.List<MentorAssignment> findByMentorSchoolId(
		long mentorSchoolId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first mentor assignment in the ordered set where mentorSchoolId = &#63;.
	 *
	 * @param mentorSchoolId the mentor school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	public MentorAssignment findByMentorSchoolId_First(
			long mentorSchoolId,
			com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
				orderByComparator)
		throws NoSuchMentorAssignmentException;

	/**
	 * Returns the first mentor assignment in the ordered set where mentorSchoolId = &#63;.
	 *
	 * @param mentorSchoolId the mentor school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	public MentorAssignment fetchByMentorSchoolId_First(
		long mentorSchoolId,
		com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
			orderByComparator);

	/**
	 * Returns the last mentor assignment in the ordered set where mentorSchoolId = &#63;.
	 *
	 * @param mentorSchoolId the mentor school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	public MentorAssignment findByMentorSchoolId_Last(
			long mentorSchoolId,
			com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
				orderByComparator)
		throws NoSuchMentorAssignmentException;

	/**
	 * Returns the last mentor assignment in the ordered set where mentorSchoolId = &#63;.
	 *
	 * @param mentorSchoolId the mentor school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	public MentorAssignment fetchByMentorSchoolId_Last(
		long mentorSchoolId,
		com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
			orderByComparator);

	/**
	 * Returns the mentor assignments before and after the current mentor assignment in the ordered set where mentorSchoolId = &#63;.
	 *
	 * @param mentorAssignmentId the primary key of the current mentor assignment
	 * @param mentorSchoolId the mentor school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor assignment
	 * @throws NoSuchMentorAssignmentException if a mentor assignment with the primary key could not be found
	 */
	public MentorAssignment[] findByMentorSchoolId_PrevAndNext(
			long mentorAssignmentId, long mentorSchoolId,
			com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
				orderByComparator)
		throws NoSuchMentorAssignmentException;

	/**
	 * Removes all the mentor assignments where mentorSchoolId = &#63; from the database.
	 *
	 * @param mentorSchoolId the mentor school ID
	 */
	public void removeByMentorSchoolId(long mentorSchoolId);

	/**
	 * Returns the number of mentor assignments where mentorSchoolId = &#63;.
	 *
	 * @param mentorSchoolId the mentor school ID
	 * @return the number of matching mentor assignments
	 */
	public int countByMentorSchoolId(long mentorSchoolId);

	/**
	 * Returns all the mentor assignments where curatorUserId = &#63;.
	 *
	 * @param curatorUserId the curator user ID
	 * @return the matching mentor assignments
	 */
	public java.util.List<MentorAssignment> findByCuratorUserId(
		long curatorUserId);

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
	public java.util.List<MentorAssignment> findByCuratorUserId(
		long curatorUserId, int start, int end);

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
	public java.util.List<MentorAssignment> findByCuratorUserId(
		long curatorUserId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
			orderByComparator);

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
	public java.util.List<MentorAssignment> findByCuratorUserId(
		long curatorUserId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first mentor assignment in the ordered set where curatorUserId = &#63;.
	 *
	 * @param curatorUserId the curator user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	public MentorAssignment findByCuratorUserId_First(
			long curatorUserId,
			com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
				orderByComparator)
		throws NoSuchMentorAssignmentException;

	/**
	 * Returns the first mentor assignment in the ordered set where curatorUserId = &#63;.
	 *
	 * @param curatorUserId the curator user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	public MentorAssignment fetchByCuratorUserId_First(
		long curatorUserId,
		com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
			orderByComparator);

	/**
	 * Returns the last mentor assignment in the ordered set where curatorUserId = &#63;.
	 *
	 * @param curatorUserId the curator user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	public MentorAssignment findByCuratorUserId_Last(
			long curatorUserId,
			com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
				orderByComparator)
		throws NoSuchMentorAssignmentException;

	/**
	 * Returns the last mentor assignment in the ordered set where curatorUserId = &#63;.
	 *
	 * @param curatorUserId the curator user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	public MentorAssignment fetchByCuratorUserId_Last(
		long curatorUserId,
		com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
			orderByComparator);

	/**
	 * Returns the mentor assignments before and after the current mentor assignment in the ordered set where curatorUserId = &#63;.
	 *
	 * @param mentorAssignmentId the primary key of the current mentor assignment
	 * @param curatorUserId the curator user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor assignment
	 * @throws NoSuchMentorAssignmentException if a mentor assignment with the primary key could not be found
	 */
	public MentorAssignment[] findByCuratorUserId_PrevAndNext(
			long mentorAssignmentId, long curatorUserId,
			com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
				orderByComparator)
		throws NoSuchMentorAssignmentException;

	/**
	 * Removes all the mentor assignments where curatorUserId = &#63; from the database.
	 *
	 * @param curatorUserId the curator user ID
	 */
	public void removeByCuratorUserId(long curatorUserId);

	/**
	 * Returns the number of mentor assignments where curatorUserId = &#63;.
	 *
	 * @param curatorUserId the curator user ID
	 * @return the number of matching mentor assignments
	 */
	public int countByCuratorUserId(long curatorUserId);

	/**
	 * Returns all the mentor assignments where teacherMentorUserId = &#63;.
	 *
	 * @param teacherMentorUserId the teacher mentor user ID
	 * @return the matching mentor assignments
	 */
	public java.util.List<MentorAssignment> findByTeacherMentorUserId(
		long teacherMentorUserId);

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
	public java.util.List<MentorAssignment> findByTeacherMentorUserId(
		long teacherMentorUserId, int start, int end);

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
	public java.util.List<MentorAssignment> findByTeacherMentorUserId(
		long teacherMentorUserId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
			orderByComparator);

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
	public java.util.List<MentorAssignment> findByTeacherMentorUserId(
		long teacherMentorUserId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first mentor assignment in the ordered set where teacherMentorUserId = &#63;.
	 *
	 * @param teacherMentorUserId the teacher mentor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	public MentorAssignment findByTeacherMentorUserId_First(
			long teacherMentorUserId,
			com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
				orderByComparator)
		throws NoSuchMentorAssignmentException;

	/**
	 * Returns the first mentor assignment in the ordered set where teacherMentorUserId = &#63;.
	 *
	 * @param teacherMentorUserId the teacher mentor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	public MentorAssignment fetchByTeacherMentorUserId_First(
		long teacherMentorUserId,
		com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
			orderByComparator);

	/**
	 * Returns the last mentor assignment in the ordered set where teacherMentorUserId = &#63;.
	 *
	 * @param teacherMentorUserId the teacher mentor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	public MentorAssignment findByTeacherMentorUserId_Last(
			long teacherMentorUserId,
			com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
				orderByComparator)
		throws NoSuchMentorAssignmentException;

	/**
	 * Returns the last mentor assignment in the ordered set where teacherMentorUserId = &#63;.
	 *
	 * @param teacherMentorUserId the teacher mentor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	public MentorAssignment fetchByTeacherMentorUserId_Last(
		long teacherMentorUserId,
		com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
			orderByComparator);

	/**
	 * Returns the mentor assignments before and after the current mentor assignment in the ordered set where teacherMentorUserId = &#63;.
	 *
	 * @param mentorAssignmentId the primary key of the current mentor assignment
	 * @param teacherMentorUserId the teacher mentor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor assignment
	 * @throws NoSuchMentorAssignmentException if a mentor assignment with the primary key could not be found
	 */
	public MentorAssignment[] findByTeacherMentorUserId_PrevAndNext(
			long mentorAssignmentId, long teacherMentorUserId,
			com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
				orderByComparator)
		throws NoSuchMentorAssignmentException;

	/**
	 * Removes all the mentor assignments where teacherMentorUserId = &#63; from the database.
	 *
	 * @param teacherMentorUserId the teacher mentor user ID
	 */
	public void removeByTeacherMentorUserId(long teacherMentorUserId);

	/**
	 * Returns the number of mentor assignments where teacherMentorUserId = &#63;.
	 *
	 * @param teacherMentorUserId the teacher mentor user ID
	 * @return the number of matching mentor assignments
	 */
	public int countByTeacherMentorUserId(long teacherMentorUserId);

	/**
	 * Caches the mentor assignment in the entity cache if it is enabled.
	 *
	 * @param mentorAssignment the mentor assignment
	 */
	public void cacheResult(MentorAssignment mentorAssignment);

	/**
	 * Caches the mentor assignments in the entity cache if it is enabled.
	 *
	 * @param mentorAssignments the mentor assignments
	 */
	public void cacheResult(java.util.List<MentorAssignment> mentorAssignments);

	/**
	 * Creates a new mentor assignment with the primary key. Does not add the mentor assignment to the database.
	 *
	 * @param mentorAssignmentId the primary key for the new mentor assignment
	 * @return the new mentor assignment
	 */
	public MentorAssignment create(long mentorAssignmentId);

	/**
	 * Removes the mentor assignment with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param mentorAssignmentId the primary key of the mentor assignment
	 * @return the mentor assignment that was removed
	 * @throws NoSuchMentorAssignmentException if a mentor assignment with the primary key could not be found
	 */
	public MentorAssignment remove(long mentorAssignmentId)
		throws NoSuchMentorAssignmentException;

	public MentorAssignment updateImpl(MentorAssignment mentorAssignment);

	/**
	 * Returns the mentor assignment with the primary key or throws a <code>NoSuchMentorAssignmentException</code> if it could not be found.
	 *
	 * @param mentorAssignmentId the primary key of the mentor assignment
	 * @return the mentor assignment
	 * @throws NoSuchMentorAssignmentException if a mentor assignment with the primary key could not be found
	 */
	public MentorAssignment findByPrimaryKey(long mentorAssignmentId)
		throws NoSuchMentorAssignmentException;

	/**
	 * Returns the mentor assignment with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param mentorAssignmentId the primary key of the mentor assignment
	 * @return the mentor assignment, or <code>null</code> if a mentor assignment with the primary key could not be found
	 */
	public MentorAssignment fetchByPrimaryKey(long mentorAssignmentId);

	/**
	 * Returns all the mentor assignments.
	 *
	 * @return the mentor assignments
	 */
	public java.util.List<MentorAssignment> findAll();

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
	public java.util.List<MentorAssignment> findAll(int start, int end);

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
	public java.util.List<MentorAssignment> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
			orderByComparator);

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
	public java.util.List<MentorAssignment> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorAssignment>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the mentor assignments from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of mentor assignments.
	 *
	 * @return the number of mentor assignments
	 */
	public int countAll();

}