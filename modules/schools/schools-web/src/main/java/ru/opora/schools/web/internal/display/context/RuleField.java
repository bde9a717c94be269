package ru.opora.schools.web.internal.display.context;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;

import ru.opora.domain.identification.Group;
import ru.opora.domain.identification.IdentificationRules;
import ru.opora.domain.identification.WellBeingShare;

/**
 * One threshold of {@link IdentificationRules} as the rules form shows it:
 * its domain field name (as violations name it), the request parameter, the
 * kind of value, and how to read it from rules and put it into a builder.
 *
 * @author Opora
 */
public final class RuleField {

	public static final String KIND_BOOLEAN = "boolean";

	public static final String KIND_DECIMAL = "decimal";

	public static final String KIND_INTEGER = "integer";

	/** Every field, in the order of the form, with its section (the group it decides). */
	public static List<RuleField> all() {
		return _ALL;
	}

	/** Language key of the label; for a well-being share, with the share label as argument. */
	public String getLabelKey() {
		return _labelKey;
	}

	public String getField() {
		return _field;
	}

	public String getKind() {
		return _kind;
	}

	public String getParameterName() {
		return _parameterName;
	}

	/** Language key of the section: a group label, or the rules for every result. */
	public String getSectionKey() {
		return _sectionKey;
	}

	/** The well-being share the field is about, or null. */
	public WellBeingShare getShare() {
		return _share;
	}

	public void set(IdentificationRules.Builder builder, Object value) {
		_setter.accept(builder, value);
	}

	public Object valueOf(IdentificationRules rules) {
		return _getter.apply(rules);
	}

	private static void _add(
		List<RuleField> fields, Group group, String field, String kind,
		Function<IdentificationRules, Object> getter,
		BiConsumer<IdentificationRules.Builder, Object> setter) {

		String kebabCase = field.replaceAll("([a-z])([A-Z0-9])", "$1-$2");

		fields.add(
			new RuleField(
				field, field, kind,
				"opora-rules-" + kebabCase.toLowerCase(Locale.ROOT),
				(group == null) ? "opora-rules-every-result" : group.labelKey(),
				null, getter, setter));
	}

