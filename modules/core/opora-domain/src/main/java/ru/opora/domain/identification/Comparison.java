package ru.opora.domain.identification;

/** How a figure is compared with its threshold in a {@link Reason}. */
public enum Comparison {

	LESS("<"), LESS_OR_EQUAL("≤"), GREATER(">"), GREATER_OR_EQUAL("≥"), EQUAL("=");

	public String symbol() {
		return _symbol;
	}

	/** Whether {@code value} compared with {@code threshold} holds; false for NaN. */
	public boolean test(double value, double threshold) {
		if (Double.isNaN(value) || Double.isNaN(threshold)) {
			return false;
		}

		if (this == LESS) {
			return value < threshold;
		}
		else if (this == LESS_OR_EQUAL) {
			return value <= threshold;
		}
		else if (this == GREATER) {
			return value > threshold;
		}
		else if (this == GREATER_OR_EQUAL) {
			return value >= threshold;
		}

		return value == threshold;
	}

	private Comparison(String symbol) {
		_symbol = symbol;
	}

	private final String _symbol;

}
