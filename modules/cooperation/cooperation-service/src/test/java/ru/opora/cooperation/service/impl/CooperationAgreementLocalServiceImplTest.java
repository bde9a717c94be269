package ru.opora.cooperation.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.verify;

import com.liferay.portal.kernel.service.ServiceContext;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.opora.cooperation.exception.CooperationValidationException;
import ru.opora.cooperation.model.AgreementParty;
import ru.opora.cooperation.model.CooperationAgreement;
import ru.opora.domain.cooperation.AgreementData;
import ru.opora.domain.cooperation.AgreementKind;
import ru.opora.domain.cooperation.AgreementStatus;
import ru.opora.domain.cooperation.AgreementTerm;
import ru.opora.domain.cooperation.DailyStep;
import ru.opora.domain.cooperation.ModuleData;
import ru.opora.domain.cooperation.PartyData;
import ru.opora.domain.cooperation.PartyRef;
import ru.opora.domain.cooperation.ProgrammeData;
import ru.opora.domain.cooperation.ProgrammeKind;
import ru.opora.domain.cooperation.Requisites;
import ru.opora.domain.cooperation.ResourceData;
import ru.opora.domain.cooperation.ResourceType;
import ru.opora.domain.validation.Violation;

/** The local service over in-memory persistence: the whole life of an agreement. */
class CooperationAgreementLocalServiceImplTest {

	static final LocalDate START = LocalDate.of(2025, 9, 1);

	static final LocalDate END = LocalDate.of(2026, 8, 31);

	@BeforeEach
	void setUp() throws Exception {
		_store = new InMemoryAgreements();
		_service = _store.service;
	}

	@Test
	void draftIsStoredWithItsPartiesProgrammesModulesAndResources() throws Exception {
		CooperationAgreement agreement = _service.addAgreement(
			InMemoryAgreements.USER_ID, InMemoryAgreements.GROUP_ID, _network(true), _serviceContext);

		assertEquals(AgreementStatus.DRAFT, agreement.getAgreementStatus());
		assertEquals(1, agreement.getVersion());
		assertEquals(agreement.getAgreementId(), agreement.getRootAgreementId());
		assertEquals(2, _store.parties.size());
		assertEquals(1, _store.programmes.size());
		assertEquals(2, _store.modules.size());
		assertEquals(1, _store.resources.size());
		assertEquals(List.of("created"), _store.steps(agreement.getAgreementId()));

		AgreementData stored = _service.getAgreementData(agreement.getAgreementId());

		assertEquals("СВ-12/2025", stored.getNumber());
		assertEquals(PartyRef.school(3), stored.getProgrammes().get(0).getModules().get(0).getDeliveringParty());
		assertEquals(ResourceType.GROWTH_POINT_LAB, stored.getResources().get(0).getType());
		assertEquals("7707083893", stored.getParties().get(0).getRequisites().getInn());
		verify(_store.resourceLocalService).addModelResources(agreement, _serviceContext);
	}

	@Test
	void invalidDraftStoresNothingAndNamesEveryField() {
		AgreementData data = new AgreementData(
			"", START, AgreementKind.PARTNERSHIP, "Сотрудничество", new AgreementTerm(START, END, false, 0),
			List.of(
				_party(PartyRef.school(1), "7707083894"), _party(PartyRef.school(1), "7707083893"),
				_party(PartyRef.organization(42), "7707083893")),
			List.of(), List.of());

		CooperationValidationException exception = assertThrows(
			CooperationValidationException.class,
			() -> _service.addAgreement(InMemoryAgreements.USER_ID, InMemoryAgreements.GROUP_ID, data, _serviceContext));

		assertEquals(
			List.of(
				Violation.of("number", "required"), Violation.of("parties[0].inn", "inn-invalid", "7707083894"),
				Violation.of("parties[1].party", "party-duplicate", "school:1"),
				Violation.of("parties[2].party", "party-not-found", "organization:42")),
			exception.getViolations());
		assertTrue(_store.agreements.isEmpty());
		assertTrue(_store.parties.isEmpty());
	}

	@Test
	void networkAgreementCannotGoOnApprovalWithoutEveryDeliveringParty() throws Exception {
		CooperationAgreement agreement = _service.addAgreement(
			InMemoryAgreements.USER_ID, InMemoryAgreements.GROUP_ID, _network(false), _serviceContext);

		CooperationValidationException exception = assertThrows(
			CooperationValidationException.class,
			() -> _service.submitAgreement(
				InMemoryAgreements.USER_ID, agreement.getAgreementId(), null, _serviceContext));

		assertEquals(
			List.of(Violation.of("programmes[0].modules[1].deliveringParty", "module-party-required", "ОБЖ")),
			exception.getViolations());
		assertEquals(AgreementStatus.DRAFT, _store.agreements.get(agreement.getAgreementId()).getAgreementStatus());
	}

