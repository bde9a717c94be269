package ru.opora.mentoring.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ResourceLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserLocalService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.opora.domain.mentoring.MentorCandidate;
import ru.opora.domain.mentoring.SupportedSchoolProfile;
import ru.opora.domain.mentoring.assignment.AssignmentData;
import ru.opora.domain.mentoring.assignment.AssignmentKind;
import ru.opora.domain.mentoring.assignment.AssignmentStatus;
import ru.opora.domain.school.SchoolLevel;
import ru.opora.domain.validation.Violation;
import ru.opora.mentoring.exception.MentoringValidationException;
import ru.opora.mentoring.internal.notifications.MentoringNotifications;
import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.model.MentorAssignmentHistory;
import ru.opora.mentoring.model.MentorSuggestion;
import ru.opora.mentoring.model.MentorSuggestions;
import ru.opora.mentoring.model.impl.MentorAssignmentHistoryImpl;
import ru.opora.mentoring.model.impl.MentorAssignmentImpl;
import ru.opora.mentoring.service.persistence.MentorAssignmentHistoryPersistence;
import ru.opora.mentoring.service.persistence.MentorAssignmentPersistence;
import ru.opora.mentoring.service.persistence.SupportEventPersistence;
import ru.opora.mentoring.util.MentoringDates;
import ru.opora.testing.Fields;

/** The local service with its persistence mocked, as Liferay's unit tests do. */
class MentorAssignmentLocalServiceImplTest {

	static final long GROUP_ID = 20;

	static final LocalDate START = LocalDate.of(2024, 9, 1);

	static final LocalDate END = LocalDate.of(2025, 5, 31);

	static final long USER_ID = 7;

	@BeforeEach
	void setUp() throws Exception {
		when(_counterLocalService.increment(anyString())).thenAnswer(invocation -> _counter.incrementAndGet());

		when(_mentorAssignmentPersistence.create(anyLong())).thenAnswer(
			invocation -> {
				MentorAssignment mentorAssignment = new MentorAssignmentImpl();

				mentorAssignment.setMentorAssignmentId(invocation.getArgument(0));

				return mentorAssignment;
			});
		when(_mentorAssignmentPersistence.update(any(MentorAssignment.class))).thenAnswer(
			invocation -> {
				MentorAssignment mentorAssignment = invocation.getArgument(0);

				_stored.put(mentorAssignment.getMentorAssignmentId(), mentorAssignment);

				return mentorAssignment;
			});
		when(_mentorAssignmentPersistence.findByPrimaryKey(anyLong())).thenAnswer(
			invocation -> _stored.get((Long)invocation.getArgument(0)));
		when(_mentorAssignmentPersistence.findByCuratorUserId(anyLong())).thenAnswer(
			invocation -> _select(mentorAssignment -> mentorAssignment.getCuratorUserId() == (Long)invocation.getArgument(0)));
		when(_mentorAssignmentPersistence.findByMentorSchoolId(anyLong())).thenAnswer(
			invocation -> _select(mentorAssignment -> mentorAssignment.getMentorSchoolId() == (Long)invocation.getArgument(0)));
		when(_mentorAssignmentPersistence.findByG_S(anyLong(), anyString())).thenAnswer(
			invocation -> _select(
				mentorAssignment -> (mentorAssignment.getGroupId() == (Long)invocation.getArgument(0)) &&
					mentorAssignment.getStatus().equals(invocation.getArgument(1))));

		when(_mentorAssignmentHistoryPersistence.create(anyLong())).thenAnswer(
			invocation -> {
				MentorAssignmentHistory mentorAssignmentHistory = new MentorAssignmentHistoryImpl();

				mentorAssignmentHistory.setMentorAssignmentHistoryId(invocation.getArgument(0));

				return mentorAssignmentHistory;
			});
		when(_mentorAssignmentHistoryPersistence.update(any(MentorAssignmentHistory.class))).thenAnswer(
			invocation -> {
				_history.add(invocation.getArgument(0));

				return invocation.getArgument(0);
			});

		User user = mock(User.class);

		when(user.getUserId()).thenReturn(USER_ID);
		when(user.getCompanyId()).thenReturn(1L);
		when(user.getFullName()).thenReturn("Муниципальный координатор");
		when(_userLocalService.getUser(USER_ID)).thenReturn(user);

		Fields.set(_service, "mentorAssignmentPersistence", _mentorAssignmentPersistence);
		Fields.set(_service, "mentorAssignmentHistoryPersistence", _mentorAssignmentHistoryPersistence);
		Fields.set(_service, "supportEventPersistence", _supportEventPersistence);
		Fields.set(_service, "counterLocalService", _counterLocalService);
		Fields.set(_service, "userLocalService", _userLocalService);
		Fields.set(_service, "resourceLocalService", _resourceLocalService);
		Fields.set(_service, "_mentoringNotifications", _mentoringNotifications);
	}

