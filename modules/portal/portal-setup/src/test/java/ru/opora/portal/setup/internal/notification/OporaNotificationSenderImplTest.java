package ru.opora.portal.setup.internal.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.model.UserNotificationDeliveryConstants;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.service.UserNotificationEventLocalService;
import com.liferay.portal.kernel.util.PropsKeys;

import java.lang.reflect.Field;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.opora.portal.notification.OporaNotificationSender.Delivery;

class OporaNotificationSenderImplTest {


	@BeforeEach
	void setUp() throws Exception {
		_set("_userLocalService", _userLocalService);
		_set("_userNotificationEventLocalService", _userNotificationEventLocalService);

		when(_user.isActive()).thenReturn(true);
		when(_user.getCompanyId()).thenReturn(20097L);
		when(_user.getEmailAddress()).thenReturn("curator@school.example");
		when(_user.getLocale()).thenReturn(_RU);
		when(_userLocalService.fetchUser(503L)).thenReturn(_user);

		_preferences.put(PropsKeys.ADMIN_EMAIL_FROM_ADDRESS, "opora@region.example");
		_preferences.put(PropsKeys.ADMIN_EMAIL_FROM_NAME, "Опора");
	}

	@Test
	void bothChannelsGoOutWhenTheUserKeepsThemAndMailIsConfigured() throws Exception {
		Delivery delivery = _send();

		assertTrue(delivery.isWebsite());
		assertTrue(delivery.isEmail());
		verify(_userNotificationEventLocalService).sendUserNotificationEvents(
			503L, "mentoring", UserNotificationDeliveryConstants.TYPE_WEBSITE, _payload);
		assertEquals(1, _emails.size());

		EmailNotification email = _emails.get(0);

		assertEquals(503L, email.getUserId());
		assertEquals(_RU, email.getLocale());
		assertEquals("opora@region.example", email.getFromAddress());
		assertEquals("Опора", email.getFromName());
		assertEquals("Опора: тема ru_RU", email.getSubject());
		assertEquals(3, email.getNotificationType());
		assertEquals("mentoring", email.getPortletId());
		assertTrue(email.getBody().startsWith("<p>Текст &lt;ru_RU&gt;</p>"), email.getBody());
		assertTrue(email.getBody().contains("Уведомления"), email.getBody());
	}

	@Test
	void eachChannelFollowsTheUsersOwnSetting() throws Exception {
		_refused.add(UserNotificationDeliveryConstants.TYPE_EMAIL);

		Delivery websiteOnly = _send();

		assertTrue(websiteOnly.isWebsite());
		assertFalse(websiteOnly.isEmail());
		assertTrue(_emails.isEmpty());

		_refused.clear();
		_refused.add(UserNotificationDeliveryConstants.TYPE_WEBSITE);

		Delivery emailOnly = _send();

		assertFalse(emailOnly.isWebsite());
		assertTrue(emailOnly.isEmail());
		// only the first, website-only send stored a website notification
		verify(_userNotificationEventLocalService, times(1)).sendUserNotificationEvents(
			503L, "mentoring", UserNotificationDeliveryConstants.TYPE_WEBSITE, _payload);
		assertEquals(1, _emails.size());
	}

	@Test
	void noEmailWithoutMailServerAddressOrSenderAddress() throws Exception {
		_mailConfigured = false;

		assertEquals("Delivery[website=true, email=false]", _send().toString());
		assertTrue(_emails.isEmpty());

		_mailConfigured = true;
		when(_user.getEmailAddress()).thenReturn("");

		assertFalse(_send().isEmail());

		when(_user.getEmailAddress()).thenReturn("curator@school.example");
		_preferences.remove(PropsKeys.ADMIN_EMAIL_FROM_ADDRESS);

		assertFalse(_send().isEmail());

		when(_userLocalService.fetchUser(503L)).thenReturn(null);
		_preferences.put(PropsKeys.ADMIN_EMAIL_FROM_ADDRESS, "opora@region.example");

		assertFalse(_send().isEmail());
		assertTrue(_emails.isEmpty());
	}

	@Test
	void aFailingEmailDoesNotUndoTheWebsiteNotification() throws Exception {
		_failEmail = true;

		Delivery delivery = _send();

		assertTrue(delivery.isWebsite());
		assertFalse(delivery.isEmail());
	}

	@Test
	void mailCountsAsConfiguredOnlyWithARealServer() {
		assertTrue(MailSettings.isConfigured(true, null, "localhost"));
		assertTrue(MailSettings.isConfigured(false, "mail/MailSession", null));
		assertTrue(MailSettings.isConfigured(false, "", "smtp.region.example"));
		assertFalse(MailSettings.isConfigured(false, "", "localhost"));
		assertFalse(MailSettings.isConfigured(false, " ", " "));
		assertFalse(MailSettings.isConfigured(false, null, null));
	}

	private Delivery _send() throws Exception {
		return _sender.send(
			503L, "mentoring", 3, _payload, locale -> "Опора: тема " + locale,
			locale -> "Текст &lt;" + locale + "&gt;");
	}

	private void _set(String name, Object value) throws Exception {
		Field field = OporaNotificationSenderImpl.class.getDeclaredField(name);

		field.setAccessible(true);
		field.set(_sender, value);
	}

	private static final Locale _RU = new Locale("ru", "RU");

	private final List<EmailNotification> _emails = new ArrayList<>();
	private boolean _failEmail;
	private boolean _mailConfigured = true;
	private final JSONObject _payload = mock(JSONObject.class);
	private final Map<String, String> _preferences = new HashMap<>();
	private final Set<Integer> _refused = new HashSet<>();

	private final OporaNotificationSenderImpl _sender = new OporaNotificationSenderImpl() {

		@Override
		protected void deliverEmail(EmailNotification emailNotification) {
			if (_failEmail) {
				throw new IllegalStateException("SMTP down");
			}

			_emails.add(emailNotification);
		}

		@Override
		protected String getCompanyPreference(long companyId, String name) {
			return _preferences.get(name);
		}

		@Override
		protected boolean isDeliver(long userId, String portletId, int notificationType, int deliveryType) {
			return !_refused.contains(deliveryType);
		}

		@Override
		protected boolean isMailConfigured() {
			return _mailConfigured;
		}

	};

	private final User _user = mock(User.class);
	private final UserLocalService _userLocalService = mock(UserLocalService.class);
	private final UserNotificationEventLocalService _userNotificationEventLocalService = mock(
		UserNotificationEventLocalService.class);

}
