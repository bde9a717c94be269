package ru.opora.domain.mentoring.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.opora.domain.validation.Violation;

class CapacityTest {

	private static LocalDate _d(int month, int day) {
		return LocalDate.of(2024, month, day);
	}

	private static ExistingAssignment _existing(long id, AssignmentStatus status, LocalDate start, LocalDate end) {
		return new ExistingAssignment(id, status, new Period(start, end));
	}

	@Test
	void periodsOverlapOnSharedDays() {
		Period period = new Period(_d(3, 1), _d(5, 31));

		assertTrue(period.overlaps(new Period(_d(5, 31), _d(6, 30))), "last day shared");
		assertTrue(period.overlaps(new Period(_d(1, 1), _d(3, 1))), "first day shared");
		assertFalse(period.overlaps(new Period(_d(6, 1), _d(6, 30))), "next day");
		assertFalse(period.overlaps(new Period(_d(1, 1), _d(2, 29))), "day before");
		assertTrue(period.overlaps(new Period(_d(4, 1), _d(4, 2))), "inside");
		assertTrue(new Period(_d(4, 1), _d(4, 2)).overlaps(period), "symmetric");
		assertTrue(period.overlaps(new Period(_d(1, 1), null)), "open period from before");
		assertFalse(period.overlaps(new Period(_d(6, 1), null)), "open period after");
		assertTrue(new Period(_d(6, 1), null).overlaps(new Period(_d(12, 1), null)), "two open periods");
		assertTrue(period.contains(_d(3, 1)));
		assertTrue(period.contains(_d(5, 31)));
		assertFalse(period.contains(_d(6, 1)));
		assertTrue(new Period(_d(6, 1), null).contains(LocalDate.of(2100, 1, 1)));
		assertThrows(IllegalArgumentException.class, () -> new Period(_d(6, 1), _d(5, 31)));
	}

	@Test
	void defaultCapacityIsTwoPerCurator() {
		Period period = new Period(_d(9, 1), _d(12, 31));

		List<ExistingAssignment> one = List.of(_existing(1, AssignmentStatus.ACTIVE, _d(1, 1), _d(9, 1)));

		assertTrue(
			AssignmentRules.checkCapacity("curatorUserId", 0, period, one, AssignmentRules.DEFAULT_CAPACITY).isEmpty());

		List<ExistingAssignment> two = List.of(
			_existing(1, AssignmentStatus.ACTIVE, _d(1, 1), _d(9, 1)),
			_existing(2, AssignmentStatus.PROPOSED, _d(12, 31), null));

		assertEquals(
			List.of(Violation.of("curatorUserId", "capacity-exceeded", 2, 2)),
			AssignmentRules.checkCapacity("curatorUserId", 0, period, two, AssignmentRules.DEFAULT_CAPACITY).list());
	}

	@Test
	void closedAndNonOverlappingAssignmentsDoNotCount() {
		Period period = new Period(_d(9, 1), _d(12, 31));

		List<ExistingAssignment> existing = List.of(
			_existing(1, AssignmentStatus.FINISHED, _d(1, 1), null),
			_existing(2, AssignmentStatus.CANCELLED, _d(9, 1), _d(12, 31)),
			_existing(3, AssignmentStatus.ACTIVE, _d(1, 1), _d(8, 31)),
			_existing(4, AssignmentStatus.PROPOSED, _d(9, 15), _d(9, 16)));

		assertEquals(1, AssignmentRules.countOverlapping(0, period, existing));
		assertTrue(AssignmentRules.checkCapacity("mentorSchoolId", 0, period, existing, 2).isEmpty());
		assertEquals(
			List.of(Violation.of("mentorSchoolId", "capacity-exceeded", 1, 1)),
			AssignmentRules.checkCapacity("mentorSchoolId", 0, period, existing, 1).list());
	}

	@Test
	void anUpdatedAssignmentIsNotCountedTwice() {
		Period period = new Period(_d(9, 1), _d(12, 31));

		List<ExistingAssignment> existing = List.of(
			_existing(7, AssignmentStatus.ACTIVE, _d(9, 1), _d(12, 31)),
			_existing(8, AssignmentStatus.ACTIVE, _d(9, 1), _d(12, 31)));

		assertTrue(AssignmentRules.checkCapacity("curatorUserId", 7, period, existing, 2).isEmpty());
		assertEquals(1, AssignmentRules.checkCapacity("curatorUserId", 0, period, existing, 2).list().size());
	}

	@Test
	void capacityZeroRefusesEverythingAndNegativeIsAnError() {
		Period period = new Period(_d(9, 1), null);

		assertEquals(
			List.of(Violation.of("curatorUserId", "capacity-exceeded", 0, 0)),
			AssignmentRules.checkCapacity("curatorUserId", 0, period, List.of(), 0).list());
		assertThrows(
			IllegalArgumentException.class,
			() -> AssignmentRules.checkCapacity("curatorUserId", 0, period, List.of(), -1));
	}

}
