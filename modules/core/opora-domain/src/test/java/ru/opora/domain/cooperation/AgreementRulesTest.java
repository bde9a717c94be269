package ru.opora.domain.cooperation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ru.opora.domain.validation.Violation;

class AgreementRulesTest {

	@Test
	void seedAgreementIsValid() {
		AgreementData data = Fixtures.agreement(
			AgreementKind.NETWORK_PROGRAMME,
			List.of(Fixtures.party(Fixtures.NOVOSPASSKAYA), Fixtures.party(Fixtures.SCHOOL_3)),
			List.of(
				Fixtures.programme(
					Fixtures.START, Fixtures.END, new ModuleData("Робототехника", 34, Fixtures.SCHOOL_3),
					new ModuleData("3D-моделирование", 34, Fixtures.NOVOSPASSKAYA))));

		assertEquals(List.of(), AgreementRules.validate(data).list());
	}

	@Test
	void networkAgreementNeedsAProgramme() {
		AgreementData data = Fixtures.agreement(
			AgreementKind.NETWORK_PROGRAMME,
			List.of(Fixtures.party(Fixtures.NOVOSPASSKAYA), Fixtures.party(Fixtures.SCHOOL_3)), List.of());

		assertEquals(List.of(Violation.of("programmes", "programmes-required")), AgreementRules.validate(data).list());
	}

	@Test
	void partnershipNeedsNoProgramme() {
		AgreementData data = Fixtures.agreement(
			AgreementKind.PARTNERSHIP,
			List.of(Fixtures.party(Fixtures.NOVOSPASSKAYA), Fixtures.party(Fixtures.CENTRE_DOD)), List.of());

		assertTrue(AgreementRules.validate(data).isEmpty());
	}

	@Test
	void everyModuleOfANetworkProgrammeNeedsADeliveringParty() {
		AgreementData data = Fixtures.agreement(
			AgreementKind.NETWORK_PROGRAMME,
			List.of(Fixtures.party(Fixtures.NOVOSPASSKAYA), Fixtures.party(Fixtures.SCHOOL_3)),
			List.of(
				Fixtures.programme(
					Fixtures.START, Fixtures.END, new ModuleData("Робототехника", 34, null),
					new ModuleData("ОБЖ", 10, Fixtures.CENTRE_DOD)),
				Fixtures.programme(Fixtures.START, Fixtures.END)));

		assertEquals(
			List.of(
				Violation.of("programmes[0].modules[0].deliveringParty", "module-party-required", "Робототехника"),
				Violation.of(
					"programmes[0].modules[1].deliveringParty", "module-party-not-a-party", "ОБЖ", "organization:501"),
				Violation.of("programmes[1].modules", "modules-required", "Технология")),
			AgreementRules.validate(data).list());
	}

	@Test
	void draftMayLackProgrammesAndDeliveringPartiesButNotValidFields() {
		AgreementData data = Fixtures.agreement(
			AgreementKind.NETWORK_PROGRAMME,
			List.of(Fixtures.party(Fixtures.NOVOSPASSKAYA), Fixtures.party(Fixtures.SCHOOL_3)),
			List.of(
				Fixtures.programme(Fixtures.START, Fixtures.END, new ModuleData("Робототехника", 34, null)),
				Fixtures.programme(Fixtures.START, Fixtures.END.plusDays(1))));

		assertEquals(
			List.of(
				Violation.of("programmes[1].startDate", "programme-outside-term", "Технология", "2025-09-01", "2026-08-31")),
			AgreementRules.validateDraft(data).list());
		assertEquals(3, AgreementRules.validate(data).list().size());
	}

	@Test
	void programmeOutsideTheTermIsRejected() {
		AgreementData data = Fixtures.agreement(
			AgreementKind.NETWORK_PROGRAMME,
			List.of(Fixtures.party(Fixtures.NOVOSPASSKAYA), Fixtures.party(Fixtures.SCHOOL_3)),
			List.of(
				Fixtures.programme(
					Fixtures.START, Fixtures.END.plusDays(1),
					new ModuleData("Робототехника", 34, Fixtures.SCHOOL_3)),
				Fixtures.programme(
					Fixtures.START.minusDays(1), Fixtures.END,
					new ModuleData("Робототехника", 34, Fixtures.SCHOOL_3))));

		assertEquals(
			List.of(
				Violation.of("programmes[0].startDate", "programme-outside-term", "Технология", "2025-09-01", "2026-08-31"),
				Violation.of("programmes[1].startDate", "programme-outside-term", "Технология", "2025-09-01", "2026-08-31")),
			AgreementRules.validate(data).list());
	}

