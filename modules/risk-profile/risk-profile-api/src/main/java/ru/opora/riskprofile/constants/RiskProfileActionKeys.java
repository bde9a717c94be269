package ru.opora.riskprofile.constants;

/** Action keys of default.xml. */
public final class RiskProfileActionKeys {

	public static final String MANAGE_DICTIONARY = "MANAGE_DICTIONARY";

	/** The school's curator: verify the profile, comment, return, approve. */
	public static final String REVIEW = "REVIEW";

	/** The school's team: survey answers, priorities, documents, monitoring. */
	public static final String UPDATE = "UPDATE";

	public static final String VIEW = "VIEW";

	/** Coordinators: every school of the site. */
	public static final String VIEW_SCHOOLS = "VIEW_SCHOOLS";

	private RiskProfileActionKeys() {
	}

}
