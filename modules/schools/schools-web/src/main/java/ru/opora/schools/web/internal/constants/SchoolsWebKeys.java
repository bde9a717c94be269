package ru.opora.schools.web.internal.constants;

/**
 * Request attributes and MVC command names of the schools portlet.
 *
 * @author Opora
 */
public final class SchoolsWebKeys {

	public static final String DISPLAY_CONTEXT =
		"ru.opora.schools.web.DISPLAY_CONTEXT";

	/** SessionErrors key: the import form was sent without a file. */
	public static final String ERROR_FILE_REQUIRED = "fileRequired";

	/** SessionErrors key: a screen the user lacks the permission for. */
	public static final String ERROR_FORBIDDEN = "forbidden";

	/** Portlet session attribute: the {@code LastImport} of the user. */
	public static final String LAST_IMPORT = "ru.opora.schools.web.LAST_IMPORT";

	public static final String FEATURE_AVAILABILITY =
		"ru.opora.schools.web.FEATURE_AVAILABILITY";

	public static final String MVC_DELETE_SCHOOL = "/schools/delete_school";

	public static final String MVC_DOWNLOAD_IMPORT_REPORT =
		"/schools/download_import_report";

	public static final String MVC_DOWNLOAD_TEMPLATE =
		"/schools/download_template";

	public static final String MVC_SAVE_IDENTIFICATION_RULES =
		"/schools/save_identification_rules";

	public static final String SUCCESS_RULES_SAVED = "identificationRulesSaved";

	public static final String MVC_EDIT_IDENTIFICATION_RULES =
		"/schools/edit_identification_rules";

	public static final String MVC_EDIT_ASSESSMENT_RESULT =
		"/schools/edit_assessment_result";

	public static final String MVC_EDIT_SCHOOL = "/schools/edit_school";

	public static final String MVC_EDIT_SCHOOL_CONTEXT =
		"/schools/edit_school_context";

	public static final String MVC_EXPORT_SCHOOLS = "/schools/export_schools";

	public static final String MVC_IMPORT_WORKBOOK = "/schools/import_workbook";

	/** Action and render command: link the site's schools to organizations. */
	public static final String MVC_LINK_ORGANIZATIONS =
		"/schools/link_organizations";

	/** SessionMessages key carrying the last {@code OrganizationLinkResult}. */
	public static final String ORGANIZATION_LINK_RESULT =
		"organizationLinkResult";

	public static final String MVC_VIEW_IMPORT_RESULT =
		"/schools/view_import_result";

	public static final String MVC_VIEW_SCHOOL = "/schools/view_school";

	public static final String MVC_VIEW_SCHOOLS = "/schools/view_schools";

	public static final String SUCCESS_CONTEXT_SAVED = "schoolContextSaved";

	public static final String SUCCESS_RESULT_SAVED = "assessmentResultSaved";

	public static final String SUCCESS_SCHOOL_DELETED = "schoolDeleted";

	public static final String SUCCESS_SCHOOL_SAVED = "schoolSaved";

	private SchoolsWebKeys() {
	}

}
