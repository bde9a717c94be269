package ru.opora.riskprofile.util;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ru.opora.domain.risk.RespondentGroup;
import ru.opora.domain.risk.RiskLevel;
import ru.opora.domain.risk.TabText;
import ru.opora.domain.risk.profile.IndicatorValue;

/**
 * Stored text forms of the feature's columns: a response's answers (one
 * "code, value" line per answered question) and a factor's indicator values
 * (code, group, value, respondents, required, level).
 */
public final class RiskText {

	public static Map<String, Double> decodeAnswers(String text) {
		Map<String, Double> answers = new LinkedHashMap<>();

		for (String line : _lines(text)) {
			String[] cells = TabText.cells(line);

			if (cells.length == 2) {
				answers.put(cells[0], Double.valueOf(cells[1]));
			}
		}

		return answers;
	}

	public static List<IndicatorValue> decodeIndicatorValues(String text) {
		List<IndicatorValue> values = new ArrayList<>();

		for (String line : _lines(text)) {
			String[] cells = TabText.cells(line);

			if (cells.length == 6) {
				values.add(
					new IndicatorValue(
						cells[0], RespondentGroup.parse(cells[1]).orElse(null),
						cells[2].isEmpty() ? null : Double.valueOf(cells[2]), Integer.parseInt(cells[3]),
						Integer.parseInt(cells[4]), RiskLevel.parse(cells[5]).orElse(null)));
			}
		}

		return values;
	}

	public static String encodeAnswers(Map<String, Double> answers) {
		StringBuilder sb = new StringBuilder();

		for (Map.Entry<String, Double> entry : answers.entrySet()) {
			if (entry.getValue() != null) {
				TabText.line(sb, entry.getKey(), String.valueOf(entry.getValue()));
			}
		}

		return sb.toString();
	}

	public static String encodeIndicatorValues(List<IndicatorValue> values) {
		StringBuilder sb = new StringBuilder();

		for (IndicatorValue value : values) {
			TabText.line(
				sb, value.indicatorCode(), String.valueOf(value.group()),
				(value.value() == null) ? "" : String.valueOf(value.value()), String.valueOf(value.respondents()),
				String.valueOf(value.requiredRespondents()), (value.level() == null) ? "" : value.level().name());
		}

		return sb.toString();
	}

	private static List<String> _lines(String text) {
		List<String> lines = new ArrayList<>();

		if (text != null) {
			for (String line : text.split("\n")) {
				if (!line.isEmpty()) {
					lines.add(line);
				}
			}
		}

		return lines;
	}

	private RiskText() {
	}

}
