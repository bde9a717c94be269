package ru.opora.domain.school;

import java.util.Optional;

/** Level of a school: primary (grades 1-4), basic (ООШ, 1-9), secondary (СОШ, 1-11). */
public enum SchoolLevel {

	PRIMARY(4), BASIC(9), SECONDARY(11);

	private SchoolLevel(int maxGrade) {
		_maxGrade = maxGrade;
	}

	public static Optional<SchoolLevel> parse(String code) {
		return CodedEnum.parse(SchoolLevel.class, code);
	}

	public int maxGrade() {
		return _maxGrade;
	}

	public String code() {
		return CodedEnum.code(this);
	}

	private final int _maxGrade;

}
