/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.model.ResourceConstants;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.Validator;

import java.time.LocalDate;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.domain.mentoring.MentorCandidate;
import ru.opora.domain.mentoring.MentorCostModel;
import ru.opora.domain.mentoring.MentorMatching;
import ru.opora.domain.mentoring.PairCost;
import ru.opora.domain.mentoring.SupportedSchoolProfile;
import ru.opora.domain.mentoring.assignment.AssignmentData;
import ru.opora.domain.mentoring.assignment.AssignmentKind;
import ru.opora.domain.mentoring.assignment.AssignmentRules;
import ru.opora.domain.mentoring.assignment.AssignmentStatus;
import ru.opora.domain.mentoring.assignment.ExistingAssignment;
import ru.opora.domain.mentoring.assignment.Period;
import ru.opora.domain.validation.Violation;
import ru.opora.domain.validation.Violations;
import ru.opora.mentoring.exception.MentoringValidationException;
import ru.opora.mentoring.internal.notifications.MentoringNotifications;
import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.model.MentorAssignmentHistory;
import ru.opora.mentoring.model.MentorSuggestion;
import ru.opora.mentoring.model.MentorSuggestions;
import ru.opora.mentoring.service.base.MentorAssignmentLocalServiceBaseImpl;
import ru.opora.mentoring.util.MentoringDates;

/**
 * Assignments of mentor schools, curators and mentor teachers. The rules are
 * the domain core's ({@link AssignmentData}, {@link AssignmentRules}); this
 * class adds what needs the database: the stored load of a mentor for the
 * capacity rule, the history row of every status change (same transaction)
 * and the suggestions of the optimal matching. Proposed and activated
 * assignments are notified to their parties after the transaction commits
 * ({@link MentoringNotifications}); a notification failure is logged and
 * does not undo the change.
 *
 * @author Opora
 */
