package ru.opora.domain.risk;

/**
 * The stored text form shared by the feature's codecs: one record per line,
 * cells separated by tabs, tabs, new lines and backslashes escaped.
 */
public final class TabText {

	public static String[] cells(String line) {
		String[] cells = line.split("\t", -1);

		for (int i = 0; i < cells.length; i++) {
			cells[i] = _unescape(cells[i]);
		}

		return cells;
	}

	public static void line(StringBuilder sb, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				sb.append('\t');
			}

			sb.append(_escape((cells[i] == null) ? "" : cells[i]));
		}

		sb.append('\n');
	}

	private static String _escape(String value) {
		return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "");
	}

	private static String _unescape(String value) {
		StringBuilder sb = new StringBuilder(value.length());

		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);

			if ((c == '\\') && ((i + 1) < value.length())) {
				char next = value.charAt(++i);

				sb.append((next == 't') ? '\t' : (next == 'n') ? '\n' : next);
			}
			else {
				sb.append(c);
			}
		}

		return sb.toString();
	}

	private TabText() {
	}

}
