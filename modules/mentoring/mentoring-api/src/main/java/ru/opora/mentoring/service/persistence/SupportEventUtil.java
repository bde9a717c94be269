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

import ru.opora.mentoring.model.SupportEvent;

/**
 * The persistence utility for the support event service. This utility wraps <code>ru.opora.mentoring.service.persistence.impl.SupportEventPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see SupportEventPersistence
 * @generated
 */
public class SupportEventUtil {

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
	public static void clearCache(SupportEvent supportEvent) {
		getPersistence().clearCache(supportEvent);
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
	public static Map<Serializable, SupportEvent> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<SupportEvent> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<SupportEvent> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<SupportEvent> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<SupportEvent> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static SupportEvent update(SupportEvent supportEvent) {
		return getPersistence().update(supportEvent);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static SupportEvent update(
		SupportEvent supportEvent, ServiceContext serviceContext) {

		return getPersistence().update(supportEvent, serviceContext);
	}

	/**
	 * Returns all the support events where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @return the matching support events
	 */
	public static List<SupportEvent> findByMentorAssignmentId(
		long mentorAssignmentId) {

		return getPersistence().findByMentorAssignmentId(mentorAssignmentId);
	}

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
	public static List<SupportEvent> findByMentorAssignmentId(
		long mentorAssignmentId, int start, int end) {

		return getPersistence().findByMentorAssignmentId(
			mentorAssignmentId, start, end);
	}

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
	public static List<SupportEvent> findByMentorAssignmentId(
		long mentorAssignmentId, int start, int end,
		OrderByComparator<SupportEvent> orderByComparator) {

		return getPersistence().findByMentorAssignmentId(
			mentorAssignmentId, start, end, orderByComparator);
	}

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
	public static List<SupportEvent> findByMentorAssignmentId(
		long mentorAssignmentId, int start, int end,
		OrderByComparator<SupportEvent> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByMentorAssignmentId(
			mentorAssignmentId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first support event in the ordered set where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching support event
	 * @throws NoSuchSupportEventException if a matching support event could not be found
	 */
	public static SupportEvent findByMentorAssignmentId_First(
			long mentorAssignmentId,
			OrderByComparator<SupportEvent> orderByComparator)
		throws ru.opora.mentoring.exception.NoSuchSupportEventException {

		return getPersistence().findByMentorAssignmentId_First(
			mentorAssignmentId, orderByComparator);
	}

	/**
	 * Returns the first support event in the ordered set where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching support event, or <code>null</code> if a matching support event could not be found
	 */
	public static SupportEvent fetchByMentorAssignmentId_First(
		long mentorAssignmentId,
		OrderByComparator<SupportEvent> orderByComparator) {

		return getPersistence().fetchByMentorAssignmentId_First(
			mentorAssignmentId, orderByComparator);
	}

	/**
	 * Returns the last support event in the ordered set where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching support event
	 * @throws NoSuchSupportEventException if a matching support event could not be found
	 */
	public static SupportEvent findByMentorAssignmentId_Last(
			long mentorAssignmentId,
			OrderByComparator<SupportEvent> orderByComparator)
		throws ru.opora.mentoring.exception.NoSuchSupportEventException {

		return getPersistence().findByMentorAssignmentId_Last(
			mentorAssignmentId, orderByComparator);
	}

	/**
	 * Returns the last support event in the ordered set where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching support event, or <code>null</code> if a matching support event could not be found
	 */
	public static SupportEvent fetchByMentorAssignmentId_Last(
		long mentorAssignmentId,
		OrderByComparator<SupportEvent> orderByComparator) {

		return getPersistence().fetchByMentorAssignmentId_Last(
			mentorAssignmentId, orderByComparator);
	}

	/**
	 * Returns the support events before and after the current support event in the ordered set where mentorAssignmentId = &#63;.
	 *
	 * @param supportEventId the primary key of the current support event
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next support event
	 * @throws NoSuchSupportEventException if a support event with the primary key could not be found
	 */
	public static SupportEvent[] findByMentorAssignmentId_PrevAndNext(
			long supportEventId, long mentorAssignmentId,
			OrderByComparator<SupportEvent> orderByComparator)
		throws ru.opora.mentoring.exception.NoSuchSupportEventException {

		return getPersistence().findByMentorAssignmentId_PrevAndNext(
			supportEventId, mentorAssignmentId, orderByComparator);
	}

	/**
	 * Removes all the support events where mentorAssignmentId = &#63; from the database.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 */
	public static void removeByMentorAssignmentId(long mentorAssignmentId) {
		getPersistence().removeByMentorAssignmentId(mentorAssignmentId);
	}

	/**
	 * Returns the number of support events where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @return the number of matching support events
	 */
	public static int countByMentorAssignmentId(long mentorAssignmentId) {
		return getPersistence().countByMentorAssignmentId(mentorAssignmentId);
	}

	/**
	 * Returns all the support events where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the matching support events
	 */
	public static List<SupportEvent> findByG_S(long groupId, String status) {
		return getPersistence().findByG_S(groupId, status);
	}

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
	public static List<SupportEvent> findByG_S(
		long groupId, String status, int start, int end) {

		return getPersistence().findByG_S(groupId, status, start, end);
	}

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
	public static List<SupportEvent> findByG_S(
		long groupId, String status, int start, int end,
		OrderByComparator<SupportEvent> orderByComparator) {

		return getPersistence().findByG_S(
			groupId, status, start, end, orderByComparator);
	}

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
	public static List<SupportEvent> findByG_S(
		long groupId, String status, int start, int end,
		OrderByComparator<SupportEvent> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByG_S(
			groupId, status, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first support event in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching support event
	 * @throws NoSuchSupportEventException if a matching support event could not be found
	 */
	public static SupportEvent findByG_S_First(
			long groupId, String status,
			OrderByComparator<SupportEvent> orderByComparator)
		throws ru.opora.mentoring.exception.NoSuchSupportEventException {

		return getPersistence().findByG_S_First(
			groupId, status, orderByComparator);
	}

	/**
	 * Returns the first support event in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching support event, or <code>null</code> if a matching support event could not be found
	 */
	public static SupportEvent fetchByG_S_First(
		long groupId, String status,
		OrderByComparator<SupportEvent> orderByComparator) {

		return getPersistence().fetchByG_S_First(
			groupId, status, orderByComparator);
	}

	/**
	 * Returns the last support event in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching support event
	 * @throws NoSuchSupportEventException if a matching support event could not be found
	 */
	public static SupportEvent findByG_S_Last(
			long groupId, String status,
			OrderByComparator<SupportEvent> orderByComparator)
		throws ru.opora.mentoring.exception.NoSuchSupportEventException {

		return getPersistence().findByG_S_Last(
			groupId, status, orderByComparator);
	}

	/**
	 * Returns the last support event in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching support event, or <code>null</code> if a matching support event could not be found
	 */
	public static SupportEvent fetchByG_S_Last(
		long groupId, String status,
		OrderByComparator<SupportEvent> orderByComparator) {

		return getPersistence().fetchByG_S_Last(
			groupId, status, orderByComparator);
	}

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
	public static SupportEvent[] findByG_S_PrevAndNext(
			long supportEventId, long groupId, String status,
			OrderByComparator<SupportEvent> orderByComparator)
		throws ru.opora.mentoring.exception.NoSuchSupportEventException {

		return getPersistence().findByG_S_PrevAndNext(
			supportEventId, groupId, status, orderByComparator);
	}

	/**
	 * Removes all the support events where groupId = &#63; and status = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 */
	public static void removeByG_S(long groupId, String status) {
		getPersistence().removeByG_S(groupId, status);
	}

	/**
	 * Returns the number of support events where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the number of matching support events
	 */
	public static int countByG_S(long groupId, String status) {
		return getPersistence().countByG_S(groupId, status);
	}

	/**
	 * Returns all the support events where status = &#63;.
	 *
	 * @param status the status
	 * @return the matching support events
	 */
	public static List<SupportEvent> findByStatus(String status) {
		return getPersistence().findByStatus(status);
	}

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
	public static List<SupportEvent> findByStatus(
		String status, int start, int end) {

		return getPersistence().findByStatus(status, start, end);
	}

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
	public static List<SupportEvent> findByStatus(
		String status, int start, int end,
		OrderByComparator<SupportEvent> orderByComparator) {

		return getPersistence().findByStatus(
			status, start, end, orderByComparator);
	}

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
	public static List<SupportEvent> findByStatus(
		String status, int start, int end,
		OrderByComparator<SupportEvent> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByStatus(
			status, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first support event in the ordered set where status = &#63;.
	 *
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching support event
	 * @throws NoSuchSupportEventException if a matching support event could not be found
	 */
	public static SupportEvent findByStatus_First(
			String status, OrderByComparator<SupportEvent> orderByComparator)
		throws ru.opora.mentoring.exception.NoSuchSupportEventException {

		return getPersistence().findByStatus_First(status, orderByComparator);
	}

	/**
	 * Returns the first support event in the ordered set where status = &#63;.
	 *
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching support event, or <code>null</code> if a matching support event could not be found
	 */
	public static SupportEvent fetchByStatus_First(
		String status, OrderByComparator<SupportEvent> orderByComparator) {

		return getPersistence().fetchByStatus_First(status, orderByComparator);
	}

	/**
	 * Returns the last support event in the ordered set where status = &#63;.
	 *
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching support event
	 * @throws NoSuchSupportEventException if a matching support event could not be found
	 */
	public static SupportEvent findByStatus_Last(
			String status, OrderByComparator<SupportEvent> orderByComparator)
		throws ru.opora.mentoring.exception.NoSuchSupportEventException {

		return getPersistence().findByStatus_Last(status, orderByComparator);
	}

	/**
	 * Returns the last support event in the ordered set where status = &#63;.
	 *
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching support event, or <code>null</code> if a matching support event could not be found
	 */
	public static SupportEvent fetchByStatus_Last(
		String status, OrderByComparator<SupportEvent> orderByComparator) {

		return getPersistence().fetchByStatus_Last(status, orderByComparator);
	}

	/**
	 * Returns the support events before and after the current support event in the ordered set where status = &#63;.
	 *
	 * @param supportEventId the primary key of the current support event
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next support event
	 * @throws NoSuchSupportEventException if a support event with the primary key could not be found
	 */
	public static SupportEvent[] findByStatus_PrevAndNext(
			long supportEventId, String status,
			OrderByComparator<SupportEvent> orderByComparator)
		throws ru.opora.mentoring.exception.NoSuchSupportEventException {

		return getPersistence().findByStatus_PrevAndNext(
			supportEventId, status, orderByComparator);
	}

	/**
	 * Removes all the support events where status = &#63; from the database.
	 *
	 * @param status the status
	 */
	public static void removeByStatus(String status) {
		getPersistence().removeByStatus(status);
	}

	/**
	 * Returns the number of support events where status = &#63;.
	 *
	 * @param status the status
	 * @return the number of matching support events
	 */
	public static int countByStatus(String status) {
		return getPersistence().countByStatus(status);
	}

	/**
	 * Caches the support event in the entity cache if it is enabled.
	 *
	 * @param supportEvent the support event
	 */
	public static void cacheResult(SupportEvent supportEvent) {
		getPersistence().cacheResult(supportEvent);
	}

	/**
	 * Caches the support events in the entity cache if it is enabled.
	 *
	 * @param supportEvents the support events
	 */
	public static void cacheResult(List<SupportEvent> supportEvents) {
		getPersistence().cacheResult(supportEvents);
	}

	/**
	 * Creates a new support event with the primary key. Does not add the support event to the database.
	 *
	 * @param supportEventId the primary key for the new support event
	 * @return the new support event
	 */
	public static SupportEvent create(long supportEventId) {
		return getPersistence().create(supportEventId);
	}

	/**
	 * Removes the support event with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param supportEventId the primary key of the support event
	 * @return the support event that was removed
	 * @throws NoSuchSupportEventException if a support event with the primary key could not be found
	 */
	public static SupportEvent remove(long supportEventId)
		throws ru.opora.mentoring.exception.NoSuchSupportEventException {

		return getPersistence().remove(supportEventId);
	}

	public static SupportEvent updateImpl(SupportEvent supportEvent) {
		return getPersistence().updateImpl(supportEvent);
	}

	/**
	 * Returns the support event with the primary key or throws a <code>NoSuchSupportEventException</code> if it could not be found.
	 *
	 * @param supportEventId the primary key of the support event
	 * @return the support event
	 * @throws NoSuchSupportEventException if a support event with the primary key could not be found
	 */
	public static SupportEvent findByPrimaryKey(long supportEventId)
		throws ru.opora.mentoring.exception.NoSuchSupportEventException {

		return getPersistence().findByPrimaryKey(supportEventId);
	}

	/**
	 * Returns the support event with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param supportEventId the primary key of the support event
	 * @return the support event, or <code>null</code> if a support event with the primary key could not be found
	 */
	public static SupportEvent fetchByPrimaryKey(long supportEventId) {
		return getPersistence().fetchByPrimaryKey(supportEventId);
	}

	/**
	 * Returns all the support events.
	 *
	 * @return the support events
	 */
	public static List<SupportEvent> findAll() {
		return getPersistence().findAll();
	}

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
	public static List<SupportEvent> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

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
	public static List<SupportEvent> findAll(
		int start, int end, OrderByComparator<SupportEvent> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

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
	public static List<SupportEvent> findAll(
		int start, int end, OrderByComparator<SupportEvent> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the support events from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of support events.
	 *
	 * @return the number of support events
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static SupportEventPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(SupportEventPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile SupportEventPersistence _persistence;

}