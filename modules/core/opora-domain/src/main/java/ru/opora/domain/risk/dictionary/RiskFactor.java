package ru.opora.domain.risk.dictionary;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A risk factor of a dictionary version (code such as RF01) with the
 * indicators its level is computed from.
 */
public final class RiskFactor {

	public RiskFactor(String code, String nameRu, String nameEn, List<Indicator> indicators) {
		this.code = code;
		this.nameRu = nameRu;
		this.nameEn = nameEn;
		this.indicators = List.copyOf(indicators);
	}

	public String code() {
		return code;
	}

	public List<Indicator> indicators() {
		return indicators;
	}

	/**
	 * The asset tag that links methodological materials to this factor
	 * ({@code rf01}..{@code rf11}).
	 */
	public String materialTag() {
		return code.toLowerCase(Locale.ROOT);
	}

	public String name(boolean russian) {
		return russian ? nameRu : nameEn;
	}

	public String nameEn() {
		return nameEn;
	}

	public String nameRu() {
		return nameRu;
	}

	@Override
	public boolean equals(Object object) {
		if (!(object instanceof RiskFactor)) {
			return false;
		}

		RiskFactor other = (RiskFactor)object;

		return code.equals(other.code) && nameRu.equals(other.nameRu) && nameEn.equals(other.nameEn) &&
			indicators.equals(other.indicators);
	}

	@Override
	public int hashCode() {
		return Objects.hash(code, indicators);
	}

	@Override
	public String toString() {
		return code;
	}

	private final String code;
	private final List<Indicator> indicators;
	private final String nameEn;
	private final String nameRu;

}
