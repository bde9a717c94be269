package ru.opora.domain.mentoring.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import ru.opora.domain.validation.Violations;

class MaterialLinksTest {

	@Test
	void storedIdsRoundTripInTheirOrder() {
		assertEquals("34,12,56", MaterialLinks.format(List.of(34L, 12L, 56L)));
		assertEquals(List.of(34L, 12L, 56L), MaterialLinks.parse("34,12,56"));
		assertEquals("", MaterialLinks.format(List.of()));
		assertEquals(List.of(), MaterialLinks.parse(null));
		assertEquals(List.of(), MaterialLinks.parse("  "));
	}

	@Test
	void damagedStoredValuesKeepWhatIsAnId() {
		assertEquals(List.of(12L, 7L), MaterialLinks.parse(" 12, x, -3, 0, 12 ,7"));
	}

	@Test
	void chosenIdsAreKeptOnceInOrder() {
		Violations violations = new Violations();

		assertEquals(List.of(5L, 3L), MaterialLinks.check(new long[] {5, 3, 5}, violations));
		assertTrue(violations.isEmpty());
	}

	@Test
	void unknownIdsAndTooManyAreViolationsOfTheMaterialsField() {
		Violations violations = new Violations();

		MaterialLinks.check(new long[] {0, 4}, violations);

		assertEquals("materials", violations.list().get(0).field());
		assertEquals("unknown-material", violations.list().get(0).code());

		long[] many = new long[MaterialLinks.MAX + 1];

		for (int i = 0; i < many.length; i++) {
			many[i] = i + 1;
		}

		Violations tooMany = new Violations();

		assertEquals(MaterialLinks.MAX + 1, MaterialLinks.check(many, tooMany).size());
		assertEquals("too-many-materials", tooMany.list().get(0).code());
		assertEquals(List.of(MaterialLinks.MAX), tooMany.list().get(0).arguments());

		Violations exactly = new Violations();

		MaterialLinks.check(java.util.Arrays.copyOf(many, MaterialLinks.MAX), exactly);

		assertTrue(exactly.isEmpty());
	}

}
