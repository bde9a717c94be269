/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.ResourceConstants;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.Validator;

import java.time.LocalDate;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.cooperation.configuration.CooperationGroupConfiguration;
import ru.opora.cooperation.constants.CooperationHistorySteps;
import ru.opora.cooperation.exception.CooperationValidationException;
import ru.opora.cooperation.internal.notifications.CooperationNotifications;
import ru.opora.cooperation.model.AgreementHistory;
import ru.opora.cooperation.model.AgreementModule;
import ru.opora.cooperation.model.AgreementParty;
import ru.opora.cooperation.model.AgreementProgramme;
import ru.opora.cooperation.model.AgreementResource;
import ru.opora.cooperation.model.CooperationAgreement;
import ru.opora.cooperation.service.base.CooperationAgreementLocalServiceBaseImpl;
import ru.opora.cooperation.util.CooperationDates;
import ru.opora.domain.cooperation.AgreementData;
import ru.opora.domain.cooperation.AgreementRules;
import ru.opora.domain.cooperation.AgreementStatus;
import ru.opora.domain.cooperation.AgreementTerm;
import ru.opora.domain.cooperation.ApprovalState;
import ru.opora.domain.cooperation.DailyStep;
import ru.opora.domain.cooperation.ExpiryAlert;
import ru.opora.domain.cooperation.ModuleData;
import ru.opora.domain.cooperation.PartyData;
import ru.opora.domain.cooperation.PartyRef;
import ru.opora.domain.cooperation.ProgrammeData;
import ru.opora.domain.cooperation.Requisites;
import ru.opora.domain.cooperation.ResourceData;
import ru.opora.domain.validation.Violations;
import ru.opora.schools.model.School;
import ru.opora.schools.service.SchoolLocalService;

/**
 * Cooperation agreements. The rules are the domain core's
 * ({@link AgreementRules}, {@link DailyStep}, {@link ExpiryAlert}); this class
 * adds what needs the database: the parties, programmes, modules and
 * resources of an agreement (replaced as a whole when a draft is saved), the
 * approvals, the history row of every step (same transaction), the versions
 * made by amendments and the daily life-cycle step.
 *
 * @author Opora
 */
@Component(
	property = "model.class.name=ru.opora.cooperation.model.CooperationAgreement",
	service = AopService.class
)
public class CooperationAgreementLocalServiceImpl extends CooperationAgreementLocalServiceBaseImpl {

	/** Adds a draft; it may still lack programmes (checked when it goes on approval). */
	@Override
	public CooperationAgreement addAgreement(
			long userId, long groupId, AgreementData agreementData, ServiceContext serviceContext)
		throws PortalException {

		_validateDraft(agreementData);

		User user = userLocalService.getUser(userId);

		CooperationAgreement agreement = cooperationAgreementPersistence.create(
			counterLocalService.increment(CooperationAgreement.class.getName()));

		Date now = new Date();

		agreement.setGroupId(groupId);
		agreement.setCompanyId(user.getCompanyId());
		agreement.setUserId(user.getUserId());
		agreement.setUserName(user.getFullName());
		agreement.setCreateDate(serviceContext.getCreateDate(now));
		agreement.setModifiedDate(serviceContext.getModifiedDate(now));
		agreement.setStatus(AgreementStatus.DRAFT.code());
		agreement.setVersion(1);
		agreement.setRootAgreementId(agreement.getAgreementId());

		_setFields(agreement, agreementData);

		agreement = cooperationAgreementPersistence.update(agreement);

		_replaceContents(agreement, agreementData);

		resourceLocalService.addModelResources(agreement, serviceContext);

		_addHistory(user, agreement, CooperationHistorySteps.CREATED, null, AgreementStatus.DRAFT, null, now);

		return agreement;
	}

