package ru.opora.mentoring.web.internal.display.context;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import ru.opora.domain.validation.Violation;

import ru.opora.mentoring.exception.MentoringValidationException;

/**
 * The violations of a rejected form, localised: each field's label key is
 * {@code opora-field-} + the field in kebab case (for a batch field such as
 * {@code suggestions[2].mentorSchoolId} the last part, the row number added),
 * each message the violation's {@code opora-error-} key with its arguments.
 *
 * @author Opora
 */
public class FormErrors {

	public static String fieldLabelKey(String field) {
		String name = field.substring(field.lastIndexOf('.') + 1);

		name = name.replaceAll("\\[\\d+\\]", "");

		return "opora-field-" +
			name.replaceAll("([a-z])([A-Z0-9])", "$1-$2").toLowerCase();
	}

	/** The row of a batch field ({@code suggestions[2].x} is row 3), or 0. */
	public static int rowNumber(String field) {
		int start = field.indexOf('[');
		int end = field.indexOf(']');

		if ((start < 0) || (end < start)) {
			return 0;
		}

		try {
			return Integer.parseInt(field.substring(start + 1, end)) + 1;
		}
		catch (NumberFormatException numberFormatException) {
			return 0;
		}
	}

	public FormErrors(
		MentoringValidationException mentoringValidationException,
		MessageArguments messageArguments, Translator translator) {

		if (mentoringValidationException == null) {
			_fieldErrors = Collections.emptyList();

			return;
		}

		List<FieldError> fieldErrors = new ArrayList<>();

		for (Violation violation :
				mentoringValidationException.getViolations()) {

			String label = translator.get(fieldLabelKey(violation.field()));
			int row = rowNumber(violation.field());

			if (row > 0) {
				label = translator.format(
					"opora-mentoring-row-x-field-x", new Object[] {row, label});
			}

			fieldErrors.add(
				new FieldError(
					violation.field(), label,
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
			if (fieldError.getField().equals(field)) {
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
