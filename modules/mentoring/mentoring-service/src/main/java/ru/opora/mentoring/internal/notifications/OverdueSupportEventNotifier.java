/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.internal.notifications;

import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;

import java.time.LocalDate;

import java.util.Date;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.mentoring.constants.MentoringConstants;
import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.model.SupportEvent;
import ru.opora.mentoring.service.MentorAssignmentLocalService;
import ru.opora.mentoring.service.SupportEventLocalService;

/**
 * The daily job's work: every overdue support event (the domain core's rule,
 * {@link MentoringConstants#DEFAULT_GRACE_DAYS} days) whose curator was not
 * told yet is notified once, then marked with overdueNotifiedDate. An event
 * whose notification fails stays unmarked and is retried by the next run.
 *
 * @author Opora
 */
@Component(service = OverdueSupportEventNotifier.class)
public class OverdueSupportEventNotifier {

	/** @return how many events were handled (notified and marked) */
	public int notifyOverdueSupportEvents(LocalDate today) {
		int count = 0;

		for (SupportEvent supportEvent :
				_supportEventLocalService.getOverdueSupportEventsToNotify(
					today, MentoringConstants.DEFAULT_GRACE_DAYS)) {

			try {
				MentorAssignment mentorAssignment =
					_mentorAssignmentLocalService.fetchMentorAssignment(
						supportEvent.getMentorAssignmentId());

				if (mentorAssignment != null) {
					_mentoringNotifications.supportEventOverdue(
						supportEvent, mentorAssignment);
				}

				_supportEventLocalService.markOverdueNotified(
					supportEvent.getSupportEventId(), new Date());

				count++;
			}
			catch (Exception exception) {
				_log.error(
					"Unable to notify that support event " +
						supportEvent.getSupportEventId() + " is overdue",
					exception);
			}
		}

		return count;
	}

	private static final Log _log = LogFactoryUtil.getLog(
		OverdueSupportEventNotifier.class);

	@Reference
	private MentorAssignmentLocalService _mentorAssignmentLocalService;

	@Reference
	private MentoringNotifications _mentoringNotifications;

	@Reference
	private SupportEventLocalService _supportEventLocalService;

}
