package ru.opora.domain.risk.dictionary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import ru.opora.domain.risk.RespondentGroup;
import ru.opora.domain.risk.TabText;
import ru.opora.domain.validation.Violations;

/**
 * The stored text form of a dictionary version: one tab-separated record per
 * line ({@code year}, {@code min}, {@code question}, {@code factor}, then the
 * factor's {@code indicator} lines), tabs, new lines and backslashes escaped.
 * Decoding reports the line of every broken record.
 */
public final class DictionaryCodec {

	public static FactorDictionary decode(String text) {
		Violations violations = new Violations();

		int year = 0;
		Map<RespondentGroup, Integer> minimums = new EnumMap<>(RespondentGroup.class);
		List<Question> questions = new ArrayList<>();
		List<RiskFactor> factors = new ArrayList<>();

		String pendingCode = null;
		String[] pendingFactor = null;
		List<Indicator> pendingIndicators = new ArrayList<>();

		String[] lines = (text == null) ? new String[0] : text.split("\n", -1);

		if ((lines.length == 0) || !_HEADER.equals(lines[0].trim())) {
			violations.add("line.1", "risk-dictionary-format");
			violations.throwIfAny();
		}

		for (int i = 1; i < lines.length; i++) {
			String line = lines[i];

			if (line.isBlank()) {
				continue;
			}

			String field = "line." + (i + 1);
			String[] cells = TabText.cells(line);

			try {
				String kind = cells[0];

				if ("year".equals(kind) && (cells.length == 2)) {
					year = Integer.parseInt(cells[1]);
				}
				else if ("min".equals(kind) && (cells.length == 3)) {
					minimums.put(_group(cells[1]), Integer.parseInt(cells[2]));
				}
				else if ("question".equals(kind) && (cells.length == 8)) {
					questions.add(
						new Question(
							cells[1], _group(cells[2]), cells[6], cells[7], Integer.parseInt(cells[3]),
							Integer.parseInt(cells[4]), Boolean.parseBoolean(cells[5])));
				}
				else if ("factor".equals(kind) && (cells.length == 4)) {
					if (pendingFactor != null) {
						factors.add(new RiskFactor(pendingCode, pendingFactor[2], pendingFactor[3], pendingIndicators));
					}

					pendingCode = cells[1];
					pendingFactor = cells;
					pendingIndicators = new ArrayList<>();
				}
				else if ("indicator".equals(kind) && (cells.length == 9) && (pendingFactor != null)) {
					pendingIndicators.add(
						new Indicator(
							cells[1], cells[7], cells[8], _group(cells[2]),
							cells[6].isEmpty() ? List.of() : Arrays.asList(cells[6].split(",")),
							new Thresholds(
								Double.parseDouble(cells[3]), Double.parseDouble(cells[4]),
								Double.parseDouble(cells[5]))));
				}
				else {
					violations.add(field, "risk-dictionary-format");
				}
			}
			catch (IllegalArgumentException illegalArgumentException) {
				violations.add(field, "risk-dictionary-format");
			}
		}

		if (pendingFactor != null) {
			factors.add(new RiskFactor(pendingCode, pendingFactor[2], pendingFactor[3], pendingIndicators));
		}

		violations.throwIfAny();

		return new FactorDictionary(year, questions, factors, minimums);
	}

	public static String encode(FactorDictionary dictionary) {
		StringBuilder sb = new StringBuilder(_HEADER);

		sb.append('\n');
		TabText.line(sb, "year", String.valueOf(dictionary.fromYear()));

		for (Map.Entry<RespondentGroup, Integer> entry : dictionary.minRespondents().entrySet()) {
			TabText.line(sb, "min", entry.getKey().name(), String.valueOf(entry.getValue()));
		}

		for (Question question : dictionary.questions()) {
			TabText.line(
				sb, "question", question.code(), question.group().name(), String.valueOf(question.min()),
				String.valueOf(question.max()), String.valueOf(question.inverted()), question.textRu(),
				question.textEn());
		}

		for (RiskFactor factor : dictionary.factors()) {
			TabText.line(sb, "factor", factor.code(), factor.nameRu(), factor.nameEn());

			for (Indicator indicator : factor.indicators()) {
				Thresholds thresholds = indicator.thresholds();

				TabText.line(
					sb, "indicator", indicator.code(), indicator.group().name(), String.valueOf(thresholds.low()),
					String.valueOf(thresholds.medium()), String.valueOf(thresholds.high()),
					String.join(",", indicator.questionCodes()), indicator.nameRu(), indicator.nameEn());
			}
		}

		return sb.toString();
	}

	private static RespondentGroup _group(String name) {
		return RespondentGroup.parse(name).orElseThrow(() -> new IllegalArgumentException(name));
	}

	private static final String _HEADER = "opora-risk-dictionary\t1";

	private DictionaryCodec() {
	}

}
