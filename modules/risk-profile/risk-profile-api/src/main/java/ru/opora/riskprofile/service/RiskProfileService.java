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
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.domain.risk.RiskLevel;
import ru.opora.domain.risk.dictionary.FactorDictionary;
import ru.opora.riskprofile.model.RiskFactorLevel;
import ru.opora.riskprofile.model.RiskProfile;
import ru.opora.riskprofile.model.RiskVerification;

/**
 * Provides the remote service interface for RiskProfile. Methods of this
 * service are expected to have security checks based on the propagated JAAS
 * credentials because this service can be accessed remotely.
 *
 * @author Opora
 * @see RiskProfileServiceUtil
 * @generated
 */
@AccessControlled
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface RiskProfileService extends BaseService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>ru.opora.riskprofile.service.impl.RiskProfileServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the risk profile remote service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link RiskProfileServiceUtil} if injection and service tracking are not available.
	 */
	public RiskProfile calculateProfile(long schoolId, int year)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public RiskProfile fetchSchoolProfile(long schoolId, int year)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Map<String, RiskLevel> getEffectiveLevels(long riskProfileId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<RiskFactorLevel> getFactorLevels(long riskProfileId)
		throws PortalException;

	/**
	 * Every profile of a site: coordinators only.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<RiskProfile> getGroupProfiles(long groupId)
		throws PortalException;

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	/**
	 * The dictionary version the profile was computed with.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public FactorDictionary getProfileDictionary(long riskProfileId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<RiskProfile> getSchoolProfiles(long schoolId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<RiskVerification> getVerifications(long riskProfileId)
		throws PortalException;

	/**
	 * Whether the current user holds a school action (VIEW, UPDATE, REVIEW): for the screens.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public boolean hasSchoolPermission(long schoolId, String actionId)
		throws PortalException;

	public RiskProfile updatePriorities(
			long riskProfileId, List<String> factorCodes)
		throws PortalException;

	public RiskVerification verifyFactor(
			long riskProfileId, String factorCode, String action,
			String newLevel, String comment)
		throws PortalException;

}