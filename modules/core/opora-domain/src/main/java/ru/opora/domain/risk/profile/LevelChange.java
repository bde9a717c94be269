package ru.opora.domain.risk.profile;

import ru.opora.domain.risk.RiskLevel;

/** How a factor's level moved from the previous year to this one. */
public enum LevelChange {

	IMPROVED, SAME, WORSENED, NEW, NOT_COMPARABLE;

	/**
	 * Compares two levels (null = not enough data); {@code NEW} when the factor
	 * had no profile the previous year.
	 */
	public static LevelChange of(RiskLevel previous, RiskLevel current, boolean previouslyAssessed) {
		if (!previouslyAssessed) {
			return NEW;
		}

		if ((previous == null) || (current == null)) {
			return NOT_COMPARABLE;
		}

		if (current.isWorseThan(previous)) {
			return WORSENED;
		}

		if (previous.isWorseThan(current)) {
			return IMPROVED;
		}

		return SAME;
	}

}
