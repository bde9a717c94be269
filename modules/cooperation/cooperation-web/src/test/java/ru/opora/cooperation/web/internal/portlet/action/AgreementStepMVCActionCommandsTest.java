package ru.opora.cooperation.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;

import javax.portlet.ActionRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.opora.cooperation.exception.CooperationValidationException;
import ru.opora.cooperation.service.CooperationAgreementService;
import ru.opora.cooperation.web.internal.constants.CooperationWebKeys;
import ru.opora.domain.validation.Violation;
import ru.opora.testing.portlet.PortletRequests;

/** The card's step commands: each calls its service method with the user's text, trimmed. */
class AgreementStepMVCActionCommandsTest {

	@BeforeEach
	void setUp() throws Exception {
		_support = new ActionCommandTestSupport();

		for (BaseMVCActionCommand command : new BaseMVCActionCommand[] {
				_submit, _approveAsParty, _approveAsCoordinator, _returnToDraft, _sign, _terminate, _amend, _delete
			}) {

			ActionCommandTestSupport.inject(command, "_portal", _support.portal);
			ActionCommandTestSupport.inject(command, "_cooperationAgreementService", _service);
		}
	}

	@AfterEach
	void tearDown() {
		_support.close();
	}

	/** "Today" is the user's: twelve hours ahead of the server, the day may already be another one. */
	private static ActionRequest _inKamchatka(ActionRequest actionRequest) {
		when(PortletRequests.themeDisplay(actionRequest).getTimeZone()).thenReturn(TimeZone.getTimeZone(_KAMCHATKA));

		return actionRequest;
	}

	private static final ZoneId _KAMCHATKA = ZoneId.of("Asia/Kamchatka");

	@Test
	void submitsWithTheComment() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest(
			"agreementId", "42", "comment", " Прошу согласовать ", "redirect", "/card");

		_support.run(_submit, actionRequest);

		verify(_service).submitAgreement(42, "Прошу согласовать", _support.serviceContext);
		_support.assertSucceeded(actionRequest, CooperationWebKeys.SUCCESS, "/card");
	}

	@Test
	void approvesForThePartyOfTheRequest() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest(
			"agreementId", "42", "agreementPartyId", "7", "comment", "", "redirect", "/card");

		_support.run(_approveAsParty, actionRequest);

		verify(_service).approveAsParty(7, "", _support.serviceContext);
		_support.assertSucceeded(actionRequest, CooperationWebKeys.SUCCESS, "/card");
	}

	@Test
	void coordinatorApprovesReturnsSignsAmendsAndDeletes() throws Exception {
		_support.run(_approveAsCoordinator, PortletRequests.actionRequest("agreementId", "42", "comment", "Да"));
		_support.run(_returnToDraft, PortletRequests.actionRequest("agreementId", "42", "reason", "Уточнить часы"));
		_support.run(_sign, _inKamchatka(PortletRequests.actionRequest("agreementId", "42")));
		_support.run(_amend, PortletRequests.actionRequest("agreementId", "42"));
		_support.run(_delete, PortletRequests.actionRequest("agreementId", "43"));

		verify(_service).approveAsCoordinator(42, "Да", _support.serviceContext);
		verify(_service).returnToDraft(42, "Уточнить часы", _support.serviceContext);
		verify(_service).signAgreement(42, LocalDate.now(_KAMCHATKA), _support.serviceContext);
		verify(_service).amendAgreement(42, _support.serviceContext);
		verify(_service).deleteAgreement(43);
	}

	@Test
	void terminatesOnTheGivenDayOrToday() throws Exception {
		_support.run(
			_terminate,
			PortletRequests.actionRequest(
				"agreementId", "42", "reason", "Реорганизация", "terminationDate", "2026-01-10"));
		_support.run(
			_terminate,
			_inKamchatka(PortletRequests.actionRequest("agreementId", "43", "reason", "Реорганизация")));

		verify(_service).terminateAgreement(42, "Реорганизация", LocalDate.of(2026, 1, 10), _support.serviceContext);
		verify(_service).terminateAgreement(
			43, "Реорганизация", LocalDate.now(_KAMCHATKA), _support.serviceContext);
	}

	@Test
	void unreadableTerminationDateShowsTheCardAgain() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest(
			"agreementId", "42", "reason", "Реорганизация", "terminationDate", "10.01.2026");

		_support.run(_terminate, actionRequest);

		ActionCommandTestSupport.assertViolation(
			_support.assertFormShownAgain(actionRequest, CooperationWebKeys.MVC_VIEW_AGREEMENT), "terminationDate",
			"invalid-date");
		verifyNoInteractions(_service);
	}

	@Test
	void signingWithoutEveryApprovalShowsTheCardAgain() throws Exception {
		when(
			_service.signAgreement(eq(42L), any(), any())
		).thenThrow(
			new CooperationValidationException(
				List.of(Violation.of("approvals", "approvals-missing", "school:3, coordinator")))
		);

		ActionRequest actionRequest = PortletRequests.actionRequest("agreementId", "42", "redirect", "/card");

		_support.run(_sign, actionRequest);

		ActionCommandTestSupport.assertViolation(
			_support.assertFormShownAgain(actionRequest, CooperationWebKeys.MVC_VIEW_AGREEMENT), "approvals",
			"approvals-missing");
	}

	@Test
	void permissionExceptionPropagatesWithoutRedirect() throws Exception {
		when(_service.approveAsParty(anyLong(), anyString(), any())).thenThrow(new PrincipalException());

		assertThrows(
			PrincipalException.class,
			() -> _support.run(
				_approveAsParty,
				PortletRequests.actionRequest("agreementId", "42", "agreementPartyId", "7", "redirect", "/card")));

		verify(_support.actionResponse, never()).sendRedirect(anyString());
	}

	private final AmendAgreementMVCActionCommand _amend = new AmendAgreementMVCActionCommand();
	private final ApproveAsCoordinatorMVCActionCommand _approveAsCoordinator =
		new ApproveAsCoordinatorMVCActionCommand();
	private final ApproveAsPartyMVCActionCommand _approveAsParty = new ApproveAsPartyMVCActionCommand();
	private final DeleteAgreementMVCActionCommand _delete = new DeleteAgreementMVCActionCommand();
	private final ReturnToDraftMVCActionCommand _returnToDraft = new ReturnToDraftMVCActionCommand();
	private final CooperationAgreementService _service = mock(CooperationAgreementService.class);
	private final SignAgreementMVCActionCommand _sign = new SignAgreementMVCActionCommand();
	private final SubmitAgreementMVCActionCommand _submit = new SubmitAgreementMVCActionCommand();
	private ActionCommandTestSupport _support;
	private final TerminateAgreementMVCActionCommand _terminate = new TerminateAgreementMVCActionCommand();

}
