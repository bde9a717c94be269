package ru.opora.mentoring.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import ru.opora.domain.identification.Group;
import ru.opora.domain.mentoring.assignment.AssignmentKind;
import ru.opora.domain.mentoring.assignment.AssignmentStatus;
import ru.opora.domain.mentoring.assignment.SupportEventStatus;
import ru.opora.domain.mentoring.assignment.SupportEventType;
import ru.opora.domain.school.SchoolLevel;
import ru.opora.testing.LanguageFiles;

/** Every user-visible key is in English and in Russian, and every code the mentoring feature can show has its key. */
class LanguageFilesTest {

	@Test
	void englishAndRussianHaveTheSameKeys() throws IOException {
		assertEquals(
			LanguageFiles.load("content/Language.properties").stringPropertyNames(),
			LanguageFiles.load("content/Language_ru.properties").stringPropertyNames());
	}

	@Test
	void russianIsTranslated() throws IOException {
		Properties russian = LanguageFiles.load("content/Language_ru.properties");

		assertEquals("Наставничество", russian.getProperty("javax.portlet.title.ru_opora_mentoring_web_MentoringPortlet"));
		assertEquals("Школа-наставник", russian.getProperty("opora-mentoring-kind-mentor-school"));
		assertEquals("ШНОР", russian.getProperty("opora-group-low-results"));
	}

	@Test
	void everyDomainCodeHasAKey() throws IOException {
		Set<String> keys = LanguageFiles.load("content/Language.properties").stringPropertyNames();
		Set<String> missing = new TreeSet<>();

		for (AssignmentKind kind : AssignmentKind.values()) {
			LanguageFiles.require(keys, "opora-mentoring-kind-" + kind.code(), missing);
		}

		for (AssignmentStatus status : AssignmentStatus.values()) {
			LanguageFiles.require(keys, "opora-mentoring-status-" + status.code(), missing);
		}

		for (SupportEventType type : SupportEventType.values()) {
			LanguageFiles.require(keys, "opora-mentoring-event-type-" + type.code(), missing);
		}

		for (SupportEventStatus status : SupportEventStatus.values()) {
			LanguageFiles.require(keys, "opora-mentoring-event-status-" + status.code(), missing);
		}

		for (Group group : Group.values()) {
			LanguageFiles.require(keys, group.labelKey(), missing);
		}

		for (SchoolLevel schoolLevel : SchoolLevel.values()) {
			LanguageFiles.require(keys, "opora-level-" + schoolLevel.code(), missing);
		}

		// Cost components of the matching (MentorCostModel's javadoc and source)

		Matcher costKeys = Pattern.compile(
			"_component\\(\\s*\"([a-z-]+)\"|\"(opora-mentoring-[a-z-]+)\""
		).matcher(
			Files.readString(
				Path.of("../../core/opora-domain/src/main/java/ru/opora/domain/mentoring/MentorCostModel.java"))
		);

		while (costKeys.find()) {
			String key = (costKeys.group(1) != null) ? "opora-mentoring-cost-" + costKeys.group(1) : costKeys.group(2);

			// KEY_PREFIX itself is not a key

			if (!key.endsWith("-")) {
				LanguageFiles.require(keys, key, missing);
			}
		}

		// Violation codes and fields the domain, the services and this portlet use

		Pattern violation = Pattern.compile(
			"(?:add|require\\w*|of)\\((?:[^;]*?,\\s*)?\"([a-zA-Z0-9\\[\\].]+)\",\\s*\"([a-z0-9-]+)\"");

		for (Path dir : new Path[] {
				Path.of("../../core/opora-domain/src/main/java/ru/opora/domain/mentoring/assignment"),
				Path.of("../mentoring-service/src/main/java/ru/opora/mentoring/service/impl"),
				Path.of("src/main/java/ru/opora/mentoring/web/internal")}) {

			try (Stream<Path> files = Files.walk(dir)) {
				for (Path file : (Iterable<Path>)files.filter(path -> path.toString().endsWith(".java"))::iterator) {
					Matcher matcher = violation.matcher(Files.readString(file));

					while (matcher.find()) {
						LanguageFiles.require(keys, FormErrors.fieldLabelKey(matcher.group(1)), missing);
						LanguageFiles.require(keys, "opora-error-" + matcher.group(2), missing);
					}
				}
			}
		}

		for (String field : new String[] {"profiles[0].schoolId", "candidates[0].schoolId", "suggestions"}) {
			LanguageFiles.require(keys, FormErrors.fieldLabelKey(field), missing);
		}

		for (String code : new String[] {
				"required", "too-long", "not-a-date", "invalid-value", "invalid-id", "capacity-exceeded",
				"outside-assignment-period", "duplicate-supported-school", "not-applicable", "suggestion-changed"}) {

			LanguageFiles.require(keys, "opora-error-" + code, missing);
		}

		assertEquals(Set.of(), missing);
	}

	@Test
	void everyKeyTheJspsAndDisplayContextsUseExists() throws IOException {
		Set<String> keys = LanguageFiles.load("content/Language.properties").stringPropertyNames();
		Set<String> missing = new TreeSet<>();

		// CSS classes, not keys

		Set<String> cssClasses = Set.of(
			"opora-mentoring", "opora-mentoring-explanation", "opora-mentoring-filters", "opora-mentoring-help",
			"opora-mentoring-overdue", "opora-mentoring-tabs");

		Pattern usage = Pattern.compile("\"(opora-[a-z0-9-]+[a-z0-9])\"");

		for (Path dir : new Path[] {Path.of("src/main/resources/META-INF/resources"), Path.of("src/main/java")}) {
			try (Stream<Path> files = Files.walk(dir)) {
				for (Path file : (Iterable<Path>)files.filter(Files::isRegularFile)::iterator) {
					Matcher matcher = usage.matcher(Files.readString(file));

					while (matcher.find()) {
						String key = matcher.group(1);

						if (!cssClasses.contains(key) && !keys.contains(key)) {
							missing.add(key + " in " + file.getFileName());
						}
					}
				}
			}
		}

		assertEquals(Set.of(), missing);
	}

}
