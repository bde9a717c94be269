package ru.opora.schools.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static ru.opora.schools.importer.TestBooks.row;

class RowErrorsTest {

	@Test
	void validFileIsClean() throws Exception {
		ImportReport report = _validate(TestBooks.valid());

		assertTrue(report.isClean(), report.errors().toString());
		assertEquals(2, report.counts(SheetKind.SCHOOLS).accepted());
		assertEquals(3, report.counts(SheetKind.RESULTS).accepted());
		assertEquals(1, report.counts(SheetKind.CONTEXT).accepted());
		assertEquals(6, report.totalRead());
	}

	@Test
	void textInNumberCell() throws Exception {
		ImportReport report = _validate(
			TestBooks.valid().add("Результаты", row("sch002", 2024, "ВПР", 5, "Математика", "пять", 1, 4, 3, 2)));

		RowError error = _single(report);

		assertEquals(SheetKind.RESULTS, error.sheet());
		assertEquals("Результаты", error.sheetName());
		assertEquals(5, error.row());
		assertEquals("F", error.columnLetter());
		assertEquals("Участников", error.columnHeader());
		assertEquals(ImportMessages.NOT_A_NUMBER, error.key());
		assertEquals(List.of("пять"), error.arguments());
		assertEquals("Результаты!F5", error.location());
		assertEquals(1, report.counts(SheetKind.RESULTS).rejected());
		assertEquals(3, report.counts(SheetKind.RESULTS).accepted());
	}

	@Test
	void fractionInIntegerCellAndNumbersAsText() throws Exception {
		ImportReport report = _validate(
			TestBooks.valid().add(
				"Результаты", row("sch002", 2024, "ВПР", 5, "Математика", 10.5, 1, 4, 3, 2),
				row("sch002", 2024, "ВПР", 6, "Математика", " 10 ", "1", "4", "3", "2", "3,5")));

		RowError error = _single(report);

		assertEquals(ImportMessages.NOT_AN_INTEGER, error.key());
		assertEquals(5, error.row());
	}

	@Test
	void marksOutOfRange() throws Exception {
		ImportReport report = _validate(
			TestBooks.valid().add(
				"Результаты", row("sch002", 2024, "ВПР", 5, "Физика", 10, -1, 4, 5, 2),
				row("sch002", 2024, "ВПР", 12, "Химия", 10, 1, 4, 3, 2),
				row("sch002", 2024, "ВПР", 5, "Биология", 10, 11, 0, 0, 0)));

		List<RowError> errors = report.errors();

		assertTrue(_has(errors, 5, "G", "opora-error-negative"), errors.toString());
		assertTrue(_has(errors, 6, "D", "opora-error-out-of-range"), errors.toString());
		assertTrue(_has(errors, 7, "G", "opora-error-more-than-participants"), errors.toString());
		assertEquals(3, report.counts(SheetKind.RESULTS).rejected());

		report = _validate(
			TestBooks.valid().add("Результаты", row("sch002", 2024, "ЕГЭ", 9, "Химия", 10, null, null, null, null, 55)));

		RowError error = _single(report);

		assertEquals("opora-error-grade-not-allowed", error.key());
		assertEquals(List.of("ЕГЭ", 9), error.arguments());
	}

	@Test
	void marksNotSummingToParticipants() throws Exception {
		ImportReport report = _validate(
			TestBooks.valid().add("Результаты", row("sch002", 2024, "ВПР", 5, "Физика", 10, 1, 4, 3, 1)));

		RowError error = _single(report);

		assertEquals("opora-error-marks-sum-mismatch", error.key());
		assertEquals("Участников", error.columnHeader());
		assertEquals(List.of(9, 10), error.arguments());
	}

	@Test
	void unknownSchool() throws Exception {
		TestBooks book = TestBooks.valid().add(
			"Результаты", row("sch999", 2024, "ВПР", 5, "Физика", 10, 1, 4, 3, 2)
		).add(
			"Контекст", row("sch999", 2024, 100)
		);

		ImportReport report = _validate(book);

		assertEquals(2, report.errorCount());
		assertTrue(_has(report.errors(), 5, "A", ImportMessages.UNKNOWN_SCHOOL));
		assertTrue(_has(report.errors(), 3, "A", ImportMessages.UNKNOWN_SCHOOL));

		// known to the registry: fine

		Path file = book.write(_dir, "known.xlsx");

		report = new WorkbookImporter(
			ImportOptions.defaults().withMode(ImportMode.VALIDATE_ONLY).withKnownSchoolLogins(Set.of("SCH999"))
		).importFile(file, null);

		assertTrue(report.isClean(), report.errors().toString());
	}

	@Test
	void resultOfRejectedSchool() throws Exception {
		ImportReport report = _validate(
			TestBooks.valid().add(
				"Школы", row("sch003", "", "село", "основная")
			).add(
				"Результаты", row("sch003", 2024, "ВПР", 5, "Физика", 10, 1, 4, 3, 2)));

		assertTrue(_has(report.errors(), 4, "B", "opora-error-required"), report.errors().toString());
		assertTrue(_has(report.errors(), 5, "A", ImportMessages.SCHOOL_REJECTED), report.errors().toString());
	}

