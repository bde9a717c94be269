package ru.opora.mentoring.web.internal.display.context;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import java.util.Locale;

/**
 * Days as the user reads them (medium style of the locale) and as the date
 * inputs take them (ISO).
 *
 * @author Opora
 */
public class Dates {

	public Dates(Locale locale) {
		_formatter = DateTimeFormatter.ofLocalizedDate(
			FormatStyle.MEDIUM
		).withLocale(
			locale
		);
	}

	public String format(LocalDate localDate) {
		if (localDate == null) {
			return Figures.UNKNOWN;
		}

		return _formatter.format(localDate);
	}

	/** The value of an {@code <input type="date">}: yyyy-MM-dd or blank. */
	public static String iso(LocalDate localDate) {
		return (localDate == null) ? "" : localDate.toString();
	}

	private final DateTimeFormatter _formatter;

}
