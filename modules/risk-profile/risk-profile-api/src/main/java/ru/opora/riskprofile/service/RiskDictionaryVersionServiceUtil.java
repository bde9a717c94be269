/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.module.service.Snapshot;

import java.util.List;

import ru.opora.riskprofile.model.RiskDictionaryVersion;

/**
 * Provides the remote service utility for RiskDictionaryVersion. This utility wraps
 * <code>ru.opora.riskprofile.service.impl.RiskDictionaryVersionServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Opora
 * @see RiskDictionaryVersionService
 * @generated
 */
public class RiskDictionaryVersionServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>ru.opora.riskprofile.service.impl.RiskDictionaryVersionServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * @param groupId the site the user works in (from the page, not the request)
	 */
	public static RiskDictionaryVersion addDictionaryVersion(
			long groupId, String content)
		throws PortalException {

		return getService().addDictionaryVersion(groupId, content);
	}

	public static List<RiskDictionaryVersion> getCompanyVersions()
		throws PortalException {

		return getService().getCompanyVersions();
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
	 * The stored text of a version, to start the next one from.
	 */
	public static String getVersionContent(long riskDictionaryVersionId)
		throws PortalException {

		return getService().getVersionContent(riskDictionaryVersionId);
	}

	/**
	 * Whether the user may add versions (from the site they work in).
	 */
	public static boolean hasManagePermission(long groupId)
		throws PortalException {

		return getService().hasManagePermission(groupId);
	}

	public static RiskDictionaryVersionService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<RiskDictionaryVersionService>
		_serviceSnapshot = new Snapshot<>(
			RiskDictionaryVersionServiceUtil.class,
			RiskDictionaryVersionService.class);

}