	@Test
	void noSigningWithoutEveryPartyAndTheCoordinatorWhenTheMunicipalityAsks() throws Exception {
		_store.coordinatorRequired = true;

		long id = _service.addAgreement(
			InMemoryAgreements.USER_ID, InMemoryAgreements.GROUP_ID, _network(true), _serviceContext
		).getAgreementId();

		_service.submitAgreement(InMemoryAgreements.USER_ID, id, "Прошу согласовать", _serviceContext);

		assertTrue(_store.agreements.get(id).isCoordinatorRequired());
		verify(_store.notifications).submitted(_store.agreements.get(id), InMemoryAgreements.USER_ID);

		List<AgreementParty> parties = List.copyOf(_store.parties.values());

		_service.approveAsParty(InMemoryAgreements.USER_ID, parties.get(0).getAgreementPartyId(), null, _serviceContext);

		CooperationValidationException exception = assertThrows(
			CooperationValidationException.class,
			() -> _service.signAgreement(InMemoryAgreements.USER_ID, id, START, _serviceContext));

		assertEquals(
			List.of(Violation.of("approvals", "approvals-missing", "school:3, coordinator")),
			exception.getViolations());

		_service.approveAsParty(InMemoryAgreements.USER_ID, parties.get(1).getAgreementPartyId(), "", _serviceContext);
		_service.approveAsCoordinator(InMemoryAgreements.USER_ID, id, "Согласовано", _serviceContext);

		CooperationAgreement signed = _service.signAgreement(InMemoryAgreements.USER_ID, id, START, _serviceContext);

		// signed on the start day: active at once
		assertEquals(AgreementStatus.ACTIVE, signed.getAgreementStatus());
		assertEquals(
			List.of(
				"created", "submitted", "approved-by-party", "approved-by-party", "approved-by-coordinator", "signed",
				"activated"),
			_store.steps(id));
		verify(_store.notifications).signed(any(CooperationAgreement.class), anyLong());
	}

	@Test
	void returningToDraftClearsTheApprovals() throws Exception {
		long id = _submitted();

		AgreementParty party = _store.parties.values().iterator().next();

		_service.approveAsParty(InMemoryAgreements.USER_ID, party.getAgreementPartyId(), null, _serviceContext);

		assertTrue(_store.parties.get(party.getAgreementPartyId()).isApproved());

		_service.returnToDraft(InMemoryAgreements.USER_ID, id, "Уточнить часы", _serviceContext);

		assertFalse(_store.parties.get(party.getAgreementPartyId()).isApproved());
		assertEquals("Уточнить часы", _store.agreements.get(id).getStatusReason());

		// approvals only while on approval
		CooperationValidationException exception = assertThrows(
			CooperationValidationException.class,
			() -> _service.approveAsParty(
				InMemoryAgreements.USER_ID, party.getAgreementPartyId(), null, _serviceContext));

		assertEquals(List.of(Violation.of("status", "agreement-not-on-approval", "draft")), exception.getViolations());
	}

	@Test
	void earlyTerminationNeedsAReasonAndKeepsTheHistory() throws Exception {
		long id = _active();

		assertThrows(
			CooperationValidationException.class,
			() -> _service.terminateAgreement(
				InMemoryAgreements.USER_ID, id, " ", LocalDate.of(2026, 1, 10), _serviceContext));

		_service.terminateAgreement(
			InMemoryAgreements.USER_ID, id, "Ликвидация стороны", LocalDate.of(2026, 1, 10), _serviceContext);

		CooperationAgreement agreement = _store.agreements.get(id);

		assertEquals(AgreementStatus.TERMINATED, agreement.getAgreementStatus());
		assertEquals(LocalDate.of(2026, 1, 10), agreement.getTerminationLocalDate());
		assertEquals("terminated", _store.steps(id).get(_store.steps(id).size() - 1));
		assertEquals(_store.steps(id).size(), _store.history.size());
	}

	@Test
	void nonDraftsCannotBeEditedAndExpiredOnesCannotGainProgrammes() throws Exception {
		long id = _active();

		CooperationValidationException active = assertThrows(
			CooperationValidationException.class,
			() -> _service.updateAgreement(InMemoryAgreements.USER_ID, id, _network(true), _serviceContext));

		assertEquals(List.of(Violation.of("status", "agreement-not-editable", "active")), active.getViolations());

		assertEquals(DailyStep.Action.EXPIRE, _service.runDailyStep(id, END.plusDays(1)));

		CooperationValidationException expired = assertThrows(
			CooperationValidationException.class,
			() -> _service.updateAgreement(InMemoryAgreements.USER_ID, id, _network(true), _serviceContext));

		assertEquals(List.of(Violation.of("status", "agreement-closed", "expired")), expired.getViolations());
	}

	@Test
	void dailyStepProlongsAutomatically() throws Exception {
		long id = _active();

		CooperationAgreement agreement = _store.agreements.get(id);

		agreement.setAutoProlongation(true);
		agreement.setProlongationMonths(12);
		agreement.setLastAlert("days-7");

		assertEquals(DailyStep.Action.NONE, _service.runDailyStep(id, END));
		assertEquals(DailyStep.Action.PROLONG, _service.runDailyStep(id, END.plusDays(1)));
		assertEquals(LocalDate.of(2027, 8, 31), _store.agreements.get(id).getEndLocalDate());
		assertEquals(AgreementStatus.ACTIVE, _store.agreements.get(id).getAgreementStatus());
		assertEquals(null, _store.agreements.get(id).getLastExpiryAlert());
		assertEquals("prolonged", _store.steps(id).get(_store.steps(id).size() - 1));
	}

