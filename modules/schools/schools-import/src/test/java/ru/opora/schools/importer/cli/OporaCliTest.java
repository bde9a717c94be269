package ru.opora.schools.importer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.opora.schools.importer.TemplateWriter;

class OporaCliTest {

	@Test
	void templateWritesTheWorkbook() throws Exception {
		Path dir = _dir.resolve("templates");

		assertEquals(0, _run("template", dir.toString()));
		assertTrue(Files.size(dir.resolve(TemplateWriter.FILE_NAME)) > 0);
		assertEquals("", _err());
	}

	@Test
	void validateCleanFileExitsZero() throws Exception {
		Path file = _write("clean.xlsx", false);

		assertEquals(0, _run("validate", file.toString()));

		List<String> lines = _outLines();

		assertEquals(1, lines.size(), lines.toString());
		assertEquals(
			"Школы: прочитано 1, принято 1, отклонено 0; Результаты: прочитано 1, принято 1, отклонено 0; " +
				"Контекст: прочитано 0, принято 0, отклонено 0; Ошибок нет.",
			lines.get(0));
	}

	@Test
	void validateBadRowsExitsOneWithOneLinePerError() throws Exception {
		Path file = _write("bad.xlsx", true);

		assertEquals(1, _run("validate", file.toString()));

		List<String> lines = _outLines();

		assertEquals(
			List.of(
				"Результаты!F3: Участников: «пять» — не число.",
				"Результаты!A4: Логин ОО: Школы «sch404» нет ни на листе «Школы», ни в реестре.",
				"Школы: прочитано 1, принято 1, отклонено 0; Результаты: прочитано 3, принято 1, отклонено 2; " +
					"Контекст: прочитано 0, принято 0, отклонено 0; Отклонено строк: 2; ошибок: 2."),
			lines);

		assertEquals(1, _run("validate", "--lang", "en", file.toString()));

		lines = _outLines();

		assertEquals("Результаты!F3: Участников: \"пять\" is not a number.", lines.get(0));
		assertTrue(lines.get(2).startsWith("Schools: read 1, accepted 1, rejected 0; Results: read 3"), lines.get(2));
	}

	@Test
	void knownLoginsReportAndMarkedCopy() throws Exception {
		Path file = _write("bad.xlsx", true);
		Path known = Files.writeString(_dir.resolve("known.txt"), "sch404\n\n");
		Path report = _dir.resolve("report.xlsx");
		Path marked = _dir.resolve("marked.xlsx");

		assertEquals(
			1,
			_run(
				"validate", file.toString(), "--known", known.toString(), "--report", report.toString(), "--marked",
				marked.toString()));
		assertEquals(2, _outLines().size());
		assertTrue(Files.size(report) > 0);
		assertTrue(Files.size(marked) > 0);
	}

	@Test
	void unreadableOrHostileFileExitsTwoWithoutStackTrace() throws Exception {
		Path text = Files.writeString(_dir.resolve("text.xlsx"), "not a workbook");

		assertEquals(2, _run("validate", text.toString()));
		assertEquals("", _out.toString(StandardCharsets.UTF_8));
		assertEquals(text + ": Файл не является книгой Excel (.xlsx).", _err().trim());

		assertEquals(2, _run("validate", _dir.resolve("missing.xlsx").toString(), "--lang=en"));
		assertFalse(_err().contains("\tat "), _err());
		assertTrue(_err().contains("The file cannot be read.") || _err().contains("not an Excel"), _err());
	}

	@Test
	void usageErrorsExitTwo() {
		assertEquals(2, _run());
		assertTrue(_err().contains("template DIR"), _err());
		assertEquals(2, _run("frobnicate"));
		assertTrue(_err().startsWith("Unknown command: frobnicate"), _err());
		assertEquals(2, _run("validate"));
		assertEquals(2, _run("validate", "a.xlsx", "--bogus"));
		assertEquals(2, _run("template"));
	}

	@Test
	void commandsCanBeRegistered() {
		OporaCli cli = new OporaCli();

		assertEquals(List.of("template", "validate", "example", "identify", "match"), List.copyOf(cli.commands().keySet()));

		cli.register(
			"echo",
			new CliCommand() {

				@Override
				public int run(List<String> arguments, CliContext context) {
					context.out().println("identified " + arguments);

					return 0;
				}

				@Override
				public String usage() {
					return "FILE  identify";
				}

			});

		ByteArrayOutputStream out = new ByteArrayOutputStream();

		assertEquals(0, cli.run(new String[] {"echo", "x"}, _print(out), _print(new ByteArrayOutputStream())));
		assertEquals("identified [x]", out.toString(StandardCharsets.UTF_8).trim());
	}

	private static PrintStream _print(OutputStream out) {
		return new PrintStream(out, true, StandardCharsets.UTF_8);
	}

	private String _err() {
		return _errBytes.toString(StandardCharsets.UTF_8);
	}

	private List<String> _outLines() {
		return _out.toString(StandardCharsets.UTF_8).lines().toList();
	}

	private int _run(String... args) {
		_out.reset();
		_errBytes.reset();

		return new OporaCli().run(args, _print(_out), _print(_errBytes));
	}

	private Path _write(String name, boolean bad) throws Exception {
		Path file = _dir.resolve(name);

		try (XSSFWorkbook workbook = new TemplateWriter().create(); OutputStream out = Files.newOutputStream(file)) {
			_row(workbook, "Школы", "sch001", "Школа № 1", null, null, "город", "средняя");
			_row(workbook, "Результаты", "sch001", 2024, "ВПР", 5, "Математика", 10, 1, 4, 3, 2);

			if (bad) {
				_row(workbook, "Результаты", "sch001", 2024, "ВПР", 6, "Математика", "пять", 1, 4, 3, 2);
				_row(workbook, "Результаты", "sch404", 2024, "ВПР", 7, "Математика", 10, 1, 4, 3, 2);
			}

			workbook.write(out);
		}

		return file;
	}

	private static void _row(XSSFWorkbook workbook, String sheetName, Object... values) {
		org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheet(sheetName);
		org.apache.poi.ss.usermodel.Row row = sheet.createRow(sheet.getLastRowNum() + 1);

		for (int i = 0; i < values.length; i++) {
			if (values[i] == null) {
				continue;
			}

			if (values[i] instanceof Number) {
				row.createCell(i).setCellValue(((Number)values[i]).doubleValue());
			}
			else {
				row.createCell(i).setCellValue((String)values[i]);
			}
		}
	}

	@TempDir
	Path _dir;

	private final ByteArrayOutputStream _errBytes = new ByteArrayOutputStream();
	private final ByteArrayOutputStream _out = new ByteArrayOutputStream();

}
