package ru.opora.schools.importer;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders import messages in a locale from {@code content/ImportMessages}
 * (Russian for "ru", English otherwise). Numbers are printed plainly (no
 * grouping), so years and row numbers read as written.
 */
public final class MessageFormatter {

	public static final String BUNDLE = "content.ImportMessages";

	public MessageFormatter(Locale locale) {
		_locale = locale;
		_bundle = ResourceBundle.getBundle(
			BUNDLE, locale, MessageFormatter.class.getClassLoader(),
			ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/** A file-level error, e.g. "The file is password-protected…". */
	public String format(ImportFileException importFileException) {
		return message(importFileException.getKey(), importFileException.getArguments());
	}

	/** One report line: {@code <sheet>!<column letter><row>: <column header>: <reason>}. */
	public String format(RowError error) {
		StringBuilder sb = new StringBuilder();

		sb.append(error.location());
		sb.append(": ");

		if (error.columnHeader() != null) {
			sb.append(error.columnHeader());
			sb.append(": ");
		}

		sb.append(message(error.key(), error.arguments()));

		return sb.toString();
	}

	public Locale getLocale() {
		return _locale;
	}

	/** Whether the bundle has a text for the key. */
	public boolean hasMessage(String key) {
		return _bundle.containsKey(key);
	}

	/** The text of a key with its arguments; the key itself if unknown. */
	public String message(String key, List<Object> arguments) {
		String pattern;

		try {
			pattern = _bundle.getString(key);
		}
		catch (MissingResourceException missingResourceException) {
			return arguments.isEmpty() ? key : key + " " + arguments;
		}

		Object[] values = new Object[arguments.size()];

		for (int i = 0; i < values.length; i++) {
			values[i] = _plain(arguments.get(i));
		}

		return new MessageFormat(pattern, _locale).format(values);
	}

	public String message(String key, Object... arguments) {
		return message(key, List.of(arguments));
	}

	private static Object _plain(Object value) {
		if ((value instanceof Double) || (value instanceof Float)) {
			double number = ((Number)value).doubleValue();

			if (number == Math.rint(number)) {
				return String.valueOf((long)number);
			}

			return String.valueOf(number);
		}

		if (value instanceof Number) {
			return String.valueOf(value);
		}

		return value;
	}

	private final ResourceBundle _bundle;
	private final Locale _locale;

}
