package ru.opora.schools.importer;

import java.util.Arrays;

/** The cells of the row being read; reused from row to row. */
final class RowCells {

	static final byte BLANK = 0;

	static final byte BOOLEAN = 3;

	static final byte ERROR = 4;

	static final byte NUMBER = 1;

	static final byte TEXT = 2;

	/** Whether no cell has a value or a formula. */
	boolean isBlank() {
		for (int i = 0; i < _size; i++) {
			if (_formulas[i] || ((_kinds[i] != BLANK) && (_values[i] != null) && !_values[i].isBlank())) {
				return false;
			}
		}

		return true;
	}

	boolean isFormula(int column) {
		return (column >= 0) && (column < _size) && _formulas[column];
	}

	/** Whether the number cell is formatted as a percentage (0.25 shown as 25%). */
	boolean isPercent(int column) {
		return (column >= 0) && (column < _size) && _percents[column];
	}

	byte kind(int column) {
		return ((column < 0) || (column >= _size)) ? BLANK : _kinds[column];
	}

	/** Columns up to the last one seen. */
	int size() {
		return _size;
	}

	String value(int column) {
		return ((column < 0) || (column >= _size)) ? null : _values[column];
	}

	void clear() {
		Arrays.fill(_values, 0, _size, null);
		Arrays.fill(_kinds, 0, _size, BLANK);
		Arrays.fill(_formulas, 0, _size, false);
		Arrays.fill(_percents, 0, _size, false);
		_size = 0;
	}

	void formula(int column) {
		if (_ensure(column)) {
			_formulas[column] = true;
		}
	}

	void percent(int column) {
		if (_ensure(column)) {
			_percents[column] = true;
		}
	}

	void set(int column, byte kind, String value) {
		if (_ensure(column)) {
			_kinds[column] = kind;
			_values[column] = value;
		}
	}

	private boolean _ensure(int column) {
		if ((column < 0) || (column >= MAX_COLUMNS)) {
			return false;
		}

		if (column >= _values.length) {
			int length = Math.min(MAX_COLUMNS, Math.max(column + 1, _values.length * 2));

			_values = Arrays.copyOf(_values, length);
			_kinds = Arrays.copyOf(_kinds, length);
			_formulas = Arrays.copyOf(_formulas, length);
			_percents = Arrays.copyOf(_percents, length);
		}

		if (column >= _size) {
			_size = column + 1;
		}

		return true;
	}

	/** Columns beyond this are ignored (Excel has 16,384; no header of ours is that far). */
	static final int MAX_COLUMNS = 1024;

	private boolean[] _formulas = new boolean[32];
	private byte[] _kinds = new byte[32];
	private boolean[] _percents = new boolean[32];
	private int _size;
	private String[] _values = new String[32];

}
