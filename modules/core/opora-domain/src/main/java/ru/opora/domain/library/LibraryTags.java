package ru.opora.domain.library;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The asset tags every Opora feature uses to link materials: {@code rf01} …
 * {@code rf11} for a risk factor (REFERENCE.md §1) and
 * {@code comp-<competence code>} for a diagnostics competence, lower case.
 */
public final class LibraryTags {

	public static final String COMPETENCE_PREFIX = "comp-";

	/** The tag of a competence code, or {@code null} if the code is not 1-40 of letters, digits, {@code . _ -}. */
	public static String competenceTag(String competenceCode) {
		if (competenceCode == null) {
			return null;
		}

		String code = competenceCode.trim().toLowerCase(Locale.ROOT);

		if (!_COMPETENCE_CODE.matcher(code).matches()) {
			return null;
		}

		return COMPETENCE_PREFIX + code;
	}

	/** Whether a code is one of RF01 … RF11 (any case). */
	public static boolean isRiskFactorCode(String riskFactorCode) {
		return riskFactorTag(riskFactorCode) != null;
	}

	/** The risk factor codes RF01 … RF11. */
	public static java.util.List<String> riskFactorCodes() {
		java.util.List<String> codes = new java.util.ArrayList<>();

		for (int number = 1; number <= RISK_FACTOR_COUNT; number++) {
			codes.add(String.format(Locale.ROOT, "RF%02d", number));
		}

		return codes;
	}

	/** The tag of a risk factor code ({@code RF03} → {@code rf03}), or {@code null} if it is not RF01 … RF11. */
	public static String riskFactorTag(String riskFactorCode) {
		if (riskFactorCode == null) {
			return null;
		}

		String code = riskFactorCode.trim().toLowerCase(Locale.ROOT);

		if (!_RISK_FACTOR_CODE.matcher(code).matches()) {
			return null;
		}

		int number = Integer.parseInt(code.substring(2));

		if ((number < 1) || (number > RISK_FACTOR_COUNT)) {
			return null;
		}

		return code;
	}

	public static final int RISK_FACTOR_COUNT = 11;

	private static final Pattern _COMPETENCE_CODE = Pattern.compile("[\\p{L}0-9][\\p{L}0-9._-]{0,39}");

	private static final Pattern _RISK_FACTOR_CODE = Pattern.compile("rf\\d{2}");

	private LibraryTags() {
	}

}
