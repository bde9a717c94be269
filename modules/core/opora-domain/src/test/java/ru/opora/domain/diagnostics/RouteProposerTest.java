package ru.opora.domain.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class RouteProposerTest {

	private static final LocalDate _TODAY = LocalDate.of(2024, 9, 2);

	private static final LocalDate _END = LocalDate.of(2025, 5, 31);

	/** M-ALG 40 % of 70 (severe), M-GEO 50 % of 60, MT-OGE reached. */
	private static DiagnosticResult _result() {
		return new DiagnosticResult(
			1,
			List.of(
				CompetenceResult.external("M-ALG", 40, 70), CompetenceResult.external("M-GEO", 50, 60),
				CompetenceResult.external("MT-OGE", 80, 50)));
	}

	private static List<String> _lines(List<ProposedAction> actions) {
		return actions.stream().map(ProposedAction::toString).collect(Collectors.toList());
	}

	private static List<CourseOffer> _courses() {
		return List.of(
			new CourseOffer(1, "Совершенствование компетенций учителя по подготовке школьников к ЕГЭ по математике",
				Set.of("M-ALG"), LocalDate.of(2024, 11, 1), LocalDate.of(2024, 12, 20), 72),
			new CourseOffer(2, "Совершенствование компетенций учителя по подготовке школьников к ОГЭ по математике",
				Set.of("M-ALG", "M-GEO"), LocalDate.of(2024, 10, 1), LocalDate.of(2024, 11, 15), 36),
			new CourseOffer(3, "Прошедший курс", Set.of("M-GEO"), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1),
				36),
			new CourseOffer(4, "Слишком поздний курс", Set.of("M-GEO"), LocalDate.of(2025, 5, 1),
				LocalDate.of(2025, 6, 30), 36));
	}

	@Test
	void theRulesAsStated() {
		List<ProposedAction> actions = new RouteProposer(_TODAY, _END).courses(_courses(), Set.of()).materials(
			List.of(
				new MaterialOffer(501, "Б: задачи с параметром", Set.of("comp-m-alg")),
				new MaterialOffer(502, "А: функции", Set.of("comp-m-alg", "rf03")))).mentor(77, "Петрова А. А.")
			.strongSchool(9, "Лицей № 20").propose(_result());

		// M-ALG first (gap 30, severe): earliest course 2, the one internship, a mentor (severe), two materials.
		// M-GEO (gap 10): course 2 is taken, 3 has ended, 4 ends after the route; none covers it otherwise → mentor.
		assertEquals(
			List.of(
				"M-ALG:course:2:2024-11-15", "M-ALG:internship:9:2024-12-01", "M-ALG:mentoring:77:2025-03-01",
				"M-ALG:self-study:502:2024-10-02", "M-ALG:self-study:501:2024-10-02",
				"M-GEO:mentoring:77:2025-03-01"),
			_lines(actions));
		assertEquals("certificate", actions.get(0).evidence());
		assertEquals("internship-report", actions.get(1).evidence());
	}

	@Test
	void completedCoursesAreSkippedAndDeadlinesCapped() {
		LocalDate end = LocalDate.of(2024, 12, 31);
		List<ProposedAction> actions = new RouteProposer(_TODAY, end).courses(_courses(), Set.of(2L)).propose(_result());

		assertEquals(
			List.of("M-ALG:course:1:2024-12-20", "M-GEO:self-study:0:2024-10-02"), _lines(actions),
			"course 2 completed; no mentor, no materials → free self-study");

		List<ProposedAction> shortRoute = new RouteProposer(_TODAY, _TODAY.plusDays(10)).mentor(5, "M").propose(
			_result());

		assertEquals(_TODAY.plusDays(10), shortRoute.get(0).deadline(), "capped at the route's end");
		assertThrows(IllegalArgumentException.class, () -> new RouteProposer(_TODAY, _TODAY.minusDays(1)));
	}

	@Test
	void noDeficitNoRoute() {
		DiagnosticResult fine = new DiagnosticResult(1, List.of(CompetenceResult.external("M-ALG", 70, 70)));

		assertEquals(List.of(), new RouteProposer(_TODAY, _END).mentor(5, "M").propose(fine));
		assertEquals("comp-m-alg", Competence.materialTag("M-ALG"));
	}

}
