package ru.opora.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class LanguageFilesTest {

	@Test
	void readsUtf8() throws IOException {
		assertEquals("Опора", LanguageFiles.load("content/Language_ru.properties").getProperty("opora-name"));
	}

	@Test
	void aMissingFileIsAnError() {
		assertThrows(IOException.class, () -> LanguageFiles.load("content/Missing.properties"));
	}

	@Test
	void onlyAbsentKeysAreMissing() {
		Set<String> missing = new TreeSet<>();

		LanguageFiles.require(Set.of("a", "b"), "a", missing);
		LanguageFiles.require(Set.of("a", "b"), "c", missing);

		assertEquals(Set.of("c"), missing);
	}

}
