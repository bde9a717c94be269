package ru.opora.schools.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class MessagesTest {

	@Test
	void everyKeyHasEnglishAndRussianText() throws Exception {
		Properties english = _load("/content/ImportMessages.properties");
		Properties russian = _load("/content/ImportMessages_ru.properties");

		for (String key : ImportMessages.allKeys()) {
			assertTrue(english.containsKey(key), key);
			assertTrue(russian.containsKey(key), key);
			assertNotEquals(english.getProperty(key), russian.getProperty(key), key);
		}

		assertEquals(english.keySet(), russian.keySet());
	}

	@Test
	void rendersReportLinesPerLocale() {
		RowError error = new RowError(
			SheetKind.RESULTS, "Результаты", 5, 5, "Участников", ImportMessages.NOT_A_NUMBER, List.of("пять"));

		assertEquals(
			"Результаты!F5: Участников: «пять» — не число.", new MessageFormatter(new Locale("ru")).format(error));
		assertEquals(
			"Результаты!F5: Участников: \"пять\" is not a number.", new MessageFormatter(Locale.ENGLISH).format(error));

		RowError range = new RowError(
			SheetKind.RESULTS, "Results", 7, 1, "Year", "opora-error-out-of-range", List.of(2000, 2100));

		assertEquals(
			"Results!B7: Year: The value must be between 2000 and 2100.",
			new MessageFormatter(Locale.ENGLISH).format(range));

		RowError sheet = new RowError(
			SheetKind.SCHOOLS, "Школы", 1, -1, null, ImportMessages.MISSING_COLUMNS, List.of("«Уровень» (Level)"));

		assertEquals(
			"Школы!1: Нет обязательных столбцов: «Уровень» (Level). Лист не загружен.",
			new MessageFormatter(new Locale("ru", "RU")).format(sheet));
	}

	@Test
	void unknownLocaleFallsBackToEnglishNotToTheJvmLocale() {
		Locale previous = Locale.getDefault();

		try {
			Locale.setDefault(new Locale("ru"));

			assertEquals(
				"The file is password-protected. Remove the password and upload it again.",
				new MessageFormatter(Locale.GERMAN).format(new ImportFileException(ImportMessages.PASSWORD_PROTECTED)));
		}
		finally {
			Locale.setDefault(previous);
		}
	}

	private static Properties _load(String name) throws Exception {
		Properties properties = new Properties();

		try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}

		return properties;
	}

}
