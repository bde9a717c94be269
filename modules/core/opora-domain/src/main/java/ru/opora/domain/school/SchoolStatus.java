package ru.opora.domain.school;

import java.util.Optional;

/** Life-cycle status of a school in the registry. */
public enum SchoolStatus {

	ACTIVE, REORGANISED, CLOSED;

	public static Optional<SchoolStatus> parse(String code) {
		return CodedEnum.parse(SchoolStatus.class, code);
	}

	public String code() {
		return CodedEnum.code(this);
	}

}
