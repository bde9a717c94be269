package ru.opora.domain.identification;

import java.util.Locale;

/**
 * The groups of the municipal clustering (seed 001) and of the federal and
 * regional identification (seeds 003, 004), named as in the glossary.
 *
 * <p>
 * Result groups are exclusive, by precedence: {@link #LOW_RESULTS} before
 * {@link #RISK_ZONE} before {@link #FAILURE_PREVENTION} before
 * {@link #HIGH_RESULTS}. {@link #UNFAVOURABLE_CONDITIONS} is a context group
 * and combines with any result group. {@link #RESILIENT} is added to
 * {@link #HIGH_RESULTS} when the context is of ШНСУ level. {@link #NONE} is
 * alone.
 * </p>
 */
public enum Group {

	/** ШНОР: школа с низкими образовательными результатами. */
	LOW_RESULTS(true),

	/** ШНСУ: школа, функционирующая в неблагоприятных социальных условиях. */
	UNFAVOURABLE_CONDITIONS(false),

	/** Школа в зоне риска снижения образовательных результатов. */
	RISK_ZONE(true),

	/** Группа профилактики учебной неуспешности. */
	FAILURE_PREVENTION(true),

	/** Школа с высокими результатами (mentor candidate). */
	HIGH_RESULTS(true),

	/** Резильентная школа: high results despite a ШНСУ-level context. */
	RESILIENT(false),

	/** None of the groups above. */
	NONE(false);

	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** Language key of the group's label, e.g. {@code opora-group-low-results}. */
	public String labelKey() {
		return "opora-group-" + code();
	}

	/** Whether the group is one of the exclusive result groups. */
	public boolean isResultGroup() {
		return _resultGroup;
	}

	private Group(boolean resultGroup) {
		_resultGroup = resultGroup;
	}

	private final boolean _resultGroup;

}
