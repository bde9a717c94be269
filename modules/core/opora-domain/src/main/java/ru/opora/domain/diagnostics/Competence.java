package ru.opora.domain.diagnostics;

import java.util.List;
import java.util.Locale;

import ru.opora.domain.validation.Violation;
import ru.opora.domain.validation.Violations;

/**
 * A competence of an area: its threshold (percent of the points a teacher
 * must reach; below it the competence is a deficit) and how many items a
 * session draws for it.
 */
public final class Competence {

	public Competence(String code, String areaCode, String name, int threshold, int itemsPerSession) {
		_code = code;
		_areaCode = areaCode;
		_name = name;
		_threshold = threshold;
		_itemsPerSession = itemsPerSession;
	}

	public String code() {
		return _code;
	}

	public String areaCode() {
		return _areaCode;
	}

	public String name() {
		return _name;
	}

	public int threshold() {
		return _threshold;
	}

	public int itemsPerSession() {
		return _itemsPerSession;
	}

	/** The asset tag of methodological materials on this competence: {@code comp-<code in lower case>}. */
	public static String materialTag(String competenceCode) {
		return "comp-" + competenceCode.toLowerCase(Locale.ROOT);
	}

	public List<Violation> validate() {
		Violations violations = new Violations();

		violations.requireText(_code, 75, "code");
		violations.require((_code == null) || _code.matches("[A-Za-z0-9._-]*"), "code", "diagnostics-code-format");
		violations.requireText(_areaCode, 75, "areaCode");
		violations.requireText(_name, 255, "name");
		violations.require((_threshold >= 1) && (_threshold <= 100), "threshold", "out-of-range", 1, 100);
		violations.require(
			(_itemsPerSession >= 1) && (_itemsPerSession <= 50), "itemsPerSession", "out-of-range", 1, 50);

		return violations.list();
	}

	private final String _areaCode;
	private final String _code;
	private final int _itemsPerSession;
	private final String _name;
	private final int _threshold;

}
