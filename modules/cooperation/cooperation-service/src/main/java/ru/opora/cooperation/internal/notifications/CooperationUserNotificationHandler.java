package ru.opora.cooperation.internal.notifications;

import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.model.UserNotificationEvent;
import com.liferay.portal.kernel.notifications.BaseUserNotificationHandler;
import com.liferay.portal.kernel.notifications.UserNotificationHandler;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.HtmlUtil;
import com.liferay.portal.kernel.util.ResourceBundleUtil;
import com.liferay.portal.kernel.util.Validator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;

import java.util.Locale;
import java.util.ResourceBundle;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.cooperation.constants.CooperationPortletKeys;

/**
 * Renders the cooperation notifications from their payload in the
 * recipient's language (content/Language of this bundle).
 *
 * @author Opora
 */
@Component(
	property = "javax.portlet.name=" + CooperationPortletKeys.COOPERATION,
	service = UserNotificationHandler.class
)
public class CooperationUserNotificationHandler extends BaseUserNotificationHandler {

	public CooperationUserNotificationHandler() {
		setPortletId(CooperationPortletKeys.COOPERATION);
	}

	/** The body text of the payload in the locale, HTML-escaped; null for an unknown type. */
	public String getBody(String payload, Locale locale) throws Exception {
		return getBody(_jsonFactory.createJSONObject(payload), locale);
	}

	/** The body text of the payload in the locale, HTML-escaped (the bell and the e-mail); null for an unknown type. */
	public static String getBody(JSONObject jsonObject, Locale locale) {
		ResourceBundle resourceBundle = ResourceBundleUtil.getBundle(
			"content.Language", locale, CooperationUserNotificationHandler.class);

		int notificationType = jsonObject.getInt(CooperationNotificationTypes.KEY_NOTIFICATION_TYPE);
		String number = jsonObject.getString(CooperationNotificationTypes.KEY_NUMBER);

		if (notificationType == CooperationNotificationTypes.SUBMITTED) {
			return _format(resourceBundle, "opora-cooperation-notification-submitted", number);
		}

		if (notificationType == CooperationNotificationTypes.APPROVED) {
			return _format(
				resourceBundle, "opora-cooperation-notification-approved",
				jsonObject.getString(CooperationNotificationTypes.KEY_ACTOR_NAME), number);
		}

		if (notificationType == CooperationNotificationTypes.SIGNED) {
			return _format(resourceBundle, "opora-cooperation-notification-signed", number);
		}

		if (notificationType == CooperationNotificationTypes.EXPIRY_ALERT) {
			return _format(
				resourceBundle,
				"opora-cooperation-notification-expiry-" + jsonObject.getString(CooperationNotificationTypes.KEY_ALERT),
				number, _formatDate(jsonObject.getString(CooperationNotificationTypes.KEY_END_DATE), locale));
		}

		return null;
	}

	@Override
	protected String getBody(UserNotificationEvent userNotificationEvent, ServiceContext serviceContext)
		throws Exception {

		return getBody(userNotificationEvent.getPayload(), serviceContext.getLocale());
	}

	private static String _format(ResourceBundle resourceBundle, String key, String... arguments) {
		Object[] escaped = new Object[arguments.length];

		for (int i = 0; i < arguments.length; i++) {
			escaped[i] = HtmlUtil.escape(arguments[i]);
		}

		return ResourceBundleUtil.getString(resourceBundle, key, escaped);
	}

	private static String _formatDate(String date, Locale locale) {
		if (Validator.isNull(date)) {
			return "";
		}

		try {
			return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(LocalDate.parse(date));
		}
		catch (DateTimeParseException dateTimeParseException) {
			return date;
		}
	}

	@Reference
	private JSONFactory _jsonFactory;

}
