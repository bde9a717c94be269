package ru.opora.schools.constants;

/** Resource actions of the schools feature, declared in default.xml. */
public final class SchoolsActionKeys {

	public static final String ADD_SCHOOL = "ADD_SCHOOL";

	public static final String IMPORT_DATA = "IMPORT_DATA";

	public static final String MANAGE_ORGANIZATIONS = "MANAGE_ORGANIZATIONS";

	public static final String MANAGE_RULES = "MANAGE_RULES";

	private SchoolsActionKeys() {
	}

}