	/**
	 * Makes a new version (a draft) of an agreement in force, with the same
	 * number and a copy of its contents; when the new version is signed, this
	 * one is superseded.
	 */
	@Override
	public CooperationAgreement amendAgreement(long userId, long agreementId, ServiceContext serviceContext)
		throws PortalException {

		CooperationAgreement previous = cooperationAgreementPersistence.findByPrimaryKey(agreementId);

		_throwIfAny(AgreementRules.checkAmendment(previous.getAgreementStatus()));

		for (CooperationAgreement version :
				cooperationAgreementPersistence.findByRootAgreementId(previous.getRootAgreementId())) {

			if (version.getVersion() > previous.getVersion()) {
				_throwIfAny(new Violations().add("version", "amendment-exists", version.getVersion()));
			}
		}

		User user = userLocalService.getUser(userId);

		CooperationAgreement agreement = cooperationAgreementPersistence.create(
			counterLocalService.increment(CooperationAgreement.class.getName()));

		Date now = new Date();

		agreement.setGroupId(previous.getGroupId());
		agreement.setCompanyId(previous.getCompanyId());
		agreement.setUserId(user.getUserId());
		agreement.setUserName(user.getFullName());
		agreement.setCreateDate(serviceContext.getCreateDate(now));
		agreement.setModifiedDate(serviceContext.getModifiedDate(now));
		agreement.setStatus(AgreementStatus.DRAFT.code());
		agreement.setVersion(previous.getVersion() + 1);
		agreement.setRootAgreementId(previous.getRootAgreementId());
		agreement.setPreviousAgreementId(previous.getAgreementId());

		AgreementData agreementData = getAgreementData(agreementId);

		_setFields(agreement, agreementData);

		agreement = cooperationAgreementPersistence.update(agreement);

		_replaceContents(agreement, agreementData);

		resourceLocalService.addModelResources(agreement, serviceContext);

		_addHistory(
			user, agreement, CooperationHistorySteps.AMENDED, null, AgreementStatus.DRAFT,
			String.valueOf(previous.getVersion()), now);
		_addHistory(
			user, previous, CooperationHistorySteps.AMENDED, null, null, String.valueOf(agreement.getVersion()), now);

		return agreement;
	}

	/** The municipal coordinator's approval of an agreement on approval. */
	@Override
	public CooperationAgreement approveAsCoordinator(
			long userId, long agreementId, String comment, ServiceContext serviceContext)
		throws PortalException {

		CooperationAgreement agreement = _getOnApproval(agreementId);

		User user = userLocalService.getUser(userId);
		Date now = new Date();

		agreement.setCoordinatorApproved(true);
		agreement.setCoordinatorUserId(userId);
		agreement.setModifiedDate(serviceContext.getModifiedDate(now));

		agreement = cooperationAgreementPersistence.update(agreement);

		_addHistory(user, agreement, CooperationHistorySteps.APPROVED_BY_COORDINATOR, null, null, comment, now);

		_cooperationNotifications.approved(agreement, user.getUserId(), user.getFullName());

		return agreement;
	}

	/** The approval of one party (its director) of an agreement on approval. */
	@Override
	public CooperationAgreement approveAsParty(
			long userId, long agreementPartyId, String comment, ServiceContext serviceContext)
		throws PortalException {

		AgreementParty party = agreementPartyPersistence.findByPrimaryKey(agreementPartyId);

		CooperationAgreement agreement = _getOnApproval(party.getAgreementId());

		User user = userLocalService.getUser(userId);
		Date now = new Date();

		party.setApproved(true);
		party.setApprovedUserId(userId);
		party.setApprovedDate(now);

		agreementPartyPersistence.update(party);

		agreement.setModifiedDate(serviceContext.getModifiedDate(now));

		agreement = cooperationAgreementPersistence.update(agreement);

		_addHistory(
			user, agreement, CooperationHistorySteps.APPROVED_BY_PARTY, null, null,
			_join(party.getFullName(), comment), now);

		_cooperationNotifications.approved(agreement, user.getUserId(), user.getFullName());

		return agreement;
	}

