package ru.opora.mentoring.web.internal.display.context;

import java.time.LocalDate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import ru.opora.domain.mentoring.assignment.SupportEventRules;
import ru.opora.domain.mentoring.assignment.SupportEventStatus;

import ru.opora.mentoring.model.SupportEvent;

/**
 * A support event as a plan or calendar shows it: overdue (planned, not
 * reported, more than the grace days past its day: highlighted) or due
 * (planned and its day has come, within the grace days: waiting for the
 * report).
 *
 * @author Opora
 */
public class EventRow {

	/** The events by planned day (then id), each marked against today. */
	public static List<EventRow> of(
		List<SupportEvent> supportEvents, LocalDate today, int graceDays) {

		List<EventRow> eventRows = new ArrayList<>();

		for (SupportEvent supportEvent : supportEvents) {
			eventRows.add(new EventRow(supportEvent, today, graceDays));
		}

		eventRows.sort(
			Comparator.comparing(
				(EventRow eventRow) -> eventRow.getPlannedDate(),
				Comparator.nullsLast(Comparator.naturalOrder())
			).thenComparing(
				eventRow -> eventRow.getSupportEvent().getSupportEventId()
			));

		return eventRows;
	}

	public EventRow(SupportEvent supportEvent, LocalDate today, int graceDays) {
		_supportEvent = supportEvent;

		SupportEventStatus status = supportEvent.getSupportEventStatus();
		LocalDate plannedDate = supportEvent.getPlannedLocalDate();

		_plannedDate = plannedDate;
		_overdue = SupportEventRules.isOverdue(
			status, plannedDate, supportEvent.getReportLocalDate(), today,
			graceDays);
		_due =
			!_overdue && (status == SupportEventStatus.PLANNED) &&
			(plannedDate != null) && !plannedDate.isAfter(today);
		_planned = status == SupportEventStatus.PLANNED;
	}

	/** The CSS class of the row: overdue red, due amber. */
	public String getCssClass() {
		if (_overdue) {
			return "table-danger opora-mentoring-overdue";
		}

		if (_due) {
			return "table-warning";
		}

		return "";
	}

	public LocalDate getPlannedDate() {
		return _plannedDate;
	}

	public SupportEvent getSupportEvent() {
		return _supportEvent;
	}

	public boolean isDue() {
		return _due;
	}

	public boolean isOverdue() {
		return _overdue;
	}

	public boolean isPlanned() {
		return _planned;
	}

	private final boolean _due;
	private final boolean _overdue;
	private final boolean _planned;
	private final LocalDate _plannedDate;
	private final SupportEvent _supportEvent;

}
