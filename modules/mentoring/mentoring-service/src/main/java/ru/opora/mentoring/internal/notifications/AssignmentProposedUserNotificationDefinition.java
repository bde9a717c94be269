/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.internal.notifications;

import com.liferay.portal.kernel.notifications.UserNotificationDefinition;

import org.osgi.service.component.annotations.Component;

import ru.opora.mentoring.constants.MentoringPortletKeys;

/**
 * Notification setting: a mentor assignment that names the user is proposed.
 *
 * @author Opora
 */
@Component(
	property = "javax.portlet.name=" + MentoringPortletKeys.MENTORING,
	service = UserNotificationDefinition.class
)
public class AssignmentProposedUserNotificationDefinition
	extends BaseMentoringUserNotificationDefinition {

	public AssignmentProposedUserNotificationDefinition() {
		super(
			MentoringNotificationTypes.ASSIGNMENT_PROPOSED,
			"opora-mentoring-notification-setting-assignment-proposed");
	}

}
