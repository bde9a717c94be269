package ru.opora.portal.feature;

/**
 * A part of Opora that a municipality (site) or a region (portal instance)
 * switches on or off.
 *
 * @author Opora
 */
public enum OporaFeature {

	COOPERATION("cooperation"), DIAGNOSTICS("diagnostics"),
	MENTORING("mentoring"), MONITORING("monitoring"),
	RISK_PROFILES("risk-profiles"), SCHOOLS("schools");

	public static OporaFeature parse(String key) {
		for (OporaFeature feature : values()) {
			if (feature._key.equals(key)) {
				return feature;
			}
		}

		throw new IllegalArgumentException("Unknown Opora feature " + key);
	}

	/** The feature's code, e.g. {@code risk-profiles}. */
	public String getKey() {
		return _key;
	}

	/** The language key of the feature's name, e.g. {@code opora-feature-risk-profiles}. */
	public String getLabelKey() {
		return "opora-feature-" + _key;
	}

	private OporaFeature(String key) {
		_key = key;
	}

	private final String _key;

}
