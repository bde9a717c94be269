package ru.opora.cooperation.web.internal.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ru.opora.cooperation.web.internal.display.context.EditAgreementDisplayContext;
import ru.opora.domain.cooperation.AgreementData;
import ru.opora.domain.cooperation.AgreementKind;
import ru.opora.domain.cooperation.AgreementTerm;
import ru.opora.domain.cooperation.ModuleData;
import ru.opora.domain.cooperation.PartyData;
import ru.opora.domain.cooperation.PartyRef;
import ru.opora.domain.cooperation.ProgrammeData;
import ru.opora.domain.cooperation.ProgrammeKind;
import ru.opora.domain.cooperation.Requisites;
import ru.opora.domain.cooperation.ResourceData;
import ru.opora.domain.cooperation.ResourceType;
import ru.opora.domain.validation.Violation;

/** The form reads back what the edit screen writes, and names what it cannot read. */
class AgreementFormTest {

	@Test
	void storedAgreementSurvivesTheFormUnchanged() {
		AgreementData stored = new AgreementData(
			"СВ-12/2025", LocalDate.of(2025, 8, 25), AgreementKind.GROWTH_POINT, "Сетевое взаимодействие",
			new AgreementTerm(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31), true, 12),
			List.of(_party(PartyRef.school(1)), _party(PartyRef.organization(501))),
			List.of(
				new ProgrammeData(
					"Робототехника", ProgrammeKind.ADDITIONAL, 34, "7-8", 15, LocalDate.of(2025, 9, 1),
					LocalDate.of(2026, 5, 31),
					List.of(
						new ModuleData("Конструирование", 20, PartyRef.organization(501)),
						new ModuleData("Программирование", 14, PartyRef.school(1))))),
			List.of(new ResourceData(PartyRef.organization(501), ResourceType.TRANSPORT, "Автобус", "сб 9:00")));

		Map<String, String> values = EditAgreementDisplayContext.valuesOf(stored);

		AgreementForm agreementForm = new AgreementForm(values::get);

		AgreementData read = agreementForm.parse();

		assertEquals(List.of(), agreementForm.getViolations().list());
		assertEquals(stored.getNumber(), read.getNumber());
		assertEquals(stored.getKind(), read.getKind());
		assertEquals(stored.getTerm().toString(), read.getTerm().toString());
		assertEquals(stored.getParties().get(1).getRef(), read.getParties().get(1).getRef());
		assertEquals("7707083893", read.getParties().get(0).getRequisites().getInn());

		ProgrammeData programme = read.getProgrammes().get(0);

		assertEquals(ProgrammeKind.ADDITIONAL, programme.getKind());
		assertEquals(15, programme.getPupils());
		assertEquals(PartyRef.organization(501), programme.getModules().get(0).getDeliveringParty());
		assertEquals(14, programme.getModules().get(1).getHours());
		assertEquals(ResourceType.TRANSPORT, read.getResources().get(0).getType());
		assertEquals(PartyRef.organization(501), read.getResources().get(0).getParty());
	}

	@Test
	void blankRowsAreSkipped() {
		Map<String, String> values = new HashMap<>();

		values.put("kind", "partnership");
		values.put("startDate", "2025-09-01");
		values.put("endDate", "2026-08-31");
		values.put("partyCount", "3");
		values.put("party0Key", "school:1");
		values.put("party2Key", "organization:501");
		values.put("programmeCount", "1");
		values.put("programme0Kind", "basic");
		values.put("resourceCount", "2");
		values.put("resource0Type", "room");

		AgreementData read = new AgreementForm(values::get).parse();

		assertEquals(2, read.getParties().size());
		assertEquals(List.of(), read.getProgrammes());
		assertEquals(List.of(), read.getResources());
	}

	@Test
	void unreadableValuesAreNamedByField() {
		Map<String, String> values = new HashMap<>();

		values.put("kind", "treaty");
		values.put("startDate", "2025-09-01");
		values.put("agreementDate", "вчера");
		values.put("partyCount", "2");
		values.put("party0Key", "school:1");
		values.put("party1Key", "user:5");
		values.put("party1FullName", "Кто-то");
		values.put("programmeCount", "1");
		values.put("programme0Name", "Технология");
		values.put("programme0Hours", "много");
		values.put("programme0Modules", "ОБЖ; десять; 1\nЧерчение; 10; 1; лишнее\nРобототехника; 34; 2");
		values.put("resourceCount", "1");
		values.put("resource0Description", "Зал");
		values.put("resource0Party", "9");

		AgreementForm agreementForm = new AgreementForm(values::get);

		assertNull(agreementForm.parse());
		assertEquals(
			List.of(
				Violation.of("kind", "invalid-value", "treaty"), Violation.of("agreementDate", "invalid-date", "вчера"),
				Violation.of("endDate", "required"),
				Violation.of("parties[1].party", "required"),
				Violation.of("programmes[0].hours", "invalid-number", "много"),
				Violation.of("programmes[0].modules", "module-line-invalid", 1, "ОБЖ; десять; 1"),
				Violation.of("programmes[0].modules", "module-line-invalid", 2, "Черчение; 10; 1; лишнее"),
				Violation.of("programmes[0].modules", "party-row-invalid", "2"),
				Violation.of("resources[0].party", "party-row-invalid", "9")),
			agreementForm.getViolations().list());
	}

	private static PartyData _party(PartyRef ref) {
		return new PartyData(
			ref,
			new Requisites(
				"Сторона " + ref.key(), "МБОУ", "с. Новоспасское", "7707083893", "1027700132195", "Иванова М. П.",
				"директор", "Устав"));
	}

}
