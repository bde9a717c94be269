package ru.opora.schools.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static ru.opora.schools.importer.TestBooks.row;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GOOD_ROWS and TRANSACTIONAL read the file once: same report as
 * VALIDATE_ONLY, same sink calls as the two-pass import.
 */
class SinglePassTest {

	@Test
	void allOrNothingStillReadsTwiceAndFeedsNothingOnError() throws Exception {
		Path file = _mixed().write(_dir, "mixed.xlsx");
		RecordingSink sink = new RecordingSink();
		WorkbookImporter importer = new WorkbookImporter(ImportOptions.defaults().withMode(ImportMode.ALL_OR_NOTHING));
		ImportReport report = importer.importFile(file, sink);

		assertFalse(report.isClean());
		assertFalse(report.sinkFed());
		assertTrue(sink.calls.isEmpty());
		assertEquals(1, importer.passes());

		importer = new WorkbookImporter(ImportOptions.defaults().withMode(ImportMode.ALL_OR_NOTHING));
		report = importer.importFile(TestBooks.valid().write(_dir, "valid.xlsx"), sink);

		assertTrue(report.sinkFed());
		assertEquals(6, sink.calls.size());
		assertEquals(2, importer.passes());
	}

	@Test
	void goodRowsSinglePassMatchesValidateOnlyAndTwoPasses() throws Exception {
		_assertSame(TestBooks.valid().write(_dir, "valid.xlsx"), ImportOptions.defaults());
		_assertSame(_mixed().write(_dir, "mixed.xlsx"), ImportOptions.defaults());
		_assertSame(
			_mixed().write(_dir, "mixed-known.xlsx"), ImportOptions.defaults().withKnownSchoolLogins(Set.of("SCH999")));
		_assertSame(_mixed().write(_dir, "mixed-capped.xlsx"), ImportOptions.defaults().withMaxErrors(3));
	}

	@Test
	void missingColumnsAndNoSchoolsSheet() throws Exception {
		Path file = TestBooks.book().sheet(
			"Результаты", row("Логин ОО", "Год", "Предмет", "Участников"), row("sch001", 2024, "Математика", 10)
		).sheet(
			"Контекст", row("Логин ОО", "Год", "Число обучающихся"), row("sch001", 2024, 100),
			row("sch404", 2024, 100)
		).write(_dir, "no-schools.xlsx");

		_assertSame(file, ImportOptions.defaults().withKnownSchoolLogins(Set.of("sch001")));
	}

	@Test
	void schoolsSheetLastIsStillReadFirst() throws Exception {
		TestBooks book = TestBooks.book().sheet(
			"Контекст", row("Логин ОО", "Год", "Число обучающихся"), row("sch002", 2024, 87), row("sch003", 2024, 5)
		).sheet(
			"Результаты", row("Логин ОО", "Год", "Оценочная процедура", "Класс", "Предмет", "Участников", "«2»", "«3»", "«4»", "«5»"),
			row("sch001", 2024, "ВПР", 5, "Математика", 10, 1, 4, 3, 2),
			row("sch003", 2024, "ВПР", 5, "Математика", 10, 1, 4, 3, 2)
		).sheet(
			"Школы", row("Логин ОО", "Наименование ОО", "Тип местности", "Уровень", "Малокомплектная", "Филиал ОО (логин головной)"),
			row("sch001", "Школа 1", "город", "средняя"), row("sch002", "Школа 2", "село", "основная", "да", "sch001"),
			row("sch003", "Школа 3", "село", "основная", "да", "sch404"));
		Path file = book.write(_dir, "schools-last.xlsx");
		RecordingSink sink = _assertSame(file, ImportOptions.defaults());

		assertEquals(4, sink.calls.size(), sink.calls.toString());
		assertTrue(sink.calls.get(0).startsWith("school 2 "));
		assertTrue(sink.calls.get(1).startsWith("school 3 "));
		assertTrue(sink.calls.get(2).startsWith("result 2 "));
		assertTrue(sink.calls.get(3).startsWith("context 2 "));
	}

