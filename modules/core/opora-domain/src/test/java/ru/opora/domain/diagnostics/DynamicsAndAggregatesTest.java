package ru.opora.domain.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DynamicsAndAggregatesTest {

	private static DiagnosticResult _result(int version, double algebra, double geometry) {
		return new DiagnosticResult(
			version, List.of(CompetenceResult.external("M-ALG", algebra, 70), CompetenceResult.external("M-GEO", geometry, 60)));
	}

	@Test
	void dynamicsPerCompetence() {
		Dynamics dynamics = Dynamics.between(_result(1, 40, 62), _result(2, 72, 64));

		assertEquals(2, dynamics.changes().size());
		assertEquals(32.0, dynamics.changes().get(0).delta());
		assertEquals(1, dynamics.changes().get(0).trend(), "left the deficits");
		assertEquals(0, dynamics.changes().get(1).trend(), "+2 points is no change");
		assertTrue(dynamics.positive());

		assertEquals(1, Dynamics.between(_result(1, 40, 62), _result(1, 46, 62)).changes().get(0).trend(),
			"+6 points inside the deficit counts");
		assertFalse(Dynamics.between(_result(1, 40, 62), _result(1, 80, 58)).positive(),
			"one competence fell into deficit");
		assertFalse(Dynamics.between(_result(1, 40, 62), _result(1, 41, 63)).positive(), "nothing significant");

		DiagnosticResult other = new DiagnosticResult(1, List.of(CompetenceResult.external("R-ORTH", 50, 60)));

		assertEquals(List.of(), Dynamics.between(_result(1, 40, 62), other).changes(), "no common competence");
	}

	private static List<TeacherStatus> _teachers(String subject, int count, long firstId) {
		List<TeacherStatus> teachers = new ArrayList<>();

		for (int i = 0; i < count; i++) {
			teachers.add(
				new TeacherStatus(firstId + i, 1, subject, i % 4 != 3, (i % 2 == 0) ? Set.of("M-ALG") : Set.of(),
					i < 3, (i < 5) ? Boolean.valueOf(i != 0) : null));
		}

		return teachers;
	}

	@Test
	void aggregatesWithSmallGroupSuppression() {
		List<TeacherStatus> teachers = _teachers("Математика", 8, 1);

		teachers.addAll(_teachers("Русский язык", 4, 100));

		Aggregates aggregates = Aggregates.of(teachers);

		assertEquals(12, aggregates.teachers());
		assertEquals("9/12", aggregates.diagnosed().toString(), "every fourth not diagnosed");
		assertEquals(75.0, aggregates.diagnosed().percent());
		assertEquals("6/12", aggregates.withRoute().toString());
		assertEquals("7/9", aggregates.positiveDynamics().toString(), "of those with a repeat");
		assertEquals(2, aggregates.deficits().size());

		Aggregates.DeficitRow math = aggregates.deficits().get(0);

		assertEquals("Математика", math.subject());
		assertEquals("4/6", math.figure().toString(), "deficit rows count diagnosed teachers of the subject");

		Aggregates.DeficitRow russian = aggregates.deficits().get(1);

		assertTrue(russian.figure().suppressed(), "3 diagnosed Russian teachers");
		assertEquals(-1, russian.figure().count());
		assertEquals(-1, russian.figure().percent());

		Aggregates small = Aggregates.of(_teachers("Математика", 4, 1));

		assertTrue(small.diagnosed().suppressed());
		assertTrue(small.withRoute().suppressed());
		assertEquals(-1, small.teachers());
		assertFalse(Aggregates.of(_teachers("Математика", 5, 1)).diagnosed().suppressed(), "5 is shown");
	}

	@Test
	void individualAccess() {
		assertTrue(ResultAccess.canViewIndividual(true, false, false, false, false));
		assertTrue(ResultAccess.canViewIndividual(false, true, false, false, false));
		assertTrue(ResultAccess.canViewIndividual(false, false, true, false, false));
		assertFalse(ResultAccess.canViewIndividual(false, false, false, true, false), "coordinator, setting off");
		assertTrue(ResultAccess.canViewIndividual(false, false, false, true, true));
		assertFalse(ResultAccess.canViewIndividual(false, false, false, false, true), "setting alone grants nothing");
		assertFalse(ResultAccess.canEditRoute(false, false));
	}

	@Test
	void attemptClock() {
		ZoneId zone = ZoneId.of("Asia/Novokuznetsk");
		Instant started = LocalDate.of(2024, 10, 10).atTime(10, 0).atZone(zone).toInstant();
		LocalDate end = LocalDate.of(2024, 10, 10);

		assertEquals(started.plusSeconds(45 * 60), AttemptClock.deadline(started, 45, end, zone));
		assertTrue(AttemptClock.open(started.plusSeconds(44 * 60), started, 45, end, zone));
		assertFalse(AttemptClock.open(started.plusSeconds(45 * 60), started, 45, end, zone));
		assertEquals(
			LocalDate.of(2024, 10, 11).atStartOfDay(zone).toInstant(), AttemptClock.deadline(started, 24 * 60, end, zone),
			"the session's last day ends first");
		assertEquals(0, AttemptClock.secondsLeft(started.plusSeconds(86400 * 2), started, 0, end, zone));
	}

}
