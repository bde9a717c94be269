package ru.opora.domain.risk.profile;

import ru.opora.domain.risk.RespondentGroup;
import ru.opora.domain.risk.RiskLevel;

/**
 * The explanation of an indicator: its mean risk score, how many respondents
 * answered (the fewest over its questions) against the minimum, and the level,
 * or no value and no level when there are not enough answers.
 */
public final class IndicatorValue {

	public IndicatorValue(
		String indicatorCode, RespondentGroup group, Double value, int respondents, int requiredRespondents,
		RiskLevel level) {

		this.indicatorCode = indicatorCode;
		this.group = group;
		this.value = value;
		this.respondents = respondents;
		this.requiredRespondents = requiredRespondents;
		this.level = level;
	}

	public RespondentGroup group() {
		return group;
	}

	public String indicatorCode() {
		return indicatorCode;
	}

	public boolean isEnoughData() {
		return level != null;
	}

	/** The level, null when there is not enough data. */
	public RiskLevel level() {
		return level;
	}

	public int requiredRespondents() {
		return requiredRespondents;
	}

	public int respondents() {
		return respondents;
	}

	/** Mean risk score 0..100, null when there is not enough data. */
	public Double value() {
		return value;
	}

	@Override
	public String toString() {
		return indicatorCode + "=" + value + " (" + respondents + "/" + requiredRespondents + ") " + level;
	}

	private final RespondentGroup group;
	private final String indicatorCode;
	private final RiskLevel level;
	private final int requiredRespondents;
	private final int respondents;
	private final Double value;

}
