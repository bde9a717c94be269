package ru.opora.domain.diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * Dynamics between two diagnostics of one teacher, per competence present in
 * both (matched by code, so a repeat on a newer bank version compares too).
 * A competence improved if it left the deficits or gained at least
 * {@link #SIGNIFICANT_CHANGE} points; the teacher shows positive dynamics if
 * at least one competence improved and none worsened.
 */
public final class Dynamics {

	public static final double SIGNIFICANT_CHANGE = 5;

	public static Dynamics between(DiagnosticResult before, DiagnosticResult after) {
		List<CompetenceChange> changes = new ArrayList<>();

		for (CompetenceResult result : after.competences()) {
			CompetenceResult earlier = before.competence(result.competenceCode());

			if (earlier != null) {
				changes.add(new CompetenceChange(result.competenceCode(), earlier, result));
			}
		}

		return new Dynamics(changes);
	}

	public List<CompetenceChange> changes() {
		return _changes;
	}

	public boolean positive() {
		boolean improved = false;

		for (CompetenceChange change : _changes) {
			if (change.trend() < 0) {
				return false;
			}

			if (change.trend() > 0) {
				improved = true;
			}
		}

		return improved;
	}

	private Dynamics(List<CompetenceChange> changes) {
		_changes = List.copyOf(changes);
	}

	private final List<CompetenceChange> _changes;

}
