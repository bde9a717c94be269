package ru.opora.diagnostics.web.internal.util;

import com.liferay.portal.kernel.language.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ru.opora.domain.diagnostics.ResultsSheet;
import ru.opora.domain.diagnostics.SheetProblem;

/**
 * The external results workbook in a locale: the template's headers (the
 * fixed columns translated, then code and name of every competence) and the
 * import's problems as «Row N, column X: reason». The import reads the fixed
 * columns by position and the competence columns by the code their header
 * starts with, so translated headers do not matter.
 */
public final class ResultsWorkbook {

	/** A column's label: the fixed ones and the competence columns as a whole translated, a code or letter as is. */
	public static String header(Language language, Locale locale, String column) {
		if (ResultsSheet.COLUMNS.contains(column) || ResultsSheet.COLUMN_RESULTS.equals(column)) {
			return language.get(locale, "diagnostics-results-column-" + column);
		}

		return column;
	}

	/** The template's header row: fixed columns, then competence code and name (code → name, bank order). */
	public static List<String> headers(Language language, Locale locale, Map<String, String> competenceNames) {
		List<String> headers = new ArrayList<>();

		for (String column : ResultsSheet.COLUMNS) {
			headers.add(header(language, locale, column));
		}

		headers.addAll(ResultsSheet.competenceHeaders(competenceNames));

		return headers;
	}

	/** Every problem of a rejected import, localised, after a line saying that nothing was imported. */
	public static List<String> messages(Language language, Locale locale, List<SheetProblem> problems) {
		List<String> messages = new ArrayList<>();

		messages.add(
			language.format(locale, "diagnostics-results-rejected-x", new Object[] {problems.size()}, false));

		messages.addAll(
			SheetProblems.messages(language, locale, problems, column -> header(language, locale, column)));

		return messages;
	}

	private ResultsWorkbook() {
	}

}
