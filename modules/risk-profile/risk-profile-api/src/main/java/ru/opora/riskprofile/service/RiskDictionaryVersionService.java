/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.security.access.control.AccessControlled;
import com.liferay.portal.kernel.service.BaseService;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.riskprofile.model.RiskDictionaryVersion;

/**
 * Provides the remote service interface for RiskDictionaryVersion. Methods of this
 * service are expected to have security checks based on the propagated JAAS
 * credentials because this service can be accessed remotely.
 *
 * @author Opora
 * @see RiskDictionaryVersionServiceUtil
 * @generated
 */
@AccessControlled
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface RiskDictionaryVersionService extends BaseService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>ru.opora.riskprofile.service.impl.RiskDictionaryVersionServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the risk dictionary version remote service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link RiskDictionaryVersionServiceUtil} if injection and service tracking are not available.
	 */

	/**
	 * @param groupId the site the user works in (from the page, not the request)
	 */
	public RiskDictionaryVersion addDictionaryVersion(
			long groupId, String content)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<RiskDictionaryVersion> getCompanyVersions()
		throws PortalException;

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	/**
	 * The stored text of a version, to start the next one from.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public String getVersionContent(long riskDictionaryVersionId)
		throws PortalException;

	/**
	 * Whether the user may add versions (from the site they work in).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public boolean hasManagePermission(long groupId) throws PortalException;

}