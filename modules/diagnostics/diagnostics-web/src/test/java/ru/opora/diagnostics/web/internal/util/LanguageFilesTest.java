package ru.opora.diagnostics.web.internal.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import ru.opora.diagnostics.constants.DiagnosticsConstants;
import ru.opora.domain.diagnostics.ActionType;
import ru.opora.domain.diagnostics.AreaKind;
import ru.opora.domain.diagnostics.BankSheet;
import ru.opora.domain.diagnostics.ItemType;
import ru.opora.domain.diagnostics.ResultsSheet;
import ru.opora.testing.LanguageFiles;

/**
 * Every key is in English and Russian; every key the JSPs and Java name, every
 * code the feature shows and every violation code of the domain and the
 * services has its message.
 */
class LanguageFilesTest {

	@Test
	void englishAndRussianHaveTheSameKeys() throws IOException {
		assertEquals(LanguageFiles.load("content/Language.properties").stringPropertyNames(),
			LanguageFiles.load("content/Language_ru.properties").stringPropertyNames());
		assertEquals("Диагностика", LanguageFiles.load("content/Language_ru.properties").getProperty(
			"javax.portlet.title.ru_opora_diagnostics_web_DiagnosticsPortlet"));
	}

	@Test
	void everyShownCodeHasAKey() throws IOException {
		Set<String> keys = LanguageFiles.load("content/Language.properties").stringPropertyNames();
		Set<String> missing = new TreeSet<>();

		for (ItemType type : ItemType.values()) {
			LanguageFiles.require(keys, type.labelKey(), missing);
		}

		for (AreaKind kind : AreaKind.values()) {
			LanguageFiles.require(keys, kind.labelKey(), missing);
		}

		for (ActionType type : ActionType.values()) {
			LanguageFiles.require(keys, type.labelKey(), missing);
			LanguageFiles.require(keys, "diagnostics-evidence-" + type.evidence(), missing);
		}

		for (String column : BankSheet.COLUMNS) {
			LanguageFiles.require(keys, "diagnostics-column-" + column, missing);
		}

		for (String column : ResultsSheet.COLUMNS) {
			LanguageFiles.require(keys, "diagnostics-results-column-" + column, missing);
			LanguageFiles.require(keys, "diagnostics-results-column-" + column + "-help", missing);
		}

		LanguageFiles.require(keys, "diagnostics-results-column-" + ResultsSheet.COLUMN_RESULTS, missing);

		for (String status : List.of(
				DiagnosticsConstants.ATTEMPT_STATUS_ASSIGNED, DiagnosticsConstants.ATTEMPT_STATUS_COMPLETED,
				DiagnosticsConstants.ATTEMPT_STATUS_EXTERNAL, DiagnosticsConstants.ATTEMPT_STATUS_IN_PROGRESS)) {

			LanguageFiles.require(keys, "diagnostics-attempt-status-" + status, missing);
		}

		for (String status : List.of(
				DiagnosticsConstants.ROUTE_STATUS_AGREED, DiagnosticsConstants.ROUTE_STATUS_COMPLETED,
				DiagnosticsConstants.ROUTE_STATUS_DRAFT)) {

			LanguageFiles.require(keys, "diagnostics-route-status-" + status, missing);
		}

		LanguageFiles.require(keys, "diagnostics-action-status-" + DiagnosticsConstants.ROUTE_ACTION_STATUS_DONE, missing);
		LanguageFiles.require(keys, "diagnostics-action-status-" + DiagnosticsConstants.ROUTE_ACTION_STATUS_PLANNED, missing);
		LanguageFiles.require(keys, "diagnostics-enrolment-status-" + DiagnosticsConstants.ENROLMENT_STATUS_COMPLETED, missing);
		LanguageFiles.require(keys, "diagnostics-enrolment-status-" + DiagnosticsConstants.ENROLMENT_STATUS_ENROLLED, missing);
		LanguageFiles.require(keys, "diagnostics-bank-status-" + DiagnosticsConstants.BANK_STATUS_DRAFT, missing);
		LanguageFiles.require(keys, "diagnostics-bank-status-" + DiagnosticsConstants.BANK_STATUS_PUBLISHED, missing);

		assertEquals(Set.of(), missing);
	}

	@Test
	void everyKeyNamedInTheSourcesExists() throws IOException {
		Set<String> keys = LanguageFiles.load("content/Language.properties").stringPropertyNames();
		Set<String> missing = new TreeSet<>();
		Pattern literal = Pattern.compile("\"((?:diagnostics|opora-error)-[a-z0-9-]*[a-z0-9])\"");
		Path base = Path.of(System.getProperty("user.dir"));

		for (Path root : List.of(
				base.resolve("src/main"), base.resolve("../diagnostics-service/src/main/java"),
				base.resolve("../../core/opora-domain/src/main/java/ru/opora/domain/diagnostics"))) {

			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(
						path -> path.toString().endsWith(".java") || path.toString().endsWith(".jsp") ||
							path.toString().endsWith(".jspf")).collect(Collectors.toList())) {

					Matcher matcher = literal.matcher(Files.readString(file));

					while (matcher.find()) {
						String key = matcher.group(1);

						if (!keys.contains(key) && !keys.contains("opora-error-" + key) && !_NOT_KEYS.contains(key)) {
							missing.add(key + " (" + file.getFileName() + ")");
						}
					}
				}
			}
		}

		assertEquals(Set.of(), missing);
	}

	/** Literals that are not message keys: session keys and the configuration's keys (api bundle). */
	private static final Set<String> _NOT_KEYS = Set.of(
		"diagnostics-success", "diagnostics-privacy-configuration-name",
		"diagnostics-coordinators-see-individual-results", "diagnostics-coordinators-see-individual-results-help",
		"diagnostics-route-months");

}
