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
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.ServiceContext;

import java.time.LocalDate;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.domain.mentoring.MentorCandidate;
import ru.opora.domain.mentoring.MentorCostModel;
import ru.opora.domain.mentoring.SupportedSchoolProfile;
import ru.opora.domain.mentoring.assignment.AssignmentData;
import ru.opora.mentoring.constants.MentoringActionKeys;
import ru.opora.mentoring.constants.MentoringConstants;
import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.model.MentorSuggestion;
import ru.opora.mentoring.model.MentorSuggestions;
import ru.opora.mentoring.service.base.MentorAssignmentServiceBaseImpl;

/**
 * Permission-checked facade of the assignments: the web layer calls this,
 * never the local service. Only coordinators (ADD_ASSIGNMENT) create, change,
 * activate, finish and cancel assignments; lists hold what the user may view.
 *
 * @author Opora
 */
@Component(
	property = {
		"json.web.service.context.name=opora",
		"json.web.service.context.path=MentorAssignment"
	},
	service = AopService.class
)
public class MentorAssignmentServiceImpl
	extends MentorAssignmentServiceBaseImpl {

	@Override
	public List<MentorAssignment> acceptSuggestions(
			long groupId,
			List<MentorSuggestion> suggestions,
			LocalDate startDate, LocalDate endDate, int capacity,
			ServiceContext serviceContext)
		throws PortalException {

		PermissionChecker permissionChecker = getPermissionChecker();

		_portletResourcePermission.check(
			permissionChecker, groupId, MentoringActionKeys.MANAGE_SUGGESTIONS);
		_portletResourcePermission.check(
			permissionChecker, groupId, MentoringActionKeys.ADD_ASSIGNMENT);

		return mentorAssignmentLocalService.acceptSuggestions(
			getUserId(), groupId, suggestions, startDate, endDate, capacity,
			serviceContext);
	}

	@Override
	public MentorAssignment activateAssignment(
			long mentorAssignmentId, String comment,
			ServiceContext serviceContext)
		throws PortalException {

		_checkCoordinator(mentorAssignmentId);

		return mentorAssignmentLocalService.activateAssignment(
			getUserId(), mentorAssignmentId, comment, serviceContext);
	}

	@Override
	public MentorAssignment addAssignment(
			long groupId, AssignmentData assignmentData, int capacity,
			ServiceContext serviceContext)
		throws PortalException {

		_portletResourcePermission.check(
			getPermissionChecker(), groupId,
			MentoringActionKeys.ADD_ASSIGNMENT);

		return mentorAssignmentLocalService.addAssignment(
			getUserId(), groupId, assignmentData, capacity, serviceContext);
	}

	@Override
	public MentorAssignment cancelAssignment(
			long mentorAssignmentId, String reason,
			ServiceContext serviceContext)
		throws PortalException {

		_checkCoordinator(mentorAssignmentId);

		return mentorAssignmentLocalService.cancelAssignment(
			getUserId(), mentorAssignmentId, reason, serviceContext);
	}

	@Override
	public MentorAssignment deleteAssignment(long mentorAssignmentId)
		throws PortalException {

		_mentorAssignmentModelResourcePermission.check(
			getPermissionChecker(), mentorAssignmentId, ActionKeys.DELETE);

		return mentorAssignmentLocalService.deleteMentorAssignment(
			mentorAssignmentId);
	}

	@Override
	public MentorAssignment finishAssignment(
			long mentorAssignmentId, String comment,
			ServiceContext serviceContext)
		throws PortalException {

		_checkCoordinator(mentorAssignmentId);

		return mentorAssignmentLocalService.finishAssignment(
			getUserId(), mentorAssignmentId, comment, serviceContext);
	}

	@Override
	public MentorAssignment getAssignment(long mentorAssignmentId)
		throws PortalException {

		_mentorAssignmentModelResourcePermission.check(
			getPermissionChecker(), mentorAssignmentId, ActionKeys.VIEW);

		return mentorAssignmentLocalService.getMentorAssignment(
			mentorAssignmentId);
	}

	/** The viewable assignments of a curator. */
	@Override
	public List<MentorAssignment> getCuratorAssignments(
			long curatorUserId, boolean openOnly)
		throws PortalException {

		return _filterViewable(
			mentorAssignmentLocalService.getCuratorAssignments(
				curatorUserId, openOnly));
	}

	/** The site's viewable assignments; status null or empty for all. */
	@Override
	public List<MentorAssignment> getGroupAssignments(
			long groupId, String status)
		throws PortalException {

		if ((status == null) || status.isEmpty()) {
			return _filterViewable(
				mentorAssignmentLocalService.getGroupAssignments(groupId));
		}

		return _filterViewable(
			mentorAssignmentLocalService.getGroupAssignments(groupId, status));
	}

	@Override
	public List<MentorAssignment> getMentorSchoolAssignments(
			long mentorSchoolId, boolean openOnly)
		throws PortalException {

		return _filterViewable(
			mentorAssignmentLocalService.getMentorSchoolAssignments(
				mentorSchoolId, openOnly));
	}

	/** "My schools": the current user's assignments as curator. */
	@Override
	public List<MentorAssignment> getMyCuratorAssignments(boolean openOnly)
		throws PortalException {

		return getCuratorAssignments(getUserId(), openOnly);
	}

	/** "My mentor": the viewable assignments that support a school. */
	@Override
	public List<MentorAssignment> getSupportedSchoolAssignments(
			long supportedSchoolId, boolean openOnly)
		throws PortalException {

		return _filterViewable(
			mentorAssignmentLocalService.getSupportedSchoolAssignments(
				supportedSchoolId, openOnly));
	}

	@Override
	public MentorSuggestions suggestAssignments(
			long groupId,
			List<SupportedSchoolProfile> profiles,
			List<MentorCandidate> candidates, MentorCostModel costModel)
		throws PortalException {

		_portletResourcePermission.check(
			getPermissionChecker(), groupId,
			MentoringActionKeys.MANAGE_SUGGESTIONS);

		return mentorAssignmentLocalService.suggestAssignments(
			groupId, profiles, candidates, costModel);
	}

	/**
	 * Changes parties, period, order and explanation: a coordinator's
	 * decision, so UPDATE on the assignment and ADD_ASSIGNMENT in its site.
	 */
	@Override
	public MentorAssignment updateAssignment(
			long mentorAssignmentId, AssignmentData assignmentData,
			int capacity, ServiceContext serviceContext)
		throws PortalException {

		_mentorAssignmentModelResourcePermission.check(
			getPermissionChecker(), mentorAssignmentId, ActionKeys.UPDATE);

		_checkCoordinator(mentorAssignmentId);

		return mentorAssignmentLocalService.updateAssignment(
			getUserId(), mentorAssignmentId, assignmentData, capacity,
			serviceContext);
	}

	private void _checkCoordinator(long mentorAssignmentId)
		throws PortalException {

		MentorAssignment mentorAssignment =
			mentorAssignmentLocalService.getMentorAssignment(
				mentorAssignmentId);

		_portletResourcePermission.check(
			getPermissionChecker(), mentorAssignment.getGroupId(),
			MentoringActionKeys.ADD_ASSIGNMENT);
	}

	private List<MentorAssignment> _filterViewable(
			List<MentorAssignment> mentorAssignments)
		throws PortalException {

		PermissionChecker permissionChecker = getPermissionChecker();

		List<MentorAssignment> viewable = new ArrayList<>();

		for (MentorAssignment mentorAssignment : mentorAssignments) {
			if (_mentorAssignmentModelResourcePermission.contains(
					permissionChecker, mentorAssignment, ActionKeys.VIEW)) {

				viewable.add(mentorAssignment);
			}
		}

		return viewable;
	}

	@Reference(
		target = "(model.class.name=ru.opora.mentoring.model.MentorAssignment)"
	)
	private ModelResourcePermission<MentorAssignment>
		_mentorAssignmentModelResourcePermission;

	@Reference(
		target = "(resource.name=" + MentoringConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

}
