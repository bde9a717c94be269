package ru.opora.domain.mentoring.assignment;

import java.time.LocalDate;

import ru.opora.domain.validation.Violations;

/**
 * Reports and deadlines of support events.
 *
 * <p>
 * A planned event is reported once it has taken place: as done (its outcome
 * is required, and its date must not be in the future) or as cancelled (at
 * any time, outcome optional: the reason). A done event's report may be
 * corrected; a cancelled event is final. Only planned events are edited.
 * </p>
 */
public final class SupportEventRules {

	/** Days after its date a planned event may wait for its report before it is overdue. */
	public static final int DEFAULT_GRACE_DAYS = 7;

	/**
	 * Checks a report. Codes: {@code invalid-report-status} (status),
	 * {@code status-final} (status), {@code status-transition-not-allowed}
	 * (from, to), {@code report-before-date} (planned date),
	 * {@code required}, {@code too-long}.
	 */
	public static Violations checkReport(
		SupportEventStatus current, LocalDate plannedDate, SupportEventStatus reported, String outcome,
		LocalDate today) {

		Violations violations = new Violations();

		if ((reported != SupportEventStatus.DONE) && (reported != SupportEventStatus.CANCELLED)) {
			violations.add("status", "invalid-report-status", (reported == null) ? "" : reported.code());

			return violations;
		}

		if (current == SupportEventStatus.CANCELLED) {
			violations.add("status", "status-final", current.code());
		}
		else if ((current == SupportEventStatus.DONE) && (reported == SupportEventStatus.CANCELLED)) {
			violations.add("status", "status-transition-not-allowed", current.code(), reported.code());
		}

		if (reported == SupportEventStatus.DONE) {
			if ((plannedDate != null) && plannedDate.isAfter(today)) {
				violations.add("plannedDate", "report-before-date", plannedDate);
			}

			violations.requireText(outcome, SupportEventData.MAX_TEXT_LENGTH, "outcome");
		}
		else {
			violations.requireLength(outcome, SupportEventData.MAX_TEXT_LENGTH, "outcome");
		}

		return violations;
	}

	/** Only planned events may be edited. Code: {@code event-closed} (status). */
	public static Violations checkUpdate(SupportEventStatus current) {
		Violations violations = new Violations();

		if (current != SupportEventStatus.PLANNED) {
			violations.add("status", "event-closed", (current == null) ? "" : current.code());
		}

		return violations;
	}

	/**
	 * True for a planned event without a report whose date is more than
	 * {@code graceDays} days before {@code today}.
	 */
	public static boolean isOverdue(
		SupportEventStatus status, LocalDate plannedDate, LocalDate reportDate, LocalDate today, int graceDays) {

		if (graceDays < 0) {
			throw new IllegalArgumentException("Negative grace days " + graceDays);
		}

		return (status == SupportEventStatus.PLANNED) && (reportDate == null) && (plannedDate != null) &&
			today.isAfter(plannedDate.plusDays(graceDays));
	}

	private SupportEventRules() {
	}

}
