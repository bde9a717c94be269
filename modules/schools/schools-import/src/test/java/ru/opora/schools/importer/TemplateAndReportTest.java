package ru.opora.schools.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static ru.opora.schools.importer.TestBooks.row;

class TemplateAndReportTest {

	@Test
	void templateHasSheetsHeadersCommentsValidationAndFrozenHeader() throws Exception {
		Path file = new TemplateWriter().writeTo(_dir.resolve("out"));

		assertEquals(TemplateWriter.FILE_NAME, file.getFileName().toString());

		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			assertEquals(3, workbook.getNumberOfSheets());

			for (SheetKind kind : SheetKind.values()) {
				XSSFSheet sheet = workbook.getSheet(kind.russianName());

				assertNotNull(sheet, kind.russianName());

				Row header = sheet.getRow(0);

				assertEquals(kind.columns().size(), header.getLastCellNum());

				for (int i = 0; i < kind.columns().size(); i++) {
					Column column = kind.columns().get(i);

					assertEquals(column.russianHeader(), header.getCell(i).getStringCellValue());
					assertNotNull(header.getCell(i).getCellComment(), column.name());
					assertTrue(header.getCell(i).getCellComment().getString().getString().contains(column.comment()));
				}

				assertNotNull(sheet.getPaneInformation());
				assertTrue(sheet.getPaneInformation().isFreezePane());
				assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
			}

			assertEquals(10, workbook.getSheet("Результаты").getDataValidations().size());
			assertEquals(5, workbook.getSheet("Школы").getDataValidations().size());
			assertEquals(14, workbook.getSheet("Контекст").getDataValidations().size());
			assertEquals(
				"Доля детей из неполных семей, %",
				workbook.getSheet("Контекст").getRow(0).getCell(3).getStringCellValue());
		}
	}

	@Test
	void filledTemplateValidatesClean() throws Exception {
		Path file = _dir.resolve("filled.xlsx");

		try (XSSFWorkbook workbook = new TemplateWriter().create(); OutputStream out = Files.newOutputStream(file)) {
			TestBooks.book().sheet(
				"Школы",
				row("sch001", "МБОУ СОШ № 1", "СОШ № 1", "ул. Ленина, 1", "город", "средняя", "нет", null, 0, "Иванова И. И.", "+7 000 000-00-00", "sch1@example.ru", "действующая"),
				row("sch002", "Филиал МБОУ СОШ № 1 в с. Ивановка", null, null, "село", "начальная", "да", "sch001", 17.5, null, null, null, null)
			).sheet(
				"Результаты", row("sch001", 2024, "ВПР", 4, "Математика", 30, 1, 9, 12, 8, 3.9, 3.3),
				row("sch001", 2024, "ЕГЭ", 11, "Математика (профиль)", 12, null, null, null, null, 61.5, 8.3),
				row("sch002", 2024, "другое", 3, "Чтение", 7, 0, 2, 3, 2)
			).sheet(
				"Контекст", row("sch001", 2024, 540, 21, 18, 44, 1.5, 3, 9, 1, 12, 4, "нет", "да", "нет"),
				row("sch002", 2024, 35, 30, 5, 20, 0, 0, 40, 0, 25, 10, "да", "нет", "да")
			).fill(workbook);
			workbook.write(out);
		}

		RecordingSink sink = new RecordingSink();
		ImportReport report = new WorkbookImporter(ImportOptions.defaults()).importFile(file, sink);

		assertTrue(report.isClean(), report.errors().toString());
		assertEquals(7, sink.calls.size());
		assertTrue(sink.calls.get(6).contains("hasGrowthPointCentre=true"), sink.calls.get(6));
	}

	@Test
	void errorReportAndMarkedCopy() throws Exception {
		Path file = TestBooks.valid().add(
			"Результаты", row("sch002", 2024, "ВПР", 5, "Физика", 10, 1, 4, 3, 1)
		).write(_dir, "bad.xlsx");
		ImportReport report = new WorkbookImporter(
			ImportOptions.defaults().withMode(ImportMode.VALIDATE_ONLY)
		).importFile(file, null);
		ReportWriter writer = new ReportWriter(new Locale("ru"));
		Path errors = _dir.resolve("errors.xlsx");

		try (OutputStream out = Files.newOutputStream(errors)) {
			writer.writeErrors(report, out);
		}

		try (InputStream in = Files.newInputStream(errors); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFSheet sheet = workbook.getSheetAt(0);

			assertEquals("Ошибки", sheet.getSheetName());
			assertEquals("Причина", sheet.getRow(0).getCell(4).getStringCellValue());
			assertEquals("Результаты", sheet.getRow(1).getCell(0).getStringCellValue());
			assertEquals(5, (int)sheet.getRow(1).getCell(1).getNumericCellValue());
			assertEquals("F", sheet.getRow(1).getCell(2).getStringCellValue());
			assertEquals("Участников", sheet.getRow(1).getCell(3).getStringCellValue());
			assertEquals("Сумма отметок 9, а участников 10.", sheet.getRow(1).getCell(4).getStringCellValue());
		}

		Path marked = _dir.resolve("marked.xlsx");

		try (OutputStream out = Files.newOutputStream(marked)) {
			new ReportWriter(Locale.ENGLISH).writeMarkedCopy(file, report, out);
		}

		try (InputStream in = Files.newInputStream(marked); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFSheet sheet = workbook.getSheet("Результаты");

			assertEquals("Errors", sheet.getRow(0).getCell(11).getStringCellValue());
			assertNull(sheet.getRow(1).getCell(11));
			assertEquals(
				FillPatternType.SOLID_FOREGROUND, sheet.getRow(4).getCell(0).getCellStyle().getFillPattern());
			assertEquals(FillPatternType.NO_FILL, sheet.getRow(1).getCell(0).getCellStyle().getFillPattern());
			assertTrue(
				sheet.getRow(4).getCell(11).getStringCellValue().contains("The marks add up to 9, but there are 10"),
				sheet.getRow(4).getCell(11).getStringCellValue());
			assertEquals(50, (int)sheet.getRow(1).getCell(5).getNumericCellValue());
			assertEquals(3, workbook.getNumberOfSheets());
		}
	}

	@TempDir
	Path _dir;

}
