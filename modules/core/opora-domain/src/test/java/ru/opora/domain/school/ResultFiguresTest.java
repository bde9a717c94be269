package ru.opora.domain.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ru.opora.domain.validation.Violation;

class ResultFiguresTest {

	@Test
	void computesRatesFromMarks() {

		// 25 pupils: 5 twos, 10 threes, 7 fours, 3 fives

		ResultFigures figures = new ResultFigures(
			AssessmentType.VPR, 2023, 5, "Математика", 25, 5, 10, 7, 3, null, null);

		assertTrue(figures.validate().isEmpty(), figures.validate().list().toString());
		assertEquals(80.0, figures.passRate(), 1e-9);
		assertEquals(40.0, figures.qualityRate(), 1e-9);
		assertEquals((10 + 30 + 28 + 15) / 25.0, figures.meanMark(), 1e-9);
		assertEquals(20.0, figures.effectiveShareBelowThreshold(), 1e-9);
	}

	@Test
	void egeWithScoresOnly() {
		ResultFigures figures = new ResultFigures(
			AssessmentType.EGE, 2024, 11, "Русский язык", 12, null, null, null, null, 61.5, 8.3);

		assertTrue(figures.validate().isEmpty());
		assertTrue(Double.isNaN(figures.passRate()));
		assertEquals(8.3, figures.effectiveShareBelowThreshold(), 1e-9);
	}

	@Test
	void reportsEveryProblem() {
		ResultFigures figures = new ResultFigures(
			AssessmentType.OGE, 1999, 7, " ", 10, -1, 20, 0, 0, 7.0, 101.0);

		assertEquals(
			List.of(
				"year:out-of-range", "subject:required", "grade:grade-not-allowed", "marks2:negative",
				"marks3:more-than-participants", "marks:marks-sum-mismatch", "meanScore:out-of-range",
				"shareBelowThreshold:out-of-range"),
			_codes(figures.validate().list()));
	}

	@Test
	void incompleteMarksAndNoFigures() {
		assertEquals(
			List.of("marks:marks-incomplete"),
			_codes(
				new ResultFigures(
					AssessmentType.VPR, 2023, 4, "Окружающий мир", 3, 1, 2, null, null, null, 0.0
				).validate().list()));
		assertEquals(
			List.of("marks:no-figures"),
			_codes(
				new ResultFigures(
					AssessmentType.VPR, 2023, 4, "Окружающий мир", 3, null, null, null, null, null,
					null
				).validate().list()));
	}

	@Test
	void zeroParticipantsHasNoRates() {
		ResultFigures figures = new ResultFigures(
			AssessmentType.VPR, 2023, 10, "География", 0, 0, 0, 0, 0, null, null);

		assertTrue(figures.validate().isEmpty());
		assertTrue(Double.isNaN(figures.meanMark()));
		assertTrue(Double.isNaN(figures.qualityRate()));
	}

	private static List<String> _codes(List<Violation> violations) {
		return violations.stream().map(
			violation -> violation.field() + ":" + violation.code()
		).collect(Collectors.toList());
	}

}
