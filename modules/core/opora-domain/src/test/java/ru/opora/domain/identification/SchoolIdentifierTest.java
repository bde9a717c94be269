package ru.opora.domain.identification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.opora.domain.identification.Fixtures.MATH;
import static ru.opora.domain.identification.Fixtures.RUSSIAN;
import static ru.opora.domain.identification.Fixtures.context;
import static ru.opora.domain.identification.Fixtures.ege;
import static ru.opora.domain.identification.Fixtures.good;
import static ru.opora.domain.identification.Fixtures.groups;
import static ru.opora.domain.identification.Fixtures.oge;
import static ru.opora.domain.identification.Fixtures.saratovContext;
import static ru.opora.domain.identification.Fixtures.school;
import static ru.opora.domain.identification.Fixtures.vpr;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ru.opora.domain.school.AssessmentType;
import ru.opora.domain.school.ResultFigures;
import ru.opora.domain.validation.ValidationException;

class SchoolIdentifierTest {

	// Low results: share below the threshold

	@Test
	void lowResultsWhenTwoResultsReachTheShare() {

		// 30% marks 2 (exactly at the threshold) and 40% marks 2

		SchoolClassification classification = _one(
			school(1, "СОШ").result(vpr(2023, 5, MATH, 3, 3, 2, 2), vpr(2023, 6, RUSSIAN, 4, 4, 1, 1)).build(), 2023);

		assertEquals(groups(Group.LOW_RESULTS), classification.groups());

		List<Reason> reasons = classification.reasons(Group.LOW_RESULTS);

		assertEquals(
			List.of(
				ReasonCode.LOW_SHARE_BELOW_THRESHOLD, ReasonCode.LOW_SHARE_BELOW_THRESHOLD,
				ReasonCode.LOW_SHARE_RESULTS_COUNT),
			_codes(reasons));

		Reason first = reasons.get(0);

		assertEquals(AssessmentType.VPR, first.assessment());
		assertEquals(5, first.grade());
		assertEquals(MATH, first.subject());
		assertEquals(30.0, first.value(), 1e-9);
		assertEquals(Comparison.GREATER_OR_EQUAL, first.comparison());
		assertEquals(30.0, first.threshold());
		assertEquals(40.0, reasons.get(1).value(), 1e-9);
		assertEquals(2.0, reasons.get(2).value());
		assertEquals(2.0, reasons.get(2).threshold());

		// Failure prevention applied too but gave way

		assertEquals(
			List.of(List.of("", "", "", "", "", "", "failure-prevention", "low-results")),
			_arguments(classification.reasons(ReasonCode.PRECEDENCE)));
	}

	@Test
	void oneResultAboveTheShareIsNotLow() {

		// 30% in ВПР but 29.9% of ЕГЭ results below the minimum: one result only

		SchoolClassification classification = _one(
			school(1, "СОШ").result(vpr(2023, 5, MATH, 3, 3, 2, 2), ege(2023, RUSSIAN, 10, 65, 29.9)).build(), 2023);

		assertFalse(classification.has(Group.LOW_RESULTS));
		assertEquals(groups(Group.FAILURE_PREVENTION), classification.groups());
		assertEquals(
			List.of(70.0, 70.1),
			classification.reasons(Group.FAILURE_PREVENTION).stream().map(Reason::value).map(
				value -> Math.round(value * 10) / 10.0
			).collect(Collectors.toList()));

		// With one result enough, the ВПР result alone makes it low

		IdentificationRules rules = IdentificationRules.builder().lowShareResultsCount(1).build();

		SchoolClassification lenient = new SchoolIdentifier(
			rules
		).classify(List.of(school(1, "СОШ").result(vpr(2023, 5, MATH, 3, 3, 2, 2), ege(2023, RUSSIAN, 10, 65, 29.9)).build()), 2023).get(0);

		assertEquals(groups(Group.LOW_RESULTS), lenient.groups());
		assertEquals(1, lenient.reasons(ReasonCode.LOW_SHARE_BELOW_THRESHOLD).size());
	}

