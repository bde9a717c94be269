package ru.opora.diagnostics.web.internal.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import ru.opora.domain.diagnostics.BankSheet;
import ru.opora.schools.importer.TableWriter;

/** What the export writes (schools-import's TableWriter, Apache POI), the JDK-only reader reads back unchanged. */
class XlsxTableTest {

	@Test
	void roundTripOfABankSheet() throws IOException {
		List<List<String>> rows = new ArrayList<>();

		rows.add(List.of("area", "MATH", "", "Математика", "subject", "Математика", "", "", "", "", "", ""));
		rows.add(List.of("competence", "M-ALG", "MATH", "Алгебра", "", "", "70", "3", "", "", "", ""));
		rows.add(
			List.of(
				"item", "M-01", "M-ALG", "Сопоставьте «фигуру» & <формулу>", "matching", "", "", "", "3",
				"Квадрат\nКруг", "a²\nπr²", "1-1;2-2"));

		ByteArrayOutputStream out = new ByteArrayOutputStream();

		new TableWriter("bank").write(BankSheet.COLUMNS, rows, out);

		Path file = Files.createTempFile("bank", ".xlsx");

		Files.write(file, out.toByteArray());

		List<List<String>> read = XlsxTable.read(file.toFile());

		Files.delete(file);

		assertEquals(BankSheet.COLUMNS, read.get(0));
		assertEquals(4, read.size());

		for (int i = 0; i < rows.size(); i++) {
			List<String> expected = rows.get(i);
			List<String> actual = new ArrayList<>(read.get(i + 1));

			while (actual.size() < expected.size()) {
				actual.add("");
			}

			assertEquals(expected, actual, "row " + (i + 2));
		}

		assertEquals(List.of(), BankSheet.parse(1, read.subList(1, read.size())).problems());
	}

	@Test
	void percentAndDateCellsAreReadAsShown() throws IOException {
		List<List<String>> rows = _read(
			false,
			"<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0.645</v></c><c r=\"B1\" s=\"2\"><v>0.7</v></c>" +
				"<c r=\"C1\" s=\"1\"><v>1</v></c><c r=\"D1\" s=\"3\"><v>64.5</v></c>" +
					"<c r=\"E1\" s=\"4\"><v>80</v></c><c r=\"F1\" s=\"5\"><v>45946</v></c>" +
						"<c r=\"G1\"><v>71.5</v></c><c r=\"H1\" s=\"1\" t=\"str\"><v>n/a</v></c>" +
							"<c r=\"I1\" s=\"6\"><v>45946.75</v></c><c r=\"J1\" s=\"7\"><v>0.5</v></c></row>");

		assertEquals(
			List.of(List.of("64.5", "70", "100", "64.5", "80", "2025-10-16", "71.5", "n/a", "2025-10-16", "0.5")), rows);
	}

	@Test
	void datesOfA1904Workbook() throws IOException {
		assertEquals(
			List.of(List.of("2025-10-16", "44484")),
			_read(true, "<row r=\"1\"><c r=\"A1\" s=\"5\"><v>44484</v></c><c r=\"B1\"><v>44484</v></c></row>"));
	}

	@Test
	void formatCodes() {
		assertTrue(XlsxTable.isPercentFormat("164", "0.00%"));
		assertTrue(XlsxTable.isPercentFormat("9", null));
		assertFalse(XlsxTable.isPercentFormat("165", "0\" %\""), "a quoted % is text");
		assertFalse(XlsxTable.isPercentFormat("166", "0\\%"), "an escaped % is text");
		assertFalse(XlsxTable.isPercentFormat("0", null));
		assertTrue(XlsxTable.isDateFormat("14", null));
		assertTrue(XlsxTable.isDateFormat("170", "dd.mm.yyyy"));
		assertTrue(XlsxTable.isDateFormat("171", "[$-419]mmmm yyyy"));
		assertFalse(XlsxTable.isDateFormat("172", "h:mm"), "a time");
		assertFalse(XlsxTable.isDateFormat("173", "mm:ss"), "a time");
		assertFalse(XlsxTable.isDateFormat("174", "0.0\" days\""), "quoted text");
		assertFalse(XlsxTable.isDateFormat("0", "General"));
		assertFalse(XlsxTable.isDateFormat("175", "[Red]0.00"));
	}

	@Test
	void notAWorkbook() throws IOException {
		Path file = Files.createTempFile("bank", ".xlsx");

		Files.writeString(file, "a;b;c");

		assertThrows(IOException.class, () -> XlsxTable.read(file.toFile()));

		Files.delete(file);
		assertEquals(27, XlsxTable.column("AB7"));
		assertEquals(0, XlsxTable.column("A1"));
	}

	private static void _put(ZipOutputStream zip, String name, String xml) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(xml.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static List<List<String>> _read(boolean date1904, String rowsXml) throws IOException {
		Path file = Files.createTempFile("results", ".xlsx");

		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			_put(
				zip, "xl/workbook.xml",
				"<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><workbookPr" +
					(date1904 ? " date1904=\"1\"" : "") + "/></workbook>");
			_put(
				zip, "xl/styles.xml",
				"<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
					"<numFmts count=\"4\"><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/>" +
						"<numFmt numFmtId=\"165\" formatCode=\"0&quot; %&quot;\"/>" +
							"<numFmt numFmtId=\"166\" formatCode=\"0\\%\"/>" +
								"<numFmt numFmtId=\"167\" formatCode=\"dd.mm.yyyy h:mm\"/></numFmts>" +
					"<cellStyleXfs count=\"1\"><xf numFmtId=\"10\"/></cellStyleXfs>" +
					"<cellXfs count=\"8\"><xf numFmtId=\"0\"/><xf numFmtId=\"9\"/><xf numFmtId=\"164\"/>" +
						"<xf numFmtId=\"165\"/><xf numFmtId=\"166\"/><xf numFmtId=\"14\"/><xf numFmtId=\"167\"/>" +
							"<xf numFmtId=\"21\"/></cellXfs></styleSheet>");
			_put(
				zip, "xl/worksheets/sheet1.xml",
				"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rowsXml +
					"</sheetData></worksheet>");
		}

		try {
			return XlsxTable.read(file.toFile());
		}
		finally {
			Files.delete(file);
		}
	}

}
