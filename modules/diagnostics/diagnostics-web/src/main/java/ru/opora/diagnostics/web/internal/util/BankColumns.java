package ru.opora.diagnostics.web.internal.util;

import com.liferay.portal.kernel.language.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ru.opora.domain.diagnostics.BankSheet;

/**
 * Headers of the bank workbook's columns ({@link BankSheet#COLUMNS}) in a
 * locale; the import reads columns by position, so a translated header does
 * not matter.
 */
public final class BankColumns {

	public static String header(Language language, Locale locale, String column) {
		return language.get(locale, "diagnostics-column-" + column);
	}

	public static List<String> headers(Language language, Locale locale) {
		List<String> headers = new ArrayList<>();

		for (String column : BankSheet.COLUMNS) {
			headers.add(header(language, locale, column));
		}

		return headers;
	}

	private BankColumns() {
	}

}
