package ru.opora.domain.diagnostics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Parsing and normalising of the stored forms of keys and answers. */
public final class AnswerText {

	/**
	 * Short answers compare after: trim, lower case, ё → е, runs of blanks
	 * to one space, a decimal comma to a point, a trailing point removed.
	 */
	public static String normalize(String text) {
		if (text == null) {
			return "";
		}

		String normalized = text.trim().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ");

		normalized = normalized.replaceAll("(\\d),(\\d)", "$1.$2");

		while (normalized.endsWith(".")) {
			normalized = normalized.substring(0, normalized.length() - 1).trim();
		}

		return normalized;
	}

	/** Option numbers separated by {@code ;} or {@code ,}; null if any is not a positive number. */
	public static Set<Integer> numbers(String text) {
		Set<Integer> numbers = new LinkedHashSet<>();

		if ((text == null) || text.isBlank()) {
			return numbers;
		}

		for (String part : text.split("[;,]")) {
			if (part.isBlank()) {
				continue;
			}

			Integer number = _number(part);

			if (number == null) {
				return null;
			}

			numbers.add(number);
		}

		return numbers;
	}

	/** Pairs {@code left-right} separated by {@code ;}; null if any is malformed. A left side given twice keeps the last. */
	public static Map<Integer, Integer> pairs(String text) {
		Map<Integer, Integer> pairs = new LinkedHashMap<>();

		if ((text == null) || text.isBlank()) {
			return pairs;
		}

		for (String part : text.split(";")) {
			if (part.isBlank()) {
				continue;
			}

			String[] sides = part.split("-");

			if (sides.length != 2) {
				return null;
			}

			Integer left = _number(sides[0]);
			Integer right = _number(sides[1]);

			if ((left == null) || (right == null)) {
				return null;
			}

			pairs.put(left, right);
		}

		return pairs;
	}

	/** The accepted short answers of a key, normalised, blanks dropped. */
	public static List<String> accepted(String key) {
		List<String> accepted = new ArrayList<>();

		if (key == null) {
			return accepted;
		}

		for (String part : key.split("\\|")) {
			String normalized = normalize(part);

			if (!normalized.isEmpty()) {
				accepted.add(normalized);
			}
		}

		return accepted;
	}

	/** The number in a normalised short answer, or null. */
	public static Double decimal(String normalized) {
		if (!normalized.matches("-?\\d+(\\.\\d+)?")) {
			return null;
		}

		return Double.valueOf(normalized);
	}

	private static Integer _number(String text) {
		String trimmed = text.trim();

		if (!trimmed.matches("\\d{1,3}")) {
			return null;
		}

		int number = Integer.parseInt(trimmed);

		return (number > 0) ? number : null;
	}

	private AnswerText() {
	}

}
