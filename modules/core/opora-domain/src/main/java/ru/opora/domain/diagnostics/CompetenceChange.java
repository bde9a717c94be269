package ru.opora.domain.diagnostics;

/** The change of one competence between two diagnostics. */
public final class CompetenceChange {

	public CompetenceChange(String competenceCode, CompetenceResult before, CompetenceResult after) {
		_competenceCode = competenceCode;
		_before = before;
		_after = after;
	}

	public String competenceCode() {
		return _competenceCode;
	}

	public CompetenceResult before() {
		return _before;
	}

	public CompetenceResult after() {
		return _after;
	}

	/** Percent points gained (negative: lost), one decimal. */
	public double delta() {
		return Math.round((_after.percent() - _before.percent()) * 10) / 10.0;
	}

	/** +1 improved, -1 worsened, 0 unchanged (a change below {@link Dynamics#SIGNIFICANT_CHANGE} points that does not cross the threshold). */
	public int trend() {
		if (_before.deficit() && !_after.deficit()) {
			return 1;
		}

		if (!_before.deficit() && _after.deficit()) {
			return -1;
		}

		double delta = delta();

		if (Math.abs(delta) < Dynamics.SIGNIFICANT_CHANGE) {
			return 0;
		}

		return (delta > 0) ? 1 : -1;
	}

	private final CompetenceResult _after;
	private final CompetenceResult _before;
	private final String _competenceCode;

}
