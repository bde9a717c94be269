package ru.opora.domain.mentoring.assignment;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Life cycle of an assignment: proposed, then active (by an order), then
 * finished; proposed and active ones may be cancelled with a reason. Finished
 * and cancelled are final.
 */
public enum AssignmentStatus {

	PROPOSED, ACTIVE, FINISHED, CANCELLED;

	public static Optional<AssignmentStatus> parse(String code) {
		return Codes.parse(AssignmentStatus.class, code);
	}

	public boolean canChangeTo(AssignmentStatus status) {
		return nextStatuses().contains(status);
	}

	public String code() {
		return Codes.code(this);
	}

	/** No transition leaves a final status. */
	public boolean isFinal() {
		return (this == FINISHED) || (this == CANCELLED);
	}

	/** Proposed and active assignments take a place of the mentor's capacity. */
	public boolean isOpen() {
		return !isFinal();
	}

	public Set<AssignmentStatus> nextStatuses() {
		if (this == PROPOSED) {
			return EnumSet.of(ACTIVE, CANCELLED);
		}

		if (this == ACTIVE) {
			return EnumSet.of(FINISHED, CANCELLED);
		}

		return EnumSet.noneOf(AssignmentStatus.class);
	}

}
