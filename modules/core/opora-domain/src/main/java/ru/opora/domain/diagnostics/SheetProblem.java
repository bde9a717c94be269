package ru.opora.domain.diagnostics;

import ru.opora.domain.validation.Violation;

/**
 * A problem of an imported sheet: its row (1 = the header), its column (a
 * column name of the sheet, a competence code or a column letter) and why.
 */
public final class SheetProblem {

	public SheetProblem(int row, String column, Violation violation) {
		_row = row;
		_column = column;
		_violation = violation;
	}

	public String column() {
		return _column;
	}

	public int row() {
		return _row;
	}

	@Override
	public String toString() {
		return _row + ":" + _column + ":" + _violation.code();
	}

	public Violation violation() {
		return _violation;
	}

	private final String _column;
	private final int _row;
	private final Violation _violation;

}
