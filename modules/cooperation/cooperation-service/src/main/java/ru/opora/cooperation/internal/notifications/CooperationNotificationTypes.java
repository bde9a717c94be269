package ru.opora.cooperation.internal.notifications;

/**
 * The notification types of the cooperation portlet (notificationType of its
 * user notification definitions, classNameId 0) and the payload keys.
 *
 * @author Opora
 */
public final class CooperationNotificationTypes {

	public static final int APPROVED = 2;

	public static final int EXPIRY_ALERT = 4;

	public static final String KEY_ACTOR_NAME = "actorName";

	public static final String KEY_AGREEMENT_ID = "agreementId";

	public static final String KEY_ALERT = "alert";

	public static final String KEY_END_DATE = "endDate";

	public static final String KEY_GROUP_ID = "groupId";

	public static final String KEY_NOTIFICATION_TYPE = "notificationType";

	public static final String KEY_NUMBER = "number";

	public static final int SIGNED = 3;

	public static final int SUBMITTED = 1;

	private CooperationNotificationTypes() {
	}

}
