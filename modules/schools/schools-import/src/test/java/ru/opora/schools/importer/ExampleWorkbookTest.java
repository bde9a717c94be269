package ru.opora.schools.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example workbooks: the seed district and generated districts import without a rejected row. */
class ExampleWorkbookTest {

	@Test
	void generatedDistrictIsCleanAndTheSameForTheSameSeed() throws Exception {
		ExampleWorkbook workbook = ExampleWorkbook.generated("dr2", "district-2.xlsx", 10, 7);

		assertEquals(
			List.of("dr2-1", "dr2-2", "dr2-3", "dr2-4", "dr2-5", "dr2-6", "dr2-7", "dr2-8", "dr2-9", "dr2-10"),
			workbook.getFederalLogins());

		Path file = workbook.writeTo(_dir);

		assertEquals(_dir.resolve("district-2.xlsx"), file);

		ImportReport report = new WorkbookImporter(ImportOptions.defaults()).importFile(file, new RecordingSink());

		assertTrue(report.isClean(), report.toString());

		ExampleWorkbook again = ExampleWorkbook.generated("dr2", "district-2.xlsx", 10, 7);

		assertArrayEquals(_sheets(workbook), _sheets(again));
	}

	@Test
	void aDistrictFromTheSecondHalfOfTheVillagesIsCleanToo() throws Exception {
		ExampleWorkbook workbook = ExampleWorkbook.generated("dr3", "district-3.xlsx", 12, 2003, 12);

		assertEquals(12, workbook.getFederalLogins().size());
		assertEquals("dr3-12", workbook.getFederalLogins().get(11));
		assertTrue(
			new WorkbookImporter(ImportOptions.defaults()).importFile(workbook.writeTo(_dir), new RecordingSink())
				.isClean());
	}

	@Test
	void ivanteevkaIsCleanAndKeepsItsLogins() throws Exception {
		ExampleWorkbook workbook = ExampleWorkbook.ivanteevka();

		assertEquals(ExampleWorkbook.FILE_NAME, workbook.getFileName());
		assertEquals(
			List.of("iv-gym", "iv-bart", "iv-ivan", "iv-arb", "iv-zn", "iv-yab", "iv-klev", "iv-kan"),
			workbook.getFederalLogins());

		Path file = workbook.writeTo(_dir);

		assertTrue(Files.size(file) > 0);
		assertTrue(
			new WorkbookImporter(ImportOptions.defaults()).importFile(file, new RecordingSink()).isClean());
	}

	@Test
	void schoolCountIsBounded() {
		assertThrows(IllegalArgumentException.class, () -> ExampleWorkbook.generated("x", "x.xlsx", 0, 1));
		assertThrows(IllegalArgumentException.class, () -> ExampleWorkbook.generated("x", "x.xlsx", 25, 1));
		assertThrows(IllegalArgumentException.class, () -> ExampleWorkbook.generated("x", "x.xlsx", 13, 1, 12));
		assertThrows(IllegalArgumentException.class, () -> ExampleWorkbook.generated("x", "x.xlsx", 1, 1, 24));
		assertThrows(IllegalArgumentException.class, () -> ExampleWorkbook.generated("x", "x.xlsx", 1, 1, -1));
	}

	/** The cells of each sheet as text (the zip bytes carry timestamps). */
	private static String[] _sheets(ExampleWorkbook workbook) throws Exception {
		ByteArrayOutputStream outputStream = new ByteArrayOutputStream();

		workbook.write(outputStream);

		try (XSSFWorkbook xssfWorkbook = new XSSFWorkbook(
				new ByteArrayInputStream(outputStream.toByteArray()))) {

			String[] sheets = new String[xssfWorkbook.getNumberOfSheets()];

			for (int i = 0; i < sheets.length; i++) {
				StringBuilder sb = new StringBuilder();

				xssfWorkbook.getSheetAt(i).forEach(row -> row.forEach(cell -> sb.append(cell).append('|')));

				sheets[i] = sb.toString();
			}

			return sheets;
		}
	}

	@TempDir
	Path _dir;

}