	@Test
	void amendmentIsANewVersionThatSupersedesTheOldOneWhenSigned() throws Exception {
		long id = _active();

		CooperationAgreement amendment = _service.amendAgreement(InMemoryAgreements.USER_ID, id, _serviceContext);

		assertEquals(2, amendment.getVersion());
		assertEquals(id, amendment.getRootAgreementId());
		assertEquals(id, amendment.getPreviousAgreementId());
		assertEquals(AgreementStatus.DRAFT, amendment.getAgreementStatus());
		assertEquals(4, _store.parties.size());

		// one pending amendment at a time
		assertThrows(
			CooperationValidationException.class,
			() -> _service.amendAgreement(InMemoryAgreements.USER_ID, id, _serviceContext));

		long newId = amendment.getAgreementId();

		_service.submitAgreement(InMemoryAgreements.USER_ID, newId, null, _serviceContext);

		for (AgreementParty party : List.copyOf(_store.parties.values())) {

			if (party.getAgreementId() == newId) {
				_service.approveAsParty(InMemoryAgreements.USER_ID, party.getAgreementPartyId(), null, _serviceContext);
			}
		}

		_service.signAgreement(InMemoryAgreements.USER_ID, newId, LocalDate.of(2026, 2, 1), _serviceContext);

		assertEquals(AgreementStatus.ACTIVE, _store.agreements.get(newId).getAgreementStatus());
		assertEquals(AgreementStatus.TERMINATED, _store.agreements.get(id).getAgreementStatus());
		assertEquals(LocalDate.of(2026, 2, 1), _store.agreements.get(id).getTerminationLocalDate());
		assertTrue(_store.steps(id).contains("superseded"));
		assertEquals(2, _service.getAgreementVersions(id).size());
	}

	@Test
	void onlyDraftsAreDeleted() throws Exception {
		long draft = _service.addAgreement(
			InMemoryAgreements.USER_ID, InMemoryAgreements.GROUP_ID, _network(true), _serviceContext
		).getAgreementId();

		_service.deleteDraft(draft);

		assertTrue(_store.agreements.isEmpty());
		assertTrue(_store.parties.isEmpty());
		assertTrue(_store.modules.isEmpty());

		long active = _active();

		assertThrows(CooperationValidationException.class, () -> _service.deleteDraft(active));
		assertTrue(_store.agreements.containsKey(active));
	}

	private long _active() throws Exception {
		long id = _submitted();

		for (AgreementParty party : List.copyOf(_store.parties.values())) {
			if (party.getAgreementId() == id) {
				_service.approveAsParty(InMemoryAgreements.USER_ID, party.getAgreementPartyId(), null, _serviceContext);
			}
		}

		_service.signAgreement(InMemoryAgreements.USER_ID, id, START.plusDays(10), _serviceContext);

		return id;
	}

	private AgreementData _network(boolean complete) {
		return new AgreementData(
			"СВ-12/2025", LocalDate.of(2025, 8, 25), AgreementKind.NETWORK_PROGRAMME,
			"Реализация программы «Технология» в сетевой форме", new AgreementTerm(START, END, false, 0),
			List.of(_party(PartyRef.school(1), "7707083893"), _party(PartyRef.school(3), "7830002293")),
			List.of(
				new ProgrammeData(
					"Технология", ProgrammeKind.BASIC, 68, "5-9", 42, START, END,
					List.of(
						new ModuleData("Робототехника", 34, PartyRef.school(3)),
						new ModuleData("ОБЖ", 34, complete ? PartyRef.school(1) : null)))),
			List.of(
				new ResourceData(
					PartyRef.school(3), ResourceType.GROWTH_POINT_LAB, "Лаборатория «Точки роста»",
					"вт, чт 14:00-15:30")));
	}

	private PartyData _party(PartyRef ref, String inn) {
		return new PartyData(
			ref,
			new Requisites(
				"МБОУ «СОШ № " + ref.getId() + "»", "МБОУ", "с. Новоспасское, ул. Школьная, " + ref.getId(), inn,
				"1027700132195", "Иванова Мария Петровна", "директор", "Устав"));
	}

	private long _submitted() throws Exception {
		long id = _service.addAgreement(
			InMemoryAgreements.USER_ID, InMemoryAgreements.GROUP_ID, _network(true), _serviceContext
		).getAgreementId();

		_service.submitAgreement(InMemoryAgreements.USER_ID, id, null, _serviceContext);

		return id;
	}

	private CooperationAgreementLocalServiceImpl _service;
	private final ServiceContext _serviceContext = new ServiceContext();
	private InMemoryAgreements _store;

}
