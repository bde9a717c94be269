package ru.opora.domain.diagnostics;

/**
 * Who may see an individual teacher's results (152-ФЗ): the teacher, a
 * leader of the teacher's school, the teacher's mentor, and a coordinator
 * only where the region allows coordinators to see individual results.
 * Everyone else sees aggregates only.
 */
public final class ResultAccess {

	public static boolean canViewIndividual(
		boolean self, boolean schoolLeader, boolean mentor, boolean coordinator, boolean coordinatorsSeeIndividuals) {

		if (self || schoolLeader || mentor) {
			return true;
		}

		return coordinator && coordinatorsSeeIndividuals;
	}

	/** Edit (agree) a route: the teacher and the school's leaders only. */
	public static boolean canEditRoute(boolean self, boolean schoolLeader) {
		return self || schoolLeader;
	}

	private ResultAccess() {
	}

}
