package ru.opora.domain.mentoring;

import java.util.Set;

import ru.opora.domain.school.SchoolLevel;

/**
 * A school that can mentor: its level and place, how many schools it may
 * mentor in all ({@code maxSchools}) and already mentors
 * ({@code currentLoad}), its strengths (subjects with high results, risk
 * factors it has overcome) and the schools it already cooperates with
 * (agreements, partnerships).
 */
public final class MentorCandidate {

	public MentorCandidate(
		String schoolId, SchoolLevel level, String settlement, Double latitude, Double longitude, int maxSchools,
		int currentLoad, Set<String> strongSubjects, Set<String> overcomeRiskFactors,
		Set<String> cooperatingSchoolIds) {

		if ((schoolId == null) || schoolId.isBlank()) {
			throw new IllegalArgumentException("schoolId is required");
		}

		if ((maxSchools < 0) || (currentLoad < 0)) {
			throw new IllegalArgumentException("maxSchools and currentLoad must not be negative");
		}

		_schoolId = schoolId;
		_level = level;
		_settlement = settlement;
		_latitude = latitude;
		_longitude = longitude;
		_maxSchools = maxSchools;
		_currentLoad = currentLoad;
		_strongSubjects = Set.copyOf(strongSubjects);
		_overcomeRiskFactors = Set.copyOf(overcomeRiskFactors);
		_cooperatingSchoolIds = Set.copyOf(cooperatingSchoolIds);
	}

	public Set<String> getCooperatingSchoolIds() {
		return _cooperatingSchoolIds;
	}

	public int getCurrentLoad() {
		return _currentLoad;
	}

	/** Schools it can still take: maxSchools less currentLoad, at least 0. */
	public int getFreeCapacity() {
		return Math.max(0, _maxSchools - _currentLoad);
	}

	public Double getLatitude() {
		return _latitude;
	}

	public SchoolLevel getLevel() {
		return _level;
	}

	public Double getLongitude() {
		return _longitude;
	}

	public int getMaxSchools() {
		return _maxSchools;
	}

	public Set<String> getOvercomeRiskFactors() {
		return _overcomeRiskFactors;
	}

	public String getSchoolId() {
		return _schoolId;
	}

	public String getSettlement() {
		return _settlement;
	}

	public Set<String> getStrongSubjects() {
		return _strongSubjects;
	}

	@Override
	public String toString() {
		return "MentorCandidate[" + _schoolId + ", " + _level + ", " + _settlement + ", load " + _currentLoad + "/" +
			_maxSchools + "]";
	}

	private final Set<String> _cooperatingSchoolIds;
	private final int _currentLoad;
	private final Double _latitude;
	private final SchoolLevel _level;
	private final Double _longitude;
	private final int _maxSchools;
	private final Set<String> _overcomeRiskFactors;
	private final String _schoolId;
	private final String _settlement;
	private final Set<String> _strongSubjects;

}
