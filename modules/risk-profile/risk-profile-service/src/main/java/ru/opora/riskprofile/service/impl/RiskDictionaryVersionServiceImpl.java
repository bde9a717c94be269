/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.riskprofile.constants.RiskProfileActionKeys;
import ru.opora.riskprofile.constants.RiskProfileConstants;
import ru.opora.riskprofile.model.RiskDictionaryVersion;
import ru.opora.riskprofile.service.base.RiskDictionaryVersionServiceBaseImpl;

/**
 * The dictionary versions: anyone signed in reads them; adding one needs
 * MANAGE_DICTIONARY (regional coordinators).
 *
 * @author Opora
 */
@Component(
	property = {
		"json.web.service.context.name=oporarp",
		"json.web.service.context.path=RiskDictionaryVersion"
	},
	service = AopService.class
)
public class RiskDictionaryVersionServiceImpl extends RiskDictionaryVersionServiceBaseImpl {

	/** @param groupId the site the user works in (from the page, not the request) */
	@Override
	public RiskDictionaryVersion addDictionaryVersion(long groupId, String content) throws PortalException {
		_portletResourcePermission.check(getPermissionChecker(), groupId, RiskProfileActionKeys.MANAGE_DICTIONARY);

		return riskDictionaryVersionLocalService.addDictionaryVersion(
			getUserId(), getPermissionChecker().getCompanyId(), content);
	}

	@Override
	public List<RiskDictionaryVersion> getCompanyVersions() throws PortalException {
		getUserId();

		return riskDictionaryVersionLocalService.getCompanyVersions(getPermissionChecker().getCompanyId());
	}

	/** The stored text of a version, to start the next one from. */
	@Override
	public String getVersionContent(long riskDictionaryVersionId) throws PortalException {
		getUserId();

		RiskDictionaryVersion version = riskDictionaryVersionLocalService.getRiskDictionaryVersion(
			riskDictionaryVersionId);

		if (version.getCompanyId() != getPermissionChecker().getCompanyId()) {
			throw new PrincipalException.MustHavePermission(
				getPermissionChecker(), RiskDictionaryVersion.class.getName(), riskDictionaryVersionId,
				RiskProfileActionKeys.VIEW);
		}

		return version.getContent();
	}

	/** Whether the user may add versions (from the site they work in). */
	@Override
	public boolean hasManagePermission(long groupId) throws PortalException {
		return _portletResourcePermission.contains(
			getPermissionChecker(), groupId, RiskProfileActionKeys.MANAGE_DICTIONARY);
	}

	@Reference(target = "(resource.name=" + RiskProfileConstants.RESOURCE_NAME + ")")
	private PortletResourcePermission _portletResourcePermission;

}
