package ru.opora.domain.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A district subject association (РМО) and the subject it covers: a code (its
 * key in folders, categories and metadata), a Russian and an English name.
 * Configured as lines {@code code;Русское название;English name}.
 */
public final class SubjectAssociation {

	/** The associations of a region unless configured otherwise. */
	public static final List<String> DEFAULT_LINES = Collections.unmodifiableList(
		Arrays.asList(
			"math;Математика;Mathematics", "russian;Русский язык;Russian language",
			"literature;Литература;Literature", "foreign-language;Иностранный язык;Foreign language",
			"history;История и обществознание;History and social studies",
			"physics;Физика;Physics", "chemistry;Химия;Chemistry", "biology;Биология;Biology",
			"geography;География;Geography", "informatics;Информатика;Computer science",
			"primary;Начальная школа;Primary school"));

	/** Reads one configured line; throws {@link IllegalArgumentException} naming what is wrong. */
	public static SubjectAssociation parse(String line) {
		if (line == null) {
			throw new IllegalArgumentException("empty subject association line");
		}

		String[] parts = line.split(";", -1);

		if (parts.length != 3) {
			throw new IllegalArgumentException(
				"subject association \"" + line + "\" is not code;Russian name;English name");
		}

		String code = parts[0].trim().toLowerCase(Locale.ROOT);

		if (!_CODE.matcher(code).matches()) {
			throw new IllegalArgumentException(
				"subject association code \"" + parts[0].trim() + "\" must be 1-40 of a-z, 0-9, -");
		}

		String russianName = parts[1].trim();
		String englishName = parts[2].trim();

		if (russianName.isEmpty() || englishName.isEmpty()) {
			throw new IllegalArgumentException("subject association \"" + line + "\" has an empty name");
		}

		return new SubjectAssociation(code, russianName, englishName);
	}

	/** Reads every line, skipping blank ones; a code may appear only once. */
	public static List<SubjectAssociation> parseAll(List<String> lines) {
		List<SubjectAssociation> associations = new ArrayList<>();
		Set<String> codes = new LinkedHashSet<>();

		for (String line : lines) {
			if ((line == null) || line.isBlank()) {
				continue;
			}

			SubjectAssociation association = parse(line);

			if (!codes.add(association.code())) {
				throw new IllegalArgumentException(
					"subject association code \"" + association.code() + "\" appears twice");
			}

			associations.add(association);
		}

		return Collections.unmodifiableList(associations);
	}

	/** The defaults of {@link #DEFAULT_LINES}. */
	public static List<SubjectAssociation> defaults() {
		return parseAll(DEFAULT_LINES);
	}

	public SubjectAssociation(String code, String russianName, String englishName) {
		_code = Objects.requireNonNull(code);
		_russianName = Objects.requireNonNull(russianName);
		_englishName = Objects.requireNonNull(englishName);
	}

	public String code() {
		return _code;
	}

	public String englishName() {
		return _englishName;
	}

	/** The name in Russian for a Russian locale, else in English. */
	public String name(Locale locale) {
		if ((locale != null) && "ru".equals(locale.getLanguage())) {
			return _russianName;
		}

		return _englishName;
	}

	public String russianName() {
		return _russianName;
	}

	@Override
	public boolean equals(Object object) {
		if (!(object instanceof SubjectAssociation)) {
			return false;
		}

		SubjectAssociation other = (SubjectAssociation)object;

		return _code.equals(other._code) && _russianName.equals(other._russianName) &&
			_englishName.equals(other._englishName);
	}

	@Override
	public int hashCode() {
		return Objects.hash(_code, _russianName, _englishName);
	}

	@Override
	public String toString() {
		return _code + ";" + _russianName + ";" + _englishName;
	}

	private static final Pattern _CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

	private final String _code;
	private final String _englishName;
	private final String _russianName;

}
