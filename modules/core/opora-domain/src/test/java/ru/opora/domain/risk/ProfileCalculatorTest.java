package ru.opora.domain.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ru.opora.domain.risk.profile.FactorAssessment;
import ru.opora.domain.risk.profile.IndicatorValue;
import ru.opora.domain.risk.profile.LevelChange;
import ru.opora.domain.risk.profile.ProfileCalculator;
import ru.opora.domain.risk.profile.SurveyAnswers;
import ru.opora.domain.risk.profile.SurveyProgress;

class ProfileCalculatorTest {

	@Test
	void answersAtTheRiskEndGiveHighAtTheSafeEndNone() {
		// 1 on a 1..5 scale is the risky end for inverted questions, the safe end for straight ones
		List<SurveyAnswers> worst = new ArrayList<>();

		for (RespondentGroup group : RespondentGroup.values()) {
			for (int i = 0; i < Surveys.DICTIONARY.minRespondents(group); i++) {
				java.util.Map<String, Double> answers = new java.util.HashMap<>();

				Surveys.DICTIONARY.questionsOf(group).forEach(
					q -> answers.put(q.code(), q.inverted() ? (double)q.min() : (double)q.max()));
				worst.add(new SurveyAnswers(group + "-" + i, group, answers));
			}
		}

		for (FactorAssessment assessment : ProfileCalculator.calculate(Surveys.DICTIONARY, worst)) {
			assertEquals(RiskLevel.HIGH, assessment.level(), assessment.factorCode());
			assertEquals(100.0, assessment.indicators().get(0).value());
		}
	}

	@Test
	void factorLevelIsTheWorstIndicatorAndExplainsItsValues() {
		// RF11: P11 pupils (inverted) and T11 teachers (inverted)
		List<SurveyAnswers> responses = new ArrayList<>();

		for (int i = 0; i < 15; i++) {
			// pupils: 4 of 5 -> risk 25 (LOW)
			responses.add(Surveys.one("p" + i, RespondentGroup.PUPIL, "P11", 4));
		}

		for (int i = 0; i < 5; i++) {
			// teachers: 2,2,3,3,2 -> risk 75,75,50,50,75 = 65 (HIGH)
			responses.add(Surveys.one("t" + i, RespondentGroup.TEACHER, "T11", (i == 2 || i == 3) ? 3 : 2));
		}

		FactorAssessment rf11 = _factor(ProfileCalculator.calculate(Surveys.DICTIONARY, responses), "RF11");

		assertEquals(RiskLevel.HIGH, rf11.level());
		assertEquals("HIGH", rf11.state());

		IndicatorValue pupils = rf11.indicators().get(0);

		assertEquals("RF11.1", pupils.indicatorCode());
		assertEquals(25.0, pupils.value());
		assertEquals(RiskLevel.LOW, pupils.level());
		assertEquals(15, pupils.respondents());
		assertEquals(15, pupils.requiredRespondents());
		assertEquals(65.0, rf11.indicators().get(1).value());
	}

	@Test
	void tooFewRespondentsGiveNotEnoughDataNeverALevel() {
		List<SurveyAnswers> responses = new ArrayList<>(Surveys.uniform(RespondentGroup.TEACHER, 5, 1));

		// 14 pupils: one short of the minimum
		responses.addAll(Surveys.uniform(RespondentGroup.PUPIL, 14, 1));

		FactorAssessment rf11 = _factor(ProfileCalculator.calculate(Surveys.DICTIONARY, responses), "RF11");

		assertTrue(rf11.isNotEnoughData());
		assertNull(rf11.level());
		assertEquals(FactorAssessment.NOT_ENOUGH_DATA, rf11.state());

		IndicatorValue missing = rf11.missingIndicators().get(0);

		assertEquals("RF11.1", missing.indicatorCode());
		assertEquals(14, missing.respondents());
		assertEquals(15, missing.requiredRespondents());
		assertNull(missing.value());
		// the teachers' indicator alone would say HIGH: the factor still does not claim it
		assertEquals(RiskLevel.HIGH, rf11.indicators().get(1).level());
	}

