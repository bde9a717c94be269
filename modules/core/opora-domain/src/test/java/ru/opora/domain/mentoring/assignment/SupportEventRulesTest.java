package ru.opora.domain.mentoring.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.opora.domain.mentoring.CostComponent;
import ru.opora.domain.validation.Violation;

class SupportEventRulesTest {

	private static final Period _PERIOD = new Period(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 5, 31));

	private static final LocalDate _TODAY = LocalDate.of(2024, 10, 15);

	private static SupportEventData _event(LocalDate plannedDate) {
		return new SupportEventData(
			SupportEventType.FIELD_VISIT, "Методический десант", plannedDate, "Директор, завуч", "План ВСОКО");
	}

	@Test
	void eventDateMustLieInsideTheAssignment() {
		assertTrue(_event(_PERIOD.getStart()).validate(_PERIOD, AssignmentStatus.ACTIVE).isEmpty());
		assertTrue(_event(_PERIOD.getEnd()).validate(_PERIOD, AssignmentStatus.PROPOSED).isEmpty());
		assertEquals(
			List.of(
				Violation.of(
					"plannedDate", "outside-assignment-period", _PERIOD.getStart(), _PERIOD.getEnd())),
			_event(_PERIOD.getEnd().plusDays(1)).validate(_PERIOD, AssignmentStatus.ACTIVE).list());
		assertEquals(
			List.of(Violation.of("plannedDate", "outside-assignment-period", _PERIOD.getStart(), "")),
			_event(_PERIOD.getStart().minusDays(1)).validate(
				new Period(_PERIOD.getStart(), null), AssignmentStatus.ACTIVE).list());
		assertTrue(
			_event(LocalDate.of(2030, 1, 1)).validate(
				new Period(_PERIOD.getStart(), null), AssignmentStatus.ACTIVE).isEmpty());
	}

	@Test
	void eventNeedsTypeTitleAndDateAndAnOpenAssignment() {
		assertEquals(
			List.of(
				Violation.of("eventType", "required"), Violation.of("title", "required"),
				Violation.of("plannedDate", "required"), Violation.of("participants", "too-long", 4000),
				Violation.of("mentorAssignmentId", "assignment-closed", "finished")),
			new SupportEventData(null, " ", null, "x".repeat(4001), null).validate(
				_PERIOD, AssignmentStatus.FINISHED).list());
		assertEquals(
			List.of(Violation.of("mentorAssignmentId", "assignment-closed", "cancelled")),
			_event(_TODAY).validate(_PERIOD, AssignmentStatus.CANCELLED).list());
	}

	@Test
	void doneNeedsAPastDateAndAnOutcome() {
		assertTrue(
			SupportEventRules.checkReport(
				SupportEventStatus.PLANNED, _TODAY, SupportEventStatus.DONE, "Проведено", _TODAY).isEmpty());
		assertEquals(
			List.of(
				Violation.of("plannedDate", "report-before-date", _TODAY.plusDays(1)),
				Violation.of("outcome", "required")),
			SupportEventRules.checkReport(
				SupportEventStatus.PLANNED, _TODAY.plusDays(1), SupportEventStatus.DONE, "", _TODAY).list());
	}

	@Test
	void cancellingIsPossibleBeforeTheDateWithoutOutcome() {
		assertTrue(
			SupportEventRules.checkReport(
				SupportEventStatus.PLANNED, _TODAY.plusDays(30), SupportEventStatus.CANCELLED, null, _TODAY).isEmpty());
	}

	@Test
	void doneReportMayBeCorrectedButCancelledIsFinal() {
		assertTrue(
			SupportEventRules.checkReport(
				SupportEventStatus.DONE, _TODAY, SupportEventStatus.DONE, "Исправлено", _TODAY).isEmpty());
		assertEquals(
			List.of(Violation.of("status", "status-transition-not-allowed", "done", "cancelled")),
			SupportEventRules.checkReport(
				SupportEventStatus.DONE, _TODAY, SupportEventStatus.CANCELLED, null, _TODAY).list());
		assertEquals(
			List.of(Violation.of("status", "status-final", "cancelled")),
			SupportEventRules.checkReport(
				SupportEventStatus.CANCELLED, _TODAY, SupportEventStatus.DONE, "x", _TODAY).list());
		assertEquals(
			List.of(Violation.of("status", "invalid-report-status", "planned")),
			SupportEventRules.checkReport(
				SupportEventStatus.PLANNED, _TODAY, SupportEventStatus.PLANNED, "x", _TODAY).list());
	}

	@Test
	void onlyPlannedEventsAreEdited() {
		assertTrue(SupportEventRules.checkUpdate(SupportEventStatus.PLANNED).isEmpty());
		assertEquals(
			List.of(Violation.of("status", "event-closed", "done")),
			SupportEventRules.checkUpdate(SupportEventStatus.DONE).list());
	}

	@Test
	void overdueAfterMoreThanGraceDays() {
		LocalDate planned = LocalDate.of(2024, 10, 1);

		assertFalse(
			SupportEventRules.isOverdue(
				SupportEventStatus.PLANNED, planned, null, planned.plusDays(7), SupportEventRules.DEFAULT_GRACE_DAYS),
			"exactly 7 days");
		assertTrue(
			SupportEventRules.isOverdue(
				SupportEventStatus.PLANNED, planned, null, planned.plusDays(8), SupportEventRules.DEFAULT_GRACE_DAYS));
		assertFalse(
			SupportEventRules.isOverdue(SupportEventStatus.DONE, planned, planned, planned.plusDays(30), 7));
		assertFalse(
			SupportEventRules.isOverdue(SupportEventStatus.CANCELLED, planned, null, planned.plusDays(30), 7));
		assertFalse(
			SupportEventRules.isOverdue(SupportEventStatus.PLANNED, planned, planned, planned.plusDays(30), 7));
		assertTrue(SupportEventRules.isOverdue(SupportEventStatus.PLANNED, planned, null, planned.plusDays(1), 0));
		assertFalse(SupportEventRules.isOverdue(SupportEventStatus.PLANNED, planned, null, planned, 0));
		assertThrows(
			IllegalArgumentException.class,
			() -> SupportEventRules.isOverdue(SupportEventStatus.PLANNED, planned, null, planned, -1));
	}

	@Test
	void calendarSelectsSortsAndSkipsCancelled() {
		LocalDate from = LocalDate.of(2024, 10, 1);
		LocalDate to = LocalDate.of(2024, 10, 31);

		CalendarEntry late = new CalendarEntry(1, 10, 100, 501, to, SupportEventStatus.PLANNED);
		CalendarEntry early = new CalendarEntry(2, 10, 100, 501, from, SupportEventStatus.DONE);
		CalendarEntry sameDay = new CalendarEntry(0, 11, 100, 502, to, SupportEventStatus.PLANNED);
		CalendarEntry cancelled = new CalendarEntry(3, 10, 100, 501, from, SupportEventStatus.CANCELLED);
		CalendarEntry outside = new CalendarEntry(4, 10, 100, 501, to.plusDays(1), SupportEventStatus.PLANNED);
		CalendarEntry otherGroup = new CalendarEntry(5, 12, 200, 501, from, SupportEventStatus.PLANNED);

		List<CalendarEntry> entries = List.of(late, early, sameDay, cancelled, outside, otherGroup);

		assertEquals(List.of(early, otherGroup, sameDay, late), SupportCalendar.between(entries, from, to));
		assertEquals(List.of(early, otherGroup, late), SupportCalendar.forCurator(entries, 501, from, to));
		assertEquals(List.of(early, sameDay, late), SupportCalendar.forMunicipality(entries, 100, from, to));
		assertEquals(List.of(), SupportCalendar.forMunicipality(entries, 300, from, to));
		assertThrows(IllegalArgumentException.class, () -> SupportCalendar.between(entries, to, from));
	}

	@Test
	void explanationRoundTrips() {
		List<CostComponent> components = List.of(
			new CostComponent("opora-mentoring-cost-distance", 1.25, List.of(12.5)),
			new CostComponent("opora-mentoring-cost-subject-strong", 0, List.of("ma|th\\s\nx")),
			new CostComponent("opora-mentoring-cost-no-cooperation", 2, List.of()));

		String text = Explanation.format(components);

		assertEquals(3, text.split("\n").length);

		List<CostComponent> parsed = Explanation.parse(text);

		assertEquals(
			List.of(
				new CostComponent("opora-mentoring-cost-distance", 1.25, List.of("12.5")),
				new CostComponent("opora-mentoring-cost-subject-strong", 0, List.of("ma|th\\s\nx")),
				new CostComponent("opora-mentoring-cost-no-cooperation", 2, List.of())),
			parsed);
		assertEquals(List.of(), Explanation.parse(" "));
		assertThrows(IllegalArgumentException.class, () -> Explanation.parse("no value"));
		assertThrows(IllegalArgumentException.class, () -> Explanation.parse("key|abc"));
	}

}
