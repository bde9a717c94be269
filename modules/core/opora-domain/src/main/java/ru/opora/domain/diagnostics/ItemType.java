package ru.opora.domain.diagnostics;

/**
 * The kinds of bank items and the stored form of their answers and keys.
 *
 * <ul>
 * <li>{@code single}: options numbered from 1; key and answer are one number.</li>
 * <li>{@code multiple}: key and answer are option numbers separated by {@code ;}.</li>
 * <li>{@code short}: the key lists accepted answers separated by {@code |};
 * the answer is free text.</li>
 * <li>{@code matching}: options are the left column; the key and the answer
 * are pairs {@code left-right} separated by {@code ;} (right items numbered
 * from 1).</li>
 * </ul>
 */
public enum ItemType {

	SINGLE_CHOICE("single"), MULTIPLE_CHOICE("multiple"), SHORT_ANSWER("short"), MATCHING("matching");

	ItemType(String code) {
		_code = code;
	}

	public String code() {
		return _code;
	}

	public String labelKey() {
		return "diagnostics-item-type-" + _code;
	}

	/** The type with this code, or null. */
	public static ItemType ofCode(String code) {
		for (ItemType type : values()) {
			if (type._code.equalsIgnoreCase(String.valueOf(code).trim())) {
				return type;
			}
		}

		return null;
	}

	private final String _code;

}
