package ru.opora.domain.mentoring.assignment;

import java.time.LocalDate;
import java.util.Objects;

/** Days from start to end, both included; a null end is open (until further notice). */
public final class Period {

	public Period(LocalDate start, LocalDate end) {
		_start = Objects.requireNonNull(start, "start");
		_end = end;

		if ((end != null) && end.isBefore(start)) {
			throw new IllegalArgumentException("End " + end + " is before start " + start);
		}
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(_start) && ((_end == null) || !date.isAfter(_end));
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof Period)) {
			return false;
		}

		Period other = (Period)object;

		return _start.equals(other._start) && Objects.equals(_end, other._end);
	}

	/** Null when open. */
	public LocalDate getEnd() {
		return _end;
	}

	public LocalDate getStart() {
		return _start;
	}

	@Override
	public int hashCode() {
		return Objects.hash(_start, _end);
	}

	/** True when the two periods share at least one day. */
	public boolean overlaps(Period other) {
		return ((other._end == null) || !_start.isAfter(other._end)) &&
			((_end == null) || !other._start.isAfter(_end));
	}

	@Override
	public String toString() {
		return _start + ".." + ((_end == null) ? "" : _end);
	}

	private final LocalDate _end;
	private final LocalDate _start;

}
