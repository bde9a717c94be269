package ru.opora.schools.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static ru.opora.schools.importer.TestBooks.row;

class HostileFilesTest {

	@AfterEach
	void restorePoiDefaults() {
		ZipSecureFile.setMinInflateRatio(ImportOptions.DEFAULT_MIN_INFLATE_RATIO);
		ZipSecureFile.setMaxEntrySize(ImportOptions.DEFAULT_MAX_ENTRY_SIZE);
	}

	@Test
	void notAWorkbook() throws Exception {
		Path file = Files.writeString(_dir.resolve("notes.xlsx"), "Логин ОО;Год\nsch001;2024\n");

		_assertRejected(file, ImportMessages.NOT_A_WORKBOOK, ImportOptions.defaults());

		Path empty = Files.write(_dir.resolve("empty.xlsx"), new byte[0]);

		_assertRejected(empty, ImportMessages.NOT_A_WORKBOOK, ImportOptions.defaults());

		Path pdf = Files.writeString(_dir.resolve("scan.xlsx"), "%PDF-1.4\n%âãÏÓ\n1 0 obj\n");

		_assertRejected(pdf, ImportMessages.NOT_A_WORKBOOK, ImportOptions.defaults());
	}

	@Test
	void corruptZip() throws Exception {
		Path valid = TestBooks.valid().write(_dir, "valid.xlsx");
		byte[] bytes = Files.readAllBytes(valid);
		Path truncated = Files.write(_dir.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));

		_assertRejected(truncated, ImportMessages.CORRUPT_FILE, ImportOptions.defaults());

		// a valid zip that is no workbook

