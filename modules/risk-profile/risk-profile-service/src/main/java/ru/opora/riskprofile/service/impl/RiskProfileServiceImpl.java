/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.domain.risk.RiskLevel;
import ru.opora.domain.risk.dictionary.FactorDictionary;
import ru.opora.riskprofile.constants.RiskProfileActionKeys;
import ru.opora.riskprofile.constants.RiskProfileConstants;
import ru.opora.riskprofile.internal.security.permission.resource.RiskSchoolPermission;
import ru.opora.riskprofile.model.RiskFactorLevel;
import ru.opora.riskprofile.model.RiskProfile;
import ru.opora.riskprofile.model.RiskVerification;
import ru.opora.riskprofile.service.RiskDictionaryVersionLocalService;
import ru.opora.riskprofile.service.base.RiskProfileServiceBaseImpl;
import ru.opora.schools.service.SchoolLocalService;

/**
 * The permission-checked profile operations: the school's team computes the
 * profile and chooses priorities, its curator verifies, coordinators view.
 *
 * @author Opora
 */
@Component(
	property = {
		"json.web.service.context.name=oporarp",
		"json.web.service.context.path=RiskProfile"
	},
	service = AopService.class
)
public class RiskProfileServiceImpl extends RiskProfileServiceBaseImpl {

	@Override
	public RiskProfile calculateProfile(long schoolId, int year) throws PortalException {
		_check(schoolId, RiskProfileActionKeys.UPDATE);

		return riskProfileLocalService.calculateProfile(getUserId(), schoolId, year);
	}

	@Override
	public RiskProfile fetchSchoolProfile(long schoolId, int year) throws PortalException {
		_check(schoolId, RiskProfileActionKeys.VIEW);

		return riskProfileLocalService.fetchSchoolProfile(schoolId, year);
	}

	@Override
	public Map<String, RiskLevel> getEffectiveLevels(long riskProfileId) throws PortalException {
		_checkProfile(riskProfileId, RiskProfileActionKeys.VIEW);

		return riskProfileLocalService.getEffectiveLevels(riskProfileId);
	}

	@Override
	public List<RiskFactorLevel> getFactorLevels(long riskProfileId) throws PortalException {
		_checkProfile(riskProfileId, RiskProfileActionKeys.VIEW);

		return riskProfileLocalService.getFactorLevels(riskProfileId);
	}

	/** Every profile of a site: coordinators only. */
	@Override
	public List<RiskProfile> getGroupProfiles(long groupId) throws PortalException {
		_portletResourcePermission.check(getPermissionChecker(), groupId, RiskProfileActionKeys.VIEW_SCHOOLS);

		return riskProfileLocalService.getGroupProfiles(groupId);
	}

	/** The dictionary version the profile was computed with. */
	@Override
	public FactorDictionary getProfileDictionary(long riskProfileId) throws PortalException {
		RiskProfile profile = _checkProfile(riskProfileId, RiskProfileActionKeys.VIEW);

		return _riskDictionaryVersionLocalService.getDictionary(profile.getRiskDictionaryVersionId());
	}

	@Override
	public List<RiskProfile> getSchoolProfiles(long schoolId) throws PortalException {
		_check(schoolId, RiskProfileActionKeys.VIEW);

		return riskProfileLocalService.getSchoolProfiles(schoolId);
	}

	@Override
	public List<RiskVerification> getVerifications(long riskProfileId) throws PortalException {
		_checkProfile(riskProfileId, RiskProfileActionKeys.VIEW);

		return riskProfileLocalService.getVerifications(riskProfileId);
	}

	/** Whether the current user holds a school action (VIEW, UPDATE, REVIEW): for the screens. */
	@Override
	public boolean hasSchoolPermission(long schoolId, String actionId) throws PortalException {
		return _riskSchoolPermission.contains(
			getPermissionChecker(), _schoolLocalService.getSchool(schoolId), actionId);
	}

	@Override
	public RiskProfile updatePriorities(long riskProfileId, List<String> factorCodes) throws PortalException {
		_checkProfile(riskProfileId, RiskProfileActionKeys.UPDATE);

		return riskProfileLocalService.updatePriorities(riskProfileId, factorCodes);
	}

	@Override
	public RiskVerification verifyFactor(
			long riskProfileId, String factorCode, String action, String newLevel, String comment)
		throws PortalException {

		_checkProfile(riskProfileId, RiskProfileActionKeys.REVIEW);

		return riskProfileLocalService.verifyFactor(getUserId(), riskProfileId, factorCode, action, newLevel, comment);
	}

	private void _check(long schoolId, String actionId) throws PortalException {
		_riskSchoolPermission.check(getPermissionChecker(), _schoolLocalService.getSchool(schoolId), actionId);
	}

	private RiskProfile _checkProfile(long riskProfileId, String actionId) throws PortalException {
		RiskProfile profile = riskProfileLocalService.getRiskProfile(riskProfileId);

		_check(profile.getSchoolId(), actionId);

		return profile;
	}

	@Reference(target = "(resource.name=" + RiskProfileConstants.RESOURCE_NAME + ")")
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private RiskDictionaryVersionLocalService _riskDictionaryVersionLocalService;

	@Reference
	private RiskSchoolPermission _riskSchoolPermission;

	@Reference
	private SchoolLocalService _schoolLocalService;

}
