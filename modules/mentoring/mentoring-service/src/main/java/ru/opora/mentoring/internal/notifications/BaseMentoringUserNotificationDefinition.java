/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.internal.notifications;

import com.liferay.portal.kernel.model.UserNotificationDeliveryConstants;
import com.liferay.portal.kernel.notifications.UserNotificationDefinition;
import com.liferay.portal.kernel.notifications.UserNotificationDeliveryType;
import com.liferay.portal.kernel.util.ResourceBundleUtil;

import java.util.Locale;
import java.util.ResourceBundle;

import ru.opora.mentoring.constants.MentoringPortletKeys;

/**
 * One type of the mentoring portlet's notifications as it appears in each
 * user's notification settings: delivered on the website and by e-mail by
 * default (e-mail only where the portal has mail configured), and the
 * user may switch it off. The description is a key of this bundle's
 * content/Language.
 *
 * @author Opora
 */
public abstract class BaseMentoringUserNotificationDefinition
	extends UserNotificationDefinition {

	public BaseMentoringUserNotificationDefinition(
		int notificationType, String description) {

		super(MentoringPortletKeys.MENTORING, 0, notificationType, description);

		addUserNotificationDeliveryType(
			new UserNotificationDeliveryType(
				"email", UserNotificationDeliveryConstants.TYPE_EMAIL, true,
				true));
		addUserNotificationDeliveryType(
			new UserNotificationDeliveryType(
				"website", UserNotificationDeliveryConstants.TYPE_WEBSITE, true,
				true));
	}

	@Override
	protected ResourceBundle getResourceBundle(Locale locale) {
		return ResourceBundleUtil.getBundle(
			"content.Language", locale, getClass());
	}

}