	@Test
	void duplicateKeys() throws Exception {
		ImportReport report = _validate(
			TestBooks.valid().add(
				"Школы", row(" SCH001 ", "Дубль", "город", "средняя")
			).add(
				"Результаты", row("sch001", 2024, "впр", 5, " математика ", 50, 5, 20, 15, 10)
			).add(
				"Контекст", row("sch002", 2024, 90)));

		assertEquals(3, report.errorCount(), report.errors().toString());

		for (RowError error : report.errors()) {
			assertEquals(ImportMessages.DUPLICATE_KEY, error.key());
		}

		assertEquals(List.of(2), report.errors().get(0).arguments());
		assertEquals(4, report.errors().get(0).row());
		assertEquals(List.of(2), report.errors().get(1).arguments());
		assertEquals(5, report.errors().get(1).row());
		assertEquals(List.of(2), report.errors().get(2).arguments());
	}

	@Test
	void invalidChoiceValue() throws Exception {
		ImportReport report = _validate(
			TestBooks.valid().add("Школы", row("sch003", "Школа", "деревня", "средняя")));

		RowError error = _single(report);

		assertEquals(ImportMessages.INVALID_VALUE, error.key());
		assertEquals("Тип местности", error.columnHeader());
		assertEquals("деревня", error.arguments().get(0));
	}

	@Test
	void unknownBranchOf() throws Exception {
		ImportReport report = _validate(
			TestBooks.valid().add(
				"Школы", row("sch003", "Филиал", "село", "начальная", null, "sch404"),
				row("sch004", "Филиал 2", "село", "начальная", null, "sch004")));

		assertEquals(2, report.errorCount(), report.errors().toString());
		assertTrue(_has(report.errors(), 4, "F", ImportMessages.UNKNOWN_BRANCH_OF));
		assertTrue(_has(report.errors(), 5, "F", "opora-error-branch-of-itself"));
		assertEquals(2, report.counts(SheetKind.SCHOOLS).rejected());
	}

	@Test
	void missingRequiredColumns() throws Exception {
		ImportReport report = _validate(
			TestBooks.book().sheet(
				"Результаты", row("Логин ОО", "Год", "Предмет", "Участников"),
				row("sch001", 2024, "Математика", 10), row("sch001", 2024, "Физика", 10)));

		RowError error = _single(report);

		assertEquals(ImportMessages.MISSING_COLUMNS, error.key());
		assertEquals(1, error.row());
		assertEquals(-1, error.column());
		assertNull(error.columnHeader());
		assertTrue(error.arguments().get(0).toString().contains("Оценочная процедура"));
		assertTrue(error.arguments().get(0).toString().contains("Класс"));
		assertEquals(2, report.counts(SheetKind.RESULTS).read());
		assertEquals(2, report.counts(SheetKind.RESULTS).rejected());
	}

	@Test
	void headersInAnotherOrderWithExtraColumn() throws Exception {
		ImportReport report = _validate(
			TestBooks.book().sheet(
				"Школы", row("Уровень", "Комментарий", "наименование оо", "  ЛОГИН   ОО ", "Тип местности"),
				row("средняя", "что угодно", "Школа", "sch001", "город")
			).sheet(
				"результаты", row("Средний балл", "Предмет", "КЛАСС", "Год", "Участников", "Оценочная процедура", "Логин ОО", "Заметки"),
				row(3.5, "Математика", 9, 2024, 10, "ОГЭ", "sch001", "x")));

		assertTrue(report.isClean(), report.errors().toString());
		assertEquals(1, report.counts(SheetKind.RESULTS).accepted());
	}

	@Test
	void englishHeadersAndValues() throws Exception {
		ImportReport report = _validate(
			TestBooks.book().sheet(
				"Schools", row("School login", "Name", "Settlement type", "Level", "Small school", "Status"),
				row("sch001", "School 1", "urban", "secondary", "no", "active")
			).sheet(
				"Results", row("School login", "Year", "Assessment", "Grade", "Subject", "Participants", "Marks 2", "Marks 3", "Marks 4", "Marks 5", "Share below threshold, %"),
				row("sch001", 2024, "EGE", 11, "Maths", 20, null, null, null, null, 5)
			).sheet(
				"Context", row("School login", "Year", "Pupils", "Single-parent families, %", "Needs major repair"),
				row("sch001", 2024, 300, 12.5, "yes")));

		assertTrue(report.isClean(), report.errors().toString());
		assertEquals(3, report.totalAccepted());
	}

