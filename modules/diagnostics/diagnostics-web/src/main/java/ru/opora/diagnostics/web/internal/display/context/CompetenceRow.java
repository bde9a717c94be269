package ru.opora.diagnostics.web.internal.display.context;

/** One competence line of a result: name, percent, threshold, deficit, explanation, change. */
public class CompetenceRow {

	public CompetenceRow(
		String code, String name, double percent, int threshold, boolean deficit, String explanation, String change) {

		_code = code;
		_name = name;
		_percent = percent;
		_threshold = threshold;
		_deficit = deficit;
		_explanation = explanation;
		_change = change;
	}

	public String getChange() {
		return _change;
	}

	public String getCode() {
		return _code;
	}

	public String getExplanation() {
		return _explanation;
	}

	public String getName() {
		return _name;
	}

	public double getPercent() {
		return _percent;
	}

	public int getThreshold() {
		return _threshold;
	}

	public boolean isDeficit() {
		return _deficit;
	}

	private final String _change;
	private final String _code;
	private final boolean _deficit;
	private final String _explanation;
	private final String _name;
	private final double _percent;
	private final int _threshold;

}
