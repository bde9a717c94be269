package ru.opora.domain.identification;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import ru.opora.domain.validation.Violations;

/**
 * The thresholds of the identification, immutable. Shares, rates and gaps are
 * percentages or points 0..100. Build with {@link #builder()}; {@link
 * #defaults()} holds the values below, with their sources.
 *
 * <p>
 * Low results (ШНОР), any of:
 * </p>
 *
 * <ul>
 * <li>{@code lowShareBelowThreshold} (30%) share below the threshold (marks 2,
 * or ЕГЭ below the minimum) in at least {@code lowShareResultsCount} (2)
 * results of the year. Not stated in the seeds: seed 001 adds a school to the
 * group for unsatisfactory ОГЭ marks in several subjects; the values are
 * starting points to configure.</li>
 * <li>mean test score (ЕГЭ, 0..100) more than {@code lowScoreGapPoints} (20)
 * points below the municipal mean: seed 003 (Dagestan), "расхождение ... более
 * 20 баллов".</li>
 * <li>for marks 2..5 the mark-scale equivalent of seed 003: quality rate more
 * than {@code lowQualityGapPoints} (20) percentage points below the municipal
 * quality rate. Either gap must hold in at least {@code lowGapResultsCount}
 * (1) results.</li>
 * <li>the federal list of the year, if {@code federalListMeansLowResults}
 * (true): seeds 001 and REFERENCE.md §3.</li>
 * <li>less than {@code lowContinuationShare} (60%) of grade-9 leavers
 * continuing to grade 10: seed 003, "менее 60% обучающихся, продолжающих
 * обучение на старшей ступени". 0 switches the rule off.</li>
 * <li>at most {@code lowOlympiadShare} (0.5%) of pupils in regional or
 * national olympiads over 3 years: seed 003; only if {@code
 * lowByOlympiadShare} (false: on its own it would mark most small rural
 * schools, while seed 003 lists it among several criteria).</li>
 * </ul>
 *
 * <p>
 * Unfavourable conditions (ШНСУ): well-being index at or below {@code
 * wellBeingThreshold} (60), see {@link WellBeingIndex}; computed only from at
 * least {@code wellBeingMinShares} (3, of the four seed-004 shares) known
 * shares with a positive weight. The threshold is not in the seeds; with the
 * СЭК share on, it puts seed 001's hardest context (ООШ с. Арбузовка: 23%
 * single-parent, 5% СЭК; index 54.1) below and the gymnasium (18%, 32%; index
 * 72.4) above.
 * </p>
 *
 * <p>
 * Risk zone: low results in the previous year but not this one, if {@code
 * riskIfLowPreviousYear} (true; seed 001: schools earlier in «500+»), or, in
 * the same assessment, grade and subject, a pass-rate drop of at least {@code
 * riskPassRateDropPoints} (10; seed 001 reports a 12-point drop at ООШ с.
 * Арбузовка) or a quality-rate drop of at least {@code
 * riskQualityRateDropPoints} (20; seed 001 names drops of 22 to 55 points as
 * "instability", while drops of 4 to 13 points stay unremarked).
 * </p>
 *
 * <p>
 * Failure prevention: pass rate below {@code failurePassRate} (90%) in a
 * result. High results: quality rate at least {@code highQualityRate} (50%)
 * and share below the threshold at most {@code highMaxShareBelowThreshold}
 * (10%) in every result of the year, and for test points (ЕГЭ, no marks) a
 * mean score of at least {@code highMinMeanScore} (60); withheld when the results show signs of
 * bias, if {@code highRequiresObjectiveResults} (true; seed 001 cites the
 * federal list of biased ВПР results). Not stated in the seeds.
 * </p>
 *
 * <p>
 * Results with fewer than {@code minParticipants} (5) participants are
 * ignored by every result rule (seed 001: one failing pupil of a tiny class
 * should not decide a group on its own).
 * </p>
 */
public final class IdentificationRules {

	public static Builder builder() {
		return new Builder();
	}

	public static IdentificationRules defaults() {
		return _DEFAULTS;
	}

