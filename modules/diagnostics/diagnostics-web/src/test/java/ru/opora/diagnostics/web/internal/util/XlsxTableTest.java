package ru.opora.diagnostics.web.internal.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

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
	void notAWorkbook() throws IOException {
		Path file = Files.createTempFile("bank", ".xlsx");

		Files.writeString(file, "a;b;c");

		assertThrows(IOException.class, () -> XlsxTable.read(file.toFile()));

		Files.delete(file);
		assertEquals(27, XlsxTable.column("AB7"));
		assertEquals(0, XlsxTable.column("A1"));
	}

}
