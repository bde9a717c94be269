package ru.opora.cooperation.web.internal.display.context;

import com.liferay.portal.kernel.language.LanguageUtil;
import com.liferay.portal.kernel.util.ResourceBundleUtil;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import ru.opora.domain.validation.Violation;

/**
 * Localised texts of the portlet: language keys, dates, violations
 * ({@code opora-error-} keys with their arguments, the field named by its
 * {@code opora-field-} label and row).
 *
 * @author Opora
 */
public class Labels {

	/** The label key of a field: {@code parties[2].inn} → {@code opora-field-inn}. */
	public static String fieldLabelKey(String field) {
		String name = field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[\\d+\\]", "");

		return "opora-field-" + name.replaceAll("([a-z])([A-Z0-9])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	/** The rows of a field, 1-based as the form shows them: {@code programmes[1].modules[0].name} → [2, 1]. */
	public static String rowsOf(String field) {
		StringBuilder sb = new StringBuilder();
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\[(\\d+)\\]").matcher(field);

		while (matcher.find()) {
			if (sb.length() > 0) {
				sb.append('.');
			}

			sb.append(Integer.parseInt(matcher.group(1)) + 1);
		}

		return sb.toString();
	}

	public Labels(Locale locale) {
		this(locale, ResourceBundleUtil.getBundle("content.Language", locale, Labels.class));
	}

	public Labels(Locale locale, ResourceBundle resourceBundle) {
		_locale = locale;
		_resourceBundle = resourceBundle;
	}

	public String date(LocalDate date) {
		if (date == null) {
			return "";
		}

		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(_locale).format(date);
	}

	public String format(String key, Object... arguments) {
		return LanguageUtil.format(_resourceBundle, key, arguments, false);
	}

	public String get(String key) {
		return LanguageUtil.get(_resourceBundle, key);
	}

	public Locale getLocale() {
		return _locale;
	}

	/** "Row 2, INN: the check digits of INN 123 do not match" */
	public String violation(Violation violation) {
		String label = get(fieldLabelKey(violation.field()));
		String rows = rowsOf(violation.field());

		if (!rows.isEmpty()) {
			label = format("opora-cooperation-row-x-field-x", rows, label);
		}

		List<Object> arguments = violation.arguments();

		return label + ": " + format(violation.messageKey(), arguments.toArray());
	}

	private final Locale _locale;
	private final ResourceBundle _resourceBundle;

}
