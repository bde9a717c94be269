package ru.opora.domain.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ItemScoringTest {

	private static final BankVersion _BANK = Banks.mathematics();

	private static double _share(String itemCode, String answer) {
		return ItemScoring.share(_BANK.item(itemCode), answer);
	}

	@Test
	void singleChoiceIsAllOrNothing() {
		assertEquals(1, _share("M1-01", "2"));
		assertEquals(1, _share("M1-01", " 2 "));
		assertEquals(0, _share("M1-01", "1"));
		assertEquals(0, _share("M1-01", "1;2"), "two options chosen");
		assertEquals(0, _share("M1-01", "x"));
		assertEquals(0, _share("M1-01", ""));
		assertEquals(0, _share("M1-01", null));
	}

	@Test
	void multipleChoiceGivesPartialCreditAndPenalisesWrongOptions() {
		assertEquals(1, _share("M1-03", "1;3"));
		assertEquals(1, _share("M1-03", "3,1"));
		assertEquals(0.5, _share("M1-03", "1"));
		assertEquals(0.5, _share("M1-03", "1;3;2"), "one wrong cancels one right");
		assertEquals(0, _share("M1-03", "1;2;3;4"), "everything chosen earns nothing");
		assertEquals(0, _share("M1-03", "2;4"), "never below zero");
		assertEquals(2.0 * 0.5, ItemScoring.points(_BANK.item("M1-03"), "3"), "weight 2");
	}

	@Test
	void shortAnswerNormalisesTextAndNumbers() {
		assertEquals(1, _share("M1-02", "3"));
		assertEquals(1, _share("M1-02", "  ТРИ. "));
		assertEquals(1, _share("M1-02", "3,0"), "same number");
		assertEquals(1, _share("M1-02", "3.00"));
		assertEquals(0, _share("M1-02", "4"));
		assertEquals(0, _share("M1-02", "трии"));

		Item yo = new Item("R-1", "R", ItemType.SHORT_ANSWER, "?", null, null, "ещё", 1);

		assertEquals(1, ItemScoring.share(yo, "Еще"), "ё and е are the same letter here");
	}

	@Test
	void matchingGivesTheShareOfCorrectPairs() {
		assertEquals(1, _share("M2-01", "1-3;2-1;3-2"));
		assertEquals(1, _share("M2-01", "3-2; 1-3; 2-1"), "order does not matter");
		assertEquals(1.0 / 3, _share("M2-01", "1-3;2-2;3-1"), 1e-9);
		assertEquals(2.0 / 3, _share("M2-01", "1-3;2-1"), 1e-9, "an unmatched left item earns nothing");
		assertEquals(0, _share("M2-01", "1-3;oops"), "malformed");
	}

	@Test
	void itemValidationReportsEveryProblem() {
		Item bad = new Item("bad code", "", ItemType.SINGLE_CHOICE, " ", List.of("a"), null, "1;2", 0);

		List<String> fields = bad.validate().stream().map(v -> v.field() + ":" + v.code()).collect(
			java.util.stream.Collectors.toList());

		assertEquals(
			List.of(
				"code:diagnostics-code-format", "competenceCode:required", "text:required", "weight:out-of-range",
				"options:diagnostics-options-count", "key:diagnostics-key-option", "key:diagnostics-key-single"),
			fields);

		Item matching = new Item(
			"X", "C", ItemType.MATCHING, "?", List.of("a", "b"), List.of("1", "2"), "1-1", 1);

		assertEquals("key", matching.validate().get(0).field(), "every left item needs a pair");
		assertEquals(List.of(), _BANK.validate());
	}

}
