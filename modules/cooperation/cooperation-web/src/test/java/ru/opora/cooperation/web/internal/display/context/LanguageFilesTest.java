package ru.opora.cooperation.web.internal.display.context;

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

import ru.opora.domain.cooperation.AgreementKind;
import ru.opora.domain.cooperation.AgreementStatus;
import ru.opora.domain.cooperation.Attention;
import ru.opora.domain.cooperation.ProgrammeKind;
import ru.opora.domain.cooperation.ResourceType;
import ru.opora.domain.identification.Group;
import ru.opora.testing.LanguageFiles;

/** Every key the portlet shows is in English and in Russian, and every code it can show has its key. */
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

		assertEquals(
			"Сетевое взаимодействие",
			russian.getProperty("javax.portlet.title.ru_opora_cooperation_web_CooperationPortlet"));
		assertEquals("Лаборатория «Точки роста»", russian.getProperty("opora-resource-type-growth-point-lab"));
		assertEquals("ШНОР", russian.getProperty("opora-group-low-results"));
	}

	@Test
	void everyCodeAndViolationHasAKey() throws IOException {
		Set<String> keys = LanguageFiles.load("content/Language.properties").stringPropertyNames();
		Set<String> missing = new TreeSet<>();

		for (AgreementKind kind : AgreementKind.values()) {
			LanguageFiles.require(keys, kind.labelKey(), missing);
		}

		for (AgreementStatus status : AgreementStatus.values()) {
			LanguageFiles.require(keys, status.labelKey(), missing);
		}

		for (ProgrammeKind kind : ProgrammeKind.values()) {
			LanguageFiles.require(keys, kind.labelKey(), missing);
		}

		for (ResourceType type : ResourceType.values()) {
			LanguageFiles.require(keys, type.labelKey(), missing);
		}

		for (Attention.Reason reason : Attention.Reason.values()) {
			LanguageFiles.require(keys, reason.labelKey(), missing);
		}

		for (Group group : Group.values()) {
			LanguageFiles.require(keys, group.labelKey(), missing);
		}

		// History steps (CooperationHistorySteps)

		Matcher steps = Pattern.compile(
			"String [A-Z_]+ = \"([a-z-]+)\""
		).matcher(
			Files.readString(
				Path.of(
					"../cooperation-api/src/main/java/ru/opora/cooperation/constants/CooperationHistorySteps.java"))
		);

		while (steps.find()) {
			LanguageFiles.require(keys, "opora-cooperation-step-" + steps.group(1), missing);
		}

		// Violation codes and fields the domain, the service and this portlet use

		Pattern violation = Pattern.compile(
			"(?:add|require\\w*|of)\\((?:[^;]*?,\\s*)?\"([a-zA-Z0-9\\[\\].]+)\",\\s*\"([a-z0-9-]+)\"");

		for (Path dir : new Path[] {
				Path.of("../../core/opora-domain/src/main/java/ru/opora/domain/cooperation"),
				Path.of("../cooperation-service/src/main/java/ru/opora/cooperation/service/impl"),
				Path.of("src/main/java/ru/opora/cooperation/web/internal")}) {

			try (Stream<Path> files = Files.walk(dir)) {
				for (Path file : (Iterable<Path>)files.filter(path -> path.toString().endsWith(".java"))::iterator) {
					Matcher matcher = violation.matcher(Files.readString(file));

					while (matcher.find()) {
						LanguageFiles.require(keys, Labels.fieldLabelKey(matcher.group(1)), missing);
						LanguageFiles.require(keys, "opora-error-" + matcher.group(2), missing);
					}
				}
			}
		}

		// Fields the domain builds with a prefix

		for (String field : new String[] {
				"fullName", "legalForm", "address", "inn", "ogrn", "headName", "headPosition", "authorityBasis",
				"deliveringParty", "modules", "description", "schedule", "type", "party", "hours", "pupils", "grades",
				"name", "startDate", "endDate", "kind", "statusReason", "prolongationMonths", "programmes",
				"parties", "approvals", "status"}) {

			LanguageFiles.require(keys, Labels.fieldLabelKey(field), missing);
		}

		assertEquals(Set.of(), missing);
	}

	@Test
	void everyKeyTheJspsAndJavaUseExists() throws IOException {
		Set<String> keys = LanguageFiles.load("content/Language.properties").stringPropertyNames();
		Set<String> missing = new TreeSet<>();

		// CSS classes, a session message key and key prefixes, not keys

		Set<String> notKeys = Set.of(
			"opora-cooperation", "opora-cooperation-section", "opora-cooperation-share", "opora-cooperation-tabs",
			"opora-cooperation-weak", "opora-cooperation-weak-without", "opora-cooperation-requisites",
			"opora-cooperation-success", "opora-cooperation-step-", "opora-field-",
			"opora-cooperation-agreements.xlsx");

		Pattern key = Pattern.compile("[\"']((?:opora|javax)[a-z0-9.-]*)[\"']");

		for (Path dir : new Path[] {Path.of("src/main/resources/META-INF/resources"), Path.of("src/main/java")}) {
			try (Stream<Path> files = Files.walk(dir)) {
				for (Path file : (Iterable<Path>)files.filter(Files::isRegularFile)::iterator) {
					Matcher matcher = key.matcher(Files.readString(file));

					while (matcher.find()) {
						String name = matcher.group(1);

						if (!notKeys.contains(name) && name.startsWith("opora-")) {
							LanguageFiles.require(keys, name, missing);
						}
					}
				}
			}
		}

		assertEquals(Set.of(), missing);
	}

}
