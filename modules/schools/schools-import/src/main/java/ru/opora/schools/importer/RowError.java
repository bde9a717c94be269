package ru.opora.schools.importer;

import java.util.List;
import java.util.Objects;

import org.apache.poi.ss.util.CellReference;

/**
 * Why a row (or a whole sheet, then {@code column} is -1 and the row is the
 * header row) was rejected: where, and a message key with its arguments.
 */
public final class RowError {

	public RowError(
		SheetKind sheet, String sheetName, int row, int column, String columnHeader, String key,
		List<Object> arguments) {

		_sheet = sheet;
		_sheetName = sheetName;
		_row = row;
		_column = column;
		_columnHeader = columnHeader;
		_key = key;
		_arguments = List.copyOf(arguments);
	}

	public List<Object> arguments() {
		return _arguments;
	}

	/** 0-based column index, -1 if the error concerns the whole row or sheet. */
	public int column() {
		return _column;
	}

	/** The header text as written in the file, or null. */
	public String columnHeader() {
		return _columnHeader;
	}

	/** Column letter as Excel shows it ("A", "AB"), or "" without a column. */
	public String columnLetter() {
		return (_column < 0) ? "" : CellReference.convertNumToColString(_column);
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof RowError)) {
			return false;
		}

		RowError other = (RowError)object;

		return (_sheet == other._sheet) && Objects.equals(_sheetName, other._sheetName) && (_row == other._row) &&
			(_column == other._column) && Objects.equals(_columnHeader, other._columnHeader) &&
			_key.equals(other._key) && _arguments.equals(other._arguments);
	}

	@Override
	public int hashCode() {
		return Objects.hash(_sheet, _row, _column, _key);
	}

	public String key() {
		return _key;
	}

	/** Where, as Excel names it: {@code Результаты!C5}, or {@code Результаты!5} without a column. */
	public String location() {
		return _sheetName + "!" + columnLetter() + _row;
	}

	/** 1-based row number as Excel shows it. */
	public int row() {
		return _row;
	}

	public SheetKind sheet() {
		return _sheet;
	}

	/** The sheet name as written in the file. */
	public String sheetName() {
		return _sheetName;
	}

	@Override
	public String toString() {
		return location() + ((_columnHeader == null) ? "" : " [" + _columnHeader + "]") + " " + _key + " " +
			_arguments;
	}

	private final List<Object> _arguments;
	private final int _column;
	private final String _columnHeader;
	private final String _key;
	private final int _row;
	private final SheetKind _sheet;
	private final String _sheetName;

}
