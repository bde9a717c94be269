package ru.opora.schools.web.internal.display.context;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ru.opora.domain.school.SchoolData;

/**
 * The schools list as a table for the Excel export: the columns of the list
 * view with headers in the user's language, and figures as numbers rounded
 * to one decimal, as the list shows them.
 *
 * @author Opora
 */
public class SchoolsTable {

	public static final String[] HEADER_KEYS = {
		"opora-field-name", "opora-field-federal-login",
		"opora-field-settlement-type", "opora-field-level", "opora-groups",
		"opora-well-being-index", "opora-results-year", "opora-pass-rate-percent",
		"opora-quality-rate-percent"
	};

	public SchoolsTable(Translator translator) {
		this(translator, null);
	}

	/** On the region site the table starts with each school's municipality. */
	public SchoolsTable(Translator translator, SiteSchools siteSchools) {
		_translator = translator;
		_labels = new Labels(translator);
		_siteSchools = ((siteSchools != null) && siteSchools.isRegion()) ?
			siteSchools : null;
	}

	public List<String> getHeaders() {
		List<String> headers = new ArrayList<>();

		if (_siteSchools != null) {
			headers.add(_translator.get("opora-municipality"));
		}

		for (String key : HEADER_KEYS) {
			headers.add(_translator.get(key));
		}

		return headers;
	}

	/** One row per school, in the given order; unknown figures stay empty. */
	public List<List<Object>> getRows(List<SchoolSummary> schoolSummaries) {
		List<List<Object>> rows = new ArrayList<>();

		for (SchoolSummary schoolSummary : schoolSummaries) {
			SchoolData schoolData = schoolSummary.getSchoolData();
			KeyFigures keyFigures = schoolSummary.getKeyFigures();

			List<String> groups = new ArrayList<>();

			for (GroupBadge groupBadge :
					_labels.groupBadges(schoolSummary.getGroups())) {

				groups.add(groupBadge.getLabel());
			}

			List<Object> row = new ArrayList<>();

			if (_siteSchools != null) {
				row.add(
					_siteSchools.getMunicipalityName(
						schoolSummary.getSchool().getGroupId()));
			}

			row.addAll(
				Arrays.asList(
					schoolData.name(), schoolData.federalLogin(),
					_labels.settlementType(schoolData.settlementType()),
					_labels.level(schoolData.level()), String.join(", ", groups),
					_round(schoolSummary.getWellBeingIndex()),
					(keyFigures == null) ? null : keyFigures.getYear(),
					(keyFigures == null) ? null :
						_round(keyFigures.getPassRate()),
					(keyFigures == null) ? null :
						_round(keyFigures.getQualityRate())));

			rows.add(row);
		}

		return rows;
	}

	private static Double _round(Double value) {
		if ((value == null) || value.isNaN() || value.isInfinite()) {
			return null;
		}

		return Math.round(value * 10) / 10.0;
	}

	private final Labels _labels;
	private final SiteSchools _siteSchools;
	private final Translator _translator;

}
