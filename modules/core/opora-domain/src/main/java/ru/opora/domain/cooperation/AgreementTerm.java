package ru.opora.domain.cooperation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The term of an agreement, both days included, and its automatic
 * prolongation: when the end passes and no party has terminated it, the term
 * is extended by {@code prolongationMonths} as many times as needed.
 */
public final class AgreementTerm {

	public AgreementTerm(LocalDate start, LocalDate end, boolean autoProlongation, int prolongationMonths) {
		_start = Objects.requireNonNull(start, "start");
		_end = Objects.requireNonNull(end, "end");
		_autoProlongation = autoProlongation;
		_prolongationMonths = prolongationMonths;
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(_start) && !date.isAfter(_end);
	}

	/** Whether the period from {@code start} to {@code end} lies inside the term. */
	public boolean covers(LocalDate start, LocalDate end) {
		return !start.isBefore(_start) && !end.isAfter(_end);
	}

	/** Days from {@code today} to the end; negative once it has passed. */
	public long daysLeft(LocalDate today) {
		return java.time.temporal.ChronoUnit.DAYS.between(today, _end);
	}

	public LocalDate getEnd() {
		return _end;
	}

	public int getProlongationMonths() {
		return _prolongationMonths;
	}

	public LocalDate getStart() {
		return _start;
	}

	public boolean isAutoProlongation() {
		return _autoProlongation && (_prolongationMonths > 0);
	}

	/**
	 * The end after automatic prolongation as of {@code today}: unchanged while
	 * {@code today} is within the term or without prolongation, otherwise
	 * extended period by period until it is not before {@code today}.
	 */
	public LocalDate prolongedEnd(LocalDate today) {
		if (!isAutoProlongation()) {
			return _end;
		}

		LocalDate end = _end;
		int periods = 0;

		while (end.isBefore(today)) {
			periods++;
			end = _end.plusMonths((long)_prolongationMonths * periods);
		}

		return end;
	}

	@Override
	public String toString() {
		return _start + ".." + _end + (isAutoProlongation() ? " +" + _prolongationMonths + "m" : "");
	}

	public AgreementTerm withEnd(LocalDate end) {
		return new AgreementTerm(_start, end, _autoProlongation, _prolongationMonths);
	}

	private final boolean _autoProlongation;
	private final LocalDate _end;
	private final int _prolongationMonths;
	private final LocalDate _start;

}
