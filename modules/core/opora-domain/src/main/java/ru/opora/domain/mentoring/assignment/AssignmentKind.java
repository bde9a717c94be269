package ru.opora.domain.mentoring.assignment;

import java.util.Optional;

/**
 * Who supports whom: a mentor school a supported school, a curator (a portal
 * user, usually the director of a strong school) a supported school, or a
 * teacher another teacher.
 */
public enum AssignmentKind {

	MENTOR_SCHOOL("mentorSchoolId"), CURATOR("curatorUserId"), TEACHER_MENTOR("teacherMentorUserId");

	public static Optional<AssignmentKind> parse(String code) {
		return Codes.parse(AssignmentKind.class, code);
	}

	public String code() {
		return Codes.code(this);
	}

	/** The field of the supporting party, whose load the capacity rule limits. */
	public String mentorField() {
		return _mentorField;
	}

	private AssignmentKind(String mentorField) {
		_mentorField = mentorField;
	}

	private final String _mentorField;

}
