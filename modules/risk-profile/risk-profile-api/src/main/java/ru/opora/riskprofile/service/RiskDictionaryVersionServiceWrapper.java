/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link RiskDictionaryVersionService}.
 *
 * @author Opora
 * @see RiskDictionaryVersionService
 * @generated
 */
public class RiskDictionaryVersionServiceWrapper
	implements RiskDictionaryVersionService,
			   ServiceWrapper<RiskDictionaryVersionService> {

	public RiskDictionaryVersionServiceWrapper() {
		this(null);
	}

	public RiskDictionaryVersionServiceWrapper(
		RiskDictionaryVersionService riskDictionaryVersionService) {

		_riskDictionaryVersionService = riskDictionaryVersionService;
	}

	/**
	 * @param groupId the site the user works in (from the page, not the request)
	 */
	@Override
	public ru.opora.riskprofile.model.RiskDictionaryVersion
			addDictionaryVersion(long groupId, String content)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDictionaryVersionService.addDictionaryVersion(
			groupId, content);
	}

	@Override
	public java.util.List<ru.opora.riskprofile.model.RiskDictionaryVersion>
			getCompanyVersions()
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDictionaryVersionService.getCompanyVersions();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _riskDictionaryVersionService.getOSGiServiceIdentifier();
	}

	/**
	 * The stored text of a version, to start the next one from.
	 */
	@Override
	public String getVersionContent(long riskDictionaryVersionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDictionaryVersionService.getVersionContent(
			riskDictionaryVersionId);
	}

	/**
	 * Whether the user may add versions (from the site they work in).
	 */
	@Override
	public boolean hasManagePermission(long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDictionaryVersionService.hasManagePermission(groupId);
	}

	@Override
	public RiskDictionaryVersionService getWrappedService() {
		return _riskDictionaryVersionService;
	}

	@Override
	public void setWrappedService(
		RiskDictionaryVersionService riskDictionaryVersionService) {

		_riskDictionaryVersionService = riskDictionaryVersionService;
	}

	private RiskDictionaryVersionService _riskDictionaryVersionService;

}