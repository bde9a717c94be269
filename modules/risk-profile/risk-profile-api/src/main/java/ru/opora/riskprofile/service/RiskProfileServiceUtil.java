/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.module.service.Snapshot;

import java.util.List;
import java.util.Map;

import ru.opora.riskprofile.model.RiskProfile;

/**
 * Provides the remote service utility for RiskProfile. This utility wraps
 * <code>ru.opora.riskprofile.service.impl.RiskProfileServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Opora
 * @see RiskProfileService
 * @generated
 */
public class RiskProfileServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>ru.opora.riskprofile.service.impl.RiskProfileServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static RiskProfile calculateProfile(long schoolId, int year)
		throws PortalException {

		return getService().calculateProfile(schoolId, year);
	}

	public static RiskProfile fetchSchoolProfile(long schoolId, int year)
		throws PortalException {

		return getService().fetchSchoolProfile(schoolId, year);
	}

	public static Map<String, ru.opora.domain.risk.RiskLevel>
			getEffectiveLevels(long riskProfileId)
		throws PortalException {

		return getService().getEffectiveLevels(riskProfileId);
	}

	public static List<ru.opora.riskprofile.model.RiskFactorLevel>
			getFactorLevels(long riskProfileId)
		throws PortalException {

		return getService().getFactorLevels(riskProfileId);
	}

	/**
	 * Every profile of a site: coordinators only.
	 */
	public static List<RiskProfile> getGroupProfiles(long groupId)
		throws PortalException {

		return getService().getGroupProfiles(groupId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	/**
	 * The dictionary version the profile was computed with.
	 */
	public static ru.opora.domain.risk.dictionary.FactorDictionary
			getProfileDictionary(long riskProfileId)
		throws PortalException {

		return getService().getProfileDictionary(riskProfileId);
	}

	public static List<RiskProfile> getSchoolProfiles(long schoolId)
		throws PortalException {

		return getService().getSchoolProfiles(schoolId);
	}

	public static List<ru.opora.riskprofile.model.RiskVerification>
			getVerifications(long riskProfileId)
		throws PortalException {

		return getService().getVerifications(riskProfileId);
	}

	/**
	 * Whether the current user holds a school action (VIEW, UPDATE, REVIEW): for the screens.
	 */
	public static boolean hasSchoolPermission(long schoolId, String actionId)
		throws PortalException {

		return getService().hasSchoolPermission(schoolId, actionId);
	}

	public static RiskProfile updatePriorities(
			long riskProfileId, List<String> factorCodes)
		throws PortalException {

		return getService().updatePriorities(riskProfileId, factorCodes);
	}

	public static ru.opora.riskprofile.model.RiskVerification verifyFactor(
			long riskProfileId, String factorCode, String action,
			String newLevel, String comment)
		throws PortalException {

		return getService().verifyFactor(
			riskProfileId, factorCode, action, newLevel, comment);
	}

	public static RiskProfileService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<RiskProfileService> _serviceSnapshot =
		new Snapshot<>(RiskProfileServiceUtil.class, RiskProfileService.class);

}