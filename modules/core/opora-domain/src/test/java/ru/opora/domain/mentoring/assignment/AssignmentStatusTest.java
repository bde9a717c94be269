package ru.opora.domain.mentoring.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import ru.opora.domain.validation.Violation;

class AssignmentStatusTest {

	private static final Set<List<AssignmentStatus>> _ALLOWED = Set.of(
		List.of(AssignmentStatus.PROPOSED, AssignmentStatus.ACTIVE),
		List.of(AssignmentStatus.PROPOSED, AssignmentStatus.CANCELLED),
		List.of(AssignmentStatus.ACTIVE, AssignmentStatus.FINISHED),
		List.of(AssignmentStatus.ACTIVE, AssignmentStatus.CANCELLED));

	@Test
	void everyPairOfStatusesFollowsTheStateMachine() {
		for (AssignmentStatus from : AssignmentStatus.values()) {
			for (AssignmentStatus to : AssignmentStatus.values()) {
				boolean allowed = _ALLOWED.contains(List.of(from, to));

				assertEquals(allowed, from.canChangeTo(to), from + " -> " + to);

				List<Violation> violations = AssignmentRules.checkTransition(from, to, "reason").list();

				assertEquals(allowed, violations.isEmpty(), from + " -> " + to + ": " + violations);
			}
		}
	}

	@Test
	void finalStatusesHaveNoWayOut() {
		assertEquals(List.of(Violation.of("status", "status-final", "finished")), AssignmentRules.checkTransition(
			AssignmentStatus.FINISHED, AssignmentStatus.ACTIVE, null).list());
		assertEquals(
			List.of(Violation.of("status", "status-final", "cancelled")),
			AssignmentRules.checkTransition(AssignmentStatus.CANCELLED, AssignmentStatus.PROPOSED, null).list());
		assertTrue(AssignmentStatus.FINISHED.nextStatuses().isEmpty());
		assertTrue(AssignmentStatus.CANCELLED.nextStatuses().isEmpty());
	}

	@Test
	void cancellationNeedsAReason() {
		assertEquals(
			List.of(Violation.of("statusReason", "required")),
			AssignmentRules.checkTransition(AssignmentStatus.ACTIVE, AssignmentStatus.CANCELLED, "  ").list());
		assertEquals(
			List.of(Violation.of("statusReason", "required")),
			AssignmentRules.checkTransition(AssignmentStatus.PROPOSED, AssignmentStatus.CANCELLED, null).list());
		assertTrue(
			AssignmentRules.checkTransition(AssignmentStatus.PROPOSED, AssignmentStatus.ACTIVE, null).isEmpty());
		assertTrue(
			AssignmentRules.checkTransition(AssignmentStatus.ACTIVE, AssignmentStatus.FINISHED, "").isEmpty());
	}

	@Test
	void longReasonIsRejected() {
		assertEquals(
			List.of(Violation.of("statusReason", "too-long", 4000)),
			AssignmentRules.checkTransition(
				AssignmentStatus.ACTIVE, AssignmentStatus.CANCELLED, "x".repeat(4001)).list());
	}

	@Test
	void newAssignmentStartsProposed() {
		assertTrue(AssignmentRules.checkTransition(null, AssignmentStatus.PROPOSED, null).isEmpty());
		assertEquals(
			List.of(Violation.of("status", "status-transition-not-allowed", "", "active")),
			AssignmentRules.checkTransition(null, AssignmentStatus.ACTIVE, null).list());
		assertEquals(
			List.of(Violation.of("status", "required")),
			AssignmentRules.checkTransition(AssignmentStatus.ACTIVE, null, null).list());
	}

	@Test
	void sameStatusIsNotAChange() {
		assertEquals(
			List.of(Violation.of("status", "status-unchanged", "active")),
			AssignmentRules.checkTransition(AssignmentStatus.ACTIVE, AssignmentStatus.ACTIVE, null).list());
	}

	@ParameterizedTest
	@EnumSource(AssignmentStatus.class)
	void codesRoundTrip(AssignmentStatus status) {
		assertEquals(Optional.of(status), AssignmentStatus.parse(status.code()));
		assertEquals(status.isOpen(), EnumSet.of(AssignmentStatus.PROPOSED, AssignmentStatus.ACTIVE).contains(status));
	}

	@Test
	void codesOfTheOtherEnums() {
		assertEquals("mentor-school", AssignmentKind.MENTOR_SCHOOL.code());
		assertEquals(Optional.of(AssignmentKind.TEACHER_MENTOR), AssignmentKind.parse(" teacher-mentor "));
		assertEquals(Optional.empty(), AssignmentKind.parse("tutor"));
		assertEquals(Optional.empty(), AssignmentKind.parse(null));
		assertEquals(
			Optional.of(SupportEventType.GROWTH_POINT_PROGRAMME), SupportEventType.parse("growth-point-programme"));
		assertEquals("mutual-lesson-visit", SupportEventType.MUTUAL_LESSON_VISIT.code());
		assertEquals(Optional.of(SupportEventStatus.DONE), SupportEventStatus.parse("DONE"));
		assertFalse(SupportEventStatus.parse("late").isPresent());
	}

}
