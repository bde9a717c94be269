package ru.opora.schools.importer;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What an import found: counts per sheet and the rejected rows. */
public final class ImportReport {

	/** Counts of one sheet. */
	public static final class SheetCounts {

		public SheetCounts(int read, int accepted, int rejected) {
			_read = read;
			_accepted = accepted;
			_rejected = rejected;
		}

		/** Rows that pass every check (in VALIDATE_ONLY: would be accepted). */
		public int accepted() {
			return _accepted;
		}

		/** Non-empty data rows. */
		public int read() {
			return _read;
		}

		public int rejected() {
			return _rejected;
		}

		@Override
		public String toString() {
			return "read=" + _read + ", accepted=" + _accepted + ", rejected=" + _rejected;
		}

		private final int _accepted;
		private final int _read;
		private final int _rejected;

	}

	public ImportReport(
		ImportMode mode, Map<SheetKind, SheetCounts> counts, List<RowError> errors, int errorCount,
		boolean sinkFed) {

		_mode = mode;
		_counts = Collections.unmodifiableMap(new EnumMap<>(counts));
		_errors = List.copyOf(errors);
		_errorCount = errorCount;
		_sinkFed = sinkFed;
	}

	/** Counts of a sheet; zeros when the file has no such sheet. */
	public SheetCounts counts(SheetKind sheet) {
		SheetCounts counts = _counts.get(sheet);

		return (counts == null) ? new SheetCounts(0, 0, 0) : counts;
	}

	/** How many errors were found (more than {@link #errors()} holds if truncated). */
	public int errorCount() {
		return _errorCount;
	}

	/** The errors, sorted by sheet, row and column; at most the configured maximum. */
	public List<RowError> errors() {
		return _errors;
	}

	/** Whether the file has no error at all. */
	public boolean isClean() {
		return _errorCount == 0;
	}

	/** Whether the file has a sheet of this kind. */
	public boolean hasSheet(SheetKind sheet) {
		return _counts.containsKey(sheet);
	}

	/** Whether {@link #errors()} lost some errors to the limit. */
	public boolean isTruncated() {
		return _errorCount > _errors.size();
	}

	public ImportMode mode() {
		return _mode;
	}

	/** Whether the sink received the accepted rows. */
	public boolean sinkFed() {
		return _sinkFed;
	}

	public int totalAccepted() {
		int total = 0;

		for (SheetCounts counts : _counts.values()) {
			total += counts.accepted();
		}

		return total;
	}

	public int totalRead() {
		int total = 0;

		for (SheetCounts counts : _counts.values()) {
			total += counts.read();
		}

		return total;
	}

	public int totalRejected() {
		int total = 0;

		for (SheetCounts counts : _counts.values()) {
			total += counts.rejected();
		}

		return total;
	}

	@Override
	public String toString() {
		return "ImportReport[mode=" + _mode + ", counts=" + _counts + ", errors=" + _errorCount + ", sinkFed=" +
			_sinkFed + "]";
	}

	private final Map<SheetKind, SheetCounts> _counts;
	private final int _errorCount;
	private final List<RowError> _errors;
	private final ImportMode _mode;
	private final boolean _sinkFed;

}
