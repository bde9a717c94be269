package ru.opora.schools.importer;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** Settings of one import; the defaults suit an upload through the portal. */
public final class ImportOptions {

	public static final int DEFAULT_MAX_ERRORS = 10_000;

	/** Largest uncompressed part (sheet XML) accepted, bytes. */
	public static final long DEFAULT_MAX_ENTRY_SIZE = 2L * 1024 * 1024 * 1024;

	public static final int DEFAULT_MAX_FILE_COUNT = 1_000;

	public static final int DEFAULT_MAX_ROWS = 2_000_000;

	/** Smallest compressed/uncompressed ratio of a part; below it is a zip bomb. */
	public static final double DEFAULT_MIN_INFLATE_RATIO = 0.01;

	public static ImportOptions defaults() {
		return new ImportOptions();
	}

	/** Normalised logins of the schools already in the registry. */
	public Set<String> knownSchoolLogins() {
		return Collections.unmodifiableSet(_knownSchoolLogins);
	}

	public long maxEntrySize() {
		return _maxEntrySize;
	}

	public int maxErrors() {
		return _maxErrors;
	}

	public int maxFileCount() {
		return _maxFileCount;
	}

	public int maxRows() {
		return _maxRows;
	}

	public double minInflateRatio() {
		return _minInflateRatio;
	}

	public ImportMode mode() {
		return _mode;
	}

	/** Schools that results and context may refer to without a row in the schools sheet. */
	public ImportOptions withKnownSchoolLogins(Set<String> logins) {
		_knownSchoolLogins = new HashSet<>();

		for (String login : logins) {
			_knownSchoolLogins.add(Names.normalize(login));
		}

		return this;
	}

	public ImportOptions withMaxEntrySize(long maxEntrySize) {
		_maxEntrySize = maxEntrySize;

		return this;
	}

	/** How many errors the report keeps (all are counted). */
	public ImportOptions withMaxErrors(int maxErrors) {
		_maxErrors = maxErrors;

		return this;
	}

	public ImportOptions withMaxFileCount(int maxFileCount) {
		_maxFileCount = maxFileCount;

		return this;
	}

	/** Most rows (of all sheets together, headers included) a file may have. */
	public ImportOptions withMaxRows(int maxRows) {
		_maxRows = maxRows;

		return this;
	}

	public ImportOptions withMinInflateRatio(double minInflateRatio) {
		_minInflateRatio = minInflateRatio;

		return this;
	}

	public ImportOptions withMode(ImportMode mode) {
		_mode = mode;

		return this;
	}

	private Set<String> _knownSchoolLogins = new HashSet<>();
	private long _maxEntrySize = DEFAULT_MAX_ENTRY_SIZE;
	private int _maxErrors = DEFAULT_MAX_ERRORS;
	private int _maxFileCount = DEFAULT_MAX_FILE_COUNT;
	private int _maxRows = DEFAULT_MAX_ROWS;
	private double _minInflateRatio = DEFAULT_MIN_INFLATE_RATIO;
	private ImportMode _mode = ImportMode.GOOD_ROWS;

}
