package ru.opora.schools.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.opora.schools.importer.TestBooks.row;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.opora.schools.importer.cli.OporaCli;

/** The identify and match commands of the command-line tool, end to end. */
class IdentifyAndMatchCliTest {

	@Test
	void identifyPrintsTheGroupsWithTheirReasons() throws Exception {
		Path file = _municipality().write(_dir, "municipality.xlsx");

		assertEquals(0, _run("identify", file.toString()));

		List<String> lines = _outLines();

		assertEquals("2024 год", lines.get(0));
		assertTrue(_line(lines, "  sch002").contains("ШНОР"), lines.toString());
		assertTrue(_line(lines, "  sch001").contains("Высокие результаты"), lines.toString());
		assertTrue(
			lines.get(lines.indexOf(_line(lines, "  sch002")) + 1).contains("40% ниже порога"), lines.toString());

		assertEquals(0, _run("identify", file.toString(), "--lang", "en", "--year", "2024"));
		assertEquals("Year 2024", _outLines().get(0));
		assertTrue(_line(_outLines(), "  sch002").contains("Low results (ShNOR)"), _outLines().toString());
	}

	@Test
	void identifyCountsRejectedRowsAndExitsOne() throws Exception {
		Path file = _municipality().add(
			"Результаты", row("sch404", 2024, "ВПР", 4, "Математика", 10, 1, 4, 3, 2, null)
		).write(_dir, "with-unknown.xlsx");

		assertEquals(1, _run("identify", file.toString()));
		assertTrue(_err().contains("validate"), _err());
		assertTrue(_line(_outLines(), "  sch002").contains("ШНОР"));
	}

	@Test
	void exampleWorkbookIsCleanAndShowsEveryKindOfSchool() throws Exception {
		assertEquals(0, _run("example", _dir.toString()));

		Path file = _dir.resolve("opora-example-ivanteevka.xlsx");

		assertEquals(List.of(file.toString()), _outLines());
		assertEquals(0, _run("validate", file.toString()));
		assertEquals(0, _run("identify", file.toString(), "--year", "2024"));

		List<String> lines = _outLines();

		assertTrue(_line(lines, "  iv-zn ").contains("ШНОР, ШНСУ"), lines.toString());
		assertTrue(_line(lines, "  iv-gym ").contains("Высокие результаты"), lines.toString());
		assertTrue(_line(lines, "  iv-bart ").contains("Зона риска"), lines.toString());
		assertTrue(_line(lines, "  iv-arb ").contains("Профилактика учебной неуспешности"), lines.toString());
	}

	@Test
	void identifyRefusesAFileThatIsNotAWorkbook() throws Exception {
		Path text = Files.writeString(_dir.resolve("text.xlsx"), "not a workbook");

		assertEquals(2, _run("identify", text.toString()));
		assertEquals(2, _run("identify"));
	}

	@Test
	void matchPrintsTheOptimalAssignment() throws Exception {
		Path costs = Files.writeString(_dir.resolve("costs.csv"), "supported,mentor,cost\nA,X,1\nB,X,2\nB,Y,5\nC,X,1\n");
		Path capacities = Files.writeString(_dir.resolve("capacities.csv"), "mentor,capacity\nX,1\nY,1\n");

		assertEquals(1, _run("match", costs.toString(), capacities.toString()));
		assertEquals(List.of("A,X", "B,Y", "unassigned: C", "total cost: 6"), _outLines());

		Path broken = Files.writeString(_dir.resolve("broken.csv"), "supported,mentor,cost\nA,X,-1\n");

		assertEquals(2, _run("match", broken.toString(), capacities.toString()));
		assertTrue((_out() + _err()).contains("broken.csv:2"), _out() + _err());
	}

	private static TestBooks _municipality() {
		return TestBooks.book().sheet(
			"Школы", row("Логин ОО", "Наименование ОО", "Тип местности", "Уровень"),
			row("sch001", "МБОУ СОШ № 1", "город", "средняя"),
			row("sch002", "МКОУ ООШ с. Ивановка", "село", "основная"),
			row("sch003", "МКОУ ООШ с. Знаменский", "село", "основная")
		).sheet(
			"Результаты",
			row("Логин ОО", "Год", "Оценочная процедура", "Класс", "Предмет", "Участников", "«2»", "«3»", "«4»", "«5»", "Средний балл"),
			row("sch001", 2024, "ВПР", 5, "Математика", 50, 1, 10, 20, 19, null),
			row("sch001", 2024, "ОГЭ", 9, "Русский язык", 40, 0, 8, 16, 16, null),
			row("sch002", 2024, "ВПР", 4, "Математика", 10, 4, 4, 1, 1, null),
			row("sch002", 2024, "ВПР", 5, "Русский язык", 10, 4, 5, 1, 0, null),
			row("sch003", 2024, "ВПР", 4, "Математика", 12, 1, 6, 4, 1, null)
		);
	}

	private String _err() {
		return _errBytes.toString(StandardCharsets.UTF_8);
	}

	private static String _line(List<String> lines, String prefix) {
		return lines.stream().filter(line -> line.startsWith(prefix)).findFirst().orElse("(no line " + prefix + ")");
	}

	private String _out() {
		return _outBytes.toString(StandardCharsets.UTF_8);
	}

	private List<String> _outLines() {
		return _out().lines().toList();
	}

	private int _run(String... args) {
		_outBytes.reset();
		_errBytes.reset();

		return new OporaCli().run(
			args, new PrintStream(_outBytes, true, StandardCharsets.UTF_8),
			new PrintStream(_errBytes, true, StandardCharsets.UTF_8));
	}

	@TempDir
	Path _dir;

	private final ByteArrayOutputStream _errBytes = new ByteArrayOutputStream();
	private final ByteArrayOutputStream _outBytes = new ByteArrayOutputStream();

}
