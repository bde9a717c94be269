package ru.opora.domain.diagnostics;

import java.util.List;

/**
 * The result of one competence: points against the maximum, the percent
 * (one decimal), the threshold it was scored against and whether it is a
 * deficit (percent below the threshold), with counts for the explanation.
 */
public final class CompetenceResult {

	public CompetenceResult(
		String competenceCode, double points, double maxPoints, int threshold, int itemsTotal, int itemsCorrect,
		int itemsPartial, int itemsUnanswered) {

		_competenceCode = competenceCode;
		_points = points;
		_maxPoints = maxPoints;
		_percent = (maxPoints <= 0) ? 0 : Math.round(points / maxPoints * 1000) / 10.0;
		_threshold = threshold;
		_itemsTotal = itemsTotal;
		_itemsCorrect = itemsCorrect;
		_itemsPartial = itemsPartial;
		_itemsUnanswered = itemsUnanswered;
	}

	/** A result taken from an external diagnostic: only the percent is known. */
	public static CompetenceResult external(String competenceCode, double percent, int threshold) {
		if ((percent < 0) || (percent > 100)) {
			throw new IllegalArgumentException("percent " + percent);
		}

		return new CompetenceResult(competenceCode, percent, 100, threshold, 0, 0, 0, 0);
	}

	public String competenceCode() {
		return _competenceCode;
	}

	public double points() {
		return _points;
	}

	public double maxPoints() {
		return _maxPoints;
	}

	public double percent() {
		return _percent;
	}

	public int threshold() {
		return _threshold;
	}

	public boolean deficit() {
		return _percent < _threshold;
	}

	/** Percent points missing to the threshold, 0 if reached. */
	public double gap() {
		return Math.max(0, _threshold - _percent);
	}

	public int itemsTotal() {
		return _itemsTotal;
	}

	public int itemsCorrect() {
		return _itemsCorrect;
	}

	public int itemsPartial() {
		return _itemsPartial;
	}

	public int itemsUnanswered() {
		return _itemsUnanswered;
	}

	/** The message key of the explanation shown to the teacher. */
	public String explanationKey() {
		if (_itemsTotal == 0) {
			return deficit() ? "diagnostics-explanation-external-deficit" : "diagnostics-explanation-external-reached";
		}

		return deficit() ? "diagnostics-explanation-deficit" : "diagnostics-explanation-reached";
	}

	/** Arguments of the explanation: percent, threshold, gap, correct, partial, unanswered, total. */
	public List<Object> explanationArguments() {
		return List.of(_percent, _threshold, Math.round(gap() * 10) / 10.0, _itemsCorrect, _itemsPartial,
			_itemsUnanswered, _itemsTotal);
	}

	private final String _competenceCode;
	private final int _itemsCorrect;
	private final int _itemsPartial;
	private final int _itemsTotal;
	private final int _itemsUnanswered;
	private final double _maxPoints;
	private final double _percent;
	private final double _points;
	private final int _threshold;

}
