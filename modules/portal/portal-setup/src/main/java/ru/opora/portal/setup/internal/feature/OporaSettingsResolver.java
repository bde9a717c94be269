package ru.opora.portal.setup.internal.feature;

import ru.opora.portal.configuration.OporaCompanyConfiguration;
import ru.opora.portal.configuration.OporaSiteConfiguration;
import ru.opora.portal.feature.FeatureState;
import ru.opora.portal.feature.OporaFeature;

/**
 * Site's value if the site set one, else the region's (which is already
 * resolved to the system value or the declared default when the region did
 * not set it).
 *
 * @author Opora
 */
public final class OporaSettingsResolver {

	public static int getCuratorCapacity(
		OporaSiteConfiguration oporaSiteConfiguration,
		OporaCompanyConfiguration oporaCompanyConfiguration) {

		return _positiveOr(
			oporaSiteConfiguration.curatorCapacity(),
			oporaCompanyConfiguration.curatorCapacity());
	}

	public static int getMaxPriorityFactors(
		OporaSiteConfiguration oporaSiteConfiguration,
		OporaCompanyConfiguration oporaCompanyConfiguration) {

		return _positiveOr(
			oporaSiteConfiguration.maxPriorityFactors(),
			oporaCompanyConfiguration.maxPriorityFactors());
	}

	public static FeatureState getSiteState(
		OporaFeature feature, OporaSiteConfiguration oporaSiteConfiguration) {

		switch (feature) {
			case COOPERATION:
				return FeatureState.parse(oporaSiteConfiguration.cooperation());
			case DIAGNOSTICS:
				return FeatureState.parse(oporaSiteConfiguration.diagnostics());
			case MENTORING:
				return FeatureState.parse(oporaSiteConfiguration.mentoring());
			case MONITORING:
				return FeatureState.parse(oporaSiteConfiguration.monitoring());
			case RISK_PROFILES:
				return FeatureState.parse(
					oporaSiteConfiguration.riskProfiles());
			default:
				return FeatureState.parse(oporaSiteConfiguration.schools());
		}
	}

	public static boolean isEnabled(
		OporaFeature feature, OporaSiteConfiguration oporaSiteConfiguration,
		OporaCompanyConfiguration oporaCompanyConfiguration) {

		FeatureState featureState = getSiteState(
			feature, oporaSiteConfiguration);

		if (featureState == FeatureState.ENABLED) {
			return true;
		}

		if (featureState == FeatureState.DISABLED) {
			return false;
		}

		return isEnabledInRegion(feature, oporaCompanyConfiguration);
	}

	public static boolean isEnabledInRegion(
		OporaFeature feature,
		OporaCompanyConfiguration oporaCompanyConfiguration) {

		switch (feature) {
			case COOPERATION:
				return oporaCompanyConfiguration.cooperationEnabled();
			case DIAGNOSTICS:
				return oporaCompanyConfiguration.diagnosticsEnabled();
			case MENTORING:
				return oporaCompanyConfiguration.mentoringEnabled();
			case MONITORING:
				return oporaCompanyConfiguration.monitoringEnabled();
			case RISK_PROFILES:
				return oporaCompanyConfiguration.riskProfilesEnabled();
			default:
				return oporaCompanyConfiguration.schoolsEnabled();
		}
	}

	private static int _positiveOr(int siteValue, int regionValue) {
		if (siteValue > 0) {
			return siteValue;
		}

		return regionValue;
	}

	private OporaSettingsResolver() {
	}

}