	@Test
	void headerWithYoAndWithoutYo() {
		assertEquals(Column.SHARE_DEVIANT_REGISTERED, Column.find(SheetKind.CONTEXT, "Доля обучающихся на учете, %"));
		assertEquals(Column.SHARE_DEVIANT_REGISTERED, Column.find(SheetKind.CONTEXT, "доля обучающихся на учёте"));
		assertEquals(Column.MARKS_2, Column.find(SheetKind.RESULTS, "2"));
		assertEquals(Column.MARKS_5, Column.find(SheetKind.RESULTS, "\"5\""));
		assertNull(Column.find(SheetKind.SCHOOLS, "Год"));
	}

	@Test
	void numbersInTextAndYesNoColumns() throws Exception {
		Path file = TestBooks.book().sheet(
			"Школы", TestBooks.row("Логин ОО", "Наименование ОО", "Тип местности", "Уровень", "Малокомплектная", "Телефон"),
			TestBooks.row(123456, "Школа", "село", "средняя", 1, 84951234567L),
			TestBooks.row("sch2", "Школа 2", "село", "средняя", true, null)
		).sheet(
			"Результаты", TestBooks.row("Логин ОО", "Год", "Оценочная процедура", "Класс", "Предмет", "Участников", "Средний балл"),
			TestBooks.row("123456", 2024, "ЕГЭ", 11, "Физика", 10, 55.5)
		).write(_dir, "numbers.xlsx");
		RecordingSink sink = new RecordingSink();
		ImportReport report = new WorkbookImporter(ImportOptions.defaults()).importFile(file, sink);

		assertTrue(report.isClean(), report.errors().toString());
		assertTrue(sink.calls.get(0).contains("SchoolRow[123456,"), sink.calls.get(0));
		assertTrue(sink.calls.get(0).contains("phone=84951234567"), sink.calls.get(0));
		assertTrue(sink.calls.get(0).contains("smallSchool=true"), sink.calls.get(0));
		assertTrue(sink.calls.get(1).contains("smallSchool=true"), sink.calls.get(1));
	}

	@Test
	void percentFormattedShares() throws Exception {
		Path file = _dir.resolve("percent.xlsx");

		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			TestBooks.book().sheet(
				"Контекст", TestBooks.row("Логин ОО", "Год", "Доля детей из неполных семей, %", "Доля малообеспеченных семей, %", "Число обучающихся"),
				TestBooks.row("sch1", 2024, 0.235, 12, 100)
			).fill(workbook);

			CellStyle percent = workbook.createCellStyle();

			percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
			workbook.getSheetAt(0).getRow(1).getCell(2).setCellStyle(percent);
			workbook.getSheetAt(0).getRow(1).getCell(4).setCellStyle(percent);
			workbook.write(out);
		}

		RecordingSink sink = new RecordingSink();
		ImportReport report = new WorkbookImporter(
			ImportOptions.defaults().withKnownSchoolLogins(Set.of("sch1"))
		).importFile(file, sink);

		assertTrue(report.isClean(), report.errors().toString());
		assertTrue(sink.calls.get(0).contains("shareSingleParent=23.5,"), sink.calls.get(0));
		assertTrue(sink.calls.get(0).contains("shareLowIncome=12.0,"), sink.calls.get(0));
		assertTrue(sink.calls.get(0).contains("pupilsCount=100,"), sink.calls.get(0));
	}

	@Test
	void blankRowsAreSkipped() throws Exception {
		ImportReport report = _validate(
			TestBooks.valid().add("Результаты", row(), row(null, "  "), row("sch002", 2024, "ВПР", 6, "Математика", 10, 1, 4, 3, 2)));

		assertTrue(report.isClean(), report.errors().toString());
		assertEquals(4, report.counts(SheetKind.RESULTS).read());
	}

	@Test
	void errorListIsCappedButCounted() throws Exception {
		TestBooks book = TestBooks.valid();

		for (int i = 0; i < 30; i++) {
			book.add("Результаты", row("sch404", 2024, "ВПР", 5, "Предмет " + i, 10, 1, 4, 3, 2));
		}

		Path file = book.write(_dir, "capped.xlsx");
		ImportReport report = new WorkbookImporter(
			ImportOptions.defaults().withMode(ImportMode.VALIDATE_ONLY).withMaxErrors(10)
		).importFile(file, null);

		assertEquals(30, report.errorCount());
		assertEquals(10, report.errors().size());
		assertTrue(report.isTruncated());
		assertFalse(report.isClean());
	}

	private static boolean _has(List<RowError> errors, int row, String letter, String key) {
		for (RowError error : errors) {
			if ((error.row() == row) && error.columnLetter().equals(letter) && error.key().equals(key)) {
				return true;
			}
		}

		return false;
	}

	private static RowError _single(ImportReport report) {
		assertEquals(1, report.errors().size(), report.errors().toString());

		return report.errors().get(0);
	}

	private ImportReport _validate(TestBooks book) throws Exception {
		Path file = book.write(_dir, "book.xlsx");

		return new WorkbookImporter(ImportOptions.defaults().withMode(ImportMode.VALIDATE_ONLY)).importFile(file, null);
	}

	@TempDir
	Path _dir;

}
