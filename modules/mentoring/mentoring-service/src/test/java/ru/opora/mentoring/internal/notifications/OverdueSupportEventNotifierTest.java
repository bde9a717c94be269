package ru.opora.mentoring.internal.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserNotificationEventLocalService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.opora.domain.mentoring.assignment.SupportEventData;
import ru.opora.domain.mentoring.assignment.SupportEventType;
import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.model.SupportEvent;
import ru.opora.mentoring.model.impl.SupportEventImpl;
import ru.opora.mentoring.service.MentorAssignmentLocalService;
import ru.opora.mentoring.service.impl.SupportEventLocalServiceImpl;
import ru.opora.mentoring.service.persistence.MentorAssignmentPersistence;
import ru.opora.mentoring.service.persistence.SupportEventPersistence;
import ru.opora.mentoring.util.MentoringDates;
import ru.opora.testing.Fields;

/**
 * The daily job against the real SupportEventLocalServiceImpl (persistence
 * mocked as a map): each overdue event is notified once.
 */
class OverdueSupportEventNotifierTest {

	static final LocalDate TODAY = LocalDate.of(2024, 11, 20);

	@BeforeEach
	void setUp() throws Exception {
		when(_supportEventPersistence.findByStatus(anyString())).thenAnswer(
			invocation -> {
				List<SupportEvent> selected = new ArrayList<>();

				for (SupportEvent supportEvent : _events.values()) {
					if (supportEvent.getStatus().equals(invocation.getArgument(0))) {
						selected.add(supportEvent);
					}
				}

				return selected;
			});
		when(_supportEventPersistence.findByPrimaryKey(anyLong())).thenAnswer(
			invocation -> _events.get((Long)invocation.getArgument(0)));
		when(_supportEventPersistence.update(any(SupportEvent.class))).thenAnswer(
			invocation -> {
				SupportEvent supportEvent = invocation.getArgument(0);

				_events.put(supportEvent.getSupportEventId(), supportEvent);

				return supportEvent;
			});

		_assignments.put(1L, TestSupport.assignment(1, "curator", 503, 0, 0));
		_assignments.put(2L, TestSupport.assignment(2, "teacher-mentor", 0, 501, 502));
		_assignments.put(3L, TestSupport.assignment(3, "mentor-school", 0, 0, 0));

		_assignments.get(1L).setStartDate(MentoringDates.toDate(LocalDate.of(2024, 9, 1)));
		_assignments.get(1L).setEndDate(MentoringDates.toDate(LocalDate.of(2025, 5, 31)));

		when(_mentorAssignmentLocalService.fetchMentorAssignment(anyLong())).thenAnswer(
			invocation -> _assignments.get((Long)invocation.getArgument(0)));
		when(_mentorAssignmentPersistence.findByPrimaryKey(anyLong())).thenAnswer(
			invocation -> _assignments.get((Long)invocation.getArgument(0)));

		when(
			_userNotificationEventLocalService.sendUserNotificationEvents(
				anyLong(), anyString(), anyInt(), any(JSONObject.class))
		).thenAnswer(
			invocation -> {
				JSONObject payload = invocation.getArgument(3);

				_sent.add(invocation.getArgument(0) + ":" + payload.getLong("supportEventId"));

				return null;
			}
		);

		Fields.set(_supportEventLocalService, "supportEventPersistence", _supportEventPersistence);
		Fields.set(_supportEventLocalService, "mentorAssignmentPersistence", _mentorAssignmentPersistence);

		Fields.set(_mentoringNotifications, "_jsonFactory", TestSupport.jsonFactory());
		Fields.set(
			_mentoringNotifications, "_oporaNotificationSender",
			TestSupport.websiteSender(_userNotificationEventLocalService, userId -> !_optedOut));

		Fields.set(_notifier, "_mentorAssignmentLocalService", _mentorAssignmentLocalService);
		Fields.set(_notifier, "_mentoringNotifications", _mentoringNotifications);
		Fields.set(_notifier, "_supportEventLocalService", _supportEventLocalService);
	}

