package ru.opora.schools.web.internal.display.context;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import ru.opora.domain.identification.Group;
import ru.opora.domain.school.SchoolData;

import ru.opora.schools.model.School;

/**
 * One row of the schools list: the school, its groups and well-being index
 * of its latest classified year, and its latest key figures.
 *
 * @author Opora
 */
public class SchoolSummary {

	public SchoolSummary(
		School school, SchoolData schoolData, Set<Group> groups,
		Integer classifiedYear, Double wellBeingIndex, KeyFigures keyFigures) {

		_school = school;
		_schoolData = schoolData;
		_groups = groups.isEmpty() ? Collections.emptySet() :
			Collections.unmodifiableSet(EnumSet.copyOf(groups));
		_classifiedYear = classifiedYear;
		_wellBeingIndex = wellBeingIndex;
		_keyFigures = keyFigures;
	}

	/** The year the groups come from, null when the school has no data. */
	public Integer getClassifiedYear() {
		return _classifiedYear;
	}

	public Set<Group> getGroups() {
		return _groups;
	}

	/** The latest year's key figures, null without results. */
	public KeyFigures getKeyFigures() {
		return _keyFigures;
	}

	public String getName() {
		return _schoolData.name();
	}

	public School getSchool() {
		return _school;
	}

	public SchoolData getSchoolData() {
		return _schoolData;
	}

	public long getSchoolId() {
		return _school.getSchoolId();
	}

	public Double getWellBeingIndex() {
		return _wellBeingIndex;
	}

	private final Integer _classifiedYear;
	private final Set<Group> _groups;
	private final KeyFigures _keyFigures;
	private final School _school;
	private final SchoolData _schoolData;
	private final Double _wellBeingIndex;

}
