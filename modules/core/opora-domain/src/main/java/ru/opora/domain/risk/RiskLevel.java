package ru.opora.domain.risk;

import java.util.Optional;

/**
 * Level of a risk factor, from the most to the least severe. Stored by its
 * enum name.
 */
public enum RiskLevel {

	HIGH(3), MEDIUM(2), LOW(1), NONE(0);

	public static Optional<RiskLevel> parse(String name) {
		return Enums.parse(RiskLevel.class, name);
	}

	RiskLevel(int severity) {
		_severity = severity;
	}

	/** HIGH and MEDIUM are the levels a school normally works on. */
	public boolean isPriorityCandidate() {
		return _severity >= 2;
	}

	public boolean isWorseThan(RiskLevel level) {
		return _severity > level._severity;
	}

	public int severity() {
		return _severity;
	}

	private final int _severity;

}
