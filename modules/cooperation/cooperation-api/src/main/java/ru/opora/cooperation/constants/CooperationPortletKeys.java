package ru.opora.cooperation.constants;

/**
 * @author Opora
 */
public final class CooperationPortletKeys {

	public static final String COOPERATION = "ru_opora_cooperation_web_CooperationPortlet";

	private CooperationPortletKeys() {
	}

}