	public Builder toBuilder() {
		Builder builder = new Builder();

		builder._failurePassRate = _failurePassRate;
		builder._federalListMeansLowResults = _federalListMeansLowResults;
		builder._highMaxShareBelowThreshold = _highMaxShareBelowThreshold;
		builder._highMinMeanScore = _highMinMeanScore;
		builder._highQualityRate = _highQualityRate;
		builder._highRequiresObjectiveResults = _highRequiresObjectiveResults;
		builder._lowByOlympiadShare = _lowByOlympiadShare;
		builder._lowContinuationShare = _lowContinuationShare;
		builder._lowGapResultsCount = _lowGapResultsCount;
		builder._lowOlympiadShare = _lowOlympiadShare;
		builder._lowQualityGapPoints = _lowQualityGapPoints;
		builder._lowScoreGapPoints = _lowScoreGapPoints;
		builder._lowShareBelowThreshold = _lowShareBelowThreshold;
		builder._lowShareResultsCount = _lowShareResultsCount;
		builder._minParticipants = _minParticipants;
		builder._riskIfLowPreviousYear = _riskIfLowPreviousYear;
		builder._riskPassRateDropPoints = _riskPassRateDropPoints;
		builder._riskQualityRateDropPoints = _riskQualityRateDropPoints;
		builder._wellBeingMinShares = _wellBeingMinShares;
		builder._wellBeingSaturations.putAll(_wellBeingSaturations);
		builder._wellBeingThreshold = _wellBeingThreshold;
		builder._wellBeingWeights.putAll(_wellBeingWeights);

		return builder;
	}

	/** Pass rate below which a result puts the school in failure prevention, percent. */
	public double failurePassRate() {
		return _failurePassRate;
	}

	public boolean federalListMeansLowResults() {
		return _federalListMeansLowResults;
	}

	public double highMaxShareBelowThreshold() {
		return _highMaxShareBelowThreshold;
	}

	/** Lowest mean test score (0..100 assessments without marks) of a high-results school. */
	public double highMinMeanScore() {
		return _highMinMeanScore;
	}

	public double highQualityRate() {
		return _highQualityRate;
	}

	public boolean highRequiresObjectiveResults() {
		return _highRequiresObjectiveResults;
	}

	public boolean lowByOlympiadShare() {
		return _lowByOlympiadShare;
	}

	/** Share continuing to grade 10 below which a school has low results, percent; 0 is off. */
	public double lowContinuationShare() {
		return _lowContinuationShare;
	}

	public int lowGapResultsCount() {
		return _lowGapResultsCount;
	}

	public double lowOlympiadShare() {
		return _lowOlympiadShare;
	}

	public double lowQualityGapPoints() {
		return _lowQualityGapPoints;
	}

	public double lowScoreGapPoints() {
		return _lowScoreGapPoints;
	}

	public double lowShareBelowThreshold() {
		return _lowShareBelowThreshold;
	}

	public int lowShareResultsCount() {
		return _lowShareResultsCount;
	}

	public int minParticipants() {
		return _minParticipants;
	}

	public boolean riskIfLowPreviousYear() {
		return _riskIfLowPreviousYear;
	}

	public double riskPassRateDropPoints() {
		return _riskPassRateDropPoints;
	}

	public double riskQualityRateDropPoints() {
		return _riskQualityRateDropPoints;
	}

	public int wellBeingMinShares() {
		return _wellBeingMinShares;
	}

	public double wellBeingSaturation(WellBeingShare share) {
		return _wellBeingSaturations.get(share);
	}

	public double wellBeingThreshold() {
		return _wellBeingThreshold;
	}

	public double wellBeingWeight(WellBeingShare share) {
		return _wellBeingWeights.get(share);
	}

	public Map<WellBeingShare, Double> wellBeingWeights() {
		return _wellBeingWeights;
	}

