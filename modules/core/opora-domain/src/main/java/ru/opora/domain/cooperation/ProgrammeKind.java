package ru.opora.domain.cooperation;

import java.util.Optional;

/** Kind of a joint educational programme. */
public enum ProgrammeKind {

	/** Основная общеобразовательная программа (or its subject). */
	BASIC,

	/** Дополнительная общеобразовательная программа. */
	ADDITIONAL,

	/** Программа внеурочной деятельности. */
	EXTRACURRICULAR;

	public static Optional<ProgrammeKind> parse(String code) {
		return CooperationCodes.parse(ProgrammeKind.class, code);
	}

	public String code() {
		return CooperationCodes.code(this);
	}

	public String labelKey() {
		return "opora-programme-kind-" + code();
	}

}
