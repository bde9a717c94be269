package ru.opora.domain.risk.monitoring;

import java.time.LocalDate;

/**
 * Where a measure stands on a day: done by its deadline, done after it,
 * declared not done, overdue (deadline passed, not done), or planned.
 */
public enum MeasureStatus {

	DONE_ON_TIME, DONE_LATE, NOT_DONE, OVERDUE, PLANNED;

	/**
	 * @param doneDate when the measure was done, null if not
	 * @param notDone the school declared it will not be done
	 */
	public static MeasureStatus of(LocalDate deadline, LocalDate doneDate, boolean notDone, LocalDate today) {
		if (doneDate != null) {
			return doneDate.isAfter(deadline) ? DONE_LATE : DONE_ON_TIME;
		}

		if (notDone) {
			return NOT_DONE;
		}

		return today.isAfter(deadline) ? OVERDUE : PLANNED;
	}

	/** Not done (declared or overdue). */
	public boolean isFailed() {
		return (this == NOT_DONE) || (this == OVERDUE);
	}

}
