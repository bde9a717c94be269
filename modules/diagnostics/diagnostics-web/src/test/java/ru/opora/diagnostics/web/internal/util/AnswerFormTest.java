package ru.opora.diagnostics.web.internal.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ru.opora.diagnostics.model.ItemView;

class AnswerFormTest {

	private static final List<ItemView> _ITEMS = List.of(
		new ItemView("S", "C", "single", "?", List.of("a", "b"), List.of()),
		new ItemView("M", "C", "multiple", "?", List.of("a", "b", "c"), List.of()),
		new ItemView("T", "C", "short", "?", List.of(), List.of()),
		new ItemView("P", "C", "matching", "?", List.of("l1", "l2", "l3"), List.of("r1", "r2", "r3")),
		new ItemView("X", "D", "single", "?", List.of("a", "b"), List.of()));

	@Test
	void everyTypeInItsStoredForm() {
		Map<String, String[]> parameters = new HashMap<>();

		parameters.put("answer_S", new String[] {"2"});
		parameters.put("answer_M", new String[] {"1", "3", "evil"});
		parameters.put("answer_T", new String[] {"  три "});
		parameters.put("answer_P_1", new String[] {"3"});
		parameters.put("answer_P_2", new String[] {""});
		parameters.put("answer_P_3", new String[] {"1"});
		parameters.put("answer_X", new String[] {"1"});

		for (String code : new String[] {"S", "M", "T", "P"}) {
			parameters.put("shown_" + code, new String[] {"1"});
		}

		Map<String, String> answers = AnswerForm.read(
			_ITEMS, parameters::get, name -> parameters.containsKey(name));

		assertEquals(Map.of("S", "2", "M", "1;3", "T", "три", "P", "1-3;3-1"), answers, "X was not on the page");
	}

	@Test
	void anUncheckedItemOnThePageClearsItsAnswer() {
		Map<String, String[]> parameters = Map.of("shown_S", new String[] {"1"}, "shown_M", new String[] {"1"});

		assertEquals(
			Map.of("S", "", "M", ""), AnswerForm.read(_ITEMS, parameters::get, name -> parameters.containsKey(name)));
	}

}
