package ru.opora.domain.diagnostics;

/** Kinds of route actions, each with the evidence of completion it expects. */
public enum ActionType {

	COURSE("course", "certificate"), INTERNSHIP("internship", "internship-report"),
	MENTORING("mentoring", "mentor-confirmation"), SELF_STUDY("self-study", "self-study-report");

	ActionType(String code, String evidence) {
		_code = code;
		_evidence = evidence;
	}

	public String code() {
		return _code;
	}

	/** The code of the expected evidence (label key {@code diagnostics-evidence-<code>}). */
	public String evidence() {
		return _evidence;
	}

	public String labelKey() {
		return "diagnostics-action-" + _code;
	}

	public static ActionType ofCode(String code) {
		for (ActionType type : values()) {
			if (type._code.equals(code)) {
				return type;
			}
		}

		return null;
	}

	private final String _code;
	private final String _evidence;

}