	@Test
	void proposedAndActivatedAssignmentsAreNotifiedOthersAreNot() throws Exception {
		MentorAssignment mentorAssignment = _service.addAssignment(
			USER_ID, GROUP_ID, _curator(501, 11).build(), 2, _serviceContext);

		verify(_mentoringNotifications).assignmentProposed(mentorAssignment, USER_ID, "Муниципальный координатор");

		long id = mentorAssignment.getMentorAssignmentId();

		_service.activateAssignment(USER_ID, id, "Приказ 71-од", _serviceContext);

		verify(_mentoringNotifications).assignmentActivated(
			_stored.get(id), USER_ID, "Муниципальный координатор");

		_service.finishAssignment(USER_ID, id, "Год завершён", _serviceContext);

		verify(_mentoringNotifications, times(1)).assignmentProposed(any(), anyLong(), any());
		verify(_mentoringNotifications, times(1)).assignmentActivated(any(), anyLong(), any());

		List<MentorAssignment> accepted = _service.acceptSuggestions(
			USER_ID, GROUP_ID, List.of(new MentorSuggestion(12, 22, 1.5, List.of())), START, END, 2,
			_serviceContext);

		verify(_mentoringNotifications).assignmentProposed(accepted.get(0), USER_ID, "Муниципальный координатор");
	}

	@Test
	void nothingIsNotifiedWhenTheChangeIsRejected() {
		assertThrows(
			MentoringValidationException.class,
			() -> _service.addAssignment(USER_ID, GROUP_ID, _curator(USER_ID, 0).build(), 2, _serviceContext));

		verify(_mentoringNotifications, never()).assignmentProposed(any(), anyLong(), any());
	}

	@Test
	void aNotificationFailureDoesNotUndoTheChange() throws Exception {
		doThrow(
			new IllegalStateException("notifications are down")
		).when(
			_mentoringNotifications
		).assignmentProposed(
			any(), anyLong(), any()
		);

		MentorAssignment mentorAssignment = _service.addAssignment(
			USER_ID, GROUP_ID, _curator(501, 11).build(), 2, _serviceContext);

		assertEquals(mentorAssignment, _stored.get(mentorAssignment.getMentorAssignmentId()));
		assertEquals(1, _history.size());
	}

	@Test
	void addStoresAProposedAssignmentWithHistoryAndPermissions() throws Exception {
		MentorAssignment mentorAssignment = _service.addAssignment(
			USER_ID, GROUP_ID, _curator(501, 11).explanation("why").build(), 2, _serviceContext);

		assertEquals(AssignmentStatus.PROPOSED.code(), mentorAssignment.getStatus());
		assertEquals(AssignmentKind.CURATOR.code(), mentorAssignment.getKind());
		assertEquals(GROUP_ID, mentorAssignment.getGroupId());
		assertEquals(1L, mentorAssignment.getCompanyId());
		assertEquals(501, mentorAssignment.getCuratorUserId());
		assertEquals(START, mentorAssignment.getStartLocalDate());
		assertEquals(MentoringDates.toDate(END), mentorAssignment.getEndDate());
		assertEquals("71-од", mentorAssignment.getOrderNumber());
		assertEquals("why", mentorAssignment.getExplanation());

		verify(_resourceLocalService).addModelResources(mentorAssignment, _serviceContext);

		assertEquals(1, _history.size());
		assertEquals("", _history.get(0).getOldStatus());
		assertEquals("proposed", _history.get(0).getNewStatus());
		assertEquals(mentorAssignment.getMentorAssignmentId(), _history.get(0).getMentorAssignmentId());
	}