	/** Deletes a draft with its contents, history and permissions. */
	@Override
	public CooperationAgreement deleteCooperationAgreement(CooperationAgreement agreement) {
		long agreementId = agreement.getAgreementId();

		_removeContents(agreementId);

		agreementHistoryPersistence.removeByAgreementId(agreementId);

		try {
			resourceLocalService.deleteResource(agreement, ResourceConstants.SCOPE_INDIVIDUAL);
		}
		catch (PortalException portalException) {
			throw new IllegalStateException(portalException);
		}

		return cooperationAgreementPersistence.remove(agreement);
	}

	/** Deletes a draft; other statuses are kept for the history. */
	@Override
	public CooperationAgreement deleteDraft(long agreementId) throws PortalException {
		CooperationAgreement agreement = cooperationAgreementPersistence.findByPrimaryKey(agreementId);

		if (agreement.getAgreementStatus() != AgreementStatus.DRAFT) {
			_throwIfAny(new Violations().add("status", "agreement-not-editable", agreement.getStatus()));
		}

		return deleteCooperationAgreement(agreement);
	}

	/** The stored agreement as the domain core sees it. */
	@Override
	public AgreementData getAgreementData(long agreementId) throws PortalException {
		CooperationAgreement agreement = cooperationAgreementPersistence.findByPrimaryKey(agreementId);

		List<PartyData> parties = new ArrayList<>();

		for (AgreementParty party : agreementPartyPersistence.findByAgreementId(agreementId)) {
			if (party.getPartyRef() != null) {
				parties.add(party.toPartyData());
			}
		}

		List<AgreementModule> modules = agreementModulePersistence.findByAgreementId(agreementId);
		List<ProgrammeData> programmes = new ArrayList<>();

		for (AgreementProgramme programme : agreementProgrammePersistence.findByAgreementId(agreementId)) {
			List<ModuleData> moduleDatas = new ArrayList<>();

			for (AgreementModule module : modules) {
				if (module.getAgreementProgrammeId() == programme.getAgreementProgrammeId()) {
					moduleDatas.add(
						new ModuleData(module.getName(), module.getHours(), module.getDeliveringPartyRef()));
				}
			}

			programmes.add(
				new ProgrammeData(
					programme.getName(), programme.getProgrammeKind(), programme.getHours(), programme.getGrades(),
					programme.getPupils(), programme.getStartLocalDate(), programme.getEndLocalDate(), moduleDatas));
		}

		List<ResourceData> resources = new ArrayList<>();

		for (AgreementResource resource : agreementResourcePersistence.findByAgreementId(agreementId)) {
			resources.add(
				new ResourceData(
					resource.getPartyRef(), resource.getType(), resource.getDescription(), resource.getSchedule()));
		}

		return new AgreementData(
			agreement.getNumber(), agreement.getAgreementLocalDate(), agreement.getAgreementKind(),
			agreement.getSubject(), agreement.getTerm(), parties, programmes, resources);
	}

	@Override
	public List<CooperationAgreement> getAgreementsByStatus(String status) {
		return cooperationAgreementPersistence.findByStatus(status);
	}

	@Override
	public List<CooperationAgreement> getAgreementVersions(long rootAgreementId) {
		return cooperationAgreementPersistence.findByRootAgreementId(rootAgreementId);
	}

	/** Who has approved an agreement and who has still to. */
	@Override
	public ApprovalState getApprovalState(long agreementId) throws PortalException {
		CooperationAgreement agreement = cooperationAgreementPersistence.findByPrimaryKey(agreementId);

		List<PartyRef> parties = new ArrayList<>();
		List<PartyRef> approved = new ArrayList<>();

		for (AgreementParty party : agreementPartyPersistence.findByAgreementId(agreementId)) {
			PartyRef partyRef = party.getPartyRef();

			if (partyRef == null) {
				continue;
			}

			parties.add(partyRef);

			if (party.isApproved()) {
				approved.add(partyRef);
			}
		}

		return new ApprovalState(
			parties, approved, agreement.isCoordinatorRequired(), agreement.isCoordinatorApproved());
	}

