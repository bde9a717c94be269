package ru.opora.domain.risk.programme;

import java.time.LocalDate;

import ru.opora.domain.validation.Violations;

/**
 * A measure of a programme: what is done, for which task (index in the
 * programme's tasks), by when, who is responsible, the indicator it moves with
 * its baseline and target value, and the expected result.
 */
public final class MeasureData {

	public MeasureData(
		String title, int taskIndex, LocalDate deadline, String responsible, String indicator, Double baseline,
		Double target, String expectedResult) {

		this.title = title;
		this.taskIndex = taskIndex;
		this.deadline = deadline;
		this.responsible = responsible;
		this.indicator = indicator;
		this.baseline = baseline;
		this.target = target;
		this.expectedResult = expectedResult;
	}

	/** The indicator's value before the programme, may be null. */
	public Double baseline() {
		return baseline;
	}

	public LocalDate deadline() {
		return deadline;
	}

	public String expectedResult() {
		return expectedResult;
	}

	public String indicator() {
		return indicator;
	}

	public String responsible() {
		return responsible;
	}

	public Double target() {
		return target;
	}

	public int taskIndex() {
		return taskIndex;
	}

	public String title() {
		return title;
	}

	/** Adds the measure's problems under {@code prefix} (e.g. {@code measure.2}). */
	public void validate(String prefix, int taskCount, LocalDate from, LocalDate to, Violations violations) {
		violations.requireText(title, 500, prefix + ".title");
		violations.require((taskIndex >= 0) && (taskIndex < taskCount), prefix + ".task", "risk-measure-task-unknown", taskIndex + 1);

		if (deadline == null) {
			violations.add(prefix + ".deadline", "required");
		}
		else {
			violations.require(
				!deadline.isBefore(from) && !deadline.isAfter(to), prefix + ".deadline", "risk-measure-deadline-outside",
				from.toString(), to.toString());
		}

		violations.requireText(responsible, 200, prefix + ".responsible");
		violations.requireText(indicator, 300, prefix + ".indicator");
		violations.require(target != null, prefix + ".target", "required");
		violations.require(
			(target == null) || (baseline == null) || !target.equals(baseline), prefix + ".target",
			"risk-measure-target-equals-baseline");
		violations.requireText(expectedResult, 1000, prefix + ".expectedResult");
	}

	private final Double baseline;
	private final LocalDate deadline;
	private final String expectedResult;
	private final String indicator;
	private final String responsible;
	private final Double target;
	private final int taskIndex;
	private final String title;

}
