package ru.opora.cooperation.web.internal.display.context;

/**
 * An option of a select: value, label, selected.
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
