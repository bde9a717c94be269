package ru.opora.schools.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import ru.opora.schools.importer.ImportMode;
import ru.opora.schools.importer.ImportReport;
import ru.opora.schools.importer.RowError;

/**
 * What an import of a workbook did: the importer's row-level report, the rows
 * the registry refused when storing them (rules that need the database), and
 * how many rows were added, changed or already stored as they are.
 */
public final class SchoolImportResult {

	public SchoolImportResult(
		ImportMode mode, ImportReport report, List<RowError> storeErrors, int added, int updated,
		int unchanged, boolean stored) {

		_mode = mode;
		_report = report;
		_storeErrors = List.copyOf(storeErrors);
		_added = added;
		_updated = updated;
		_unchanged = unchanged;
		_stored = stored;
	}

	public int getAdded() {
		return _added;
	}

	/** Every rejected row, from the file and from storing, by sheet and row. */
	public List<RowError> getErrors() {
		List<RowError> errors = new ArrayList<>(_report.errors());

		errors.addAll(_storeErrors);

		errors.sort(
			Comparator.comparing(
				RowError::sheet
			).thenComparingInt(
				RowError::row
			).thenComparingInt(
				RowError::column
			));

		return Collections.unmodifiableList(errors);
	}

	public ImportMode getMode() {
		return _mode;
	}

	public ImportReport getReport() {
		return _report;
	}

	public List<RowError> getStoreErrors() {
		return _storeErrors;
	}

	public int getUnchanged() {
		return _unchanged;
	}

	public int getUpdated() {
		return _updated;
	}

	public boolean isClean() {
		return _report.isClean() && _storeErrors.isEmpty();
	}

	/** Whether anything was written (false for a dry run or a rolled-back import). */
	public boolean isStored() {
		return _stored;
	}

	private final int _added;
	private final ImportMode _mode;
	private final ImportReport _report;
	private final boolean _stored;
	private final List<RowError> _storeErrors;
	private final int _unchanged;
	private final int _updated;

}
