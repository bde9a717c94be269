package ru.opora.mentoring.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserLocalService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.opora.domain.mentoring.assignment.SupportEventData;
import ru.opora.domain.mentoring.assignment.SupportEventType;
import ru.opora.domain.validation.Violation;
import ru.opora.mentoring.exception.MentoringValidationException;
import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.model.SupportEvent;
import ru.opora.mentoring.model.impl.MentorAssignmentImpl;
import ru.opora.mentoring.model.impl.SupportEventImpl;
import ru.opora.mentoring.service.persistence.MentorAssignmentPersistence;
import ru.opora.mentoring.service.persistence.SupportEventPersistence;
import ru.opora.mentoring.util.MentoringDates;
import ru.opora.testing.Fields;

/** Support plans with the persistence mocked. */
class SupportEventLocalServiceImplTest {

	static final LocalDate END = LocalDate.of(2025, 5, 31);

	static final long GROUP_ID = 20;

	static final LocalDate START = LocalDate.of(2024, 9, 1);

	static final long USER_ID = 501;

	@BeforeEach
	void setUp() throws Exception {
		_assignments.put(1L, _assignment(1, "active", 501));
		_assignments.put(2L, _assignment(2, "finished", 502));

		when(_counterLocalService.increment(anyString())).thenAnswer(invocation -> _counter.incrementAndGet());
		when(_mentorAssignmentPersistence.findByPrimaryKey(anyLong())).thenAnswer(
			invocation -> _assignments.get((Long)invocation.getArgument(0)));
		when(_mentorAssignmentPersistence.findByCuratorUserId(anyLong())).thenAnswer(
			invocation -> {
				List<MentorAssignment> selected = new ArrayList<>();

				for (MentorAssignment mentorAssignment : _assignments.values()) {
					if (mentorAssignment.getCuratorUserId() == (Long)invocation.getArgument(0)) {
						selected.add(mentorAssignment);
					}
				}

				return selected;
			});

		when(_supportEventPersistence.create(anyLong())).thenAnswer(
			invocation -> {
				SupportEvent supportEvent = new SupportEventImpl();

				supportEvent.setSupportEventId(invocation.getArgument(0));

				return supportEvent;
			});
		when(_supportEventPersistence.update(any(SupportEvent.class))).thenAnswer(
			invocation -> {
				SupportEvent supportEvent = invocation.getArgument(0);

				_events.put(supportEvent.getSupportEventId(), supportEvent);

				return supportEvent;
			});
		when(_supportEventPersistence.findByPrimaryKey(anyLong())).thenAnswer(
			invocation -> _events.get((Long)invocation.getArgument(0)));
		when(_supportEventPersistence.findByMentorAssignmentId(anyLong())).thenAnswer(
			invocation -> _select(invocation.getArgument(0), null));
		when(_supportEventPersistence.findByG_S(anyLong(), anyString())).thenAnswer(
			invocation -> _select(-1, invocation.getArgument(1)));

		User user = mock(User.class);

		when(user.getUserId()).thenReturn(USER_ID);
		when(user.getFullName()).thenReturn("Куратор");
		when(_userLocalService.getUser(USER_ID)).thenReturn(user);

		Fields.set(_service, "mentorAssignmentPersistence", _mentorAssignmentPersistence);
		Fields.set(_service, "supportEventPersistence", _supportEventPersistence);
		Fields.set(_service, "counterLocalService", _counterLocalService);
		Fields.set(_service, "userLocalService", _userLocalService);
	}

	@Test
	void plannedEventTakesGroupFromItsAssignment() throws Exception {
		SupportEvent supportEvent = _service.addSupportEvent(
			USER_ID, 1, _data(SupportEventType.MUTUAL_LESSON_VISIT, LocalDate.of(2024, 10, 10)), _serviceContext);

		assertEquals(GROUP_ID, supportEvent.getGroupId());
		assertEquals(1, supportEvent.getMentorAssignmentId());
		assertEquals("planned", supportEvent.getStatus());
		assertEquals("mutual-lesson-visit", supportEvent.getEventType());
		assertEquals(LocalDate.of(2024, 10, 10), supportEvent.getPlannedLocalDate());
	}

