/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link SupportEventService}.
 *
 * @author Opora
 * @see SupportEventService
 * @generated
 */
public class SupportEventServiceWrapper
	implements ServiceWrapper<SupportEventService>, SupportEventService {

	public SupportEventServiceWrapper() {
		this(null);
	}

	public SupportEventServiceWrapper(SupportEventService supportEventService) {
		_supportEventService = supportEventService;
	}

	@Override
	public ru.opora.mentoring.model.SupportEvent addSupportEvent(
			long mentorAssignmentId,
			ru.opora.domain.mentoring.assignment.SupportEventData
				supportEventData,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _supportEventService.addSupportEvent(
			mentorAssignmentId, supportEventData, serviceContext);
	}

	@Override
	public ru.opora.mentoring.model.SupportEvent deleteSupportEvent(
			long supportEventId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _supportEventService.deleteSupportEvent(supportEventId);
	}

	@Override
	public java.util.List<ru.opora.mentoring.model.SupportEvent>
			getAssignmentSupportEvents(long mentorAssignmentId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _supportEventService.getAssignmentSupportEvents(
			mentorAssignmentId);
	}

	/**
	 * The municipality's calendar: the viewable events between two days.
	 */
	@Override
	public java.util.List<ru.opora.mentoring.model.SupportEvent>
			getGroupCalendar(
				long groupId, java.time.LocalDate from, java.time.LocalDate to)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _supportEventService.getGroupCalendar(groupId, from, to);
	}

	@Override
	public java.util.List<ru.opora.mentoring.model.SupportEvent>
			getGroupOverdueSupportEvents(
				long groupId, java.time.LocalDate today, int graceDays)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _supportEventService.getGroupOverdueSupportEvents(
			groupId, today, graceDays);
	}

	/**
	 * The current user's calendar as curator.
	 */
	@Override
	public java.util.List<ru.opora.mentoring.model.SupportEvent>
			getMyCuratorCalendar(
				java.time.LocalDate from, java.time.LocalDate to)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _supportEventService.getMyCuratorCalendar(from, to);
	}

	/**
	 * The current user's overdue events as curator.
	 */
	@Override
	public java.util.List<ru.opora.mentoring.model.SupportEvent>
			getMyCuratorOverdueSupportEvents(
				java.time.LocalDate today, int graceDays)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _supportEventService.getMyCuratorOverdueSupportEvents(
			today, graceDays);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _supportEventService.getOSGiServiceIdentifier();
	}

	@Override
	public ru.opora.mentoring.model.SupportEvent getSupportEvent(
			long supportEventId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _supportEventService.getSupportEvent(supportEventId);
	}

	@Override
	public ru.opora.mentoring.model.SupportEvent reportSupportEvent(
			long supportEventId, String status, String outcome,
			long reportFolderId, java.time.LocalDate reportDate,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _supportEventService.reportSupportEvent(
			supportEventId, status, outcome, reportFolderId, reportDate,
			serviceContext);
	}

	@Override
	public ru.opora.mentoring.model.SupportEvent updateSupportEvent(
			long supportEventId,
			ru.opora.domain.mentoring.assignment.SupportEventData
				supportEventData,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _supportEventService.updateSupportEvent(
			supportEventId, supportEventData, serviceContext);
	}

	/**
	 * Links library materials to the event: for whoever may report it (its
	 * curator or mentor teacher) or update it (coordinators).
	 */
	@Override
	public ru.opora.mentoring.model.SupportEvent updateSupportEventMaterials(
			long supportEventId, long[] fileEntryIds,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _supportEventService.updateSupportEventMaterials(
			supportEventId, fileEntryIds, serviceContext);
	}

	@Override
	public SupportEventService getWrappedService() {
		return _supportEventService;
	}

	@Override
	public void setWrappedService(SupportEventService supportEventService) {
		_supportEventService = supportEventService;
	}

	private SupportEventService _supportEventService;

}