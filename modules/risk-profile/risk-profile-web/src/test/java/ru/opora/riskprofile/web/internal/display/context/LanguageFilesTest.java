package ru.opora.riskprofile.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import ru.opora.domain.risk.RespondentGroup;
import ru.opora.domain.risk.RiskLevel;
import ru.opora.domain.risk.monitoring.MeasureStatus;
import ru.opora.domain.risk.monitoring.TrackStatus;
import ru.opora.domain.risk.profile.LevelChange;
import ru.opora.domain.risk.profile.VerificationAction;
import ru.opora.domain.risk.review.DocumentSection;
import ru.opora.domain.risk.review.DocumentType;
import ru.opora.domain.risk.review.ReviewAction;
import ru.opora.domain.risk.review.ReviewStatus;

/** Both languages complete: every code the screens show and every violation code has a message. */
class LanguageFilesTest {

	@Test
	void englishAndRussianHaveTheSameKeysAndRussianIsTranslated() throws IOException {
		Properties russian = _load("content/Language_ru.properties");

		assertEquals(_load("content/Language.properties").stringPropertyNames(), russian.stringPropertyNames());
		assertEquals("Рисковый профиль", russian.getProperty("javax.portlet.title.ru_opora_riskprofile_web_RiskProfilePortlet"));
		assertEquals("согласовано", russian.getProperty("opora-risk-status-APPROVED"));
		assertEquals("на доработке", russian.getProperty("opora-risk-status-RETURNED"));
	}

	@Test
	void everyDomainCodeAndViolationHasAKey() throws IOException {
		Set<String> keys = _load("content/Language.properties").stringPropertyNames();
		Set<String> missing = new TreeSet<>();

		for (Enum<?>[] values :
				new Enum<?>[][] {
					RiskLevel.values(), RespondentGroup.values(), TrackStatus.values(), MeasureStatus.values(),
					LevelChange.values(), VerificationAction.values(), DocumentSection.values(), DocumentType.values(),
					ReviewAction.values(), ReviewStatus.values()
				}) {

			for (Enum<?> value : values) {
				String prefix = _PREFIXES.get(value.getDeclaringClass().getSimpleName());

				_require(keys, prefix + value.name(), missing);
			}
		}

		_require(keys, "opora-risk-level-NOT_ENOUGH_DATA", missing);

		Pattern violation = Pattern.compile("(?:add|require\\w*|of|exception)\\((?:[^;]*?,\\s*)?\"([a-zA-Z0-9.]+)\",\\s*\"([a-z0-9-]+)\"");

		for (Path dir :
				new Path[] {
					Path.of("../../core/opora-domain/src/main/java/ru/opora/domain/risk"),
					Path.of("../risk-profile-service/src/main/java/ru/opora/riskprofile"),
					Path.of("src/main/java/ru/opora/riskprofile/web/internal")
				}) {

			try (Stream<Path> files = Files.walk(dir)) {
				for (Path file : (Iterable<Path>)files.filter(path -> path.toString().endsWith(".java"))::iterator) {
					Matcher matcher = violation.matcher(Files.readString(file));

					while (matcher.find()) {
						_require(keys, "opora-error-" + matcher.group(2), missing);
					}
				}
			}
		}

		assertEquals(Set.of(), missing);
	}

	private static Properties _load(String name) throws IOException {
		Properties properties = new Properties();

		try (InputStream inputStream = LanguageFilesTest.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(inputStream, StandardCharsets.UTF_8));
		}

		return properties;
	}

	private static void _require(Set<String> keys, String key, Set<String> missing) {
		if (!keys.contains(key)) {
			missing.add(key);
		}
	}

	private static final java.util.Map<String, String> _PREFIXES = java.util.Map.of(
		"RiskLevel", "opora-risk-level-", "RespondentGroup", "opora-risk-group-", "TrackStatus", "opora-risk-track-",
		"MeasureStatus", "opora-risk-measure-", "LevelChange", "opora-risk-change-", "VerificationAction",
		"opora-risk-action-", "DocumentSection", "opora-risk-section-", "DocumentType", "opora-risk-document-type-",
		"ReviewAction", "opora-risk-review-", "ReviewStatus", "opora-risk-status-");

}
