package ru.opora.diagnostics.model;

import java.io.Serializable;
import java.util.List;

/**
 * An item as a teacher taking the diagnostic sees it: never its scoring key.
 */
public final class ItemView implements Serializable {

	public ItemView(
		String code, String competenceCode, String itemType, String text, List<String> options, List<String> matches) {

		_code = code;
		_competenceCode = competenceCode;
		_itemType = itemType;
		_text = text;
		_options = List.copyOf(options);
		_matches = List.copyOf(matches);
	}

	public String getCode() {
		return _code;
	}

	public String getCompetenceCode() {
		return _competenceCode;
	}

	public String getItemType() {
		return _itemType;
	}

	public List<String> getMatches() {
		return _matches;
	}

	public List<String> getOptions() {
		return _options;
	}

	public String getText() {
		return _text;
	}

	private static final long serialVersionUID = 1L;

	private final String _code;
	private final String _competenceCode;
	private final String _itemType;
	private final List<String> _matches;
	private final List<String> _options;
	private final String _text;

}
