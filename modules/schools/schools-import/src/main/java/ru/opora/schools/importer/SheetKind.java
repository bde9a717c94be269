package ru.opora.schools.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The three sheets of an import workbook, in the order they are read. */
public enum SheetKind {

	SCHOOLS("Школы", "Schools"), RESULTS("Результаты", "Results"), CONTEXT("Контекст", "Context");

	/** The kind whose Russian or English name matches, or null. */
	public static SheetKind find(String sheetName) {
		String normalized = Names.normalize(sheetName);

		for (SheetKind kind : values()) {
			if (Names.normalize(kind._russianName).equals(normalized) ||
				Names.normalize(kind._englishName).equals(normalized)) {

				return kind;
			}
		}

		return null;
	}

	/** The columns of this sheet, in template order. */
	public List<Column> columns() {
		List<Column> columns = new ArrayList<>();

		for (Column column : Column.values()) {
			if (column.sheet() == this) {
				columns.add(column);
			}
		}

		return Collections.unmodifiableList(columns);
	}

	public String englishName() {
		return _englishName;
	}

	public String russianName() {
		return _russianName;
	}

	private SheetKind(String russianName, String englishName) {
		_russianName = russianName;
		_englishName = englishName;
	}

	private final String _englishName;
	private final String _russianName;

}
