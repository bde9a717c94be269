package ru.opora.portal.feature;

/**
 * A site's choice for one feature: use the region's value, or switch the
 * feature on or off for this municipality only. Stored as its key.
 *
 * @author Opora
 */
public enum FeatureState {

	DISABLED("disabled"), ENABLED("enabled"), INHERIT("inherit");

	/** The state of a stored key; empty, null or unknown means {@link #INHERIT}. */
	public static FeatureState parse(String key) {
		for (FeatureState state : values()) {
			if (state._key.equals(key)) {
				return state;
			}
		}

		return INHERIT;
	}

	public String getKey() {
		return _key;
	}

	private FeatureState(String key) {
		_key = key;
	}

	private final String _key;

}
