/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.service;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.module.service.Snapshot;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;

import ru.opora.mentoring.model.SupportEvent;

/**
 * Provides the local service utility for SupportEvent. This utility wraps
 * <code>ru.opora.mentoring.service.impl.SupportEventLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Opora
 * @see SupportEventLocalService
 * @generated
 */
public class SupportEventLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>ru.opora.mentoring.service.impl.SupportEventLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * Plans an event of a proposed or active assignment, inside its period.
	 */
	public static SupportEvent addSupportEvent(
			long userId, long mentorAssignmentId,
			ru.opora.domain.mentoring.assignment.SupportEventData
				supportEventData,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addSupportEvent(
			userId, mentorAssignmentId, supportEventData, serviceContext);
	}

	/**
	 * Adds the support event to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SupportEventLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param supportEvent the support event
	 * @return the support event that was added
	 */
	public static SupportEvent addSupportEvent(SupportEvent supportEvent) {
		return getService().addSupportEvent(supportEvent);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel createPersistedModel(
			Serializable primaryKeyObj)
		throws PortalException {

		return getService().createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new support event with the primary key. Does not add the support event to the database.
	 *
	 * @param supportEventId the primary key for the new support event
	 * @return the new support event
	 */
	public static SupportEvent createSupportEvent(long supportEventId) {
		return getService().createSupportEvent(supportEventId);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel deletePersistedModel(
			PersistedModel persistedModel)
		throws PortalException {

		return getService().deletePersistedModel(persistedModel);
	}

	/**
	 * Deletes the support event with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SupportEventLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param supportEventId the primary key of the support event
	 * @return the support event that was removed
	 * @throws PortalException if a support event with the primary key could not be found
	 */
	public static SupportEvent deleteSupportEvent(long supportEventId)
		throws PortalException {

		return getService().deleteSupportEvent(supportEventId);
	}

	/**
	 * Deletes the support event from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SupportEventLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param supportEvent the support event
	 * @return the support event that was removed
	 */
	public static SupportEvent deleteSupportEvent(SupportEvent supportEvent) {
		return getService().deleteSupportEvent(supportEvent);
	}

	public static <T> T dslQuery(DSLQuery dslQuery) {
		return getService().dslQuery(dslQuery);
	}

	public static int dslQueryCount(DSLQuery dslQuery) {
		return getService().dslQueryCount(dslQuery);
	}

	public static DynamicQuery dynamicQuery() {
		return getService().dynamicQuery();
	}

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	public static <T> List<T> dynamicQuery(DynamicQuery dynamicQuery) {
		return getService().dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.mentoring.model.impl.SupportEventModelImpl</code>.
	 * </p>
	 *
	 * @param dynamicQuery the dynamic query
	 * @param start the lower bound of the range of model instances
	 * @param end the upper bound of the range of model instances (not inclusive)
	 * @return the range of matching rows
	 */
	public static <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getService().dynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.mentoring.model.impl.SupportEventModelImpl</code>.
	 * </p>
	 *
	 * @param dynamicQuery the dynamic query
	 * @param start the lower bound of the range of model instances
	 * @param end the upper bound of the range of model instances (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching rows
	 */
	public static <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<T> orderByComparator) {

		return getService().dynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	public static long dynamicQueryCount(DynamicQuery dynamicQuery) {
		return getService().dynamicQueryCount(dynamicQuery);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	public static long dynamicQueryCount(
		DynamicQuery dynamicQuery,
		com.liferay.portal.kernel.dao.orm.Projection projection) {

		return getService().dynamicQueryCount(dynamicQuery, projection);
	}

	public static SupportEvent fetchSupportEvent(long supportEventId) {
		return getService().fetchSupportEvent(supportEventId);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	public static List<SupportEvent> getAssignmentSupportEvents(
		long mentorAssignmentId) {

		return getService().getAssignmentSupportEvents(mentorAssignmentId);
	}

	/**
	 * The events of a curator's assignments between two days (both
	 * included), cancelled ones left out, by date.
	 */
	public static List<SupportEvent> getCuratorCalendar(
		long curatorUserId, java.time.LocalDate from, java.time.LocalDate to) {

		return getService().getCuratorCalendar(curatorUserId, from, to);
	}

	/**
	 * Unreported planned events of a curator past the grace days.
	 */
	public static List<SupportEvent> getCuratorOverdueSupportEvents(
		long curatorUserId, java.time.LocalDate today, int graceDays) {

		return getService().getCuratorOverdueSupportEvents(
			curatorUserId, today, graceDays);
	}

	/**
	 * The events of a municipality between two days (both included),
	 * cancelled ones left out, by date.
	 */
	public static List<SupportEvent> getGroupCalendar(
		long groupId, java.time.LocalDate from, java.time.LocalDate to) {

		return getService().getGroupCalendar(groupId, from, to);
	}

	/**
	 * Unreported planned events of a municipality past the grace days.
	 */
	public static List<SupportEvent> getGroupOverdueSupportEvents(
		long groupId, java.time.LocalDate today, int graceDays) {

		return getService().getGroupOverdueSupportEvents(
			groupId, today, graceDays);
	}

	public static
		com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
			getIndexableActionableDynamicQuery() {

		return getService().getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	/**
	 * Overdue events (planned, unreported, past the grace days) in every
	 * site whose curator has not been told yet: the daily notification job's
	 * work list.
	 */
	public static List<SupportEvent> getOverdueSupportEventsToNotify(
		java.time.LocalDate today, int graceDays) {

		return getService().getOverdueSupportEventsToNotify(today, graceDays);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel getPersistedModel(Serializable primaryKeyObj)
		throws PortalException {

		return getService().getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the support event with the primary key.
	 *
	 * @param supportEventId the primary key of the support event
	 * @return the support event
	 * @throws PortalException if a support event with the primary key could not be found
	 */
	public static SupportEvent getSupportEvent(long supportEventId)
		throws PortalException {

		return getService().getSupportEvent(supportEventId);
	}

	/**
	 * Returns a range of all the support events.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.mentoring.model.impl.SupportEventModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of support events
	 * @param end the upper bound of the range of support events (not inclusive)
	 * @return the range of support events
	 */
	public static List<SupportEvent> getSupportEvents(int start, int end) {
		return getService().getSupportEvents(start, end);
	}

	/**
	 * Returns the number of support events.
	 *
	 * @return the number of support events
	 */
	public static int getSupportEventsCount() {
		return getService().getSupportEventsCount();
	}

	/**
	 * Records that the overdue notification of the event was sent, so that
	 * the daily job does not send it again.
	 */
	public static SupportEvent markOverdueNotified(
			long supportEventId, java.util.Date notifiedDate)
		throws PortalException {

		return getService().markOverdueNotified(supportEventId, notifiedDate);
	}

	public static SupportEvent reportSupportEvent(
			long userId, long supportEventId, String status, String outcome,
			long reportFolderId, java.time.LocalDate reportDate,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().reportSupportEvent(
			userId, supportEventId, status, outcome, reportFolderId, reportDate,
			serviceContext);
	}

	/**
	 * Changes a planned event: type, title, date inside the period,
	 * participants, expected result.
	 */
	public static SupportEvent updateSupportEvent(
			long userId, long supportEventId,
			ru.opora.domain.mentoring.assignment.SupportEventData
				supportEventData,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().updateSupportEvent(
			userId, supportEventId, supportEventData, serviceContext);
	}

	/**
	 * Updates the support event in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SupportEventLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param supportEvent the support event
	 * @return the support event that was updated
	 */
	public static SupportEvent updateSupportEvent(SupportEvent supportEvent) {
		return getService().updateSupportEvent(supportEvent);
	}

	/**
	 * Links methodological materials of the region's library (their
	 * Documents and Media file entry IDs) to the event, replacing the earlier
	 * choice; an empty array unlinks all.
	 *
	 * @param status a code of SupportEventStatus: done or cancelled
	 * @param reportFolderId the Document Library folder of the materials, or 0
	 * @param reportDate the day of the report (the reporter's today)
	 */
	public static SupportEvent updateSupportEventMaterials(
			long supportEventId, long[] fileEntryIds,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().updateSupportEventMaterials(
			supportEventId, fileEntryIds, serviceContext);
	}

	public static SupportEventLocalService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<SupportEventLocalService> _serviceSnapshot =
		new Snapshot<>(
			SupportEventLocalServiceUtil.class, SupportEventLocalService.class);

}