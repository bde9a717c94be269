package ru.opora.domain.risk.profile;

import java.util.ArrayList;
import java.util.List;

import ru.opora.domain.risk.RiskLevel;

/**
 * The computed level of one factor with the indicator values behind it. The
 * level is the worst level of its indicators; if any indicator lacks answers
 * the factor is {@link #isNotEnoughData() not enough data} and has no level: a
 * missing indicator could hide a worse level, so none is guessed.
 */
public final class FactorAssessment {

	public FactorAssessment(String factorCode, List<IndicatorValue> indicators) {
		this.factorCode = factorCode;
		this.indicators = List.copyOf(indicators);

		RiskLevel worst = null;
		boolean complete = !indicators.isEmpty();

		for (IndicatorValue indicator : indicators) {
			if (!indicator.isEnoughData()) {
				complete = false;
			}
			else if ((worst == null) || indicator.level().isWorseThan(worst)) {
				worst = indicator.level();
			}
		}

		level = complete ? worst : null;
	}

	public String factorCode() {
		return factorCode;
	}

	public List<IndicatorValue> indicators() {
		return indicators;
	}

	public boolean isNotEnoughData() {
		return level == null;
	}

	/** The computed level, null when there is not enough data. */
	public RiskLevel level() {
		return level;
	}

	/** Indicators that lack answers (what to collect to get a level). */
	public List<IndicatorValue> missingIndicators() {
		List<IndicatorValue> missing = new ArrayList<>();

		for (IndicatorValue indicator : indicators) {
			if (!indicator.isEnoughData()) {
				missing.add(indicator);
			}
		}

		return missing;
	}

	/** The stored state: the level's name or {@code NOT_ENOUGH_DATA}. */
	public String state() {
		return (level == null) ? NOT_ENOUGH_DATA : level.name();
	}

	@Override
	public String toString() {
		return factorCode + "=" + state();
	}

	public static final String NOT_ENOUGH_DATA = "NOT_ENOUGH_DATA";

	private final String factorCode;
	private final List<IndicatorValue> indicators;
	private final RiskLevel level;

}
