/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.internal.notifications;

import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.model.UserNotificationEvent;
import com.liferay.portal.kernel.notifications.BaseUserNotificationHandler;
import com.liferay.portal.kernel.notifications.UserNotificationHandler;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.Locale;

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
		return MentoringNotificationTexts.getBody(
			_jsonFactory.createJSONObject(payload), locale);
	}

	@Override
	protected String getBody(
			UserNotificationEvent userNotificationEvent,
			ServiceContext serviceContext)
		throws Exception {

		return getBody(
			userNotificationEvent.getPayload(), serviceContext.getLocale());
	}

	@Reference
	private JSONFactory _jsonFactory;

}
