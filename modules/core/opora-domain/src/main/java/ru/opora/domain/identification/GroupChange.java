package ru.opora.domain.identification;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a school's groups differ between two classifications: from one year to
 * the next ({@link IdentificationHistory#changes()}), or between two sets of
 * rules for the same year ({@link SchoolIdentifier#compare}). {@link
 * Group#NONE} takes part like any group, so a school leaving its last group
 * enters NONE.
 */
public final class GroupChange {

	public GroupChange(
		long schoolId, String schoolName, int fromYear, int toYear, Set<Group> oldGroups, Set<Group> newGroups) {

		_schoolId = schoolId;
		_schoolName = schoolName;
		_fromYear = fromYear;
		_toYear = toYear;
		_oldGroups = Collections.unmodifiableSet(EnumSet.copyOf(oldGroups));
		_newGroups = Collections.unmodifiableSet(EnumSet.copyOf(newGroups));
	}

	/** The groups in the new and not in the old classification. */
	public Set<Group> entered() {
		Set<Group> entered = EnumSet.copyOf(_newGroups);

		entered.removeAll(_oldGroups);

		return entered;
	}

	/** The year of the old classification; equal to {@link #toYear()} for a what-if. */
	public int fromYear() {
		return _fromYear;
	}

	public boolean isChange() {
		return !_oldGroups.equals(_newGroups);
	}

	/** The groups in the old and not in the new classification. */
	public Set<Group> left() {
		Set<Group> left = EnumSet.copyOf(_oldGroups);

		left.removeAll(_newGroups);

		return left;
	}

	public Set<Group> newGroups() {
		return _newGroups;
	}

	public Set<Group> oldGroups() {
		return _oldGroups;
	}

	public long schoolId() {
		return _schoolId;
	}

	public String schoolName() {
		return _schoolName;
	}

	public int toYear() {
		return _toYear;
	}

	@Override
	public String toString() {
		return "GroupChange[" + _schoolId + " " + _fromYear + "->" + _toYear + " " + _oldGroups + " -> " +
			_newGroups + "]";
	}

	private final int _fromYear;
	private final Set<Group> _newGroups;
	private final Set<Group> _oldGroups;
	private final long _schoolId;
	private final String _schoolName;
	private final int _toYear;

}
