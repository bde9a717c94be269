package ru.opora.riskprofile.internal.notifications;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.transaction.TransactionCommitCallbackUtil;
import com.liferay.portal.kernel.util.ResourceBundleUtil;

import java.util.LinkedHashSet;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.domain.risk.review.ReviewAction;
import ru.opora.portal.notification.OporaNotificationSender;
import ru.opora.riskprofile.constants.RiskProfilePortletKeys;
import ru.opora.riskprofile.internal.security.permission.resource.RiskSchoolPermission;
import ru.opora.riskprofile.model.RiskDocument;
import ru.opora.riskprofile.model.RiskProfile;
import ru.opora.schools.model.School;
import ru.opora.schools.service.SchoolLocalService;

/**
 * Sends the risk profile notifications (the bell in the user menu): to the
 * school team when the curator verifies the profile, returns or approves a
 * document; to the curator when the school submits one. Sent only after the
 * transaction commits; a failure is logged and never undoes the step. Each
 * user's opt-out per type is respected.
 *
 * @author Opora
 */
@Component(service = RiskProfileNotifications.class)
public class RiskProfileNotifications {

	/** Tells whom a review step concerns; a failure to find them is logged and never undoes the step. */
	public void documentStep(RiskDocument document, ReviewAction action, long actorUserId, String actorName) {
		try {
			_documentStep(document, action, actorUserId, actorName);
		}
		catch (PortalException | RuntimeException exception) {
			_log.error(
				"Unable to notify of " + action + " of risk document " + document.getRiskDocumentId(), exception);
		}
	}

	/** The members of the school's organization with the School Team role. */
	public Set<Long> getSchoolTeam(long schoolId) throws PortalException {
		Set<Long> userIds = new LinkedHashSet<>();
		School school = _schoolLocalService.getSchool(schoolId);

		if (school.getOrganizationId() <= 0) {
			return userIds;
		}

		for (User user : _userLocalService.getOrganizationUsers(school.getOrganizationId())) {
			if (_riskSchoolPermission.isSchoolTeam(user.getUserId(), school)) {
				userIds.add(user.getUserId());
			}
		}

		return userIds;
	}

	/** Tells the school team that a factor was verified; a failure to find them is logged, never undoes it. */
	public void profileVerified(RiskProfile profile, String factorCode, long actorUserId, String actorName) {
		try {
			JSONObject payload = _payload(
				RiskProfileNotificationTypes.PROFILE_VERIFIED, profile.getSchoolId(), actorName);

			payload.put(RiskProfileNotificationTypes.KEY_FACTOR_CODE, factorCode);

			_afterCommit(
				getSchoolTeam(profile.getSchoolId()), actorUserId, RiskProfileNotificationTypes.PROFILE_VERIFIED,
				payload);
		}
		catch (PortalException | RuntimeException exception) {
			_log.error("Unable to notify of the verification of risk profile of school " + profile.getSchoolId(),
				exception);
		}
	}

	private void _documentStep(RiskDocument document, ReviewAction action, long actorUserId, String actorName)
		throws PortalException {

		int type;
		Set<Long> userIds;

		if (action == ReviewAction.SUBMIT) {
			type = RiskProfileNotificationTypes.DOCUMENT_SUBMITTED;
			userIds = new LinkedHashSet<>();

			long curatorUserId = _riskSchoolPermission.getCuratorUserId(document.getSchoolId());

			if (curatorUserId > 0) {
				userIds.add(curatorUserId);
			}
		}
		else if (action == ReviewAction.RETURN) {
			type = RiskProfileNotificationTypes.DOCUMENT_RETURNED;
			userIds = getSchoolTeam(document.getSchoolId());
		}
		else if (action == ReviewAction.APPROVE) {
			type = RiskProfileNotificationTypes.DOCUMENT_APPROVED;
			userIds = getSchoolTeam(document.getSchoolId());
		}
		else {
			return;
		}

		JSONObject payload = _payload(type, document.getSchoolId(), actorName);

		payload.put(
			RiskProfileNotificationTypes.KEY_DOCUMENT_ID, document.getRiskDocumentId()
		).put(
			RiskProfileNotificationTypes.KEY_DOCUMENT_TYPE, document.getDocumentType()
		).put(
			RiskProfileNotificationTypes.KEY_FACTOR_CODE, document.getFactorCode()
		);

		_afterCommit(userIds, actorUserId, type, payload);
	}

	private void _afterCommit(Set<Long> userIds, long actorUserId, int type, JSONObject payload) {
		userIds.remove(actorUserId);

		if (userIds.isEmpty()) {
			return;
		}

		TransactionCommitCallbackUtil.registerCallback(
			() -> {
				for (long userId : userIds) {
					try {
						_oporaNotificationSender.send(
							userId, RiskProfilePortletKeys.RISK_PROFILE, type, payload,
							locale -> ResourceBundleUtil.getString(
								ResourceBundleUtil.getBundle(
									"content.Language", locale, RiskProfileNotifications.class),
								"opora-risk-email-subject",
								payload.getString(RiskProfileNotificationTypes.KEY_SCHOOL_NAME)),
							locale -> RiskProfileUserNotificationHandler.getBody(payload, locale));
					}
					catch (Exception exception) {
						_log.error("Unable to notify user " + userId + " of " + payload, exception);
					}
				}

				return null;
			});
	}

	private JSONObject _payload(int type, long schoolId, String actorName) {
		String schoolName = "";
		School school = _schoolLocalService.fetchSchool(schoolId);

		if (school != null) {
			schoolName = school.getName();
		}

		return _jsonFactory.createJSONObject(
		).put(
			RiskProfileNotificationTypes.KEY_ACTOR_NAME, actorName
		).put(
			RiskProfileNotificationTypes.KEY_NOTIFICATION_TYPE, type
		).put(
			RiskProfileNotificationTypes.KEY_SCHOOL_ID, schoolId
		).put(
			RiskProfileNotificationTypes.KEY_SCHOOL_NAME, schoolName
		);
	}

	private static final Log _log = LogFactoryUtil.getLog(RiskProfileNotifications.class);

	@Reference
	private JSONFactory _jsonFactory;

	@Reference
	private RiskSchoolPermission _riskSchoolPermission;

	@Reference
	private SchoolLocalService _schoolLocalService;

	@Reference
	private UserLocalService _userLocalService;

	@Reference
	private OporaNotificationSender _oporaNotificationSender;

}