	@Test
	void materialsReplaceTheEarlierChoiceOnceEachAndBadIdsStoreNothing() throws Exception {
		SupportEvent supportEvent = _service.addSupportEvent(
			USER_ID, 1, _data(SupportEventType.MUTUAL_LESSON_VISIT, LocalDate.of(2024, 10, 10)), _serviceContext);

		long supportEventId = supportEvent.getSupportEventId();

		_service.updateSupportEventMaterials(supportEventId, new long[] {301, 302, 301}, _serviceContext);

		assertEquals("301,302", _events.get(supportEventId).getMaterialFileEntryIds());
		assertEquals(List.of(301L, 302L), _events.get(supportEventId).getMaterialFileEntryIdList());

		MentoringValidationException invalid = assertThrows(
			MentoringValidationException.class,
			() -> _service.updateSupportEventMaterials(supportEventId, new long[] {303, 0}, _serviceContext));

		assertEquals("materials", invalid.getViolations().get(0).field());
		assertEquals("301,302", _events.get(supportEventId).getMaterialFileEntryIds());

		_service.updateSupportEventMaterials(supportEventId, new long[0], _serviceContext);

		assertEquals(List.of(), _events.get(supportEventId).getMaterialFileEntryIdList());
	}

	@Test
	void eventsStayInsideOpenAssignments() {
		MentoringValidationException outside = assertThrows(
			MentoringValidationException.class,
			() -> _service.addSupportEvent(
				USER_ID, 1, _data(SupportEventType.SEMINAR, END.plusDays(1)), _serviceContext));

		assertEquals(
			List.of(Violation.of("plannedDate", "outside-assignment-period", START, END)), outside.getViolations());

		MentoringValidationException closed = assertThrows(
			MentoringValidationException.class,
			() -> _service.addSupportEvent(
				USER_ID, 2, _data(SupportEventType.SEMINAR, START), _serviceContext));

		assertEquals(
			List.of(Violation.of("mentorAssignmentId", "assignment-closed", "finished")), closed.getViolations());
		verify(_supportEventPersistence, never()).create(anyLong());
	}

	@Test
	void reportingFollowsTheRules() throws Exception {
		LocalDate date = LocalDate.of(2024, 10, 10);

		SupportEvent supportEvent = _service.addSupportEvent(
			USER_ID, 1, _data(SupportEventType.FIELD_VISIT, date), _serviceContext);

		long id = supportEvent.getSupportEventId();

		MentoringValidationException early = assertThrows(
			MentoringValidationException.class,
			() -> _service.reportSupportEvent(
				USER_ID, id, "done", "Проведено", 0, date.minusDays(1), _serviceContext));

		assertEquals(List.of(Violation.of("plannedDate", "report-before-date", date)), early.getViolations());

		MentoringValidationException noOutcome = assertThrows(
			MentoringValidationException.class,
			() -> _service.reportSupportEvent(USER_ID, id, "done", "", 0, date, _serviceContext));

		assertEquals(List.of(Violation.of("outcome", "required")), noOutcome.getViolations());

		_service.reportSupportEvent(USER_ID, id, "done", "Посещено 4 урока", 4242, date.plusDays(2), _serviceContext);

		SupportEvent reported = _events.get(id);

		assertEquals("done", reported.getStatus());
		assertEquals("Посещено 4 урока", reported.getOutcome());
		assertEquals(4242, reported.getReportFolderId());
		assertEquals(USER_ID, reported.getReportUserId());
		assertEquals(MentoringDates.toDate(date.plusDays(2)), reported.getReportDate());

		MentoringValidationException edit = assertThrows(
			MentoringValidationException.class,
			() -> _service.updateSupportEvent(
				USER_ID, id, _data(SupportEventType.FIELD_VISIT, date), _serviceContext));

		assertEquals(List.of(Violation.of("status", "event-closed", "done")), edit.getViolations());
	}

