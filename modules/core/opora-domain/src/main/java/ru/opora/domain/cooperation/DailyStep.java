package ru.opora.domain.cooperation;

import java.time.LocalDate;

/**
 * What the daily job does with one agreement: a signed agreement becomes
 * active on its start day; one in force whose end has passed is prolonged
 * (automatic prolongation) or expires.
 */
public final class DailyStep {

	public enum Action {

		NONE, ACTIVATE, PROLONG, EXPIRE

	}

	public static DailyStep of(AgreementStatus status, AgreementTerm term, LocalDate today) {
		if (!status.isInForce()) {
			return new DailyStep(Action.NONE, term.getEnd());
		}

		if (today.isAfter(term.getEnd())) {
			if (term.isAutoProlongation()) {
				return new DailyStep(Action.PROLONG, term.prolongedEnd(today));
			}

			return new DailyStep(Action.EXPIRE, term.getEnd());
		}

		if ((status == AgreementStatus.SIGNED) && !today.isBefore(term.getStart())) {
			return new DailyStep(Action.ACTIVATE, term.getEnd());
		}

		return new DailyStep(Action.NONE, term.getEnd());
	}

	public Action getAction() {
		return _action;
	}

	/** The end of the term after this step (the new end for {@link Action#PROLONG}). */
	public LocalDate getEnd() {
		return _end;
	}

	private DailyStep(Action action, LocalDate end) {
		_action = action;
		_end = end;
	}

	private final Action _action;
	private final LocalDate _end;

}
