package ru.opora.diagnostics.constants;

public final class DiagnosticsPortletKeys {

	public static final String DIAGNOSTICS = "ru_opora_diagnostics_web_DiagnosticsPortlet";

	private DiagnosticsPortletKeys() {
	}

}
