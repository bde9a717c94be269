package ru.opora.domain.identification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ru.opora.domain.validation.ValidationException;
import ru.opora.domain.validation.Violation;

class IdentificationRulesTest {

	@Test
	void defaultsAreValidAndFromTheSeeds() {
		IdentificationRules rules = IdentificationRules.defaults();

		assertTrue(rules.validate().isEmpty(), rules.validate().list().toString());

		// Seed 003: "расхождение ... более 20 баллов"

		assertEquals(20.0, rules.lowScoreGapPoints());
		assertEquals(20.0, rules.lowQualityGapPoints());
		assertEquals(30.0, rules.lowShareBelowThreshold());
		assertEquals(2, rules.lowShareResultsCount());
		assertEquals(1, rules.lowGapResultsCount());
		assertEquals(5, rules.minParticipants());
		assertEquals(60.0, rules.wellBeingThreshold());
		assertEquals(3, rules.wellBeingMinShares());
		assertEquals(10.0, rules.riskPassRateDropPoints());
		assertEquals(20.0, rules.riskQualityRateDropPoints());
		assertEquals(90.0, rules.failurePassRate());
		assertEquals(50.0, rules.highQualityRate());
		assertEquals(10.0, rules.highMaxShareBelowThreshold());
		assertTrue(rules.federalListMeansLowResults());
		assertTrue(rules.riskIfLowPreviousYear());
		assertTrue(rules.highRequiresObjectiveResults());

		// Seed 004's four shares count, СЭК (seed 001) is off

		assertEquals(1.0, rules.wellBeingWeight(WellBeingShare.SINGLE_PARENT));
		assertEquals(1.0, rules.wellBeingWeight(WellBeingShare.BOTH_PARENTS_HIGHER_EDUCATION));
		assertEquals(1.0, rules.wellBeingWeight(WellBeingShare.DEVIANT_REGISTERED));
		assertEquals(1.0, rules.wellBeingWeight(WellBeingShare.NON_NATIVE_RUSSIAN));
		assertEquals(0.0, rules.wellBeingWeight(WellBeingShare.PARENT_HIGHER_EDUCATION));
		assertEquals(10.0, rules.wellBeingSaturation(WellBeingShare.DEVIANT_REGISTERED));
	}

	@Test
	void builderCopiesAndLeavesTheOriginalAlone() {
		IdentificationRules rules = IdentificationRules.defaults().toBuilder().lowScoreGapPoints(15).minParticipants(
			3
		).wellBeingWeight(
			WellBeingShare.PARENT_HIGHER_EDUCATION, 2
		).build();

		assertEquals(15.0, rules.lowScoreGapPoints());
		assertEquals(3, rules.minParticipants());
		assertEquals(2.0, rules.wellBeingWeight(WellBeingShare.PARENT_HIGHER_EDUCATION));
		assertEquals(20.0, IdentificationRules.defaults().lowScoreGapPoints());
		assertEquals(0.0, IdentificationRules.defaults().wellBeingWeight(WellBeingShare.PARENT_HIGHER_EDUCATION));
		assertNotEquals(IdentificationRules.defaults(), rules);
		assertEquals(IdentificationRules.defaults(), IdentificationRules.defaults().toBuilder().build());
		assertEquals(IdentificationRules.defaults().hashCode(), IdentificationRules.builder().build().hashCode());
	}

	@Test
	void weightsMapIsReadOnly() {
		assertThrows(
			UnsupportedOperationException.class,
			() -> IdentificationRules.defaults().wellBeingWeights().put(WellBeingShare.SINGLE_PARENT, 5.0));
	}

	@Test
	void reportsEveryBrokenThreshold() {
		ValidationException exception = assertThrows(
			ValidationException.class,
			() -> IdentificationRules.builder().failurePassRate(101).highQualityRate(-1).lowShareBelowThreshold(
				Double.NaN
			).lowShareResultsCount(0).lowGapResultsCount(0).minParticipants(0).riskPassRateDropPoints(
				0
			).wellBeingThreshold(100.5).build());

		assertEquals(
			List.of(
				"failurePassRate:out-of-range", "highQualityRate:out-of-range", "lowShareBelowThreshold:out-of-range",
				"wellBeingThreshold:out-of-range", "lowGapResultsCount:at-least", "lowShareResultsCount:at-least",
				"minParticipants:at-least", "riskPassRateDropPoints:positive"),
			_codes(exception.getViolations()));
	}

	@Test
	void boundaryValuesAreAccepted() {
		IdentificationRules rules = IdentificationRules.builder().failurePassRate(100).highQualityRate(0).minParticipants(
			1
		).lowShareResultsCount(1).riskPassRateDropPoints(100).wellBeingThreshold(0).wellBeingMinShares(4).build();

		assertEquals(100.0, rules.failurePassRate());
		assertEquals(4, rules.wellBeingMinShares());
	}

	@Test
	void wellBeingWeightsAndSaturations() {
		ValidationException exception = assertThrows(
			ValidationException.class,
			() -> IdentificationRules.builder().wellBeingWeight(WellBeingShare.SINGLE_PARENT, -1).wellBeingSaturation(
				WellBeingShare.DEVIANT_REGISTERED, 0
			).build());

		// With single-parent out, three weighted shares remain: the minimum of 3 still fits

		assertEquals(
			List.of("wellBeingWeight.single-parent:not-negative", "wellBeingSaturation.deviant-registered:out-of-range"),
			_codes(exception.getViolations()));
	}

	@Test
	void minSharesCannotExceedTheWeightedShares() {

		// Only two shares weighted: an index from 3 shares is impossible

		IdentificationRules.Builder builder = IdentificationRules.builder().wellBeingWeight(
			WellBeingShare.SINGLE_PARENT, 0
		).wellBeingWeight(WellBeingShare.DEVIANT_REGISTERED, 0);

		ValidationException exception = assertThrows(ValidationException.class, builder::build);

		assertEquals(List.of("wellBeingMinShares:out-of-range"), _codes(exception.getViolations()));
		assertEquals(List.of(1, 2), exception.getViolations().get(0).arguments());

		assertEquals(2, builder.wellBeingMinShares(2).build().wellBeingMinShares());
		assertThrows(ValidationException.class, () -> IdentificationRules.builder().wellBeingMinShares(0).build());
	}

	private static List<String> _codes(List<Violation> violations) {
		return violations.stream().map(
			violation -> violation.field() + ":" + violation.code()
		).collect(Collectors.toList());
	}

}
