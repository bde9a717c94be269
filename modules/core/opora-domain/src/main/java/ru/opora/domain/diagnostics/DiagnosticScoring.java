package ru.opora.domain.diagnostics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores an attempt on the bank version it was drawn from: per competence,
 * the sum of {@link ItemScoring#points} against the sum of the weights of its
 * drawn items, compared with the competence's threshold in that version.
 */
public final class DiagnosticScoring {

	/** An item counts as correct at share 1, partly correct above 0. */
	public static DiagnosticResult score(BankVersion bank, List<String> itemCodes, Map<String, String> answers) {
		Map<String, double[]> totals = new LinkedHashMap<>();

		for (String itemCode : itemCodes) {
			Item item = bank.item(itemCode);

			if (item == null) {
				throw new IllegalArgumentException(
					"Item " + itemCode + " is not in bank version " + bank.number());
			}

			double[] total = totals.computeIfAbsent(item.competenceCode(), code -> new double[6]);
			String answer = answers.get(itemCode);
			double share = ItemScoring.share(item, answer);

			total[0] += share * item.weight();
			total[1] += item.weight();
			total[2]++;

			if (share >= 1) {
				total[3]++;
			}
			else if (share > 0) {
				total[4]++;
			}

			if ((answer == null) || answer.isBlank()) {
				total[5]++;
			}
		}

		List<CompetenceResult> results = new ArrayList<>();

		for (Map.Entry<String, double[]> entry : totals.entrySet()) {
			double[] total = entry.getValue();
			Competence competence = bank.competence(entry.getKey());

			results.add(
				new CompetenceResult(entry.getKey(), total[0], total[1], competence.threshold(), (int)total[2],
					(int)total[3], (int)total[4], (int)total[5]));
		}

		return new DiagnosticResult(bank.number(), results);
	}

	private DiagnosticScoring() {
	}

}
