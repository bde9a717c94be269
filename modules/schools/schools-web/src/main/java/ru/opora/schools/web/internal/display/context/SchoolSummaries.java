package ru.opora.schools.web.internal.display.context;

import java.text.Collator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import ru.opora.domain.identification.Group;
import ru.opora.domain.school.SchoolData;
import ru.opora.domain.school.SchoolLevel;
import ru.opora.domain.school.SettlementType;

/**
 * Filtering and sorting of the schools list, independent of the portal.
 *
 * @author Opora
 */
public final class SchoolSummaries {

	public static final String ORDER_BY_LEVEL = "level";

	public static final String ORDER_BY_NAME = "name";

	public static final String ORDER_BY_SETTLEMENT = "settlement";

	/**
	 * The summaries matching every given criterion; a null or blank
	 * criterion matches all. Keywords match the name, short name, address and
	 * head's name, ignoring case.
	 */
	public static List<SchoolSummary> filter(
		List<SchoolSummary> summaries, String keywords, SchoolLevel level,
		SettlementType settlementType, Group group) {

		String[] words = _words(keywords);
		List<SchoolSummary> filtered = new ArrayList<>();

		for (SchoolSummary summary : summaries) {
			SchoolData schoolData = summary.getSchoolData();

			if (((level != null) && (schoolData.level() != level)) ||
				((settlementType != null) &&
				 (schoolData.settlementType() != settlementType)) ||
				((group != null) && !summary.getGroups().contains(group)) ||
				!_matches(schoolData, words)) {

				continue;
			}

			filtered.add(summary);
		}

		return filtered;
	}

	/**
	 * A sorted copy: by name (collated for the locale), level (primary, basic,
	 * secondary) or settlement type (urban, rural), then by name.
	 */
	public static List<SchoolSummary> sort(
		List<SchoolSummary> summaries, String orderByCol, boolean ascending,
		Locale locale) {

		Collator collator = Collator.getInstance(locale);

		Comparator<SchoolSummary> byName = Comparator.comparing(
			summary -> _text(summary.getName()), collator);

		Comparator<SchoolSummary> comparator;

		if (ORDER_BY_LEVEL.equals(orderByCol)) {
			comparator = Comparator.comparing(
				summary -> summary.getSchoolData().level(),
				Comparator.nullsLast(Comparator.naturalOrder()));
		}
		else if (ORDER_BY_SETTLEMENT.equals(orderByCol)) {
			comparator = Comparator.comparing(
				summary -> summary.getSchoolData().settlementType(),
				Comparator.nullsLast(Comparator.naturalOrder()));
		}
		else {
			comparator = byName;
		}

		if (!ascending) {
			comparator = comparator.reversed();
		}

		if (comparator != byName) {
			comparator = comparator.thenComparing(byName);
		}

		List<SchoolSummary> sorted = new ArrayList<>(summaries);

		sorted.sort(comparator);

		return sorted;
	}

	private static boolean _matches(SchoolData schoolData, String[] words) {
		String text = String.join(
			" ", _text(schoolData.name()), _text(schoolData.shortName()),
			_text(schoolData.address()), _text(schoolData.headName())
		).toLowerCase(
			Locale.ROOT
		);

		for (String word : words) {
			if (!text.contains(word)) {
				return false;
			}
		}

		return true;
	}

	private static String _text(String value) {
		return (value == null) ? "" : value;
	}

	private static String[] _words(String keywords) {
		if ((keywords == null) || keywords.isBlank()) {
			return new String[0];
		}

		return keywords.trim(
		).toLowerCase(
			Locale.ROOT
		).split(
			"\\s+"
		);
	}

	private SchoolSummaries() {
	}

}
