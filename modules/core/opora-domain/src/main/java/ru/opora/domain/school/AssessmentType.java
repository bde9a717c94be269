package ru.opora.domain.school;

import java.util.Optional;
import java.util.Set;

/**
 * Assessments whose school aggregates Opora stores. ВПР and ОГЭ give marks
 * 2..5 (ОГЭ also primary points), ЕГЭ gives test points 0..100.
 */
public enum AssessmentType {

	VPR(Set.of(4, 5, 6, 7, 8, 10, 11), true, 5),
	OGE(Set.of(9), true, 5),
	EGE(Set.of(11), false, 100),
	OTHER(Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), true, 100);

	public static Optional<AssessmentType> parse(String code) {
		return CodedEnum.parse(AssessmentType.class, code);
	}

	public boolean allowsGrade(int grade) {
		return _grades.contains(grade);
	}

	public String code() {
		return CodedEnum.code(this);
	}

	/** Whether results come as counts of marks 2..5. */
	public boolean hasMarks() {
		return _marks;
	}

	/** Highest possible mean score: 5 for marks, 100 for test points. */
	public double maxScore() {
		return _maxScore;
	}

	private AssessmentType(Set<Integer> grades, boolean marks, double maxScore) {
		_grades = grades;
		_marks = marks;
		_maxScore = maxScore;
	}

	private final Set<Integer> _grades;
	private final boolean _marks;
	private final double _maxScore;

}
