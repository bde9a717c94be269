package ru.opora.mentoring.internal.notifications;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.model.UserNotificationDeliveryConstants;
import com.liferay.portal.kernel.service.UserNotificationEventLocalService;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;

import org.mockito.Mockito;

import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.model.impl.MentorAssignmentImpl;

import ru.opora.portal.notification.OporaNotificationSender;

/** Fixtures shared by the notification tests. */
final class TestSupport {

	static final long ACTOR_ID = 7;

	static MentorAssignment assignment(long id, String kind, long curator, long teacherMentor, long mentee) {
		MentorAssignment mentorAssignment = new MentorAssignmentImpl();

		mentorAssignment.setMentorAssignmentId(id);
		mentorAssignment.setGroupId(20);
		mentorAssignment.setUserId(ACTOR_ID);
		mentorAssignment.setKind(kind);
		mentorAssignment.setSupportedSchoolId(11);
		mentorAssignment.setCuratorUserId(curator);
		mentorAssignment.setTeacherMentorUserId(teacherMentor);
		mentorAssignment.setMenteeUserId(mentee);
		mentorAssignment.setStatus("proposed");

		return mentorAssignment;
	}

	/**
	 * Flat JSON objects backed by a map: the portal's JSONFactoryImpl and
	 * JSONObjectImpl need jabsorb and org.json, which release.portal.api does
	 * not carry. Enough for payloads of strings and numbers.
	 */
	/**
	 * A sender that stores a website notification for every user whom
	 * {@code deliver} accepts (their settings), and sends no e-mail.
	 */
	static OporaNotificationSender websiteSender(
		UserNotificationEventLocalService userNotificationEventLocalService, LongPredicate deliver) {

		return (userId, portletId, notificationType, payloadJSONObject, subject, body) -> {
			if (!deliver.test(userId)) {
				return OporaNotificationSender.Delivery.NONE;
			}

			userNotificationEventLocalService.sendUserNotificationEvents(
				userId, portletId, UserNotificationDeliveryConstants.TYPE_WEBSITE, payloadJSONObject);

			return new OporaNotificationSender.Delivery(true, false);
		};
	}

	static JSONFactory jsonFactory() throws Exception {
		JSONFactory jsonFactory = mock(JSONFactory.class);

		when(jsonFactory.createJSONObject()).thenAnswer(invocation -> jsonObject(new LinkedHashMap<>()));
		when(jsonFactory.createJSONObject(anyString())).thenAnswer(
			invocation -> {
				Map<String, Object> values = new LinkedHashMap<>();

				Matcher matcher = _MEMBER.matcher(invocation.getArgument(0));

				while (matcher.find()) {
					if (matcher.group(3) != null) {
						values.put(matcher.group(1), matcher.group(3).replace("\\\"", "\""));
					}
					else {
						values.put(matcher.group(1), Long.parseLong(matcher.group(2)));
					}
				}

				return jsonObject(values);
			});

		return jsonFactory;
	}

	static JSONObject jsonObject(Map<String, Object> values) {
		return Mockito.mock(
			JSONObject.class,
			invocation -> {
				String name = invocation.getMethod().getName();
				Object[] arguments = invocation.getArguments();

				if (name.equals("put")) {
					values.put((String)arguments[0], arguments[1]);

					return invocation.getMock();
				}

				if (name.equals("has")) {
					return values.containsKey(arguments[0]);
				}

				Object value = (arguments.length > 0) ? values.get(arguments[0]) : null;

				if (name.equals("getString")) {
					return (value == null) ? "" : String.valueOf(value);
				}

				if (name.equals("getLong")) {
					return (value == null) ? 0L : ((Number)value).longValue();
				}

				if (name.equals("getInt")) {
					return (value == null) ? 0 : ((Number)value).intValue();
				}

				if (name.equals("toString")) {
					StringBuilder sb = new StringBuilder("{");

					for (Map.Entry<String, Object> entry : values.entrySet()) {
						if (sb.length() > 1) {
							sb.append(", ");
						}

						sb.append('"').append(entry.getKey()).append("\": ");

						if (entry.getValue() instanceof Number) {
							sb.append(entry.getValue());
						}
						else {
							sb.append('"').append(String.valueOf(entry.getValue()).replace("\"", "\\\"")).append('"');
						}
					}

					return sb.append('}').toString();
				}

				return Mockito.RETURNS_DEFAULTS.answer(invocation);
			});
	}

	private TestSupport() {
	}

	private static final Pattern _MEMBER = Pattern.compile("\"(\\w+)\"\\s*:\\s*(?:(-?\\d+)|\"((?:[^\"\\\\]|\\\\.)*)\")");

}
