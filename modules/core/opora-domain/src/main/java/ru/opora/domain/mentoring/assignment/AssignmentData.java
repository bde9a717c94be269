package ru.opora.domain.mentoring.assignment;

import java.time.LocalDate;
import java.util.Objects;

import ru.opora.domain.validation.Violations;

/**
 * What a coordinator enters about an assignment (usually from the order that
 * makes it): the kind, the parties (ids of schools and portal users, 0 where
 * the kind has no such party), the period, the order and the explanation of
 * the choice. Build with {@link #builder(AssignmentKind)}.
 *
 * <p>
 * Parties by kind: every kind names the supported school (for
 * {@code TEACHER_MENTOR} the mentee's school); {@code MENTOR_SCHOOL} needs the
 * mentor school; {@code CURATOR} needs the curator and may name the curator's
 * own school as mentor school; {@code TEACHER_MENTOR} needs the mentor teacher
 * and the mentee and may name the mentor teacher's school.
 * </p>
 */
public final class AssignmentData {

	/** Longest order number. */
	public static final int MAX_ORDER_NUMBER_LENGTH = 75;

	/** Longest explanation or reason. */
	public static final int MAX_TEXT_LENGTH = 4000;

	public static Builder builder(AssignmentKind kind) {
		return new Builder(kind);
	}

