package ru.opora.library.web.internal.display.context;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import ru.opora.domain.validation.Violation;
import ru.opora.library.exception.MaterialValidationException;

/**
 * A violation of the upload form as the form shows it: the field and a
 * message that names the field ({@code opora-library-field-<field>}).
 *
 * @author Opora
 */
public class FieldError {

	/** The errors of a rejected upload, localised; empty without one. */
	public static List<FieldError> of(
		MaterialValidationException exception, Translator translator) {

		if (exception == null) {
			return Collections.emptyList();
		}

		List<FieldError> fieldErrors = new ArrayList<>();

		for (Violation violation : exception.getViolations()) {
			String label = translator.format(
				"opora-library-field-" +
					violation.field().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase());

			String message = translator.format(
				violation.messageKey(), violation.arguments().toArray());

			fieldErrors.add(
				new FieldError(
					violation.field(),
					translator.format(
						"opora-library-field-x-error-x", label, message)));
		}

		return Collections.unmodifiableList(fieldErrors);
	}

	public FieldError(String field, String text) {
		_field = field;
		_text = text;
	}

	public String getField() {
		return _field;
	}

	public String getText() {
		return _text;
	}

	private final String _field;
	private final String _text;

}
