/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.OrganizationConstants;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.ServiceContext;

import java.time.LocalDate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.cooperation.constants.CooperationActionKeys;
import ru.opora.cooperation.constants.CooperationConstants;
import ru.opora.cooperation.internal.network.SchoolGroupsLoader;
import ru.opora.cooperation.internal.party.PartyDirectors;
import ru.opora.cooperation.model.AgreementHistory;
import ru.opora.cooperation.model.AgreementModule;
import ru.opora.cooperation.model.AgreementParty;
import ru.opora.cooperation.model.AgreementProgramme;
import ru.opora.cooperation.model.AgreementResource;
import ru.opora.cooperation.model.AgreementSummary;
import ru.opora.cooperation.model.CooperationAgreement;
import ru.opora.cooperation.service.AgreementHistoryLocalService;
import ru.opora.cooperation.service.AgreementModuleLocalService;
import ru.opora.cooperation.service.AgreementPartyLocalService;
import ru.opora.cooperation.service.AgreementProgrammeLocalService;
import ru.opora.cooperation.service.AgreementResourceLocalService;
import ru.opora.cooperation.service.base.CooperationAgreementServiceBaseImpl;
import ru.opora.domain.cooperation.AgreementData;
import ru.opora.domain.cooperation.ApprovalState;
import ru.opora.domain.cooperation.CooperationNetwork;
import ru.opora.domain.cooperation.NetworkAgreement;
import ru.opora.domain.cooperation.NetworkSchool;
import ru.opora.domain.cooperation.PartyData;
import ru.opora.domain.cooperation.PartyRef;
import ru.opora.schools.model.School;
import ru.opora.schools.service.SchoolLocalService;

/**
 * Permission-checked facade of the agreements; the web layer calls this,
 * never the local service.
 *
 * <ul>
 * <li>
 * Directors of a party (School Team of a party school, administrators of a
 * party organisation) create drafts naming their party (ADD_AGREEMENT),
 * edit, submit, sign, amend and terminate them (UPDATE, through
 * the agreement's permission logic) and approve for their own party.
 * </li>
 * <li>
 * Coordinators (APPROVE_AS_COORDINATOR, VIEW_ALL_AGREEMENTS in the site)
 * see every agreement of their municipality, approve, return to draft,
 * terminate, and see the network; the region's coordinator everywhere.
 * </li>
 * <li>
 * Anyone else sees only the public summaries of agreements in force.
 * </li>
 * </ul>
 *
 * @author Opora
 */
@Component(
	property = {
		"json.web.service.context.name=opora",
		"json.web.service.context.path=CooperationAgreement"
	},
	service = AopService.class
)
public class CooperationAgreementServiceImpl extends CooperationAgreementServiceBaseImpl {

	/**
	 * Adds a draft in the site. A coordinator may name any parties; anybody
	 * else with ADD_AGREEMENT must speak for at least one of them.
	 */
	@Override
	public CooperationAgreement addAgreement(long groupId, AgreementData agreementData, ServiceContext serviceContext)
		throws PortalException {

		PermissionChecker permissionChecker = getPermissionChecker();

		_portletResourcePermission.check(permissionChecker, groupId, CooperationActionKeys.ADD_AGREEMENT);

		if (!_portletResourcePermission.contains(
				permissionChecker, groupId, CooperationActionKeys.VIEW_ALL_AGREEMENTS) &&
			!_speaksForAParty(permissionChecker.getUserId(), agreementData)) {

			throw new PrincipalException.MustHavePermission(
				permissionChecker, CooperationConstants.RESOURCE_NAME, groupId, CooperationActionKeys.ADD_AGREEMENT);
		}

		return cooperationAgreementLocalService.addAgreement(getUserId(), groupId, agreementData, serviceContext);
	}

	@Override
	public CooperationAgreement amendAgreement(long agreementId, ServiceContext serviceContext)
		throws PortalException {

		_check(agreementId, ActionKeys.UPDATE);

		return cooperationAgreementLocalService.amendAgreement(getUserId(), agreementId, serviceContext);
	}

	@Override
	public CooperationAgreement approveAsCoordinator(long agreementId, String comment, ServiceContext serviceContext)
		throws PortalException {

		_checkCoordinator(agreementId);

		return cooperationAgreementLocalService.approveAsCoordinator(
			getUserId(), agreementId, comment, serviceContext);
	}

	/** Approves for one party: only a director of that party may. */
	@Override
	public CooperationAgreement approveAsParty(long agreementPartyId, String comment, ServiceContext serviceContext)
		throws PortalException {

		if (!canApproveAsParty(agreementPartyId)) {
			PermissionChecker permissionChecker = getPermissionChecker();

			throw new PrincipalException.MustHavePermission(
				permissionChecker, AgreementParty.class.getName(), agreementPartyId, ActionKeys.UPDATE);
		}

		return cooperationAgreementLocalService.approveAsParty(
			getUserId(), agreementPartyId, comment, serviceContext);
	}

