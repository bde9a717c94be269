package ru.opora.domain.mentoring;

import java.util.Objects;

/** One suggested pair: a supported school and its mentor, with the pair's cost. */
public final class MentorAssignment {

	public MentorAssignment(int supportedIndex, String supportedId, int mentorIndex, String mentorId, double cost) {
		_supportedIndex = supportedIndex;
		_supportedId = Objects.requireNonNull(supportedId);
		_mentorIndex = mentorIndex;
		_mentorId = Objects.requireNonNull(mentorId);
		_cost = cost;
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof MentorAssignment)) {
			return false;
		}

		MentorAssignment other = (MentorAssignment)object;

		return (_supportedIndex == other._supportedIndex) && (_mentorIndex == other._mentorIndex) &&
			_supportedId.equals(other._supportedId) && _mentorId.equals(other._mentorId) &&
			(Double.compare(_cost, other._cost) == 0);
	}

	public double getCost() {
		return _cost;
	}

	public String getMentorId() {
		return _mentorId;
	}

	public int getMentorIndex() {
		return _mentorIndex;
	}

	public String getSupportedId() {
		return _supportedId;
	}

	public int getSupportedIndex() {
		return _supportedIndex;
	}

	@Override
	public int hashCode() {
		return Objects.hash(_supportedIndex, _supportedId, _mentorIndex, _mentorId, _cost);
	}

	@Override
	public String toString() {
		return _supportedId + "->" + _mentorId + " (" + _cost + ")";
	}

	private final double _cost;
	private final String _mentorId;
	private final int _mentorIndex;
	private final String _supportedId;
	private final int _supportedIndex;

}
