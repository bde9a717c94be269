package ru.opora.domain.identification;

import java.util.Locale;

import ru.opora.domain.school.ContextFigures;

/**
 * The pupil shares the social well-being index (ИСБ) is built from. The first
 * four are the shares of seed 004 (Kemerovo, HSE context model); the last is
 * the СЭК index of seed 001 (Saratov), off by default.
 *
 * <p>
 * A plain share raises difficulty (a lower index); an inverse share lowers it.
 * The saturation is the share at which a component reaches full difficulty
 * (or, inverse, no difficulty): it puts shares of very different typical size
 * (a few percent deviant-registered pupils, tens of percent single-parent
 * families) on one 0..100 scale.
 * </p>
 */
public enum WellBeingShare {

	/** Pupils from single-parent families (seed 004; seed 001 "неполные семьи"). */
	SINGLE_PARENT("shareSingleParent", false, 1, 50),

	/** Pupils whose both parents have higher education (seed 004), inverse. */
	BOTH_PARENTS_HIGHER_EDUCATION("shareBothParentsHigherEducation", true, 1, 50),

	/** Pupils on school or police watch lists for deviant behaviour (seed 004). */
	DEVIANT_REGISTERED("shareDeviantRegistered", false, 1, 10),

	/** Pupils for whom Russian is not the native language (seed 004; seed 001 "язык общения"). */
	NON_NATIVE_RUSSIAN("shareNonNativeRussian", false, 1, 50),

	/** СЭК: pupils with at least one parent with higher education (seed 001), inverse; weight 0 by default. */
	PARENT_HIGHER_EDUCATION("shareParentHigherEducation", true, 0, 60);

	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public double defaultSaturation() {
		return _defaultSaturation;
	}

	public double defaultWeight() {
		return _defaultWeight;
	}

	/** The name of the {@link ContextFigures} field the share comes from. */
	public String field() {
		return _field;
	}

	public boolean isInverse() {
		return _inverse;
	}

	/** The share in the context, null when unknown. */
	public Double of(ContextFigures context) {
		if (this == SINGLE_PARENT) {
			return context.shareSingleParent();
		}
		else if (this == BOTH_PARENTS_HIGHER_EDUCATION) {
			return context.shareBothParentsHigherEducation();
		}
		else if (this == DEVIANT_REGISTERED) {
			return context.shareDeviantRegistered();
		}
		else if (this == NON_NATIVE_RUSSIAN) {
			return context.shareNonNativeRussian();
		}

		return context.shareParentHigherEducation();
	}

	private WellBeingShare(String field, boolean inverse, double defaultWeight, double defaultSaturation) {
		_field = field;
		_inverse = inverse;
		_defaultWeight = defaultWeight;
		_defaultSaturation = defaultSaturation;
	}

	private final double _defaultSaturation;
	private final double _defaultWeight;
	private final String _field;
	private final boolean _inverse;

}
