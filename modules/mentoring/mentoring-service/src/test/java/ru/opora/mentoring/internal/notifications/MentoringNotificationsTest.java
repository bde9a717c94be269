package ru.opora.mentoring.internal.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.model.UserNotificationDeliveryConstants;
import com.liferay.portal.kernel.service.UserNotificationEventLocalService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import ru.opora.mentoring.constants.MentoringPortletKeys;
import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.model.SupportEvent;
import ru.opora.mentoring.model.impl.SupportEventImpl;
import ru.opora.mentoring.util.MentoringDates;
import ru.opora.portal.notification.OporaNotificationSender;
import ru.opora.testing.Fields;

/**
 * Who is notified and with what payload. Outside a transaction Liferay's
 * TransactionCommitCallbackUtil runs the after-commit callback at once.
 */
class MentoringNotificationsTest {

	@BeforeEach
	void setUp() throws Exception {
		Fields.set(_mentoringNotifications, "_jsonFactory", TestSupport.jsonFactory());
		Fields.set(
			_mentoringNotifications, "_oporaNotificationSender",
			TestSupport.websiteSender(_userNotificationEventLocalService, userId -> !_optedOut.contains(userId)));

		when(
			_userNotificationEventLocalService.sendUserNotificationEvents(
				anyLong(), anyString(), anyInt(), any(JSONObject.class))
		).thenAnswer(
			invocation -> {
				_sent.add(invocation.getArgument(0));

				return null;
			}
		);
	}

	@Test
	void theActorAndZeroUsersAreNotNotified() {
		MentorAssignment teacherMentor = TestSupport.assignment(1, "teacher-mentor", 0, 501, 502);

		assertEquals(Set.of(501L, 502L), MentoringNotifications.getAssignmentRecipients(teacherMentor, TestSupport.ACTOR_ID));
		assertEquals(Set.of(502L), MentoringNotifications.getAssignmentRecipients(teacherMentor, 501));
		assertEquals(
			Set.of(), MentoringNotifications.getAssignmentRecipients(
				TestSupport.assignment(2, "mentor-school", 0, 0, 0), TestSupport.ACTOR_ID));

		_mentoringNotifications.assignmentProposed(teacherMentor, 501, "Наставник");

		assertEquals(List.of(502L), _sent);

		_sent.clear();

		_mentoringNotifications.assignmentActivated(
			TestSupport.assignment(3, "curator", 503, 0, 0), TestSupport.ACTOR_ID, "Координатор");

		assertEquals(List.of(503L), _sent);

		_sent.clear();

		_mentoringNotifications.assignmentProposed(
			TestSupport.assignment(4, "mentor-school", 0, 0, 0), TestSupport.ACTOR_ID, "Координатор");

		assertEquals(List.of(), _sent);
	}

	@Test
	void theEmailGetsASubjectAndTheNotificationsWordsInTheUsersLanguage() throws Exception {
		List<String> texts = new ArrayList<>();

		Fields.set(
			_mentoringNotifications, "_oporaNotificationSender",
			(OporaNotificationSender)(userId, portletId, notificationType, payloadJSONObject, subject, body) -> {
				texts.add(subject.apply(MentoringUserNotificationHandlerTest.RU));
				texts.add(body.apply(MentoringUserNotificationHandlerTest.RU));
				texts.add(subject.apply(Locale.US));

				return new OporaNotificationSender.Delivery(false, true);
			});

		_mentoringNotifications.assignmentProposed(
			TestSupport.assignment(5, "curator", 503, 0, 0), TestSupport.ACTOR_ID, "Иванова <Анна>");

		assertEquals("Опора: предложено закрепление наставника", texts.get(0));
		assertTrue(texts.get(1).startsWith("Иванова &lt;Анна&gt;"), texts.get(1));
		assertEquals("Opora: a mentor assignment is proposed", texts.get(2));
	}

