/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.module.service.Snapshot;

import java.util.List;
import java.util.Map;

import ru.opora.cooperation.model.CooperationAgreement;

/**
 * Provides the remote service utility for CooperationAgreement. This utility wraps
 * <code>ru.opora.cooperation.service.impl.CooperationAgreementServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Opora
 * @see CooperationAgreementService
 * @generated
 */
public class CooperationAgreementServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>ru.opora.cooperation.service.impl.CooperationAgreementServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * Adds a draft in the site. A coordinator may name any parties; anybody
	 * else with ADD_AGREEMENT must speak for at least one of them.
	 */
	public static CooperationAgreement addAgreement(
			long groupId,
			ru.opora.domain.cooperation.AgreementData agreementData,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addAgreement(
			groupId, agreementData, serviceContext);
	}

	public static CooperationAgreement amendAgreement(
			long agreementId,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().amendAgreement(agreementId, serviceContext);
	}

	public static CooperationAgreement approveAsCoordinator(
			long agreementId, String comment,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().approveAsCoordinator(
			agreementId, comment, serviceContext);
	}

	/**
	 * Approves for one party: only a director of that party may.
	 */
	public static CooperationAgreement approveAsParty(
			long agreementPartyId, String comment,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().approveAsParty(
			agreementPartyId, comment, serviceContext);
	}

	/**
	 * Whether the current user speaks for the party (may approve for it).
	 */
	public static boolean canApproveAsParty(long agreementPartyId)
		throws PortalException {

		return getService().canApproveAsParty(agreementPartyId);
	}

	public static CooperationAgreement deleteAgreement(long agreementId)
		throws PortalException {

		return getService().deleteAgreement(agreementId);
	}

	public static CooperationAgreement getAgreement(long agreementId)
		throws PortalException {

		return getService().getAgreement(agreementId);
	}

	public static ru.opora.domain.cooperation.AgreementData getAgreementData(
			long agreementId)
		throws PortalException {

		return getService().getAgreementData(agreementId);
	}

	public static List<ru.opora.cooperation.model.AgreementHistory>
			getAgreementHistories(long agreementId)
		throws PortalException {

		return getService().getAgreementHistories(agreementId);
	}

	public static List<ru.opora.cooperation.model.AgreementModule>
			getAgreementModules(long agreementId)
		throws PortalException {

		return getService().getAgreementModules(agreementId);
	}

	public static List<ru.opora.cooperation.model.AgreementParty>
			getAgreementParties(long agreementId)
		throws PortalException {

		return getService().getAgreementParties(agreementId);
	}

	public static List<ru.opora.cooperation.model.AgreementProgramme>
			getAgreementProgrammes(long agreementId)
		throws PortalException {

		return getService().getAgreementProgrammes(agreementId);
	}

	public static List<ru.opora.cooperation.model.AgreementResource>
			getAgreementResources(long agreementId)
		throws PortalException {

		return getService().getAgreementResources(agreementId);
	}

	/**
	 * The versions of an agreement (amendments) the user may view, oldest first.
	 */
	public static List<CooperationAgreement> getAgreementVersions(
			long agreementId)
		throws PortalException {

		return getService().getAgreementVersions(agreementId);
	}

	public static ru.opora.domain.cooperation.ApprovalState getApprovalState(
			long agreementId)
		throws PortalException {

		return getService().getApprovalState(agreementId);
	}

	/**
	 * The region: every agreement of the instance the user may view.
	 */
	public static List<CooperationAgreement> getCompanyAgreements()
		throws PortalException {

		return getService().getCompanyAgreements();
	}

	/**
	 * The municipality's agreements the user may view (in full).
	 */
	public static List<CooperationAgreement> getGroupAgreements(long groupId)
		throws PortalException {

		return getService().getGroupAgreements(groupId);
	}

	/**
	 * The network on a day: the schools of the municipality (or, with
	 * region, of every municipality) with their partners and the ШНОР share.
	 * Coordinators only: of the site, or of every municipality for the region.
	 */
	public static ru.opora.domain.cooperation.CooperationNetwork getNetwork(
			long groupId, boolean region, java.time.LocalDate date)
		throws PortalException {

		return getService().getNetwork(groupId, region, date);
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
	 * Who may be named as a party, by key (school:ID, organization:ID) with
	 * its name: every school of the registry and every organisation of the
	 * instance that is not a school's staff organisation. Names are public;
	 * for those who may add agreements in the site.
	 */
	public static Map<String, String> getPartyOptions(long groupId)
		throws PortalException {

		return getService().getPartyOptions(groupId);
	}

	/**
	 * The public summaries of the agreements in force (signed or active) of
	 * the municipality: what anyone may see.
	 */
	public static List<ru.opora.cooperation.model.AgreementSummary>
			getPublicSummaries(long groupId)
		throws PortalException {

		return getService().getPublicSummaries(groupId);
	}

	public static boolean isCoordinatorApprovalRequired(long groupId)
		throws PortalException {

		return getService().isCoordinatorApprovalRequired(groupId);
	}

	/**
	 * A coordinator or a party may send an agreement back to draft.
	 */
	public static CooperationAgreement returnToDraft(
			long agreementId, String reason,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().returnToDraft(agreementId, reason, serviceContext);
	}

	public static CooperationAgreement setDocument(
			long agreementId, long fileEntryId)
		throws PortalException {

		return getService().setDocument(agreementId, fileEntryId);
	}

	public static CooperationAgreement setFolder(
			long agreementId, long folderId)
		throws PortalException {

		return getService().setFolder(agreementId, folderId);
	}

	public static CooperationAgreement setSignedScan(
			long agreementId, long fileEntryId)
		throws PortalException {

		return getService().setSignedScan(agreementId, fileEntryId);
	}

	public static CooperationAgreement signAgreement(
			long agreementId, java.time.LocalDate today,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().signAgreement(agreementId, today, serviceContext);
	}

	public static CooperationAgreement submitAgreement(
			long agreementId, String comment,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().submitAgreement(
			agreementId, comment, serviceContext);
	}

	/**
	 * A party or a coordinator may terminate an agreement early.
	 */
	public static CooperationAgreement terminateAgreement(
			long agreementId, String reason,
			java.time.LocalDate terminationDate,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().terminateAgreement(
			agreementId, reason, terminationDate, serviceContext);
	}

	public static CooperationAgreement updateAgreement(
			long agreementId,
			ru.opora.domain.cooperation.AgreementData agreementData,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().updateAgreement(
			agreementId, agreementData, serviceContext);
	}

	public static CooperationAgreementService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<CooperationAgreementService>
		_serviceSnapshot = new Snapshot<>(
			CooperationAgreementServiceUtil.class,
			CooperationAgreementService.class);

}