package ru.opora.domain.identification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.opora.domain.identification.Fixtures.context;
import static ru.opora.domain.identification.Fixtures.saratovContext;

import java.util.List;

import org.junit.jupiter.api.Test;

class WellBeingIndexTest {

	@Test
	void fourSeed004SharesOnOneScale() {

		// 25% single-parent, 25% both parents with higher education (inverse),
		// 5% deviant-registered, 25% non-native: each half way to saturation

		WellBeingIndex index = WellBeingIndex.calculate(context(2023, 25.0, 25.0, 5.0, 25.0), _DEFAULTS);

		assertEquals(50.0, index.value(), 1e-9);
		assertEquals(
			List.of(
				WellBeingShare.SINGLE_PARENT, WellBeingShare.BOTH_PARENTS_HIGHER_EDUCATION,
				WellBeingShare.DEVIANT_REGISTERED, WellBeingShare.NON_NATIVE_RUSSIAN),
			index.usedShares());
		assertTrue(index.missingShares().isEmpty());
	}

	@Test
	void extremesAndSaturation() {
		assertEquals(100.0, WellBeingIndex.calculate(context(2023, 0.0, 100.0, 0.0, 0.0), _DEFAULTS).value(), 1e-9);
		assertEquals(0.0, WellBeingIndex.calculate(context(2023, 100.0, 0.0, 100.0, 100.0), _DEFAULTS).value(), 1e-9);

		// Shares above saturation count as full difficulty: 20% deviant = 10% deviant

		assertEquals(
			WellBeingIndex.calculate(context(2023, 10.0, 20.0, 10.0, 0.0), _DEFAULTS).value(),
			WellBeingIndex.calculate(context(2023, 10.0, 20.0, 20.0, 0.0), _DEFAULTS).value(), 1e-9);

		// Both parents with higher education beyond 50% add no more well-being

		assertEquals(
			WellBeingIndex.calculate(context(2023, 10.0, 50.0, 1.0, 0.0), _DEFAULTS).value(),
			WellBeingIndex.calculate(context(2023, 10.0, 80.0, 1.0, 0.0), _DEFAULTS).value(), 1e-9);
	}

	@Test
	void inverseShareRaisesTheIndex() {
		double few = WellBeingIndex.calculate(context(2023, 20.0, 10.0, 2.0, 5.0), _DEFAULTS).value();
		double many = WellBeingIndex.calculate(context(2023, 20.0, 40.0, 2.0, 5.0), _DEFAULTS).value();

		// 30 more points of both-parent higher education: difficulty falls by 60 of 4 shares

		assertEquals(60.0 / 4, many - few, 1e-9);
	}

	@Test
	void threeOfFourSharesAreEnough() {
		WellBeingIndex index = WellBeingIndex.calculate(context(2023, 30.0, null, 4.0, 10.0), _DEFAULTS);

		// Difficulties 60, 40, 20

		assertEquals(100 - ((60.0 + 40.0 + 20.0) / 3), index.value(), 1e-9);
		assertEquals(List.of(WellBeingShare.BOTH_PARENTS_HIGHER_EDUCATION), index.missingShares());
	}

	@Test
	void twoOfFourSharesAreUnknown() {
		WellBeingIndex index = WellBeingIndex.calculate(context(2023, 30.0, null, null, 10.0), _DEFAULTS);

		assertFalse(index.isKnown());
		assertNull(index.value());
		assertTrue(index.hasContext());
		assertEquals(
			List.of(WellBeingShare.BOTH_PARENTS_HIGHER_EDUCATION, WellBeingShare.DEVIANT_REGISTERED),
			index.missingShares());
	}

	@Test
	void noContextIsUnknown() {
		WellBeingIndex index = WellBeingIndex.calculate(null, _DEFAULTS);

		assertFalse(index.isKnown());
		assertFalse(index.hasContext());
		assertEquals(5 - 1, index.missingShares().size());
	}

	@Test
	void saratovSharesNeedTheSekShare() {

		// Seed 001, ООШ с. Арбузовка: 23% single-parent, 0% other home language, СЭК 5%

		assertFalse(WellBeingIndex.calculate(saratovContext(2023, 23, 0, 5), _DEFAULTS).isKnown());

		WellBeingIndex index = WellBeingIndex.calculate(saratovContext(2023, 23, 0, 5), Fixtures.withSek());

		assertEquals(100 - ((46.0 + 0.0 + (100 - (100 * 5 / 60.0))) / 3), index.value(), 1e-9);
		assertTrue(index.value() < 60);

		// Seed 001, Гимназия с. Ивантеевка: 18%, 0.08%, СЭК 32%

		double gymnasium = WellBeingIndex.calculate(saratovContext(2023, 18, 0.08, 32), Fixtures.withSek()).value();

		assertEquals(100 - ((36.0 + 0.16 + (100 - (100 * 32 / 60.0))) / 3), gymnasium, 1e-9);
		assertTrue(gymnasium > 60);
	}

	@Test
	void weightsCount() {
		IdentificationRules rules = _DEFAULTS.toBuilder().wellBeingWeight(WellBeingShare.SINGLE_PARENT, 3).build();

		// Difficulties 60 (weight 3), 50, 50, 0

		assertEquals(
			100 - (((3 * 60.0) + 50 + 50 + 0) / 6),
			WellBeingIndex.calculate(context(2023, 30.0, 25.0, 5.0, 0.0), rules).value(), 1e-9);
	}

	private static final IdentificationRules _DEFAULTS = IdentificationRules.defaults();

}