	@Test
	void smallResultsAreIgnored() {

		// Seed 001, СОШ с. Бартеневка: one failing ОГЭ pupil each in informatics,
		// social studies and mathematics, in classes of 3 and 4

		SchoolInput bartenevka = school(1, "МОУ «СОШ с. Бартеневка им. П.Е. Толстова»").result(
			oge(2023, "Информатика", 1, 1, 1, 0), oge(2023, "Обществознание", 1, 2, 1, 0), oge(2023, MATH, 1, 2, 0, 1)
		).build();

		SchoolClassification classification = _one(bartenevka, 2023);

		assertEquals(groups(Group.NONE), classification.groups());

		List<Reason> ignored = classification.reasons(ReasonCode.RESULT_FEW_PARTICIPANTS);

		assertEquals(3, ignored.size());
		assertEquals(List.of(3.0, 4.0, 4.0), ignored.stream().map(Reason::value).collect(Collectors.toList()));
		assertEquals("Информатика", ignored.get(0).subject());
		assertEquals(Comparison.LESS, ignored.get(0).comparison());
		assertEquals(5.0, ignored.get(0).threshold());
		assertTrue(ignored.get(0).isNote());
		assertEquals(1, classification.reasons(ReasonCode.NO_RESULTS).size());

		// The municipality may count small classes and a lower share, as seed 001 did

		IdentificationRules rules = IdentificationRules.builder().minParticipants(3).lowShareBelowThreshold(25).build();

		SchoolClassification counted = new SchoolIdentifier(rules).classify(List.of(bartenevka), 2023).get(0);

		assertEquals(groups(Group.LOW_RESULTS), counted.groups());
		List<Reason> shares = counted.reasons(ReasonCode.LOW_SHARE_BELOW_THRESHOLD);

		assertEquals(3, shares.size());
		assertEquals(25.0, shares.get(1).value(), 1e-9);
		assertEquals(25.0, shares.get(2).value(), 1e-9);
		assertEquals(100.0 / 3, counted.reasons(ReasonCode.LOW_SHARE_BELOW_THRESHOLD).get(0).value(), 1e-6);
		assertTrue(counted.reasons(ReasonCode.RESULT_FEW_PARTICIPANTS).isEmpty());
	}

	// Low results: gap to the municipal mean (seed 003)

	@Test
	void scoreGapOfExactlyTwentyPointsIsNotLow() {

		// Municipal mean (70 + 30) / 2 = 50: the gap is exactly 20, not "more than 20"

		List<SchoolInput> schools = List.of(
			school(1, "Гимназия").result(ege(2023, RUSSIAN, 10, 70, 0)).build(),
			school(2, "СОШ").result(ege(2023, RUSSIAN, 10, 30, 0)).build());

		SchoolClassification classification = _identifier().classify(schools, 2023).get(1);

		assertFalse(classification.has(Group.LOW_RESULTS));
		assertTrue(classification.reasons(ReasonCode.LOW_SCORE_GAP).isEmpty());
	}

	@Test
	void scoreGapOfMoreThanTwentyPointsIsLow() {

		// Municipal mean (70 + 29) / 2 = 49.5: gap 20.5

		List<SchoolInput> schools = List.of(
			school(1, "Гимназия").result(ege(2023, RUSSIAN, 10, 70, 0)).build(),
			school(2, "СОШ").result(ege(2023, RUSSIAN, 10, 29, 0)).build());

		SchoolClassification classification = _identifier().classify(schools, 2023).get(1);

		assertEquals(groups(Group.LOW_RESULTS), classification.groups());

		Reason reason = classification.reasons(Group.LOW_RESULTS).get(0);

		assertEquals(ReasonCode.LOW_SCORE_GAP, reason.code());
		assertEquals(20.5, reason.value(), 1e-9);
		assertEquals(Comparison.GREATER, reason.comparison());
		assertEquals(List.of(29.0, 49.5), reason.extras());
		assertEquals("opora-identification-low-score-gap", reason.messageKey());
		assertEquals(List.of("ege", 11, RUSSIAN, 20.5, ">", 20.0, 29.0, 49.5), reason.arguments());

		// The strong school is above the mean and has high results

		assertEquals(groups(Group.HIGH_RESULTS), _identifier().classify(schools, 2023).get(0).groups());
	}

