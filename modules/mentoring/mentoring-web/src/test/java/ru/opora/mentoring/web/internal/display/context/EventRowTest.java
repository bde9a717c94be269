package ru.opora.mentoring.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ru.opora.domain.mentoring.assignment.SupportEventStatus;

import ru.opora.mentoring.model.SupportEvent;

/** Overdue marking of plans and calendars: more than the grace days after the day, planned and unreported. */
class EventRowTest {

	@Test
	void plannedEventIsOverdueOnlyAfterTheGraceDays() {
		LocalDate day = LocalDate.of(2025, 10, 1);

		EventRow onTheDay = new EventRow(_event(1, SupportEventStatus.PLANNED, day, null), day, 7);
		EventRow lastGraceDay = new EventRow(_event(1, SupportEventStatus.PLANNED, day, null), day.plusDays(7), 7);
		EventRow dayAfter = new EventRow(_event(1, SupportEventStatus.PLANNED, day, null), day.plusDays(8), 7);

		assertFalse(onTheDay.isOverdue());
		assertTrue(onTheDay.isDue());
		assertFalse(lastGraceDay.isOverdue());
		assertTrue(lastGraceDay.isDue());
		assertEquals("table-warning", lastGraceDay.getCssClass());
		assertTrue(dayAfter.isOverdue());
		assertFalse(dayAfter.isDue());
		assertTrue(dayAfter.getCssClass().contains("opora-mentoring-overdue"));
	}

	@Test
	void reportedOrFutureEventsAreNeverOverdue() {
		LocalDate day = LocalDate.of(2025, 10, 1);
		LocalDate today = day.plusDays(30);

		EventRow done = new EventRow(_event(1, SupportEventStatus.DONE, day, day), today, 7);
		EventRow cancelled = new EventRow(_event(2, SupportEventStatus.CANCELLED, day, day), today, 7);
		EventRow future = new EventRow(_event(3, SupportEventStatus.PLANNED, today.plusDays(1), null), today, 7);

		for (EventRow eventRow : List.of(done, cancelled, future)) {
			assertFalse(eventRow.isOverdue());
			assertFalse(eventRow.isDue());
			assertEquals("", eventRow.getCssClass());
		}

		assertFalse(done.isPlanned());
		assertTrue(future.isPlanned());
	}

	@Test
	void rowsAreOrderedByDayThenId() {
		LocalDate day = LocalDate.of(2025, 10, 1);

		List<EventRow> eventRows = EventRow.of(
			List.of(
				_event(3, SupportEventStatus.PLANNED, day.plusDays(2), null),
				_event(2, SupportEventStatus.PLANNED, day, null), _event(1, SupportEventStatus.PLANNED, day, null)),
			day, 7);

		assertEquals(
			List.of(1L, 2L, 3L),
			eventRows.stream().map(row -> row.getSupportEvent().getSupportEventId()).collect(Collectors.toList()));
	}

	private static SupportEvent _event(long id, SupportEventStatus status, LocalDate planned, LocalDate reported) {
		SupportEvent supportEvent = mock(SupportEvent.class);

		when(supportEvent.getSupportEventId()).thenReturn(id);
		when(supportEvent.getSupportEventStatus()).thenReturn(status);
		when(supportEvent.getPlannedLocalDate()).thenReturn(planned);
		when(supportEvent.getReportLocalDate()).thenReturn(reported);

		return supportEvent;
	}

}