	/** Whether the current user speaks for the party (may approve for it). */
	@Override
	public boolean canApproveAsParty(long agreementPartyId) throws PortalException {
		AgreementParty party = _agreementPartyLocalService.getAgreementParty(agreementPartyId);

		return _partyDirectors.isDirector(getPermissionChecker().getUserId(), party);
	}

	@Override
	public CooperationAgreement deleteAgreement(long agreementId) throws PortalException {
		_check(agreementId, ActionKeys.DELETE);

		return cooperationAgreementLocalService.deleteDraft(agreementId);
	}

	@Override
	public CooperationAgreement getAgreement(long agreementId) throws PortalException {
		_check(agreementId, ActionKeys.VIEW);

		return cooperationAgreementLocalService.getCooperationAgreement(agreementId);
	}

	@Override
	public AgreementData getAgreementData(long agreementId) throws PortalException {
		_check(agreementId, ActionKeys.VIEW);

		return cooperationAgreementLocalService.getAgreementData(agreementId);
	}

	@Override
	public List<AgreementHistory> getAgreementHistories(long agreementId) throws PortalException {
		_check(agreementId, ActionKeys.VIEW);

		return _agreementHistoryLocalService.getAgreementHistories(agreementId);
	}

	@Override
	public List<AgreementModule> getAgreementModules(long agreementId) throws PortalException {
		_check(agreementId, ActionKeys.VIEW);

		return _agreementModuleLocalService.getAgreementModules(agreementId);
	}

	@Override
	public List<AgreementParty> getAgreementParties(long agreementId) throws PortalException {
		_check(agreementId, ActionKeys.VIEW);

		return _agreementPartyLocalService.getAgreementParties(agreementId);
	}

	@Override
	public List<AgreementProgramme> getAgreementProgrammes(long agreementId) throws PortalException {
		_check(agreementId, ActionKeys.VIEW);

		return _agreementProgrammeLocalService.getAgreementProgrammes(agreementId);
	}

	@Override
	public List<AgreementResource> getAgreementResources(long agreementId) throws PortalException {
		_check(agreementId, ActionKeys.VIEW);

		return _agreementResourceLocalService.getAgreementResources(agreementId);
	}

	/** The versions of an agreement (amendments) the user may view, oldest first. */
	@Override
	public List<CooperationAgreement> getAgreementVersions(long agreementId) throws PortalException {
		CooperationAgreement agreement = getAgreement(agreementId);

		List<CooperationAgreement> versions = new ArrayList<>(
			_filterViewable(cooperationAgreementLocalService.getAgreementVersions(agreement.getRootAgreementId())));

		versions.sort((a, b) -> Integer.compare(a.getVersion(), b.getVersion()));

		return versions;
	}

	@Override
	public ApprovalState getApprovalState(long agreementId) throws PortalException {
		_check(agreementId, ActionKeys.VIEW);

		return cooperationAgreementLocalService.getApprovalState(agreementId);
	}

	/** The region: every agreement of the instance the user may view. */
	@Override
	public List<CooperationAgreement> getCompanyAgreements() throws PortalException {
		return _filterViewable(
			cooperationAgreementLocalService.getCompanyAgreements(getPermissionChecker().getCompanyId()));
	}

	/** The municipality's agreements the user may view (in full). */
	@Override
	public List<CooperationAgreement> getGroupAgreements(long groupId) throws PortalException {
		return _filterViewable(cooperationAgreementLocalService.getGroupAgreements(groupId));
	}

