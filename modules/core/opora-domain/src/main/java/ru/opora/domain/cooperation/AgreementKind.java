package ru.opora.domain.cooperation;

import java.util.Optional;

/** Kinds of cooperation agreements. */
public enum AgreementKind {

	/** Договор о сетевой форме реализации образовательных программ (273-ФЗ, ст. 15). */
	NETWORK_PROGRAMME,

	/** Соглашение о сотрудничестве (партнёрстве). */
	PARTNERSHIP,

	/** Соглашение с центром «Точка роста». */
	GROWTH_POINT,

	/** Соглашение с предприятием или колледжем. */
	ENTERPRISE_COLLEGE;

	public static Optional<AgreementKind> parse(String code) {
		return CooperationCodes.parse(AgreementKind.class, code);
	}

	public String code() {
		return CooperationCodes.code(this);
	}

	/** Language key, e.g. {@code opora-agreement-kind-network-programme}. */
	public String labelKey() {
		return "opora-agreement-kind-" + code();
	}

	/** Art. 15 agreements must name the programmes and who delivers each module. */
	public boolean requiresProgrammes() {
		return this == NETWORK_PROGRAMME;
	}

}