	@Test
	void transactionalIsOnePassAndFeedsTheGoodRows() throws Exception {
		Path file = _mixed().write(_dir, "mixed.xlsx");
		RecordingSink good = new RecordingSink();
		RecordingSink transactional = new RecordingSink();
		ImportReport goodReport = new WorkbookImporter(ImportOptions.defaults()).importFile(file, good);
		WorkbookImporter importer = new WorkbookImporter(
			ImportOptions.defaults().withMode(ImportMode.TRANSACTIONAL));
		ImportReport report = importer.importFile(file, transactional);

		assertEquals(1, importer.passes());
		assertEquals(ImportMode.TRANSACTIONAL, report.mode());
		assertTrue(report.sinkFed());
		assertFalse(report.isClean());
		assertEquals(goodReport.errors(), report.errors());
		assertEquals(goodReport.errorCount(), report.errorCount());
		assertEquals(good.calls, transactional.calls);

		// the caller's transaction: rows go in as they come, undone when the report is not clean

		List<String> table = new ArrayList<>();
		List<String> transaction = new ArrayList<>();

		report = new WorkbookImporter(
			ImportOptions.defaults().withMode(ImportMode.TRANSACTIONAL)
		).importFile(
			file,
			new ImportSink() {

				@Override
				public void result(int row, ResultRow result) {
					transaction.add(result.key().toString());
				}

			});

		assertFalse(transaction.isEmpty());

		if (report.isClean()) {
			table.addAll(transaction);
		}

		assertTrue(table.isEmpty());

		// clean file: committed

		transaction.clear();
		report = new WorkbookImporter(
			ImportOptions.defaults().withMode(ImportMode.TRANSACTIONAL)
		).importFile(
			TestBooks.valid().write(_dir, "valid.xlsx"),
			new ImportSink() {

				@Override
				public void result(int row, ResultRow result) {
					transaction.add(result.key().toString());
				}

			});

		assertTrue(report.isClean());
		assertEquals(3, transaction.size());
	}

	@Test
	void sinkFailureInSinglePassPropagates() throws Exception {
		IllegalStateException failure = new IllegalStateException("database down");

		for (ImportMode mode : new ImportMode[] {ImportMode.GOOD_ROWS, ImportMode.TRANSACTIONAL}) {
			IllegalStateException thrown = assertThrows(
				IllegalStateException.class,
				() -> new WorkbookImporter(
					ImportOptions.defaults().withMode(mode)
				).importFile(
					TestBooks.valid().write(_dir, "valid.xlsx"),
					new ImportSink() {

						@Override
						public void school(int row, SchoolRow school) {
							throw failure;
						}

					}));

			assertSame(failure, thrown);

			thrown = assertThrows(
				IllegalStateException.class,
				() -> new WorkbookImporter(
					ImportOptions.defaults().withMode(mode)
				).importFile(
					TestBooks.valid().write(_dir, "valid.xlsx"),
					new ImportSink() {

						@Override
						public void context(int row, ContextRow context) {
							throw failure;
						}

					}));

			assertSame(failure, thrown);
		}
	}

	@Test
	void withoutDimensionFallsBackToTwoPasses() throws Exception {
		Path valid = TestBooks.valid().write(_dir, "valid.xlsx");
		Path file = _dir.resolve("no-dimension.xlsx");
		Map<String, byte[]> sheets = new LinkedHashMap<>();

		try (ZipFile zip = new ZipFile(valid.toFile())) {
			for (String name : List.of("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml")) {
				ZipEntry entry = zip.getEntry(name);
				String xml = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);

				assertTrue(xml.contains("<dimension "), xml);

				sheets.put(name, xml.replaceAll("<dimension [^>]*/>", "").getBytes(StandardCharsets.UTF_8));
			}
		}

		TestBooks.rewriteZip(valid, file, sheets);

		RecordingSink sink = new RecordingSink();
		WorkbookImporter importer = new WorkbookImporter(ImportOptions.defaults());
		ImportReport report = importer.importFile(file, sink);

		assertTrue(report.isClean(), report.errors().toString());
		assertEquals(2, importer.passes());
		assertEquals(6, sink.calls.size());

		importer = new WorkbookImporter(ImportOptions.defaults());
		importer.importFile(valid, new RecordingSink());

