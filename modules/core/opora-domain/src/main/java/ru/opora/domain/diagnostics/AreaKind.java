package ru.opora.domain.diagnostics;

/** Kinds of competence areas (REFERENCE.md §7). */
public enum AreaKind {

	SUBJECT("subject"), METHODOLOGICAL("methodological"), PSYCHOLOGICAL_PEDAGOGICAL("psychological-pedagogical"),
	DIGITAL("digital"), ASSESSMENT("assessment");

	AreaKind(String code) {
		_code = code;
	}

	public String code() {
		return _code;
	}

	public String labelKey() {
		return "diagnostics-area-kind-" + _code;
	}

	/** The kind with this code, or null. */
	public static AreaKind ofCode(String code) {
		for (AreaKind kind : values()) {
			if (kind._code.equalsIgnoreCase(String.valueOf(code).trim())) {
				return kind;
			}
		}

		return null;
	}

	private final String _code;

}
