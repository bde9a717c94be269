package ru.opora.diagnostics.web.internal.util;

import com.liferay.portal.kernel.language.Language;
import com.liferay.portal.kernel.servlet.SessionErrors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.portlet.PortletRequest;

import ru.opora.diagnostics.exception.DiagnosticsValidationException;
import ru.opora.diagnostics.web.internal.constants.DiagnosticsWebKeys;
import ru.opora.domain.validation.Violation;

/** Localised messages of domain violations ("field: message"), kept for the next render. */
public final class Violations {

	public static List<String> messages(Language language, Locale locale, List<Violation> violations) {
		List<String> messages = new ArrayList<>();

		for (Violation violation : violations) {
			String field = language.get(locale, "diagnostics-field-" + _baseField(violation.field()));
			String message = language.format(
				locale, violation.messageKey(), violation.arguments().toArray(), false);

			messages.add(field + ": " + message);
		}

		return messages;
	}

	/** Keeps the messages of a validation exception for the page rendered next. */
	public static void keep(
		PortletRequest portletRequest, Language language, Locale locale, DiagnosticsValidationException exception) {

		SessionErrors.add(portletRequest, DiagnosticsWebKeys.VIOLATIONS, messages(language, locale, exception.getViolations()));
	}

	/** {@code item[M-01].key} → {@code key}. */
	static String _baseField(String field) {
		int dot = field.lastIndexOf('.');

		return (dot < 0) ? field : field.substring(dot + 1);
	}

	private Violations() {
	}

}
