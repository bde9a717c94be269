package ru.opora.cooperation.internal.notifications;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.model.Role;
import com.liferay.portal.kernel.model.UserGroupRole;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.UserGroupRoleLocalService;
import com.liferay.portal.kernel.transaction.TransactionCommitCallbackUtil;
import com.liferay.portal.kernel.util.ResourceBundleUtil;

import java.time.LocalDate;

import java.util.LinkedHashSet;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.cooperation.constants.CooperationPortletKeys;
import ru.opora.cooperation.internal.party.PartyDirectors;
import ru.opora.cooperation.model.AgreementParty;
import ru.opora.cooperation.model.CooperationAgreement;
import ru.opora.cooperation.service.AgreementPartyLocalService;
import ru.opora.domain.cooperation.ExpiryAlert;
import ru.opora.portal.constants.OporaRoleNames;
import ru.opora.portal.notification.OporaNotificationSender;

/**
 * Sends the cooperation portlet's notifications (the bell): an agreement
 * sent on approval (to the parties' directors and, where required, the
 * municipal coordinators), an approval given (to the author), an agreement
 * signed and the expiry alerts (to the author and the parties' directors).
 * The actor is never notified; each user's opt-out per type is respected.
 * Notifications of a change go out after its transaction commits.
 *
 * @author Opora
 */
@Component(service = CooperationNotifications.class)
public class CooperationNotifications {

	public void approved(CooperationAgreement agreement, long actorUserId, String actorName) {
		Set<Long> userIds = new LinkedHashSet<>();

		userIds.add(agreement.getUserId());

		_afterCommit(CooperationNotificationTypes.APPROVED, agreement, actorUserId, actorName, userIds);
	}

	/**
	 * An expiry alert, sent at once (the daily job runs outside a
	 * transaction).
	 *
	 * @return how many users were notified
	 */
	public int expiryAlert(CooperationAgreement agreement, ExpiryAlert alert) throws PortalException {
		JSONObject payloadJSONObject = _createPayload(CooperationNotificationTypes.EXPIRY_ALERT, agreement);

		LocalDate endDate = agreement.getEndLocalDate();

		payloadJSONObject.put(
			CooperationNotificationTypes.KEY_ALERT, alert.code()
		).put(
			CooperationNotificationTypes.KEY_END_DATE, (endDate == null) ? "" : endDate.toString()
		);

		int count = 0;

		for (long userId : getPartyRecipients(agreement, 0)) {
			if (_send(userId, CooperationNotificationTypes.EXPIRY_ALERT, payloadJSONObject)) {
				count++;
			}
		}

		return count;
	}

	/** The author and the directors of every party, without the actor. */
	public Set<Long> getPartyRecipients(CooperationAgreement agreement, long actorUserId) {
		Set<Long> userIds = new LinkedHashSet<>();

		userIds.add(agreement.getUserId());

		for (AgreementParty party : _agreementPartyLocalService.getAgreementParties(agreement.getAgreementId())) {
			userIds.addAll(_partyDirectors.getDirectorUserIds(party));
		}

		userIds.remove(actorUserId);
		userIds.remove(0L);

		return userIds;
	}

	public void signed(CooperationAgreement agreement, long actorUserId) {
		_afterCommit(
			CooperationNotificationTypes.SIGNED, agreement, actorUserId, "",
			getPartyRecipients(agreement, actorUserId));
	}

	public void submitted(CooperationAgreement agreement, long actorUserId) {
		Set<Long> userIds = getPartyRecipients(agreement, actorUserId);

		if (agreement.isCoordinatorRequired()) {
			Role role = _roleLocalService.fetchRole(agreement.getCompanyId(), OporaRoleNames.MUNICIPAL_COORDINATOR);

			if (role != null) {
				for (UserGroupRole userGroupRole :
						_userGroupRoleLocalService.getUserGroupRolesByGroupAndRole(
							agreement.getGroupId(), role.getRoleId())) {

					userIds.add(userGroupRole.getUserId());
				}
			}
		}

		_afterCommit(CooperationNotificationTypes.SUBMITTED, agreement, actorUserId, "", userIds);
	}

	private void _afterCommit(
		int notificationType, CooperationAgreement agreement, long actorUserId, String actorName,
		Set<Long> userIds) {

		userIds.remove(actorUserId);
		userIds.remove(0L);

		if (userIds.isEmpty()) {
			return;
		}

		JSONObject payloadJSONObject = _createPayload(notificationType, agreement);

		payloadJSONObject.put(CooperationNotificationTypes.KEY_ACTOR_NAME, actorName);

		TransactionCommitCallbackUtil.registerCallback(
			() -> {
				for (long userId : userIds) {
					try {
						_send(userId, notificationType, payloadJSONObject);
					}
					catch (Exception exception) {
						_log.error(
							"Unable to notify user " + userId + " about agreement " + agreement.getAgreementId(),
							exception);
					}
				}

				return null;
			});
	}

	private JSONObject _createPayload(int notificationType, CooperationAgreement agreement) {
		return _jsonFactory.createJSONObject(
		).put(
			CooperationNotificationTypes.KEY_AGREEMENT_ID, agreement.getAgreementId()
		).put(
			CooperationNotificationTypes.KEY_GROUP_ID, agreement.getGroupId()
		).put(
			CooperationNotificationTypes.KEY_NOTIFICATION_TYPE, notificationType
		).put(
			CooperationNotificationTypes.KEY_NUMBER, agreement.getNumber()
		);
	}

	private boolean _send(long userId, int notificationType, JSONObject payloadJSONObject) throws PortalException {
		OporaNotificationSender.Delivery delivery = _oporaNotificationSender.send(
			userId, CooperationPortletKeys.COOPERATION, notificationType, payloadJSONObject,
			locale -> ResourceBundleUtil.getString(
				ResourceBundleUtil.getBundle("content.Language", locale, CooperationNotifications.class),
				"opora-cooperation-email-subject",
				payloadJSONObject.getString(CooperationNotificationTypes.KEY_NUMBER)),
			locale -> CooperationUserNotificationHandler.getBody(payloadJSONObject, locale));

		return delivery.isAny();
	}

	private static final Log _log = LogFactoryUtil.getLog(CooperationNotifications.class);

	@Reference
	private AgreementPartyLocalService _agreementPartyLocalService;

	@Reference
	private JSONFactory _jsonFactory;

	@Reference
	private PartyDirectors _partyDirectors;

	@Reference
	private RoleLocalService _roleLocalService;

	@Reference
	private UserGroupRoleLocalService _userGroupRoleLocalService;

	@Reference
	private OporaNotificationSender _oporaNotificationSender;

}
