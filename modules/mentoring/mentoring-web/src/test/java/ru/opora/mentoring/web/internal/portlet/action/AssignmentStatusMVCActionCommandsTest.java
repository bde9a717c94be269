package ru.opora.mentoring.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;

import java.util.List;

import javax.portlet.ActionRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.opora.domain.validation.Violation;

import ru.opora.mentoring.exception.MentoringValidationException;
import ru.opora.mentoring.service.MentorAssignmentService;
import ru.opora.mentoring.web.internal.constants.MentoringWebKeys;
import ru.opora.testing.portlet.PortletRequests;

/** Activate, finish and cancel: one command each, the comment or reason passed on trimmed. */
class AssignmentStatusMVCActionCommandsTest {

	@BeforeEach
	void setUp() throws Exception {
		_support = new ActionCommandTestSupport();

		for (BaseMVCActionCommand command : new BaseMVCActionCommand[] {_activate, _finish, _cancel}) {
			ActionCommandTestSupport.inject(command, "_portal", _support.portal);
			ActionCommandTestSupport.inject(command, "_mentorAssignmentService", _service);
		}
	}

	@AfterEach
	void tearDown() {
		_support.close();
	}

	@Test
	void activatesWithTheComment() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest(
			"mentorAssignmentId", "42", "comment", " Приказ подписан ", "redirect", "/card");

		_support.run(_activate, actionRequest);

		verify(_service).activateAssignment(42, "Приказ подписан", _support.serviceContext);
		_support.assertSucceeded(actionRequest, MentoringWebKeys.SUCCESS_STATUS_CHANGED, "/card");
	}

	@Test
	void finishesWithTheComment() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest(
			"mentorAssignmentId", "42", "comment", "Год завершён", "redirect", "/card");

		_support.run(_finish, actionRequest);

		verify(_service).finishAssignment(42, "Год завершён", _support.serviceContext);
		_support.assertSucceeded(actionRequest, MentoringWebKeys.SUCCESS_STATUS_CHANGED, "/card");
	}

	@Test
	void cancelsWithTheReason() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest(
			"mentorAssignmentId", "42", "reason", "Школа реорганизована", "redirect", "/card");

		_support.run(_cancel, actionRequest);

		verify(_service).cancelAssignment(42, "Школа реорганизована", _support.serviceContext);
		_support.assertSucceeded(actionRequest, MentoringWebKeys.SUCCESS_STATUS_CHANGED, "/card");
	}

	@Test
	void cancelWithoutAReasonShowsTheCardAgainWithTheViolation() throws Exception {
		when(
			_service.cancelAssignment(42, "", _support.serviceContext)
		).thenThrow(
			new MentoringValidationException(List.of(Violation.of("statusReason", "required")))
		);

		ActionRequest actionRequest = PortletRequests.actionRequest(
			"mentorAssignmentId", "42", "reason", "   ", "redirect", "/card");

		_support.run(_cancel, actionRequest);

		ActionCommandTestSupport.assertViolation(
			_support.assertFormShownAgain(actionRequest, MentoringWebKeys.MVC_VIEW_ASSIGNMENT), "statusReason",
			"required");
	}

	@Test
	void forbiddenTransitionShowsTheCardAgain() throws Exception {
		when(
			_service.finishAssignment(anyLong(), anyString(), any())
		).thenThrow(
			new MentoringValidationException(
				List.of(Violation.of("status", "status-transition-not-allowed", "proposed", "finished")))
		);

		ActionRequest actionRequest = PortletRequests.actionRequest("mentorAssignmentId", "42", "redirect", "/card");

		_support.run(_finish, actionRequest);

		ActionCommandTestSupport.assertViolation(
			_support.assertFormShownAgain(actionRequest, MentoringWebKeys.MVC_VIEW_ASSIGNMENT), "status",
			"status-transition-not-allowed");
	}

	@Test
	void permissionExceptionPropagatesWithoutRedirect() throws Exception {
		when(_service.activateAssignment(anyLong(), anyString(), any())).thenThrow(new PrincipalException());
		when(_service.finishAssignment(anyLong(), anyString(), any())).thenThrow(new PrincipalException());
		when(_service.cancelAssignment(anyLong(), anyString(), any())).thenThrow(new PrincipalException());

		for (BaseMVCActionCommand command : new BaseMVCActionCommand[] {_activate, _finish, _cancel}) {
			ActionRequest actionRequest = PortletRequests.actionRequest(
				"mentorAssignmentId", "42", "reason", "x", "redirect", "/card");

			assertThrows(PrincipalException.class, () -> _support.run(command, actionRequest));
		}

		verify(_support.actionResponse, never()).sendRedirect(anyString());
	}

	private final ActivateAssignmentMVCActionCommand _activate = new ActivateAssignmentMVCActionCommand();
	private final CancelAssignmentMVCActionCommand _cancel = new CancelAssignmentMVCActionCommand();
	private final FinishAssignmentMVCActionCommand _finish = new FinishAssignmentMVCActionCommand();
	private final MentorAssignmentService _service = mock(MentorAssignmentService.class);
	private ActionCommandTestSupport _support;

}
