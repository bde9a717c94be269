package ru.opora.domain.identification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import ru.opora.domain.school.ContextFigures;
import ru.opora.domain.school.ResultFigures;
import ru.opora.domain.validation.Violation;
import ru.opora.domain.validation.Violations;

/**
 * Sorts the schools of one municipality into the groups of {@link Group} by
 * {@link IdentificationRules}, with the reasons.
 *
 * <p>
 * For a school and year: results that are invalid or have fewer than {@link
 * IdentificationRules#minParticipants()} participants are ignored (a note
 * says so). The result group is the first that applies of LOW_RESULTS,
 * RISK_ZONE, FAILURE_PREVENTION, HIGH_RESULTS; every other one that applied
 * gets a {@link ReasonCode#PRECEDENCE} note. UNFAVOURABLE_CONDITIONS comes
 * from the well-being index alone and combines with any result group;
 * RESILIENT is added to HIGH_RESULTS with a ШНСУ-level index. The pass rate
 * of a result is 100 minus its share below the threshold, so ЕГЭ results
 * without marks take part. Computed figures are rounded to 6 decimals before
 * they are compared, so a figure exactly at a threshold is treated as such.
 * </p>
 */
public final class SchoolIdentifier {

	/**
	 * The schools and years whose groups differ between two sets of rules:
	 * what would change if {@code newRules} replaced {@code oldRules}.
	 */
	public static List<GroupChange> compare(
		IdentificationRules oldRules, IdentificationRules newRules, List<SchoolInput> schools) {

		IdentificationHistory oldHistory = new SchoolIdentifier(oldRules).history(schools);
		IdentificationHistory newHistory = new SchoolIdentifier(newRules).history(schools);

		List<GroupChange> changes = new ArrayList<>();

		for (SchoolClassification oldClassification : oldHistory.classifications()) {
			SchoolClassification newClassification = newHistory.classification(
				oldClassification.schoolId(), oldClassification.year()
			).get();

			if (!oldClassification.groups().equals(newClassification.groups())) {
				changes.add(
					new GroupChange(
						oldClassification.schoolId(), oldClassification.schoolName(), oldClassification.year(),
						oldClassification.year(), oldClassification.groups(), newClassification.groups()));
			}
		}

		return changes;
	}

	public SchoolIdentifier(IdentificationRules rules) {
		_rules = Objects.requireNonNull(rules, "rules");
	}

	/** Every school of the municipality in the year, in input order. */
	public List<SchoolClassification> classify(List<SchoolInput> schools, int year) {
		_check(schools);

		MunicipalMeans means = MunicipalMeans.of(schools);
		List<SchoolClassification> classifications = new ArrayList<>();

		for (SchoolInput school : schools) {
			classifications.add(_classify(school, year, means));
		}

		return classifications;
	}

	/** One school in the year, compared with all schools of the municipality. */
	public SchoolClassification classify(List<SchoolInput> schools, long schoolId, int year) {
		_check(schools);

		for (SchoolInput school : schools) {
			if (school.schoolId() == schoolId) {
				return _classify(school, year, MunicipalMeans.of(schools));
			}
		}

		throw new IllegalArgumentException("No school " + schoolId);
	}

	/** Every school in every year it has results, context or a list entry. */
	public IdentificationHistory history(List<SchoolInput> schools) {
		_check(schools);

		MunicipalMeans means = MunicipalMeans.of(schools);
		List<SchoolClassification> classifications = new ArrayList<>();

		for (SchoolInput school : schools) {
			for (int year : school.years()) {
				classifications.add(_classify(school, year, means));
			}
		}

		return new IdentificationHistory(classifications);
	}

	public IdentificationRules rules() {
		return _rules;
	}

	private static double _passRate(ResultFigures result) {
		return _round(100.0 - result.effectiveShareBelowThreshold());
	}

	private static double _round(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return value;
		}

