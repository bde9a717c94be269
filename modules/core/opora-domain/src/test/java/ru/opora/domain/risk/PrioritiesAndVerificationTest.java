package ru.opora.domain.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ru.opora.domain.risk.profile.FactorAssessment;
import ru.opora.domain.risk.profile.PrioritySelection;
import ru.opora.domain.risk.profile.ProfileCalculator;
import ru.opora.domain.risk.profile.Verification;
import ru.opora.domain.risk.profile.VerificationAction;
import ru.opora.domain.risk.profile.VerificationEntry;
import ru.opora.domain.validation.Violation;

class PrioritiesAndVerificationTest {

	@Test
	void atMostTheMaximumAndAtLeastOne() {
		Map<String, RiskLevel> levels = _levels(RiskLevel.HIGH, RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.MEDIUM);

		assertTrue(PrioritySelection.check(List.of("RF01", "RF02", "RF03"), levels, 3).isEmpty());
		assertEquals(
			List.of("risk-priority-too-many"),
			_codes(PrioritySelection.check(List.of("RF01", "RF02", "RF03", "RF04"), levels, 3).list()));
		assertTrue(PrioritySelection.check(List.of("RF01", "RF02", "RF03", "RF04"), levels, 4).isEmpty());
		assertEquals(List.of("risk-priority-none"), _codes(PrioritySelection.check(List.of(), levels, 3).list()));
		// a non-positive maximum falls back to the default 3
		assertEquals(
			List.of("risk-priority-too-many"),
			_codes(PrioritySelection.check(List.of("RF01", "RF02", "RF03", "RF04"), levels, 0).list()));
	}

	@Test
	void noneNotEnoughDataUnknownAndRepeatedFactorsAreRefused() {
		Map<String, RiskLevel> levels = _levels(RiskLevel.HIGH, RiskLevel.NONE, null);

		assertEquals(
			List.of(
				Violation.of("priority.RF02", "risk-priority-no-risk", "RF02"),
				Violation.of("priority.RF03", "risk-priority-not-enough-data", "RF03"),
				Violation.of("priority.RF09", "risk-factor-unknown", "RF09"),
				Violation.of("priority.RF01", "risk-code-duplicate", "RF01")),
			PrioritySelection.check(List.of("RF01", "RF02", "RF03", "RF09", "RF01"), levels, 5).list());
	}

	@Test
	void lowFactorOnlyWhenHighAndMediumDoNotFillTheMaximum() {
		Map<String, RiskLevel> fewCandidates = _levels(RiskLevel.HIGH, RiskLevel.LOW, RiskLevel.LOW);

		assertTrue(PrioritySelection.check(List.of("RF01", "RF02"), fewCandidates, 3).isEmpty());

		Map<String, RiskLevel> enough = _levels(RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.MEDIUM, RiskLevel.LOW);

		assertEquals(
			List.of(Violation.of("priority.RF04", "risk-priority-low-level", "RF04", 3)),
			PrioritySelection.check(List.of("RF01", "RF04"), enough, 3).list());
	}

	@Test
	void verificationNeedsACommentAndARealCorrection() {
		assertTrue(Verification.check(VerificationAction.CONFIRM, RiskLevel.HIGH, null, "Согласен").isEmpty());
		assertEquals(
			List.of("required"), _codes(Verification.check(VerificationAction.CONFIRM, RiskLevel.HIGH, null, " ").list()));
		assertEquals(
			List.of("risk-verify-nothing-to-confirm"),
			_codes(Verification.check(VerificationAction.CONFIRM, null, null, "x").list()));
		assertEquals(
			List.of("risk-verify-same-level"),
			_codes(Verification.check(VerificationAction.CORRECT, RiskLevel.LOW, RiskLevel.LOW, "x").list()));
		assertEquals(
			List.of("required"), _codes(Verification.check(VerificationAction.CORRECT, RiskLevel.LOW, null, "x").list()));
		// a curator may give a level to a factor without enough data
		assertTrue(Verification.check(VerificationAction.CORRECT, null, RiskLevel.MEDIUM, "По итогам визита").isEmpty());
		assertEquals(RiskLevel.MEDIUM, Verification.resultOf(VerificationAction.CORRECT, null, RiskLevel.MEDIUM));
		assertEquals(RiskLevel.LOW, Verification.resultOf(VerificationAction.CONFIRM, RiskLevel.LOW, RiskLevel.HIGH));
	}

	@Test
	void effectiveLevelsApplyTheHistoryInOrderOfTime() {
		List<FactorAssessment> computed = ProfileCalculator.calculate(Surveys.DICTIONARY, Surveys.complete(3));
		RiskLevel computedRf01 = computed.get(0).level();

		Instant t = Instant.parse("2024-03-01T10:00:00Z");

		List<VerificationEntry> history = List.of(
			new VerificationEntry("RF01", VerificationAction.CORRECT, RiskLevel.HIGH, RiskLevel.LOW, 7, t.plusSeconds(60), "второе"),
			new VerificationEntry("RF01", VerificationAction.CORRECT, computedRf01, RiskLevel.HIGH, 7, t, "первое"),
			new VerificationEntry("RF99", VerificationAction.CORRECT, null, RiskLevel.HIGH, 7, t, "чужой"));

		Map<String, RiskLevel> levels = Verification.effectiveLevels(computed, history);

		assertEquals(RiskLevel.LOW, levels.get("RF01"));
		assertEquals(computed.get(1).level(), levels.get("RF02"));
		assertFalse(levels.containsKey("RF99"));
		assertFalse(Verification.isComplete(computed, history));
	}

	private static List<String> _codes(List<Violation> violations) {
		return violations.stream().map(Violation::code).collect(Collectors.toList());
	}

	private static Map<String, RiskLevel> _levels(RiskLevel... levels) {
		Map<String, RiskLevel> map = new LinkedHashMap<>();

		for (int i = 0; i < levels.length; i++) {
			map.put(String.format("RF%02d", i + 1), levels[i]);
		}

		return map;
	}

}
