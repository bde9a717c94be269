package ru.opora.schools.constants;

/**
 * Names shared by the schools bundles: the portlet resource, its actions and
 * the sentinel stored for an unknown figure.
 */
public final class SchoolsConstants {

	/** Portlet resource guarding municipality-wide actions (default.xml). */
	public static final String RESOURCE_NAME = "ru.opora.schools";

	/** Stored in a double column when the figure is unknown. */
	public static final double UNKNOWN = -1;

	public static Double fromStored(double value) {
		return (value < 0) ? null : value;
	}

	public static double toStored(Double value) {
		return (value == null) ? UNKNOWN : value;
	}

	private SchoolsConstants() {
	}

}
