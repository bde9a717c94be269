package ru.opora.mentoring.model;

import java.util.List;

import ru.opora.domain.mentoring.CostComponent;
import ru.opora.domain.mentoring.assignment.Explanation;

/**
 * A suggested (not stored) pair: a supported school and its mentor school,
 * with the pair's cost and the components that explain it.
 */
public final class MentorSuggestion {

	public MentorSuggestion(
		long supportedSchoolId, long mentorSchoolId, double cost, List<CostComponent> components) {

		_supportedSchoolId = supportedSchoolId;
		_mentorSchoolId = mentorSchoolId;
		_cost = cost;
		_components = List.copyOf(components);
	}

	public List<CostComponent> getComponents() {
		return _components;
	}

	public double getCost() {
		return _cost;
	}

	/** The stored form of the components ({@link Explanation}). */
	public String getExplanation() {
		return Explanation.format(_components);
	}

	public long getMentorSchoolId() {
		return _mentorSchoolId;
	}

	public long getSupportedSchoolId() {
		return _supportedSchoolId;
	}

	@Override
	public String toString() {
		return "MentorSuggestion[" + _supportedSchoolId + " -> " + _mentorSchoolId + ", " + _cost + "]";
	}

	private final List<CostComponent> _components;
	private final double _cost;
	private final long _mentorSchoolId;
	private final long _supportedSchoolId;

}
