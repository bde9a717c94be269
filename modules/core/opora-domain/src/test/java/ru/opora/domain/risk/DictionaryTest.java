package ru.opora.domain.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ru.opora.domain.risk.dictionary.DefaultDictionary;
import ru.opora.domain.risk.dictionary.DictionaryCatalog;
import ru.opora.domain.risk.dictionary.DictionaryCodec;
import ru.opora.domain.risk.dictionary.FactorDictionary;
import ru.opora.domain.risk.dictionary.Indicator;
import ru.opora.domain.risk.dictionary.Question;
import ru.opora.domain.risk.dictionary.RiskFactor;
import ru.opora.domain.risk.dictionary.Thresholds;
import ru.opora.domain.validation.ValidationException;
import ru.opora.domain.validation.Violation;

class DictionaryTest {

	@Test
	void defaultVersionHasTheElevenFactorsOfTheMethodAndIsValid() {
		FactorDictionary dictionary = DefaultDictionary.version2021();

		assertEquals(List.of(), dictionary.validate().list());
		assertEquals(2021, dictionary.fromYear());
		assertEquals(
			List.of("RF01", "RF02", "RF03", "RF04", "RF05", "RF06", "RF07", "RF08", "RF09", "RF10", "RF11"),
			dictionary.factors().stream().map(RiskFactor::code).collect(Collectors.toList()));
		assertEquals("Низкий уровень вовлеченности родителей", dictionary.factor("RF09").get().nameRu());
		assertEquals("rf09", dictionary.factor("RF09").get().materialTag());

		for (RespondentGroup group : RespondentGroup.values()) {
			assertFalse(dictionary.questionsOf(group).isEmpty(), group.name());
		}
	}

	@Test
	void codecRoundTripKeepsEveryDetailIncludingTabsAndNewLines() {
		FactorDictionary dictionary = DefaultDictionary.version2021();

		assertEquals(dictionary, DictionaryCodec.decode(DictionaryCodec.encode(dictionary)));

		FactorDictionary tricky = _version(
			2024, new Question("Q1", RespondentGroup.PARENT, "строка\tс табом\nи \\ переносом", "en", 1, 4, true),
			new Thresholds(10, 20.5, 30));

		assertEquals(tricky, DictionaryCodec.decode(DictionaryCodec.encode(tricky)));
	}

	@Test
	void decodingReportsEveryBrokenLine() {
		String text = "opora-risk-dictionary\t1\nyear\tabc\nmin\tTEACHER\t3\nquestion\tQ1\tNOBODY\t1\t5\tfalse\tru\ten\nwhat\n";

		ValidationException exception = assertThrows(ValidationException.class, () -> DictionaryCodec.decode(text));

		assertEquals(
			List.of("line.2", "line.4", "line.5"),
			exception.getViolations().stream().map(Violation::field).collect(Collectors.toList()));
		assertThrows(ValidationException.class, () -> DictionaryCodec.decode("year\t2021"));
	}

	@Test
	void validationNamesUnknownQuestionsWrongGroupsAndUnorderedThresholds() {
		Question question = new Question("Q1", RespondentGroup.PUPIL, "ru", "en", 1, 5, false);
		Indicator unknown = new Indicator("I1", "ru", "en", RespondentGroup.PUPIL, List.of("Q9"), new Thresholds(1, 2, 3));
		Indicator wrongGroup = new Indicator("I2", "ru", "en", RespondentGroup.TEACHER, List.of("Q1"), new Thresholds(1, 2, 3));
		Indicator unordered = new Indicator("I3", "ru", "en", RespondentGroup.PUPIL, List.of("Q1"), new Thresholds(50, 40, 60));
		RiskFactor factor = new RiskFactor("RF01", "ru", "en", List.of(unknown, wrongGroup, unordered));
		RiskFactor badCode = new RiskFactor("X1", "ru", "en", List.of());

		List<String> codes = new FactorDictionary(
			2022, List.of(question), List.of(factor, badCode), Map.of(RespondentGroup.PUPIL, 0)
		).validate().list().stream().map(v -> v.field() + ":" + v.code()).collect(Collectors.toList());

		assertEquals(
			List.of(
				"indicator.I1.questions:risk-question-unknown", "indicator.I2.questions:risk-question-group-mismatch",
				"indicator.I3.thresholds:risk-thresholds-invalid", "factor.X1:risk-code-invalid",
				"factor.X1.indicators:required", "minRespondents.PUPIL:risk-min-respondents-invalid"),
			codes);
	}

	@Test
	void catalogPicksTheVersionInForceAndRefusesASecondVersionForAYear() {
		FactorDictionary v2021 = DefaultDictionary.version2021();
		FactorDictionary v2024 = _version(
			2024, new Question("Q1", RespondentGroup.PUPIL, "ru", "en", 1, 5, false), DefaultDictionary.THRESHOLDS);

		DictionaryCatalog catalog = new DictionaryCatalog(List.of(v2024, v2021));

		assertTrue(catalog.versionFor(2020).isEmpty());
		assertEquals(v2021, catalog.versionFor(2021).get());
		assertEquals(v2021, catalog.versionFor(2023).get());
		assertEquals(v2024, catalog.versionFor(2024).get());
		assertEquals(v2024, catalog.versionFor(2030).get());
		assertEquals(List.of(v2021, v2024), catalog.versions());

		assertEquals(
			List.of(Violation.of("fromYear", "risk-dictionary-year-exists", 2024)),
			catalog.checkNewVersion(v2024).list());
		assertTrue(new DictionaryCatalog(List.of(v2021)).checkNewVersion(v2024).isEmpty());
	}

	@Test
	void riskScoreFollowsTheScaleAndItsDirection() {
		Question straight = new Question("Q", RespondentGroup.PUPIL, "ru", "en", 1, 5, false);
		Question inverted = new Question("Q", RespondentGroup.PUPIL, "ru", "en", 1, 5, true);

		assertEquals(0, straight.riskScore(1));
		assertEquals(100, straight.riskScore(5));
		assertEquals(75, inverted.riskScore(2));
		assertFalse(straight.isValidAnswer(6));
		assertThrows(IllegalArgumentException.class, () -> straight.riskScore(0));

		Thresholds thresholds = DefaultDictionary.THRESHOLDS;

		assertEquals(RiskLevel.HIGH, thresholds.levelOf(65));
		assertEquals(RiskLevel.MEDIUM, thresholds.levelOf(64.9));
		assertEquals(RiskLevel.LOW, thresholds.levelOf(25));
		assertEquals(RiskLevel.NONE, thresholds.levelOf(24.9));
	}

	private static FactorDictionary _version(int year, Question question, Thresholds thresholds) {
		List<Indicator> indicators = new ArrayList<>();

		indicators.add(new Indicator("RF01.1", "ru", "en", question.group(), List.of(question.code()), thresholds));

		return new FactorDictionary(
			year, List.of(question), List.of(new RiskFactor("RF01", "Фактор", "Factor", indicators)),
			Map.of(question.group(), 2));
	}

}
