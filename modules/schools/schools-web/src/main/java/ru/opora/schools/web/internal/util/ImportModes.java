package ru.opora.schools.web.internal.util;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import ru.opora.schools.importer.ImportMode;

/**
 * The import modes as the form offers them: the enum's name as the value,
 * validate only when nothing (or something unknown) was chosen.
 *
 * @author Opora
 */
public final class ImportModes {

	public static final ImportMode DEFAULT = ImportMode.VALIDATE_ONLY;

	/**
	 * The modes a user chooses from; TRANSACTIONAL is how the service runs
	 * all-or-nothing inside its transaction, not a choice of its own.
	 */
	public static final List<ImportMode> OFFERED = Collections.unmodifiableList(
		Arrays.asList(
			ImportMode.VALIDATE_ONLY, ImportMode.ALL_OR_NOTHING,
			ImportMode.GOOD_ROWS));

	/** Language key of a mode's label, e.g. {@code opora-import-mode-validate-only}. */
	public static String labelKey(ImportMode importMode) {
		return "opora-import-mode-" + _code(importMode);
	}

	/** Language key of a mode's explanation. */
	public static String helpKey(ImportMode importMode) {
		return "opora-import-mode-" + _code(importMode) + "-help";
	}

	public static ImportMode parse(String value) {
		for (ImportMode importMode : OFFERED) {
			if (importMode.name().equals(value)) {
				return importMode;
			}
		}

		return DEFAULT;
	}

	private static String _code(ImportMode importMode) {
		return importMode.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private ImportModes() {
	}

}
