package ru.opora.cooperation.internal.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.json.JSONObject;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.opora.testing.Fields;

/** The body of each notification from its payload, in Russian and English, escaped. */
class CooperationUserNotificationHandlerTest {

	static final Locale RU = new Locale("ru", "RU");

	@BeforeEach
	void setUp() throws Exception {
		Fields.set(_handler, "_jsonFactory", _jsonFactory);
	}

	@Test
	void eachTypeNamesTheAgreement() throws Exception {
		_payload("submitted", Map.of("notificationType", 1, "number", "СВ-12/2025"));
		assertEquals("Договор № СВ-12/2025 ждёт вашего согласования.", _handler.getBody("submitted", RU));

		_payload("approved", Map.of("notificationType", 2, "number", "СВ-12/2025", "actorName", "Иванова М. П."));
		assertEquals("Иванова М. П. согласовал(а) договор № СВ-12/2025.", _handler.getBody("approved", RU));
		assertEquals("Иванова М. П. approved the agreement No. СВ-12/2025.", _handler.getBody("approved", Locale.US));

		_payload("signed", Map.of("notificationType", 3, "number", "<b>7</b>"));
		assertEquals("Договор № &lt;b&gt;7&lt;/b&gt; подписан.", _handler.getBody("signed", RU));
	}

	@Test
	void expiryAlertsNameTheEndDay() throws Exception {
		_payload(
			"expiry", Map.of("notificationType", 4, "number", "СВ-1", "alert", "days-7", "endDate", "2026-08-31"));

		String body = _handler.getBody("expiry", RU);

		assertTrue(body.startsWith("Срок договора № СВ-1 истекает "), body);
		assertTrue(body.contains("2026"), body);

		_payload("expired", Map.of("notificationType", 4, "number", "СВ-1", "alert", "expired", "endDate", "bad"));

		assertEquals("The agreement No. СВ-1 expired on bad.", _handler.getBody("expired", Locale.US));
	}

	@Test
	void unknownTypesAreLeftOut() throws Exception {
		_payload("unknown", Map.of("notificationType", 99));

		assertNull(_handler.getBody("unknown", RU));
	}

	private void _payload(String payload, Map<String, Object> values) throws Exception {
		JSONObject jsonObject = mock(JSONObject.class);

		when(jsonObject.getInt(anyString())).thenAnswer(
			invocation -> ((Number)values.getOrDefault(invocation.getArgument(0), 0)).intValue());
		when(jsonObject.getString(anyString())).thenAnswer(
			invocation -> String.valueOf(values.getOrDefault(invocation.getArgument(0), "")));
		when(_jsonFactory.createJSONObject(payload)).thenReturn(jsonObject);
	}

	private final CooperationUserNotificationHandler _handler = new CooperationUserNotificationHandler();
	private final JSONFactory _jsonFactory = mock(JSONFactory.class);

}
