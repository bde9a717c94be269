package ru.opora.domain.mentoring;

import java.util.Arrays;
import java.util.List;

/**
 * The suggested assignment: the pairs (in the order the supported schools
 * were added), the supported schools left without a mentor (same order) and
 * the total cost of the pairs.
 */
public final class MentorMatching {

	MentorMatching(
		List<MentorAssignment> assignments, List<String> unassigned, double totalCost, int[] mentorOf) {

		_assignments = List.copyOf(assignments);
		_unassigned = List.copyOf(unassigned);
		_totalCost = totalCost;
		_mentorOf = mentorOf;
	}

	public int getAssignedCount() {
		return _assignments.size();
	}

	public List<MentorAssignment> getAssignments() {
		return _assignments;
	}

	/** Mentor index per supported school index, -1 when unassigned. */
	public int[] getMentorIndexes() {
		return Arrays.copyOf(_mentorOf, _mentorOf.length);
	}

	/** Mentor index of the supported school, or -1. */
	public int getMentorIndex(int supportedIndex) {
		return _mentorOf[supportedIndex];
	}

	public double getTotalCost() {
		return _totalCost;
	}

	/** Ids of the supported schools no mentor could take. */
	public List<String> getUnassigned() {
		return _unassigned;
	}

	public boolean isComplete() {
		return _unassigned.isEmpty();
	}

	@Override
	public String toString() {
		return "MentorMatching[assigned=" + _assignments.size() + ", unassigned=" + _unassigned +
			", totalCost=" + _totalCost + "]";
	}

	private final List<MentorAssignment> _assignments;
	private final int[] _mentorOf;
	private final double _totalCost;
	private final List<String> _unassigned;

}
