/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.internal.notifications;

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

import ru.opora.mentoring.constants.MentoringPortletKeys;

/**
 * Renders the mentoring portlet's notifications from their payload in the
 * recipient's language (content/Language of this bundle).
 *
 * @author Opora
 */
@Component(
	property = "javax.portlet.name=" + MentoringPortletKeys.MENTORING,
	service = UserNotificationHandler.class
)
public class MentoringUserNotificationHandler
	extends BaseUserNotificationHandler {

	public MentoringUserNotificationHandler() {
		setPortletId(MentoringPortletKeys.MENTORING);
	}

	/** The body text of the payload in the locale, HTML-escaped. */
	public String getBody(String payload, Locale locale) throws Exception {
		JSONObject jsonObject = _jsonFactory.createJSONObject(payload);

		ResourceBundle resourceBundle = ResourceBundleUtil.getBundle(
			"content.Language", locale, getClass());

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

	@Override
	protected String getBody(
			UserNotificationEvent userNotificationEvent,
			ServiceContext serviceContext)
		throws Exception {

		return getBody(
			userNotificationEvent.getPayload(), serviceContext.getLocale());
	}

	private String _format(
		ResourceBundle resourceBundle, String key, String... arguments) {

		Object[] escaped = new Object[arguments.length];

		for (int i = 0; i < arguments.length; i++) {
			escaped[i] = HtmlUtil.escape(arguments[i]);
		}

		return ResourceBundleUtil.getString(resourceBundle, key, escaped);
	}

	private String _formatDate(String date, Locale locale) {
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

	@Reference
	private JSONFactory _jsonFactory;

}