	@Test
	void municipalMeanIsWeightedByParticipants() {

		// (30 × 80 + 10 × 50) / 40 = 72.5, gap 22.5; a plain mean of schools would give 65 and gap 15

		List<SchoolInput> schools = List.of(
			school(1, "Гимназия").result(ege(2023, MATH, 30, 80, 0)).build(),
			school(2, "СОШ").result(ege(2023, MATH, 10, 50, 0)).build());

		assertEquals(72.5, MunicipalMeans.of(schools).meanScore(AssessmentType.EGE, 2023, 11, MATH), 1e-9);

		SchoolClassification classification = _identifier().classify(schools, 2023).get(1);

		assertEquals(22.5, classification.reasons(ReasonCode.LOW_SCORE_GAP).get(0).value(), 1e-9);
	}

	@Test
	void smallResultsStillCountInTheMunicipalMean() {

		// The small school is not judged, but its 4 pupils are part of the district mean

		List<SchoolInput> schools = List.of(
			school(1, "ООШ").result(ege(2023, MATH, 4, 20, 50)).build(),
			school(2, "СОШ").result(ege(2023, MATH, 6, 60, 0)).build());

		assertEquals((4 * 20.0 + 6 * 60.0) / 10, MunicipalMeans.of(schools).meanScore(AssessmentType.EGE, 2023, 11, MATH), 1e-9);

		List<SchoolClassification> classifications = _identifier().classify(schools, 2023);

		assertEquals(groups(Group.NONE), classifications.get(0).groups());
		assertEquals(groups(Group.HIGH_RESULTS), classifications.get(1).groups());
	}

	@Test
	void qualityGapIsTheMarkScaleEquivalent() {

		// Pooled quality rate (8 + 3) / 20 = 55%; the school's 30% is 25 points below

		List<SchoolInput> schools = List.of(
			school(1, "Гимназия").result(vpr(2023, 5, " математика ", 0, 2, 4, 4)).build(),
			school(2, "СОШ").result(vpr(2023, 5, MATH, 0, 7, 2, 1)).build());

		assertEquals(55.0, MunicipalMeans.of(schools).qualityRate(AssessmentType.VPR, 2023, 5, "МАТЕМАТИКА"), 1e-9);

		SchoolClassification classification = _identifier().classify(schools, 2023).get(1);

		assertEquals(groups(Group.LOW_RESULTS), classification.groups());

		Reason reason = classification.reasons(ReasonCode.LOW_QUALITY_GAP).get(0);

		assertEquals(25.0, reason.value(), 1e-9);
		assertEquals(List.of(30.0, 55.0), reason.extras());
	}

	@Test
	void qualityGapOfExactlyTwentyIsNotLow() {

		// Pooled (7 + 3) / 20 = 50%, school 30%: gap 20

		List<SchoolInput> schools = List.of(
			school(1, "Гимназия").result(vpr(2023, 5, MATH, 0, 3, 4, 3)).build(),
			school(2, "СОШ").result(vpr(2023, 5, MATH, 0, 7, 2, 1)).build());

		assertEquals(groups(Group.NONE), _identifier().classify(schools, 2023).get(1).groups());

		// Two results with the gap required: one is not enough

		List<SchoolInput> wider = List.of(
			school(1, "Гимназия").result(vpr(2023, 5, MATH, 0, 2, 4, 4)).build(),
			school(2, "СОШ").result(vpr(2023, 5, MATH, 0, 7, 2, 1)).build());

		assertEquals(
			groups(Group.NONE),
			new SchoolIdentifier(
				IdentificationRules.builder().lowGapResultsCount(2).build()
			).classify(wider, 2023).get(1).groups());
	}

