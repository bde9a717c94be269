package ru.opora.domain.diagnostics;

import java.util.Set;

/**
 * What the aggregates know of one teacher: school, subject, whether a
 * diagnostic was completed, the deficit competences of the latest one,
 * whether a route exists, and the dynamics (null without a repeat).
 */
public final class TeacherStatus {

	public TeacherStatus(
		long teacherId, long schoolId, String subject, boolean diagnosed, Set<String> deficits, boolean route,
		Boolean positiveDynamics) {

		_teacherId = teacherId;
		_schoolId = schoolId;
		_subject = (subject == null) ? "" : subject;
		_diagnosed = diagnosed;
		_deficits = Set.copyOf(deficits);
		_route = route;
		_positiveDynamics = positiveDynamics;
	}

	public long teacherId() {
		return _teacherId;
	}

	public long schoolId() {
		return _schoolId;
	}

	public String subject() {
		return _subject;
	}

	public boolean diagnosed() {
		return _diagnosed;
	}

	public Set<String> deficits() {
		return _deficits;
	}

	public boolean route() {
		return _route;
	}

	public Boolean positiveDynamics() {
		return _positiveDynamics;
	}

	private final Set<String> _deficits;
	private final boolean _diagnosed;
	private final Boolean _positiveDynamics;
	private final boolean _route;
	private final long _schoolId;
	private final String _subject;
	private final long _teacherId;

}