	@Test
	void assignmentPayloadNamesTheTypeTheAssignmentAndTheActor() throws Exception {
		_mentoringNotifications.assignmentActivated(
			TestSupport.assignment(42, "curator", 503, 0, 0), TestSupport.ACTOR_ID, "Иванова <Анна>");

		ArgumentCaptor<JSONObject> payload = ArgumentCaptor.forClass(JSONObject.class);

		verify(_userNotificationEventLocalService).sendUserNotificationEvents(
			eq(503L), eq(MentoringPortletKeys.MENTORING), eq(UserNotificationDeliveryConstants.TYPE_WEBSITE),
			payload.capture());

		JSONObject jsonObject = payload.getValue();

		assertEquals(MentoringNotificationTypes.ASSIGNMENT_ACTIVATED, jsonObject.getInt("notificationType"));
		assertEquals(42, jsonObject.getLong("mentorAssignmentId"));
		assertEquals(20, jsonObject.getLong("groupId"));
		assertEquals(11, jsonObject.getLong("supportedSchoolId"));
		assertEquals("curator", jsonObject.getString("kind"));
		assertEquals("Иванова <Анна>", jsonObject.getString("actorName"));
	}

	@Test
	void usersWhoSwitchedTheTypeOffGetNothing() {
		_optedOut.add(502L);

		_mentoringNotifications.assignmentProposed(
			TestSupport.assignment(1, "teacher-mentor", 0, 501, 502), TestSupport.ACTOR_ID, "Координатор");

		assertEquals(List.of(501L), _sent);
	}

	@Test
	void oneRecipientsFailureDoesNotStopTheOthersNorTheCaller() throws Exception {
		when(
			_userNotificationEventLocalService.sendUserNotificationEvents(
				eq(501L), anyString(), anyInt(), any(JSONObject.class))
		).thenThrow(
			new IllegalStateException("database is down")
		);

		_mentoringNotifications.assignmentProposed(
			TestSupport.assignment(1, "teacher-mentor", 0, 501, 502), TestSupport.ACTOR_ID, "Координатор");

		assertEquals(List.of(502L), _sent);
	}

	@Test
	void overdueGoesToTheCuratorElseTheMentorTeacherElseTheCreator() throws Exception {
		assertEquals(503, MentoringNotifications.getOverdueRecipient(TestSupport.assignment(1, "curator", 503, 0, 0)));
		assertEquals(
			501, MentoringNotifications.getOverdueRecipient(TestSupport.assignment(2, "teacher-mentor", 0, 501, 502)));
		assertEquals(
			TestSupport.ACTOR_ID,
			MentoringNotifications.getOverdueRecipient(TestSupport.assignment(3, "mentor-school", 0, 0, 0)));

		SupportEvent supportEvent = new SupportEventImpl();

		supportEvent.setSupportEventId(77);
		supportEvent.setMentorAssignmentId(1);
		supportEvent.setTitle("Семинар «Оценивание»");
		supportEvent.setPlannedDate(MentoringDates.toDate(LocalDate.of(2024, 10, 1)));

		assertEquals(
			503, _mentoringNotifications.supportEventOverdue(supportEvent, TestSupport.assignment(1, "curator", 503, 0, 0)));

		ArgumentCaptor<JSONObject> payload = ArgumentCaptor.forClass(JSONObject.class);

		verify(_userNotificationEventLocalService).sendUserNotificationEvents(
			eq(503L), eq(MentoringPortletKeys.MENTORING), eq(UserNotificationDeliveryConstants.TYPE_WEBSITE),
			payload.capture());

		JSONObject jsonObject = payload.getValue();

		assertEquals(MentoringNotificationTypes.SUPPORT_EVENT_OVERDUE, jsonObject.getInt("notificationType"));
		assertEquals(77, jsonObject.getLong("supportEventId"));
		assertEquals(1, jsonObject.getLong("mentorAssignmentId"));
		assertEquals("Семинар «Оценивание»", jsonObject.getString("title"));
		assertEquals("2024-10-01", jsonObject.getString("plannedDate"));
		assertFalse(jsonObject.has("actorName"));

		_optedOut.add(503L);

		assertEquals(
			0, _mentoringNotifications.supportEventOverdue(supportEvent, TestSupport.assignment(1, "curator", 503, 0, 0)));
		assertEquals(List.of(503L), _sent, "nothing more was sent");
	}

	private final Set<Long> _optedOut = new HashSet<>();
	private final MentoringNotifications _mentoringNotifications = new MentoringNotifications();
	private final List<Long> _sent = new ArrayList<>();
	private final UserNotificationEventLocalService _userNotificationEventLocalService = mock(
		UserNotificationEventLocalService.class);

}
