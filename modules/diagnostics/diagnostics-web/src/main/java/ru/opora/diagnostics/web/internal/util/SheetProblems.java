package ru.opora.diagnostics.web.internal.util;

import com.liferay.portal.kernel.language.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import ru.opora.domain.diagnostics.SheetProblem;

/**
 * The problems of an imported sheet (the bank, external results) in words:
 * «Row N, column X: reason», the column named by the sheet's own headers.
 */
public final class SheetProblems {

	public static List<String> messages(
		Language language, Locale locale, List<SheetProblem> problems, Function<String, String> header) {

		List<String> messages = new ArrayList<>();

		for (SheetProblem problem : problems) {
			messages.add(
				language.format(
					locale, "diagnostics-import-problem",
					new Object[] {
						problem.row(), header.apply(problem.column()),
						language.format(
							locale, problem.violation().messageKey(), problem.violation().arguments().toArray(), false)
					},
					false));
		}

		return messages;
	}

	private SheetProblems() {
	}

}
