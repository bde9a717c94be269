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
	void percentCellsAreReadAsShown() throws IOException {
		Path file = Files.createTempFile("results", ".xlsx");

		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			_put(
				zip, "xl/styles.xml",
				"<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
					"<numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/>" +
						"<numFmt numFmtId=\"165\" formatCode=\"0&quot; %&quot;\"/>" +
							"<numFmt numFmtId=\"166\" formatCode=\"0\\%\"/></numFmts>" +
					"<cellStyleXfs count=\"1\"><xf numFmtId=\"10\"/></cellStyleXfs>" +
					"<cellXfs count=\"6\"><xf numFmtId=\"0\"/><xf numFmtId=\"9\"/><xf numFmtId=\"164\"/>" +
						"<xf numFmtId=\"165\"/><xf numFmtId=\"166\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>");
			_put(
				zip, "xl/worksheets/sheet1.xml",
				"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
					"<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0.645</v></c><c r=\"B1\" s=\"2\"><v>0.7</v></c>" +
						"<c r=\"C1\" s=\"1\"><v>1</v></c><c r=\"D1\" s=\"3\"><v>64.5</v></c>" +
							"<c r=\"E1\" s=\"4\"><v>80</v></c><c r=\"F1\" s=\"5\"><v>45946</v></c>" +
								"<c r=\"G1\"><v>71.5</v></c><c r=\"H1\" s=\"1\" t=\"str\"><v>n/a</v></c></row>" +
					"</sheetData></worksheet>");
		}

		List<List<String>> rows = XlsxTable.read(file.toFile());

		Files.delete(file);

		assertEquals(List.of(List.of("64.5", "70", "100", "64.5", "80", "45946", "71.5", "n/a")), rows);
		assertTrue(XlsxTable.isPercentFormat("0.00%"));
		assertFalse(XlsxTable.isPercentFormat("0\" %\""), "a quoted % is text");
		assertFalse(XlsxTable.isPercentFormat("0\\%"), "an escaped % is text");
		assertFalse(XlsxTable.isPercentFormat(null));
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

}