	/**
	 * The network on a day: the schools of the municipality (or, with
	 * region, of every municipality) with their partners and the ШНОР share.
	 * Coordinators only: of the site, or of every municipality for the region.
	 */
	@Override
	public CooperationNetwork getNetwork(long groupId, boolean region, LocalDate date) throws PortalException {
		_portletResourcePermission.check(getPermissionChecker(), groupId, CooperationActionKeys.VIEW_ALL_AGREEMENTS);

		long companyId = getPermissionChecker().getCompanyId();

		Set<Long> allGroupIds = new LinkedHashSet<>();

		for (School school : _schoolLocalService.getCompanySchools(companyId)) {
			allGroupIds.add(school.getGroupId());
		}

		if (region) {

			// The region's view needs the coordinator's view in every municipality

			for (long schoolGroupId : allGroupIds) {
				_portletResourcePermission.check(
					getPermissionChecker(), schoolGroupId, CooperationActionKeys.VIEW_ALL_AGREEMENTS);
			}
		}

		Map<Long, NetworkSchool> known = _schoolGroupsLoader.load(new ArrayList<>(allGroupIds));

		List<NetworkSchool> scope = new ArrayList<>();
		List<CooperationAgreement> agreements;

		if (region) {
			scope.addAll(known.values());
			agreements = cooperationAgreementLocalService.getCompanyAgreements(companyId);
		}
		else {
			for (School school : _schoolLocalService.getGroupSchools(groupId)) {
				NetworkSchool networkSchool = known.get(school.getSchoolId());

				if (networkSchool != null) {
					scope.add(networkSchool);
				}
			}

			agreements = cooperationAgreementLocalService.getGroupAgreements(groupId);
		}

		List<NetworkAgreement> networkAgreements = new ArrayList<>();

		for (CooperationAgreement agreement : agreements) {
			if ((agreement.getTerm() == null) || (agreement.getAgreementKind() == null)) {
				continue;
			}

			List<PartyRef> parties = new ArrayList<>();

			for (AgreementParty party : _agreementPartyLocalService.getAgreementParties(agreement.getAgreementId())) {
				if (party.getPartyRef() != null) {
					parties.add(party.getPartyRef());
				}
			}

			networkAgreements.add(
				new NetworkAgreement(
					agreement.getAgreementId(), agreement.getNumber(), agreement.getAgreementKind(),
					agreement.getAgreementStatus(), agreement.getTerm(), agreement.getTerminationLocalDate(),
					parties));
		}

		return CooperationNetwork.build(scope, known.values(), networkAgreements, date);
	}

	/**
	 * Who may be named as a party, by key (school:ID, organization:ID) with
	 * its name: every school of the registry and every organisation of the
	 * instance that is not a school's staff organisation. Names are public;
	 * for those who may add agreements in the site.
	 */
	@Override
	public Map<String, String> getPartyOptions(long groupId) throws PortalException {
		_portletResourcePermission.check(getPermissionChecker(), groupId, CooperationActionKeys.ADD_AGREEMENT);

		long companyId = getPermissionChecker().getCompanyId();

		Map<String, String> options = new LinkedHashMap<>();
		Set<Long> staffOrganizationIds = new HashSet<>();

		for (School school : _schoolLocalService.getCompanySchools(companyId)) {
			options.put(PartyRef.school(school.getSchoolId()).key(), school.getName());
			staffOrganizationIds.add(school.getOrganizationId());
		}

		for (Organization organization :
				_organizationLocalService.getOrganizations(
					companyId, OrganizationConstants.ANY_PARENT_ORGANIZATION_ID)) {

			if (!staffOrganizationIds.contains(organization.getOrganizationId())) {
				options.put(PartyRef.organization(organization.getOrganizationId()).key(), organization.getName());
			}
		}

		return options;
	}

	/**
	 * The public summaries of the agreements in force (signed or active) of
	 * the municipality: what anyone may see.
	 */
	@Override
	public List<AgreementSummary> getPublicSummaries(long groupId) throws PortalException {
		List<AgreementSummary> summaries = new ArrayList<>();

		for (CooperationAgreement agreement : cooperationAgreementLocalService.getGroupAgreements(groupId)) {
			if (!agreement.getAgreementStatus().isInForce()) {
				continue;
			}

			List<String> partyNames = new ArrayList<>();

			for (PartyData party : cooperationAgreementLocalService.getAgreementData(
					agreement.getAgreementId()).getParties()) {

				partyNames.add(party.getRequisites().getFullName());
			}

			List<String> programmeNames = new ArrayList<>();

			for (AgreementProgramme programme :
					_agreementProgrammeLocalService.getAgreementProgrammes(agreement.getAgreementId())) {

				programmeNames.add(programme.getName());
			}

			summaries.add(
				new AgreementSummary(
					agreement.getAgreementId(), agreement.getNumber(), agreement.getKind(), agreement.getStatus(),
					agreement.getStartLocalDate(), agreement.getEndLocalDate(), partyNames, programmeNames));
		}

		return summaries;
	}

	@Override
	public boolean isCoordinatorApprovalRequired(long groupId) throws PortalException {
		return cooperationAgreementLocalService.isCoordinatorApprovalRequired(groupId);
	}

	/** A coordinator or a party may send an agreement back to draft. */
	@Override
	public CooperationAgreement returnToDraft(long agreementId, String reason, ServiceContext serviceContext)
		throws PortalException {

		_checkUpdateOrCoordinator(agreementId);

		return cooperationAgreementLocalService.returnToDraft(getUserId(), agreementId, reason, serviceContext);
	}

	@Override
	public CooperationAgreement setDocument(long agreementId, long fileEntryId) throws PortalException {
		_check(agreementId, ActionKeys.UPDATE);

		return cooperationAgreementLocalService.setDocument(getUserId(), agreementId, fileEntryId);
	}

