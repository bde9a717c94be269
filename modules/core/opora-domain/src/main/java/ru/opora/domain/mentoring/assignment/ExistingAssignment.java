package ru.opora.domain.mentoring.assignment;

import java.util.Objects;

/** A stored assignment of one mentor party, as the capacity rule sees it. */
public final class ExistingAssignment {

	public ExistingAssignment(long assignmentId, AssignmentStatus status, Period period) {
		_assignmentId = assignmentId;
		_status = Objects.requireNonNull(status, "status");
		_period = Objects.requireNonNull(period, "period");
	}

	public long getAssignmentId() {
		return _assignmentId;
	}

	public Period getPeriod() {
		return _period;
	}

	public AssignmentStatus getStatus() {
		return _status;
	}

	@Override
	public String toString() {
		return "ExistingAssignment[" + _assignmentId + ", " + _status + ", " + _period + "]";
	}

	private final long _assignmentId;
	private final Period _period;
	private final AssignmentStatus _status;

}
