package ru.opora.domain.identification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import ru.opora.domain.school.ContextFigures;

/**
 * The school social well-being index (ИСБ, seed 004), 0..100, higher is
 * better well-being.
 *
 * <p>
 * For each share {@code s} with a positive weight {@code w} and saturation
 * {@code c} (see {@link WellBeingShare}), its difficulty is
 * {@code d = 100 × min(1, s / c)}, or {@code d = 100 × (1 − min(1, s / c))} for
 * an inverse share. The index is {@code 100 − Σ w·d / Σ w} over the known
 * shares. With the defaults (weights 1, saturations 50/50/10/50), a school
 * with 25% single-parent, 25% both parents with higher education, 5%
 * deviant-registered and 25% non-native pupils has difficulties 50, 50, 50,
 * 50 and index 50.
 * </p>
 *
 * <p>
 * The index is unknown (null) when there is no context, or fewer than
 * {@link IdentificationRules#wellBeingMinShares()} weighted shares are
 * known; {@link #missingShares()} then says which.
 * </p>
 */
public final class WellBeingIndex {

	public static WellBeingIndex calculate(ContextFigures context, IdentificationRules rules) {
		List<WellBeingShare> missing = new ArrayList<>();
		List<WellBeingShare> used = new ArrayList<>();
		double weightSum = 0;
		double weightedDifficulty = 0;

		for (WellBeingShare share : WellBeingShare.values()) {
			double weight = rules.wellBeingWeight(share);

			if (weight <= 0) {
				continue;
			}

			Double value = (context == null) ? null : share.of(context);

			if ((value == null) || value.isNaN()) {
				missing.add(share);

				continue;
			}

			double level = Math.min(1.0, Math.max(0.0, value) / rules.wellBeingSaturation(share));
			double difficulty = 100.0 * (share.isInverse() ? (1.0 - level) : level);

			used.add(share);
			weightSum += weight;
			weightedDifficulty += weight * difficulty;
		}

		if ((context == null) || (used.size() < rules.wellBeingMinShares())) {
			return new WellBeingIndex(null, used, missing, context != null);
		}

		return new WellBeingIndex(100.0 - (weightedDifficulty / weightSum), used, missing, true);
	}

	public boolean hasContext() {
		return _hasContext;
	}

	public boolean isKnown() {
		return _value != null;
	}

	/** The weighted shares that were unknown. */
	public List<WellBeingShare> missingShares() {
		return _missingShares;
	}

	/** The shares the index was (or would have been) computed from. */
	public List<WellBeingShare> usedShares() {
		return _usedShares;
	}

	/** The index 0..100, null when unknown. */
	public Double value() {
		return _value;
	}

	@Override
	public String toString() {
		return "WellBeingIndex[" + _value + ", used=" + _usedShares + ", missing=" + _missingShares + "]";
	}

	private WellBeingIndex(
		Double value, List<WellBeingShare> usedShares, List<WellBeingShare> missingShares, boolean hasContext) {

		_value = value;
		_usedShares = Collections.unmodifiableList(usedShares);
		_missingShares = Collections.unmodifiableList(missingShares);
		_hasContext = hasContext;
	}

	private final boolean _hasContext;
	private final List<WellBeingShare> _missingShares;
	private final List<WellBeingShare> _usedShares;
	private final Double _value;

}
