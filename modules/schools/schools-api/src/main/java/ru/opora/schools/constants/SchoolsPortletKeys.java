package ru.opora.schools.constants;

/** Portlet ids of the schools feature. */
public final class SchoolsPortletKeys {

	public static final String SCHOOLS = "ru_opora_schools_web_SchoolsPortlet";

	private SchoolsPortletKeys() {
	}

}
