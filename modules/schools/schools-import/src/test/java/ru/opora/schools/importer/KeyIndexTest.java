package ru.opora.schools.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KeyIndexTest {

	@Test
	void remembersTheFirstRowOfEachKeyAcrossGrowth() {
		KeyIndex index = new KeyIndex();

		for (int i = 0; i < 200_000; i++) {
			assertEquals(-1, index.putIfAbsent("sch" + (i % 1000) + "|2024|vpr|5|subject " + (i / 1000), i + 2));
		}

		assertEquals(200_000, index.size());

		for (int i = 0; i < 200_000; i += 997) {
			assertEquals(i + 2, index.putIfAbsent("sch" + (i % 1000) + "|2024|vpr|5|subject " + (i / 1000), 0));
		}

		assertEquals(200_000, index.size());
	}

}