		return Math.round(value * 1e6) / 1e6;
	}

	private void _check(List<SchoolInput> schools) {
		Objects.requireNonNull(schools, "schools");

		Violations violations = new Violations();
		Set<Long> schoolIds = new HashSet<>();

		for (SchoolInput school : schools) {
			if (school == null) {
				violations.add("schools", "required");
			}
			else if (!schoolIds.add(school.schoolId())) {
				violations.add("schools", "duplicate-school-id", school.schoolId());
			}
		}

		violations.throwIfAny();
	}

	private SchoolClassification _classify(SchoolInput school, int year, MunicipalMeans means) {
		List<Reason> notes = new ArrayList<>();
		List<ResultFigures> counted = _counted(school, year, notes);

		if (counted.isEmpty()) {
			notes.add(Reason.note(ReasonCode.NO_RESULTS, year, year));
		}

		Optional<OutcomeFigures> outcome = school.outcome(year);

		if (outcome.isPresent() && !outcome.get().validate().isEmpty()) {
			notes.add(Reason.note(ReasonCode.OUTCOME_INVALID, year, _violationCodes(outcome.get().validate().list())));
		}

		// Result groups; an EnumMap iterates in Group order, which is the precedence

		Map<Group, List<Reason>> matches = new EnumMap<>(Group.class);

		List<Reason> low = _lowResults(school, year, counted, means);

		matches.put(Group.LOW_RESULTS, low);
		matches.put(Group.RISK_ZONE, _riskZone(school, year, counted, low.isEmpty(), means));
		matches.put(Group.FAILURE_PREVENTION, _failurePrevention(counted));

		List<Reason> high = _highResults(counted);

		if (!high.isEmpty() && _rules.highRequiresObjectiveResults() && school.isBiased(year)) {
			notes.add(Reason.note(ReasonCode.BIASED_RESULTS, year, Group.HIGH_RESULTS.code()));

			high = Collections.emptyList();
		}

		matches.put(Group.HIGH_RESULTS, high);

		Set<Group> groups = EnumSet.noneOf(Group.class);
		Map<Group, List<Reason>> reasons = new EnumMap<>(Group.class);
		Group resultGroup = null;

		for (Map.Entry<Group, List<Reason>> entry : matches.entrySet()) {
			if (entry.getValue().isEmpty()) {
				continue;
			}

			if (resultGroup == null) {
				resultGroup = entry.getKey();

				groups.add(resultGroup);
				reasons.put(resultGroup, entry.getValue());
			}
			else {
				notes.add(
					Reason.note(ReasonCode.PRECEDENCE, year, entry.getKey().code(), resultGroup.code()));
			}
		}

		// Context group

		Optional<ContextFigures> context = school.context(year);
		WellBeingIndex index = WellBeingIndex.calculate(context.orElse(null), _rules);
		double threshold = _rules.wellBeingThreshold();

		if (!index.isKnown()) {
			notes.add(
				Reason.note(
					ReasonCode.INDEX_UNKNOWN, year, index.hasContext() ? "missing-shares" : "no-context",
					index.usedShares().size(), _rules.wellBeingMinShares(), _codes(index.missingShares())));
		}
		else if (Comparison.LESS_OR_EQUAL.test(_round(index.value()), threshold)) {
			groups.add(Group.UNFAVOURABLE_CONDITIONS);
			reasons.put(
				Group.UNFAVOURABLE_CONDITIONS,
				List.of(
					Reason.ofSchool(
						ReasonCode.LOW_WELL_BEING_INDEX, Group.UNFAVOURABLE_CONDITIONS, year,
						_round(index.value()), Comparison.LESS_OR_EQUAL, threshold,
						_codes(index.usedShares()))));

			if (resultGroup == Group.HIGH_RESULTS) {
				groups.add(Group.RESILIENT);
				reasons.put(
					Group.RESILIENT,
					List.of(
						Reason.ofSchool(
							ReasonCode.RESILIENT_CONTEXT, Group.RESILIENT, year, _round(index.value()),
							Comparison.LESS_OR_EQUAL, threshold)));
			}
		}

		List<Reason> all = new ArrayList<>();

		for (Group group : Group.values()) {
			if (groups.contains(group)) {
				all.addAll(reasons.get(group));
			}
		}

		all.addAll(notes);

		return new SchoolClassification(
			school.schoolId(), school.name(), year, groups, index.isKnown() ? _round(index.value()) : null, all);
	}

	private String _codes(List<WellBeingShare> shares) {
		StringBuilder sb = new StringBuilder();

		for (WellBeingShare share : shares) {
			if (sb.length() > 0) {
				sb.append(", ");
			}

			sb.append(share.code());
		}

		return sb.toString();
	}

	/** The valid results of the year with enough participants; notes for the others. */
	private List<ResultFigures> _counted(SchoolInput school, int year, List<Reason> notes) {
		List<ResultFigures> counted = new ArrayList<>();
		int minParticipants = _rules.minParticipants();

		for (ResultFigures result : school.results(year)) {
			List<Violation> violations = result.validate().list();

			if (!violations.isEmpty()) {
				notes.add(
					new Reason(
						ReasonCode.RESULT_INVALID, null, year, result.assessment(), result.grade(),
						result.subject(), null, null, null, List.of(_violationCodes(violations))));
			}
			else if (result.participants() < minParticipants) {
				notes.add(
					Reason.ofResult(
						ReasonCode.RESULT_FEW_PARTICIPANTS, null, result, result.participants(), Comparison.LESS,
						minParticipants));
			}
			else {
				counted.add(result);
			}
		}

		return counted;
	}

	private List<Reason> _failurePrevention(List<ResultFigures> counted) {
		List<Reason> reasons = new ArrayList<>();
		double threshold = _rules.failurePassRate();

		for (ResultFigures result : counted) {
			double passRate = _passRate(result);

			if (Comparison.LESS.test(passRate, threshold)) {
				reasons.add(
					Reason.ofResult(
						ReasonCode.FAILURE_PASS_RATE, Group.FAILURE_PREVENTION, result, passRate, Comparison.LESS,
						threshold));
			}
		}

		return reasons;
	}

	/** Two reasons naming the weakest results, or none if a result falls short. */
	private List<Reason> _highResults(List<ResultFigures> counted) {
		if (counted.isEmpty()) {
			return Collections.emptyList();
		}

		double maxShare = _rules.highMaxShareBelowThreshold();
		double minQuality = _rules.highQualityRate();

		ResultFigures worstShare = null;
		double worstShareValue = Double.NEGATIVE_INFINITY;
		ResultFigures worstQuality = null;
		double worstQualityValue = Double.POSITIVE_INFINITY;
		double minScore = _rules.highMinMeanScore();
		ResultFigures worstScore = null;
		double worstScoreValue = Double.POSITIVE_INFINITY;

		for (ResultFigures result : counted) {
			double share = _round(result.effectiveShareBelowThreshold());

			// Unknown for test points given as a mean score only: not a criterion then

			if (!Double.isNaN(share)) {
				if (!Comparison.LESS_OR_EQUAL.test(share, maxShare)) {
					return Collections.emptyList();
				}

				if (share > worstShareValue) {
					worstShare = result;
					worstShareValue = share;
				}
			}

			if (!result.hasMarks()) {
				if ((result.meanScore() == null) || (result.assessment().maxScore() < 100)) {
					continue;
				}

				double score = _round(result.meanScore());

				if (!Comparison.GREATER_OR_EQUAL.test(score, minScore)) {
					return Collections.emptyList();
				}

				if (score < worstScoreValue) {
					worstScore = result;
					worstScoreValue = score;
				}

				continue;
			}

			double quality = _round(result.qualityRate());

			if (!Comparison.GREATER_OR_EQUAL.test(quality, minQuality)) {
				return Collections.emptyList();
			}

			if (quality < worstQualityValue) {
				worstQuality = result;
				worstQualityValue = quality;
			}
		}

		List<Reason> reasons = new ArrayList<>();

		if (worstQuality != null) {
			reasons.add(
				Reason.ofResult(
					ReasonCode.HIGH_QUALITY_RATE, Group.HIGH_RESULTS, worstQuality, worstQualityValue,
					Comparison.GREATER_OR_EQUAL, minQuality, counted.size()));
		}

		if (worstScore != null) {
			reasons.add(
				Reason.ofResult(
					ReasonCode.HIGH_MEAN_SCORE, Group.HIGH_RESULTS, worstScore, worstScoreValue,
					Comparison.GREATER_OR_EQUAL, minScore, counted.size()));
		}

		if (worstShare != null) {
			reasons.add(
				Reason.ofResult(
					ReasonCode.HIGH_SHARE_BELOW_THRESHOLD, Group.HIGH_RESULTS, worstShare, worstShareValue,
					Comparison.LESS_OR_EQUAL, maxShare, counted.size()));
		}

		return reasons;
	}

	private List<Reason> _lowResults(
		SchoolInput school, int year, List<ResultFigures> counted, MunicipalMeans means) {

		List<Reason> reasons = new ArrayList<>();

		// Share below the threshold in enough results

		List<Reason> shares = new ArrayList<>();
		double shareThreshold = _rules.lowShareBelowThreshold();

		for (ResultFigures result : counted) {
			double share = _round(result.effectiveShareBelowThreshold());

			if (Comparison.GREATER_OR_EQUAL.test(share, shareThreshold)) {
				shares.add(
					Reason.ofResult(
						ReasonCode.LOW_SHARE_BELOW_THRESHOLD, Group.LOW_RESULTS, result, share,
						Comparison.GREATER_OR_EQUAL, shareThreshold));
			}
		}

		if (shares.size() >= _rules.lowShareResultsCount()) {
			reasons.addAll(shares);
			reasons.add(
				Reason.ofSchool(
					ReasonCode.LOW_SHARE_RESULTS_COUNT, Group.LOW_RESULTS, year, (double)shares.size(),
					Comparison.GREATER_OR_EQUAL, (double)_rules.lowShareResultsCount()));
		}

		// Gap to the municipal mean (seed 003)

		List<Reason> gaps = new ArrayList<>();

		for (ResultFigures result : counted) {
			if (result.hasMarks()) {
				double quality = _round(result.qualityRate());
				double municipal = _round(means.qualityRate(result));
				double gap = _round(municipal - quality);

				if (Comparison.GREATER.test(gap, _rules.lowQualityGapPoints())) {
					gaps.add(
						Reason.ofResult(
							ReasonCode.LOW_QUALITY_GAP, Group.LOW_RESULTS, result, gap, Comparison.GREATER,
							_rules.lowQualityGapPoints(), quality, municipal));
				}
			}
			else if ((result.meanScore() != null) && (result.assessment().maxScore() >= 100)) {
				double score = _round(result.meanScore());
				double municipal = _round(means.meanScore(result));
				double gap = _round(municipal - score);

				if (Comparison.GREATER.test(gap, _rules.lowScoreGapPoints())) {
					gaps.add(
						Reason.ofResult(
							ReasonCode.LOW_SCORE_GAP, Group.LOW_RESULTS, result, gap, Comparison.GREATER,
							_rules.lowScoreGapPoints(), score, municipal));
				}
			}
		}

		if (gaps.size() >= _rules.lowGapResultsCount()) {
			reasons.addAll(gaps);
		}

		// Federal list

		if (_rules.federalListMeansLowResults() && school.isOnFederalList(year)) {
			reasons.add(Reason.ofSchool(ReasonCode.FEDERAL_LIST, Group.LOW_RESULTS, year, null, null, null));
		}

		// Further outcomes (seed 003)

		Optional<OutcomeFigures> outcome = school.outcome(year);

		if (outcome.isPresent() && outcome.get().validate().isEmpty()) {
			Double continuing = outcome.get().shareContinuingToGrade10();

			if ((continuing != null) &&
				Comparison.LESS.test(continuing, _rules.lowContinuationShare())) {

				reasons.add(
					Reason.ofSchool(
						ReasonCode.LOW_CONTINUATION, Group.LOW_RESULTS, year, continuing, Comparison.LESS,
						_rules.lowContinuationShare()));
			}

			Double olympiads = outcome.get().shareOlympiadParticipants();

			if (_rules.lowByOlympiadShare() && (olympiads != null) &&
				Comparison.LESS_OR_EQUAL.test(olympiads, _rules.lowOlympiadShare())) {

				reasons.add(
					Reason.ofSchool(
						ReasonCode.LOW_OLYMPIAD_SHARE, Group.LOW_RESULTS, year, olympiads, Comparison.LESS_OR_EQUAL,
						_rules.lowOlympiadShare()));
			}
		}

		return reasons;
	}

	private List<Reason> _riskZone(
		SchoolInput school, int year, List<ResultFigures> counted, boolean notLow, MunicipalMeans means) {

		List<Reason> reasons = new ArrayList<>();

		// Low results in exactly one of the last two years: the previous one

		if (_rules.riskIfLowPreviousYear() && notLow) {
			List<ResultFigures> previous = _counted(school, year - 1, new ArrayList<>());

			if (!_lowResults(school, year - 1, previous, means).isEmpty()) {
				reasons.add(
					Reason.ofSchool(
						ReasonCode.RISK_LOW_PREVIOUS_YEAR, Group.RISK_ZONE, year, null, null, null, year - 1));
			}
		}

		// Drops since the previous year in the same assessment, grade and subject

		Map<MunicipalMeans.Key, ResultFigures> previousResults = new HashMap<>();

		for (ResultFigures result : _counted(school, year - 1, new ArrayList<>())) {
			previousResults.putIfAbsent(MunicipalMeans.Key.of(result), result);
		}

		for (ResultFigures result : counted) {
			ResultFigures previous = previousResults.get(MunicipalMeans.Key.of(result).previousYear());

			if (previous == null) {
				continue;
			}

			double passBefore = _passRate(previous);
			double passNow = _passRate(result);
			double passDrop = _round(passBefore - passNow);

			if (Comparison.GREATER_OR_EQUAL.test(passDrop, _rules.riskPassRateDropPoints())) {
				reasons.add(
					Reason.ofResult(
						ReasonCode.RISK_PASS_RATE_DROP, Group.RISK_ZONE, result, passDrop,
						Comparison.GREATER_OR_EQUAL, _rules.riskPassRateDropPoints(), passBefore, passNow));
			}

			if (previous.hasMarks() && result.hasMarks()) {
				double qualityBefore = _round(previous.qualityRate());
				double qualityNow = _round(result.qualityRate());
				double qualityDrop = _round(qualityBefore - qualityNow);

				if (Comparison.GREATER_OR_EQUAL.test(qualityDrop, _rules.riskQualityRateDropPoints())) {
					reasons.add(
						Reason.ofResult(
							ReasonCode.RISK_QUALITY_RATE_DROP, Group.RISK_ZONE, result, qualityDrop,
							Comparison.GREATER_OR_EQUAL, _rules.riskQualityRateDropPoints(), qualityBefore,
							qualityNow));
				}
			}
		}

		return reasons;
	}

	private String _violationCodes(List<Violation> violations) {
		List<String> codes = new ArrayList<>();

		for (Violation violation : violations) {
			codes.add(violation.field() + ":" + violation.code());
		}

		return String.join(", ", codes);
	}

	private final IdentificationRules _rules;

}
