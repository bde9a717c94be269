package ru.opora.schools.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** TableWriter as on branch web2 (same class, copied verbatim); the ReportWriter test of web2 stays there. */
class TableWriterSheetTest {

	@Test
	void headerIsBoldAndFrozenNumbersAreNumericNullsAreEmpty() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		new TableWriter("Школы").write(
			List.of("Название", "Логин", "Индекс"),
			List.of(
				Arrays.asList("МБОУ СОШ № 1", "sch1", 57.5),
				Arrays.asList("ООШ д. Ивановка — очень длинное название, длиннее шестидесяти знаков с запасом", null, null),
				Arrays.asList("Гимназия", "000123", 3)),
			out);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			assertEquals(1, workbook.getNumberOfSheets());

			XSSFSheet sheet = workbook.getSheet("Школы");
			XSSFRow header = sheet.getRow(0);

			assertEquals("Название", header.getCell(0).getStringCellValue());
			assertTrue(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());
			assertTrue(sheet.getPaneInformation().isFreezePane());
			assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
			assertEquals(3, sheet.getLastRowNum());

			assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(2).getCellType());
			assertEquals(57.5, sheet.getRow(1).getCell(2).getNumericCellValue(), 1e-9);
			assertNull(sheet.getRow(2).getCell(1));
			assertNull(sheet.getRow(2).getCell(2));
			assertEquals("000123", sheet.getRow(3).getCell(1).getStringCellValue());
			assertEquals(3, sheet.getRow(3).getCell(2).getNumericCellValue(), 1e-9);

			// Widths follow the text, within the limits

			assertEquals((TableWriter.MAX_WIDTH + 2) * 256, sheet.getColumnWidth(0));
			assertEquals((TableWriter.MIN_WIDTH + 2) * 256, sheet.getColumnWidth(1));
		}
	}

	@Test
	void emptyTableStillHasItsHeaderAndUnsafeSheetNamesAreCleaned() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		new TableWriter("a/b:c?").write(List.of("A"), List.of(), out);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			XSSFSheet sheet = workbook.getSheetAt(0);

			assertEquals("a b c ", sheet.getSheetName());
			assertEquals(0, sheet.getLastRowNum());
			assertEquals("A", sheet.getRow(0).getCell(0).getStringCellValue());
		}
	}

}