	@Override
	public List<CooperationAgreement> getCompanyAgreements(long companyId) {
		return cooperationAgreementPersistence.findByCompanyId(companyId);
	}

	/**
	 * The agreements of a municipality: made in its site, or with a party
	 * school of its site.
	 */
	@Override
	public List<CooperationAgreement> getGroupAgreements(long groupId) {
		Set<CooperationAgreement> agreements = new LinkedHashSet<>(cooperationAgreementPersistence.findByGroupId(groupId));

		for (School school : _schoolLocalService.getGroupSchools(groupId)) {
			agreements.addAll(getSchoolAgreements(school.getSchoolId()));
		}

		return new ArrayList<>(agreements);
	}

	@Override
	public List<CooperationAgreement> getOrganizationAgreements(long organizationId) {
		return _agreementsOf(agreementPartyPersistence.findByOrganizationId(organizationId));
	}

	@Override
	public List<CooperationAgreement> getSchoolAgreements(long schoolId) {
		return _agreementsOf(agreementPartyPersistence.findBySchoolId(schoolId));
	}

	/** Whether the municipality asks its coordinator to approve agreements (Site Settings). */
	@Override
	public boolean isCoordinatorApprovalRequired(long groupId) throws PortalException {
		return _configurationProvider.getGroupConfiguration(
			CooperationGroupConfiguration.class, groupId
		).coordinatorApprovalRequired();
	}

	/** Records the expiry alert sent so that it is not sent again. */
	@Override
	public CooperationAgreement markAlertSent(long agreementId, String alertCode) throws PortalException {
		CooperationAgreement agreement = cooperationAgreementPersistence.findByPrimaryKey(agreementId);

		agreement.setLastAlert(alertCode);

		return cooperationAgreementPersistence.update(agreement);
	}

	/** Sends an agreement on approval back to draft; the approvals given are cleared. */
	@Override
	public CooperationAgreement returnToDraft(
			long userId, long agreementId, String reason, ServiceContext serviceContext)
		throws PortalException {

		return _changeStatus(
			userId, agreementId, AgreementStatus.DRAFT, reason, CooperationHistorySteps.RETURNED, null,
			serviceContext);
	}

	/**
	 * The daily step of one agreement: activation on the start day, automatic
	 * prolongation or expiry after the end.
	 *
	 * @return the step taken
	 */
	@Override
	public DailyStep.Action runDailyStep(long agreementId, LocalDate today) throws PortalException {
		CooperationAgreement agreement = cooperationAgreementPersistence.findByPrimaryKey(agreementId);

		AgreementTerm term = agreement.getTerm();

		if (term == null) {
			return DailyStep.Action.NONE;
		}

		AgreementStatus status = agreement.getAgreementStatus();

		DailyStep step = DailyStep.of(status, term, today);

		Date now = new Date();

		if (step.getAction() == DailyStep.Action.ACTIVATE) {
			agreement.setStatus(AgreementStatus.ACTIVE.code());
			_addHistory(null, agreement, CooperationHistorySteps.ACTIVATED, status, AgreementStatus.ACTIVE, null, now);
		}
		else if (step.getAction() == DailyStep.Action.PROLONG) {
			agreement.setEndDate(CooperationDates.toDate(step.getEnd()));
			agreement.setLastAlert(null);

			if (status == AgreementStatus.SIGNED) {
				agreement.setStatus(AgreementStatus.ACTIVE.code());
			}

			_addHistory(
				null, agreement, CooperationHistorySteps.PROLONGED, status, agreement.getAgreementStatus(),
				step.getEnd().toString(), now);
		}
		else if (step.getAction() == DailyStep.Action.EXPIRE) {
			agreement.setStatus(AgreementStatus.EXPIRED.code());
			_addHistory(null, agreement, CooperationHistorySteps.EXPIRED, status, AgreementStatus.EXPIRED, null, now);
		}
		else {
			return step.getAction();
		}

		agreement.setModifiedDate(now);

		cooperationAgreementPersistence.update(agreement);

		return step.getAction();
	}