		Path zip = _dir.resolve("plain.zip");

		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("readme.txt"));
			out.write("hello".getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}

		_assertRejected(zip, ImportMessages.CORRUPT_FILE, ImportOptions.defaults());
	}

	@Test
	void zipBomb() throws Exception {
		Path valid = TestBooks.valid().write(_dir, "valid.xlsx");

		// 20 MB of spaces inside the sheet XML compress about 1000:1

		StringBuilder sheet = new StringBuilder(_sheetXml("<c r=\"A1\" t=\"inlineStr\"><is><t>Логин ОО</t></is></c>"));

		sheet.insert(sheet.indexOf("<sheetData>"), " ".repeat(20 * 1024 * 1024));

		Path bomb = _dir.resolve("bomb.xlsx");

		TestBooks.rewriteZip(
			valid, bomb, Map.of("xl/worksheets/sheet1.xml", sheet.toString().getBytes(StandardCharsets.UTF_8)));

		_assertRejected(bomb, ImportMessages.ZIP_BOMB, ImportOptions.defaults());

		// an honest file bigger than the configured entry size

		Path big = TestBooks.valid().write(_dir, "big.xlsx");

		_assertRejected(big, ImportMessages.ZIP_BOMB, ImportOptions.defaults().withMaxEntrySize(200));
	}

	@Test
	void externalEntityAndEntityExpansion() throws Exception {
		Path secret = Files.writeString(_dir.resolve("secret.txt"), "sch-secret");
		Path valid = TestBooks.valid().write(_dir, "valid.xlsx");
		String doctype =
			"<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">" +
				"<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">" +
					"<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>";
		String sheet = _sheetXml(
			"<c r=\"A1\" t=\"inlineStr\"><is><t>Логин ОО</t></is></c>"
		).replace(
			"?>", "?>" + doctype
		).replace(
			"</sheetData>",
			"<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;&c;</t></is></c></row></sheetData>");
		Path hostile = _dir.resolve("xxe.xlsx");

		TestBooks.rewriteZip(valid, hostile, Map.of("xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_8)));

		RecordingSink sink = new RecordingSink();
		ImportFileException exception = assertThrows(
			ImportFileException.class,
			() -> new WorkbookImporter(ImportOptions.defaults()).importFile(hostile, sink));

		assertEquals(ImportMessages.UNSAFE_XML, exception.getKey());
		assertFalse(String.valueOf(exception.getMessage()).contains("sch-secret"));
		assertTrue(sink.calls.isEmpty());

		// the same in the shared strings

		String strings =
			"<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype +
				"<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\">" +
					"<si><t>&xxe;&c;</t></si></sst>";
		Path hostileStrings = _dir.resolve("xxe-strings.xlsx");

		TestBooks.rewriteZip(
			valid, hostileStrings, Map.of("xl/sharedStrings.xml", strings.getBytes(StandardCharsets.UTF_8)));

		exception = assertThrows(
			ImportFileException.class,
			() -> new WorkbookImporter(ImportOptions.defaults()).importFile(hostileStrings, sink));

		assertEquals(ImportMessages.UNSAFE_XML, exception.getKey());
		assertTrue(sink.calls.isEmpty());
	}

	@Test
	void tooManyRows() throws Exception {
		TestBooks book = TestBooks.valid();

		for (int i = 0; i < 20; i++) {
			book.add("Результаты", row("sch001", 2023, "ВПР", 5, "Предмет " + i, 10, 1, 4, 3, 2));
		}

		Path file = book.write(_dir, "many.xlsx");
		RecordingSink sink = new RecordingSink();
		ImportFileException exception = assertThrows(
			ImportFileException.class,
			() -> new WorkbookImporter(ImportOptions.defaults().withMaxRows(10)).importFile(file, sink));

		assertEquals(ImportMessages.TOO_MANY_ROWS, exception.getKey());
		assertEquals(10, exception.getArguments().get(0));
		assertTrue(sink.calls.isEmpty());

		// within the limit: fine

		ImportReport report = new WorkbookImporter(ImportOptions.defaults().withMaxRows(100)).importFile(file, sink);

		assertTrue(report.isClean());
	}

	@Test
	void formulaRejectsItsRow() throws Exception {
		Path file = TestBooks.valid().add(
			"Результаты", row("sch002", 2024, "ВПР", 6, "Математика", new TestBooks.Formula("G5+H5+I5+J5"), 1, 4, 3, 2)
		).write(_dir, "formula.xlsx");
		RecordingSink sink = new RecordingSink();
		ImportReport report = new WorkbookImporter(ImportOptions.defaults()).importFile(file, sink);

		assertEquals(1, report.errorCount(), report.errors().toString());

		RowError error = report.errors().get(0);

		assertEquals(ImportMessages.FORMULA_NOT_ALLOWED, error.key());
		assertEquals("Результаты!F5", error.location());
		assertEquals(6, sink.calls.size());
	}

	@Test
	void formulaWithoutCachedValue() throws Exception {
		Path valid = TestBooks.valid().write(_dir, "valid.xlsx");
		Path file = _dir.resolve("uncached.xlsx");
		String sheet = _sheetXml(
			"<c r=\"A1\" t=\"inlineStr\"><is><t>Логин ОО</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>Наименование ОО</t></is></c>" +
				"<c r=\"C1\" t=\"inlineStr\"><is><t>Тип местности</t></is></c><c r=\"D1\" t=\"inlineStr\"><is><t>Уровень</t></is></c>"
		).replace(
			"</sheetData>",
			"<row r=\"2\"><c r=\"A2\"><f>1+1</f></c><c r=\"B2\" t=\"inlineStr\"><is><t>Школа</t></is></c>" +
				"<c r=\"C2\" t=\"inlineStr\"><is><t>село</t></is></c><c r=\"D2\" t=\"inlineStr\"><is><t>средняя</t></is></c></row></sheetData>");

		TestBooks.rewriteZip(valid, file, Map.of("xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_8)));

		ImportReport report = new WorkbookImporter(
			ImportOptions.defaults().withMode(ImportMode.VALIDATE_ONLY)
		).importFile(file, null);

		assertTrue(
			report.errors().stream().anyMatch(
				error -> error.key().equals(ImportMessages.FORMULA_NOT_ALLOWED) && error.location().equals("Школы!A2")),
			report.errors().toString());
	}

	@Test
	void macroEnabledWorkbook() throws Exception {
		Path file = _dir.resolve("macros.xlsm");

		try (XSSFWorkbook workbook = new XSSFWorkbook(XSSFWorkbookType.XLSM); OutputStream out = Files.newOutputStream(file)) {
			TestBooks.valid().fill(workbook);
			workbook.write(out);
		}

		_assertRejected(file, ImportMessages.MACROS_NOT_ALLOWED, ImportOptions.defaults());

		// a plain content type but a VBA project inside

		Path valid = TestBooks.valid().write(_dir, "valid.xlsx");
		Path vba = _dir.resolve("vba.xlsx");

		String contentTypes;

		try (ZipFile zipFile = new ZipFile(valid.toFile())) {
			contentTypes = new String(
				zipFile.getInputStream(zipFile.getEntry("[Content_Types].xml")).readAllBytes(), StandardCharsets.UTF_8);
		}

		contentTypes = contentTypes.replace(
			"<Default ", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/><Default ");

		TestBooks.rewriteZip(
			valid, vba,
			Map.of(
				"xl/vbaProject.bin", new byte[] {1, 2, 3}, "[Content_Types].xml",
				contentTypes.getBytes(StandardCharsets.UTF_8)));

		_assertRejected(vba, ImportMessages.MACROS_NOT_ALLOWED, ImportOptions.defaults());
	}

	@Test
	void passwordProtected() throws Exception {
		Path valid = TestBooks.valid().write(_dir, "valid.xlsx");
		Path file = _dir.resolve("secret.xlsx");
		EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
		Encryptor encryptor = info.getEncryptor();

		encryptor.confirmPassword("секрет");

		try (POIFSFileSystem fileSystem = new POIFSFileSystem()) {
			try (OutputStream out = encryptor.getDataStream(fileSystem); InputStream in = Files.newInputStream(valid)) {
				in.transferTo(out);
			}

			try (OutputStream out = Files.newOutputStream(file)) {
				fileSystem.writeFilesystem(out);
			}
		}

		_assertRejected(file, ImportMessages.PASSWORD_PROTECTED, ImportOptions.defaults());
	}

	@Test
	void legacyXls() throws Exception {
		Path file = _dir.resolve("old.xls");

		try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			TestBooks.valid().fill(workbook);
			workbook.write(out);
		}

		_assertRejected(file, ImportMessages.XLS_NOT_SUPPORTED, ImportOptions.defaults());
	}

	@Test
	void noKnownSheets() throws Exception {
		Path file = TestBooks.book().sheet("Лист1", row("a", "b")).write(_dir, "other.xlsx");

		_assertRejected(file, ImportMessages.NO_KNOWN_SHEETS, ImportOptions.defaults());
	}

	private static String _sheetXml(String headerCells) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
			"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
				"<row r=\"1\">" + headerCells + "</row></sheetData></worksheet>";
	}

	private void _assertRejected(Path file, String key, ImportOptions options) throws IOException {
		RecordingSink sink = new RecordingSink();
		ImportFileException exception = assertThrows(
			ImportFileException.class, () -> new WorkbookImporter(options).importFile(file, sink));

		assertEquals(key, exception.getKey(), String.valueOf(exception.getCause()));
		assertTrue(sink.calls.isEmpty());
	}

	@TempDir
	Path _dir;

}
