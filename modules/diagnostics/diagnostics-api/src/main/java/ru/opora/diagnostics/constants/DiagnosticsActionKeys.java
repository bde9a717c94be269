package ru.opora.diagnostics.constants;

/** Actions of the {@link DiagnosticsConstants#RESOURCE_NAME} portlet resource. */
public final class DiagnosticsActionKeys {

	/** Import external diagnostic results. */
	public static final String IMPORT_RESULTS = "IMPORT_RESULTS";

	/** Edit, import and publish the item bank (methodologists). */
	public static final String MANAGE_BANK = "MANAGE_BANK";

	/** Edit the course catalogue. */
	public static final String MANAGE_COURSES = "MANAGE_COURSES";

	/** Open a diagnostic session for the teachers of any school of the site (coordinators). */
	public static final String OPEN_SESSION = "OPEN_SESSION";

	/** Read the audit log of views of individual results (who viewed whose data, when). */
	public static final String VIEW_AUDIT_LOG = "VIEW_AUDIT_LOG";

	/** See the site's aggregate figures (suppressed small groups). */
	public static final String VIEW_AGGREGATES = "VIEW_AGGREGATES";

	private DiagnosticsActionKeys() {
	}

}
