package ru.opora.schools.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Message keys the importer emits, besides the domain's
 * {@code opora-error-<code>} keys. Texts are in
 * {@code content/ImportMessages.properties} (English) and
 * {@code content/ImportMessages_ru.properties}.
 */
public final class ImportMessages {

	// The file

	public static final String CORRUPT_FILE = "opora-import-corrupt-file";

	public static final String FILE_UNREADABLE = "opora-import-file-unreadable";

	public static final String MACROS_NOT_ALLOWED = "opora-import-macros-not-allowed";

	public static final String NO_KNOWN_SHEETS = "opora-import-no-known-sheets";

	public static final String NOT_A_WORKBOOK = "opora-import-not-a-workbook";

	public static final String PASSWORD_PROTECTED = "opora-import-password-protected";

	public static final String TOO_MANY_ROWS = "opora-import-too-many-rows";

	public static final String UNSAFE_XML = "opora-import-unsafe-xml";

	public static final String XLS_NOT_SUPPORTED = "opora-import-xls-not-supported";

	public static final String ZIP_BOMB = "opora-import-zip-bomb";

	// A sheet

	public static final String DUPLICATE_COLUMN = "opora-import-duplicate-column";

	public static final String MISSING_COLUMNS = "opora-import-missing-columns";

	// A row

	public static final String CELL_ERROR = "opora-import-cell-error";

	public static final String DUPLICATE_KEY = "opora-import-duplicate-key";

	public static final String FORMULA_NOT_ALLOWED = "opora-import-formula-not-allowed";

	public static final String INVALID_VALUE = "opora-import-invalid-value";

	public static final String NOT_A_NUMBER = "opora-import-not-a-number";

	public static final String NOT_AN_INTEGER = "opora-import-not-an-integer";

	/** A row the registry could not store, with the registry's message. */
	public static final String ROW_NOT_STORED = "opora-import-row-not-stored";

	public static final String SCHOOL_REJECTED = "opora-import-school-rejected";

	public static final String UNKNOWN_BRANCH_OF = "opora-import-unknown-branch-of";

	public static final String UNKNOWN_SCHOOL = "opora-import-unknown-school";

	/** Domain violation codes the importer can pass on (as {@code opora-error-<code>}). */
	public static final List<String> DOMAIN_CODES = Collections.unmodifiableList(
		Arrays.asList(
			"required", "too-long", "out-of-range", "grade-not-allowed", "negative", "more-than-participants",
			"marks-incomplete", "marks-sum-mismatch", "no-figures", "invalid-email", "branch-of-itself",
			"both-parents-more-than-one-parent",

			// Rules of the registry checked when a row is stored

			"unknown-school", "branch-of-branch", "grade-above-school-level"));

	/** Every key emitted: import keys and domain keys. */
	public static List<String> allKeys() {
		List<String> keys = new ArrayList<>(
			Arrays.asList(
				CORRUPT_FILE, FILE_UNREADABLE, MACROS_NOT_ALLOWED, NO_KNOWN_SHEETS, NOT_A_WORKBOOK, PASSWORD_PROTECTED,
				TOO_MANY_ROWS, UNSAFE_XML, XLS_NOT_SUPPORTED, ZIP_BOMB, DUPLICATE_COLUMN, MISSING_COLUMNS, CELL_ERROR,
				DUPLICATE_KEY, FORMULA_NOT_ALLOWED, INVALID_VALUE, NOT_A_NUMBER, NOT_AN_INTEGER, ROW_NOT_STORED, SCHOOL_REJECTED,
				UNKNOWN_BRANCH_OF, UNKNOWN_SCHOOL));

		for (String code : DOMAIN_CODES) {
			keys.add("opora-error-" + code);
		}

		return Collections.unmodifiableList(keys);
	}

	private ImportMessages() {
	}

}
