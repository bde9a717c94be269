package ru.opora.riskprofile.internal.notifications;

/** Notification types and payload keys of the risk profile feature. */
public final class RiskProfileNotificationTypes {

	public static final int DOCUMENT_APPROVED = 4;

	public static final int DOCUMENT_RETURNED = 3;

	public static final int DOCUMENT_SUBMITTED = 2;

	public static final String KEY_ACTOR_NAME = "actorName";

	public static final String KEY_DOCUMENT_ID = "riskDocumentId";

	public static final String KEY_DOCUMENT_TYPE = "documentType";

	public static final String KEY_FACTOR_CODE = "factorCode";

	public static final String KEY_NOTIFICATION_TYPE = "notificationType";

	public static final String KEY_SCHOOL_ID = "schoolId";

	public static final String KEY_SCHOOL_NAME = "schoolName";

	public static final int PROFILE_VERIFIED = 1;

	/** Every type with its settings description key. */
	public static final int[] TYPES = {PROFILE_VERIFIED, DOCUMENT_SUBMITTED, DOCUMENT_RETURNED, DOCUMENT_APPROVED};

	/** The language key suffix of a type, null for a type this bundle does not know. */
	public static String key(int type) {
		if (type == PROFILE_VERIFIED) {
			return "profile-verified";
		}

		if (type == DOCUMENT_SUBMITTED) {
			return "document-submitted";
		}

		if (type == DOCUMENT_RETURNED) {
			return "document-returned";
		}

		if (type == DOCUMENT_APPROVED) {
			return "document-approved";
		}

		return null;
	}

	private RiskProfileNotificationTypes() {
	}

}
