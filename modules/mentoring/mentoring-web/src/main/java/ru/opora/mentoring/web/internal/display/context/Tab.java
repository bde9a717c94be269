package ru.opora.mentoring.web.internal.display.context;

/**
 * One tab of the portlet's navigation, its label already localised.
 *
 * @author Opora
 */
public class Tab {

	public Tab(String label, String url, boolean active) {
		_label = label;
		_url = url;
		_active = active;
	}

	public String getLabel() {
		return _label;
	}

	public String getURL() {
		return _url;
	}

	public boolean isActive() {
		return _active;
	}

	private final boolean _active;
	private final String _label;
	private final String _url;

}
