package ru.opora.domain.identification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ru.opora.domain.school.SchoolData;
import ru.opora.domain.school.SchoolLevel;
import ru.opora.domain.school.SchoolStatus;
import ru.opora.domain.school.SettlementType;

class ReasonTest {

	@Test
	void resultReasonArgumentsAreFixedPositions() {
		Reason reason = Reason.ofResult(
			ReasonCode.FAILURE_PASS_RATE, Group.FAILURE_PREVENTION, Fixtures.vpr(2023, 5, Fixtures.MATH, 2, 3, 3, 2),
			80.0, Comparison.LESS, 90.0);

		assertEquals(List.of("vpr", 5, Fixtures.MATH, 80.0, "<", 90.0), reason.arguments());
		assertEquals("opora-identification-failure-pass-rate", reason.messageKey());
		assertFalse(reason.isNote());
		assertEquals("failure-pass-rate(2023 vpr 5 Математика: 80.0 < 90.0)", reason.toString());
	}

	@Test
	void noteHasEmptyFigureArguments() {
		Reason note = Reason.note(ReasonCode.PRECEDENCE, 2023, "risk-zone", "low-results");

		assertTrue(note.isNote());
		assertEquals(List.of("", "", "", "", "", "", "risk-zone", "low-results"), note.arguments());
		assertThrows(UnsupportedOperationException.class, () -> note.extras().add("x"));
	}

	@Test
	void equality() {
		assertEquals(
			Reason.ofSchool(ReasonCode.FEDERAL_LIST, Group.LOW_RESULTS, 2023, null, null, null),
			Reason.ofSchool(ReasonCode.FEDERAL_LIST, Group.LOW_RESULTS, 2023, null, null, null));
		assertNotEquals(
			Reason.ofSchool(ReasonCode.FEDERAL_LIST, Group.LOW_RESULTS, 2023, null, null, null),
			Reason.ofSchool(ReasonCode.FEDERAL_LIST, Group.LOW_RESULTS, 2022, null, null, null));
	}

	@Test
	void keysAreUniqueAndKebabCase() {
		Set<String> keys = Arrays.stream(ReasonCode.values()).map(ReasonCode::messageKey).collect(Collectors.toSet());

		assertEquals(ReasonCode.values().length, keys.size());
		assertTrue(keys.stream().allMatch(key -> key.matches("opora-identification-[a-z0-9-]+")));
		assertEquals("opora-group-unfavourable-conditions", Group.UNFAVOURABLE_CONDITIONS.labelKey());
		assertEquals(
			List.of(Group.LOW_RESULTS, Group.RISK_ZONE, Group.FAILURE_PREVENTION, Group.HIGH_RESULTS),
			Arrays.stream(Group.values()).filter(Group::isResultGroup).collect(Collectors.toList()));
	}

	@Test
	void comparisons() {
		assertTrue(Comparison.GREATER_OR_EQUAL.test(30, 30));
		assertFalse(Comparison.GREATER.test(20, 20));
		assertTrue(Comparison.LESS_OR_EQUAL.test(60, 60));
		assertFalse(Comparison.LESS.test(90, 90));
		assertTrue(Comparison.EQUAL.test(1, 1));
		assertFalse(Comparison.LESS.test(Double.NaN, 90));
		assertFalse(Comparison.GREATER_OR_EQUAL.test(Double.NaN, 0));
	}

	@Test
	void schoolInputFromSchoolData() {
		SchoolData data = new SchoolData(
			12, "МОУ «СОШ с. Бартеневка им. П.Е. Толстова»", null, null, SettlementType.RURAL, SchoolLevel.SECONDARY,
			true, 0, 18.0, null, null, null, null, SchoolStatus.ACTIVE);

		SchoolInput input = SchoolInput.of(
			data, List.of(2022), null, List.of(Fixtures.good(2023, 5, Fixtures.MATH)),
			List.of(Fixtures.saratovContext(2023, 22, 0.03, 19)));

		assertEquals(12, input.schoolId());
		assertEquals(18.0, input.distanceToCentreKm());
		assertTrue(input.isOnFederalList(2022));
		assertFalse(input.isBiased(2022));
		assertEquals(List.of(2022, 2023), List.copyOf(input.years()));
		assertEquals(1, input.results(2023).size());
		assertTrue(input.results(2022).isEmpty());
		assertTrue(input.outcome(2023).isEmpty());
		assertThrows(
			NullPointerException.class,
			() -> new SchoolInput(1, "x", null, null, null, null, null, Arrays.asList(Fixtures.good(2023, 5, "x"), null), null));
	}

}
