package ru.opora.riskprofile.internal.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.UserNotificationDeliveryConstants;
import com.liferay.portal.kernel.notifications.UserNotificationDefinition;
import com.liferay.portal.kernel.notifications.UserNotificationDeliveryType;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import ru.opora.riskprofile.constants.RiskProfilePortletKeys;

/** The bell's text of each notification from its payload, in Russian and English, and the settings. */
class RiskProfileUserNotificationHandlerTest {

	@BeforeEach
	void setUp() throws Exception {
		Payloads.set(_handler, "_jsonFactory", Payloads.jsonFactory(_PAYLOADS));
	}

	@Test
	void eachStepNamesTheActorTheSchoolAndTheDocumentOrFactor() throws Exception {
		assertEquals(
			"Петрова А. В. проверил(а) рисковый профиль школы МОУ СОШ № 31: фактор RF09.",
			_handler.getBody("verified", _RU));
		assertEquals(
			"Петрова А. В. направил(а) вам на согласование документ «антирисковая программа RF03» школы МОУ СОШ № 31.",
			_handler.getBody("submitted", _RU));
		assertEquals(
			"Петрова А. В. submitted the anti-risk programme RF03 of МОУ СОШ № 31 for your review.",
			_handler.getBody("submitted", Locale.US));
		assertEquals(
			"Петрова А. В. вернул(а) на доработку документ «концепция развития» школы МОУ СОШ № 31: см. замечания.",
			_handler.getBody("returned", _RU));
		assertEquals(
			"Петрова А. В. approved the medium-term development programme of МОУ СОШ № 31.",
			_handler.getBody("approved", Locale.US));
	}

	@Test
	void namesAreEscapedAndAnUnknownDocumentTypeIsShownAsItIs() throws Exception {
		assertEquals(
			"&lt;script&gt; согласовал(а) документ «NEW_KIND RF01» школы Школа &#34;Успех&#34;.",
			_handler.getBody("escaped", _RU));
	}

	@Test
	void anUnknownTypeIsLeftOutInsteadOfShownAsAnApproval() throws Exception {
		assertNull(_handler.getBody("unknown", _RU));
		assertNull(_handler.getBody("none", Locale.US), "a payload without a type");
	}

	@Test
	void eachTypeHasASettingInBothLanguagesForTheWebsiteAndEmail() throws Exception {
		BundleContext bundleContext = mock(BundleContext.class);
		ServiceRegistration<UserNotificationDefinition> registration = mock(ServiceRegistration.class);
		ArgumentCaptor<UserNotificationDefinition> definitions = ArgumentCaptor.forClass(UserNotificationDefinition.class);
		ArgumentCaptor<Dictionary<String, Object>> properties = ArgumentCaptor.forClass(Dictionary.class);

		when(
			bundleContext.registerService(
				eq(UserNotificationDefinition.class), any(UserNotificationDefinition.class), any(Dictionary.class))
		).thenReturn(
			registration
		);

		RiskProfileUserNotificationDefinitions component = new RiskProfileUserNotificationDefinitions();

		component.activate(bundleContext);

		verify(bundleContext, times(4)).registerService(
			eq(UserNotificationDefinition.class), definitions.capture(), properties.capture());

		List<Integer> types = new ArrayList<>();

		for (UserNotificationDefinition definition : definitions.getAllValues()) {
			types.add(definition.getNotificationType());
			assertEquals(RiskProfilePortletKeys.RISK_PROFILE, definition.getPortletId());

			Map<Integer, UserNotificationDeliveryType> deliveryTypes = definition.getUserNotificationDeliveryTypes();

			assertEquals(2, deliveryTypes.size());
			assertEquals(true, deliveryTypes.get(UserNotificationDeliveryConstants.TYPE_EMAIL).isDefault());
			assertEquals(true, deliveryTypes.get(UserNotificationDeliveryConstants.TYPE_WEBSITE).isModifiable());
		}

		assertEquals(List.of(1, 2, 3, 4), types);
		assertEquals(
			"Курируемая школа направила документ на согласование", definitions.getAllValues().get(1).getDescription(_RU));
		assertEquals(
			"The curator verified a factor of my school's risk profile",
			definitions.getAllValues().get(0).getDescription(Locale.US));
		assertEquals(RiskProfilePortletKeys.RISK_PROFILE, properties.getValue().get("javax.portlet.name"));

		component.deactivate();

		verify(registration, times(4)).unregister();
	}

	@Test
	void languageFilesHaveTheSameKeys() throws Exception {
		assertEquals(_load("content/Language.properties").keySet(), _load("content/Language_ru.properties").keySet());
	}

	private static Properties _load(String name) throws Exception {
		Properties properties = new Properties();

		try (InputStream inputStream =
				RiskProfileUserNotificationHandlerTest.class.getClassLoader().getResourceAsStream(name)) {

			properties.load(new InputStreamReader(inputStream, StandardCharsets.UTF_8));
		}

		return properties;
	}

	private static Map<String, Object> _payload(int type, String documentType, String factorCode) {
		return Map.of(
			"notificationType", type, "actorName", "Петрова А. В.", "schoolId", 31L, "schoolName", "МОУ СОШ № 31",
			"documentType", documentType, "factorCode", factorCode);
	}

	private static final Map<String, Map<String, Object>> _PAYLOADS = Map.of(
		"verified", _payload(1, "", "RF09"), "submitted", _payload(2, "ANTI_RISK_PROGRAMME", "RF03"), "returned",
		_payload(3, "CONCEPT", ""), "approved", _payload(4, "DEVELOPMENT_PROGRAMME", ""), "escaped",
		Map.of(
			"notificationType", 4, "actorName", "<script>", "schoolName", "Школа \"Успех\"", "documentType", "NEW_KIND",
			"factorCode", "RF01"),
		"unknown", _payload(99, "CONCEPT", ""), "none", Map.of("actorName", "X"));

	private static final Locale _RU = new Locale("ru", "RU");

	private final RiskProfileUserNotificationHandler _handler = new RiskProfileUserNotificationHandler();

}
