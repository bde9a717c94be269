package ru.opora.mentoring.web.internal.display.context;

/**
 * One option of a select, its label already localised.
 *
 * @author Opora
 */
public class SelectOption {

	public SelectOption(String value, String label, boolean selected) {
		_value = value;
		_label = label;
		_selected = selected;
	}

	public String getLabel() {
		return _label;
	}

	public String getValue() {
		return _value;
	}

	public boolean isSelected() {
		return _selected;
	}

	private final String _label;
	private final boolean _selected;
	private final String _value;

}
