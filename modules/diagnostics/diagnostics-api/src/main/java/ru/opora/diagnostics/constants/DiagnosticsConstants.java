package ru.opora.diagnostics.constants;

/** Names and codes shared by the diagnostics bundles. */
public final class DiagnosticsConstants {

	public static final String ATTEMPT_STATUS_ASSIGNED = "assigned";

	public static final String ATTEMPT_STATUS_COMPLETED = "completed";

	/** Results imported from an external diagnostic (a regional centre's export). */
	public static final String ATTEMPT_STATUS_EXTERNAL = "external";

	public static final String ATTEMPT_STATUS_IN_PROGRESS = "in-progress";

	public static final String BANK_STATUS_DRAFT = "draft";

	public static final String BANK_STATUS_PUBLISHED = "published";

	/** Version of the consent text the teacher agreed to (Language key {@code diagnostics-consent-text-<version>}). */
	public static final String CONSENT_VERSION = "1";

	public static final String ENROLMENT_STATUS_COMPLETED = "completed";

	public static final String ENROLMENT_STATUS_ENROLLED = "enrolled";

	/** Portlet resource guarding the site-wide diagnostics actions (default.xml). */
	public static final String RESOURCE_NAME = "ru.opora.diagnostics";

	public static final String ROUTE_ACTION_STATUS_DONE = "done";

	public static final String ROUTE_ACTION_STATUS_PLANNED = "planned";

	public static final String ROUTE_STATUS_AGREED = "agreed";

	public static final String ROUTE_STATUS_COMPLETED = "completed";

	public static final String ROUTE_STATUS_DRAFT = "draft";

	private DiagnosticsConstants() {
	}

}
