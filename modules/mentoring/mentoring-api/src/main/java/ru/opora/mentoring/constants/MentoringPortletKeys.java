package ru.opora.mentoring.constants;

/** Portlet ids of the mentoring feature. */
public final class MentoringPortletKeys {

	public static final String MENTORING = "ru_opora_mentoring_web_MentoringPortlet";

	private MentoringPortletKeys() {
	}

}
