package ru.opora.riskprofile.constants;

/** Names shared by the risk profile bundles. */
public final class RiskProfileConstants {

	/** Portlet resource guarding site-wide actions (default.xml). */
	public static final String RESOURCE_NAME = "ru.opora.riskprofile";

	/** Where a survey response came from. */
	public static final String SOURCE_FORM = "FORM";

	public static final String SOURCE_IMPORT = "IMPORT";

	private RiskProfileConstants() {
	}

}