	@Test
	void everyStatusChangeWritesHistory() throws Exception {
		MentorAssignment mentorAssignment = _service.addAssignment(
			USER_ID, GROUP_ID, _curator(501, 11).build(), 2, _serviceContext);

		long id = mentorAssignment.getMentorAssignmentId();

		_service.activateAssignment(USER_ID, id, "Приказ 71-од", _serviceContext);
		_service.finishAssignment(USER_ID, id, "Год завершён", _serviceContext);

		assertEquals("finished", _stored.get(id).getStatus());
		assertEquals(3, _history.size());
		assertEquals(List.of("", "proposed", "active"), _column(MentorAssignmentHistory::getOldStatus));
		assertEquals(List.of("proposed", "active", "finished"), _column(MentorAssignmentHistory::getNewStatus));
		assertEquals("Приказ 71-од", _history.get(1).getComment());
		assertEquals(USER_ID, _history.get(2).getUserId());
	}

	@Test
	void forbiddenTransitionsChangeNothing() throws Exception {
		MentorAssignment mentorAssignment = _service.addAssignment(
			USER_ID, GROUP_ID, _curator(501, 11).build(), 2, _serviceContext);

		long id = mentorAssignment.getMentorAssignmentId();

		MentoringValidationException finishProposed = assertThrows(
			MentoringValidationException.class, () -> _service.finishAssignment(USER_ID, id, null, _serviceContext));

		assertEquals(
			List.of(Violation.of("status", "status-transition-not-allowed", "proposed", "finished")),
			finishProposed.getViolations());

		MentoringValidationException cancelWithoutReason = assertThrows(
			MentoringValidationException.class, () -> _service.cancelAssignment(USER_ID, id, " ", _serviceContext));

		assertEquals(List.of(Violation.of("statusReason", "required")), cancelWithoutReason.getViolations());

		_service.cancelAssignment(USER_ID, id, "Школа реорганизована", _serviceContext);

		assertEquals("Школа реорганизована", _stored.get(id).getStatusReason());
		assertThrows(
			MentoringValidationException.class, () -> _service.activateAssignment(USER_ID, id, null, _serviceContext));
		assertEquals(List.of("proposed", "cancelled"), _column(MentorAssignmentHistory::getNewStatus));
	}

	@Test
	void capacityViolationStoresNothing() throws Exception {
		_service.addAssignment(USER_ID, GROUP_ID, _curator(501, 11).build(), 2, _serviceContext);
		_service.addAssignment(USER_ID, GROUP_ID, _curator(501, 12).build(), 2, _serviceContext);

		int historyRows = _history.size();

		MentoringValidationException exception = assertThrows(
			MentoringValidationException.class,
			() -> _service.addAssignment(USER_ID, GROUP_ID, _curator(501, 13).build(), 2, _serviceContext));

		assertEquals(List.of(Violation.of("curatorUserId", "capacity-exceeded", 2, 2)), exception.getViolations());
		assertEquals(2, _stored.size());
		assertEquals(historyRows, _history.size());

		// A period after both assignments does not overlap them

		MentorAssignment later = _service.addAssignment(
			USER_ID, GROUP_ID, _curator(501, 13).period(END.plusDays(1), null).build(), 2, _serviceContext);

		assertEquals(13, later.getSupportedSchoolId());
	}

	@Test
	void cancelledAssignmentsFreeTheirPlace() throws Exception {
		MentorAssignment first = _service.addAssignment(
			USER_ID, GROUP_ID, _curator(501, 11).build(), 1, _serviceContext);

		assertThrows(
			MentoringValidationException.class,
			() -> _service.addAssignment(USER_ID, GROUP_ID, _curator(501, 12).build(), 1, _serviceContext));

		_service.cancelAssignment(USER_ID, first.getMentorAssignmentId(), "Отозван", _serviceContext);

		assertEquals(
			12, _service.addAssignment(USER_ID, GROUP_ID, _curator(501, 12).build(), 1, _serviceContext).
				getSupportedSchoolId());
	}

