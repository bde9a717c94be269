package ru.opora.schools.web.internal.display.context;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import ru.opora.domain.validation.Violation;

import ru.opora.schools.exception.OporaValidationException;

/**
 * The violations of a rejected form, localised: each field's label key is
 * {@code opora-field-} + the field in kebab case, each message the
 * violation's {@code opora-error-} key with its arguments.
 *
 * @author Opora
 */
public class FormErrors {

	public static String fieldLabelKey(String field) {
		return "opora-field-" +
			field.replaceAll("([a-z])([A-Z0-9])", "$1-$2").toLowerCase();
	}

	public FormErrors(
		OporaValidationException oporaValidationException,
		MessageArguments messageArguments, Translator translator) {

		if (oporaValidationException == null) {
			_fieldErrors = Collections.emptyList();

			return;
		}

		List<FieldError> fieldErrors = new ArrayList<>();

		for (Violation violation : oporaValidationException.getViolations()) {
			fieldErrors.add(
				new FieldError(
					violation.field(),
					translator.get(fieldLabelKey(violation.field())),
					translator.format(
						violation.messageKey(),
						messageArguments.localize(violation.arguments()))));
		}

		_fieldErrors = Collections.unmodifiableList(fieldErrors);
	}

	public List<FieldError> getFieldErrors() {
		return _fieldErrors;
	}

	/** "has-error" for a field with a violation, for the input's wrapper. */
	public String getWrapperCssClass(String field) {
		for (FieldError fieldError : _fieldErrors) {
			if (fieldError.getField().equals(field) ||
				(field.startsWith("marks") &&
				 fieldError.getField().equals("marks"))) {

				return "has-error";
			}
		}

		return "";
	}

	public boolean hasErrors() {
		return !_fieldErrors.isEmpty();
	}

	private final List<FieldError> _fieldErrors;

}
