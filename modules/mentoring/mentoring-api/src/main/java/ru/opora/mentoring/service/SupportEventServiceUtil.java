/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.module.service.Snapshot;

import java.util.List;

import ru.opora.mentoring.model.SupportEvent;

/**
 * Provides the remote service utility for SupportEvent. This utility wraps
 * <code>ru.opora.mentoring.service.impl.SupportEventServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Opora
 * @see SupportEventService
 * @generated
 */
public class SupportEventServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>ru.opora.mentoring.service.impl.SupportEventServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static SupportEvent addSupportEvent(
			long mentorAssignmentId,
			ru.opora.domain.mentoring.assignment.SupportEventData
				supportEventData,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addSupportEvent(
			mentorAssignmentId, supportEventData, serviceContext);
	}

	public static SupportEvent deleteSupportEvent(long supportEventId)
		throws PortalException {

		return getService().deleteSupportEvent(supportEventId);
	}

	public static List<SupportEvent> getAssignmentSupportEvents(
			long mentorAssignmentId)
		throws PortalException {

		return getService().getAssignmentSupportEvents(mentorAssignmentId);
	}

	/**
	 * The municipality's calendar: the viewable events between two days.
	 */
	public static List<SupportEvent> getGroupCalendar(
			long groupId, java.time.LocalDate from, java.time.LocalDate to)
		throws PortalException {

		return getService().getGroupCalendar(groupId, from, to);
	}

	public static List<SupportEvent> getGroupOverdueSupportEvents(
			long groupId, java.time.LocalDate today, int graceDays)
		throws PortalException {

		return getService().getGroupOverdueSupportEvents(
			groupId, today, graceDays);
	}

	/**
	 * The current user's calendar as curator.
	 */
	public static List<SupportEvent> getMyCuratorCalendar(
			java.time.LocalDate from, java.time.LocalDate to)
		throws PortalException {

		return getService().getMyCuratorCalendar(from, to);
	}

	/**
	 * The current user's overdue events as curator.
	 */
	public static List<SupportEvent> getMyCuratorOverdueSupportEvents(
			java.time.LocalDate today, int graceDays)
		throws PortalException {

		return getService().getMyCuratorOverdueSupportEvents(today, graceDays);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	public static SupportEvent getSupportEvent(long supportEventId)
		throws PortalException {

		return getService().getSupportEvent(supportEventId);
	}

	public static SupportEvent reportSupportEvent(
			long supportEventId, String status, String outcome,
			long reportFolderId, java.time.LocalDate reportDate,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().reportSupportEvent(
			supportEventId, status, outcome, reportFolderId, reportDate,
			serviceContext);
	}

	public static SupportEvent updateSupportEvent(
			long supportEventId,
			ru.opora.domain.mentoring.assignment.SupportEventData
				supportEventData,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().updateSupportEvent(
			supportEventId, supportEventData, serviceContext);
	}

	/**
	 * Links library materials to the event: for whoever may report it (its
	 * curator or mentor teacher) or update it (coordinators).
	 */
	public static SupportEvent updateSupportEventMaterials(
			long supportEventId, long[] fileEntryIds,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().updateSupportEventMaterials(
			supportEventId, fileEntryIds, serviceContext);
	}

	public static SupportEventService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<SupportEventService> _serviceSnapshot =
		new Snapshot<>(
			SupportEventServiceUtil.class, SupportEventService.class);

}