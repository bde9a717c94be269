/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link MentorAssignmentService}.
 *
 * @author Opora
 * @see MentorAssignmentService
 * @generated
 */
public class MentorAssignmentServiceWrapper
	implements MentorAssignmentService,
			   ServiceWrapper<MentorAssignmentService> {

	public MentorAssignmentServiceWrapper() {
		this(null);
	}

	public MentorAssignmentServiceWrapper(
		MentorAssignmentService mentorAssignmentService) {

		_mentorAssignmentService = mentorAssignmentService;
	}

	@Override
	public java.util.List<ru.opora.mentoring.model.MentorAssignment>
			acceptSuggestions(
				long groupId,
				java.util.List<ru.opora.mentoring.model.MentorSuggestion>
					suggestions,
				java.time.LocalDate startDate, java.time.LocalDate endDate,
				int capacity,
				com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorAssignmentService.acceptSuggestions(
			groupId, suggestions, startDate, endDate, capacity, serviceContext);
	}

	@Override
	public ru.opora.mentoring.model.MentorAssignment activateAssignment(
			long mentorAssignmentId, String comment,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorAssignmentService.activateAssignment(
			mentorAssignmentId, comment, serviceContext);
	}

	@Override
	public ru.opora.mentoring.model.MentorAssignment addAssignment(
			long groupId,
			ru.opora.domain.mentoring.assignment.AssignmentData assignmentData,
			int capacity,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorAssignmentService.addAssignment(
			groupId, assignmentData, capacity, serviceContext);
	}

	@Override
	public ru.opora.mentoring.model.MentorAssignment cancelAssignment(
			long mentorAssignmentId, String reason,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorAssignmentService.cancelAssignment(
			mentorAssignmentId, reason, serviceContext);
	}

	@Override
	public ru.opora.mentoring.model.MentorAssignment deleteAssignment(
			long mentorAssignmentId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorAssignmentService.deleteAssignment(mentorAssignmentId);
	}

	@Override
	public ru.opora.mentoring.model.MentorAssignment finishAssignment(
			long mentorAssignmentId, String comment,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorAssignmentService.finishAssignment(
			mentorAssignmentId, comment, serviceContext);
	}

	@Override
	public ru.opora.mentoring.model.MentorAssignment getAssignment(
			long mentorAssignmentId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorAssignmentService.getAssignment(mentorAssignmentId);
	}

	/**
	 * The viewable assignments of a curator.
	 */
	@Override
	public java.util.List<ru.opora.mentoring.model.MentorAssignment>
			getCuratorAssignments(long curatorUserId, boolean openOnly)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorAssignmentService.getCuratorAssignments(
			curatorUserId, openOnly);
	}

	/**
	 * The site's viewable assignments; status null or empty for all.
	 */
	@Override
	public java.util.List<ru.opora.mentoring.model.MentorAssignment>
			getGroupAssignments(long groupId, String status)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorAssignmentService.getGroupAssignments(groupId, status);
	}

	@Override
	public java.util.List<ru.opora.mentoring.model.MentorAssignment>
			getMentorSchoolAssignments(long mentorSchoolId, boolean openOnly)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorAssignmentService.getMentorSchoolAssignments(
			mentorSchoolId, openOnly);
	}

	/**
	 * "My schools": the current user's assignments as curator.
	 */
	@Override
	public java.util.List<ru.opora.mentoring.model.MentorAssignment>
			getMyCuratorAssignments(boolean openOnly)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorAssignmentService.getMyCuratorAssignments(openOnly);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _mentorAssignmentService.getOSGiServiceIdentifier();
	}

	/**
	 * "My mentor": the viewable assignments that support a school.
	 */
	@Override
	public java.util.List<ru.opora.mentoring.model.MentorAssignment>
			getSupportedSchoolAssignments(
				long supportedSchoolId, boolean openOnly)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorAssignmentService.getSupportedSchoolAssignments(
			supportedSchoolId, openOnly);
	}

	@Override
	public ru.opora.mentoring.model.MentorSuggestions suggestAssignments(
			long groupId,
			java.util.List<ru.opora.domain.mentoring.SupportedSchoolProfile>
				profiles,
			java.util.List<ru.opora.domain.mentoring.MentorCandidate>
				candidates,
			ru.opora.domain.mentoring.MentorCostModel costModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorAssignmentService.suggestAssignments(
			groupId, profiles, candidates, costModel);
	}

	/**
	 * Changes parties, period, order and explanation: a coordinator's
	 * decision, so UPDATE on the assignment and ADD_ASSIGNMENT in its site.
	 */
	@Override
	public ru.opora.mentoring.model.MentorAssignment updateAssignment(
			long mentorAssignmentId,
			ru.opora.domain.mentoring.assignment.AssignmentData assignmentData,
			int capacity,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorAssignmentService.updateAssignment(
			mentorAssignmentId, assignmentData, capacity, serviceContext);
	}

	@Override
	public MentorAssignmentService getWrappedService() {
		return _mentorAssignmentService;
	}

	@Override
	public void setWrappedService(
		MentorAssignmentService mentorAssignmentService) {

		_mentorAssignmentService = mentorAssignmentService;
	}

	private MentorAssignmentService _mentorAssignmentService;

}