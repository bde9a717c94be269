package ru.opora.domain.diagnostics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stored form of an attempt's answers: one {@code itemCode=answer} a
 * line; line breaks inside an answer become spaces (answers are one line).
 */
public final class Answers {

	public static Map<String, String> decode(String text) {
		Map<String, String> answers = new LinkedHashMap<>();

		if ((text == null) || text.isEmpty()) {
			return answers;
		}

		for (String line : text.split("\n")) {
			int index = line.indexOf('=');

			if (index > 0) {
				answers.put(line.substring(0, index), line.substring(index + 1));
			}
		}

		return answers;
	}

	public static String encode(Map<String, String> answers) {
		StringBuilder sb = new StringBuilder();

		for (Map.Entry<String, String> entry : answers.entrySet()) {
			if ((entry.getValue() == null) || entry.getValue().isBlank()) {
				continue;
			}

			if (sb.length() > 0) {
				sb.append('\n');
			}

			sb.append(entry.getKey());
			sb.append('=');
			sb.append(entry.getValue().replaceAll("[\\r\\n]+", " ").trim());
		}

		return sb.toString();
	}

	/** The saved answers with the new ones merged in, only for the given items; a blank answer clears. */
	public static Map<String, String> merge(
		Map<String, String> saved, Map<String, String> update, java.util.Collection<String> itemCodes) {

		Map<String, String> merged = new LinkedHashMap<>(saved);

		for (Map.Entry<String, String> entry : update.entrySet()) {
			if (!itemCodes.contains(entry.getKey())) {
				continue;
			}

			if ((entry.getValue() == null) || entry.getValue().isBlank()) {
				merged.remove(entry.getKey());
			}
			else {
				merged.put(entry.getKey(), entry.getValue());
			}
		}

		return merged;
	}

	private Answers() {
	}

}
