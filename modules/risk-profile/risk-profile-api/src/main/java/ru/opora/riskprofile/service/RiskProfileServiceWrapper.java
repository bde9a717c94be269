/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link RiskProfileService}.
 *
 * @author Opora
 * @see RiskProfileService
 * @generated
 */
public class RiskProfileServiceWrapper
	implements RiskProfileService, ServiceWrapper<RiskProfileService> {

	public RiskProfileServiceWrapper() {
		this(null);
	}

	public RiskProfileServiceWrapper(RiskProfileService riskProfileService) {
		_riskProfileService = riskProfileService;
	}

	@Override
	public ru.opora.riskprofile.model.RiskProfile calculateProfile(
			long schoolId, int year)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskProfileService.calculateProfile(schoolId, year);
	}

	@Override
	public ru.opora.riskprofile.model.RiskProfile fetchSchoolProfile(
			long schoolId, int year)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskProfileService.fetchSchoolProfile(schoolId, year);
	}

	@Override
	public java.util.Map<String, ru.opora.domain.risk.RiskLevel>
			getEffectiveLevels(long riskProfileId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskProfileService.getEffectiveLevels(riskProfileId);
	}

	@Override
	public java.util.List<ru.opora.riskprofile.model.RiskFactorLevel>
			getFactorLevels(long riskProfileId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskProfileService.getFactorLevels(riskProfileId);
	}

	/**
	 * Every profile of a site: coordinators only.
	 */
	@Override
	public java.util.List<ru.opora.riskprofile.model.RiskProfile>
			getGroupProfiles(long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskProfileService.getGroupProfiles(groupId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _riskProfileService.getOSGiServiceIdentifier();
	}

	/**
	 * The dictionary version the profile was computed with.
	 */
	@Override
	public ru.opora.domain.risk.dictionary.FactorDictionary
			getProfileDictionary(long riskProfileId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskProfileService.getProfileDictionary(riskProfileId);
	}

	@Override
	public java.util.List<ru.opora.riskprofile.model.RiskProfile>
			getSchoolProfiles(long schoolId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskProfileService.getSchoolProfiles(schoolId);
	}

	@Override
	public java.util.List<ru.opora.riskprofile.model.RiskVerification>
			getVerifications(long riskProfileId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskProfileService.getVerifications(riskProfileId);
	}

	/**
	 * Whether the current user holds a school action (VIEW, UPDATE, REVIEW): for the screens.
	 */
	@Override
	public boolean hasSchoolPermission(long schoolId, String actionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskProfileService.hasSchoolPermission(schoolId, actionId);
	}

	@Override
	public ru.opora.riskprofile.model.RiskProfile updatePriorities(
			long riskProfileId, java.util.List<String> factorCodes)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskProfileService.updatePriorities(riskProfileId, factorCodes);
	}

	@Override
	public ru.opora.riskprofile.model.RiskVerification verifyFactor(
			long riskProfileId, String factorCode, String action,
			String newLevel, String comment)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskProfileService.verifyFactor(
			riskProfileId, factorCode, action, newLevel, comment);
	}

	@Override
	public RiskProfileService getWrappedService() {
		return _riskProfileService;
	}

	@Override
	public void setWrappedService(RiskProfileService riskProfileService) {
		_riskProfileService = riskProfileService;
	}

	private RiskProfileService _riskProfileService;

}