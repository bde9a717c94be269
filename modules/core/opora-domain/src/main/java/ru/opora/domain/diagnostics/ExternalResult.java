package ru.opora.domain.diagnostics;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One teacher's result of an external diagnostic, checked and resolved (the
 * school of the site, the portal user): what an import stores as one attempt.
 */
public final class ExternalResult {

	public ExternalResult(
		long schoolId, long teacherUserId, String subject, LocalDate date, Map<String, Double> percents) {

		_schoolId = schoolId;
		_teacherUserId = teacherUserId;
		_subject = subject;
		_date = date;
		_percents = Collections.unmodifiableMap(new LinkedHashMap<>(percents));
	}

	public LocalDate date() {
		return _date;
	}

	/** Competence code → percent (0–100). */
	public Map<String, Double> percents() {
		return _percents;
	}

	public long schoolId() {
		return _schoolId;
	}

	public String subject() {
		return _subject;
	}

	public long teacherUserId() {
		return _teacherUserId;
	}

	@Override
	public String toString() {
		return _teacherUserId + "@" + _schoolId + " " + _subject + " " + _date + " " + _percents;
	}

	private final LocalDate _date;
	private final Map<String, Double> _percents;
	private final long _schoolId;
	private final String _subject;
	private final long _teacherUserId;

}