	// Low results: federal list

	@Test
	void federalListMakesLowResults() {
		SchoolInput school = school(1, "СОШ").federal(2023).result(good(2023, 5, MATH)).build();

		SchoolClassification classification = _one(school, 2023);

		assertEquals(groups(Group.LOW_RESULTS), classification.groups());
		assertEquals(List.of(ReasonCode.FEDERAL_LIST), _codes(classification.reasons(Group.LOW_RESULTS)));
		assertEquals(
			List.of(List.of("", "", "", "", "", "", "high-results", "low-results")),
			_arguments(classification.reasons(ReasonCode.PRECEDENCE)));

		IdentificationRules rules = IdentificationRules.builder().federalListMeansLowResults(false).build();

		assertEquals(
			groups(Group.HIGH_RESULTS),
			new SchoolIdentifier(rules).classify(List.of(school), 2023).get(0).groups());
	}

	// Unfavourable conditions

	@Test
	void indexAtTheThresholdIsUnfavourable() {

		// Difficulties 40, 40, 40, 40: index exactly 60

		SchoolClassification classification = _one(
			school(1, "СОШ").result(vpr(2023, 5, MATH, 0, 6, 3, 1)).context(context(2023, 20.0, 30.0, 4.0, 20.0)).build(),
			2023);

		assertEquals(groups(Group.UNFAVOURABLE_CONDITIONS), classification.groups());
		assertEquals(60.0, classification.wellBeingIndex(), 1e-9);

		Reason reason = classification.reasons(Group.UNFAVOURABLE_CONDITIONS).get(0);

		assertEquals(ReasonCode.LOW_WELL_BEING_INDEX, reason.code());
		assertEquals(Comparison.LESS_OR_EQUAL, reason.comparison());
		assertEquals(60.0, reason.threshold());
		assertEquals(
			List.of("single-parent, both-parents-higher-education, deviant-registered, non-native-russian"),
			reason.extras());

		// Difficulties 39: index 61

		SchoolClassification better = _one(
			school(1, "СОШ").result(vpr(2023, 5, MATH, 0, 6, 3, 1)).context(context(2023, 19.5, 30.5, 3.9, 19.5)).build(),
			2023);

		assertEquals(61.0, better.wellBeingIndex(), 1e-9);
		assertEquals(groups(Group.NONE), better.groups());
	}

	@Test
	void schoolInTwoGroups() {

		// Seed 001, ООШ с. Арбузовка's context (with СЭК) and two results with 30% marks 2

		SchoolInput school = school(1, "МОУ «ООШ с. Арбузовка»").result(
			vpr(2023, 5, MATH, 3, 4, 2, 1), vpr(2023, 6, MATH, 3, 5, 2, 0)
		).context(saratovContext(2023, 23, 0, 5)).build();

		SchoolClassification classification = new SchoolIdentifier(
			Fixtures.withSek()
		).classify(List.of(school), 2023).get(0);

		assertEquals(groups(Group.LOW_RESULTS, Group.UNFAVOURABLE_CONDITIONS), classification.groups());
		assertEquals(Group.LOW_RESULTS, classification.resultGroup());
		assertEquals(100 - ((46.0 + 0.0 + (100 - (100 * 5 / 60.0))) / 3), classification.wellBeingIndex(), 1e-6);

		// Reasons of the groups in group order, then the notes

		List<ReasonCode> codes = _codes(classification.reasons());

		assertEquals(
			List.of(
				ReasonCode.LOW_SHARE_BELOW_THRESHOLD, ReasonCode.LOW_SHARE_BELOW_THRESHOLD,
				ReasonCode.LOW_SHARE_RESULTS_COUNT, ReasonCode.LOW_WELL_BEING_INDEX, ReasonCode.PRECEDENCE),
			codes);
		assertEquals(
			List.of("single-parent, non-native-russian, parent-higher-education"),
			classification.reasons(Group.UNFAVOURABLE_CONDITIONS).get(0).extras());
	}