	@Test
	void eachOverdueEventIsNotifiedOnceToItsCurator() {
		_event(11, 1, "planned", TODAY.minusDays(8));
		_event(12, 2, "planned", TODAY.minusDays(30));
		_event(13, 3, "planned", TODAY.minusDays(9));
		_event(14, 1, "planned", TODAY.minusDays(7));
		_event(15, 1, "done", TODAY.minusDays(30));
		_event(16, 1, "cancelled", TODAY.minusDays(30));

		assertEquals(3, _notifier.notifyOverdueSupportEvents(TODAY));
		assertEquals(List.of("503:11", "501:12", "7:13"), _sent, "exactly D days late is not overdue yet");
		assertNotNull(_events.get(11L).getOverdueNotifiedDate());
		assertNull(_events.get(14L).getOverdueNotifiedDate());

		_sent.clear();

		assertEquals(0, _notifier.notifyOverdueSupportEvents(TODAY));
		assertEquals(List.of(), _sent, "the second run sends nothing");

		assertEquals(1, _notifier.notifyOverdueSupportEvents(TODAY.plusDays(1)));
		assertEquals(List.of("503:14"), _sent, "the next day the event at D+1 is notified");
	}

	@Test
	void aFailedNotificationIsRetriedTheNextRun() throws Exception {
		_event(11, 1, "planned", TODAY.minusDays(8));
		_event(12, 2, "planned", TODAY.minusDays(8));

		when(
			_userNotificationEventLocalService.sendUserNotificationEvents(
				eq(503L), anyString(), anyInt(), any(JSONObject.class))
		).thenThrow(
			new IllegalStateException("database is down")
		).thenAnswer(
			invocation -> {
				_sent.add("503:retry");

				return null;
			}
		);

		assertEquals(1, _notifier.notifyOverdueSupportEvents(TODAY));
		assertEquals(List.of("501:12"), _sent);
		assertNull(_events.get(11L).getOverdueNotifiedDate());

		assertEquals(1, _notifier.notifyOverdueSupportEvents(TODAY));
		assertEquals(List.of("501:12", "503:retry"), _sent);
		assertEquals(0, _notifier.notifyOverdueSupportEvents(TODAY));
	}

	@Test
	void anOptedOutRecipientIsNotAskedAgainEveryDay() {
		_optedOut = true;

		_event(11, 1, "planned", TODAY.minusDays(8));

		assertEquals(1, _notifier.notifyOverdueSupportEvents(TODAY));
		assertEquals(List.of(), _sent);
		assertEquals(List.of(), _supportEventLocalService.getOverdueSupportEventsToNotify(TODAY, 7));
	}

	@Test
	void aNewPlannedDateMakesTheEventNotifiableAgain() throws Exception {
		_event(11, 1, "planned", TODAY.minusDays(8));

		_notifier.notifyOverdueSupportEvents(TODAY);

		_supportEventLocalService.updateSupportEvent(
			7, 11,
			new SupportEventData(SupportEventType.SEMINAR, "Семинар", TODAY.minusDays(10), null, null),
			new ServiceContext());

		assertNull(_events.get(11L).getOverdueNotifiedDate());

		_sent.clear();

		assertEquals(1, _notifier.notifyOverdueSupportEvents(TODAY));
		assertEquals(List.of("503:11"), _sent);

		_supportEventLocalService.updateSupportEvent(
			7, 11,
			new SupportEventData(SupportEventType.CONSULTATION, "Консультация", TODAY.minusDays(10), null, null),
			new ServiceContext());

		assertNotNull(_events.get(11L).getOverdueNotifiedDate(), "same date: still notified");
	}

	private void _event(long id, long mentorAssignmentId, String status, LocalDate plannedDate) {
		SupportEvent supportEvent = new SupportEventImpl();

		supportEvent.setSupportEventId(id);
		supportEvent.setMentorAssignmentId(mentorAssignmentId);
		supportEvent.setEventType("seminar");
		supportEvent.setTitle("Семинар " + id);
		supportEvent.setStatus(status);
		supportEvent.setPlannedDate(MentoringDates.toDate(plannedDate));

		_events.put(id, supportEvent);
	}

	private final Map<Long, MentorAssignment> _assignments = new LinkedHashMap<>();
	private final Map<Long, SupportEvent> _events = new LinkedHashMap<>();
	private final MentorAssignmentLocalService _mentorAssignmentLocalService = mock(MentorAssignmentLocalService.class);
	private final MentorAssignmentPersistence _mentorAssignmentPersistence = mock(MentorAssignmentPersistence.class);
	private final MentoringNotifications _mentoringNotifications = new MentoringNotifications();
	private final OverdueSupportEventNotifier _notifier = new OverdueSupportEventNotifier();
	private boolean _optedOut;
	private final List<String> _sent = new ArrayList<>();
	private final SupportEventLocalServiceImpl _supportEventLocalService = new SupportEventLocalServiceImpl();
	private final SupportEventPersistence _supportEventPersistence = mock(SupportEventPersistence.class);
	private final UserNotificationEventLocalService _userNotificationEventLocalService = mock(
		UserNotificationEventLocalService.class);

}
