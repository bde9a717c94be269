package ru.opora.mentoring.web.internal.constants;

/**
 * Request attributes, MVC command names and success keys of the mentoring
 * portlet.
 *
 * @author Opora
 */
public final class MentoringWebKeys {

	public static final String DISPLAY_CONTEXT =
		"ru.opora.mentoring.web.DISPLAY_CONTEXT";

	public static final String MVC_ACCEPT_SUGGESTIONS =
		"/mentoring/accept_suggestions";

	public static final String MVC_ACTIVATE_ASSIGNMENT =
		"/mentoring/activate_assignment";

	public static final String MVC_CANCEL_ASSIGNMENT =
		"/mentoring/cancel_assignment";

	public static final String MVC_DELETE_SUPPORT_EVENT =
		"/mentoring/delete_support_event";

	public static final String MVC_EDIT_ASSIGNMENT =
		"/mentoring/edit_assignment";

	public static final String MVC_EDIT_SUPPORT_EVENT =
		"/mentoring/edit_support_event";

	public static final String MVC_EXPORT_ASSIGNMENTS =
		"/mentoring/export_assignments";

	public static final String MVC_FINISH_ASSIGNMENT =
		"/mentoring/finish_assignment";

	/** Render and action command: the library materials of a support event. */
	public static final String MVC_EVENT_MATERIALS =
		"/mentoring/event_materials";

	public static final String MVC_REPORT_SUPPORT_EVENT =
		"/mentoring/report_support_event";

	public static final String MVC_VIEW_ASSIGNMENT =
		"/mentoring/view_assignment";

	public static final String MVC_VIEW_ASSIGNMENTS =
		"/mentoring/view_assignments";

	public static final String MVC_VIEW_MY_MENTOR = "/mentoring/view_my_mentor";

	public static final String MVC_VIEW_MY_SCHOOLS =
		"/mentoring/view_my_schools";

	public static final String MVC_VIEW_SUGGESTIONS =
		"/mentoring/view_suggestions";

	public static final String SUCCESS_ASSIGNMENT_SAVED = "assignmentSaved";

	public static final String SUCCESS_EVENT_MATERIALS_SAVED =
		"eventMaterialsSaved";

	public static final String SUCCESS_STATUS_CHANGED = "assignmentStatusChanged";

	public static final String SUCCESS_SUGGESTIONS_ACCEPTED =
		"suggestionsAccepted";

	public static final String SUCCESS_SUPPORT_EVENT_DELETED =
		"supportEventDeleted";

	public static final String SUCCESS_SUPPORT_EVENT_REPORTED =
		"supportEventReported";

	public static final String SUCCESS_SUPPORT_EVENT_SAVED = "supportEventSaved";

	private MentoringWebKeys() {
	}

}
