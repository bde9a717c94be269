package ru.opora.domain.school;

import ru.opora.domain.validation.Violations;

/**
 * A school's aggregate result in one assessment, year, grade and subject:
 * counts of marks 2..5 (ВПР, ОГЭ) and/or score statistics (ЕГЭ test points).
 * Shares are percentages 0..100. Null marks mean "not given".
 */
public final class ResultFigures {

	public ResultFigures(
		AssessmentType assessment, int year, int grade, String subject, int participants, Integer marks2, Integer marks3, Integer marks4, Integer marks5, Double meanScore, Double shareBelowThreshold) {

		this.assessment = assessment;
		this.year = year;
		this.grade = grade;
		this.subject = subject;
		this.participants = participants;
		this.marks2 = marks2;
		this.marks3 = marks3;
		this.marks4 = marks4;
		this.marks5 = marks5;
		this.meanScore = meanScore;
		this.shareBelowThreshold = shareBelowThreshold;
	}

	public AssessmentType assessment() {
		return assessment;
	}

	public int year() {
		return year;
	}

	public int grade() {
		return grade;
	}

	public String subject() {
		return subject;
	}

	public int participants() {
		return participants;
	}

	public Integer marks2() {
		return marks2;
	}

	public Integer marks3() {
		return marks3;
	}

	public Integer marks4() {
		return marks4;
	}

	public Integer marks5() {
		return marks5;
	}

	public Double meanScore() {
		return meanScore;
	}

	public Double shareBelowThreshold() {
		return shareBelowThreshold;
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof ResultFigures)) {
			return false;
		}

		ResultFigures other = (ResultFigures)object;

		return java.util.Objects.equals(assessment, other.assessment) &&
			java.util.Objects.equals(year, other.year) &&
			java.util.Objects.equals(grade, other.grade) &&
			java.util.Objects.equals(subject, other.subject) &&
			java.util.Objects.equals(participants, other.participants) &&
			java.util.Objects.equals(marks2, other.marks2) &&
			java.util.Objects.equals(marks3, other.marks3) &&
			java.util.Objects.equals(marks4, other.marks4) &&
			java.util.Objects.equals(marks5, other.marks5) &&
			java.util.Objects.equals(meanScore, other.meanScore) &&
			java.util.Objects.equals(shareBelowThreshold, other.shareBelowThreshold);
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(assessment, year, grade, subject, participants, marks2, marks3, marks4, marks5, meanScore, shareBelowThreshold);
	}

	@Override
	public String toString() {
		return "ResultFigures[" + "assessment=" + assessment + ", " + "year=" + year + ", " + "grade=" + grade + ", " + "subject=" + subject + ", " + "participants=" + participants + ", " + "marks2=" + marks2 + ", " + "marks3=" + marks3 + ", " + "marks4=" + marks4 + ", " + "marks5=" + marks5 + ", " + "meanScore=" + meanScore + ", " + "shareBelowThreshold=" + shareBelowThreshold + "]";
	}


	public static final int MIN_YEAR = 2000;

	public static final int MAX_YEAR = 2100;

	public boolean hasMarks() {
		return (marks2 != null) && (marks3 != null) && (marks4 != null) && (marks5 != null);
	}

	/** Mean mark 2..5 from the mark counts; NaN without marks or participants. */
	public double meanMark() {
		int total = hasMarks() ? markTotal() : 0;

		if (total == 0) {
			return Double.NaN;
		}

		return ((2.0 * marks2) + (3.0 * marks3) + (4.0 * marks4) + (5.0 * marks5)) / total;
	}

	/** Успеваемость: share of results without mark 2, percent. */
	public double passRate() {
		int total = hasMarks() ? markTotal() : 0;

		if (total == 0) {
			return Double.NaN;
		}

		return 100.0 * (total - marks2) / total;
	}

	/** Качество знаний: share of marks 4 and 5, percent. */
	public double qualityRate() {
		int total = hasMarks() ? markTotal() : 0;

		if (total == 0) {
			return Double.NaN;
		}

		return 100.0 * (marks4 + marks5) / total;
	}

	/**
	 * Share below the threshold, percent: the given figure, else the share of
	 * marks 2.
	 */
	public double effectiveShareBelowThreshold() {
		if (shareBelowThreshold != null) {
			return shareBelowThreshold;
		}

		return hasMarks() ? 100.0 - passRate() : Double.NaN;
	}

	public Violations validate() {
		Violations violations = new Violations();

		violations.require(assessment != null, "assessment", "required");
		violations.require(
			(year >= MIN_YEAR) && (year <= MAX_YEAR), "year", "out-of-range", MIN_YEAR, MAX_YEAR);
		violations.requireText(subject, 75, "subject");

		if ((grade < 1) || (grade > 11)) {
			violations.add("grade", "out-of-range", 1, 11);
		}
		else if ((assessment != null) && !assessment.allowsGrade(grade)) {
			violations.add("grade", "grade-not-allowed", assessment.code(), grade);
		}

		violations.require(participants >= 0, "participants", "negative");

		_validateMarks(violations);

		if ((meanScore != null) && (assessment != null) &&
			(meanScore.isNaN() || (meanScore < 0) || (meanScore > assessment.maxScore()))) {

			violations.add("meanScore", "out-of-range", 0, assessment.maxScore());
		}

		if ((shareBelowThreshold != null) &&
			(shareBelowThreshold.isNaN() || (shareBelowThreshold < 0) || (shareBelowThreshold > 100))) {

			violations.add("shareBelowThreshold", "out-of-range", 0, 100);
		}

		if (!hasMarks() && (meanScore == null) && (shareBelowThreshold == null) && (participants > 0)) {
			violations.add("marks", "no-figures");
		}

		return violations;
	}

	private int markTotal() {
		return marks2 + marks3 + marks4 + marks5;
	}

	private void _validateMarks(Violations violations) {
		Integer[] marks = {marks2, marks3, marks4, marks5};
		int given = 0;

		for (int i = 0; i < marks.length; i++) {
			if (marks[i] == null) {
				continue;
			}

			given++;

			if (marks[i] < 0) {
				violations.add("marks" + (i + 2), "negative");
			}
			else if (marks[i] > participants) {
				violations.add("marks" + (i + 2), "more-than-participants", marks[i], participants);
			}
		}

		if ((given > 0) && (given < marks.length)) {
			violations.add("marks", "marks-incomplete");
		}
		else if ((given == marks.length) && (markTotal() != participants)) {
			violations.add("marks", "marks-sum-mismatch", markTotal(), participants);
		}
	}

	private final AssessmentType assessment;
	private final int year;
	private final int grade;
	private final String subject;
	private final int participants;
	private final Integer marks2;
	private final Integer marks3;
	private final Integer marks4;
	private final Integer marks5;
	private final Double meanScore;
	private final Double shareBelowThreshold;

}
