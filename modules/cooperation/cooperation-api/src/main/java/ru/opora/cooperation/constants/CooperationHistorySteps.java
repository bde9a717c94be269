package ru.opora.cooperation.constants;

/**
 * The step codes of an agreement's history (AgreementHistory.step); the
 * language key of each is {@code opora-cooperation-step-<code>}.
 *
 * @author Opora
 */
public final class CooperationHistorySteps {

	public static final String ACTIVATED = "activated";

	public static final String AMENDED = "amended";

	public static final String APPROVED_BY_COORDINATOR = "approved-by-coordinator";

	public static final String APPROVED_BY_PARTY = "approved-by-party";

	public static final String CREATED = "created";

	public static final String DOCUMENT_GENERATED = "document-generated";

	public static final String EXPIRED = "expired";

	public static final String PROLONGED = "prolonged";

	public static final String RETURNED = "returned";

	public static final String SCAN_ATTACHED = "scan-attached";

	public static final String SIGNED = "signed";

	public static final String SUBMITTED = "submitted";

	public static final String SUPERSEDED = "superseded";

	public static final String TERMINATED = "terminated";

	public static final String UPDATED = "updated";

	private CooperationHistorySteps() {
	}

}
