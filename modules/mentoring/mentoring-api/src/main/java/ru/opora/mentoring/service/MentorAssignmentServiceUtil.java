/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.module.service.Snapshot;

import java.util.List;

import ru.opora.mentoring.model.MentorAssignment;

/**
 * Provides the remote service utility for MentorAssignment. This utility wraps
 * <code>ru.opora.mentoring.service.impl.MentorAssignmentServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Opora
 * @see MentorAssignmentService
 * @generated
 */
public class MentorAssignmentServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>ru.opora.mentoring.service.impl.MentorAssignmentServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static List<MentorAssignment> acceptSuggestions(
			long groupId,
			List<ru.opora.mentoring.model.MentorSuggestion> suggestions,
			java.time.LocalDate startDate, java.time.LocalDate endDate,
			int capacity,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().acceptSuggestions(
			groupId, suggestions, startDate, endDate, capacity, serviceContext);
	}

	public static MentorAssignment activateAssignment(
			long mentorAssignmentId, String comment,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().activateAssignment(
			mentorAssignmentId, comment, serviceContext);
	}

	public static MentorAssignment addAssignment(
			long groupId,
			ru.opora.domain.mentoring.assignment.AssignmentData assignmentData,
			int capacity,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addAssignment(
			groupId, assignmentData, capacity, serviceContext);
	}

	public static MentorAssignment cancelAssignment(
			long mentorAssignmentId, String reason,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().cancelAssignment(
			mentorAssignmentId, reason, serviceContext);
	}

	public static MentorAssignment deleteAssignment(long mentorAssignmentId)
		throws PortalException {

		return getService().deleteAssignment(mentorAssignmentId);
	}

	public static MentorAssignment finishAssignment(
			long mentorAssignmentId, String comment,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().finishAssignment(
			mentorAssignmentId, comment, serviceContext);
	}

	public static MentorAssignment getAssignment(long mentorAssignmentId)
		throws PortalException {

		return getService().getAssignment(mentorAssignmentId);
	}

	/**
	 * The viewable assignments of a curator.
	 */
	public static List<MentorAssignment> getCuratorAssignments(
			long curatorUserId, boolean openOnly)
		throws PortalException {

		return getService().getCuratorAssignments(curatorUserId, openOnly);
	}

	/**
	 * The site's viewable assignments; status null or empty for all.
	 */
	public static List<MentorAssignment> getGroupAssignments(
			long groupId, String status)
		throws PortalException {

		return getService().getGroupAssignments(groupId, status);
	}

	public static List<MentorAssignment> getMentorSchoolAssignments(
			long mentorSchoolId, boolean openOnly)
		throws PortalException {

		return getService().getMentorSchoolAssignments(
			mentorSchoolId, openOnly);
	}

	/**
	 * "My schools": the current user's assignments as curator.
	 */
	public static List<MentorAssignment> getMyCuratorAssignments(
			boolean openOnly)
		throws PortalException {

		return getService().getMyCuratorAssignments(openOnly);
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
	 * "My mentor": the viewable assignments that support a school.
	 */
	public static List<MentorAssignment> getSupportedSchoolAssignments(
			long supportedSchoolId, boolean openOnly)
		throws PortalException {

		return getService().getSupportedSchoolAssignments(
			supportedSchoolId, openOnly);
	}

	public static ru.opora.mentoring.model.MentorSuggestions suggestAssignments(
			long groupId,
			List<ru.opora.domain.mentoring.SupportedSchoolProfile> profiles,
			List<ru.opora.domain.mentoring.MentorCandidate> candidates,
			ru.opora.domain.mentoring.MentorCostModel costModel)
		throws PortalException {

		return getService().suggestAssignments(
			groupId, profiles, candidates, costModel);
	}

	/**
	 * Changes parties, period, order and explanation: a coordinator's
	 * decision, so UPDATE on the assignment and ADD_ASSIGNMENT in its site.
	 */
	public static MentorAssignment updateAssignment(
			long mentorAssignmentId,
			ru.opora.domain.mentoring.assignment.AssignmentData assignmentData,
			int capacity,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().updateAssignment(
			mentorAssignmentId, assignmentData, capacity, serviceContext);
	}

	public static MentorAssignmentService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<MentorAssignmentService> _serviceSnapshot =
		new Snapshot<>(
			MentorAssignmentServiceUtil.class, MentorAssignmentService.class);

}