	/** Attaches the generated document (a file entry of the agreement's folder). */
	@Override
	public CooperationAgreement setDocument(long userId, long agreementId, long fileEntryId) throws PortalException {
		CooperationAgreement agreement = cooperationAgreementPersistence.findByPrimaryKey(agreementId);

		agreement.setDocumentFileEntryId(fileEntryId);

		agreement = cooperationAgreementPersistence.update(agreement);

		_addHistory(
			userLocalService.getUser(userId), agreement, CooperationHistorySteps.DOCUMENT_GENERATED, null, null,
			null, new Date());

		return agreement;
	}

	@Override
	public CooperationAgreement setFolder(long agreementId, long folderId) throws PortalException {
		CooperationAgreement agreement = cooperationAgreementPersistence.findByPrimaryKey(agreementId);

		agreement.setFolderId(folderId);

		return cooperationAgreementPersistence.update(agreement);
	}

	/** Attaches the signed scan (a file entry of the agreement's folder). */
	@Override
	public CooperationAgreement setSignedScan(long userId, long agreementId, long fileEntryId)
		throws PortalException {

		CooperationAgreement agreement = cooperationAgreementPersistence.findByPrimaryKey(agreementId);

		agreement.setSignedScanFileEntryId(fileEntryId);

		agreement = cooperationAgreementPersistence.update(agreement);

		_addHistory(
			userLocalService.getUser(userId), agreement, CooperationHistorySteps.SCAN_ATTACHED, null, null, null,
			new Date());

		return agreement;
	}

	/**
	 * Signs an agreement on approval: every party and, if required, the
	 * coordinator must have approved. It becomes active at once when its term
	 * has started; the version it amends is superseded.
	 */
	@Override
	public CooperationAgreement signAgreement(
			long userId, long agreementId, LocalDate today, ServiceContext serviceContext)
		throws PortalException {

		CooperationAgreement agreement = _changeStatus(
			userId, agreementId, AgreementStatus.SIGNED, null, CooperationHistorySteps.SIGNED,
			getApprovalState(agreementId), serviceContext);

		runDailyStep(agreementId, today);

		agreement = cooperationAgreementPersistence.findByPrimaryKey(agreementId);

		if (agreement.getPreviousAgreementId() > 0) {
			CooperationAgreement previous = cooperationAgreementPersistence.fetchByPrimaryKey(
				agreement.getPreviousAgreementId());

			if ((previous != null) && previous.getAgreementStatus().isInForce()) {
				AgreementStatus oldStatus = previous.getAgreementStatus();

				previous.setStatus(AgreementStatus.TERMINATED.code());
				previous.setStatusReason(String.valueOf(agreement.getVersion()));
				previous.setTerminationDate(CooperationDates.toDate(today));
				previous.setModifiedDate(new Date());

				cooperationAgreementPersistence.update(previous);

				_addHistory(
					userLocalService.getUser(userId), previous, CooperationHistorySteps.SUPERSEDED, oldStatus,
					AgreementStatus.TERMINATED, String.valueOf(agreement.getVersion()), new Date());
			}
		}

		_cooperationNotifications.signed(agreement, userId);

		return agreement;
	}

	/**
	 * Sends a draft on approval: it must now be complete (art. 15: programmes
	 * with a delivering party for every module). The municipality's setting
	 * at this moment decides whether the coordinator approves too.
	 */
	@Override
	public CooperationAgreement submitAgreement(
			long userId, long agreementId, String comment, ServiceContext serviceContext)
		throws PortalException {

		CooperationAgreement agreement = cooperationAgreementPersistence.findByPrimaryKey(agreementId);

		_throwIfAny(AgreementRules.validate(getAgreementData(agreementId)));

		agreement.setCoordinatorRequired(isCoordinatorApprovalRequired(agreement.getGroupId()));
		agreement.setCoordinatorApproved(false);
		agreement.setCoordinatorUserId(0);

		cooperationAgreementPersistence.update(agreement);

		agreement = _changeStatus(
			userId, agreementId, AgreementStatus.ON_APPROVAL, comment, CooperationHistorySteps.SUBMITTED, null,
			serviceContext);

		_cooperationNotifications.submitted(agreement, userId);

		return agreement;
	}

