package ru.opora.mentoring.model;

import java.util.List;

/**
 * The optimal suggestion for a set of supported schools: the pairs (in the
 * order of the supported schools), the schools no mentor could take and the
 * total cost of the pairs.
 */
public final class MentorSuggestions {

	public MentorSuggestions(
		List<MentorSuggestion> suggestions, List<Long> unassignedSchoolIds, double totalCost) {

		_suggestions = List.copyOf(suggestions);
		_unassignedSchoolIds = List.copyOf(unassignedSchoolIds);
		_totalCost = totalCost;
	}

	public List<MentorSuggestion> getSuggestions() {
		return _suggestions;
	}

	public double getTotalCost() {
		return _totalCost;
	}

	public List<Long> getUnassignedSchoolIds() {
		return _unassignedSchoolIds;
	}

	@Override
	public String toString() {
		return "MentorSuggestions[" + _suggestions + ", unassigned " + _unassignedSchoolIds + ", total " +
			_totalCost + "]";
	}

	private final List<MentorSuggestion> _suggestions;
	private final double _totalCost;
	private final List<Long> _unassignedSchoolIds;

}
