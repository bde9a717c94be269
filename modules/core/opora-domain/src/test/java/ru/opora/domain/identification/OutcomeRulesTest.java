package ru.opora.domain.identification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.opora.domain.identification.Fixtures.MATH;
import static ru.opora.domain.identification.Fixtures.good;
import static ru.opora.domain.identification.Fixtures.groups;
import static ru.opora.domain.identification.Fixtures.school;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Seed 003 (Dagestan): continuation to grade 10 and olympiad participation. */
class OutcomeRulesTest {

	@Test
	void lessThanSixtyPercentContinuingIsLow() {
		SchoolClassification classification = _classify(
			IdentificationRules.defaults(), school(1, "СОШ").result(good(2023, 5, MATH)).outcome(2023, 59.9, null).build());

		assertEquals(groups(Group.LOW_RESULTS), classification.groups());

		Reason reason = classification.reasons(Group.LOW_RESULTS).get(0);

		assertEquals(ReasonCode.LOW_CONTINUATION, reason.code());
		assertEquals(59.9, reason.value());
		assertEquals(Comparison.LESS, reason.comparison());
		assertEquals(60.0, reason.threshold());
	}

	@Test
	void exactlySixtyPercentIsNotLow() {
		SchoolClassification classification = _classify(
			IdentificationRules.defaults(), school(1, "СОШ").result(good(2023, 5, MATH)).outcome(2023, 60.0, 0.0).build());

		assertEquals(groups(Group.HIGH_RESULTS), classification.groups());
	}

	@Test
	void continuationRuleCanBeSwitchedOff() {
		SchoolInput school = school(1, "СОШ").result(good(2023, 5, MATH)).outcome(2023, 10.0, null).build();

		assertEquals(
			groups(Group.HIGH_RESULTS),
			_classify(IdentificationRules.builder().lowContinuationShare(0).build(), school).groups());
	}

	@Test
	void olympiadShareIsOffByDefault() {
		SchoolInput school = school(1, "СОШ").result(good(2023, 5, MATH)).outcome(2023, null, 0.5).build();

		assertEquals(groups(Group.HIGH_RESULTS), _classify(IdentificationRules.defaults(), school).groups());

		IdentificationRules rules = IdentificationRules.builder().lowByOlympiadShare(true).build();

		SchoolClassification classification = _classify(rules, school);

		assertEquals(groups(Group.LOW_RESULTS), classification.groups());
		assertEquals(0.5, classification.reasons(ReasonCode.LOW_OLYMPIAD_SHARE).get(0).value());
		assertEquals(Comparison.LESS_OR_EQUAL, classification.reasons(ReasonCode.LOW_OLYMPIAD_SHARE).get(0).comparison());

		SchoolInput more = school(1, "СОШ").result(good(2023, 5, MATH)).outcome(2023, null, 0.6).build();

		assertEquals(groups(Group.HIGH_RESULTS), _classify(rules, more).groups());
	}

	@Test
	void outcomesOfTheYearOnlyAndInvalidOnesIgnored() {
		SchoolInput lastYear = school(1, "СОШ").result(good(2023, 5, MATH)).outcome(2022, 10.0, null).build();

		SchoolClassification classification = _classify(IdentificationRules.defaults(), lastYear);

		// 2022's low continuation makes 2023 a risk-zone year, not a low one

		assertFalse(classification.has(Group.LOW_RESULTS));
		assertEquals(groups(Group.RISK_ZONE), classification.groups());

		SchoolInput invalid = school(1, "СОШ").result(good(2023, 5, MATH)).outcome(2023, 120.0, null).build();

		SchoolClassification ignored = _classify(IdentificationRules.defaults(), invalid);

		assertEquals(groups(Group.HIGH_RESULTS), ignored.groups());
		assertEquals(
			List.of("shareContinuingToGrade10:out-of-range"), ignored.reasons(ReasonCode.OUTCOME_INVALID).get(0).extras());
	}

	@Test
	void outcomeYearsAreHistoryYears() {
		SchoolInput school = school(1, "СОШ").outcome(2021, 50.0, null).build();

		IdentificationHistory history = new SchoolIdentifier(IdentificationRules.defaults()).history(List.of(school));

		assertTrue(history.classification(1, 2021).get().has(Group.LOW_RESULTS));
	}

	@Test
	void rulesAreValidated() {
		assertEquals(
			List.of("lowContinuationShare", "lowOlympiadShare"),
			_fields(IdentificationRules.defaults().toBuilder().lowContinuationShare(-1).lowOlympiadShare(101)));
		assertEquals(List.of(), _fields(IdentificationRules.defaults().toBuilder().lowOlympiadShare(0)));
	}

	private static SchoolClassification _classify(IdentificationRules rules, SchoolInput school) {
		return new SchoolIdentifier(rules).classify(List.of(school), 2023).get(0);
	}

	private static List<String> _fields(IdentificationRules.Builder builder) {
		try {
			builder.build();

			return List.of();
		}
		catch (ru.opora.domain.validation.ValidationException exception) {
			return exception.getViolations().stream().map(violation -> violation.field()).toList();
		}
	}

}
