/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.internal.notifications;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.transaction.TransactionCommitCallbackUtil;

import java.time.LocalDate;

import java.util.LinkedHashSet;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.mentoring.constants.MentoringPortletKeys;
import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.model.SupportEvent;

import ru.opora.portal.notification.OporaNotificationSender;

/**
 * Sends the mentoring portlet's notifications (the bell in the user menu,
 * and e-mail where the portal has mail configured, through
 * {@link OporaNotificationSender}): an assignment proposed, an assignment activated, a support event
 * whose report is overdue. Each user's opt-out per type (My Account &gt;
 * Notifications, from the definitions in this package) is respected.
 *
 * <p>
 * The assignment notifications go out only after the transaction that
 * stored the change commits; a failure is logged and never undoes the
 * change.
 * </p>
 *
 * @author Opora
 */
@Component(service = MentoringNotifications.class)
public class MentoringNotifications {

	/**
	 * The people named on the assignment (curator, mentor teacher, mentee;
	 * 0 skipped), without the user who made the change.
	 */
	public static Set<Long> getAssignmentRecipients(
		MentorAssignment mentorAssignment, long actorUserId) {

		Set<Long> userIds = new LinkedHashSet<>();

		for (long userId :
				new long[] {
					mentorAssignment.getCuratorUserId(),
					mentorAssignment.getTeacherMentorUserId(),
					mentorAssignment.getMenteeUserId()
				}) {

			if ((userId > 0) && (userId != actorUserId)) {
				userIds.add(userId);
			}
		}

		return userIds;
	}

	/**
	 * Who must report the event: the assignment's curator, else its mentor
	 * teacher, else (a mentor-school assignment names no person) the user
	 * who created the assignment; 0 if none.
	 */
	public static long getOverdueRecipient(MentorAssignment mentorAssignment) {
		if (mentorAssignment.getCuratorUserId() > 0) {
			return mentorAssignment.getCuratorUserId();
		}

		if (mentorAssignment.getTeacherMentorUserId() > 0) {
			return mentorAssignment.getTeacherMentorUserId();
		}

		return mentorAssignment.getUserId();
	}

	/**
	 * Tells the parties that the assignment became active, once the
	 * current transaction commits.
	 */
	public void assignmentActivated(
		MentorAssignment mentorAssignment, long actorUserId,
		String actorName) {

		_afterCommit(
			MentoringNotificationTypes.ASSIGNMENT_ACTIVATED, mentorAssignment,
			actorUserId, actorName);
	}

	/**
	 * Tells the parties that the assignment was proposed, once the current
	 * transaction commits.
	 */
	public void assignmentProposed(
		MentorAssignment mentorAssignment, long actorUserId,
		String actorName) {

		_afterCommit(
			MentoringNotificationTypes.ASSIGNMENT_PROPOSED, mentorAssignment,
			actorUserId, actorName);
	}

	/**
	 * Tells the curator (or mentor teacher, or the assignment's creator)
	 * that the event's report is overdue. Called by the daily job, outside
	 * any transaction.
	 *
	 * @return the user notified, or 0 if nobody could be (no recipient, or
	 *         the recipient switched this type off)
	 */
	public long supportEventOverdue(
			SupportEvent supportEvent, MentorAssignment mentorAssignment)
		throws PortalException {

		long userId = getOverdueRecipient(mentorAssignment);

		if (userId <= 0) {
			return 0;
		}

		JSONObject payloadJSONObject = _createPayload(
			MentoringNotificationTypes.SUPPORT_EVENT_OVERDUE,
			mentorAssignment);

		LocalDate plannedDate = supportEvent.getPlannedLocalDate();

		payloadJSONObject.put(
			MentoringNotificationTypes.KEY_PLANNED_DATE,
			(plannedDate == null) ? "" : plannedDate.toString()
		).put(
			MentoringNotificationTypes.KEY_SUPPORT_EVENT_ID,
			supportEvent.getSupportEventId()
		).put(
			MentoringNotificationTypes.KEY_TITLE, supportEvent.getTitle()
		);

		if (_send(
				userId, MentoringNotificationTypes.SUPPORT_EVENT_OVERDUE,
				payloadJSONObject)) {

			return userId;
		}

		return 0;
	}

	private void _afterCommit(
		int notificationType, MentorAssignment mentorAssignment,
		long actorUserId, String actorName) {

		Set<Long> userIds = getAssignmentRecipients(
			mentorAssignment, actorUserId);

		if (userIds.isEmpty()) {
			return;
		}

		JSONObject payloadJSONObject = _createPayload(
			notificationType, mentorAssignment);

		payloadJSONObject.put(
			MentoringNotificationTypes.KEY_ACTOR_NAME, actorName);

		TransactionCommitCallbackUtil.registerCallback(
			() -> {
				for (long userId : userIds) {
					try {
						_send(userId, notificationType, payloadJSONObject);
					}
					catch (Exception exception) {
						_log.error(
							"Unable to notify user " + userId +
								" about mentor assignment " +
									mentorAssignment.getMentorAssignmentId(),
							exception);
					}
				}

				return null;
			});
	}

	private JSONObject _createPayload(
		int notificationType, MentorAssignment mentorAssignment) {

		return _jsonFactory.createJSONObject(
		).put(
			MentoringNotificationTypes.KEY_GROUP_ID,
			mentorAssignment.getGroupId()
		).put(
			MentoringNotificationTypes.KEY_KIND, mentorAssignment.getKind()
		).put(
			MentoringNotificationTypes.KEY_MENTOR_ASSIGNMENT_ID,
			mentorAssignment.getMentorAssignmentId()
		).put(
			MentoringNotificationTypes.KEY_NOTIFICATION_TYPE, notificationType
		).put(
			MentoringNotificationTypes.KEY_SUPPORTED_SCHOOL_ID,
			mentorAssignment.getSupportedSchoolId()
		);
	}

	private boolean _send(
			long userId, int notificationType, JSONObject payloadJSONObject)
		throws PortalException {

		OporaNotificationSender.Delivery delivery =
			_oporaNotificationSender.send(
				userId, MentoringPortletKeys.MENTORING, notificationType,
				payloadJSONObject,
				locale -> MentoringNotificationTexts.getSubject(
					notificationType, locale),
				locale -> MentoringNotificationTexts.getBody(
					payloadJSONObject, locale));

		return delivery.isAny();
	}

	private static final Log _log = LogFactoryUtil.getLog(
		MentoringNotifications.class);

	@Reference
	private JSONFactory _jsonFactory;

	@Reference
	private OporaNotificationSender _oporaNotificationSender;

}
