package ru.opora.domain.mentoring.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.opora.domain.validation.Violation;

class AssignmentDataTest {

	static final LocalDate START = LocalDate.of(2024, 9, 1);

	static final LocalDate END = LocalDate.of(2025, 5, 31);

	static AssignmentData.Builder curator() {
		return AssignmentData.builder(
			AssignmentKind.CURATOR
		).supportedSchoolId(
			11
		).curatorUserId(
			501
		).period(
			START, END
		);
	}

	static AssignmentData.Builder mentorSchool() {
		return AssignmentData.builder(
			AssignmentKind.MENTOR_SCHOOL
		).supportedSchoolId(
			11
		).mentorSchoolId(
			22
		).period(
			START, END
		).order(
			"71-од", LocalDate.of(2024, 8, 25), 9001
		);
	}

	static AssignmentData.Builder teacherMentor() {
		return AssignmentData.builder(
			AssignmentKind.TEACHER_MENTOR
		).supportedSchoolId(
			11
		).teacherMentorUserId(
			601
		).menteeUserId(
			602
		).period(
			START, null
		);
	}

	@Test
	void validAssignmentsOfEachKind() {
		assertTrue(mentorSchool().build().validate().isEmpty());
		assertTrue(curator().build().validate().isEmpty());
		assertTrue(curator().mentorSchoolId(22).build().validate().isEmpty());
		assertTrue(teacherMentor().build().validate().isEmpty());
		assertTrue(teacherMentor().mentorSchoolId(22).build().validate().isEmpty());
	}

	@Test
	void mentorSchoolNeedsBothSchoolsAndNoPeople() {
		assertEquals(
			List.of(
				Violation.of("supportedSchoolId", "required"), Violation.of("mentorSchoolId", "required"),
				Violation.of("curatorUserId", "not-applicable"),
				Violation.of("teacherMentorUserId", "not-applicable"), Violation.of("menteeUserId", "not-applicable")),
			mentorSchool().supportedSchoolId(
				0
			).mentorSchoolId(
				0
			).curatorUserId(
				1
			).teacherMentorUserId(
				2
			).menteeUserId(
				3
			).build(
			).validate(
			).list());
	}

	@Test
	void curatorNeedsACurator() {
		assertEquals(
			List.of(
				Violation.of("curatorUserId", "required"), Violation.of("teacherMentorUserId", "not-applicable")),
			curator().curatorUserId(0).teacherMentorUserId(5).build().validate().list());
	}

	@Test
	void teacherMentorNeedsTwoDifferentTeachers() {
		assertEquals(
			List.of(Violation.of("teacherMentorUserId", "required"), Violation.of("menteeUserId", "required")),
			teacherMentor().teacherMentorUserId(0).menteeUserId(0).build().validate().list());
		assertEquals(
			List.of(Violation.of("menteeUserId", "same-person")),
			teacherMentor().menteeUserId(601).build().validate().list());
		assertEquals(
			List.of(Violation.of("curatorUserId", "not-applicable")),
			teacherMentor().curatorUserId(501).build().validate().list());
	}

	@Test
	void aSchoolNeverMentorsItself() {
		assertEquals(
			List.of(Violation.of("mentorSchoolId", "self-mentoring")),
			mentorSchool().mentorSchoolId(11).build().validate().list());
		assertEquals(
			List.of(Violation.of("mentorSchoolId", "self-mentoring")),
			curator().mentorSchoolId(11).build().validate().list());
		assertEquals(
			List.of(Violation.of("mentorSchoolId", "invalid-id")),
			curator().mentorSchoolId(-1).build().validate().list());
	}

	@Test
	void kindIsRequired() {
		assertEquals(
			List.of(Violation.of("kind", "required")),
			AssignmentData.builder(null).supportedSchoolId(11).startDate(START).build().validate().list());
	}

	@Test
	void datesStartNotAfterEnd() {
		assertTrue(mentorSchool().period(START, START).build().validate().isEmpty());
		assertTrue(mentorSchool().period(START, null).build().validate().isEmpty());
		assertEquals(
			List.of(Violation.of("endDate", "end-before-start", START, START.minusDays(1))),
			mentorSchool().period(START, START.minusDays(1)).build().validate().list());
		assertEquals(
			List.of(Violation.of("startDate", "required")),
			mentorSchool().period(null, END).build().validate().list());
		assertNull(mentorSchool().period(START, START.minusDays(1)).build().getPeriod());
		assertNull(mentorSchool().period(null, END).build().getPeriod());
		assertEquals(new Period(START, END), mentorSchool().build().getPeriod());
	}

	@Test
	void orderNumberAndDateGoTogether() {
		assertEquals(
			List.of(Violation.of("orderDate", "required")),
			mentorSchool().order("71-од", null, 0).build().validate().list());
		assertEquals(
			List.of(Violation.of("orderNumber", "required")),
			mentorSchool().order(" ", START, 0).build().validate().list());
		assertTrue(mentorSchool().order(null, null, 0).build().validate().isEmpty());
		assertEquals(
			List.of(Violation.of("orderNumber", "too-long", 75)),
			mentorSchool().order("1".repeat(76), START, 0).build().validate().list());
		assertEquals(
			List.of(Violation.of("orderFileEntryId", "invalid-id")),
			mentorSchool().order("1", START, -5).build().validate().list());
		assertEquals(
			List.of(Violation.of("explanation", "too-long", 4000)),
			mentorSchool().explanation("x".repeat(4001)).build().validate().list());
	}

	@Test
	void mentorPartyFollowsTheKind() {
		assertEquals(22, mentorSchool().build().getMentorPartyId());
		assertEquals(501, curator().mentorSchoolId(22).build().getMentorPartyId());
		assertEquals(601, teacherMentor().build().getMentorPartyId());
		assertEquals("curatorUserId", AssignmentKind.CURATOR.mentorField());
	}

	@Test
	void toBuilderKeepsEveryValue() {
		AssignmentData data = mentorSchool().explanation("why").build();

		assertEquals(data, data.toBuilder().build());
		assertEquals(data.hashCode(), data.toBuilder().build().hashCode());
		assertEquals(LocalDate.of(2026, 1, 1), data.toBuilder().endDate(LocalDate.of(2026, 1, 1)).build().getEndDate());
	}

}
