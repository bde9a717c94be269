package ru.opora.domain.cooperation;

import java.util.EnumSet;
import java.util.Set;

import ru.opora.domain.identification.Group;

/** A school of the view with its identification groups (empty when not identified). */
public final class NetworkSchool {

	public NetworkSchool(long schoolId, String name, Set<Group> groups) {
		_schoolId = schoolId;
		_name = name;
		_groups = groups.isEmpty() ? EnumSet.noneOf(Group.class) : EnumSet.copyOf(groups);
	}

	public Set<Group> getGroups() {
		return java.util.Collections.unmodifiableSet(_groups);
	}

	public String getName() {
		return _name;
	}

	public long getSchoolId() {
		return _schoolId;
	}

	public boolean isHighResults() {
		return _groups.contains(Group.HIGH_RESULTS);
	}

	/** ШНОР. */
	public boolean isLowResults() {
		return _groups.contains(Group.LOW_RESULTS);
	}

	/** ШНОР, ШНСУ or risk zone: highlighted in the view. */
	public boolean isWeak() {
		return _groups.contains(Group.LOW_RESULTS) || _groups.contains(Group.UNFAVOURABLE_CONDITIONS) ||
			_groups.contains(Group.RISK_ZONE);
	}

	private final Set<Group> _groups;
	private final String _name;
	private final long _schoolId;

}
