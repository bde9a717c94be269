package ru.opora.schools.configuration;

import aQute.bnd.annotation.metatype.Meta;

import com.liferay.portal.configuration.metatype.annotations.ExtendedObjectClassDefinition;

/**
 * The identification rules of a municipality (Site Settings > Opora), with the
 * defaults of the domain core's {@code IdentificationRules.defaults()}, taken
 * from the seeds. Shares and gaps are percentages or percentage points.
 *
 * @author Opora
 */
@ExtendedObjectClassDefinition(
	category = "opora", scope = ExtendedObjectClassDefinition.Scope.GROUP
)
@Meta.OCD(
	id = "ru.opora.schools.configuration.SchoolsIdentificationConfiguration",
	localization = "content/Language",
	name = "opora-schools-identification-configuration-name"
)
public interface SchoolsIdentificationConfiguration {

	@Meta.AD(deflt = "5", name = "opora-rule-min-participants", required = false)
	public int minParticipants();

	@Meta.AD(deflt = "30", name = "opora-rule-low-share-below-threshold", required = false)
	public double lowShareBelowThreshold();

	@Meta.AD(deflt = "2", name = "opora-rule-low-share-results-count", required = false)
	public int lowShareResultsCount();

	@Meta.AD(deflt = "20", name = "opora-rule-low-score-gap-points", required = false)
	public double lowScoreGapPoints();

	@Meta.AD(deflt = "20", name = "opora-rule-low-quality-gap-points", required = false)
	public double lowQualityGapPoints();

	@Meta.AD(deflt = "1", name = "opora-rule-low-gap-results-count", required = false)
	public int lowGapResultsCount();

	@Meta.AD(deflt = "true", name = "opora-rule-federal-list-means-low-results", required = false)
	public boolean federalListMeansLowResults();

	@Meta.AD(deflt = "60", name = "opora-rule-low-continuation-share", required = false)
	public double lowContinuationShare();

	@Meta.AD(deflt = "false", name = "opora-rule-low-by-olympiad-share", required = false)
	public boolean lowByOlympiadShare();

	@Meta.AD(deflt = "0.5", name = "opora-rule-low-olympiad-share", required = false)
	public double lowOlympiadShare();

	@Meta.AD(deflt = "60", name = "opora-rule-well-being-threshold", required = false)
	public double wellBeingThreshold();

	@Meta.AD(deflt = "3", name = "opora-rule-well-being-min-shares", required = false)
	public int wellBeingMinShares();

	@Meta.AD(deflt = "1", name = "opora-rule-well-being-weight-single-parent", required = false)
	public double wellBeingWeightSingleParent();

	@Meta.AD(deflt = "50", name = "opora-rule-well-being-saturation-single-parent", required = false)
	public double wellBeingSaturationSingleParent();

	@Meta.AD(deflt = "1", name = "opora-rule-well-being-weight-both-parents-higher-education", required = false)
	public double wellBeingWeightBothParentsHigherEducation();

	@Meta.AD(deflt = "50", name = "opora-rule-well-being-saturation-both-parents-higher-education", required = false)
	public double wellBeingSaturationBothParentsHigherEducation();

	@Meta.AD(deflt = "1", name = "opora-rule-well-being-weight-deviant-registered", required = false)
	public double wellBeingWeightDeviantRegistered();

	@Meta.AD(deflt = "10", name = "opora-rule-well-being-saturation-deviant-registered", required = false)
	public double wellBeingSaturationDeviantRegistered();

	@Meta.AD(deflt = "1", name = "opora-rule-well-being-weight-non-native-russian", required = false)
	public double wellBeingWeightNonNativeRussian();

	@Meta.AD(deflt = "50", name = "opora-rule-well-being-saturation-non-native-russian", required = false)
	public double wellBeingSaturationNonNativeRussian();

	@Meta.AD(deflt = "0", name = "opora-rule-well-being-weight-parent-higher-education", required = false)
	public double wellBeingWeightParentHigherEducation();

	@Meta.AD(deflt = "60", name = "opora-rule-well-being-saturation-parent-higher-education", required = false)
	public double wellBeingSaturationParentHigherEducation();

	@Meta.AD(deflt = "true", name = "opora-rule-risk-if-low-previous-year", required = false)
	public boolean riskIfLowPreviousYear();

	@Meta.AD(deflt = "10", name = "opora-rule-risk-pass-rate-drop-points", required = false)
	public double riskPassRateDropPoints();

	@Meta.AD(deflt = "20", name = "opora-rule-risk-quality-rate-drop-points", required = false)
	public double riskQualityRateDropPoints();

	@Meta.AD(deflt = "90", name = "opora-rule-failure-pass-rate", required = false)
	public double failurePassRate();

	@Meta.AD(deflt = "50", name = "opora-rule-high-quality-rate", required = false)
	public double highQualityRate();

	@Meta.AD(deflt = "10", name = "opora-rule-high-max-share-below-threshold", required = false)
	public double highMaxShareBelowThreshold();

	@Meta.AD(deflt = "60", name = "opora-rule-high-min-mean-score", required = false)
	public double highMinMeanScore();

	@Meta.AD(deflt = "true", name = "opora-rule-high-requires-objective-results", required = false)
	public boolean highRequiresObjectiveResults();

}