	@Test
	void invalidDataStoresNothing() {
		MentoringValidationException exception = assertThrows(
			MentoringValidationException.class,
			() -> _service.addAssignment(
				USER_ID, GROUP_ID,
				AssignmentData.builder(
					AssignmentKind.MENTOR_SCHOOL
				).supportedSchoolId(
					11
				).mentorSchoolId(
					11
				).period(
					END, START
				).build(),
				2, _serviceContext));

		assertEquals(
			List.of(
				Violation.of("mentorSchoolId", "self-mentoring"), Violation.of("endDate", "end-before-start", END, START)),
			exception.getViolations());
		verify(_mentorAssignmentPersistence, never()).create(anyLong());
	}

	@Test
	void updateKeepsKindAndRechecksCapacityWithoutCountingItself() throws Exception {
		MentorAssignment mentorAssignment = _service.addAssignment(
			USER_ID, GROUP_ID, _curator(501, 11).build(), 1, _serviceContext);

		long id = mentorAssignment.getMentorAssignmentId();

		_service.updateAssignment(USER_ID, id, _curator(501, 11).endDate(END.plusYears(1)).build(), 1, _serviceContext);

		assertEquals(END.plusYears(1), _stored.get(id).getEndLocalDate());

		MentoringValidationException exception = assertThrows(
			MentoringValidationException.class,
			() -> _service.updateAssignment(
				USER_ID, id,
				AssignmentData.builder(
					AssignmentKind.MENTOR_SCHOOL
				).supportedSchoolId(
					11
				).mentorSchoolId(
					22
				).startDate(
					START
				).build(),
				1, _serviceContext));

		assertEquals(List.of(Violation.of("kind", "unchangeable")), exception.getViolations());
	}

	@Test
	void acceptingSuggestionsIsAllOrNothing() throws Exception {
		List<MentorSuggestion> suggestions = List.of(
			new MentorSuggestion(11, 22, 1.5, List.of()), new MentorSuggestion(12, 22, 2.5, List.of()),
			new MentorSuggestion(13, 22, 3.5, List.of()));

		MentoringValidationException exception = assertThrows(
			MentoringValidationException.class,
			() -> _service.acceptSuggestions(USER_ID, GROUP_ID, suggestions, START, END, 2, _serviceContext));

		assertEquals(
			List.of(Violation.of("suggestions[2].mentorSchoolId", "capacity-exceeded", 2, 2)),
			exception.getViolations());
		assertTrue(_stored.isEmpty());
		assertTrue(_history.isEmpty());

		List<MentorAssignment> accepted = _service.acceptSuggestions(
			USER_ID, GROUP_ID, suggestions.subList(0, 2), START, END, 2, _serviceContext);

		assertEquals(2, accepted.size());
		assertEquals("mentor-school", accepted.get(0).getKind());
		assertEquals("proposed", accepted.get(1).getStatus());
		assertEquals(22, accepted.get(1).getMentorSchoolId());
	}

	@Test
	void suggestionsExplainThePairsAndCountStoredLoad() throws Exception {
		SupportedSchoolProfile supported = new SupportedSchoolProfile(
			"11", SchoolLevel.SECONDARY, "Ивантеевка", null, null, List.of("RF03"), Set.of("math"));
		MentorCandidate near = new MentorCandidate(
			"22", SchoolLevel.SECONDARY, "Ивантеевка", null, null, 1, 0, Set.of("math"), Set.of("RF03"), Set.of());
		MentorCandidate far = new MentorCandidate(
			"23", SchoolLevel.BASIC, "Бартеневка", null, null, 1, 0, Set.of(), Set.of(), Set.of());

		MentorSuggestions suggestions = _service.suggestAssignments(
			GROUP_ID, List.of(supported), List.of(near, far), null);

		assertEquals(1, suggestions.getSuggestions().size());

		MentorSuggestion suggestion = suggestions.getSuggestions().get(0);

		assertEquals(11, suggestion.getSupportedSchoolId());
		assertEquals(22, suggestion.getMentorSchoolId());
		assertTrue(suggestion.getExplanation().contains("opora-mentoring-cost-subject-strong|0.0|math"));
		assertTrue(_stored.isEmpty(), "suggestions are not stored");

		// School 22 already mentors a school of the site up to its capacity

		_service.addAssignment(
			USER_ID, GROUP_ID,
			AssignmentData.builder(
				AssignmentKind.MENTOR_SCHOOL
			).supportedSchoolId(
				15
			).mentorSchoolId(
				22
			).startDate(
				START
			).build(),
			2, _serviceContext);

		suggestions = _service.suggestAssignments(GROUP_ID, List.of(supported), List.of(near, far), null);

		assertEquals(23, suggestions.getSuggestions().get(0).getMentorSchoolId());
		assertEquals(List.of(), suggestions.getUnassignedSchoolIds());

		MentoringValidationException exception = assertThrows(
			MentoringValidationException.class,
			() -> _service.suggestAssignments(
				GROUP_ID,
				List.of(new SupportedSchoolProfile("school-11", null, null, null, null, List.of(), Set.of())),
				List.of(near), null));

		assertEquals(
			List.of(Violation.of("profiles[0].schoolId", "invalid-id", "school-11")), exception.getViolations());
	}

