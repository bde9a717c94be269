package ru.opora.schools.importer;

import java.util.Locale;

/** Normalises header names, sheet names and dictionary values for comparison. */
public final class Names {

	/** Trimmed, lower case, ё as е, inner white space collapsed; "" for null. */
	public static String normalize(String value) {
		if (value == null) {
			return "";
		}

		StringBuilder sb = new StringBuilder(value.length());
		boolean space = false;

		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);

			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				space = sb.length() > 0;

				continue;
			}

			if (space) {
				sb.append(' ');
				space = false;
			}

			c = Character.toLowerCase(c);

			if (c == 'ё') {
				c = 'е';
			}

			sb.append(c);
		}

		return sb.toString().toLowerCase(Locale.ROOT);
	}

	private Names() {
	}

}