	/** Terminates an agreement in force early; the reason is required, the history kept. */
	@Override
	public CooperationAgreement terminateAgreement(
			long userId, long agreementId, String reason, LocalDate terminationDate, ServiceContext serviceContext)
		throws PortalException {

		if (terminationDate == null) {
			_throwIfAny(new Violations().add("terminationDate", "required"));
		}

		CooperationAgreement agreement = _changeStatus(
			userId, agreementId, AgreementStatus.TERMINATED, reason, CooperationHistorySteps.TERMINATED, null,
			serviceContext);

		agreement.setTerminationDate(CooperationDates.toDate(terminationDate));

		return cooperationAgreementPersistence.update(agreement);
	}

	/** Saves a draft as a whole: header, parties, programmes, modules, resources. */
	@Override
	public CooperationAgreement updateAgreement(
			long userId, long agreementId, AgreementData agreementData, ServiceContext serviceContext)
		throws PortalException {

		CooperationAgreement agreement = cooperationAgreementPersistence.findByPrimaryKey(agreementId);

		_throwIfAny(AgreementRules.checkEditable(agreement.getAgreementStatus()));

		_validateDraft(agreementData);

		Date now = new Date();

		agreement.setModifiedDate(serviceContext.getModifiedDate(now));

		_setFields(agreement, agreementData);

		agreement = cooperationAgreementPersistence.update(agreement);

		_removeContents(agreementId);
		_replaceContents(agreement, agreementData);

		_addHistory(
			userLocalService.getUser(userId), agreement, CooperationHistorySteps.UPDATED, null, null, null, now);

		return agreement;
	}

	private void _addHistory(
		User user, CooperationAgreement agreement, String step, AgreementStatus oldStatus, AgreementStatus newStatus,
		String comment, Date date) {

		AgreementHistory history = agreementHistoryPersistence.create(
			counterLocalService.increment(AgreementHistory.class.getName()));

		history.setGroupId(agreement.getGroupId());
		history.setCompanyId(agreement.getCompanyId());

		if (user != null) {
			history.setUserId(user.getUserId());
			history.setUserName(user.getFullName());
		}

		history.setCreateDate(date);
		history.setAgreementId(agreement.getAgreementId());
		history.setStep(step);
		history.setOldStatus((oldStatus == null) ? "" : oldStatus.code());
		history.setNewStatus((newStatus == null) ? "" : newStatus.code());
		history.setComment(Validator.isBlank(comment) ? null : comment.trim());

		agreementHistoryPersistence.update(history);
	}

	private List<CooperationAgreement> _agreementsOf(List<AgreementParty> parties) {
		Set<Long> agreementIds = new LinkedHashSet<>();

		for (AgreementParty party : parties) {
			agreementIds.add(party.getAgreementId());
		}

		List<CooperationAgreement> agreements = new ArrayList<>();

		for (long agreementId : agreementIds) {
			CooperationAgreement agreement = cooperationAgreementPersistence.fetchByPrimaryKey(agreementId);

			if (agreement != null) {
				agreements.add(agreement);
			}
		}

		return agreements;
	}