	@Test
	void missingContextIsExplained() {
		SchoolClassification noContext = _one(school(1, "СОШ").result(good(2023, 5, MATH)).build(), 2023);

		assertNull(noContext.wellBeingIndex());
		assertFalse(noContext.has(Group.UNFAVOURABLE_CONDITIONS));
		assertEquals(
			List.of(
				"no-context", 0, 3,
				"single-parent, both-parents-higher-education, deviant-registered, non-native-russian"),
			noContext.reasons(ReasonCode.INDEX_UNKNOWN).get(0).extras());

		// Seed 001 reports no both-parents and deviant shares: 2 of 4 known

		SchoolClassification missingShares = _one(
			school(1, "СОШ").result(good(2023, 5, MATH)).context(saratovContext(2023, 23, 0, 5)).build(), 2023);

		assertNull(missingShares.wellBeingIndex());
		assertEquals(
			List.of("missing-shares", 2, 3, "both-parents-higher-education, deviant-registered"),
			missingShares.reasons(ReasonCode.INDEX_UNKNOWN).get(0).extras());
		assertTrue(missingShares.reasons(ReasonCode.INDEX_UNKNOWN).get(0).isNote());
	}

	@Test
	void contextOfAnotherYearIsNotUsed() {
		SchoolClassification classification = _one(
			school(1, "СОШ").result(good(2023, 5, MATH)).context(context(2022, 50.0, 0.0, 10.0, 50.0)).build(), 2023);

		assertNull(classification.wellBeingIndex());
		assertEquals(groups(Group.HIGH_RESULTS), classification.groups());
	}

	// Risk zone

	@Test
	void lowLastYearOnlyIsRiskZone() {

		// Seed 001: СОШ с. Ивановка was in «500+» in 2021 and is in the risk zone later

		SchoolInput school = school(1, "МОУ «СОШ с. Ивановка»").federal(2022).result(
			good(2022, 5, MATH), good(2023, 5, MATH)
		).build();

		SchoolClassification classification = _one(school, 2023);

		assertEquals(groups(Group.RISK_ZONE), classification.groups());

		Reason reason = classification.reasons(Group.RISK_ZONE).get(0);

		assertEquals(ReasonCode.RISK_LOW_PREVIOUS_YEAR, reason.code());
		assertEquals(List.of(2022), reason.extras());
		assertEquals(
			List.of(List.of("", "", "", "", "", "", "high-results", "risk-zone")),
			_arguments(classification.reasons(ReasonCode.PRECEDENCE)));

		// The previous year's low results were its own: LOW_RESULTS in 2022

		assertEquals(groups(Group.LOW_RESULTS), _one(school, 2022).groups());

		// Switched off, the school has high results

		IdentificationRules rules = IdentificationRules.builder().riskIfLowPreviousYear(false).build();

		assertEquals(
			groups(Group.HIGH_RESULTS), new SchoolIdentifier(rules).classify(List.of(school), 2023).get(0).groups());
	}

	@Test
	void lowInBothYearsIsLowNotRisk() {
		SchoolInput school = school(1, "СОШ").federal(2022).federal(2023).result(good(2023, 5, MATH)).build();

		SchoolClassification classification = _one(school, 2023);

		assertEquals(groups(Group.LOW_RESULTS), classification.groups());
		assertTrue(classification.reasons(ReasonCode.RISK_LOW_PREVIOUS_YEAR).isEmpty());
	}

