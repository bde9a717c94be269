package ru.opora.domain.mentoring.assignment;

import java.util.ArrayList;
import java.util.List;

import ru.opora.domain.mentoring.CostComponent;

/**
 * The stored form of "why this mentor": one line per cost component,
 * {@code messageKey|value|argument|...}, with {@code \}, {@code |} and line
 * breaks escaped. Parsed arguments come back as strings.
 */
public final class Explanation {

	public static String format(List<CostComponent> components) {
		StringBuilder sb = new StringBuilder();

		for (CostComponent component : components) {
			if (sb.length() > 0) {
				sb.append('\n');
			}

			sb.append(_escape(component.getMessageKey()));
			sb.append('|');
			sb.append(component.getValue());

			for (Object argument : component.getArguments()) {
				sb.append('|');
				sb.append(_escape(String.valueOf(argument)));
			}
		}

		return sb.toString();
	}

	/** The components of a stored explanation; blank text gives none. */
	public static List<CostComponent> parse(String explanation) {
		List<CostComponent> components = new ArrayList<>();

		if ((explanation == null) || explanation.isBlank()) {
			return components;
		}

		for (String line : explanation.split("\n")) {
			List<String> parts = _split(line);

			if (parts.size() < 2) {
				throw new IllegalArgumentException("Not an explanation line: " + line);
			}

			double value;

			try {
				value = Double.parseDouble(parts.get(1));
			}
			catch (NumberFormatException numberFormatException) {
				throw new IllegalArgumentException("Not an explanation line: " + line, numberFormatException);
			}

			components.add(new CostComponent(parts.get(0), value, new ArrayList<Object>(parts.subList(2, parts.size()))));
		}

		return components;
	}

	private static String _escape(String text) {
		StringBuilder sb = new StringBuilder(text.length());

		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);

			if (c == '\\') {
				sb.append("\\\\");
			}
			else if (c == '|') {
				sb.append("\\p");
			}
			else if (c == '\n') {
				sb.append("\\n");
			}
			else if (c == '\r') {
				sb.append("\\r");
			}
			else {
				sb.append(c);
			}
		}

		return sb.toString();
	}

	private static List<String> _split(String line) {
		List<String> parts = new ArrayList<>();
		StringBuilder sb = new StringBuilder();

		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);

			if (c == '|') {
				parts.add(sb.toString());
				sb.setLength(0);
			}
			else if ((c == '\\') && ((i + 1) < line.length())) {
				char next = line.charAt(++i);

				if (next == 'p') {
					sb.append('|');
				}
				else if (next == 'n') {
					sb.append('\n');
				}
				else if (next == 'r') {
					sb.append('\r');
				}
				else {
					sb.append(next);
				}
			}
			else {
				sb.append(c);
			}
		}

		parts.add(sb.toString());

		return parts;
	}

	private Explanation() {
	}

}