	private CooperationAgreement _changeStatus(
			long userId, long agreementId, AgreementStatus newStatus, String comment, String step,
			ApprovalState approvalState, ServiceContext serviceContext)
		throws PortalException {

		CooperationAgreement agreement = cooperationAgreementPersistence.findByPrimaryKey(agreementId);

		AgreementStatus oldStatus = agreement.getAgreementStatus();

		_throwIfAny(AgreementRules.checkTransition(oldStatus, newStatus, comment, approvalState));

		User user = userLocalService.getUser(userId);
		Date now = new Date();

		agreement.setModifiedDate(serviceContext.getModifiedDate(now));
		agreement.setStatus(newStatus.code());
		agreement.setStatusReason(Validator.isBlank(comment) ? null : comment.trim());

		if ((newStatus == AgreementStatus.DRAFT) || (newStatus == AgreementStatus.ON_APPROVAL)) {
			for (AgreementParty party : agreementPartyPersistence.findByAgreementId(agreementId)) {
				party.setApproved(false);
				party.setApprovedUserId(0);
				party.setApprovedDate(null);

				agreementPartyPersistence.update(party);
			}

			agreement.setCoordinatorApproved(false);
		}

		agreement = cooperationAgreementPersistence.update(agreement);

		_addHistory(user, agreement, step, oldStatus, newStatus, comment, now);

		return agreement;
	}

	private void _checkPartiesExist(AgreementData agreementData, Violations violations) {
		List<PartyData> parties = agreementData.getParties();

		for (int i = 0; i < parties.size(); i++) {
			PartyRef partyRef = parties.get(i).getRef();

			boolean found;

			if (partyRef.isSchool()) {
				found = _schoolLocalService.fetchSchool(partyRef.getId()) != null;
			}
			else {
				Organization organization = _organizationLocalService.fetchOrganization(partyRef.getId());

				found = organization != null;
			}

			if (!found) {
				violations.add("parties[" + i + "].party", "party-not-found", partyRef.key());
			}
		}
	}

	private CooperationAgreement _getOnApproval(long agreementId) throws PortalException {
		CooperationAgreement agreement = cooperationAgreementPersistence.findByPrimaryKey(agreementId);

		if (agreement.getAgreementStatus() != AgreementStatus.ON_APPROVAL) {
			_throwIfAny(new Violations().add("status", "agreement-not-on-approval", agreement.getStatus()));
		}

		return agreement;
	}

	private String _join(String first, String second) {
		if (Validator.isBlank(second)) {
			return first;
		}

		return first + ": " + second.trim();
	}

	private void _removeContents(long agreementId) {
		agreementPartyPersistence.removeByAgreementId(agreementId);
		agreementProgrammePersistence.removeByAgreementId(agreementId);
		agreementModulePersistence.removeByAgreementId(agreementId);
		agreementResourcePersistence.removeByAgreementId(agreementId);
	}

