/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.security.access.control.AccessControlled;
import com.liferay.portal.kernel.service.BaseService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.time.LocalDate;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.cooperation.model.AgreementHistory;
import ru.opora.cooperation.model.AgreementModule;
import ru.opora.cooperation.model.AgreementParty;
import ru.opora.cooperation.model.AgreementProgramme;
import ru.opora.cooperation.model.AgreementResource;
import ru.opora.cooperation.model.AgreementSummary;
import ru.opora.cooperation.model.CooperationAgreement;
import ru.opora.domain.cooperation.AgreementData;
import ru.opora.domain.cooperation.ApprovalState;
import ru.opora.domain.cooperation.CooperationNetwork;

/**
 * Provides the remote service interface for CooperationAgreement. Methods of this
 * service are expected to have security checks based on the propagated JAAS
 * credentials because this service can be accessed remotely.
 *
 * @author Opora
 * @see CooperationAgreementServiceUtil
 * @generated
 */
@AccessControlled
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface CooperationAgreementService extends BaseService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>ru.opora.cooperation.service.impl.CooperationAgreementServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the cooperation agreement remote service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link CooperationAgreementServiceUtil} if injection and service tracking are not available.
	 */

	/**
	 * Adds a draft in the site. A coordinator may name any parties; anybody
	 * else with ADD_AGREEMENT must speak for at least one of them.
	 */
	public CooperationAgreement addAgreement(
			long groupId, AgreementData agreementData,
			ServiceContext serviceContext)
		throws PortalException;

	public CooperationAgreement amendAgreement(
			long agreementId, ServiceContext serviceContext)
		throws PortalException;

	public CooperationAgreement approveAsCoordinator(
			long agreementId, String comment, ServiceContext serviceContext)
		throws PortalException;

	/**
	 * Approves for one party: only a director of that party may.
	 */
	public CooperationAgreement approveAsParty(
			long agreementPartyId, String comment,
			ServiceContext serviceContext)
		throws PortalException;

	/**
	 * Whether the current user speaks for the party (may approve for it).
	 */
	public boolean canApproveAsParty(long agreementPartyId)
		throws PortalException;

	public CooperationAgreement deleteAgreement(long agreementId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public CooperationAgreement getAgreement(long agreementId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public AgreementData getAgreementData(long agreementId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<AgreementHistory> getAgreementHistories(long agreementId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<AgreementModule> getAgreementModules(long agreementId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<AgreementParty> getAgreementParties(long agreementId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<AgreementProgramme> getAgreementProgrammes(long agreementId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<AgreementResource> getAgreementResources(long agreementId)
		throws PortalException;

	/**
	 * The versions of an agreement (amendments) the user may view, oldest first.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CooperationAgreement> getAgreementVersions(long agreementId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ApprovalState getApprovalState(long agreementId)
		throws PortalException;

	/**
	 * The region: every agreement of the instance the user may view.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CooperationAgreement> getCompanyAgreements()
		throws PortalException;

	/**
	 * The municipality's agreements the user may view (in full).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CooperationAgreement> getGroupAgreements(long groupId)
		throws PortalException;

	/**
	 * The network on a day: the schools of the municipality (or, with
	 * region, of every municipality) with their partners and the ШНОР share.
	 * Coordinators only: of the site, or of every municipality for the region.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public CooperationNetwork getNetwork(
			long groupId, boolean region, LocalDate date)
		throws PortalException;

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	/**
	 * Who may be named as a party, by key (school:ID, organization:ID) with
	 * its name: every school of the registry and every organisation of the
	 * instance that is not a school's staff organisation. Names are public;
	 * for those who may add agreements in the site.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Map<String, String> getPartyOptions(long groupId)
		throws PortalException;

	/**
	 * The public summaries of the agreements in force (signed or active) of
	 * the municipality: what anyone may see.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<AgreementSummary> getPublicSummaries(long groupId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public boolean isCoordinatorApprovalRequired(long groupId)
		throws PortalException;

	/**
	 * A coordinator or a party may send an agreement back to draft.
	 */
	public CooperationAgreement returnToDraft(
			long agreementId, String reason, ServiceContext serviceContext)
		throws PortalException;

	public CooperationAgreement setDocument(long agreementId, long fileEntryId)
		throws PortalException;

	public CooperationAgreement setFolder(long agreementId, long folderId)
		throws PortalException;

	public CooperationAgreement setSignedScan(
			long agreementId, long fileEntryId)
		throws PortalException;

	public CooperationAgreement signAgreement(
			long agreementId, LocalDate today, ServiceContext serviceContext)
		throws PortalException;

	public CooperationAgreement submitAgreement(
			long agreementId, String comment, ServiceContext serviceContext)
		throws PortalException;

	/**
	 * A party or a coordinator may terminate an agreement early.
	 */
	public CooperationAgreement terminateAgreement(
			long agreementId, String reason, LocalDate terminationDate,
			ServiceContext serviceContext)
		throws PortalException;

	public CooperationAgreement updateAgreement(
			long agreementId, AgreementData agreementData,
			ServiceContext serviceContext)
		throws PortalException;

}