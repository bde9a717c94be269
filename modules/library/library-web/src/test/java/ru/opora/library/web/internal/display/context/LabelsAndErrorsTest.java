package ru.opora.library.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import ru.opora.domain.library.LibraryTags;
import ru.opora.domain.library.MaterialType;
import ru.opora.domain.library.SubjectAssociation;
import ru.opora.domain.validation.Violation;
import ru.opora.library.exception.MaterialValidationException;
import ru.opora.library.model.Material;

/**
 * The texts: every key in both languages, every code with its key, a
 * rejected field's message naming the field in Russian, the labels of codes.
 */
class LabelsAndErrorsTest {

	@Test
	void englishAndRussianHaveTheSameKeys() throws IOException {
		assertEquals(_load("content/Language.properties").stringPropertyNames(), _russian().stringPropertyNames());
	}

	@Test
	void everyCodeHasItsText() throws IOException {
		Set<String> keys = _russian().stringPropertyNames();
		Set<String> missing = new TreeSet<>();

		for (MaterialType type : MaterialType.values()) {
			_require(keys, "opora-library-type-" + type.code(), missing);
		}

		for (String code : LibraryTags.riskFactorCodes()) {
			_require(keys, "opora-library-rf-" + code.toLowerCase(Locale.ROOT), missing);
		}

		for (String status : List.of("approved", "pending", "denied", "draft", "expired", "inactive", "scheduled")) {
			_require(keys, "opora-library-workflow-" + status, missing);
		}

		for (String field : List.of("title", "description", "subject", "grades", "type", "risk-factors", "competences",
				"author-school", "file")) {

			_require(keys, "opora-library-field-" + field, missing);
		}

		for (String code : List.of("required", "too-long", "library-unknown-subject", "library-invalid-grades",
				"library-unknown-material-type", "library-invalid-risk-factor", "library-invalid-competence",
				"library-file-too-large", "library-no-region-site")) {

			_require(keys, "opora-error-" + code, missing);
		}

		assertTrue(missing.isEmpty(), "missing keys: " + missing);
	}

	@Test
	void aRejectedFieldIsNamedInTheUsersLanguage() throws IOException {
		List<FieldError> fieldErrors = FieldError.of(
			new MaterialValidationException(
				List.of(
					Violation.of("riskFactors", "library-invalid-risk-factor", "RF12"),
					Violation.of("authorSchool", "required"))),
			_translator());

		assertEquals("riskFactors", fieldErrors.get(0).getField());
		assertEquals("Факторы риска: «RF12» — не фактор риска (RF01 … RF11)", fieldErrors.get(0).getText());
		assertEquals("Школа автора: обязательное поле", fieldErrors.get(1).getText());
		assertTrue(FieldError.of(null, _translator()).isEmpty());
	}

	@Test
	void labelsOfCodes() throws IOException {
		Labels labels = new Labels(_translator(), SubjectAssociation.defaults());

		assertEquals("Математика", labels.subject("math"));
		assertEquals("unknown", labels.subject("unknown"));
		assertEquals("Конспект урока", labels.materialType("lesson-plan"));
		assertEquals("RF09 — Низкий уровень вовлеченности родителей", labels.riskFactor("rf09"));
		assertEquals(
			"5-7, 9", labels.grades(Material.builder().grades(List.of(5, 6, 7, 9)).build()));
		assertEquals(11, labels.gradeOptions(5).size());
		assertTrue(labels.gradeOptions(5).get(4).isSelected());
		assertEquals("5 класс", labels.gradeOptions(5).get(4).getLabel());
		assertTrue(labels.subjectOptions("russian").get(1).isSelected());
	}

	private static Properties _load(String name) throws IOException {
		Properties properties = new Properties();

		try (InputStream inputStream = LabelsAndErrorsTest.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(inputStream, StandardCharsets.UTF_8));
		}

		return properties;
	}

	private static void _require(Set<String> keys, String key, Set<String> missing) {
		if (!keys.contains(key)) {
			missing.add(key);
		}
	}

	private static Properties _russian() throws IOException {
		return _load("content/Language_ru.properties");
	}

	/** The Russian texts, formatted like LanguageUtil does. */
	private static Translator _translator() throws IOException {
		Properties russian = _russian();

		return new Translator() {

			@Override
			public String format(String key, Object... arguments) {
				String pattern = russian.getProperty(key, key);

				return new MessageFormat(pattern.replace("'", "''"), getLocale()).format(arguments);
			}

			@Override
			public Locale getLocale() {
				return new Locale("ru", "RU");
			}

		};
	}

}
