package ru.opora.domain.mentoring.assignment;

import java.time.LocalDate;
import java.util.Objects;

import ru.opora.domain.validation.Violations;

/** One line of the support plan as entered: type, title, date, participants and expected result. */
public final class SupportEventData {

	public static final int MAX_TEXT_LENGTH = 4000;

	public static final int MAX_TITLE_LENGTH = 255;

	public SupportEventData(
		SupportEventType type, String title, LocalDate plannedDate, String participants, String expectedResult) {

		_type = type;
		_title = title;
		_plannedDate = plannedDate;
		_participants = participants;
		_expectedResult = expectedResult;
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof SupportEventData)) {
			return false;
		}

		SupportEventData other = (SupportEventData)object;

		return (_type == other._type) && Objects.equals(_title, other._title) &&
			Objects.equals(_plannedDate, other._plannedDate) && Objects.equals(_participants, other._participants) &&
			Objects.equals(_expectedResult, other._expectedResult);
	}

	public String getExpectedResult() {
		return _expectedResult;
	}

	public String getParticipants() {
		return _participants;
	}

	public LocalDate getPlannedDate() {
		return _plannedDate;
	}

	public String getTitle() {
		return _title;
	}

	public SupportEventType getType() {
		return _type;
	}

	@Override
	public int hashCode() {
		return Objects.hash(_type, _title, _plannedDate, _participants, _expectedResult);
	}

	@Override
	public String toString() {
		return "SupportEventData[" + _type + ", " + _title + ", " + _plannedDate + "]";
	}

	/**
	 * Every broken rule: required type, title and date; the date inside the
	 * assignment's period; events only on a proposed or active assignment.
	 * Codes: {@code required}, {@code too-long},
	 * {@code outside-assignment-period} (start, end or empty),
	 * {@code assignment-closed} (assignment status).
	 */
	public Violations validate(Period assignmentPeriod, AssignmentStatus assignmentStatus) {
		Violations violations = new Violations();

		violations.require(_type != null, "eventType", "required");
		violations.requireText(_title, MAX_TITLE_LENGTH, "title");

		if (_plannedDate == null) {
			violations.add("plannedDate", "required");
		}
		else if ((assignmentPeriod != null) && !assignmentPeriod.contains(_plannedDate)) {
			violations.add(
				"plannedDate", "outside-assignment-period", assignmentPeriod.getStart(),
				(assignmentPeriod.getEnd() == null) ? "" : assignmentPeriod.getEnd());
		}

		violations.requireLength(_participants, MAX_TEXT_LENGTH, "participants");
		violations.requireLength(_expectedResult, MAX_TEXT_LENGTH, "expectedResult");

		if ((assignmentStatus != null) && !assignmentStatus.isOpen()) {
			violations.add("mentorAssignmentId", "assignment-closed", assignmentStatus.code());
		}

		return violations;
	}

	private final String _expectedResult;
	private final String _participants;
	private final LocalDate _plannedDate;
	private final String _title;
	private final SupportEventType _type;

}