	@Test
	void overdueAndCalendarQueries() throws Exception {
		SupportEvent late = _service.addSupportEvent(
			USER_ID, 1, _data(SupportEventType.CONSULTATION, LocalDate.of(2024, 10, 1)), _serviceContext);
		SupportEvent recent = _service.addSupportEvent(
			USER_ID, 1, _data(SupportEventType.SEMINAR, LocalDate.of(2024, 10, 20)), _serviceContext);
		SupportEvent cancelled = _service.addSupportEvent(
			USER_ID, 1, _data(SupportEventType.INTERNSHIP, LocalDate.of(2024, 9, 15)), _serviceContext);

		_service.reportSupportEvent(
			USER_ID, cancelled.getSupportEventId(), "cancelled", null, 0, LocalDate.of(2024, 9, 10), _serviceContext);

		LocalDate today = LocalDate.of(2024, 10, 25);

		assertEquals(List.of(late), _service.getGroupOverdueSupportEvents(GROUP_ID, today, 7));
		assertEquals(List.of(late), _service.getCuratorOverdueSupportEvents(501, today, 7));
		assertEquals(List.of(), _service.getCuratorOverdueSupportEvents(502, today, 7));
		assertTrue(late.isOverdue(today, 7));

		assertEquals(
			List.of(late, recent),
			_service.getCuratorCalendar(501, LocalDate.of(2024, 9, 1), LocalDate.of(2024, 10, 31)));
		assertEquals(
			List.of(recent), _service.getGroupCalendar(GROUP_ID, LocalDate.of(2024, 10, 2), LocalDate.of(2024, 12, 31)));
	}

	private static MentorAssignment _assignment(long id, String status, long curatorUserId) {
		MentorAssignment mentorAssignment = new MentorAssignmentImpl();

		mentorAssignment.setMentorAssignmentId(id);
		mentorAssignment.setGroupId(GROUP_ID);
		mentorAssignment.setCompanyId(1);
		mentorAssignment.setKind("curator");
		mentorAssignment.setSupportedSchoolId(10 + id);
		mentorAssignment.setCuratorUserId(curatorUserId);
		mentorAssignment.setStartDate(MentoringDates.toDate(START));
		mentorAssignment.setEndDate(MentoringDates.toDate(END));
		mentorAssignment.setStatus(status);

		return mentorAssignment;
	}

	private static SupportEventData _data(SupportEventType type, LocalDate plannedDate) {
		return new SupportEventData(type, "Методический десант", plannedDate, "Директор, завуч", "План ВСОКО");
	}

	private List<SupportEvent> _select(long mentorAssignmentId, String status) {
		List<SupportEvent> selected = new ArrayList<>();

		for (SupportEvent supportEvent : _events.values()) {
			if (((mentorAssignmentId < 0) || (supportEvent.getMentorAssignmentId() == mentorAssignmentId)) &&
				((status == null) || status.equals(supportEvent.getStatus()))) {

				selected.add(supportEvent);
			}
		}

		return selected;
	}

	private final Map<Long, MentorAssignment> _assignments = new HashMap<>();
	private final AtomicLong _counter = new AtomicLong(1000);
	private final CounterLocalService _counterLocalService = mock(CounterLocalService.class);
	private final Map<Long, SupportEvent> _events = new HashMap<>();
	private final MentorAssignmentPersistence _mentorAssignmentPersistence = mock(MentorAssignmentPersistence.class);
	private final SupportEventLocalServiceImpl _service = new SupportEventLocalServiceImpl();
	private final ServiceContext _serviceContext = new ServiceContext();
	private final SupportEventPersistence _supportEventPersistence = mock(SupportEventPersistence.class);
	private final UserLocalService _userLocalService = mock(UserLocalService.class);

}
