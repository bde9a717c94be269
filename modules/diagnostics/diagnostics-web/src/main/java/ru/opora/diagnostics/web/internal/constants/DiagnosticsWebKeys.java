package ru.opora.diagnostics.web.internal.constants;

/** Request attributes and command names of the diagnostics portlet. */
public final class DiagnosticsWebKeys {

	public static final String DISPLAY_CONTEXT = "DIAGNOSTICS_DISPLAY_CONTEXT";

	public static final String MVC_ADD_ACTION = "/add_action";

	public static final String MVC_AGGREGATES = "/aggregates";

	public static final String MVC_AGREE_ROUTE = "/agree_route";

	public static final String MVC_AUDIT_LOG = "/audit_log";

	public static final String MVC_AUTOSAVE = "/autosave";

	public static final String MVC_COMPLETE_ACTION = "/complete_action";

	public static final String MVC_CONSENT = "/consent";

	public static final String MVC_DELETE_ACTION = "/delete_action";

	public static final String MVC_DELETE_AREA = "/delete_area";

	public static final String MVC_DELETE_COMPETENCE = "/delete_competence";

	public static final String MVC_DELETE_ITEM = "/delete_item";

	public static final String MVC_COURSES = "/courses";

	public static final String MVC_EXPORT_AGGREGATES = "/export_aggregates";

	public static final String MVC_EXPORT_AUDIT_LOG = "/export_audit_log";

	public static final String MVC_EXPORT_BANK = "/export_bank";

	public static final String MVC_BANK = "/bank";

	public static final String MVC_EDIT_AREA = "/edit_area";

	public static final String MVC_EDIT_COMPETENCE = "/edit_competence";

	public static final String MVC_EDIT_COURSE = "/edit_course";

	public static final String MVC_EDIT_ITEM = "/edit_item";

	public static final String MVC_DOWNLOAD_EVIDENCE = "/download_evidence";

	public static final String MVC_ENROL = "/enrol";

	public static final String MVC_IMPORT_BANK = "/import_bank";

	public static final String MVC_MY_VIEWS = "/my_views";

	/** Action: upload a regional centre's results workbook. */
	public static final String MVC_IMPORT_RESULTS = "/import_results";

	public static final String MVC_OPEN_SESSION = "/open_session";

	public static final String MVC_PROPOSE_ROUTE = "/propose_route";

	public static final String MVC_PUBLISH_BANK = "/publish_bank";

	public static final String MVC_RESULT = "/result";

	/** Render: the import screen for external results. */
	public static final String MVC_RESULTS_IMPORT = "/results_import";

	/** Resource: the .xlsx template of the results workbook. */
	public static final String MVC_RESULTS_TEMPLATE = "/results_template";

	public static final String MVC_SAVE_ANSWERS = "/save_answers";

	public static final String MVC_SCHOOL = "/school";

	public static final String MVC_START = "/start";

	public static final String MVC_TAKE = "/take";

	public static final String MVC_UPDATE_ACTION = "/update_action";

	/** Session message: how many external results the last import stored. */
	public static final String RESULTS_IMPORTED = "DIAGNOSTICS_RESULTS_IMPORTED";

	public static final String VIOLATIONS = "DIAGNOSTICS_VIOLATIONS";

	private DiagnosticsWebKeys() {
	}

}