	private static List<RuleField> _createAll() {
		List<RuleField> fields = new ArrayList<>();

		_add(
			fields, null, "minParticipants", KIND_INTEGER,
			IdentificationRules::minParticipants,
			(builder, value) -> builder.minParticipants((Integer)value));

		Group low = Group.LOW_RESULTS;

		_add(
			fields, low, "lowShareBelowThreshold", KIND_DECIMAL,
			IdentificationRules::lowShareBelowThreshold,
			(builder, value) -> builder.lowShareBelowThreshold((Double)value));
		_add(
			fields, low, "lowShareResultsCount", KIND_INTEGER,
			IdentificationRules::lowShareResultsCount,
			(builder, value) -> builder.lowShareResultsCount((Integer)value));
		_add(
			fields, low, "lowScoreGapPoints", KIND_DECIMAL,
			IdentificationRules::lowScoreGapPoints,
			(builder, value) -> builder.lowScoreGapPoints((Double)value));
		_add(
			fields, low, "lowQualityGapPoints", KIND_DECIMAL,
			IdentificationRules::lowQualityGapPoints,
			(builder, value) -> builder.lowQualityGapPoints((Double)value));
		_add(
			fields, low, "lowGapResultsCount", KIND_INTEGER,
			IdentificationRules::lowGapResultsCount,
			(builder, value) -> builder.lowGapResultsCount((Integer)value));
		_add(
			fields, low, "lowContinuationShare", KIND_DECIMAL,
			IdentificationRules::lowContinuationShare,
			(builder, value) -> builder.lowContinuationShare((Double)value));
		_add(
			fields, low, "federalListMeansLowResults", KIND_BOOLEAN,
			IdentificationRules::federalListMeansLowResults,
			(builder, value) -> builder.federalListMeansLowResults(
				(Boolean)value));
		_add(
			fields, low, "lowByOlympiadShare", KIND_BOOLEAN,
			IdentificationRules::lowByOlympiadShare,
			(builder, value) -> builder.lowByOlympiadShare((Boolean)value));
		_add(
			fields, low, "lowOlympiadShare", KIND_DECIMAL,
			IdentificationRules::lowOlympiadShare,
			(builder, value) -> builder.lowOlympiadShare((Double)value));

		Group unfavourable = Group.UNFAVOURABLE_CONDITIONS;

		_add(
			fields, unfavourable, "wellBeingThreshold", KIND_DECIMAL,
			IdentificationRules::wellBeingThreshold,
			(builder, value) -> builder.wellBeingThreshold((Double)value));
		_add(
			fields, unfavourable, "wellBeingMinShares", KIND_INTEGER,
			IdentificationRules::wellBeingMinShares,
			(builder, value) -> builder.wellBeingMinShares((Integer)value));

		for (WellBeingShare share : WellBeingShare.values()) {
			fields.add(
				new RuleField(
					"wellBeingWeight." + share.code(),
					"wellBeingWeight_" + share.name(), KIND_DECIMAL,
					"opora-rules-well-being-weight-x",
					unfavourable.labelKey(), share,
					rules -> rules.wellBeingWeight(share),
					(builder, value) -> builder.wellBeingWeight(
						share, (Double)value)));
			fields.add(
				new RuleField(
					"wellBeingSaturation." + share.code(),
					"wellBeingSaturation_" + share.name(), KIND_DECIMAL,
					"opora-rules-well-being-saturation-x",
					unfavourable.labelKey(), share,
					rules -> rules.wellBeingSaturation(share),
					(builder, value) -> builder.wellBeingSaturation(
						share, (Double)value)));
		}

		Group risk = Group.RISK_ZONE;

		_add(
			fields, risk, "riskIfLowPreviousYear", KIND_BOOLEAN,
			IdentificationRules::riskIfLowPreviousYear,
			(builder, value) -> builder.riskIfLowPreviousYear((Boolean)value));
		_add(
			fields, risk, "riskPassRateDropPoints", KIND_DECIMAL,
			IdentificationRules::riskPassRateDropPoints,
			(builder, value) -> builder.riskPassRateDropPoints((Double)value));
		_add(
			fields, risk, "riskQualityRateDropPoints", KIND_DECIMAL,
			IdentificationRules::riskQualityRateDropPoints,
			(builder, value) -> builder.riskQualityRateDropPoints(
				(Double)value));

		_add(
			fields, Group.FAILURE_PREVENTION, "failurePassRate", KIND_DECIMAL,
			IdentificationRules::failurePassRate,
			(builder, value) -> builder.failurePassRate((Double)value));

		Group high = Group.HIGH_RESULTS;

		_add(
			fields, high, "highQualityRate", KIND_DECIMAL,
			IdentificationRules::highQualityRate,
			(builder, value) -> builder.highQualityRate((Double)value));
		_add(
			fields, high, "highMaxShareBelowThreshold", KIND_DECIMAL,
			IdentificationRules::highMaxShareBelowThreshold,
			(builder, value) -> builder.highMaxShareBelowThreshold(
				(Double)value));
		_add(
			fields, high, "highMinMeanScore", KIND_DECIMAL,
			IdentificationRules::highMinMeanScore,
			(builder, value) -> builder.highMinMeanScore((Double)value));
		_add(
			fields, high, "highRequiresObjectiveResults", KIND_BOOLEAN,
			IdentificationRules::highRequiresObjectiveResults,
			(builder, value) -> builder.highRequiresObjectiveResults(
				(Boolean)value));

		return Collections.unmodifiableList(fields);
	}

	private RuleField(
		String field, String parameterName, String kind, String labelKey,
		String sectionKey, WellBeingShare share,
		Function<IdentificationRules, Object> getter,
		BiConsumer<IdentificationRules.Builder, Object> setter) {

		_field = field;
		_parameterName = parameterName;
		_kind = kind;
		_labelKey = labelKey;
		_sectionKey = sectionKey;
		_share = share;
		_getter = getter;
		_setter = setter;
	}

	private static final List<RuleField> _ALL = _createAll();

	private final String _field;
	private final Function<IdentificationRules, Object> _getter;
	private final String _kind;
	private final String _labelKey;
	private final String _parameterName;
	private final String _sectionKey;
	private final BiConsumer<IdentificationRules.Builder, Object> _setter;
	private final WellBeingShare _share;

}
