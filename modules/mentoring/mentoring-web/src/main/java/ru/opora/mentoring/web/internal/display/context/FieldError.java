package ru.opora.mentoring.web.internal.display.context;

/**
 * A violation as a form shows it: the field, its label and the localised
 * message.
 *
 * @author Opora
 */
public class FieldError {

	public FieldError(String field, String label, String message) {
		_field = field;
		_label = label;
		_message = message;
	}

	public String getField() {
		return _field;
	}

	public String getLabel() {
		return _label;
	}

	public String getMessage() {
		return _message;
	}

	/** "Label: message", as the form's error list shows it. */
	public String getText() {
		return _label + ": " + _message;
	}

	private final String _field;
	private final String _label;
	private final String _message;

}
