package ru.opora.domain.diagnostics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Aggregate figures of a set of teachers (a municipality, the region): the
 * roadmap indicators of seed 002 — share diagnosed, share with a route,
 * share with positive dynamics (of those with a repeat) — and deficits by
 * subject and competence (of the diagnosed teachers of the subject). Every
 * figure whose group has fewer than {@link #MIN_GROUP} teachers is
 * suppressed.
 */
public final class Aggregates {

	public static final int MIN_GROUP = 5;

	public static Aggregates of(Collection<TeacherStatus> teachers) {
		return new Aggregates(teachers);
	}

	public Figure diagnosed() {
		return _diagnosed;
	}

	public Figure withRoute() {
		return _withRoute;
	}

	public Figure positiveDynamics() {
		return _positiveDynamics;
	}

	public int teachers() {
		return (_teachers < MIN_GROUP) ? -1 : _teachers;
	}

	/** One row per subject and deficit competence, sorted by subject then competence. */
	public List<DeficitRow> deficits() {
		return _deficits;
	}

	public static final class DeficitRow {

		public DeficitRow(String subject, String competenceCode, Figure figure) {
			_subject = subject;
			_competenceCode = competenceCode;
			_figure = figure;
		}

		public String subject() {
			return _subject;
		}

		public String competenceCode() {
			return _competenceCode;
		}

		public Figure figure() {
			return _figure;
		}

		private final String _competenceCode;
		private final Figure _figure;
		private final String _subject;

	}

	private Aggregates(Collection<TeacherStatus> teachers) {
		int diagnosed = 0;
		int withRoute = 0;
		int repeated = 0;
		int positive = 0;
		Map<String, Integer> diagnosedBySubject = new TreeMap<>();
		Map<String, Map<String, Integer>> deficits = new TreeMap<>();

		for (TeacherStatus teacher : teachers) {
			if (teacher.route()) {
				withRoute++;
			}

			if (teacher.positiveDynamics() != null) {
				repeated++;

				if (teacher.positiveDynamics()) {
					positive++;
				}
			}

			if (!teacher.diagnosed()) {
				continue;
			}

			diagnosed++;
			diagnosedBySubject.merge(teacher.subject(), 1, Integer::sum);

			for (String competenceCode : teacher.deficits()) {
				deficits.computeIfAbsent(teacher.subject(), subject -> new TreeMap<>()).merge(
					competenceCode, 1, Integer::sum);
			}
		}

		_teachers = teachers.size();
		_diagnosed = new Figure(diagnosed, teachers.size());
		_withRoute = new Figure(withRoute, teachers.size());
		_positiveDynamics = new Figure(positive, repeated);

		List<DeficitRow> rows = new ArrayList<>();

		for (Map.Entry<String, Map<String, Integer>> subject : deficits.entrySet()) {
			int group = diagnosedBySubject.get(subject.getKey());

			for (Map.Entry<String, Integer> competence : subject.getValue().entrySet()) {
				rows.add(new DeficitRow(subject.getKey(), competence.getKey(), new Figure(competence.getValue(), group)));
			}
		}

		_deficits = List.copyOf(rows);
	}

	private final List<DeficitRow> _deficits;
	private final Figure _diagnosed;
	private final Figure _positiveDynamics;
	private final int _teachers;
	private final Figure _withRoute;

}
