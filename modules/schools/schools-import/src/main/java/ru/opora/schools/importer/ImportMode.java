package ru.opora.schools.importer;

/** What the importer does with the rows it accepts. */
public enum ImportMode {

	/** Check the file only: the sink is never called. */
	VALIDATE_ONLY,

	/** Feed the sink only if no row (and no sheet) is rejected. */
	ALL_OR_NOTHING,

	/** Feed the sink with every accepted row, skip the rejected ones. */
	GOOD_ROWS

}
