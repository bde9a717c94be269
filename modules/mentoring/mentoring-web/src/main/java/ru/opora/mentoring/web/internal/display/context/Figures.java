package ru.opora.mentoring.web.internal.display.context;

import java.text.NumberFormat;

import java.util.Locale;

/**
 * Numbers as the screens show them: at most one decimal for figures, a dash
 * for an unknown one.
 *
 * @author Opora
 */
public class Figures {

	public static final String UNKNOWN = "\u2014";

	public Figures(Locale locale) {
		_numberFormat = NumberFormat.getNumberInstance(locale);

		_numberFormat.setGroupingUsed(false);
		_numberFormat.setMaximumFractionDigits(1);
		_numberFormat.setMinimumFractionDigits(0);
	}

	public String format(Number number) {
		if (number == null) {
			return UNKNOWN;
		}

		double value = number.doubleValue();

		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return UNKNOWN;
		}

		return _numberFormat.format(value);
	}

	public String formatPercent(Number number) {
		String formatted = format(number);

		if (UNKNOWN.equals(formatted)) {
			return formatted;
		}

		return formatted + "%";
	}

	private final NumberFormat _numberFormat;

}