	private void _replaceContents(CooperationAgreement agreement, AgreementData agreementData) {
		long agreementId = agreement.getAgreementId();
		Date now = new Date();

		List<PartyData> parties = agreementData.getParties();

		for (int i = 0; i < parties.size(); i++) {
			PartyData partyData = parties.get(i);

			AgreementParty party = agreementPartyPersistence.create(
				counterLocalService.increment(AgreementParty.class.getName()));

			party.setGroupId(agreement.getGroupId());
			party.setCompanyId(agreement.getCompanyId());
			party.setCreateDate(now);
			party.setAgreementId(agreementId);
			party.setPriority(i);

			PartyRef partyRef = partyData.getRef();

			if (partyRef.isSchool()) {
				party.setSchoolId(partyRef.getId());
			}
			else {
				party.setOrganizationId(partyRef.getId());
			}

			Requisites requisites = partyData.getRequisites();

			party.setFullName(requisites.getFullName());
			party.setLegalForm(requisites.getLegalForm());
			party.setAddress(requisites.getAddress());
			party.setInn(requisites.getInn());
			party.setOgrn(requisites.getOgrn());
			party.setHeadName(requisites.getHeadName());
			party.setHeadPosition(requisites.getHeadPosition());
			party.setAuthorityBasis(requisites.getAuthorityBasis());

			agreementPartyPersistence.update(party);
		}

		List<ProgrammeData> programmes = agreementData.getProgrammes();

		for (int i = 0; i < programmes.size(); i++) {
			ProgrammeData programmeData = programmes.get(i);

			AgreementProgramme programme = agreementProgrammePersistence.create(
				counterLocalService.increment(AgreementProgramme.class.getName()));

			programme.setGroupId(agreement.getGroupId());
			programme.setCompanyId(agreement.getCompanyId());
			programme.setCreateDate(now);
			programme.setAgreementId(agreementId);
			programme.setPriority(i);
			programme.setName(programmeData.getName());
			programme.setKind((programmeData.getKind() == null) ? null : programmeData.getKind().code());
			programme.setHours(programmeData.getHours());
			programme.setGrades(programmeData.getGrades());
			programme.setPupils(programmeData.getPupils());
			programme.setStartDate(CooperationDates.toDate(programmeData.getStartDate()));
			programme.setEndDate(CooperationDates.toDate(programmeData.getEndDate()));

			programme = agreementProgrammePersistence.update(programme);

			List<ModuleData> modules = programmeData.getModules();

			for (int j = 0; j < modules.size(); j++) {
				ModuleData moduleData = modules.get(j);

				AgreementModule module = agreementModulePersistence.create(
					counterLocalService.increment(AgreementModule.class.getName()));

				module.setGroupId(agreement.getGroupId());
				module.setCompanyId(agreement.getCompanyId());
				module.setAgreementId(agreementId);
				module.setAgreementProgrammeId(programme.getAgreementProgrammeId());
				module.setPriority(j);
				module.setName(moduleData.getName());
				module.setHours(moduleData.getHours());
				module.setDeliveringParty(
					(moduleData.getDeliveringParty() == null) ? null : moduleData.getDeliveringParty().key());

				agreementModulePersistence.update(module);
			}
		}

		List<ResourceData> resources = agreementData.getResources();

		for (int i = 0; i < resources.size(); i++) {
			ResourceData resourceData = resources.get(i);

			AgreementResource resource = agreementResourcePersistence.create(
				counterLocalService.increment(AgreementResource.class.getName()));

			resource.setGroupId(agreement.getGroupId());
			resource.setCompanyId(agreement.getCompanyId());
			resource.setAgreementId(agreementId);
			resource.setPriority(i);
			resource.setParty((resourceData.getParty() == null) ? null : resourceData.getParty().key());
			resource.setResourceType((resourceData.getType() == null) ? null : resourceData.getType().code());
			resource.setDescription(resourceData.getDescription());
			resource.setSchedule(resourceData.getSchedule());

			agreementResourcePersistence.update(resource);
		}
	}

	private void _setFields(CooperationAgreement agreement, AgreementData agreementData) {
		agreement.setNumber(agreementData.getNumber());
		agreement.setAgreementDate(CooperationDates.toDate(agreementData.getAgreementDate()));
		agreement.setKind(agreementData.getKind().code());
		agreement.setSubject(agreementData.getSubject());

		AgreementTerm term = agreementData.getTerm();

		agreement.setStartDate(CooperationDates.toDate(term.getStart()));
		agreement.setEndDate(CooperationDates.toDate(term.getEnd()));
		agreement.setAutoProlongation(term.isAutoProlongation());
		agreement.setProlongationMonths(term.isAutoProlongation() ? term.getProlongationMonths() : 0);
	}

	private void _throwIfAny(Violations violations) throws CooperationValidationException {
		if (!violations.isEmpty()) {
			throw new CooperationValidationException(violations.list());
		}
	}

	private void _validateDraft(AgreementData agreementData) throws CooperationValidationException {
		if (agreementData == null) {
			_throwIfAny(new Violations().add("agreement", "required"));
		}

		Violations violations = AgreementRules.validateDraft(agreementData);

		_checkPartiesExist(agreementData, violations);

		_throwIfAny(violations);
	}

	@Reference
	private ConfigurationProvider _configurationProvider;

	@Reference
	private CooperationNotifications _cooperationNotifications;

	@Reference
	private OrganizationLocalService _organizationLocalService;

	@Reference
	private SchoolLocalService _schoolLocalService;

}
