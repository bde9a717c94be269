package ru.opora.mentoring.internal.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Properties;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.opora.testing.Fields;

/** The body of each notification type from its payload, in Russian and English. */
class MentoringUserNotificationHandlerTest {

	static final Locale RU = new Locale("ru", "RU");

	@BeforeEach
	void setUp() throws Exception {
		Fields.set(_handler, "_jsonFactory", TestSupport.jsonFactory());
	}

	@Test
	void proposedAndActivatedAssignmentsNameTheActorAndTheKind() throws Exception {
		assertEquals(
			"Петрова А. В. предложил(а) назначение (куратор школы), в котором вы участвуете.",
			_handler.getBody(_payload(1, "curator", "Петрова А. В."), RU));
		assertEquals(
			"Петрова А. В. утвердил(а) назначение (наставник педагога), в котором вы участвуете: оно вступило в силу.",
			_handler.getBody(_payload(2, "teacher-mentor", "Петрова А. В."), RU));
		assertEquals(
			"Anna Petrova approved the assignment (mentor school) that names you: it is now active.",
			_handler.getBody(_payload(2, "mentor-school", "Anna Petrova"), Locale.US));
	}

	@Test
	void overdueEventNamesTheEventAndItsDayEscaped() throws Exception {
		String payload =
			"{\"notificationType\": 3, \"supportEventId\": 77, \"title\": \"Семинар <b>«Оценивание»</b>\", " +
				"\"plannedDate\": \"2024-10-01\"}";

		String body = _handler.getBody(payload, RU);

		assertTrue(
			body.startsWith("Нет отчёта о мероприятии «Семинар &lt;b&gt;«Оценивание»&lt;/b&gt;», запланированном на "),
			body);
		assertTrue(body.contains("2024"), body);
		assertTrue(body.endsWith(": отчёт просрочен."), body);
		assertTrue(_handler.getBody(payload, Locale.US).startsWith("The support event \"Семинар &lt;b&gt;"));
	}

	@Test
	void unknownTypesAndKindsDoNotBreakTheBell() throws Exception {
		assertNull(_handler.getBody("{\"notificationType\": 99}", RU));
		assertEquals(
			"X предложил(а) назначение (new-kind), в котором вы участвуете.",
			_handler.getBody(_payload(1, "new-kind", "X"), RU));
	}

	@Test
	void definitionsDescribeEachTypeInTheUsersLanguage() throws Exception {
		assertEquals(
			"Мне предложено назначение наставника (куратор, наставник, наставляемый)",
			new AssignmentProposedUserNotificationDefinition().getDescription(RU));
		assertEquals(
			"A mentor assignment that names me becomes active",
			new AssignmentActivatedUserNotificationDefinition().getDescription(Locale.US));
		assertEquals(
			"Просрочен отчёт о мероприятии поддержки, за которое я отвечаю",
			new SupportEventOverdueUserNotificationDefinition().getDescription(RU));
		assertEquals(
			MentoringNotificationTypes.SUPPORT_EVENT_OVERDUE,
			new SupportEventOverdueUserNotificationDefinition().getNotificationType());
	}

	@Test
	void languageFilesHaveTheSameKeys() throws Exception {
		assertEquals(_load("content/Language.properties").keySet(), _load("content/Language_ru.properties").keySet());
	}

	private static Properties _load(String name) throws Exception {
		Properties properties = new Properties();

		try (InputStream inputStream = MentoringUserNotificationHandlerTest.class.getClassLoader().getResourceAsStream(
				name)) {

			properties.load(new InputStreamReader(inputStream, StandardCharsets.UTF_8));
		}

		return properties;
	}

	private static String _payload(int notificationType, String kind, String actorName) {
		return "{\"notificationType\": " + notificationType + ", \"mentorAssignmentId\": 42, \"kind\": \"" + kind +
			"\", \"actorName\": \"" + actorName + "\"}";
	}

	private final MentoringUserNotificationHandler _handler = new MentoringUserNotificationHandler();

}
