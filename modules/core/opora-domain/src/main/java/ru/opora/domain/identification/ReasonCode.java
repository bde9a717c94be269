package ru.opora.domain.identification;

import java.util.Locale;

/**
 * The rule behind a {@link Reason}. The message key of a reason is
 * {@code opora-identification-} followed by {@link #code()}.
 */
public enum ReasonCode {

	/** A result's share below the threshold is at or above the low-results level. */
	LOW_SHARE_BELOW_THRESHOLD,

	/** Enough results of the year are above the low-results share. */
	LOW_SHARE_RESULTS_COUNT,

	/** ЕГЭ-type mean test score more than the allowed gap below the municipal mean (seed 003). */
	LOW_SCORE_GAP,

	/** Quality rate more than the allowed gap below the municipal quality rate (marks 2..5). */
	LOW_QUALITY_GAP,

	/** The school is on the federal list of schools with low results for the year. */
	FEDERAL_LIST,

	/** Fewer pupils than required continue to grade 10 (seed 003: less than 60%). */
	LOW_CONTINUATION,

	/** Too few olympiad and contest participants over 3 years (seed 003: 0.5%). */
	LOW_OLYMPIAD_SHARE,

	/** The social well-being index is at or below the ШНСУ threshold (seed 004). */
	LOW_WELL_BEING_INDEX,

	/**
	 * Low results in the previous year but not in this one: unstable (seed 001).
	 * Low results in this year but not the previous one make the school
	 * LOW_RESULTS, so "low in exactly one of the last two years" reduces to this.
	 */
	RISK_LOW_PREVIOUS_YEAR,

	/** Pass rate fell by at least the allowed drop since the previous year. */
	RISK_PASS_RATE_DROP,

	/** Quality rate fell by at least the allowed drop since the previous year (seed 001). */
	RISK_QUALITY_RATE_DROP,

	/** Pass rate below the failure-prevention level in a result. */
	FAILURE_PASS_RATE,

	/** Lowest quality rate of the year's results reaches the high-results level. */
	HIGH_QUALITY_RATE,

	/** Lowest mean test score of the year's results without marks reaches the high-results level. */
	HIGH_MEAN_SCORE,

	/** Highest share below the threshold of the year's results is within the high-results level. */
	HIGH_SHARE_BELOW_THRESHOLD,

	/** High results with a well-being index at ШНСУ level. */
	RESILIENT_CONTEXT,

	/** Note: a result with too few participants was ignored. */
	RESULT_FEW_PARTICIPANTS,

	/** Note: invalid outcome figures were ignored. */
	OUTCOME_INVALID,

	/** Note: an invalid result was ignored. */
	RESULT_INVALID,

	/** Note: no result of the year could be used. */
	NO_RESULTS,

	/** Note: the well-being index could not be computed. */
	INDEX_UNKNOWN,

	/** Note: high results are withheld because the results show signs of bias. */
	BIASED_RESULTS,

	/** Note: a group's rules matched but a group of higher precedence was chosen. */
	PRECEDENCE;

	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public String messageKey() {
		return "opora-identification-" + code();
	}

}
