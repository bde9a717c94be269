package ru.opora.schools.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds test workbooks: sheets of rows; a {@link Formula} value becomes a formula cell. */
final class TestBooks {

	static final class Formula {

		Formula(String text) {
			this.text = text;
		}

		final String text;

	}

	static TestBooks book() {
		return new TestBooks();
	}

	/** A small valid workbook: 2 schools, 3 results, 1 context row (Russian headers). */
	static TestBooks valid() {
		return book().sheet(
			"Школы", row("Логин ОО", "Наименование ОО", "Тип местности", "Уровень", "Малокомплектная", "Филиал ОО (логин головной)", "Расстояние до центра, км", "Эл. почта"),
			row("sch001", "МБОУ СОШ № 1", "город", "средняя", "нет", null, 0.5, "school1@example.ru"),
			row("sch002", "МКОУ ООШ с. Ивановка", "село", "основная", "да", "sch001", 42, null)
		).sheet(
			"Результаты", row("Логин ОО", "Год", "Оценочная процедура", "Класс", "Предмет", "Участников", "«2»", "«3»", "«4»", "«5»", "Средний балл"),
			row("sch001", 2024, "ВПР", 5, "Математика", 50, 5, 20, 15, 10, 3.6),
			row("sch001", 2024, "ОГЭ", 9, "Русский язык", 40, 2, 18, 12, 8, null),
			row("sch002", 2024, "ВПР", 4, "Математика", 10, 1, 4, 3, 2, null)
		).sheet(
			"Контекст", row("Логин ОО", "Год", "Число обучающихся", "Доля детей из неполных семей, %", "Доля детей, у которых оба родителя имеют высшее образование, %", "СЭК: доля детей, у которых хотя бы один родитель имеет высшее образование, %", "Вакансии", "Точка роста"),
			row("sch002", 2024, 87, 23.5, 10, 30, 2, "да")
		);
	}

	static Object[] row(Object... values) {
		return values;
	}

	TestBooks sheet(String name, Object[]... rows) {
		_sheets.put(name, new ArrayList<>(List.of(rows)));

		return this;
	}

	/** Adds rows to an existing sheet. */
	TestBooks add(String name, Object[]... rows) {
		_sheets.get(name).addAll(List.of(rows));

		return this;
	}

	Path write(Path dir, String fileName) throws IOException {
		Path file = dir.resolve(fileName);

		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			fill(workbook);
			workbook.write(out);
		}

		return file;
	}

	void fill(Workbook workbook) {
		for (Map.Entry<String, List<Object[]>> entry : _sheets.entrySet()) {
			Sheet sheet = workbook.getSheet(entry.getKey());

			if (sheet == null) {
				sheet = workbook.createSheet(entry.getKey());
			}

			int rowIndex = sheet.getLastRowNum() + 1;

			for (Object[] values : entry.getValue()) {
				Row row = sheet.createRow(rowIndex++);

				for (int i = 0; i < values.length; i++) {
					_set(row, i, values[i]);
				}
			}
		}
	}

	/** Rows for a sheet already holding a header (for filling the template). */
	static void _set(Row row, int i, Object value) {
		if (value == null) {
			return;
		}

		Cell cell = row.createCell(i);

		if (value instanceof Number) {
			cell.setCellValue(((Number)value).doubleValue());
		}
		else if (value instanceof Boolean) {
			cell.setCellValue((Boolean)value);
		}
		else if (value instanceof Formula) {
			cell.setCellFormula(((Formula)value).text);
		}
		else {
			cell.setCellValue(value.toString());
		}
	}

	/** Copies a zip, replacing (or adding) entries. */
	static void rewriteZip(Path source, Path target, Map<String, byte[]> replacements) throws IOException {
		Map<String, byte[]> pending = new LinkedHashMap<>(replacements);

		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
			 ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {

			ZipEntry entry;

			while ((entry = in.getNextEntry()) != null) {
				byte[] data = pending.containsKey(entry.getName()) ? pending.remove(entry.getName()) : _read(in);

				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(data);
				out.closeEntry();
			}

			for (Map.Entry<String, byte[]> added : pending.entrySet()) {
				out.putNextEntry(new ZipEntry(added.getKey()));
				out.write(added.getValue());
				out.closeEntry();
			}
		}
	}

	private static byte[] _read(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		in.transferTo(out);

		return out.toByteArray();
	}

	private final Map<String, List<Object[]>> _sheets = new LinkedHashMap<>();

}
