package ru.opora.domain.mentoring.assignment;

import java.time.LocalDate;
import java.util.Objects;

/** A support event with what the calendar filters on: its municipality (group) and the assignment's curator. */
public final class CalendarEntry {

	public CalendarEntry(
		long eventId, long assignmentId, long groupId, long curatorUserId, LocalDate plannedDate,
		SupportEventStatus status) {

		_eventId = eventId;
		_assignmentId = assignmentId;
		_groupId = groupId;
		_curatorUserId = curatorUserId;
		_plannedDate = Objects.requireNonNull(plannedDate, "plannedDate");
		_status = Objects.requireNonNull(status, "status");
	}

	public long getAssignmentId() {
		return _assignmentId;
	}

	public long getCuratorUserId() {
		return _curatorUserId;
	}

	public long getEventId() {
		return _eventId;
	}

	public long getGroupId() {
		return _groupId;
	}

	public LocalDate getPlannedDate() {
		return _plannedDate;
	}

	public SupportEventStatus getStatus() {
		return _status;
	}

	@Override
	public String toString() {
		return "CalendarEntry[" + _eventId + ", " + _plannedDate + ", " + _status + "]";
	}

	private final long _assignmentId;
	private final long _curatorUserId;
	private final long _eventId;
	private final long _groupId;
	private final LocalDate _plannedDate;
	private final SupportEventStatus _status;

}
