package ru.opora.schools.importer;

/** What the importer does with the rows it accepts. */
public enum ImportMode {

	/** Check the file only: the sink is never called. */
	VALIDATE_ONLY,

	/**
	 * Feed the sink only if no row (and no sheet) is rejected: the file is read
	 * twice, checked first and fed second, so the sink receives nothing at all
	 * when anything is wrong.
	 */
	ALL_OR_NOTHING,

	/**
	 * Feed the sink with every accepted row, skip the rejected ones. One
	 * streaming pass: each row is fed as soon as it is checked.
	 */
	GOOD_ROWS,

	/**
	 * Single pass like {@link #GOOD_ROWS}; the caller runs the sink inside a
	 * transaction and rolls back when the report is not clean (or when the
	 * import throws). All-or-nothing at the cost of one read of the file
	 * instead of the two of {@link #ALL_OR_NOTHING}.
	 */
	TRANSACTIONAL

}
