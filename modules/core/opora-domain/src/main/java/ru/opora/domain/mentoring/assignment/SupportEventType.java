package ru.opora.domain.mentoring.assignment;

import java.util.Optional;

/**
 * Forms of support (REFERENCE §6): consultation, seminar, mutual lesson visit
 * (взаимопосещение уроков), field visit («методический десант», выездная
 * сессия), internship in the strong school, joint programme with a «Точка
 * роста» centre.
 */
public enum SupportEventType {

	CONSULTATION, SEMINAR, MUTUAL_LESSON_VISIT, FIELD_VISIT, INTERNSHIP, GROWTH_POINT_PROGRAMME;

	public static Optional<SupportEventType> parse(String code) {
		return Codes.parse(SupportEventType.class, code);
	}

	public String code() {
		return Codes.code(this);
	}

}
