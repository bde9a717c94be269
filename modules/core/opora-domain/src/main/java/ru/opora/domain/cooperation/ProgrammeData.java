package ru.opora.domain.cooperation;

import java.time.LocalDate;
import java.util.List;

/** A programme run jointly under an agreement. */
public final class ProgrammeData {

	public ProgrammeData(
		String name, ProgrammeKind kind, int hours, String grades, int pupils, LocalDate startDate,
		LocalDate endDate, List<ModuleData> modules) {

		_name = (name == null) ? "" : name.trim();
		_kind = kind;
		_hours = hours;
		_grades = (grades == null) ? "" : grades.trim();
		_pupils = pupils;
		_startDate = startDate;
		_endDate = endDate;
		_modules = List.copyOf(modules);
	}

	public LocalDate getEndDate() {
		return _endDate;
	}

	public String getGrades() {
		return _grades;
	}

	public int getHours() {
		return _hours;
	}

	public ProgrammeKind getKind() {
		return _kind;
	}

	public List<ModuleData> getModules() {
		return _modules;
	}

	public String getName() {
		return _name;
	}

	public int getPupils() {
		return _pupils;
	}

	public LocalDate getStartDate() {
		return _startDate;
	}

	private final LocalDate _endDate;
	private final String _grades;
	private final int _hours;
	private final ProgrammeKind _kind;
	private final List<ModuleData> _modules;
	private final String _name;
	private final int _pupils;
	private final LocalDate _startDate;

}