	/** Every broken constraint; the builder refuses rules with any. */
	public Violations validate() {
		Violations violations = new Violations();

		_percent(violations, "failurePassRate", _failurePassRate);
		_percent(violations, "highMaxShareBelowThreshold", _highMaxShareBelowThreshold);
		_percent(violations, "highMinMeanScore", _highMinMeanScore);
		_percent(violations, "highQualityRate", _highQualityRate);
		_percent(violations, "lowContinuationShare", _lowContinuationShare);
		_percent(violations, "lowOlympiadShare", _lowOlympiadShare);
		_percent(violations, "lowQualityGapPoints", _lowQualityGapPoints);
		_percent(violations, "lowScoreGapPoints", _lowScoreGapPoints);
		_percent(violations, "lowShareBelowThreshold", _lowShareBelowThreshold);
		_percent(violations, "riskPassRateDropPoints", _riskPassRateDropPoints);
		_percent(violations, "riskQualityRateDropPoints", _riskQualityRateDropPoints);
		_percent(violations, "wellBeingThreshold", _wellBeingThreshold);

		violations.require(_lowGapResultsCount >= 1, "lowGapResultsCount", "at-least", 1);
		violations.require(_lowShareResultsCount >= 1, "lowShareResultsCount", "at-least", 1);
		violations.require(_minParticipants >= 1, "minParticipants", "at-least", 1);

		// A zero drop would put every school with a second year in the risk zone

		violations.require(_riskPassRateDropPoints > 0, "riskPassRateDropPoints", "positive");
		violations.require(_riskQualityRateDropPoints > 0, "riskQualityRateDropPoints", "positive");

		int weighted = 0;

		for (WellBeingShare share : WellBeingShare.values()) {
			Double weight = _wellBeingWeights.get(share);
			Double saturation = _wellBeingSaturations.get(share);
			String suffix = share.code();

			if ((weight == null) || weight.isNaN() || (weight < 0)) {
				violations.add("wellBeingWeight." + suffix, "not-negative");
			}
			else if (weight > 0) {
				weighted++;
			}

			if ((saturation == null) || saturation.isNaN() || (saturation <= 0) || (saturation > 100)) {
				violations.add("wellBeingSaturation." + suffix, "out-of-range", 0, 100);
			}
		}

		if ((_wellBeingMinShares < 1) || (_wellBeingMinShares > Math.max(weighted, 1))) {
			violations.add("wellBeingMinShares", "out-of-range", 1, weighted);
		}

		return violations;
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof IdentificationRules)) {
			return false;
		}

		return toString().equals(object.toString());
	}

	@Override
	public int hashCode() {
		return toString().hashCode();
	}

	@Override
	public String toString() {
		return "IdentificationRules[failurePassRate=" + _failurePassRate +
			", federalListMeansLowResults=" + _federalListMeansLowResults +
			", highMaxShareBelowThreshold=" + _highMaxShareBelowThreshold +
			", highMinMeanScore=" + _highMinMeanScore +
			", highQualityRate=" + _highQualityRate +
			", highRequiresObjectiveResults=" + _highRequiresObjectiveResults +
			", lowByOlympiadShare=" + _lowByOlympiadShare +
			", lowContinuationShare=" + _lowContinuationShare +
			", lowGapResultsCount=" + _lowGapResultsCount +
			", lowOlympiadShare=" + _lowOlympiadShare +
			", lowQualityGapPoints=" + _lowQualityGapPoints +
			", lowScoreGapPoints=" + _lowScoreGapPoints +
			", lowShareBelowThreshold=" + _lowShareBelowThreshold +
			", lowShareResultsCount=" + _lowShareResultsCount +
			", minParticipants=" + _minParticipants +
			", riskIfLowPreviousYear=" + _riskIfLowPreviousYear +
			", riskPassRateDropPoints=" + _riskPassRateDropPoints +
			", riskQualityRateDropPoints=" + _riskQualityRateDropPoints +
			", wellBeingMinShares=" + _wellBeingMinShares +
			", wellBeingSaturations=" + _wellBeingSaturations +
			", wellBeingThreshold=" + _wellBeingThreshold +
			", wellBeingWeights=" + _wellBeingWeights + "]";
	}

	/** Collects the thresholds; starts from the defaults. */
	public static final class Builder {

		/** The rules; throws {@link ru.opora.domain.validation.ValidationException} if invalid. */
		public IdentificationRules build() {
			IdentificationRules rules = new IdentificationRules(this);

			rules.validate().throwIfAny();

			return rules;
		}

		public Builder failurePassRate(double failurePassRate) {
			_failurePassRate = failurePassRate;

			return this;
		}

		public Builder federalListMeansLowResults(boolean federalListMeansLowResults) {
			_federalListMeansLowResults = federalListMeansLowResults;

			return this;
		}

		public Builder highMaxShareBelowThreshold(double highMaxShareBelowThreshold) {
			_highMaxShareBelowThreshold = highMaxShareBelowThreshold;

			return this;
		}

		public Builder highMinMeanScore(double highMinMeanScore) {
			_highMinMeanScore = highMinMeanScore;

			return this;
		}

		public Builder highQualityRate(double highQualityRate) {
			_highQualityRate = highQualityRate;

			return this;
		}

		public Builder highRequiresObjectiveResults(boolean highRequiresObjectiveResults) {
			_highRequiresObjectiveResults = highRequiresObjectiveResults;

			return this;
		}

		public Builder lowByOlympiadShare(boolean lowByOlympiadShare) {
			_lowByOlympiadShare = lowByOlympiadShare;

			return this;
		}

		public Builder lowContinuationShare(double lowContinuationShare) {
			_lowContinuationShare = lowContinuationShare;

			return this;
		}

		public Builder lowGapResultsCount(int lowGapResultsCount) {
			_lowGapResultsCount = lowGapResultsCount;

			return this;
		}

		public Builder lowOlympiadShare(double lowOlympiadShare) {
			_lowOlympiadShare = lowOlympiadShare;

			return this;
		}

		public Builder lowQualityGapPoints(double lowQualityGapPoints) {
			_lowQualityGapPoints = lowQualityGapPoints;

			return this;
		}

		public Builder lowScoreGapPoints(double lowScoreGapPoints) {
			_lowScoreGapPoints = lowScoreGapPoints;

			return this;
		}

		public Builder lowShareBelowThreshold(double lowShareBelowThreshold) {
			_lowShareBelowThreshold = lowShareBelowThreshold;

			return this;
		}

		public Builder lowShareResultsCount(int lowShareResultsCount) {
			_lowShareResultsCount = lowShareResultsCount;

			return this;
		}

		public Builder minParticipants(int minParticipants) {
			_minParticipants = minParticipants;

			return this;
		}

		public Builder riskIfLowPreviousYear(boolean riskIfLowPreviousYear) {
			_riskIfLowPreviousYear = riskIfLowPreviousYear;

			return this;
		}

		public Builder riskPassRateDropPoints(double riskPassRateDropPoints) {
			_riskPassRateDropPoints = riskPassRateDropPoints;

			return this;
		}

		public Builder riskQualityRateDropPoints(double riskQualityRateDropPoints) {
			_riskQualityRateDropPoints = riskQualityRateDropPoints;

			return this;
		}

		public Builder wellBeingMinShares(int wellBeingMinShares) {
			_wellBeingMinShares = wellBeingMinShares;

			return this;
		}

		public Builder wellBeingSaturation(WellBeingShare share, double saturation) {
			_wellBeingSaturations.put(Objects.requireNonNull(share, "share"), saturation);

			return this;
		}

		public Builder wellBeingThreshold(double wellBeingThreshold) {
			_wellBeingThreshold = wellBeingThreshold;

			return this;
		}

		/** Weight of a share in the index; 0 leaves it out. */
		public Builder wellBeingWeight(WellBeingShare share, double weight) {
			_wellBeingWeights.put(Objects.requireNonNull(share, "share"), weight);

			return this;
		}

		private Builder() {
			for (WellBeingShare share : WellBeingShare.values()) {
				_wellBeingSaturations.put(share, share.defaultSaturation());
				_wellBeingWeights.put(share, share.defaultWeight());
			}
		}

		private double _failurePassRate = 90;
		private boolean _federalListMeansLowResults = true;
		private double _highMaxShareBelowThreshold = 10;
		private double _highMinMeanScore = 60;
		private double _highQualityRate = 50;
		private boolean _highRequiresObjectiveResults = true;
		private boolean _lowByOlympiadShare;
		private double _lowContinuationShare = 60;
		private int _lowGapResultsCount = 1;
		private double _lowOlympiadShare = 0.5;
		private double _lowQualityGapPoints = 20;
		private double _lowScoreGapPoints = 20;
		private double _lowShareBelowThreshold = 30;
		private int _lowShareResultsCount = 2;
		private int _minParticipants = 5;
		private boolean _riskIfLowPreviousYear = true;
		private double _riskPassRateDropPoints = 10;
		private double _riskQualityRateDropPoints = 20;
		private int _wellBeingMinShares = 3;
		private final Map<WellBeingShare, Double> _wellBeingSaturations = new EnumMap<>(WellBeingShare.class);
		private double _wellBeingThreshold = 60;
		private final Map<WellBeingShare, Double> _wellBeingWeights = new EnumMap<>(WellBeingShare.class);

	}

	private static void _percent(Violations violations, String field, double value) {
		violations.require(!Double.isNaN(value) && (value >= 0) && (value <= 100), field, "out-of-range", 0, 100);
	}

	private IdentificationRules(Builder builder) {
		_failurePassRate = builder._failurePassRate;
		_federalListMeansLowResults = builder._federalListMeansLowResults;
		_highMaxShareBelowThreshold = builder._highMaxShareBelowThreshold;
		_highMinMeanScore = builder._highMinMeanScore;
		_highQualityRate = builder._highQualityRate;
		_highRequiresObjectiveResults = builder._highRequiresObjectiveResults;
		_lowByOlympiadShare = builder._lowByOlympiadShare;
		_lowContinuationShare = builder._lowContinuationShare;
		_lowGapResultsCount = builder._lowGapResultsCount;
		_lowOlympiadShare = builder._lowOlympiadShare;
		_lowQualityGapPoints = builder._lowQualityGapPoints;
		_lowScoreGapPoints = builder._lowScoreGapPoints;
		_lowShareBelowThreshold = builder._lowShareBelowThreshold;
		_lowShareResultsCount = builder._lowShareResultsCount;
		_minParticipants = builder._minParticipants;
		_riskIfLowPreviousYear = builder._riskIfLowPreviousYear;
		_riskPassRateDropPoints = builder._riskPassRateDropPoints;
		_riskQualityRateDropPoints = builder._riskQualityRateDropPoints;
		_wellBeingMinShares = builder._wellBeingMinShares;
		_wellBeingSaturations = Collections.unmodifiableMap(new EnumMap<>(builder._wellBeingSaturations));
		_wellBeingThreshold = builder._wellBeingThreshold;
		_wellBeingWeights = Collections.unmodifiableMap(new EnumMap<>(builder._wellBeingWeights));
	}

	private static final IdentificationRules _DEFAULTS = new Builder().build();

	private final double _failurePassRate;
	private final boolean _federalListMeansLowResults;
	private final double _highMaxShareBelowThreshold;
	private final double _highMinMeanScore;
	private final double _highQualityRate;
	private final boolean _highRequiresObjectiveResults;
	private final boolean _lowByOlympiadShare;
	private final double _lowContinuationShare;
	private final int _lowGapResultsCount;
	private final double _lowOlympiadShare;
	private final double _lowQualityGapPoints;
	private final double _lowScoreGapPoints;
	private final double _lowShareBelowThreshold;
	private final int _lowShareResultsCount;
	private final int _minParticipants;
	private final boolean _riskIfLowPreviousYear;
	private final double _riskPassRateDropPoints;
	private final double _riskQualityRateDropPoints;
	private final int _wellBeingMinShares;
	private final Map<WellBeingShare, Double> _wellBeingSaturations;
	private final double _wellBeingThreshold;
	private final Map<WellBeingShare, Double> _wellBeingWeights;

}
