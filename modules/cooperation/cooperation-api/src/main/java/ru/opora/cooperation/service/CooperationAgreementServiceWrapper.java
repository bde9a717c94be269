/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link CooperationAgreementService}.
 *
 * @author Opora
 * @see CooperationAgreementService
 * @generated
 */
public class CooperationAgreementServiceWrapper
	implements CooperationAgreementService,
			   ServiceWrapper<CooperationAgreementService> {

	public CooperationAgreementServiceWrapper() {
		this(null);
	}

	public CooperationAgreementServiceWrapper(
		CooperationAgreementService cooperationAgreementService) {

		_cooperationAgreementService = cooperationAgreementService;
	}

	/**
	 * Adds a draft in the site. A coordinator may name any parties; anybody
	 * else with ADD_AGREEMENT must speak for at least one of them.
	 */
	@Override
	public ru.opora.cooperation.model.CooperationAgreement addAgreement(
			long groupId,
			ru.opora.domain.cooperation.AgreementData agreementData,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementService.addAgreement(
			groupId, agreementData, serviceContext);
	}

	@Override
	public ru.opora.cooperation.model.CooperationAgreement amendAgreement(
			long agreementId,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementService.amendAgreement(
			agreementId, serviceContext);
	}

	@Override
	public ru.opora.cooperation.model.CooperationAgreement approveAsCoordinator(
			long agreementId, String comment,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementService.approveAsCoordinator(
			agreementId, comment, serviceContext);
	}

	/**
	 * Approves for one party: only a director of that party may.
	 */
	@Override
	public ru.opora.cooperation.model.CooperationAgreement approveAsParty(
			long agreementPartyId, String comment,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementService.approveAsParty(
			agreementPartyId, comment, serviceContext);
	}

	/**
	 * Whether the current user speaks for the party (may approve for it).
	 */
	@Override
	public boolean canApproveAsParty(long agreementPartyId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementService.canApproveAsParty(agreementPartyId);
	}

	@Override
	public ru.opora.cooperation.model.CooperationAgreement deleteAgreement(
			long agreementId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementService.deleteAgreement(agreementId);
	}

	@Override
	public ru.opora.cooperation.model.CooperationAgreement getAgreement(
			long agreementId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementService.getAgreement(agreementId);
	}

	@Override
	public ru.opora.domain.cooperation.AgreementData getAgreementData(
			long agreementId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementService.getAgreementData(agreementId);
	}

	@Override
	public java.util.List<ru.opora.cooperation.model.AgreementHistory>
			getAgreementHistories(long agreementId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementService.getAgreementHistories(agreementId);
	}

	@Override
	public java.util.List<ru.opora.cooperation.model.AgreementModule>
			getAgreementModules(long agreementId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementService.getAgreementModules(agreementId);
	}

	@Override
	public java.util.List<ru.opora.cooperation.model.AgreementParty>
			getAgreementParties(long agreementId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementService.getAgreementParties(agreementId);
	}

	@Override
	public java.util.List<ru.opora.cooperation.model.AgreementProgramme>
			getAgreementProgrammes(long agreementId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementService.getAgreementProgrammes(agreementId);
	}

	@Override
	public java.util.List<ru.opora.cooperation.model.AgreementResource>
			getAgreementResources(long agreementId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementService.getAgreementResources(agreementId);
	}

	/**
	 * The versions of an agreement (amendments) the user may view, oldest first.
	 */
	@Override
	public java.util.List<ru.opora.cooperation.model.CooperationAgreement>
			getAgreementVersions(long agreementId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementService.getAgreementVersions(agreementId);
	}

	@Override
	public ru.opora.domain.cooperation.ApprovalState getApprovalState(
			long agreementId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementService.getApprovalState(agreementId);
	}

	/**
	 * The region: every agreement of the instance the user may view.
	 */
	@Override
	public java.util.List<ru.opora.cooperation.model.CooperationAgreement>
			getCompanyAgreements()
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementService.getCompanyAgreements();
	}

	/**
	 * The municipality's agreements the user may view (in full).
	 */
	@Override
	public java.util.List<ru.opora.cooperation.model.CooperationAgreement>
			getGroupAgreements(long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementService.getGroupAgreements(groupId);
	}

	/**
	 * The network on a day: the schools of the municipality (or, with
	 * region, of every municipality) with their partners and the ШНОР share.
	 * Coordinators only: of the site, or of every municipality for the region.
	 */
	@Override
	public ru.opora.domain.cooperation.CooperationNetwork getNetwork(
			long groupId, boolean region, java.time.LocalDate date)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementService.getNetwork(groupId, region, date);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _cooperationAgreementService.getOSGiServiceIdentifier();
	}

	/**
	 * Who may be named as a party, by key (school:ID, organization:ID) with
	 * its name: every school of the registry and every organisation of the
	 * instance that is not a school's staff organisation. Names are public;
	 * for those who may add agreements in the site.
	 */
	@Override
	public java.util.Map<String, String> getPartyOptions(long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementService.getPartyOptions(groupId);
	}

	/**
	 * The public summaries of the agreements in force (signed or active) of
	 * the municipality: what anyone may see.
	 */
	@Override
	public java.util.List<ru.opora.cooperation.model.AgreementSummary>
			getPublicSummaries(long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementService.getPublicSummaries(groupId);
	}

	@Override
	public boolean isCoordinatorApprovalRequired(long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementService.isCoordinatorApprovalRequired(
			groupId);
	}

	/**
	 * A coordinator or a party may send an agreement back to draft.
	 */
	@Override
	public ru.opora.cooperation.model.CooperationAgreement returnToDraft(
			long agreementId, String reason,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementService.returnToDraft(
			agreementId, reason, serviceContext);
	}

	@Override
	public ru.opora.cooperation.model.CooperationAgreement setDocument(
			long agreementId, long fileEntryId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementService.setDocument(
			agreementId, fileEntryId);
	}

	@Override
	public ru.opora.cooperation.model.CooperationAgreement setFolder(
			long agreementId, long folderId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementService.setFolder(agreementId, folderId);
	}

	@Override
	public ru.opora.cooperation.model.CooperationAgreement setSignedScan(
			long agreementId, long fileEntryId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementService.setSignedScan(
			agreementId, fileEntryId);
	}

	@Override
	public ru.opora.cooperation.model.CooperationAgreement signAgreement(
			long agreementId, java.time.LocalDate today,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementService.signAgreement(
			agreementId, today, serviceContext);
	}

	@Override
	public ru.opora.cooperation.model.CooperationAgreement submitAgreement(
			long agreementId, String comment,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementService.submitAgreement(
			agreementId, comment, serviceContext);
	}

	/**
	 * A party or a coordinator may terminate an agreement early.
	 */
	@Override
	public ru.opora.cooperation.model.CooperationAgreement terminateAgreement(
			long agreementId, String reason,
			java.time.LocalDate terminationDate,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementService.terminateAgreement(
			agreementId, reason, terminationDate, serviceContext);
	}

	@Override
	public ru.opora.cooperation.model.CooperationAgreement updateAgreement(
			long agreementId,
			ru.opora.domain.cooperation.AgreementData agreementData,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementService.updateAgreement(
			agreementId, agreementData, serviceContext);
	}

	@Override
	public CooperationAgreementService getWrappedService() {
		return _cooperationAgreementService;
	}

	@Override
	public void setWrappedService(
		CooperationAgreementService cooperationAgreementService) {

		_cooperationAgreementService = cooperationAgreementService;
	}

	private CooperationAgreementService _cooperationAgreementService;

}