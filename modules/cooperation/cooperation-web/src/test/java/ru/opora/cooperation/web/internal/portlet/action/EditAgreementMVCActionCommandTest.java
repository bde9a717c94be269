package ru.opora.cooperation.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.servlet.SessionMessages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.portlet.ActionRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import ru.opora.cooperation.exception.CooperationValidationException;
import ru.opora.cooperation.model.CooperationAgreement;
import ru.opora.cooperation.service.CooperationAgreementService;
import ru.opora.cooperation.web.internal.constants.CooperationWebKeys;
import ru.opora.domain.cooperation.AgreementData;
import ru.opora.domain.cooperation.AgreementKind;
import ru.opora.domain.cooperation.PartyRef;
import ru.opora.domain.validation.Violation;
import ru.opora.testing.portlet.PortletRequests;

/** The draft form: read, saved in the page's site, or shown again with the violations. */
class EditAgreementMVCActionCommandTest {

	@BeforeEach
	void setUp() throws Exception {
		_support = new ActionCommandTestSupport();

		ActionCommandTestSupport.inject(_command, "_portal", _support.portal);
		ActionCommandTestSupport.inject(_command, "_cooperationAgreementService", _service);

		CooperationAgreement agreement = mock(CooperationAgreement.class);

		when(agreement.getAgreementId()).thenReturn(77L);
		when(_service.addAgreement(anyLong(), any(), any())).thenReturn(agreement);
		when(_service.updateAgreement(anyLong(), any(), any())).thenReturn(agreement);
	}

	@AfterEach
	void tearDown() {
		_support.close();
	}

	@Test
	void newDraftGoesToTheSiteOfThePageNeverARequestParameter() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest(_form("groupId", "999"));

		_support.run(_command, actionRequest);

		ArgumentCaptor<AgreementData> data = ArgumentCaptor.forClass(AgreementData.class);

		verify(_service).addAgreement(eq(PortletRequests.SCOPE_GROUP_ID), data.capture(), eq(_support.serviceContext));

		assertEquals("СВ-12/2025", data.getValue().getNumber());
		assertEquals(AgreementKind.NETWORK_PROGRAMME, data.getValue().getKind());
		assertEquals(LocalDate.of(2026, 8, 31), data.getValue().getTerm().getEnd());
		assertEquals(2, data.getValue().getParties().size());
		assertEquals(
			PartyRef.organization(501), data.getValue().getProgrammes().get(0).getModules().get(1).getDeliveringParty());

		_support.sessionMessages.verify(() -> SessionMessages.add(actionRequest, CooperationWebKeys.SUCCESS));
		verify(_support.renderParameters).setValue("mvcRenderCommandName", CooperationWebKeys.MVC_VIEW_AGREEMENT);
		verify(_support.renderParameters).setValue("agreementId", "77");
	}

	@Test
	void storedDraftIsUpdated() throws Exception {
		_support.run(_command, PortletRequests.actionRequest(_form("agreementId", "77")));

		verify(_service).updateAgreement(eq(77L), any(AgreementData.class), eq(_support.serviceContext));
	}

	@Test
	void unreadableValuesShowTheFormAgainWithoutCallingTheService() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest(
			_form("startDate", "01.09.2025", "programme0Modules", "Робототехника; 34; 5"));

		_support.run(_command, actionRequest);

		List<Violation> violations = _support.assertFormShownAgain(actionRequest, CooperationWebKeys.MVC_EDIT_AGREEMENT);

		ActionCommandTestSupport.assertViolation(violations, "startDate", "invalid-date");
		ActionCommandTestSupport.assertViolation(violations, "programmes[0].modules", "party-row-invalid");
		verifyNoInteractions(_service);
	}

	@Test
	void serviceRejectionShowsTheFormAgain() throws Exception {
		when(
			_service.addAgreement(anyLong(), any(), any())
		).thenThrow(
			new CooperationValidationException(List.of(Violation.of("parties[1].inn", "inn-invalid", "7707083894")))
		);

		ActionRequest actionRequest = PortletRequests.actionRequest(_form());

		_support.run(_command, actionRequest);

		ActionCommandTestSupport.assertViolation(
			_support.assertFormShownAgain(actionRequest, CooperationWebKeys.MVC_EDIT_AGREEMENT), "parties[1].inn",
			"inn-invalid");
	}

	/** A filled form (seed 000: Технология with a «Точка роста» school and the centre of additional education). */
	static String[] _form(String... overrides) {
		List<String> parameters = new ArrayList<>(
			List.of(
				"number", "СВ-12/2025", "agreementDate", "2025-08-25", "kind", "network-programme", "subject",
				"Программа «Технология» в сетевой форме", "startDate", "2025-09-01", "endDate", "2026-08-31",
				"autoProlongation", "true", "prolongationMonths", "12", "partyCount", "3", "party0Key", "school:3",
				"party0FullName", "МБОУ СОШ № 3", "party0Address", "г. Новоспасское", "party0Inn", "7707083893",
				"party0Ogrn", "1027700132195", "party0HeadName", "Петров П. П.", "party0AuthorityBasis", "Устав",
				"party1Key", "organization:501", "party1FullName", "МБОУ ДО «Центр ДОД»", "party1Address",
				"г. Новоспасское", "party1Inn", "7830002293", "party1Ogrn", "1027739609391", "party1HeadName",
				"Сидорова А. И.", "party1AuthorityBasis", "Устав", "programmeCount", "2", "programme0Name",
				"Технология", "programme0Kind", "basic", "programme0Hours", "68", "programme0Grades", "5-9",
				"programme0Pupils", "42", "programme0StartDate", "2025-09-01", "programme0EndDate", "2026-05-31",
				"programme0Modules", "Робототехника; 34; 1\nОБЖ; 10; 2", "programme1Kind", "basic",
				"resourceCount", "1", "resource0Party", "1", "resource0Type", "growth-point-lab",
				"resource0Description", "Лаборатория", "resource0Schedule", "вт 14:00"));

		for (int i = 0; i < overrides.length; i += 2) {
			int index = parameters.indexOf(overrides[i]);

			if ((index >= 0) && ((index % 2) == 0)) {
				parameters.set(index + 1, overrides[i + 1]);
			}
			else {
				parameters.add(overrides[i]);
				parameters.add(overrides[i + 1]);
			}
		}

		return parameters.toArray(new String[0]);
	}

	private final EditAgreementMVCActionCommand _command = new EditAgreementMVCActionCommand();
	private final CooperationAgreementService _service = mock(CooperationAgreementService.class);
	private ActionCommandTestSupport _support;

}
