/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.internal.notifications;

/**
 * The notification types of the mentoring portlet (the notificationType of
 * its user notification definitions, classNameId 0) and the keys of the
 * payload its handler reads.
 *
 * @author Opora
 */
public final class MentoringNotificationTypes {

	public static final int ASSIGNMENT_ACTIVATED = 2;

	public static final int ASSIGNMENT_PROPOSED = 1;

	public static final String KEY_ACTOR_NAME = "actorName";

	public static final String KEY_GROUP_ID = "groupId";

	public static final String KEY_KIND = "kind";

	public static final String KEY_MENTOR_ASSIGNMENT_ID = "mentorAssignmentId";

	public static final String KEY_NOTIFICATION_TYPE = "notificationType";

	public static final String KEY_PLANNED_DATE = "plannedDate";

	public static final String KEY_SUPPORT_EVENT_ID = "supportEventId";

	public static final String KEY_SUPPORTED_SCHOOL_ID = "supportedSchoolId";

	public static final String KEY_TITLE = "title";

	public static final int SUPPORT_EVENT_OVERDUE = 3;

	private MentoringNotificationTypes() {
	}

}