	@Test
	void partyListedTwiceAndTooFewPartiesAreRejected() {
		AgreementData twice = Fixtures.agreement(
			AgreementKind.PARTNERSHIP,
			List.of(Fixtures.party(Fixtures.SCHOOL_3), Fixtures.party(Fixtures.SCHOOL_3)), List.of());

		assertEquals(
			List.of(Violation.of("parties[1].party", "party-duplicate", "school:3")),
			AgreementRules.validate(twice).list());

		AgreementData alone = Fixtures.agreement(
			AgreementKind.PARTNERSHIP, List.of(Fixtures.party(Fixtures.SCHOOL_3)), List.of());

		assertEquals(List.of(Violation.of("parties", "parties-too-few", 2)), AgreementRules.validate(alone).list());
	}

	@Test
	void headerFieldsAndResourcesAreChecked() {
		AgreementData data = new AgreementData(
			" ", null, null, "", new AgreementTerm(Fixtures.END, Fixtures.START, false, 0),
			List.of(Fixtures.party(Fixtures.NOVOSPASSKAYA), Fixtures.party(Fixtures.SCHOOL_3)), List.of(),
			List.of(
				new ResourceData(Fixtures.CENTRE_DOD, ResourceType.ROOM, "Актовый зал", "ср 15:00"),
				new ResourceData(Fixtures.SCHOOL_3, null, " ", null)));

		assertEquals(
			List.of(
				Violation.of("number", "required"), Violation.of("agreementDate", "required"),
				Violation.of("kind", "required"), Violation.of("subject", "required"),
				Violation.of("endDate", "date-order"),
				Violation.of("resources[0].party", "resource-party-not-a-party", "organization:501"),
				Violation.of("resources[1].type", "required"), Violation.of("resources[1].description", "required")),
			AgreementRules.validate(data).list());
	}

	@Test
	void expiredAgreementsCannotGainProgrammes() {
		ProgrammeData programme = Fixtures.programme(
			Fixtures.START, Fixtures.END, new ModuleData("ОБЖ", 10, Fixtures.SCHOOL_3));
		Set<PartyRef> parties = Set.of(Fixtures.SCHOOL_3, Fixtures.NOVOSPASSKAYA);

		assertEquals(
			List.of(Violation.of("status", "agreement-closed", "expired")),
			AgreementRules.validateProgramme(AgreementStatus.EXPIRED, Fixtures.term(false), parties, programme, 0).list());
		assertEquals(
			List.of(Violation.of("status", "agreement-not-editable", "active")),
			AgreementRules.validateProgramme(AgreementStatus.ACTIVE, Fixtures.term(false), parties, programme, 0).list());
		assertTrue(
			AgreementRules.validateProgramme(AgreementStatus.DRAFT, Fixtures.term(false), parties, programme, 0).isEmpty());
	}

	@Test
	void amendmentsOnlyForAgreementsInForce() {
		assertTrue(AgreementRules.checkAmendment(AgreementStatus.ACTIVE).isEmpty());
		assertTrue(AgreementRules.checkAmendment(AgreementStatus.SIGNED).isEmpty());
		assertEquals(
			List.of(Violation.of("status", "amendment-not-allowed", "draft")),
			AgreementRules.checkAmendment(AgreementStatus.DRAFT).list());
		assertEquals(
			List.of(Violation.of("status", "amendment-not-allowed", "terminated")),
			AgreementRules.checkAmendment(AgreementStatus.TERMINATED).list());
	}

	@Test
	void moduleHoursAndProgrammeFiguresAreChecked() {
		ProgrammeData programme = new ProgrammeData(
			"", null, 0, "5-9", -1, Fixtures.END, Fixtures.START,
			List.of(new ModuleData("", -2, Fixtures.SCHOOL_3)));

		assertEquals(
			List.of(
				Violation.of("status", "agreement-not-editable", "on-approval"),
				Violation.of("programmes[2].name", "required"), Violation.of("programmes[2].kind", "required"),
				Violation.of("programmes[2].hours", "must-be-positive"),
				Violation.of("programmes[2].pupils", "must-not-be-negative"),
				Violation.of("programmes[2].endDate", "date-order"),
				Violation.of("programmes[2].modules[0].name", "required"),
				Violation.of("programmes[2].modules[0].hours", "must-not-be-negative")),
			AgreementRules.validateProgramme(
				AgreementStatus.ON_APPROVAL, Fixtures.term(false), Set.of(Fixtures.SCHOOL_3), programme, 2).list());
	}

	@Test
	void termDatesAreInclusive() {
		AgreementTerm term = Fixtures.term(false);

		assertTrue(term.covers(Fixtures.START, Fixtures.END));
		assertTrue(term.contains(Fixtures.END));
		assertEquals(0, term.daysLeft(Fixtures.END));
		assertEquals(-1, term.daysLeft(Fixtures.END.plusDays(1)));
		assertEquals(LocalDate.of(2026, 8, 31), term.prolongedEnd(LocalDate.of(2027, 1, 1)));
	}

}