	@Test
	void deleteRemovesEventsHistoryAndPermissions() throws Exception {
		MentorAssignment mentorAssignment = _service.addAssignment(
			USER_ID, GROUP_ID, _curator(501, 11).build(), 2, _serviceContext);

		when(_mentorAssignmentPersistence.remove(mentorAssignment)).thenReturn(mentorAssignment);

		_service.deleteMentorAssignment(mentorAssignment.getMentorAssignmentId());

		verify(_supportEventPersistence).removeByMentorAssignmentId(mentorAssignment.getMentorAssignmentId());
		verify(_mentorAssignmentHistoryPersistence).removeByMentorAssignmentId(mentorAssignment.getMentorAssignmentId());
		verify(_resourceLocalService).deleteResource(eq(mentorAssignment), eq(4));
		verify(_mentorAssignmentPersistence).remove(mentorAssignment);
	}

	private static AssignmentData.Builder _curator(long curatorUserId, long supportedSchoolId) {
		return AssignmentData.builder(
			AssignmentKind.CURATOR
		).supportedSchoolId(
			supportedSchoolId
		).curatorUserId(
			curatorUserId
		).period(
			START, END
		).order(
			"71-од", LocalDate.of(2024, 8, 25), 0
		);
	}

	private <T> List<T> _column(java.util.function.Function<MentorAssignmentHistory, T> getter) {
		List<T> values = new ArrayList<>();

		for (MentorAssignmentHistory mentorAssignmentHistory : _history) {
			values.add(getter.apply(mentorAssignmentHistory));
		}

		return values;
	}

	private List<MentorAssignment> _select(java.util.function.Predicate<MentorAssignment> predicate) {
		List<MentorAssignment> selected = new ArrayList<>();

		for (MentorAssignment mentorAssignment : _stored.values()) {
			if (predicate.test(mentorAssignment)) {
				selected.add(mentorAssignment);
			}
		}

		return selected;
	}

	private final CounterLocalService _counterLocalService = mock(CounterLocalService.class);
	private final AtomicLong _counter = new AtomicLong(100);
	private final List<MentorAssignmentHistory> _history = new ArrayList<>();
	private final MentorAssignmentHistoryPersistence _mentorAssignmentHistoryPersistence = mock(
		MentorAssignmentHistoryPersistence.class);
	private final MentorAssignmentPersistence _mentorAssignmentPersistence = mock(MentorAssignmentPersistence.class);
	private final MentoringNotifications _mentoringNotifications = mock(MentoringNotifications.class);
	private final ResourceLocalService _resourceLocalService = mock(ResourceLocalService.class);
	private final MentorAssignmentLocalServiceImpl _service = new MentorAssignmentLocalServiceImpl();
	private final ServiceContext _serviceContext = new ServiceContext();
	private final Map<Long, MentorAssignment> _stored = new HashMap<>();
	private final SupportEventPersistence _supportEventPersistence = mock(SupportEventPersistence.class);
	private final UserLocalService _userLocalService = mock(UserLocalService.class);

}
