/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.mentoring.exception.NoSuchSupportEventException;
import ru.opora.mentoring.model.SupportEvent;

/**
 * The persistence interface for the support event service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see SupportEventUtil
 * @generated
 */
@ProviderType
public interface SupportEventPersistence extends BasePersistence<SupportEvent> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link SupportEventUtil} to access the support event persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the support events where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @return the matching support events
	 */
	public java.util.List<SupportEvent> findByMentorAssignmentId(
		long mentorAssignmentId);

	/**
	 * Returns a range of all the support events where mentorAssignmentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SupportEventModelImpl</code>.
	 * </p>
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param start the lower bound of the range of support events
	 * @param end the upper bound of the range of support events (not inclusive)
	 * @return the range of matching support events
	 */
	public java.util.List<SupportEvent> findByMentorAssignmentId(
		long mentorAssignmentId, int start, int end);

	/**
	 * Returns an ordered range of all the support events where mentorAssignmentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SupportEventModelImpl</code>.
	 * </p>
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param start the lower bound of the range of support events
	 * @param end the upper bound of the range of support events (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching support events
	 */
	public java.util.List<SupportEvent> findByMentorAssignmentId(
		long mentorAssignmentId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SupportEvent>
			orderByComparator);

	/**
	 * Returns an ordered range of all the support events where mentorAssignmentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SupportEventModelImpl</code>.
	 * </p>
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param start the lower bound of the range of support events
	 * @param end the upper bound of the range of support events (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching support events
	 */
	public java.util.List<SupportEvent> findByMentorAssignmentId(
		long mentorAssignmentId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SupportEvent>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first support event in the ordered set where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching support event
	 * @throws NoSuchSupportEventException if a matching support event could not be found
	 */
	public SupportEvent findByMentorAssignmentId_First(
			long mentorAssignmentId,
			com.liferay.portal.kernel.util.OrderByComparator<SupportEvent>
				orderByComparator)
		throws NoSuchSupportEventException;

	/**
	 * Returns the first support event in the ordered set where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching support event, or <code>null</code> if a matching support event could not be found
	 */
	public SupportEvent fetchByMentorAssignmentId_First(
		long mentorAssignmentId,
		com.liferay.portal.kernel.util.OrderByComparator<SupportEvent>
			orderByComparator);

	/**
	 * Returns the last support event in the ordered set where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching support event
	 * @throws NoSuchSupportEventException if a matching support event could not be found
	 */
	public SupportEvent findByMentorAssignmentId_Last(
			long mentorAssignmentId,
			com.liferay.portal.kernel.util.OrderByComparator<SupportEvent>
				orderByComparator)
		throws NoSuchSupportEventException;

	/**
	 * Returns the last support event in the ordered set where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching support event, or <code>null</code> if a matching support event could not be found
	 */
	public SupportEvent fetchByMentorAssignmentId_Last(
		long mentorAssignmentId,
		com.liferay.portal.kernel.util.OrderByComparator<SupportEvent>
			orderByComparator);

	/**
	 * Returns the support events before and after the current support event in the ordered set where mentorAssignmentId = &#63;.
	 *
	 * @param supportEventId the primary key of the current support event
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next support event
	 * @throws NoSuchSupportEventException if a support event with the primary key could not be found
	 */
	public SupportEvent[] findByMentorAssignmentId_PrevAndNext(
			long supportEventId, long mentorAssignmentId,
			com.liferay.portal.kernel.util.OrderByComparator<SupportEvent>
				orderByComparator)
		throws NoSuchSupportEventException;

	/**
	 * Removes all the support events where mentorAssignmentId = &#63; from the database.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 */
	public void removeByMentorAssignmentId(long mentorAssignmentId);

	/**
	 * Returns the number of support events where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @return the number of matching support events
	 */
	public int countByMentorAssignmentId(long mentorAssignmentId);

	/**
	 * Returns all the support events where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the matching support events
	 */
	public java.util.List<SupportEvent> findByG_S(long groupId, String status);

	/**
	 * Returns a range of all the support events where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SupportEventModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of support events
	 * @param end the upper bound of the range of support events (not inclusive)
	 * @return the range of matching support events
	 */
	public java.util.List<SupportEvent> findByG_S(
		long groupId, String status, int start, int end);

	/**
	 * Returns an ordered range of all the support events where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SupportEventModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of support events
	 * @param end the upper bound of the range of support events (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching support events
	 */
	public java.util.List<SupportEvent> findByG_S(
		long groupId, String status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SupportEvent>
			orderByComparator);

	/**
	 * Returns an ordered range of all the support events where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SupportEventModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of support events
	 * @param end the upper bound of the range of support events (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching support events
	 */
	public java.util.List<SupportEvent> findByG_S(
		long groupId, String status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SupportEvent>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first support event in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching support event
	 * @throws NoSuchSupportEventException if a matching support event could not be found
	 */
	public SupportEvent findByG_S_First(
			long groupId, String status,
			com.liferay.portal.kernel.util.OrderByComparator<SupportEvent>
				orderByComparator)
		throws NoSuchSupportEventException;

	/**
	 * Returns the first support event in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching support event, or <code>null</code> if a matching support event could not be found
	 */
	public SupportEvent fetchByG_S_First(
		long groupId, String status,
		com.liferay.portal.kernel.util.OrderByComparator<SupportEvent>
			orderByComparator);

	/**
	 * Returns the last support event in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching support event
	 * @throws NoSuchSupportEventException if a matching support event could not be found
	 */
	public SupportEvent findByG_S_Last(
			long groupId, String status,
			com.liferay.portal.kernel.util.OrderByComparator<SupportEvent>
				orderByComparator)
		throws NoSuchSupportEventException;

	/**
	 * Returns the last support event in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching support event, or <code>null</code> if a matching support event could not be found
	 */
	public SupportEvent fetchByG_S_Last(
		long groupId, String status,
		com.liferay.portal.kernel.util.OrderByComparator<SupportEvent>
			orderByComparator);

	/**
	 * Returns the support events before and after the current support event in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param supportEventId the primary key of the current support event
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next support event
	 * @throws NoSuchSupportEventException if a support event with the primary key could not be found
	 */
	public SupportEvent[] findByG_S_PrevAndNext(
			long supportEventId, long groupId, String status,
			com.liferay.portal.kernel.util.OrderByComparator<SupportEvent>
				orderByComparator)
		throws NoSuchSupportEventException;

	/**
	 * Removes all the support events where groupId = &#63; and status = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 */
	public void removeByG_S(long groupId, String status);

	/**
	 * Returns the number of support events where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the number of matching support events
	 */
	public int countByG_S(long groupId, String status);

	/**
	 * Returns all the support events where status = &#63;.
	 *
	 * @param status the status
	 * @return the matching support events
	 */
	public java.util.List<SupportEvent> findByStatus(String status);

	/**
	 * Returns a range of all the support events where status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SupportEventModelImpl</code>.
	 * </p>
	 *
	 * @param status the status
	 * @param start the lower bound of the range of support events
	 * @param end the upper bound of the range of support events (not inclusive)
	 * @return the range of matching support events
	 */
	public java.util.List<SupportEvent> findByStatus(
		String status, int start, int end);

	/**
	 * Returns an ordered range of all the support events where status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SupportEventModelImpl</code>.
	 * </p>
	 *
	 * @param status the status
	 * @param start the lower bound of the range of support events
	 * @param end the upper bound of the range of support events (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching support events
	 */
	public java.util.List<SupportEvent> findByStatus(
		String status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SupportEvent>
			orderByComparator);

	/**
	 * Returns an ordered range of all the support events where status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SupportEventModelImpl</code>.
	 * </p>
	 *
	 * @param status the status
	 * @param start the lower bound of the range of support events
	 * @param end the upper bound of the range of support events (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching support events
	 */
	public java.util.List<SupportEvent> findByStatus(
		String status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SupportEvent>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first support event in the ordered set where status = &#63;.
	 *
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching support event
	 * @throws NoSuchSupportEventException if a matching support event could not be found
	 */
	public SupportEvent findByStatus_First(
			String status,
			com.liferay.portal.kernel.util.OrderByComparator<SupportEvent>
				orderByComparator)
		throws NoSuchSupportEventException;

	/**
	 * Returns the first support event in the ordered set where status = &#63;.
	 *
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching support event, or <code>null</code> if a matching support event could not be found
	 */
	public SupportEvent fetchByStatus_First(
		String status,
		com.liferay.portal.kernel.util.OrderByComparator<SupportEvent>
			orderByComparator);

	/**
	 * Returns the last support event in the ordered set where status = &#63;.
	 *
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching support event
	 * @throws NoSuchSupportEventException if a matching support event could not be found
	 */
	public SupportEvent findByStatus_Last(
			String status,
			com.liferay.portal.kernel.util.OrderByComparator<SupportEvent>
				orderByComparator)
		throws NoSuchSupportEventException;

	/**
	 * Returns the last support event in the ordered set where status = &#63;.
	 *
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching support event, or <code>null</code> if a matching support event could not be found
	 */
	public SupportEvent fetchByStatus_Last(
		String status,
		com.liferay.portal.kernel.util.OrderByComparator<SupportEvent>
			orderByComparator);

	/**
	 * Returns the support events before and after the current support event in the ordered set where status = &#63;.
	 *
	 * @param supportEventId the primary key of the current support event
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next support event
	 * @throws NoSuchSupportEventException if a support event with the primary key could not be found
	 */
	public SupportEvent[] findByStatus_PrevAndNext(
			long supportEventId, String status,
			com.liferay.portal.kernel.util.OrderByComparator<SupportEvent>
				orderByComparator)
		throws NoSuchSupportEventException;

	/**
	 * Removes all the support events where status = &#63; from the database.
	 *
	 * @param status the status
	 */
	public void removeByStatus(String status);

	/**
	 * Returns the number of support events where status = &#63;.
	 *
	 * @param status the status
	 * @return the number of matching support events
	 */
	public int countByStatus(String status);

	/**
	 * Caches the support event in the entity cache if it is enabled.
	 *
	 * @param supportEvent the support event
	 */
	public void cacheResult(SupportEvent supportEvent);

	/**
	 * Caches the support events in the entity cache if it is enabled.
	 *
	 * @param supportEvents the support events
	 */
	public void cacheResult(java.util.List<SupportEvent> supportEvents);

	/**
	 * Creates a new support event with the primary key. Does not add the support event to the database.
	 *
	 * @param supportEventId the primary key for the new support event
	 * @return the new support event
	 */
	public SupportEvent create(long supportEventId);

	/**
	 * Removes the support event with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param supportEventId the primary key of the support event
	 * @return the support event that was removed
	 * @throws NoSuchSupportEventException if a support event with the primary key could not be found
	 */
	public SupportEvent remove(long supportEventId)
		throws NoSuchSupportEventException;

	public SupportEvent updateImpl(SupportEvent supportEvent);

	/**
	 * Returns the support event with the primary key or throws a <code>NoSuchSupportEventException</code> if it could not be found.
	 *
	 * @param supportEventId the primary key of the support event
	 * @return the support event
	 * @throws NoSuchSupportEventException if a support event with the primary key could not be found
	 */
	public SupportEvent findByPrimaryKey(long supportEventId)
		throws NoSuchSupportEventException;

	/**
	 * Returns the support event with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param supportEventId the primary key of the support event
	 * @return the support event, or <code>null</code> if a support event with the primary key could not be found
	 */
	public SupportEvent fetchByPrimaryKey(long supportEventId);

	/**
	 * Returns all the support events.
	 *
	 * @return the support events
	 */
	public java.util.List<SupportEvent> findAll();

	/**
	 * Returns a range of all the support events.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SupportEventModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of support events
	 * @param end the upper bound of the range of support events (not inclusive)
	 * @return the range of support events
	 */
	public java.util.List<SupportEvent> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the support events.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SupportEventModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of support events
	 * @param end the upper bound of the range of support events (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of support events
	 */
	public java.util.List<SupportEvent> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SupportEvent>
			orderByComparator);

	/**
	 * Returns an ordered range of all the support events.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SupportEventModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of support events
	 * @param end the upper bound of the range of support events (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of support events
	 */
	public java.util.List<SupportEvent> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SupportEvent>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the support events from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of support events.
	 *
	 * @return the number of support events
	 */
	public int countAll();

}