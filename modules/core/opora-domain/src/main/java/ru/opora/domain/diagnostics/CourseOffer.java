package ru.opora.domain.diagnostics;

import java.time.LocalDate;
import java.util.Set;

/** A catalogue course as the route rules see it. */
public final class CourseOffer {

	public CourseOffer(long courseId, String name, Set<String> competenceCodes, LocalDate start, LocalDate end, int hours) {
		_courseId = courseId;
		_name = name;
		_competenceCodes = Set.copyOf(competenceCodes);
		_start = start;
		_end = end;
		_hours = hours;
	}

	public long courseId() {
		return _courseId;
	}

	public String name() {
		return _name;
	}

	public Set<String> competenceCodes() {
		return _competenceCodes;
	}

	public LocalDate start() {
		return _start;
	}

	public LocalDate end() {
		return _end;
	}

	public int hours() {
		return _hours;
	}

	private final Set<String> _competenceCodes;
	private final long _courseId;
	private final LocalDate _end;
	private final int _hours;
	private final String _name;
	private final LocalDate _start;

}
