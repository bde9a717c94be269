package ru.opora.domain.mentoring.assignment;

import java.util.Collection;

import ru.opora.domain.validation.Violations;

/**
 * Rules of the assignment life cycle and of the mentors' load.
 *
 * <p>
 * Violation codes ({@code opora-error-} keys): {@code status-unchanged},
 * {@code status-final} (from status), {@code status-transition-not-allowed}
 * (from, to), {@code required} (statusReason of a cancellation),
 * {@code too-long}, {@code capacity-exceeded} (capacity, open assignments
 * already overlapping the period).
 * </p>
 */
public final class AssignmentRules {

	/** Default number of proposed and active assignments a curator (or mentor) may hold at once. */
	public static final int DEFAULT_CAPACITY = 2;

	/**
	 * Checks a load: the party may hold at most {@code capacity} open
	 * (proposed or active) assignments whose periods overlap {@code period},
	 * the new one included. The assignment itself ({@code assignmentId},
	 * 0 for a new one) is not counted twice.
	 *
	 * @param field the field the violation names (the party's field)
	 */
	public static Violations checkCapacity(
		String field, long assignmentId, Period period, Collection<ExistingAssignment> existing, int capacity) {

		if (capacity < 0) {
			throw new IllegalArgumentException("Negative capacity " + capacity);
		}

		int overlapping = countOverlapping(assignmentId, period, existing);

		Violations violations = new Violations();

		if (overlapping >= capacity) {
			violations.add(field, "capacity-exceeded", capacity, overlapping);
		}

		return violations;
	}

	/**
	 * Checks a status change; a cancellation needs a reason (at most
	 * {@link AssignmentData#MAX_TEXT_LENGTH} characters).
	 */
	public static Violations checkTransition(AssignmentStatus from, AssignmentStatus to, String reason) {
		Violations violations = new Violations();

		if (to == null) {
			return violations.add("status", "required");
		}

		if (from == to) {
			violations.add("status", "status-unchanged", from.code());
		}
		else if ((from != null) && from.isFinal()) {
			violations.add("status", "status-final", from.code());
		}
		else if ((from == null) ? (to != AssignmentStatus.PROPOSED) : !from.canChangeTo(to)) {
			violations.add(
				"status", "status-transition-not-allowed", (from == null) ? "" : from.code(), to.code());
		}

		if ((to == AssignmentStatus.CANCELLED) && ((reason == null) || reason.isBlank())) {
			violations.add("statusReason", "required");
		}

		violations.requireLength(reason, AssignmentData.MAX_TEXT_LENGTH, "statusReason");

		return violations;
	}

	/** Open assignments other than {@code assignmentId} whose periods overlap {@code period}. */
	public static int countOverlapping(long assignmentId, Period period, Collection<ExistingAssignment> existing) {
		int count = 0;

		for (ExistingAssignment assignment : existing) {
			if (((assignmentId == 0) || (assignment.getAssignmentId() != assignmentId)) &&
				assignment.getStatus().isOpen() && assignment.getPeriod().overlaps(period)) {

				count++;
			}
		}

		return count;
	}

	private AssignmentRules() {
	}

}
