package ru.opora.domain.school;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * How a school finds its portal organization (whose members are its staff):
 * names compared loosely (case, «ё», quotes, spaces around «№» and dashes do
 * not matter), and the name of an organization created for a school made
 * acceptable to the portal (no comma or asterisk, at most
 * {@link #MAX_LENGTH} characters, not only digits, unique in the instance).
 */
public final class OrganizationNaming {

	/** The portal's column length for an organization's name. */
	public static final int MAX_LENGTH = 100;

	/**
	 * The school's organization among the candidates (id → name): the one
	 * whose name equals the school's name or short name once normalised.
	 */
	public static Match match(
		String schoolName, String shortName, Map<Long, String> candidates) {

		String name = normalize(schoolName);
		String alias = normalize(shortName);

		List<Long> ids = new ArrayList<>();

		for (Map.Entry<Long, String> entry : candidates.entrySet()) {
			String candidate = normalize(entry.getValue());

			if (candidate.isEmpty()) {
				continue;
			}

			if (candidate.equals(name) || candidate.equals(alias)) {
				ids.add(entry.getKey());
			}
		}

		Collections.sort(ids);

		return new Match(ids);
	}

	/** Lower case, «ё» as «е», no quotes, one space, «№ 5» as «№5». */
	public static String normalize(String name) {
		if (name == null) {
			return "";
		}

		String text = name.toLowerCase(
			Locale.ROOT
		).replace(
			'ё', 'е'
		).replaceAll(
			"[«»\"“”„'`]", " "
		).replaceAll(
			"[\\u2010-\\u2015]", "-"
		).replaceAll(
			"\\s*-\\s*", "-"
		).replaceAll(
			"\\s+", " "
		).trim();

		text = text.replaceAll("№\\s+", "№");

		while (text.endsWith(".")) {
			text = text.substring(0, text.length() - 1).trim();
		}

		return text;
	}

	/**
	 * A name the portal accepts for a new organization: commas and asterisks
	 * become spaces, spaces are collapsed, the name is cut at a word boundary
	 * to fit {@link #MAX_LENGTH}; if {@code taken} already holds it, the
	 * qualifier (the municipality) is added in brackets, then a number.
	 *
	 * @throws IllegalArgumentException if the school's name has no letters
	 */
	public static String organizationName(
		String schoolName, String qualifier, Predicate<String> taken) {

		String base = _clean(schoolName);

		if (!base.matches(".*\\p{L}.*")) {
			throw new IllegalArgumentException(
				"A school's name needs letters: " + schoolName);
		}

		List<String> suffixes = new ArrayList<>();

		suffixes.add("");

		String cleanQualifier = _clean(qualifier);

		if (!cleanQualifier.isEmpty()) {
			suffixes.add(" (" + cleanQualifier + ")");
		}

		for (String suffix : suffixes) {
			String candidate = _fit(base, suffix);

			if (!taken.test(candidate)) {
				return candidate;
			}
		}

		for (int number = 2;; number++) {
			String suffix = cleanQualifier.isEmpty() ? " " + number :
				" (" + cleanQualifier + " " + number + ")";
			String candidate = _fit(base, suffix);

			if (!taken.test(candidate)) {
				return candidate;
			}
		}
	}

	/** Candidates found for one school. */
	public static final class Match {

		public Match(List<Long> organizationIds) {
			_organizationIds = Collections.unmodifiableList(
				new ArrayList<>(organizationIds));
		}

		/** Several organizations have the school's name: a person decides. */
		public boolean isAmbiguous() {
			return _organizationIds.size() > 1;
		}

		public boolean isFound() {
			return _organizationIds.size() == 1;
		}

		/** The one organization found; only when {@link #isFound()}. */
		public long getOrganizationId() {
			if (!isFound()) {
				throw new IllegalStateException(
					"No single organization: " + _organizationIds);
			}

			return _organizationIds.get(0);
		}

		public List<Long> getOrganizationIds() {
			return _organizationIds;
		}

		private final List<Long> _organizationIds;

	}

	private static String _clean(String name) {
		if (name == null) {
			return "";
		}

		return name.replace(
			',', ' '
		).replace(
			'*', ' '
		).replaceAll(
			"\\s+", " "
		).trim();
	}

	private static String _fit(String base, String suffix) {
		int room = MAX_LENGTH - suffix.length();

		if (base.length() <= room) {
			return base + suffix;
		}

		String cut = base.substring(0, room);
		int space = cut.lastIndexOf(' ');

		if (space > room / 2) {
			cut = cut.substring(0, space);
		}

		return cut.trim() + suffix;
	}

	private OrganizationNaming() {
	}

}
