package ru.opora.domain.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class BankSheetTest {

	@Test
	void exportThenImportKeepsEverything() {
		BankVersion bank = Banks.mathematics();
		BankSheet sheet = BankSheet.parse(2, BankSheet.rows(bank));

		assertEquals(List.of(), sheet.problems());
		assertEquals(2, sheet.bank().number());
		assertEquals(bank.items().size(), sheet.bank().items().size());
		assertEquals(BankSheet.rows(bank), BankSheet.rows(sheet.bank()), "nothing lost in a round trip");
		assertEquals(List.of("Квадрат", "Треугольник", "Круг"), sheet.bank().item("M2-01").options());
	}

	@Test
	void everyBadRowIsReportedWithItsColumn() {
		List<List<String>> rows = new ArrayList<>(BankSheet.rows(Banks.mathematics())); // rows 2..13

		rows.add(Arrays.asList("item", "M9-01", "M-ALG", "Вопрос", "essay", "", "", "", "1", "", "", "x"));
		rows.add(Arrays.asList("competence", "M-NEW", "MATH", "Новая", "", "", "сто", "2"));
		rows.add(Arrays.asList("", "", ""));
		rows.add(Arrays.asList("question", "Q"));
		rows.add(Arrays.asList("item", "M1-01", "M-ALG", "Дубль", "single", "", "", "", "1", "a\nb", "", "1"));

		BankSheet sheet = BankSheet.parse(2, rows);

		assertEquals(
			List.of("14:type:required", "14:type:diagnostics-unknown-code", "15:threshold:out-of-range",
				"17:kind:diagnostics-unknown-kind", "18:code:diagnostics-duplicate-code"),
			sheet.problems().stream().map(SheetProblem::toString).collect(Collectors.toList()));
	}

	@Test
	void crossRowProblemsPointAtTheRow() {
		List<List<String>> rows = new ArrayList<>(BankSheet.rows(Banks.mathematics())); // rows 2..13

		rows.add(Arrays.asList("competence", "M-NEW", "NOPE", "Новая", "", "", "60", "2"));

		BankSheet sheet = BankSheet.parse(2, rows);

		assertEquals(
			List.of("14:parent:diagnostics-unknown-code", "14:code:diagnostics-competence-without-items"),
			sheet.problems().stream().map(SheetProblem::toString).collect(Collectors.toList()));
	}

	@Test
	void answersRoundTripAndMergeOnlyDrawnItems() {
		Map<String, String> saved = Answers.decode("M1-01=2\nM1-02=три");

		assertEquals(Map.of("M1-01", "2", "M1-02", "три"), saved);

		Map<String, String> merged = Answers.merge(
			saved, Map.of("M1-01", "", "M1-03", "1;3", "FOREIGN", "1"), List.of("M1-01", "M1-02", "M1-03"));

		assertEquals(Map.of("M1-02", "три", "M1-03", "1;3"), merged);
		assertEquals("A=x y", Answers.encode(Map.of("A", "x\ny")));
		assertEquals(Map.of("A", "x y"), Answers.decode(Answers.encode(Map.of("A", "x\r\ny"))));
		assertTrue(Answers.decode(null).isEmpty());
	}

}
