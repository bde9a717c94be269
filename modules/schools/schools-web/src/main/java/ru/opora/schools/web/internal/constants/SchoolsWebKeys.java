package ru.opora.schools.web.internal.constants;

/**
 * Request attributes and MVC command names of the schools portlet.
 *
 * @author Opora
 */
public final class SchoolsWebKeys {

	public static final String DISPLAY_CONTEXT =
		"ru.opora.schools.web.DISPLAY_CONTEXT";

	public static final String FEATURE_AVAILABILITY =
		"ru.opora.schools.web.FEATURE_AVAILABILITY";

	public static final String MVC_DELETE_SCHOOL = "/schools/delete_school";

	public static final String MVC_EDIT_ASSESSMENT_RESULT =
		"/schools/edit_assessment_result";

	public static final String MVC_EDIT_SCHOOL = "/schools/edit_school";

	public static final String MVC_EDIT_SCHOOL_CONTEXT =
		"/schools/edit_school_context";

	public static final String MVC_VIEW_SCHOOL = "/schools/view_school";

	public static final String MVC_VIEW_SCHOOLS = "/schools/view_schools";

	public static final String SUCCESS_CONTEXT_SAVED = "schoolContextSaved";

	public static final String SUCCESS_RESULT_SAVED = "assessmentResultSaved";

	public static final String SUCCESS_SCHOOL_DELETED = "schoolDeleted";

	public static final String SUCCESS_SCHOOL_SAVED = "schoolSaved";

	private SchoolsWebKeys() {
	}

}
