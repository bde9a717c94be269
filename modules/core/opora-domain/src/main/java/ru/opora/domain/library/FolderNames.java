package ru.opora.domain.library;

/**
 * Names of the library's Documents and Media folders: the portal rejects
 * {@code \ / : * ? " < > |}, a name of only dots and names over 255
 * characters; a municipality's or association's name is made safe here.
 */
public final class FolderNames {

	public static final int MAX_LENGTH = 255;

	/** A folder name for a display name: forbidden characters become spaces, blanks collapse; {@code null} if nothing is left. */
	public static String safe(String name) {
		if (name == null) {
			return null;
		}

		StringBuilder sb = new StringBuilder(name.length());

		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);

			if ((_FORBIDDEN.indexOf(c) >= 0) || Character.isISOControl(c)) {
				c = ' ';
			}

			sb.append(c);
		}

		String safe = sb.toString().replaceAll("\\s+", " ").trim();

		if (safe.length() > MAX_LENGTH) {
			safe = safe.substring(0, MAX_LENGTH).trim();
		}

		if (safe.isEmpty() || safe.matches("\\.+")) {
			return null;
		}

		return safe;
	}

	private static final String _FORBIDDEN = "\\/:*?\"<>|";

	private FolderNames() {
	}

}
