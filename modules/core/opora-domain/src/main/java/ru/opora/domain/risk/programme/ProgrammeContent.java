package ru.opora.domain.risk.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ru.opora.domain.risk.TabText;
import ru.opora.domain.validation.ValidationException;
import ru.opora.domain.validation.Violation;
import ru.opora.domain.validation.Violations;

/**
 * The structured content of a programme document: goal, tasks, measures and
 * the expected result, with a text form for the frozen copies kept at each
 * submission.
 */
public final class ProgrammeContent {

	public static final int MAX_MEASURES = 200;

	public static final int MAX_TASKS = 30;

	public static ProgrammeContent decode(String text) {
		String goal = "";
		String result = "";
		List<String> tasks = new ArrayList<>();
		List<MeasureData> measures = new ArrayList<>();

		String[] lines = (text == null) ? new String[0] : text.split("\n");

		for (int i = 0; i < lines.length; i++) {
			String[] cells = TabText.cells(lines[i]);

			try {
				if ("goal".equals(cells[0]) && (cells.length == 2)) {
					goal = cells[1];
				}
				else if ("result".equals(cells[0]) && (cells.length == 2)) {
					result = cells[1];
				}
				else if ("task".equals(cells[0]) && (cells.length == 2)) {
					tasks.add(cells[1]);
				}
				else if ("measure".equals(cells[0]) && (cells.length == 9)) {
					measures.add(
						new MeasureData(
							cells[1], Integer.parseInt(cells[2]), LocalDate.parse(cells[3]), cells[4], cells[5],
							_number(cells[6]), _number(cells[7]), cells[8]));
				}
				else if (!lines[i].isBlank()) {
					throw new IllegalArgumentException(lines[i]);
				}
			}
			catch (RuntimeException runtimeException) {
				throw new ValidationException(List.of(Violation.of("line." + (i + 1), "risk-programme-format")));
			}
		}

		return new ProgrammeContent(goal, tasks, measures, result);
	}

	public ProgrammeContent(String goal, List<String> tasks, List<MeasureData> measures, String expectedResult) {
		this.goal = goal;
		this.tasks = List.copyOf(tasks);
		this.measures = List.copyOf(measures);
		this.expectedResult = expectedResult;
	}

	public String encode() {
		StringBuilder sb = new StringBuilder();

		TabText.line(sb, "goal", goal);

		for (String task : tasks) {
			TabText.line(sb, "task", task);
		}

		for (MeasureData measure : measures) {
			TabText.line(
				sb, "measure", measure.title(), String.valueOf(measure.taskIndex()),
				String.valueOf(measure.deadline()), measure.responsible(), measure.indicator(),
				_text(measure.baseline()), _text(measure.target()), measure.expectedResult());
		}

		TabText.line(sb, "result", expectedResult);

		return sb.toString();
	}

	public String expectedResult() {
		return expectedResult;
	}

	public String goal() {
		return goal;
	}

	public List<MeasureData> measures() {
		return measures;
	}

	public List<String> tasks() {
		return tasks;
	}

	/**
	 * Every problem of the content for submission: goal, at least one task and
	 * one measure, every measure complete with its deadline inside the
	 * programme's period.
	 */
	public Violations validate(LocalDate from, LocalDate to) {
		Violations violations = new Violations();

		violations.requireText(goal, 2000, "goal");
		violations.require(!tasks.isEmpty(), "tasks", "required");
		violations.require(tasks.size() <= MAX_TASKS, "tasks", "risk-too-many", MAX_TASKS);

		for (int i = 0; i < tasks.size(); i++) {
			violations.requireText(tasks.get(i), 1000, "task." + (i + 1));
		}

		violations.require(!measures.isEmpty(), "measures", "required");
		violations.require(measures.size() <= MAX_MEASURES, "measures", "risk-too-many", MAX_MEASURES);

		for (int i = 0; i < measures.size(); i++) {
			measures.get(i).validate("measure." + (i + 1), tasks.size(), from, to, violations);
		}

		violations.requireText(expectedResult, 2000, "expectedResult");

		return violations;
	}

	private static Double _number(String text) {
		return text.isEmpty() ? null : Double.valueOf(text);
	}

	private static String _text(Double number) {
		return (number == null) ? "" : String.valueOf(number);
	}

	private final String expectedResult;
	private final String goal;
	private final List<MeasureData> measures;
	private final List<String> tasks;

}
