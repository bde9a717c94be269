package ru.opora.riskprofile.constants;

/** Portlet names of the risk profile feature. */
public final class RiskProfilePortletKeys {

	public static final String RISK_PROFILE = "ru_opora_riskprofile_web_RiskProfilePortlet";

	private RiskProfilePortletKeys() {
	}

}
