package ru.opora.domain.mentoring;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import ru.opora.domain.school.SchoolLevel;

/**
 * What the cost model needs to know about a school that needs a mentor: its
 * level, where it is, the risk factors it works on (codes RF01..RF11, most
 * important first) and its weak subjects. Unknown values are null (level,
 * settlement, coordinates) or empty.
 */
public final class SupportedSchoolProfile {

	public SupportedSchoolProfile(
		String schoolId, SchoolLevel level, String settlement, Double latitude, Double longitude,
		List<String> priorityRiskFactors, Set<String> weakSubjects) {

		if ((schoolId == null) || schoolId.isBlank()) {
			throw new IllegalArgumentException("schoolId is required");
		}

		_schoolId = schoolId;
		_level = level;
		_settlement = settlement;
		_latitude = latitude;
		_longitude = longitude;
		_priorityRiskFactors = List.copyOf(priorityRiskFactors);
		_weakSubjects = Set.copyOf(weakSubjects);
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

	/** Risk factor codes, most important first. */
	public List<String> getPriorityRiskFactors() {
		return _priorityRiskFactors;
	}

	public String getSchoolId() {
		return _schoolId;
	}

	public String getSettlement() {
		return _settlement;
	}

	public Set<String> getWeakSubjects() {
		return _weakSubjects;
	}

	@Override
	public String toString() {
		return "SupportedSchoolProfile[" + _schoolId + ", " + _level + ", " + _settlement + ", " +
			Objects.toString(_priorityRiskFactors) + ", " + _weakSubjects + "]";
	}

	private final Double _latitude;
	private final SchoolLevel _level;
	private final Double _longitude;
	private final List<String> _priorityRiskFactors;
	private final String _schoolId;
	private final String _settlement;
	private final Set<String> _weakSubjects;

}
