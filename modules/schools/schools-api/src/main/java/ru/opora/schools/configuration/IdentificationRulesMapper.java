package ru.opora.schools.configuration;

import java.util.Dictionary;
import java.util.Hashtable;

import ru.opora.domain.identification.IdentificationRules;
import ru.opora.domain.identification.WellBeingShare;

/**
 * Converts between a municipality's {@link SchoolsIdentificationConfiguration}
 * and the domain core's {@link IdentificationRules}.
 *
 * @author Opora
 */
public final class IdentificationRulesMapper {

	/** The configuration properties that store the rules. */
	public static Dictionary<String, Object> toProperties(IdentificationRules rules) {
		Dictionary<String, Object> properties = new Hashtable<>();

		properties.put("minParticipants", rules.minParticipants());
		properties.put("lowShareBelowThreshold", rules.lowShareBelowThreshold());
		properties.put("lowShareResultsCount", rules.lowShareResultsCount());
		properties.put("lowScoreGapPoints", rules.lowScoreGapPoints());
		properties.put("lowQualityGapPoints", rules.lowQualityGapPoints());
		properties.put("lowGapResultsCount", rules.lowGapResultsCount());
		properties.put("federalListMeansLowResults", rules.federalListMeansLowResults());
		properties.put("lowContinuationShare", rules.lowContinuationShare());
		properties.put("lowByOlympiadShare", rules.lowByOlympiadShare());
		properties.put("lowOlympiadShare", rules.lowOlympiadShare());
		properties.put("wellBeingThreshold", rules.wellBeingThreshold());
		properties.put("wellBeingMinShares", rules.wellBeingMinShares());

		for (WellBeingShare share : WellBeingShare.values()) {
			properties.put("wellBeingWeight" + _suffix(share), rules.wellBeingWeight(share));
			properties.put("wellBeingSaturation" + _suffix(share), rules.wellBeingSaturation(share));
		}
		properties.put("riskIfLowPreviousYear", rules.riskIfLowPreviousYear());
		properties.put("riskPassRateDropPoints", rules.riskPassRateDropPoints());
		properties.put("riskQualityRateDropPoints", rules.riskQualityRateDropPoints());
		properties.put("failurePassRate", rules.failurePassRate());
		properties.put("highQualityRate", rules.highQualityRate());
		properties.put("highMaxShareBelowThreshold", rules.highMaxShareBelowThreshold());
		properties.put("highMinMeanScore", rules.highMinMeanScore());
		properties.put("highRequiresObjectiveResults", rules.highRequiresObjectiveResults());

		return properties;
	}

	/** The rules of a configuration; the builder validates them. */
	public static IdentificationRules toRules(SchoolsIdentificationConfiguration configuration) {
		return IdentificationRules.builder(
		).minParticipants(
			configuration.minParticipants()
		).lowShareBelowThreshold(
			configuration.lowShareBelowThreshold()
		).lowShareResultsCount(
			configuration.lowShareResultsCount()
		).lowScoreGapPoints(
			configuration.lowScoreGapPoints()
		).lowQualityGapPoints(
			configuration.lowQualityGapPoints()
		).lowGapResultsCount(
			configuration.lowGapResultsCount()
		).federalListMeansLowResults(
			configuration.federalListMeansLowResults()
		).lowContinuationShare(
			configuration.lowContinuationShare()
		).lowByOlympiadShare(
			configuration.lowByOlympiadShare()
		).lowOlympiadShare(
			configuration.lowOlympiadShare()
		).wellBeingThreshold(
			configuration.wellBeingThreshold()
		).wellBeingMinShares(
			configuration.wellBeingMinShares()
		).wellBeingWeight(
			WellBeingShare.SINGLE_PARENT, configuration.wellBeingWeightSingleParent()
		).wellBeingSaturation(
			WellBeingShare.SINGLE_PARENT, configuration.wellBeingSaturationSingleParent()
		).wellBeingWeight(
			WellBeingShare.BOTH_PARENTS_HIGHER_EDUCATION, configuration.wellBeingWeightBothParentsHigherEducation()
		).wellBeingSaturation(
			WellBeingShare.BOTH_PARENTS_HIGHER_EDUCATION,
			configuration.wellBeingSaturationBothParentsHigherEducation()
		).wellBeingWeight(
			WellBeingShare.DEVIANT_REGISTERED, configuration.wellBeingWeightDeviantRegistered()
		).wellBeingSaturation(
			WellBeingShare.DEVIANT_REGISTERED, configuration.wellBeingSaturationDeviantRegistered()
		).wellBeingWeight(
			WellBeingShare.NON_NATIVE_RUSSIAN, configuration.wellBeingWeightNonNativeRussian()
		).wellBeingSaturation(
			WellBeingShare.NON_NATIVE_RUSSIAN, configuration.wellBeingSaturationNonNativeRussian()
		).wellBeingWeight(
			WellBeingShare.PARENT_HIGHER_EDUCATION, configuration.wellBeingWeightParentHigherEducation()
		).wellBeingSaturation(
			WellBeingShare.PARENT_HIGHER_EDUCATION, configuration.wellBeingSaturationParentHigherEducation()
		).riskIfLowPreviousYear(
			configuration.riskIfLowPreviousYear()
		).riskPassRateDropPoints(
			configuration.riskPassRateDropPoints()
		).riskQualityRateDropPoints(
			configuration.riskQualityRateDropPoints()
		).failurePassRate(
			configuration.failurePassRate()
		).highQualityRate(
			configuration.highQualityRate()
		).highMaxShareBelowThreshold(
			configuration.highMaxShareBelowThreshold()
		).highMinMeanScore(
			configuration.highMinMeanScore()
		).highRequiresObjectiveResults(
			configuration.highRequiresObjectiveResults()
		).build();
	}

	/** SINGLE_PARENT → SingleParent, as the configuration's attribute names. */
	private static String _suffix(WellBeingShare share) {
		StringBuilder sb = new StringBuilder();

		for (String part : share.name().split("_")) {
			sb.append(part.charAt(0));
			sb.append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
		}

		return sb.toString();
	}

	private IdentificationRulesMapper() {
	}

}
