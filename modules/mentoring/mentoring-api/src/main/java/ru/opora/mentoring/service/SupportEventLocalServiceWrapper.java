/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link SupportEventLocalService}.
 *
 * @author Opora
 * @see SupportEventLocalService
 * @generated
 */
public class SupportEventLocalServiceWrapper
	implements ServiceWrapper<SupportEventLocalService>,
			   SupportEventLocalService {

	public SupportEventLocalServiceWrapper() {
		this(null);
	}

	public SupportEventLocalServiceWrapper(
		SupportEventLocalService supportEventLocalService) {

		_supportEventLocalService = supportEventLocalService;
	}

	/**
	 * Plans an event of a proposed or active assignment, inside its period.
	 */
	@Override
	public ru.opora.mentoring.model.SupportEvent addSupportEvent(
			long userId, long mentorAssignmentId,
			ru.opora.domain.mentoring.assignment.SupportEventData
				supportEventData,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _supportEventLocalService.addSupportEvent(
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
	@Override
	public ru.opora.mentoring.model.SupportEvent addSupportEvent(
		ru.opora.mentoring.model.SupportEvent supportEvent) {

		return _supportEventLocalService.addSupportEvent(supportEvent);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _supportEventLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new support event with the primary key. Does not add the support event to the database.
	 *
	 * @param supportEventId the primary key for the new support event
	 * @return the new support event
	 */
	@Override
	public ru.opora.mentoring.model.SupportEvent createSupportEvent(
		long supportEventId) {

		return _supportEventLocalService.createSupportEvent(supportEventId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _supportEventLocalService.deletePersistedModel(persistedModel);
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
	@Override
	public ru.opora.mentoring.model.SupportEvent deleteSupportEvent(
			long supportEventId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _supportEventLocalService.deleteSupportEvent(supportEventId);
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
	@Override
	public ru.opora.mentoring.model.SupportEvent deleteSupportEvent(
		ru.opora.mentoring.model.SupportEvent supportEvent) {

		return _supportEventLocalService.deleteSupportEvent(supportEvent);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _supportEventLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _supportEventLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _supportEventLocalService.dynamicQuery();
	}

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery) {

		return _supportEventLocalService.dynamicQuery(dynamicQuery);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end) {

		return _supportEventLocalService.dynamicQuery(dynamicQuery, start, end);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end,
		com.liferay.portal.kernel.util.OrderByComparator<T> orderByComparator) {

		return _supportEventLocalService.dynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	@Override
	public long dynamicQueryCount(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery) {

		return _supportEventLocalService.dynamicQueryCount(dynamicQuery);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	@Override
	public long dynamicQueryCount(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery,
		com.liferay.portal.kernel.dao.orm.Projection projection) {

		return _supportEventLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public ru.opora.mentoring.model.SupportEvent fetchSupportEvent(
		long supportEventId) {

		return _supportEventLocalService.fetchSupportEvent(supportEventId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _supportEventLocalService.getActionableDynamicQuery();
	}

	@Override
	public java.util.List<ru.opora.mentoring.model.SupportEvent>
		getAssignmentSupportEvents(long mentorAssignmentId) {

		return _supportEventLocalService.getAssignmentSupportEvents(
			mentorAssignmentId);
	}

	/**
	 * The events of a curator's assignments between two days (both
	 * included), cancelled ones left out, by date.
	 */
	@Override
	public java.util.List<ru.opora.mentoring.model.SupportEvent>
		getCuratorCalendar(
			long curatorUserId, java.time.LocalDate from,
			java.time.LocalDate to) {

		return _supportEventLocalService.getCuratorCalendar(
			curatorUserId, from, to);
	}

	/**
	 * Unreported planned events of a curator past the grace days.
	 */
	@Override
	public java.util.List<ru.opora.mentoring.model.SupportEvent>
		getCuratorOverdueSupportEvents(
			long curatorUserId, java.time.LocalDate today, int graceDays) {

		return _supportEventLocalService.getCuratorOverdueSupportEvents(
			curatorUserId, today, graceDays);
	}

	/**
	 * The events of a municipality between two days (both included),
	 * cancelled ones left out, by date.
	 */
	@Override
	public java.util.List<ru.opora.mentoring.model.SupportEvent>
		getGroupCalendar(
			long groupId, java.time.LocalDate from, java.time.LocalDate to) {

		return _supportEventLocalService.getGroupCalendar(groupId, from, to);
	}

	/**
	 * Unreported planned events of a municipality past the grace days.
	 */
	@Override
	public java.util.List<ru.opora.mentoring.model.SupportEvent>
		getGroupOverdueSupportEvents(
			long groupId, java.time.LocalDate today, int graceDays) {

		return _supportEventLocalService.getGroupOverdueSupportEvents(
			groupId, today, graceDays);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _supportEventLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _supportEventLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * Overdue events (planned, unreported, past the grace days) in every
	 * site whose curator has not been told yet: the daily notification job's
	 * work list.
	 */
	@Override
	public java.util.List<ru.opora.mentoring.model.SupportEvent>
		getOverdueSupportEventsToNotify(
			java.time.LocalDate today, int graceDays) {

		return _supportEventLocalService.getOverdueSupportEventsToNotify(
			today, graceDays);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _supportEventLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the support event with the primary key.
	 *
	 * @param supportEventId the primary key of the support event
	 * @return the support event
	 * @throws PortalException if a support event with the primary key could not be found
	 */
	@Override
	public ru.opora.mentoring.model.SupportEvent getSupportEvent(
			long supportEventId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _supportEventLocalService.getSupportEvent(supportEventId);
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
	@Override
	public java.util.List<ru.opora.mentoring.model.SupportEvent>
		getSupportEvents(int start, int end) {

		return _supportEventLocalService.getSupportEvents(start, end);
	}

	/**
	 * Returns the number of support events.
	 *
	 * @return the number of support events
	 */
	@Override
	public int getSupportEventsCount() {
		return _supportEventLocalService.getSupportEventsCount();
	}

	/**
	 * Records that the overdue notification of the event was sent, so that
	 * the daily job does not send it again.
	 */
	@Override
	public ru.opora.mentoring.model.SupportEvent markOverdueNotified(
			long supportEventId, java.util.Date notifiedDate)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _supportEventLocalService.markOverdueNotified(
			supportEventId, notifiedDate);
	}

	@Override
	public ru.opora.mentoring.model.SupportEvent reportSupportEvent(
			long userId, long supportEventId, String status, String outcome,
			long reportFolderId, java.time.LocalDate reportDate,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _supportEventLocalService.reportSupportEvent(
			userId, supportEventId, status, outcome, reportFolderId, reportDate,
			serviceContext);
	}

	/**
	 * Changes a planned event: type, title, date inside the period,
	 * participants, expected result.
	 */
	@Override
	public ru.opora.mentoring.model.SupportEvent updateSupportEvent(
			long userId, long supportEventId,
			ru.opora.domain.mentoring.assignment.SupportEventData
				supportEventData,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _supportEventLocalService.updateSupportEvent(
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
	@Override
	public ru.opora.mentoring.model.SupportEvent updateSupportEvent(
		ru.opora.mentoring.model.SupportEvent supportEvent) {

		return _supportEventLocalService.updateSupportEvent(supportEvent);
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
	@Override
	public ru.opora.mentoring.model.SupportEvent updateSupportEventMaterials(
			long supportEventId, long[] fileEntryIds,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _supportEventLocalService.updateSupportEventMaterials(
			supportEventId, fileEntryIds, serviceContext);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _supportEventLocalService.getBasePersistence();
	}

	@Override
	public SupportEventLocalService getWrappedService() {
		return _supportEventLocalService;
	}

	@Override
	public void setWrappedService(
		SupportEventLocalService supportEventLocalService) {

		_supportEventLocalService = supportEventLocalService;
	}

	private SupportEventLocalService _supportEventLocalService;

}