	@Test
	void passRateDropOfTenPointsIsRisk() {

		// 100% to 90% in the same assessment, grade and subject

		SchoolInput school = school(1, "СОШ").result(
			vpr(2022, 5, MATH, 0, 4, 4, 2), vpr(2023, 5, MATH, 1, 3, 4, 2)
		).build();

		SchoolClassification classification = _one(school, 2023);

		assertEquals(groups(Group.RISK_ZONE), classification.groups());

		Reason reason = classification.reasons(Group.RISK_ZONE).get(0);

		assertEquals(ReasonCode.RISK_PASS_RATE_DROP, reason.code());
		assertEquals(10.0, reason.value(), 1e-9);
		assertEquals(List.of(100.0, 90.0), reason.extras());

		// 9.99 points is not enough

		SchoolInput smaller = school(1, "СОШ").result(
			ege(2022, MATH, 10, 70, 0), ege(2023, MATH, 10, 70, 9.99)
		).build();

		assertFalse(_one(smaller, 2023).has(Group.RISK_ZONE));
		assertEquals(groups(Group.HIGH_RESULTS), _one(smaller, 2023).groups());
	}

	@Test
	void qualityDropIsRisk() {

		// Seed 001: quality in ВПР mathematics grade 5 fell by 51 points at СОШ с. Ивановка;
		// here 60% to 40% (exactly 20 points) and 80% to 30% (50 points)

		SchoolInput school = school(1, "МОУ «СОШ с. Ивановка»").result(
			vpr(2022, 5, MATH, 0, 4, 4, 2), vpr(2023, 5, MATH, 0, 6, 3, 1), vpr(2022, 5, RUSSIAN, 0, 2, 6, 2),
			vpr(2023, 5, RUSSIAN, 0, 7, 2, 1)
		).build();

		SchoolClassification classification = _one(school, 2023);

		assertEquals(groups(Group.RISK_ZONE), classification.groups());

		List<Reason> reasons = classification.reasons(ReasonCode.RISK_QUALITY_RATE_DROP);

		assertEquals(2, reasons.size());
		assertEquals(20.0, reasons.get(0).value(), 1e-9);
		assertEquals(List.of(60.0, 40.0), reasons.get(0).extras());
		assertEquals(RUSSIAN, reasons.get(1).subject());
		assertEquals(50.0, reasons.get(1).value(), 1e-9);
		assertTrue(classification.reasons(ReasonCode.RISK_PASS_RATE_DROP).isEmpty());
	}

	@Test
	void dropsCompareOnlyComparableResults() {

		// Another grade, or a previous class too small to count

		SchoolInput school = school(1, "СОШ").result(
			vpr(2022, 6, MATH, 0, 2, 6, 2), vpr(2022, 5, RUSSIAN, 0, 0, 2, 2), vpr(2023, 5, MATH, 0, 7, 2, 1),
			vpr(2023, 5, RUSSIAN, 0, 7, 2, 1)
		).build();

		SchoolClassification classification = _one(school, 2023);

		assertEquals(groups(Group.NONE), classification.groups());
		assertTrue(classification.reasons(Group.RISK_ZONE).isEmpty());
	}

	// Failure prevention and high results

	@Test
	void passRateBelowNinetyIsFailurePrevention() {
		SchoolClassification classification = _one(
			school(1, "ООШ с. Клевенка").result(vpr(2023, 5, MATH, 2, 3, 3, 2), vpr(2023, 5, RUSSIAN, 1, 3, 3, 3)).build(),
			2023);

		assertEquals(groups(Group.FAILURE_PREVENTION), classification.groups());

		List<Reason> reasons = classification.reasons(Group.FAILURE_PREVENTION);

		// Only mathematics (80%); Russian at exactly 90% is not below

		assertEquals(1, reasons.size());
		assertEquals(MATH, reasons.get(0).subject());
		assertEquals(80.0, reasons.get(0).value(), 1e-9);
		assertEquals(Comparison.LESS, reasons.get(0).comparison());
		assertEquals(90.0, reasons.get(0).threshold());
	}

