package ru.opora.riskprofile.web.internal.constants;

/** Command names, request attributes and message keys of the portlet. */
public final class RiskProfileWebKeys {

	public static final String DISPLAY_CONTEXT = "RISK_PROFILE_DISPLAY_CONTEXT";

	public static final String MVC_ADD_ATTACHMENT = "/risk/add_attachment";

	public static final String MVC_ADD_COMMENT = "/risk/add_comment";

	public static final String MVC_DOWNLOAD_ATTACHMENT = "/risk/download_attachment";

	public static final String MVC_ADD_DICTIONARY_VERSION = "/risk/add_dictionary_version";

	public static final String MVC_ADD_DOCUMENT = "/risk/add_document";

	public static final String MVC_CALCULATE_PROFILE = "/risk/calculate_profile";

	public static final String MVC_EXPORT_MONITORING = "/risk/export_monitoring";

	public static final String IMPORT_REPORT = "opora-risk-import-report";

	public static final String MVC_IMPORT_ANSWERS = "/risk/import_answers";

	public static final String MVC_ISSUE_CODES = "/risk/issue_codes";

	public static final String MVC_QUESTIONNAIRE = "/risk/questionnaire";

	public static final String MVC_REVIEW_DOCUMENT = "/risk/review_document";

	public static final String MVC_SAVE_ANSWERS = "/risk/save_answers";

	public static final String MVC_UPDATE_DOCUMENT = "/risk/update_document";

	public static final String MVC_UPDATE_MEASURE = "/risk/update_measure";

	public static final String MVC_UPDATE_PRIORITIES = "/risk/update_priorities";

	public static final String MVC_VERIFY_FACTOR = "/risk/verify_factor";

	public static final String MVC_VIEW_DOCUMENT = "/risk/view_document";

	public static final String MVC_VIEW_SCHOOL = "/risk/view_school";

	private RiskProfileWebKeys() {
	}

}
