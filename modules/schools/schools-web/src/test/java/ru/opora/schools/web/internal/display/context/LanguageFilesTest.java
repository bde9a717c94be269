package ru.opora.schools.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import ru.opora.domain.identification.ReasonCode;
import ru.opora.domain.identification.WellBeingShare;
import ru.opora.domain.school.AssessmentType;
import ru.opora.domain.school.SchoolLevel;
import ru.opora.domain.school.SchoolStatus;
import ru.opora.domain.school.SettlementType;

import ru.opora.schools.importer.ImportMode;
import ru.opora.schools.importer.SheetKind;
import ru.opora.schools.web.internal.util.ImportModes;
import ru.opora.testing.LanguageFiles;

/** Every user-visible key is in English and in Russian, and every code the domain can show has its key. */
class LanguageFilesTest {

	@Test
	void englishAndRussianHaveTheSameKeys() throws IOException {
		assertEquals(LanguageFiles.load("content/Language.properties").stringPropertyNames(),
			LanguageFiles.load("content/Language_ru.properties").stringPropertyNames());
	}

	@Test
	void russianIsTranslated() throws IOException {
		Properties russian = LanguageFiles.load("content/Language_ru.properties");

		assertTrue(russian.getProperty("opora-group-low-results").equals("ШНОР"));
		assertTrue(russian.getProperty("javax.portlet.title.ru_opora_schools_web_SchoolsPortlet").equals("Школы"));
	}

	@Test
	void everyDomainCodeHasAKey() throws IOException {
		Set<String> keys = LanguageFiles.load("content/Language.properties").stringPropertyNames();
		Set<String> missing = new TreeSet<>();

		for (ReasonCode reasonCode : ReasonCode.values()) {
			LanguageFiles.require(keys, reasonCode.messageKey(), missing);
		}

		for (Group group : Group.values()) {
			LanguageFiles.require(keys, group.labelKey(), missing);
		}

		for (AssessmentType assessmentType : AssessmentType.values()) {
			LanguageFiles.require(keys, "opora-assessment-" + assessmentType.code(), missing);
		}

		for (SchoolLevel schoolLevel : SchoolLevel.values()) {
			LanguageFiles.require(keys, "opora-level-" + schoolLevel.code(), missing);
		}

		for (SettlementType settlementType : SettlementType.values()) {
			LanguageFiles.require(keys, "opora-settlement-" + settlementType.code(), missing);
		}

		for (SchoolStatus schoolStatus : SchoolStatus.values()) {
			LanguageFiles.require(keys, "opora-status-" + schoolStatus.code(), missing);
		}

		for (WellBeingShare wellBeingShare : WellBeingShare.values()) {
			LanguageFiles.require(keys, "opora-share-" + wellBeingShare.code(), missing);
		}

		// Violation codes and fields the domain and the services use

		Pattern violation = Pattern.compile("(?:add|require\\w*)\\((?:[^;]*?,\\s*)?\"([a-zA-Z0-9]+)\",\\s*\"([a-z0-9-]+)\"");

		for (Path dir : new Path[] {
				Path.of("../../core/opora-domain/src/main/java/ru/opora/domain/school"),
				Path.of("../schools-service/src/main/java/ru/opora/schools/service/impl"),
				Path.of("src/main/java/ru/opora/schools/web/internal/util")}) {

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

		for (String code : new String[] {"required", "too-long", "not-a-number", "not-a-whole-number", "invalid-value"}) {
			LanguageFiles.require(keys, "opora-error-" + code, missing);
		}

		assertEquals(Set.of(), missing);
	}

	@Test
	void everyKeyBuiltAtRunTimeExists() throws IOException {
		Set<String> keys = LanguageFiles.load("content/Language.properties").stringPropertyNames();
		Set<String> missing = new TreeSet<>();

		for (RuleField ruleField : RuleField.all()) {
			LanguageFiles.require(keys, ruleField.getLabelKey(), missing);
			LanguageFiles.require(keys, ruleField.getSectionKey(), missing);
		}

		for (ImportMode importMode : ImportModes.OFFERED) {
			LanguageFiles.require(keys, ImportModes.labelKey(importMode), missing);
			LanguageFiles.require(keys, ImportModes.helpKey(importMode), missing);
		}

		for (SheetKind sheetKind : SheetKind.values()) {
			LanguageFiles.require(keys, "opora-import-sheet-" + sheetKind.name().toLowerCase(), missing);
		}

		// Violation codes of the identification rules: the lower-case literals of violations.add/require

		Pattern code = Pattern.compile("\"([a-z]+(?:-[a-z]+)*)\"");

		for (String line : Files.readAllLines(
				Path.of(
					"../../core/opora-domain/src/main/java/ru/opora/domain/identification/IdentificationRules.java"))) {

			if (!line.contains("violations.add(") && !line.contains("violations.require(")) {
				continue;
			}

			Matcher matcher = code.matcher(line);

			while (matcher.find()) {
				LanguageFiles.require(keys, "opora-error-" + matcher.group(1), missing);
			}
		}

		assertEquals(Set.of(), missing);
	}

	@Test
	void everyKeyTheJspsAndDisplayContextsUseExists() throws IOException {
		Set<String> keys = LanguageFiles.load("content/Language.properties").stringPropertyNames();
		Set<String> missing = new TreeSet<>();
		// In JSPs the attributes that take a language key; in Java every "opora-..." string literal

		Pattern jspUsage = Pattern.compile(
			"(?:key|label|message|value|placeholder|confirmation|helpMessage)=\"(opora-[a-z0-9-]+)\"");
		Pattern javaUsage = Pattern.compile("\"(opora-[a-z0-9-]+[a-z0-9])\"");

		for (Path dir : new Path[] {Path.of("src/main/resources/META-INF/resources"), Path.of("src/main/java")}) {
			try (Stream<Path> files = Files.walk(dir)) {
				for (Path file : (Iterable<Path>)files.filter(Files::isRegularFile)::iterator) {
					Pattern usage = file.toString().endsWith(".java") ? javaUsage : jspUsage;
					Matcher matcher = usage.matcher(Files.readString(file));

					while (matcher.find()) {
						String key = matcher.group(1);

						if (!key.endsWith("-") && !keys.contains(key)) {
							missing.add(key + " in " + file.getFileName());
						}
					}
				}
			}
		}

		assertEquals(Set.of(), missing);
	}

}