	@Test
	void highResultsAtTheBoundaries() {

		// Quality exactly 50%, marks 2 exactly 10%; the other result is better

		SchoolClassification classification = _one(
			school(1, "Гимназия").result(vpr(2023, 5, MATH, 1, 4, 3, 2), vpr(2023, 6, MATH, 0, 2, 5, 3)).build(), 2023);

		assertEquals(groups(Group.HIGH_RESULTS), classification.groups());

		List<Reason> reasons = classification.reasons(Group.HIGH_RESULTS);

		assertEquals(List.of(ReasonCode.HIGH_QUALITY_RATE, ReasonCode.HIGH_SHARE_BELOW_THRESHOLD), _codes(reasons));
		assertEquals(50.0, reasons.get(0).value(), 1e-9);
		assertEquals(5, reasons.get(0).grade());
		assertEquals(List.of(2), reasons.get(0).extras());
		assertEquals(10.0, reasons.get(1).value(), 1e-9);
		assertEquals(Comparison.LESS_OR_EQUAL, reasons.get(1).comparison());

		// Quality 40%: no longer high, and 90% pass is not failure prevention

		assertEquals(
			groups(Group.NONE),
			_one(school(1, "СОШ").result(vpr(2023, 5, MATH, 1, 5, 3, 1)).build(), 2023).groups());
	}

	@Test
	void highResultsNeedEveryResult() {

		// One weak result among strong ones: 20% marks 2

		SchoolClassification classification = _one(
			school(1, "СОШ").result(good(2023, 5, MATH), good(2023, 6, MATH), vpr(2023, 7, MATH, 2, 2, 4, 2)).build(),
			2023);

		assertFalse(classification.has(Group.HIGH_RESULTS));
		assertEquals(groups(Group.FAILURE_PREVENTION), classification.groups());
	}

	@Test
	void highResultsInTestPoints() {
		SchoolClassification atSixty = _one(school(1, "СОШ").result(ege(2023, MATH, 10, 60, 0)).build(), 2023);

		assertEquals(groups(Group.HIGH_RESULTS), atSixty.groups());
		assertEquals(
			List.of(ReasonCode.HIGH_MEAN_SCORE, ReasonCode.HIGH_SHARE_BELOW_THRESHOLD),
			_codes(atSixty.reasons(Group.HIGH_RESULTS)));

		assertEquals(
			groups(Group.NONE), _one(school(1, "СОШ").result(ege(2023, MATH, 10, 59.5, 0)).build(), 2023).groups());
	}

	@Test
	void testPointsWithoutAShareBelowTheThresholdStillCountForHighResults() {

		// ЕГЭ given as a mean score only: the share criterion applies to the other results

		ResultFigures meanOnly = new ResultFigures(
			AssessmentType.EGE, 2023, 11, MATH, 10, null, null, null, null, 74.0, null);

		SchoolClassification classification = _one(
			school(1, "Гимназия").result(good(2023, 5, MATH), meanOnly).build(), 2023);

		assertEquals(groups(Group.HIGH_RESULTS), classification.groups());
		assertEquals(
			List.of(ReasonCode.HIGH_QUALITY_RATE, ReasonCode.HIGH_MEAN_SCORE, ReasonCode.HIGH_SHARE_BELOW_THRESHOLD),
			_codes(classification.reasons(Group.HIGH_RESULTS)));

		// Mean score only and nothing else: high on the score, no share reason

		SchoolClassification egeOnly = _one(school(1, "СОШ").result(meanOnly).build(), 2023);

		assertEquals(groups(Group.HIGH_RESULTS), egeOnly.groups());
		assertEquals(List.of(ReasonCode.HIGH_MEAN_SCORE), _codes(egeOnly.reasons(Group.HIGH_RESULTS)));
	}

	@Test
	void biasedResultsAreNotHigh() {
		SchoolInput school = school(1, "Гимназия").biased(2023).result(good(2023, 5, MATH)).build();

		SchoolClassification classification = _one(school, 2023);

		assertEquals(groups(Group.NONE), classification.groups());
		assertEquals(List.of("high-results"), classification.reasons(ReasonCode.BIASED_RESULTS).get(0).extras());

		IdentificationRules rules = IdentificationRules.builder().highRequiresObjectiveResults(false).build();

		assertEquals(
			groups(Group.HIGH_RESULTS), new SchoolIdentifier(rules).classify(List.of(school), 2023).get(0).groups());
	}