		assertEquals(1, importer.passes());
	}

	@Test
	void tooManyRowsBehindALyingDimensionStillStopsTheImport() throws Exception {
		TestBooks book = TestBooks.valid();

		for (int i = 0; i < 20; i++) {
			book.add("Результаты", row("sch001", 2023, "ВПР", 5, "Предмет " + i, 10, 1, 4, 3, 2));
		}

		Path honest = book.write(_dir, "many.xlsx");
		Path lying = _dir.resolve("lying.xlsx");

		try (ZipFile zip = new ZipFile(honest.toFile())) {
			String xml = new String(
				zip.getInputStream(zip.getEntry("xl/worksheets/sheet2.xml")).readAllBytes(), StandardCharsets.UTF_8);

			TestBooks.rewriteZip(
				honest, lying,
				Map.of(
					"xl/worksheets/sheet2.xml",
					xml.replaceAll("<dimension ref=\"[^\"]*\"/>", "<dimension ref=\"A1\"/>").getBytes(
						StandardCharsets.UTF_8)));
		}

		ImportFileException exception = assertThrows(
			ImportFileException.class,
			() -> new WorkbookImporter(
				ImportOptions.defaults().withMode(ImportMode.TRANSACTIONAL).withMaxRows(10)
			).importFile(lying, new RecordingSink()));

		assertEquals(ImportMessages.TOO_MANY_ROWS, exception.getKey());
	}

	@Test
	void numberCheckMatchesTheRegularExpression() {
		Pattern pattern = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

		for (String text : List.of(
				"", "0", "12", "-12", "+12", "12.", ".5", ".", "-", "+", "1.5", "1.5e3", "1.5E-3", "1e", "1e+", "e5",
				"1.2.3", "12a", "a12", "١٢", "１２", "1,5", "--1", "1 2", "3.6000000000000001", "1E308", "-.5e-2",
				"00012", "4.")) {

			assertEquals(pattern.matcher(text).matches(), WorkbookImporter.isNumber(text), text);
		}
	}

	/** Every kind of row error in one workbook. */
	private static TestBooks _mixed() {
		return TestBooks.valid().add(
			"Школы", row(" SCH001 ", "Дубль", "город", "средняя"), row("sch003", "", "село", "основная"),
			row("sch004", "Школа", "деревня", "средняя"), row("sch005", "Филиал", "село", "начальная", null, "sch404"),
			row("sch006", "Филиал 2", "село", "начальная", null, "sch006"),
			row("sch007", "Филиал 3", "село", "начальная", "да", "sch003"),
			row("sch008", "Школа 8", "город", "основная", "может быть"), row(12345, "Школа 9", "село", "основная")
		).add(
			"Результаты", row("sch001", 2024, "впр", 5, " математика ", 50, 5, 20, 15, 10),
			row("sch002", 2024, "ВПР", 5, "Физика", 10, 1, 4, 3, 1), row("sch003", 2024, "ВПР", 5, "Физика", 10, 1, 4, 3, 2),
			row("sch999", 2024, "ВПР", 5, "Физика", 10, 1, 4, 3, 2), row("sch002", 2024, "ВПР", 5, "Химия", "пять", 1, 4, 3, 2),
			row("sch002", 2024, "ВПР", 5.5, "Химия", 10, 1, 4, 3, 2), row("sch002", 2024, "ЕГЭ", 5, "Химия", 10, 1, 4, 3, 2),
			row("sch002", 2024, "ВПР", 7, "Химия", "1 0", "1", "4", "3", "2", "3,5"),
			row("sch002", 2024, "ВПР", 7, "химия", 10, 1, 4, 3, 2), row(12345, 2024, "ВПР", 7, "химия", 10, 1, 4, 3, 2),
			row("sch002", 2024, "ВПР", 8, "Химия", 10, 1, 4, 3, 2, new TestBooks.Formula("1+1")), row(),
			row("sch002", 2023, "ВПР", 8, "Химия", 10, 1, 4, 3, 2, 9.5), row("sch002", 2023, "ВПР", 8, "Химия", 10, 1, 4, 3, 2)
		).add(
			"Контекст", row("sch002", 2024, 90), row("sch999", 2024, 100), row("sch001", 2023, -5), row("sch001", 2022, 10, 150),
			row("sch001", 2021, 10, 15, 20, 30, 1, "может быть")
		);
	}

	/**
	 * Imports the file three ways: VALIDATE_ONLY, GOOD_ROWS in one pass and
	 * GOOD_ROWS in two passes; the reports and the calls must agree.
	 */
	private RecordingSink _assertSame(Path file, ImportOptions options) throws Exception {
		ImportReport validated = new WorkbookImporter(
			_copy(options).withMode(ImportMode.VALIDATE_ONLY)
		).importFile(file, null);

		RecordingSink singleSink = new RecordingSink();
		WorkbookImporter single = new WorkbookImporter(_copy(options).withMode(ImportMode.GOOD_ROWS));
		ImportReport singleReport = single.importFile(file, singleSink);

		RecordingSink twoSink = new RecordingSink();
		WorkbookImporter two = new WorkbookImporter(_copy(options).withMode(ImportMode.GOOD_ROWS)).twoPasses();
		ImportReport twoReport = two.importFile(file, twoSink);

		assertEquals(1, single.passes());
		assertEquals(2, two.passes());

		assertEquals(validated.errors(), singleReport.errors());
		assertEquals(validated.errorCount(), singleReport.errorCount());
		assertEquals(validated.isTruncated(), singleReport.isTruncated());
		assertEquals(twoReport.errors(), singleReport.errors());

		for (SheetKind kind : SheetKind.values()) {
			assertEquals(String.valueOf(validated.counts(kind)), String.valueOf(singleReport.counts(kind)));
			assertEquals(String.valueOf(twoReport.counts(kind)), String.valueOf(singleReport.counts(kind)));
		}

		assertEquals(twoSink.calls, singleSink.calls);
		assertEquals(singleReport.totalAccepted(), singleSink.calls.size());

		return singleSink;
	}

	private static ImportOptions _copy(ImportOptions options) {
		return ImportOptions.defaults().withKnownSchoolLogins(
			options.knownSchoolLogins()
		).withMaxErrors(
			options.maxErrors()
		).withMaxRows(
			options.maxRows()
		);
	}

	@TempDir
	Path _dir;

}