	/** A builder holding the values of this data, to change some of them. */
	public Builder toBuilder() {
		Builder builder = new Builder(_kind);

		builder._supportedSchoolId = _supportedSchoolId;
		builder._mentorSchoolId = _mentorSchoolId;
		builder._curatorUserId = _curatorUserId;
		builder._teacherMentorUserId = _teacherMentorUserId;
		builder._menteeUserId = _menteeUserId;
		builder._startDate = _startDate;
		builder._endDate = _endDate;
		builder._orderNumber = _orderNumber;
		builder._orderDate = _orderDate;
		builder._orderFileEntryId = _orderFileEntryId;
		builder._explanation = _explanation;

		return builder;
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof AssignmentData)) {
			return false;
		}

		AssignmentData other = (AssignmentData)object;

		return (_kind == other._kind) && (_supportedSchoolId == other._supportedSchoolId) &&
			(_mentorSchoolId == other._mentorSchoolId) && (_curatorUserId == other._curatorUserId) &&
			(_teacherMentorUserId == other._teacherMentorUserId) && (_menteeUserId == other._menteeUserId) &&
			Objects.equals(_startDate, other._startDate) && Objects.equals(_endDate, other._endDate) &&
			Objects.equals(_orderNumber, other._orderNumber) && Objects.equals(_orderDate, other._orderDate) &&
			(_orderFileEntryId == other._orderFileEntryId) && Objects.equals(_explanation, other._explanation);
	}

	public long getCuratorUserId() {
		return _curatorUserId;
	}

	/** Null when open-ended. */
	public LocalDate getEndDate() {
		return _endDate;
	}

	public String getExplanation() {
		return _explanation;
	}

	public AssignmentKind getKind() {
		return _kind;
	}

	public long getMenteeUserId() {
		return _menteeUserId;
	}

	/** The supporting party of the kind: mentor school, curator or mentor teacher. */
	public long getMentorPartyId() {
		if (_kind == AssignmentKind.CURATOR) {
			return _curatorUserId;
		}

		if (_kind == AssignmentKind.TEACHER_MENTOR) {
			return _teacherMentorUserId;
		}

		return _mentorSchoolId;
	}

	public long getMentorSchoolId() {
		return _mentorSchoolId;
	}

	public LocalDate getOrderDate() {
		return _orderDate;
	}

	/** Document Library file entry of the order's scan, or 0. */
	public long getOrderFileEntryId() {
		return _orderFileEntryId;
	}

	public String getOrderNumber() {
		return _orderNumber;
	}

	/** The period, or null while the dates are missing or reversed. */
	public Period getPeriod() {
		if ((_startDate == null) || ((_endDate != null) && _endDate.isBefore(_startDate))) {
			return null;
		}

		return new Period(_startDate, _endDate);
	}

	public LocalDate getStartDate() {
		return _startDate;
	}

	public long getSupportedSchoolId() {
		return _supportedSchoolId;
	}

	public long getTeacherMentorUserId() {
		return _teacherMentorUserId;
	}

	@Override
	public int hashCode() {
		return Objects.hash(
			_kind, _supportedSchoolId, _mentorSchoolId, _curatorUserId, _teacherMentorUserId, _menteeUserId,
			_startDate, _endDate, _orderNumber, _orderDate, _orderFileEntryId, _explanation);
	}

	@Override
	public String toString() {
		return "AssignmentData[" + _kind + ", supported " + _supportedSchoolId + ", mentor school " +
			_mentorSchoolId + ", curator " + _curatorUserId + ", teacher " + _teacherMentorUserId + " -> " +
			_menteeUserId + ", " + _startDate + ".." + ((_endDate == null) ? "" : _endDate) + ", order " +
			_orderNumber + " of " + _orderDate + "]";
	}

	/** Every broken rule of the data itself (not the capacity, which needs the stored assignments). */
	public Violations validate() {
		Violations violations = new Violations();

		if (_kind == null) {
			violations.add("kind", "required");
		}

		violations.require(_supportedSchoolId > 0, "supportedSchoolId", "required");

		if (_kind == AssignmentKind.MENTOR_SCHOOL) {
			violations.require(_mentorSchoolId > 0, "mentorSchoolId", "required");
			_notApplicable(violations, _curatorUserId, "curatorUserId");
			_notApplicable(violations, _teacherMentorUserId, "teacherMentorUserId");
			_notApplicable(violations, _menteeUserId, "menteeUserId");
		}
		else if (_kind == AssignmentKind.CURATOR) {
			violations.require(_curatorUserId > 0, "curatorUserId", "required");
			_notApplicable(violations, _teacherMentorUserId, "teacherMentorUserId");
			_notApplicable(violations, _menteeUserId, "menteeUserId");
		}
		else if (_kind == AssignmentKind.TEACHER_MENTOR) {
			violations.require(_teacherMentorUserId > 0, "teacherMentorUserId", "required");
			violations.require(_menteeUserId > 0, "menteeUserId", "required");
			_notApplicable(violations, _curatorUserId, "curatorUserId");

			if ((_menteeUserId > 0) && (_menteeUserId == _teacherMentorUserId)) {
				violations.add("menteeUserId", "same-person");
			}
		}

		if (_mentorSchoolId < 0) {
			violations.add("mentorSchoolId", "invalid-id");
		}
		else if ((_mentorSchoolId > 0) && (_mentorSchoolId == _supportedSchoolId)) {
			violations.add("mentorSchoolId", "self-mentoring");
		}

		if (_startDate == null) {
			violations.add("startDate", "required");
		}
		else if ((_endDate != null) && _endDate.isBefore(_startDate)) {
			violations.add("endDate", "end-before-start", _startDate, _endDate);
		}

		boolean hasOrderNumber = (_orderNumber != null) && !_orderNumber.isBlank();

		if (hasOrderNumber && (_orderDate == null)) {
			violations.add("orderDate", "required");
		}
		else if (!hasOrderNumber && (_orderDate != null)) {
			violations.add("orderNumber", "required");
		}

		violations.requireLength(_orderNumber, MAX_ORDER_NUMBER_LENGTH, "orderNumber");
		violations.require(_orderFileEntryId >= 0, "orderFileEntryId", "invalid-id");
		violations.requireLength(_explanation, MAX_TEXT_LENGTH, "explanation");

		return violations;
	}

	public static final class Builder {

		public AssignmentData build() {
			return new AssignmentData(this);
		}

		public Builder curatorUserId(long curatorUserId) {
			_curatorUserId = curatorUserId;

			return this;
		}

		public Builder endDate(LocalDate endDate) {
			_endDate = endDate;

			return this;
		}

		public Builder explanation(String explanation) {
			_explanation = explanation;

			return this;
		}

		public Builder menteeUserId(long menteeUserId) {
			_menteeUserId = menteeUserId;

			return this;
		}

		public Builder mentorSchoolId(long mentorSchoolId) {
			_mentorSchoolId = mentorSchoolId;

			return this;
		}

		public Builder order(String orderNumber, LocalDate orderDate, long orderFileEntryId) {
			_orderNumber = orderNumber;
			_orderDate = orderDate;
			_orderFileEntryId = orderFileEntryId;

			return this;
		}

		public Builder period(LocalDate startDate, LocalDate endDate) {
			_startDate = startDate;
			_endDate = endDate;

			return this;
		}

		public Builder startDate(LocalDate startDate) {
			_startDate = startDate;

			return this;
		}

		public Builder supportedSchoolId(long supportedSchoolId) {
			_supportedSchoolId = supportedSchoolId;

			return this;
		}

		public Builder teacherMentorUserId(long teacherMentorUserId) {
			_teacherMentorUserId = teacherMentorUserId;

			return this;
		}

		private Builder(AssignmentKind kind) {
			_kind = kind;
		}

		private long _curatorUserId;
		private LocalDate _endDate;
		private String _explanation;
		private final AssignmentKind _kind;
		private long _menteeUserId;
		private long _mentorSchoolId;
		private LocalDate _orderDate;
		private long _orderFileEntryId;
		private String _orderNumber;
		private LocalDate _startDate;
		private long _supportedSchoolId;
		private long _teacherMentorUserId;

	}

	private static void _notApplicable(Violations violations, long id, String field) {
		if (id != 0) {
			violations.add(field, "not-applicable");
		}
	}

	private AssignmentData(Builder builder) {
		_kind = builder._kind;
		_supportedSchoolId = builder._supportedSchoolId;
		_mentorSchoolId = builder._mentorSchoolId;
		_curatorUserId = builder._curatorUserId;
		_teacherMentorUserId = builder._teacherMentorUserId;
		_menteeUserId = builder._menteeUserId;
		_startDate = builder._startDate;
		_endDate = builder._endDate;
		_orderNumber = builder._orderNumber;
		_orderDate = builder._orderDate;
		_orderFileEntryId = builder._orderFileEntryId;
		_explanation = builder._explanation;
	}

	private final long _curatorUserId;
	private final LocalDate _endDate;
	private final String _explanation;
	private final AssignmentKind _kind;
	private final long _menteeUserId;
	private final long _mentorSchoolId;
	private final LocalDate _orderDate;
	private final long _orderFileEntryId;
	private final String _orderNumber;
	private final LocalDate _startDate;
	private final long _supportedSchoolId;
	private final long _teacherMentorUserId;

}
