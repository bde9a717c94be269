package ru.opora.domain.risk.dictionary;

import java.util.Objects;

import ru.opora.domain.risk.RiskLevel;

/**
 * Turns an indicator value (mean risk score 0..100) into a level: at least
 * {@code high} is HIGH, at least {@code medium} MEDIUM, at least {@code low}
 * LOW, below that NONE. Requires {@code 0 <= low <= medium <= high <= 100}.
 */
public final class Thresholds {

	public Thresholds(double low, double medium, double high) {
		this.low = low;
		this.medium = medium;
		this.high = high;
	}

	public double high() {
		return high;
	}

	public boolean isOrdered() {
		return (low >= 0) && (low <= medium) && (medium <= high) && (high <= 100);
	}

	public RiskLevel levelOf(double value) {
		if (value >= high) {
			return RiskLevel.HIGH;
		}

		if (value >= medium) {
			return RiskLevel.MEDIUM;
		}

		if (value >= low) {
			return RiskLevel.LOW;
		}

		return RiskLevel.NONE;
	}

	public double low() {
		return low;
	}

	public double medium() {
		return medium;
	}

	@Override
	public boolean equals(Object object) {
		if (!(object instanceof Thresholds)) {
			return false;
		}

		Thresholds other = (Thresholds)object;

		return (low == other.low) && (medium == other.medium) && (high == other.high);
	}

	@Override
	public int hashCode() {
		return Objects.hash(low, medium, high);
	}

	@Override
	public String toString() {
		return low + "/" + medium + "/" + high;
	}

	private final double high;
	private final double low;
	private final double medium;

}
