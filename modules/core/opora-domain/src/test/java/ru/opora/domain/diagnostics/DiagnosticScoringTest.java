package ru.opora.domain.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DiagnosticScoringTest {

	private static final List<String> _ALL = List.of("M1-01", "M1-02", "M1-03", "M1-04", "M2-01", "M2-02", "MT-01");

	@Test
	void resultsPerCompetenceAgainstThresholds() {
		DiagnosticResult result = DiagnosticScoring.score(
			Banks.mathematics(), _ALL,
			Map.of("M1-01", "2", "M1-02", "три", "M1-03", "1", "M2-01", "1-3;2-2;3-1", "M2-02", "2", "MT-01", "1;2"));

		CompetenceResult algebra = result.competence("M-ALG");

		assertEquals(3.0, algebra.points(), 1e-9, "1 + 1 + 0.5 × 2 + 0");
		assertEquals(5.0, algebra.maxPoints());
		assertEquals(60.0, algebra.percent());
		assertTrue(algebra.deficit(), "60 % < 70 %");
		assertEquals(10.0, algebra.gap());
		assertEquals(2, algebra.itemsCorrect());
		assertEquals(1, algebra.itemsPartial());
		assertEquals(1, algebra.itemsUnanswered());
		assertEquals("diagnostics-explanation-deficit", algebra.explanationKey());
		assertEquals(List.of(60.0, 70, 10.0, 2, 1, 1, 4), algebra.explanationArguments());

		CompetenceResult geometry = result.competence("M-GEO");

		assertEquals(50.0, geometry.percent(), "(1 + 1) of 4");
		assertTrue(geometry.deficit());

		CompetenceResult oge = result.competence("MT-OGE");

		assertFalse(oge.deficit());
		assertEquals("diagnostics-explanation-reached", oge.explanationKey());
		assertEquals(List.of("M-ALG", "M-GEO"), result.deficits().stream().map(CompetenceResult::competenceCode).collect(
			java.util.stream.Collectors.toList()));
	}

	@Test
	void reachingTheThresholdExactlyIsNoDeficit() {
		BankVersion bank = Banks.mathematics();
		DiagnosticResult result = DiagnosticScoring.score(bank, List.of("MT-01"), Map.of("MT-01", "1"));

		assertEquals(50.0, result.competence("MT-OGE").percent());
		assertFalse(result.competence("MT-OGE").deficit());
		assertTrue(
			DiagnosticScoring.score(bank, List.of("MT-01"), Map.of()).competence("MT-OGE").deficit(),
			"no answer at all");
	}

	@Test
	void aResultStaysTiedToItsBankVersion() {
		BankVersion first = Banks.mathematics(1, "2");
		BankVersion second = Banks.mathematics(2, "3");
		Map<String, String> answers = Map.of("M1-01", "2");

		DiagnosticResult onFirst = DiagnosticScoring.score(first, List.of("M1-01"), answers);
		DiagnosticResult onSecond = DiagnosticScoring.score(second, List.of("M1-01"), answers);

		assertEquals(1, onFirst.bankVersion());
		assertEquals(100.0, onFirst.competence("M-ALG").percent(), "scored on the key of version 1");
		assertEquals(2, onSecond.bankVersion());
		assertEquals(0.0, onSecond.competence("M-ALG").percent(), "the changed key counts only for version 2");

		BankVersion third = new BankVersion(3, first.areas(), first.competences(), List.of(first.item("M1-02")));

		assertThrows(IllegalArgumentException.class, () -> DiagnosticScoring.score(third, List.of("M1-01"), answers),
			"an item removed in a later version cannot be scored on it");
	}

	@Test
	void drawIsDeterministicPerSeedAndRespectsItemsPerSession() {
		BankVersion bank = Banks.mathematics();
		List<String> competences = List.of("M-ALG", "M-GEO", "MT-OGE");

		List<String> first = ItemDraw.codes(ItemDraw.draw(bank, competences, 42));

		assertEquals(first, ItemDraw.codes(ItemDraw.draw(bank, competences, 42)));
		assertEquals(6, first.size(), "3 + 2 + 1");
		assertTrue(first.subList(0, 3).stream().allMatch(code -> code.startsWith("M1-")), "competence order kept");
		assertEquals("MT-01", first.get(5));

		Set<List<String>> draws = new HashSet<>();

		for (long seed = 0; seed < 20; seed++) {
			draws.add(ItemDraw.codes(ItemDraw.draw(bank, competences, seed)));
		}

		assertNotEquals(1, draws.size(), "other seeds draw other items");
		assertThrows(IllegalArgumentException.class, () -> ItemDraw.draw(bank, List.of("NOPE"), 1));
	}

	@Test
	void bankValidationFindsBrokenReferences() {
		BankVersion bank = new BankVersion(
			1, List.of(new CompetenceArea("A", "Area", AreaKind.SUBJECT, null)),
			List.of(new Competence("C", "B", "C", 0, 1)),
			List.of(new Item("I", "D", ItemType.SHORT_ANSWER, "?", null, null, "x", 1)));

		List<String> fields = bank.validate().stream().map(v -> v.field() + ":" + v.code()).collect(
			java.util.stream.Collectors.toList());

		assertEquals(
			List.of(
				"area[A].subject:required", "competence[C].threshold:out-of-range",
				"competence[C].areaCode:diagnostics-unknown-code", "competence[C].items:diagnostics-competence-without-items",
				"item[I].competenceCode:diagnostics-unknown-code"),
			fields);
		assertEquals(
			List.of("M-ALG", "M-GEO", "MT-OGE"),
			Banks.mathematics().competencesFor("математика").stream().map(Competence::code).collect(
				java.util.stream.Collectors.toList()));
		assertEquals(
			List.of("MT-OGE"),
			Banks.mathematics().competencesFor("Русский язык").stream().map(Competence::code).collect(
				java.util.stream.Collectors.toList()));
	}

}
