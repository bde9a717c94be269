/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.service.ServiceContext;

import java.time.LocalDate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.domain.mentoring.assignment.SupportEventData;
import ru.opora.mentoring.constants.MentoringActionKeys;
import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.model.SupportEvent;
import ru.opora.mentoring.service.MentorAssignmentLocalService;
import ru.opora.mentoring.service.base.SupportEventServiceBaseImpl;

/**
 * Permission-checked facade of the support plans: an event is guarded by its
 * assignment (ADD_EVENT to plan, UPDATE to change or delete, REPORT to
 * report, VIEW to see), which the assignment's curator holds on their own
 * assignments.
 *
 * @author Opora
 */
@Component(
	property = {
		"json.web.service.context.name=opora",
		"json.web.service.context.path=SupportEvent"
	},
	service = AopService.class
)
public class SupportEventServiceImpl extends SupportEventServiceBaseImpl {

	@Override
	public SupportEvent addSupportEvent(
			long mentorAssignmentId, SupportEventData supportEventData,
			ServiceContext serviceContext)
		throws PortalException {

		_mentorAssignmentModelResourcePermission.check(
			getPermissionChecker(), mentorAssignmentId,
			MentoringActionKeys.ADD_EVENT);

		return supportEventLocalService.addSupportEvent(
			getUserId(), mentorAssignmentId, supportEventData, serviceContext);
	}

	@Override
	public SupportEvent deleteSupportEvent(long supportEventId)
		throws PortalException {

		_check(supportEventId, ActionKeys.UPDATE);

		return supportEventLocalService.deleteSupportEvent(supportEventId);
	}

	@Override
	public List<SupportEvent> getAssignmentSupportEvents(
			long mentorAssignmentId)
		throws PortalException {

		_mentorAssignmentModelResourcePermission.check(
			getPermissionChecker(), mentorAssignmentId, ActionKeys.VIEW);

		return supportEventLocalService.getAssignmentSupportEvents(
			mentorAssignmentId);
	}

	/** The municipality's calendar: the viewable events between two days. */
	@Override
	public List<SupportEvent> getGroupCalendar(
			long groupId, LocalDate from, LocalDate to)
		throws PortalException {

		return _filterViewable(
			supportEventLocalService.getGroupCalendar(groupId, from, to));
	}

	@Override
	public List<SupportEvent> getGroupOverdueSupportEvents(
			long groupId, LocalDate today, int graceDays)
		throws PortalException {

		return _filterViewable(
			supportEventLocalService.getGroupOverdueSupportEvents(
				groupId, today, graceDays));
	}

	/** The current user's calendar as curator. */
	@Override
	public List<SupportEvent> getMyCuratorCalendar(LocalDate from, LocalDate to)
		throws PortalException {

		return _filterViewable(
			supportEventLocalService.getCuratorCalendar(
				getUserId(), from, to));
	}

	/** The current user's overdue events as curator. */
	@Override
	public List<SupportEvent> getMyCuratorOverdueSupportEvents(
			LocalDate today, int graceDays)
		throws PortalException {

		return _filterViewable(
			supportEventLocalService.getCuratorOverdueSupportEvents(
				getUserId(), today, graceDays));
	}

	@Override
	public SupportEvent getSupportEvent(long supportEventId)
		throws PortalException {

		return _check(supportEventId, ActionKeys.VIEW);
	}

	@Override
	public SupportEvent reportSupportEvent(
			long supportEventId, String status, String outcome,
			long reportFolderId, LocalDate reportDate,
			ServiceContext serviceContext)
		throws PortalException {

		_check(supportEventId, MentoringActionKeys.REPORT);

		return supportEventLocalService.reportSupportEvent(
			getUserId(), supportEventId, status, outcome, reportFolderId,
			reportDate, serviceContext);
	}

	/**
	 * Links library materials to the event: for whoever may report it (its
	 * curator or mentor teacher) or update it (coordinators).
	 */
	@Override
	public SupportEvent updateSupportEventMaterials(
			long supportEventId, long[] fileEntryIds,
			ServiceContext serviceContext)
		throws PortalException {

		SupportEvent supportEvent = supportEventLocalService.getSupportEvent(
			supportEventId);

		if (!_mentorAssignmentModelResourcePermission.contains(
				getPermissionChecker(), supportEvent.getMentorAssignmentId(),
				MentoringActionKeys.REPORT)) {

			_check(supportEventId, ActionKeys.UPDATE);
		}

		return supportEventLocalService.updateSupportEventMaterials(
			supportEventId, fileEntryIds, serviceContext);
	}

	@Override
	public SupportEvent updateSupportEvent(
			long supportEventId, SupportEventData supportEventData,
			ServiceContext serviceContext)
		throws PortalException {

		_check(supportEventId, ActionKeys.UPDATE);

		return supportEventLocalService.updateSupportEvent(
			getUserId(), supportEventId, supportEventData, serviceContext);
	}

	private SupportEvent _check(long supportEventId, String actionId)
		throws PortalException {

		SupportEvent supportEvent = supportEventLocalService.getSupportEvent(
			supportEventId);

		_mentorAssignmentModelResourcePermission.check(
			getPermissionChecker(), supportEvent.getMentorAssignmentId(),
			actionId);

		return supportEvent;
	}

	private List<SupportEvent> _filterViewable(List<SupportEvent> supportEvents)
		throws PortalException {

		PermissionChecker permissionChecker = getPermissionChecker();

		Map<Long, Boolean> viewable = new HashMap<>();
		List<SupportEvent> filtered = new ArrayList<>();

		for (SupportEvent supportEvent : supportEvents) {
			long mentorAssignmentId = supportEvent.getMentorAssignmentId();

			Boolean canView = viewable.get(mentorAssignmentId);

			if (canView == null) {
				MentorAssignment mentorAssignment =
					_mentorAssignmentLocalService.fetchMentorAssignment(
						mentorAssignmentId);

				canView = (mentorAssignment != null) &&
					_mentorAssignmentModelResourcePermission.contains(
						permissionChecker, mentorAssignment, ActionKeys.VIEW);

				viewable.put(mentorAssignmentId, canView);
			}

			if (canView) {
				filtered.add(supportEvent);
			}
		}

		return filtered;
	}

	@Reference
	private MentorAssignmentLocalService _mentorAssignmentLocalService;

	@Reference(
		target = "(model.class.name=ru.opora.mentoring.model.MentorAssignment)"
	)
	private ModelResourcePermission<MentorAssignment>
		_mentorAssignmentModelResourcePermission;

}
