package ru.opora.domain.identification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The groups of one school in one year, the well-being index and the reasons:
 * first those supporting each group (in group order), then the notes.
 */
public final class SchoolClassification {

	public SchoolClassification(
		long schoolId, String schoolName, int year, Set<Group> groups, Double wellBeingIndex,
		List<Reason> reasons) {

		_schoolId = schoolId;
		_schoolName = schoolName;
		_year = year;
		_groups = Collections.unmodifiableSet(
			groups.isEmpty() ? EnumSet.of(Group.NONE) : EnumSet.copyOf(groups));
		_wellBeingIndex = wellBeingIndex;
		_reasons = Collections.unmodifiableList(new ArrayList<>(reasons));
	}

	/** Never empty: {@link Group#NONE} alone when no group applies. */
	public Set<Group> groups() {
		return _groups;
	}

	public boolean has(Group group) {
		return _groups.contains(group);
	}

	/** The notes: ignored results, unknown index, suppressed groups. */
	public List<Reason> notes() {
		List<Reason> notes = new ArrayList<>();

		for (Reason reason : _reasons) {
			if (reason.isNote()) {
				notes.add(reason);
			}
		}

		return notes;
	}

	public List<Reason> reasons() {
		return _reasons;
	}

	/** The reasons with the code, groups and notes alike. */
	public List<Reason> reasons(ReasonCode code) {
		List<Reason> reasons = new ArrayList<>();

		for (Reason reason : _reasons) {
			if (reason.code() == code) {
				reasons.add(reason);
			}
		}

		return reasons;
	}

	/** The reasons that put the school in the group. */
	public List<Reason> reasons(Group group) {
		List<Reason> reasons = new ArrayList<>();

		for (Reason reason : _reasons) {
			if (reason.group() == group) {
				reasons.add(reason);
			}
		}

		return reasons;
	}

	/** The result group (low, risk, failure prevention or high), or NONE. */
	public Group resultGroup() {
		for (Group group : _groups) {
			if (group.isResultGroup()) {
				return group;
			}
		}

		return Group.NONE;
	}

	public long schoolId() {
		return _schoolId;
	}

	public String schoolName() {
		return _schoolName;
	}

	/** The social well-being index, null when unknown. */
	public Double wellBeingIndex() {
		return _wellBeingIndex;
	}

	public int year() {
		return _year;
	}

	@Override
	public String toString() {
		return "SchoolClassification[" + _schoolId + " " + _year + " " + _groups + " index=" + _wellBeingIndex +
			" " + _reasons + "]";
	}

	private final Set<Group> _groups;
	private final List<Reason> _reasons;
	private final long _schoolId;
	private final String _schoolName;
	private final Double _wellBeingIndex;
	private final int _year;

}
