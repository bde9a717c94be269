package ru.opora.domain.school;

import java.util.Optional;

/** Where a school stands. */
public enum SettlementType {

	URBAN, RURAL;

	public static Optional<SettlementType> parse(String code) {
		return CodedEnum.parse(SettlementType.class, code);
	}

	public String code() {
		return CodedEnum.code(this);
	}

}
