package ru.opora.mentoring.constants;

/** Resource actions of the mentoring feature, declared in default.xml. */
public final class MentoringActionKeys {

	/** Portlet resource: create, activate, finish and cancel assignments (coordinators). */
	public static final String ADD_ASSIGNMENT = "ADD_ASSIGNMENT";

	/** Assignment: plan support events. */
	public static final String ADD_EVENT = "ADD_EVENT";

	/** Portlet resource: compute and accept suggested mentor schools. */
	public static final String MANAGE_SUGGESTIONS = "MANAGE_SUGGESTIONS";

	/** Assignment: report support events. */
	public static final String REPORT = "REPORT";

	private MentoringActionKeys() {
	}

}