	@Override
	public CooperationAgreement setFolder(long agreementId, long folderId) throws PortalException {
		_check(agreementId, ActionKeys.UPDATE);

		return cooperationAgreementLocalService.setFolder(agreementId, folderId);
	}

	@Override
	public CooperationAgreement setSignedScan(long agreementId, long fileEntryId) throws PortalException {
		_check(agreementId, ActionKeys.UPDATE);

		return cooperationAgreementLocalService.setSignedScan(getUserId(), agreementId, fileEntryId);
	}

	@Override
	public CooperationAgreement signAgreement(long agreementId, LocalDate today, ServiceContext serviceContext)
		throws PortalException {

		_check(agreementId, ActionKeys.UPDATE);

		return cooperationAgreementLocalService.signAgreement(getUserId(), agreementId, today, serviceContext);
	}

	@Override
	public CooperationAgreement submitAgreement(long agreementId, String comment, ServiceContext serviceContext)
		throws PortalException {

		_check(agreementId, ActionKeys.UPDATE);

		return cooperationAgreementLocalService.submitAgreement(getUserId(), agreementId, comment, serviceContext);
	}

	/** A party or a coordinator may terminate an agreement early. */
	@Override
	public CooperationAgreement terminateAgreement(
			long agreementId, String reason, LocalDate terminationDate, ServiceContext serviceContext)
		throws PortalException {

		_checkUpdateOrCoordinator(agreementId);

		return cooperationAgreementLocalService.terminateAgreement(
			getUserId(), agreementId, reason, terminationDate, serviceContext);
	}

	@Override
	public CooperationAgreement updateAgreement(
			long agreementId, AgreementData agreementData, ServiceContext serviceContext)
		throws PortalException {

		_check(agreementId, ActionKeys.UPDATE);

		return cooperationAgreementLocalService.updateAgreement(
			getUserId(), agreementId, agreementData, serviceContext);
	}

	private void _check(long agreementId, String actionId) throws PortalException {
		_cooperationAgreementModelResourcePermission.check(getPermissionChecker(), agreementId, actionId);
	}

	private void _checkCoordinator(long agreementId) throws PortalException {
		CooperationAgreement agreement = cooperationAgreementLocalService.getCooperationAgreement(agreementId);

		_portletResourcePermission.check(
			getPermissionChecker(), agreement.getGroupId(), CooperationActionKeys.APPROVE_AS_COORDINATOR);
	}

	private void _checkUpdateOrCoordinator(long agreementId) throws PortalException {
		CooperationAgreement agreement = cooperationAgreementLocalService.getCooperationAgreement(agreementId);

		if (!_portletResourcePermission.contains(
				getPermissionChecker(), agreement.getGroupId(), CooperationActionKeys.APPROVE_AS_COORDINATOR)) {

			_check(agreementId, ActionKeys.UPDATE);
		}
	}

	private List<CooperationAgreement> _filterViewable(List<CooperationAgreement> agreements)
		throws PortalException {

		PermissionChecker permissionChecker = getPermissionChecker();

		List<CooperationAgreement> viewable = new ArrayList<>();

		for (CooperationAgreement agreement : agreements) {
			if (_cooperationAgreementModelResourcePermission.contains(permissionChecker, agreement, ActionKeys.VIEW)) {
				viewable.add(agreement);
			}
		}

		return viewable;
	}

	private boolean _speaksForAParty(long userId, AgreementData agreementData) {
		if (agreementData == null) {
			return false;
		}

		for (PartyData party : agreementData.getParties()) {
			PartyRef partyRef = party.getRef();

			if (_partyDirectors.isDirector(
					userId, partyRef.isSchool() ? partyRef.getId() : 0, partyRef.isSchool() ? 0 : partyRef.getId())) {

				return true;
			}
		}

		return false;
	}

	@Reference
	private AgreementHistoryLocalService _agreementHistoryLocalService;

	@Reference
	private AgreementModuleLocalService _agreementModuleLocalService;

	@Reference
	private AgreementPartyLocalService _agreementPartyLocalService;

	@Reference
	private AgreementProgrammeLocalService _agreementProgrammeLocalService;

	@Reference
	private AgreementResourceLocalService _agreementResourceLocalService;

	@Reference(target = "(model.class.name=ru.opora.cooperation.model.CooperationAgreement)")
	private ModelResourcePermission<CooperationAgreement> _cooperationAgreementModelResourcePermission;

	@Reference
	private OrganizationLocalService _organizationLocalService;

	@Reference
	private PartyDirectors _partyDirectors;

	@Reference(target = "(resource.name=" + CooperationConstants.RESOURCE_NAME + ")")
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private SchoolGroupsLoader _schoolGroupsLoader;

	@Reference
	private SchoolLocalService _schoolLocalService;

}