	@Test
	void resilientSchool() {

		// High results with difficulties 50, 50, 50, 50 (index 50)

		SchoolClassification classification = _one(
			school(1, "СОШ").result(good(2023, 5, MATH)).context(context(2023, 25.0, 25.0, 5.0, 25.0)).build(), 2023);

		assertEquals(
			groups(Group.HIGH_RESULTS, Group.UNFAVOURABLE_CONDITIONS, Group.RESILIENT), classification.groups());

		Reason reason = classification.reasons(Group.RESILIENT).get(0);

		assertEquals(ReasonCode.RESILIENT_CONTEXT, reason.code());
		assertEquals(50.0, reason.value(), 1e-9);
		assertEquals(60.0, reason.threshold());

		// The same context with failing results is not resilient

		SchoolClassification failing = _one(
			school(1, "СОШ").result(vpr(2023, 5, MATH, 2, 4, 3, 1)).context(context(2023, 25.0, 25.0, 5.0, 25.0)).build(),
			2023);

		assertEquals(groups(Group.FAILURE_PREVENTION, Group.UNFAVOURABLE_CONDITIONS), failing.groups());
	}

	// Notes and input

	@Test
	void noDataIsNone() {
		SchoolClassification classification = _one(school(1, "СОШ").build(), 2023);

		assertEquals(groups(Group.NONE), classification.groups());
		assertEquals(Group.NONE, classification.resultGroup());
		assertEquals(
			List.of(ReasonCode.NO_RESULTS, ReasonCode.INDEX_UNKNOWN), _codes(classification.notes()));
	}

	@Test
	void invalidResultsAreIgnored() {

		// Marks add up to 9, participants say 10

		ResultFigures broken = new ResultFigures(AssessmentType.VPR, 2023, 5, MATH, 10, 5, 4, 0, 0, null, null);

		SchoolClassification classification = _one(school(1, "СОШ").result(broken, good(2023, 6, MATH)).build(), 2023);

		assertEquals(groups(Group.HIGH_RESULTS), classification.groups());
		assertEquals(
			List.of("marks:marks-sum-mismatch"), classification.reasons(ReasonCode.RESULT_INVALID).get(0).extras());
	}

	@Test
	void duplicateSchoolsAreRejected() {
		ValidationException exception = assertThrows(
			ValidationException.class,
			() -> _identifier().classify(List.of(school(7, "А").build(), school(7, "Б").build()), 2023));

		assertEquals("schools", exception.getViolations().get(0).field());
		assertEquals("duplicate-school-id", exception.getViolations().get(0).code());
		assertEquals(List.of(7L), exception.getViolations().get(0).arguments());
	}

	@Test
	void classifiesOneSchoolAmongOthers() {
		List<SchoolInput> schools = List.of(
			school(1, "Гимназия").result(ege(2023, RUSSIAN, 10, 70, 0)).build(),
			school(2, "СОШ").result(ege(2023, RUSSIAN, 10, 29, 0)).build());

		assertEquals(groups(Group.LOW_RESULTS), _identifier().classify(schools, 2, 2023).groups());
		assertThrows(IllegalArgumentException.class, () -> _identifier().classify(schools, 3, 2023));
	}

	private static List<List<Object>> _arguments(List<Reason> reasons) {
		return reasons.stream().map(Reason::arguments).collect(Collectors.toList());
	}

	private static List<ReasonCode> _codes(List<Reason> reasons) {
		return reasons.stream().map(Reason::code).collect(Collectors.toList());
	}

	private static SchoolIdentifier _identifier() {
		return new SchoolIdentifier(IdentificationRules.defaults());
	}

	private static SchoolClassification _one(SchoolInput school, int year) {
		return _identifier().classify(List.of(school), year).get(0);
	}

}