	@Test
	void missingAnswersCountOnlyWhereGivenAndOffScaleOrForeignAnswersAreIgnored() {
		List<SurveyAnswers> responses = new ArrayList<>();

		for (int i = 0; i < 6; i++) {
			// 6 teachers, one skips T01
			responses.add(
				(i == 0) ? Surveys.one("t0", RespondentGroup.TEACHER, "T11", 5) :
					Surveys.one("t" + i, RespondentGroup.TEACHER, "T01", 5, "T11", 5));
		}

		// off the scale, and a pupil answering a teachers' question
		responses.add(Surveys.one("t6", RespondentGroup.TEACHER, "T01", 9));
		responses.add(Surveys.one("p0", RespondentGroup.PUPIL, "T01", 1));

		IndicatorValue t01 = _factor(ProfileCalculator.calculate(Surveys.DICTIONARY, responses), "RF01").indicators().get(1);

		assertEquals(5, t01.respondents());
		assertEquals(0.0, t01.value());
		assertEquals(RiskLevel.NONE, t01.level());

		responses.remove(5);

		IndicatorValue fewer = _factor(ProfileCalculator.calculate(Surveys.DICTIONARY, responses), "RF01").indicators().get(1);

		assertFalse(fewer.isEnoughData());
		assertEquals(4, fewer.respondents());
	}

	@Test
	void noAnswersAtAllGiveNotEnoughDataForEveryFactor() {
		List<FactorAssessment> assessments = ProfileCalculator.calculate(Surveys.DICTIONARY, List.of());

		assertEquals(11, assessments.size());
		assertTrue(assessments.stream().allMatch(FactorAssessment::isNotEnoughData));
	}

	@Test
	void completeSurveyGivesALevelForEveryFactor() {
		List<FactorAssessment> assessments = ProfileCalculator.calculate(Surveys.DICTIONARY, Surveys.complete(3));

		assertEquals(
			List.of(),
			assessments.stream().filter(FactorAssessment::isNotEnoughData).map(FactorAssessment::factorCode).collect(
				Collectors.toList()));
	}

	@Test
	void surveyProgressCountsDistinctRespondentsPerGroup() {
		List<SurveyAnswers> responses = new ArrayList<>(Surveys.uniform(RespondentGroup.TEACHER, 5, 3));

		responses.add(Surveys.one("TEACHER0", RespondentGroup.TEACHER, "T01", 2));
		responses.add(new SurveyAnswers("empty", RespondentGroup.PARENT, java.util.Map.of()));
		responses.addAll(Surveys.uniform(RespondentGroup.DIRECTOR, 1, 3));

		SurveyProgress progress = SurveyProgress.of(Surveys.DICTIONARY, responses);

		assertEquals(5, progress.answered(RespondentGroup.TEACHER));
		assertEquals(0, progress.answered(RespondentGroup.PARENT));
		assertTrue(progress.isComplete(RespondentGroup.TEACHER));
		assertTrue(progress.isComplete(RespondentGroup.DIRECTOR));
		assertFalse(progress.isComplete(RespondentGroup.PUPIL));
		assertFalse(progress.isComplete());
		assertEquals(10, progress.required(RespondentGroup.PARENT));
		assertTrue(SurveyProgress.of(Surveys.DICTIONARY, Surveys.complete(2)).isComplete());
	}

	@Test
	void levelChangeComparesWithThePreviousYear() {
		assertEquals(LevelChange.IMPROVED, LevelChange.of(RiskLevel.HIGH, RiskLevel.LOW, true));
		assertEquals(LevelChange.WORSENED, LevelChange.of(RiskLevel.NONE, RiskLevel.MEDIUM, true));
		assertEquals(LevelChange.SAME, LevelChange.of(RiskLevel.LOW, RiskLevel.LOW, true));
		assertEquals(LevelChange.NOT_COMPARABLE, LevelChange.of(null, RiskLevel.LOW, true));
		assertEquals(LevelChange.NOT_COMPARABLE, LevelChange.of(RiskLevel.LOW, null, true));
		assertEquals(LevelChange.NEW, LevelChange.of(null, RiskLevel.LOW, false));
	}

	private static FactorAssessment _factor(List<FactorAssessment> assessments, String code) {
		return assessments.stream().filter(a -> a.factorCode().equals(code)).findFirst().get();
	}

}
