package ru.opora.domain.diagnostics;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores one answer as a share of the item's weight, 0 to 1.
 *
 * <ul>
 * <li>single choice: 1 if the chosen option is the key, else 0;</li>
 * <li>multiple choice, partial credit: (correct options chosen − wrong
 * options chosen) / correct options, never below 0 — choosing every option
 * does not earn points;</li>
 * <li>short answer: 1 if the normalised answer equals an accepted one
 * ({@link AnswerText#normalize}); numbers compare by value (0.50 = 0,5);</li>
 * <li>matching, partial credit: the share of left items matched to the key's
 * right item.</li>
 * </ul>
 * An empty or malformed answer scores 0.
 */
public final class ItemScoring {

	public static double share(Item item, String answer) {
		if ((answer == null) || answer.isBlank()) {
			return 0;
		}

		switch (item.type()) {
			case SINGLE_CHOICE:
				return _single(item.key(), answer);
			case MULTIPLE_CHOICE:
				return _multiple(item.key(), answer);
			case SHORT_ANSWER:
				return _short(item.key(), answer);
			case MATCHING:
				return _matching(item.key(), answer);
			default:
				throw new IllegalStateException(String.valueOf(item.type()));
		}
	}

	/** The points of an answer: share × weight. */
	public static double points(Item item, String answer) {
		return share(item, answer) * item.weight();
	}

	private static double _matching(String key, String answer) {
		Map<Integer, Integer> expected = AnswerText.pairs(key);
		Map<Integer, Integer> given = AnswerText.pairs(answer);

		if ((expected == null) || expected.isEmpty() || (given == null)) {
			return 0;
		}

		int correct = 0;

		for (Map.Entry<Integer, Integer> pair : expected.entrySet()) {
			if (pair.getValue().equals(given.get(pair.getKey()))) {
				correct++;
			}
		}

		return (double)correct / expected.size();
	}

	private static double _multiple(String key, String answer) {
		Set<Integer> expected = AnswerText.numbers(key);
		Set<Integer> given = AnswerText.numbers(answer);

		if ((expected == null) || expected.isEmpty() || (given == null)) {
			return 0;
		}

		int right = 0;
		int wrong = 0;

		for (Integer number : given) {
			if (expected.contains(number)) {
				right++;
			}
			else {
				wrong++;
			}
		}

		return Math.max(0, (double)(right - wrong) / expected.size());
	}

	private static double _short(String key, String answer) {
		String normalized = AnswerText.normalize(answer);
		List<String> accepted = AnswerText.accepted(key);

		if (accepted.contains(normalized)) {
			return 1;
		}

		Double number = AnswerText.decimal(normalized);

		if (number == null) {
			return 0;
		}

		for (String candidate : accepted) {
			Double value = AnswerText.decimal(candidate);

			if ((value != null) && (Math.abs(value - number) < 1e-9)) {
				return 1;
			}
		}

		return 0;
	}

	private static double _single(String key, String answer) {
		Set<Integer> expected = AnswerText.numbers(key);
		Set<Integer> given = AnswerText.numbers(answer);

		if ((expected == null) || (given == null) || (given.size() != 1)) {
			return 0;
		}

		return expected.equals(given) ? 1 : 0;
	}

	private ItemScoring() {
	}

}
