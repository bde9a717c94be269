/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.security.access.control.AccessControlled;
import com.liferay.portal.kernel.service.BaseService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.time.LocalDate;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.domain.mentoring.MentorCandidate;
import ru.opora.domain.mentoring.MentorCostModel;
import ru.opora.domain.mentoring.SupportedSchoolProfile;
import ru.opora.domain.mentoring.assignment.AssignmentData;
import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.model.MentorSuggestion;
import ru.opora.mentoring.model.MentorSuggestions;

/**
 * Provides the remote service interface for MentorAssignment. Methods of this
 * service are expected to have security checks based on the propagated JAAS
 * credentials because this service can be accessed remotely.
 *
 * @author Opora
 * @see MentorAssignmentServiceUtil
 * @generated
 */
@AccessControlled
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface MentorAssignmentService extends BaseService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>ru.opora.mentoring.service.impl.MentorAssignmentServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the mentor assignment remote service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link MentorAssignmentServiceUtil} if injection and service tracking are not available.
	 */
	public List<MentorAssignment> acceptSuggestions(
			long groupId, List<MentorSuggestion> suggestions,
			LocalDate startDate, LocalDate endDate, int capacity,
			ServiceContext serviceContext)
		throws PortalException;

	public MentorAssignment activateAssignment(
			long mentorAssignmentId, String comment,
			ServiceContext serviceContext)
		throws PortalException;

	public MentorAssignment addAssignment(
			long groupId, AssignmentData assignmentData, int capacity,
			ServiceContext serviceContext)
		throws PortalException;

	public MentorAssignment cancelAssignment(
			long mentorAssignmentId, String reason,
			ServiceContext serviceContext)
		throws PortalException;

	public MentorAssignment deleteAssignment(long mentorAssignmentId)
		throws PortalException;

	public MentorAssignment finishAssignment(
			long mentorAssignmentId, String comment,
			ServiceContext serviceContext)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public MentorAssignment getAssignment(long mentorAssignmentId)
		throws PortalException;

	/**
	 * The viewable assignments of a curator.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<MentorAssignment> getCuratorAssignments(
			long curatorUserId, boolean openOnly)
		throws PortalException;

	/**
	 * The site's viewable assignments; status null or empty for all.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<MentorAssignment> getGroupAssignments(
			long groupId, String status)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<MentorAssignment> getMentorSchoolAssignments(
			long mentorSchoolId, boolean openOnly)
		throws PortalException;

	/**
	 * "My schools": the current user's assignments as curator.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<MentorAssignment> getMyCuratorAssignments(boolean openOnly)
		throws PortalException;

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	/**
	 * "My mentor": the viewable assignments that support a school.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<MentorAssignment> getSupportedSchoolAssignments(
			long supportedSchoolId, boolean openOnly)
		throws PortalException;

	public MentorSuggestions suggestAssignments(
			long groupId, List<SupportedSchoolProfile> profiles,
			List<MentorCandidate> candidates, MentorCostModel costModel)
		throws PortalException;

	/**
	 * Changes parties, period, order and explanation: a coordinator's
	 * decision, so UPDATE on the assignment and ADD_ASSIGNMENT in its site.
	 */
	public MentorAssignment updateAssignment(
			long mentorAssignmentId, AssignmentData assignmentData,
			int capacity, ServiceContext serviceContext)
		throws PortalException;

}