@Component(
	property = "model.class.name=MentorAssignment",
	service = AopService.class
)
public class MentorAssignmentLocalServiceImpl
	extends MentorAssignmentLocalServiceBaseImpl {

	/**
	 * Stores chosen suggestions as proposed mentor-school assignments for the
	 * period; all or nothing: any violation (a suggestion's field is prefixed
	 * with "suggestions[i].") stores none.
	 */
	@Override
	public List<MentorAssignment> acceptSuggestions(
			long userId, long groupId,
			List<MentorSuggestion> suggestions,
			LocalDate startDate, LocalDate endDate, int capacity,
			ServiceContext serviceContext)
		throws PortalException {

		Violations violations = new Violations();

		if ((suggestions == null) || suggestions.isEmpty()) {
			throw new MentoringValidationException(
				violations.add("suggestions", "required").list());
		}

		List<AssignmentData> assignmentDatas = new ArrayList<>();
		Map<Long, List<ExistingAssignment>> loads = new HashMap<>();
		Set<Long> supportedSchoolIds = new HashSet<>();

		for (int i = 0; i < suggestions.size(); i++) {
			MentorSuggestion suggestion = suggestions.get(i);

			String prefix = "suggestions[" + i + "].";

			AssignmentData assignmentData = AssignmentData.builder(
				AssignmentKind.MENTOR_SCHOOL
			).supportedSchoolId(
				suggestion.getSupportedSchoolId()
			).mentorSchoolId(
				suggestion.getMentorSchoolId()
			).period(
				startDate, endDate
			).explanation(
				suggestion.getExplanation()
			).build();

			List<Violation> own = new ArrayList<>(
				assignmentData.validate().list());

			if (!supportedSchoolIds.add(suggestion.getSupportedSchoolId())) {
				own.add(
					Violation.of(
						"supportedSchoolId", "duplicate-supported-school",
						suggestion.getSupportedSchoolId()));
			}

			if (own.isEmpty()) {
				List<ExistingAssignment> load = loads.computeIfAbsent(
					suggestion.getMentorSchoolId(),
					mentorSchoolId -> _getLoad(
						AssignmentKind.MENTOR_SCHOOL, mentorSchoolId));

				Period period = assignmentData.getPeriod();

				own.addAll(
					AssignmentRules.checkCapacity(
						"mentorSchoolId", 0, period, load, capacity
					).list());

				load.add(
					new ExistingAssignment(
						0, AssignmentStatus.PROPOSED, period));
			}

			for (Violation violation : own) {
				violations.add(
					prefix + violation.field(), violation.code(),
					violation.arguments().toArray());
			}

			assignmentDatas.add(assignmentData);
		}

		if (!violations.isEmpty()) {
			throw new MentoringValidationException(violations.list());
		}

		User user = userLocalService.getUser(userId);

		List<MentorAssignment> mentorAssignments =
			new ArrayList<>();

		for (AssignmentData assignmentData : assignmentDatas) {
			mentorAssignments.add(
				_addAssignment(user, groupId, assignmentData, serviceContext));
		}

		return mentorAssignments;
	}

	@Override
	public MentorAssignment activateAssignment(
			long userId, long mentorAssignmentId, String comment,
			ServiceContext serviceContext)
		throws PortalException {

		return _changeStatus(
			userId, mentorAssignmentId, AssignmentStatus.ACTIVE, comment,
			serviceContext);
	}

	/**
	 * Adds a proposed assignment; the mentor party may hold at most
	 * capacity open assignments in overlapping periods, this one
	 * included.
	 */
	@Override
	public MentorAssignment addAssignment(
			long userId, long groupId, AssignmentData assignmentData,
			int capacity, ServiceContext serviceContext)
		throws PortalException {

		_validate(0, assignmentData, capacity);

		return _addAssignment(
			userLocalService.getUser(userId), groupId, assignmentData,
			serviceContext);
	}

	/** Cancels a proposed or active assignment; the reason is required. */
	@Override
	public MentorAssignment cancelAssignment(
			long userId, long mentorAssignmentId, String reason,
			ServiceContext serviceContext)
		throws PortalException {

		return _changeStatus(
			userId, mentorAssignmentId, AssignmentStatus.CANCELLED, reason,
			serviceContext);
	}

	/** Deletes the assignment with its events, history and permissions. */
	@Override
	public MentorAssignment deleteMentorAssignment(
			long mentorAssignmentId)
		throws PortalException {

		return deleteMentorAssignment(
			mentorAssignmentPersistence.findByPrimaryKey(mentorAssignmentId));
	}

	/** Deletes the assignment with its events, history and permissions. */
	@Override
	public MentorAssignment deleteMentorAssignment(
		MentorAssignment mentorAssignment) {

		supportEventPersistence.removeByMentorAssignmentId(
			mentorAssignment.getMentorAssignmentId());
		mentorAssignmentHistoryPersistence.removeByMentorAssignmentId(
			mentorAssignment.getMentorAssignmentId());

		try {
			resourceLocalService.deleteResource(
				mentorAssignment, ResourceConstants.SCOPE_INDIVIDUAL);
		}
		catch (PortalException portalException) {
			throw new IllegalStateException(portalException);
		}

		return mentorAssignmentPersistence.remove(mentorAssignment);
	}

	@Override
	public MentorAssignment finishAssignment(
			long userId, long mentorAssignmentId, String comment,
			ServiceContext serviceContext)
		throws PortalException {

		return _changeStatus(
			userId, mentorAssignmentId, AssignmentStatus.FINISHED, comment,
			serviceContext);
	}

	/** "My schools": the assignments of a curator, open ones only if asked. */
	@Override
	public List<MentorAssignment> getCuratorAssignments(
		long curatorUserId, boolean openOnly) {

		return _filter(
			mentorAssignmentPersistence.findByCuratorUserId(curatorUserId),
			openOnly);
	}

	@Override
	public List<MentorAssignment> getGroupAssignments(
		long groupId) {

		return mentorAssignmentPersistence.findByGroupId(groupId);
	}

	/** The site's assignments in one status (a code of AssignmentStatus). */
	@Override
	public List<MentorAssignment> getGroupAssignments(
		long groupId, String status) {

		return mentorAssignmentPersistence.findByG_S(groupId, status);
	}

	@Override
	public List<MentorAssignment> getMentorSchoolAssignments(
		long mentorSchoolId, boolean openOnly) {

		return _filter(
			mentorAssignmentPersistence.findByMentorSchoolId(mentorSchoolId),
			openOnly);
	}

	/** "My mentor": the assignments that support a school. */
	@Override
	public List<MentorAssignment> getSupportedSchoolAssignments(
		long supportedSchoolId, boolean openOnly) {

		return _filter(
			mentorAssignmentPersistence.findBySupportedSchoolId(
				supportedSchoolId),
			openOnly);
	}

	@Override
	public List<MentorAssignment> getTeacherMentorAssignments(
		long teacherMentorUserId, boolean openOnly) {

		return _filter(
			mentorAssignmentPersistence.findByTeacherMentorUserId(
				teacherMentorUserId),
			openOnly);
	}

	/**
	 * The optimal mentor school for each supported school (min-cost
	 * matching of the cost model), with explanations; nothing is
	 * stored. School ids are the decimal schoolIds. A mentor's current load
	 * is raised to its open mentor-school assignments stored in the site.
	 *
	 * @param costModel the weights, or null for the defaults
	 */
	@Override
	public MentorSuggestions suggestAssignments(
			long groupId,
			List<SupportedSchoolProfile> profiles,
			List<MentorCandidate> candidates, MentorCostModel costModel)
		throws PortalException {

		Violations violations = new Violations();

		for (int i = 0; i < profiles.size(); i++) {
			_requireSchoolId(
				violations, "profiles[" + i + "].schoolId",
				profiles.get(i).getSchoolId());
		}

		for (int i = 0; i < candidates.size(); i++) {
			_requireSchoolId(
				violations, "candidates[" + i + "].schoolId",
				candidates.get(i).getSchoolId());
		}

		if (!violations.isEmpty()) {
			throw new MentoringValidationException(violations.list());
		}

		if (costModel == null) {
			costModel = MentorCostModel.defaults();
		}

		Map<Long, Integer> storedLoads = _getStoredMentorSchoolLoads(groupId);

		List<MentorCandidate> loadedCandidates = new ArrayList<>();

		for (MentorCandidate candidate : candidates) {
			int storedLoad = storedLoads.getOrDefault(
				Long.parseLong(candidate.getSchoolId()), 0);

			if (storedLoad > candidate.getCurrentLoad()) {
				candidate = new MentorCandidate(
					candidate.getSchoolId(), candidate.getLevel(),
					candidate.getSettlement(), candidate.getLatitude(),
					candidate.getLongitude(), candidate.getMaxSchools(),
					storedLoad, candidate.getStrongSubjects(),
					candidate.getOvercomeRiskFactors(),
					candidate.getCooperatingSchoolIds());
			}

			loadedCandidates.add(candidate);
		}

		MentorMatching mentorMatching = costModel.problem(
			profiles, loadedCandidates
		).solve();

		List<MentorSuggestion> suggestions = new ArrayList<>();

		for (int i = 0; i < profiles.size(); i++) {
			int mentorIndex = mentorMatching.getMentorIndex(i);

			if (mentorIndex < 0) {
				continue;
			}

			SupportedSchoolProfile profile = profiles.get(i);
			MentorCandidate candidate = loadedCandidates.get(mentorIndex);

			PairCost pairCost = costModel.cost(profile, candidate);

			suggestions.add(
				new MentorSuggestion(
					Long.parseLong(profile.getSchoolId()),
					Long.parseLong(candidate.getSchoolId()),
					pairCost.getTotal(), pairCost.getComponents()));
		}

		List<Long> unassignedSchoolIds = new ArrayList<>();

		for (String schoolId : mentorMatching.getUnassigned()) {
			unassignedSchoolIds.add(Long.parseLong(schoolId));
		}

		return new MentorSuggestions(
			suggestions, unassignedSchoolIds, mentorMatching.getTotalCost());
	}

	/**
	 * Updates the parties, period, order and explanation of a proposed or
	 * active assignment; the kind and the status do not change here.
	 */
	@Override
	public MentorAssignment updateAssignment(
			long userId, long mentorAssignmentId,
			AssignmentData assignmentData, int capacity,
			ServiceContext serviceContext)
		throws PortalException {

		MentorAssignment mentorAssignment =
			mentorAssignmentPersistence.findByPrimaryKey(mentorAssignmentId);

		Violations violations = new Violations();

		if (!mentorAssignment.isOpen()) {
			violations.add(
				"status", "status-final", mentorAssignment.getStatus());
		}

		if ((assignmentData != null) &&
			(assignmentData.getKind() !=
				mentorAssignment.getAssignmentKind())) {

			violations.add("kind", "unchangeable");
		}

		if (!violations.isEmpty()) {
			throw new MentoringValidationException(violations.list());
		}

		_validate(mentorAssignmentId, assignmentData, capacity);

		mentorAssignment.setModifiedDate(
			serviceContext.getModifiedDate(new Date()));

		_setFields(mentorAssignment, assignmentData);

		return mentorAssignmentPersistence.update(mentorAssignment);
	}

	private MentorAssignment _addAssignment(
			User user, long groupId, AssignmentData assignmentData,
			ServiceContext serviceContext)
		throws PortalException {

		MentorAssignment mentorAssignment =
			mentorAssignmentPersistence.create(
				counterLocalService.increment(
					MentorAssignment.class.getName()));

		mentorAssignment.setGroupId(groupId);
		mentorAssignment.setCompanyId(user.getCompanyId());
		mentorAssignment.setUserId(user.getUserId());
		mentorAssignment.setUserName(user.getFullName());

		Date now = new Date();

		mentorAssignment.setCreateDate(serviceContext.getCreateDate(now));
		mentorAssignment.setModifiedDate(serviceContext.getModifiedDate(now));

		mentorAssignment.setKind(assignmentData.getKind().code());
		mentorAssignment.setStatus(AssignmentStatus.PROPOSED.code());

		_setFields(mentorAssignment, assignmentData);

		mentorAssignment = mentorAssignmentPersistence.update(mentorAssignment);

		resourceLocalService.addModelResources(
			mentorAssignment, serviceContext);

		_addHistory(
			user, mentorAssignment, null, AssignmentStatus.PROPOSED, null,
			now);

		_notify(user, mentorAssignment, AssignmentStatus.PROPOSED);

		return mentorAssignment;
	}

	private void _addHistory(
		User user, MentorAssignment mentorAssignment,
		AssignmentStatus oldStatus, AssignmentStatus newStatus,
		String comment, Date date) {

		MentorAssignmentHistory mentorAssignmentHistory =
			mentorAssignmentHistoryPersistence.create(
				counterLocalService.increment(
					MentorAssignmentHistory.class.getName()));

		mentorAssignmentHistory.setGroupId(mentorAssignment.getGroupId());
		mentorAssignmentHistory.setCompanyId(mentorAssignment.getCompanyId());
		mentorAssignmentHistory.setUserId(user.getUserId());
		mentorAssignmentHistory.setUserName(user.getFullName());
		mentorAssignmentHistory.setCreateDate(date);
		mentorAssignmentHistory.setMentorAssignmentId(
			mentorAssignment.getMentorAssignmentId());
		mentorAssignmentHistory.setOldStatus(
			(oldStatus == null) ? "" : oldStatus.code());
		mentorAssignmentHistory.setNewStatus(newStatus.code());
		mentorAssignmentHistory.setComment(comment);

		mentorAssignmentHistoryPersistence.update(mentorAssignmentHistory);
	}

	private MentorAssignment _changeStatus(
			long userId, long mentorAssignmentId, AssignmentStatus newStatus,
			String comment, ServiceContext serviceContext)
		throws PortalException {

		MentorAssignment mentorAssignment =
			mentorAssignmentPersistence.findByPrimaryKey(mentorAssignmentId);

		AssignmentStatus oldStatus = mentorAssignment.getAssignmentStatus();

		Violations violations = AssignmentRules.checkTransition(
			oldStatus, newStatus, comment);

		if (!violations.isEmpty()) {
			throw new MentoringValidationException(violations.list());
		}

		User user = userLocalService.getUser(userId);

		Date now = new Date();

		mentorAssignment.setModifiedDate(serviceContext.getModifiedDate(now));
		mentorAssignment.setStatus(newStatus.code());
		mentorAssignment.setStatusReason(
			Validator.isBlank(comment) ? null : comment.trim());

		mentorAssignment = mentorAssignmentPersistence.update(mentorAssignment);

		_addHistory(user, mentorAssignment, oldStatus, newStatus, comment, now);

		_notify(user, mentorAssignment, newStatus);

		return mentorAssignment;
	}

	private List<MentorAssignment> _filter(
		List<MentorAssignment> mentorAssignments,
		boolean openOnly) {

		if (!openOnly) {
			return mentorAssignments;
		}

		List<MentorAssignment> open =
			new ArrayList<>();

		for (MentorAssignment mentorAssignment :
				mentorAssignments) {

			if (mentorAssignment.isOpen()) {
				open.add(mentorAssignment);
			}
		}

		return open;
	}

	/** Stored assignments of a mentor party of the kind (capacity rule). */
	private List<ExistingAssignment> _getLoad(
		AssignmentKind kind, long mentorPartyId) {

		List<MentorAssignment> mentorAssignments;

		if (kind == AssignmentKind.CURATOR) {
			mentorAssignments = mentorAssignmentPersistence.findByCuratorUserId(
				mentorPartyId);
		}
		else if (kind == AssignmentKind.TEACHER_MENTOR) {
			mentorAssignments =
				mentorAssignmentPersistence.findByTeacherMentorUserId(
					mentorPartyId);
		}
		else {
			mentorAssignments =
				mentorAssignmentPersistence.findByMentorSchoolId(
					mentorPartyId);
		}

		List<ExistingAssignment> load = new ArrayList<>();

		for (MentorAssignment mentorAssignment :
				mentorAssignments) {

			AssignmentStatus status = mentorAssignment.getAssignmentStatus();
			Period period = mentorAssignment.getPeriod();

			if ((mentorAssignment.getAssignmentKind() == kind) &&
				(status != null) && (period != null)) {

				load.add(
					new ExistingAssignment(
						mentorAssignment.getMentorAssignmentId(), status,
						period));
			}
		}

		return load;
	}

	/** Open mentor-school assignments per mentor school of the site. */
	private Map<Long, Integer> _getStoredMentorSchoolLoads(long groupId) {
		Map<Long, Integer> loads = new HashMap<>();

		for (AssignmentStatus status : AssignmentStatus.values()) {
			if (!status.isOpen()) {
				continue;
			}

			for (MentorAssignment mentorAssignment :
					mentorAssignmentPersistence.findByG_S(
						groupId, status.code())) {

				if (mentorAssignment.getAssignmentKind() ==
						AssignmentKind.MENTOR_SCHOOL) {

					loads.merge(
						mentorAssignment.getMentorSchoolId(), 1, Integer::sum);
				}
			}
		}

		return loads;
	}

	/**
	 * Schedules the notification of a proposed or activated assignment (sent
	 * after the commit); other statuses are not notified.
	 */
	private void _notify(
		User user, MentorAssignment mentorAssignment,
		AssignmentStatus status) {

		try {
			if (status == AssignmentStatus.PROPOSED) {
				_mentoringNotifications.assignmentProposed(
					mentorAssignment, user.getUserId(), user.getFullName());
			}
			else if (status == AssignmentStatus.ACTIVE) {
				_mentoringNotifications.assignmentActivated(
					mentorAssignment, user.getUserId(), user.getFullName());
			}
		}
		catch (RuntimeException runtimeException) {
			_log.error(
				"Unable to notify the parties of mentor assignment " +
					mentorAssignment.getMentorAssignmentId(),
				runtimeException);
		}
	}

	private void _requireSchoolId(
		Violations violations, String field, String schoolId) {

		try {
			if (Long.parseLong(schoolId) > 0) {
				return;
			}
		}
		catch (NumberFormatException numberFormatException) {
		}

		violations.add(field, "invalid-id", schoolId);
	}

	private void _setFields(
		MentorAssignment mentorAssignment,
		AssignmentData assignmentData) {

		mentorAssignment.setSupportedSchoolId(
			assignmentData.getSupportedSchoolId());
		mentorAssignment.setMentorSchoolId(assignmentData.getMentorSchoolId());
		mentorAssignment.setCuratorUserId(assignmentData.getCuratorUserId());
		mentorAssignment.setTeacherMentorUserId(
			assignmentData.getTeacherMentorUserId());
		mentorAssignment.setMenteeUserId(assignmentData.getMenteeUserId());
		mentorAssignment.setStartDate(
			MentoringDates.toDate(assignmentData.getStartDate()));
		mentorAssignment.setEndDate(
			MentoringDates.toDate(assignmentData.getEndDate()));
		mentorAssignment.setOrderNumber(
			Validator.isBlank(assignmentData.getOrderNumber()) ? null :
				assignmentData.getOrderNumber().trim());
		mentorAssignment.setOrderDate(
			MentoringDates.toDate(assignmentData.getOrderDate()));
		mentorAssignment.setOrderFileEntryId(
			assignmentData.getOrderFileEntryId());
		mentorAssignment.setExplanation(assignmentData.getExplanation());
	}

	private void _validate(
			long mentorAssignmentId, AssignmentData assignmentData,
			int capacity)
		throws PortalException {

		if (assignmentData == null) {
			throw new MentoringValidationException(
				new Violations().add("assignment", "required").list());
		}

		Violations violations = assignmentData.validate();

		if (violations.isEmpty()) {
			AssignmentKind kind = assignmentData.getKind();

			violations = AssignmentRules.checkCapacity(
				kind.mentorField(), mentorAssignmentId,
				assignmentData.getPeriod(),
				_getLoad(kind, assignmentData.getMentorPartyId()), capacity);
		}

		if (!violations.isEmpty()) {
			throw new MentoringValidationException(violations.list());
		}
	}

	private static final Log _log = LogFactoryUtil.getLog(
		MentorAssignmentLocalServiceImpl.class);

	@Reference
	private MentoringNotifications _mentoringNotifications;

}
