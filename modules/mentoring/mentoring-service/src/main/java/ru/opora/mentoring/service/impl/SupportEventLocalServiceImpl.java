/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.Validator;

import java.time.LocalDate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.osgi.service.component.annotations.Component;

import ru.opora.domain.mentoring.assignment.CalendarEntry;
import ru.opora.domain.mentoring.assignment.SupportCalendar;
import ru.opora.domain.mentoring.assignment.SupportEventData;
import ru.opora.domain.mentoring.assignment.MaterialLinks;
import ru.opora.domain.mentoring.assignment.SupportEventRules;
import ru.opora.domain.mentoring.assignment.SupportEventStatus;
import ru.opora.domain.validation.Violation;
import ru.opora.domain.validation.Violations;
import ru.opora.mentoring.exception.MentoringValidationException;
import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.model.SupportEvent;
import ru.opora.mentoring.service.base.SupportEventLocalServiceBaseImpl;
import ru.opora.mentoring.util.MentoringDates;

/**
 * The support plan of an assignment: events planned inside its period,
 * reported as done (with the outcome and a Document Library folder of
 * materials) or cancelled; calendar and overdue queries.
 *
 * @author Opora
 */
@Component(
	property = "model.class.name=ru.opora.mentoring.model.SupportEvent",
	service = AopService.class
)
public class SupportEventLocalServiceImpl
	extends SupportEventLocalServiceBaseImpl {

	/** Plans an event of a proposed or active assignment, inside its period. */
	@Override
	public SupportEvent addSupportEvent(
			long userId, long mentorAssignmentId,
			SupportEventData supportEventData, ServiceContext serviceContext)
		throws PortalException {

		MentorAssignment mentorAssignment =
			mentorAssignmentPersistence.findByPrimaryKey(mentorAssignmentId);

		_validate(mentorAssignment, supportEventData, new Violations());

		User user = userLocalService.getUser(userId);

		SupportEvent supportEvent = supportEventPersistence.create(
			counterLocalService.increment(SupportEvent.class.getName()));

		supportEvent.setGroupId(mentorAssignment.getGroupId());
		supportEvent.setCompanyId(mentorAssignment.getCompanyId());
		supportEvent.setUserId(user.getUserId());
		supportEvent.setUserName(user.getFullName());

		Date now = new Date();

		supportEvent.setCreateDate(serviceContext.getCreateDate(now));
		supportEvent.setModifiedDate(serviceContext.getModifiedDate(now));
		supportEvent.setMentorAssignmentId(mentorAssignmentId);
		supportEvent.setStatus(SupportEventStatus.PLANNED.code());

		_setFields(supportEvent, supportEventData);

		return supportEventPersistence.update(supportEvent);
	}

	@Override
	public List<SupportEvent> getAssignmentSupportEvents(
		long mentorAssignmentId) {

		return supportEventPersistence.findByMentorAssignmentId(
			mentorAssignmentId);
	}

	/**
	 * The events of a curator's assignments between two days (both
	 * included), cancelled ones left out, by date.
	 */
	@Override
	public List<SupportEvent> getCuratorCalendar(
		long curatorUserId, LocalDate from, LocalDate to) {

		Map<Long, SupportEvent> supportEvents = new HashMap<>();
		List<CalendarEntry> calendarEntries = new ArrayList<>();

		for (MentorAssignment mentorAssignment :
				mentorAssignmentPersistence.findByCuratorUserId(
					curatorUserId)) {

			_collect(
				mentorAssignment,
				supportEventPersistence.findByMentorAssignmentId(
					mentorAssignment.getMentorAssignmentId()),
				supportEvents, calendarEntries);
		}

		return _toSupportEvents(
			SupportCalendar.forCurator(
				calendarEntries, curatorUserId, from, to),
			supportEvents);
	}

	/** Unreported planned events of a curator past the grace days. */
	@Override
	public List<SupportEvent> getCuratorOverdueSupportEvents(
		long curatorUserId, LocalDate today, int graceDays) {

		List<SupportEvent> overdue = new ArrayList<>();

		for (MentorAssignment mentorAssignment :
				mentorAssignmentPersistence.findByCuratorUserId(
					curatorUserId)) {

			_addOverdue(
				supportEventPersistence.findByMentorAssignmentId(
					mentorAssignment.getMentorAssignmentId()),
				today, graceDays, overdue);
		}

		return overdue;
	}

	/**
	 * The events of a municipality between two days (both included),
	 * cancelled ones left out, by date.
	 */
	@Override
	public List<SupportEvent> getGroupCalendar(
		long groupId, LocalDate from, LocalDate to) {

		Map<Long, SupportEvent> supportEvents = new HashMap<>();
		List<CalendarEntry> calendarEntries = new ArrayList<>();

		for (SupportEventStatus status : SupportEventStatus.values()) {
			if (status == SupportEventStatus.CANCELLED) {
				continue;
			}

			_collect(
				null, supportEventPersistence.findByG_S(groupId, status.code()),
				supportEvents, calendarEntries);
		}

		return _toSupportEvents(
			SupportCalendar.forMunicipality(calendarEntries, groupId, from, to),
			supportEvents);
	}

	/** Unreported planned events of a municipality past the grace days. */
	@Override
	public List<SupportEvent> getGroupOverdueSupportEvents(
		long groupId, LocalDate today, int graceDays) {

		List<SupportEvent> overdue = new ArrayList<>();

		_addOverdue(
			supportEventPersistence.findByG_S(
				groupId, SupportEventStatus.PLANNED.code()),
			today, graceDays, overdue);

		return overdue;
	}

	/**
	 * Overdue events (planned, unreported, past the grace days) in every
	 * site whose curator has not been told yet: the daily notification job's
	 * work list.
	 */
	@Override
	public List<SupportEvent> getOverdueSupportEventsToNotify(
		LocalDate today, int graceDays) {

		List<SupportEvent> overdue = new ArrayList<>();

		for (SupportEvent supportEvent :
				supportEventPersistence.findByStatus(
					SupportEventStatus.PLANNED.code())) {

			if ((supportEvent.getOverdueNotifiedDate() == null) &&
				supportEvent.isOverdue(today, graceDays)) {

				overdue.add(supportEvent);
			}
		}

		return overdue;
	}

	/**
	 * Records that the overdue notification of the event was sent, so that
	 * the daily job does not send it again.
	 */
	@Override
	public SupportEvent markOverdueNotified(
			long supportEventId, Date notifiedDate)
		throws PortalException {

		SupportEvent supportEvent = supportEventPersistence.findByPrimaryKey(
			supportEventId);

		supportEvent.setOverdueNotifiedDate(notifiedDate);

		return supportEventPersistence.update(supportEvent);
	}

	/**
	 * Reports an event as done (outcome required, not before its date) or
	 * cancelled; a done event's report may be corrected.
	 *
	 * @param status a code of SupportEventStatus: done or cancelled
	 * @param reportFolderId the Document Library folder of the materials, or 0
	 * @param reportDate the day of the report (the reporter's today)
	 */
	/**
	 * Links methodological materials of the region's library (their
	 * Documents and Media file entry IDs) to the event, replacing the earlier
	 * choice; an empty array unlinks all.
	 */
	@Override
	public SupportEvent updateSupportEventMaterials(
			long supportEventId, long[] fileEntryIds,
			ServiceContext serviceContext)
		throws PortalException {

		SupportEvent supportEvent = supportEventPersistence.findByPrimaryKey(
			supportEventId);

		Violations violations = new Violations();

		List<Long> ids = MaterialLinks.check(fileEntryIds, violations);

		if (!violations.isEmpty()) {
			throw new MentoringValidationException(violations.list());
		}

		supportEvent.setModifiedDate(
			serviceContext.getModifiedDate(new Date()));
		supportEvent.setMaterialFileEntryIds(MaterialLinks.format(ids));

		return supportEventPersistence.update(supportEvent);
	}

	@Override
	public SupportEvent reportSupportEvent(
			long userId, long supportEventId, String status, String outcome,
			long reportFolderId, LocalDate reportDate,
			ServiceContext serviceContext)
		throws PortalException {

		SupportEvent supportEvent = supportEventPersistence.findByPrimaryKey(
			supportEventId);

		SupportEventStatus reported = SupportEventStatus.parse(
			status
		).orElse(
			null
		);

		Violations violations = new Violations();

		if (reportDate == null) {
			violations.add("reportDate", "required");
		}
		else {
			violations = SupportEventRules.checkReport(
				supportEvent.getSupportEventStatus(),
				supportEvent.getPlannedLocalDate(), reported, outcome,
				reportDate);
		}

		if (!violations.isEmpty()) {
			throw new MentoringValidationException(violations.list());
		}

		supportEvent.setModifiedDate(
			serviceContext.getModifiedDate(new Date()));
		supportEvent.setStatus(reported.code());
		supportEvent.setOutcome(Validator.isBlank(outcome) ? null : outcome);
		supportEvent.setReportDate(MentoringDates.toDate(reportDate));
		supportEvent.setReportUserId(userId);
		supportEvent.setReportFolderId(reportFolderId);

		return supportEventPersistence.update(supportEvent);
	}

	/**
	 * Changes a planned event: type, title, date inside the period,
	 * participants, expected result.
	 */
	@Override
	public SupportEvent updateSupportEvent(
			long userId, long supportEventId, SupportEventData supportEventData,
			ServiceContext serviceContext)
		throws PortalException {

		SupportEvent supportEvent = supportEventPersistence.findByPrimaryKey(
			supportEventId);

		_validate(
			mentorAssignmentPersistence.findByPrimaryKey(
				supportEvent.getMentorAssignmentId()),
			supportEventData,
			SupportEventRules.checkUpdate(
				supportEvent.getSupportEventStatus()));

		LocalDate plannedDate = supportEvent.getPlannedLocalDate();

		supportEvent.setModifiedDate(
			serviceContext.getModifiedDate(new Date()));

		_setFields(supportEvent, supportEventData);

		if (!Objects.equals(plannedDate, supportEvent.getPlannedLocalDate())) {

			// A new date: if it becomes overdue again, tell the curator again

			supportEvent.setOverdueNotifiedDate(null);
		}

		return supportEventPersistence.update(supportEvent);
	}

	private void _addOverdue(
		Collection<SupportEvent> supportEvents, LocalDate today, int graceDays,
		List<SupportEvent> overdue) {

		for (SupportEvent supportEvent : supportEvents) {
			if (supportEvent.isOverdue(today, graceDays)) {
				overdue.add(supportEvent);
			}
		}
	}

	private void _collect(
		MentorAssignment mentorAssignment,
		Collection<SupportEvent> supportEvents,
		Map<Long, SupportEvent> supportEventsById,
		List<CalendarEntry> calendarEntries) {

		for (SupportEvent supportEvent : supportEvents) {
			SupportEventStatus status = supportEvent.getSupportEventStatus();
			LocalDate plannedDate = supportEvent.getPlannedLocalDate();

			if ((status == null) || (plannedDate == null)) {
				continue;
			}

			supportEventsById.put(
				supportEvent.getSupportEventId(), supportEvent);
			calendarEntries.add(
				new CalendarEntry(
					supportEvent.getSupportEventId(),
					supportEvent.getMentorAssignmentId(),
					supportEvent.getGroupId(),
					(mentorAssignment == null) ? 0 :
						mentorAssignment.getCuratorUserId(),
					plannedDate, status));
		}
	}

	private void _setFields(
		SupportEvent supportEvent, SupportEventData supportEventData) {

		supportEvent.setEventType(supportEventData.getType().code());
		supportEvent.setTitle(supportEventData.getTitle().trim());
		supportEvent.setPlannedDate(
			MentoringDates.toDate(supportEventData.getPlannedDate()));
		supportEvent.setParticipants(supportEventData.getParticipants());
		supportEvent.setExpectedResult(supportEventData.getExpectedResult());
	}

	private List<SupportEvent> _toSupportEvents(
		List<CalendarEntry> calendarEntries,
		Map<Long, SupportEvent> supportEvents) {

		List<SupportEvent> selected = new ArrayList<>();

		for (CalendarEntry calendarEntry : calendarEntries) {
			selected.add(supportEvents.get(calendarEntry.getEventId()));
		}

		return selected;
	}

	private void _validate(
			MentorAssignment mentorAssignment,
			SupportEventData supportEventData, Violations violations)
		throws PortalException {

		if (supportEventData == null) {
			violations.add("supportEvent", "required");
		}
		else {
			for (Violation violation :
					supportEventData.validate(
						mentorAssignment.getPeriod(),
						mentorAssignment.getAssignmentStatus()
					).list()) {

				violations.add(
					violation.field(), violation.code(),
					violation.arguments().toArray());
			}
		}

		if (!violations.isEmpty()) {
			throw new MentoringValidationException(violations.list());
		}
	}

}
