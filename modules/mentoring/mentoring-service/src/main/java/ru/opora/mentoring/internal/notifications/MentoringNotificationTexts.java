package ru.opora.mentoring.internal.notifications;

import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.util.HtmlUtil;
import com.liferay.portal.kernel.util.ResourceBundleUtil;
import com.liferay.portal.kernel.util.Validator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the mentoring notifications in a locale: the body (the same
 * on the website and in the e-mail) and the e-mail's subject.
 *
 * @author Opora
 */
public final class MentoringNotificationTexts {

	/** The body text of the payload in the locale, HTML-escaped. */
	public static String getBody(JSONObject jsonObject, Locale locale) {

		ResourceBundle resourceBundle = ResourceBundleUtil.getBundle(
			"content.Language", locale, MentoringNotificationTexts.class);

		int notificationType = jsonObject.getInt(
			MentoringNotificationTypes.KEY_NOTIFICATION_TYPE);

		if (notificationType ==
				MentoringNotificationTypes.SUPPORT_EVENT_OVERDUE) {

			return _format(
				resourceBundle, "opora-mentoring-notification-event-overdue",
				jsonObject.getString(MentoringNotificationTypes.KEY_TITLE),
				_formatDate(
					jsonObject.getString(
						MentoringNotificationTypes.KEY_PLANNED_DATE),
					locale));
		}

		String key = "opora-mentoring-notification-assignment-proposed";

		if (notificationType ==
				MentoringNotificationTypes.ASSIGNMENT_ACTIVATED) {

			key = "opora-mentoring-notification-assignment-activated";
		}
		else if (notificationType !=
					MentoringNotificationTypes.ASSIGNMENT_PROPOSED) {

			return null;
		}

		String kind = jsonObject.getString(MentoringNotificationTypes.KEY_KIND);

		String kindKey = "opora-mentoring-kind-" + kind;
		String kindLabel = kind;

		if (resourceBundle.containsKey(kindKey)) {
			kindLabel = resourceBundle.getString(kindKey);
		}

		return _format(
			resourceBundle, key,
			jsonObject.getString(MentoringNotificationTypes.KEY_ACTOR_NAME),
			kindLabel);
	}

	/** The e-mail subject of a notification type, plain text. */
	public static String getSubject(int notificationType, Locale locale) {
		ResourceBundle resourceBundle = ResourceBundleUtil.getBundle(
			"content.Language", locale, MentoringNotificationTexts.class);

		String key = "opora-mentoring-email-subject-assignment-proposed";

		if (notificationType ==
				MentoringNotificationTypes.ASSIGNMENT_ACTIVATED) {

			key = "opora-mentoring-email-subject-assignment-activated";
		}
		else if (notificationType ==
					MentoringNotificationTypes.SUPPORT_EVENT_OVERDUE) {

			key = "opora-mentoring-email-subject-event-overdue";
		}

		return ResourceBundleUtil.getString(resourceBundle, key);
	}

	private static String _format(
		ResourceBundle resourceBundle, String key, String... arguments) {

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
			return DateTimeFormatter.ofLocalizedDate(
				FormatStyle.MEDIUM
			).withLocale(
				locale
			).format(
				LocalDate.parse(date)
			);
		}
		catch (DateTimeParseException dateTimeParseException) {
			return date;
		}
	}

	private MentoringNotificationTexts() {
	}

}
