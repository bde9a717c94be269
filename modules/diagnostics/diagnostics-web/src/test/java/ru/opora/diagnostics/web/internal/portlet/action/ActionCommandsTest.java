package ru.opora.diagnostics.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.language.Language;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.Portal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;
import javax.portlet.PortletRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.mockito.Mockito;

import ru.opora.diagnostics.constants.DiagnosticsConstants;
import ru.opora.diagnostics.exception.DiagnosticsValidationException;
import ru.opora.diagnostics.model.Attempt;
import ru.opora.diagnostics.model.ItemView;
import ru.opora.diagnostics.service.AttemptService;
import ru.opora.diagnostics.service.DiagnosticSessionService;
import ru.opora.diagnostics.service.RouteService;
import ru.opora.diagnostics.web.internal.constants.DiagnosticsWebKeys;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;
import ru.opora.domain.validation.Violation;
import ru.opora.testing.Fields;
import ru.opora.testing.portlet.PortletRequests;

/**
 * The action commands call the permission-checked services with what the
 * form sent (the site from the page, never a parameter) and render the right
 * screen next.
 */
class ActionCommandsTest {

	@BeforeEach
	void setUp() throws Exception {
		Fields.set(_services, "_attemptService", _attemptService);
		Fields.set(_services, "_diagnosticSessionService", _diagnosticSessionService);
		Fields.set(_services, "_language", mock(Language.class));
		Fields.set(_services, "_portal", _portal);
		Fields.set(_services, "_routeService", _routeService);

		when(_portal.getScopeGroupId(any(ActionRequest.class))).thenReturn(PortletRequests.SCOPE_GROUP_ID);
		when(_actionResponse.getRenderParameters()).thenReturn(_renderParameters);
		when(_renderParameters.setValue(any(String.class), any(String.class))).thenAnswer(
			invocation -> {
				_rendered.put(invocation.getArgument(0), invocation.getArgument(1));

				return null;
			});
		when(_attemptService.getItemViews(1)).thenReturn(
			List.of(
				new ItemView("A1", "M-ALG", "single", "?", List.of("x", "y"), List.of()),
				new ItemView("A2", "M-ALG", "multiple", "?", List.of("x", "y", "z"), List.of()),
				new ItemView("B1", "M-GEO", "short", "?", List.of(), List.of())));
	}

	@AfterEach
	void tearDown() {
		_sessionErrors.close();
		_sessionMessages.close();
	}

	@Test
	void saveMovesToTheNextPageWithThePagesAnswersOnly() throws Exception {
		_attempt(DiagnosticsConstants.ATTEMPT_STATUS_IN_PROGRESS);

		ActionRequest actionRequest = PortletRequests.actionRequest(
			"attemptId", "1", "page", "0", "move", "next", "shown_A1", "1", "answer_A1", "2", "shown_A2", "1",
			"answer_A2", "1", "answer_A2", "3", "answer_B1", "not on this page");

		_command(new SaveAnswersMVCActionCommand()).doProcessAction(actionRequest, _actionResponse);

		verify(_attemptService).saveAnswers(1, Map.of("A1", "2", "A2", "1;3"));
		verify(_attemptService, never()).submitAttempt(anyLong());
		assertEquals(DiagnosticsWebKeys.MVC_TAKE, _rendered.get("mvcRenderCommandName"));
		assertEquals("1", _rendered.get("page"));
	}

	@Test
	void submitShowsTheResultAtOnce() throws Exception {
		_attempt(DiagnosticsConstants.ATTEMPT_STATUS_IN_PROGRESS);

		Attempt submitted = mock(Attempt.class);

		when(submitted.getStatus()).thenReturn(DiagnosticsConstants.ATTEMPT_STATUS_COMPLETED);
		when(_attemptService.submitAttempt(1)).thenReturn(submitted);

		_command(new SaveAnswersMVCActionCommand()).doProcessAction(
			PortletRequests.actionRequest("attemptId", "1", "page", "2", "move", "submit", "shown_B1", "1", "answer_B1", " 12 "),
			_actionResponse);

		verify(_attemptService).saveAnswers(1, Map.of("B1", "12"));
		assertEquals(DiagnosticsWebKeys.MVC_RESULT, _rendered.get("mvcRenderCommandName"));
		assertEquals("1", _rendered.get("attemptId"));
	}

	@Test
	void timeOverAlsoShowsTheResult() throws Exception {
		_attempt(DiagnosticsConstants.ATTEMPT_STATUS_COMPLETED);

		_command(new SaveAnswersMVCActionCommand()).doProcessAction(
			PortletRequests.actionRequest("attemptId", "1", "page", "0", "move", "next"), _actionResponse);

		verify(_attemptService, never()).submitAttempt(anyLong());
		assertEquals(DiagnosticsWebKeys.MVC_RESULT, _rendered.get("mvcRenderCommandName"));
	}

	@Test
	void startWithoutConsentGoesHome() throws Exception {
		when(_attemptService.startAttempt(1)).thenThrow(
			new DiagnosticsValidationException(List.of(Violation.of("consent", "diagnostics-consent-required"))));

		_command(new StartAttemptMVCActionCommand()).doProcessAction(
			PortletRequests.actionRequest("attemptId", "1"), _actionResponse);

		assertEquals("/", _rendered.get("mvcRenderCommandName"));
		assertNull(_rendered.get("attemptId"));
		_sessionErrors.verify(
			() -> SessionErrors.add(any(PortletRequest.class), eq(DiagnosticsWebKeys.VIOLATIONS), any()));
	}

	@Test
	void openSessionUsesThePagesSiteAndDays() throws Exception {
		_command(new OpenSessionMVCActionCommand()).doProcessAction(
			PortletRequests.actionRequest(
				"groupId", "999", "name", "Осенняя диагностика", "schoolId", "11", "subject", "Математика",
				"startDate", "2024-10-01", "endDate", "2024-10-31", "timeLimit", "45", "teacherUserIds", "101",
				"teacherUserIds", "102"),
			_actionResponse);

		verify(_diagnosticSessionService).openSession(
			PortletRequests.SCOPE_GROUP_ID, "Осенняя диагностика", 11, "Математика", _day(2024, 10, 1),
			_day(2024, 10, 31), 45, new long[] {101, 102});
		assertNull(OpenSessionMVCActionCommand.day("31.10.2024"), "not a date input's value");
	}

	@Test
	void proposeRouteShowsTheResultWithTheRoute() throws Exception {
		_command(new ProposeRouteMVCActionCommand()).doProcessAction(
			PortletRequests.actionRequest("attemptId", "1"), _actionResponse);

		verify(_routeService).proposeRoute(1);
		assertEquals(DiagnosticsWebKeys.MVC_RESULT, _rendered.get("mvcRenderCommandName"));
	}

	@Test
	void routeActionsAreAddedChangedAndRemovedThroughTheServiceAndTheResultShowsAgain() throws Exception {
		_command(new AddRouteActionMVCActionCommand()).doProcessAction(
			PortletRequests.actionRequest(
				"attemptId", "1", "routeId", "7", "competenceCode", "M-ALG", "actionType", "course", "title",
				"Курс по алгебре", "deadline", "2025-03-31"),
			_actionResponse);

		verify(_routeService).addAction(7, "M-ALG", "course", "Курс по алгебре", _day(2025, 3, 31));
		assertEquals(DiagnosticsWebKeys.MVC_RESULT, _rendered.get("mvcRenderCommandName"));
		assertEquals("1", _rendered.get("attemptId"));

		_command(new UpdateRouteActionMVCActionCommand()).doProcessAction(
			PortletRequests.actionRequest(
				"attemptId", "1", "routeActionId", "70", "title", "Стажировка", "deadline", "2025-04-30", "comment",
				"по согласованию с директором"),
			_actionResponse);

		verify(_routeService).updateAction(70, "Стажировка", _day(2025, 4, 30), "по согласованию с директором");

		_command(new DeleteRouteActionMVCActionCommand()).doProcessAction(
			PortletRequests.actionRequest("attemptId", "1", "routeActionId", "70"), _actionResponse);

		verify(_routeService).deleteAction(70);
		_sessionErrors.verify(
			() -> SessionErrors.add(any(PortletRequest.class), eq(DiagnosticsWebKeys.VIOLATIONS), any()),
			org.mockito.Mockito.never());
	}

	@Test
	void aRejectedRouteActionKeepsTheReasonsAndShowsTheResultAgain() throws Exception {
		when(
			_routeService.updateAction(eq(70L), any(), any(), any())
		).thenThrow(
			new DiagnosticsValidationException(List.of(Violation.of("deadline", "diagnostics-deadline-after-route")))
		);

		_command(new UpdateRouteActionMVCActionCommand()).doProcessAction(
			PortletRequests.actionRequest("attemptId", "1", "routeActionId", "70", "title", "x", "deadline", "2030-01-01"),
			_actionResponse);

		_sessionErrors.verify(
			() -> SessionErrors.add(any(PortletRequest.class), eq(DiagnosticsWebKeys.VIOLATIONS), any()));
		assertEquals(DiagnosticsWebKeys.MVC_RESULT, _rendered.get("mvcRenderCommandName"));
	}

	@Test
	void aMissingPermissionOnTheRoutePropagates() throws Exception {
		when(
			_routeService.deleteAction(71L)
		).thenThrow(
			new com.liferay.portal.kernel.security.auth.PrincipalException.MustHavePermission(
				0, "ru.opora.diagnostics.model.Route", 7, "UPDATE")
		);

		org.junit.jupiter.api.Assertions.assertThrows(
			com.liferay.portal.kernel.security.auth.PrincipalException.class,
			() -> _command(new DeleteRouteActionMVCActionCommand()).doProcessAction(
				PortletRequests.actionRequest("attemptId", "1", "routeActionId", "71"), _actionResponse));
	}

	private static Date _day(int year, int month, int day) {
		return Date.from(LocalDate.of(year, month, day).atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	private void _attempt(String status) throws Exception {
		Attempt attempt = mock(Attempt.class);

		when(attempt.getStatus()).thenReturn(status);
		when(attempt.getAttemptId()).thenReturn(1L);
		when(_attemptService.saveAnswers(eq(1L), any())).thenReturn(attempt);
	}

	private <T> T _command(T command) throws Exception {
		Fields.set(command, "_diagnosticsServices", _services);

		return command;
	}

	private final MockedStatic<SessionErrors> _sessionErrors = Mockito.mockStatic(SessionErrors.class);
	private final MockedStatic<SessionMessages> _sessionMessages = Mockito.mockStatic(SessionMessages.class);
	private final ActionResponse _actionResponse = mock(ActionResponse.class);
	private final AttemptService _attemptService = mock(AttemptService.class);
	private final DiagnosticSessionService _diagnosticSessionService = mock(DiagnosticSessionService.class);
	private final Portal _portal = mock(Portal.class);
	private final MutableRenderParameters _renderParameters = mock(MutableRenderParameters.class);
	private final Map<String, String> _rendered = new HashMap<>();
	private final RouteService _routeService = mock(RouteService.class);
	private final DiagnosticsServices _services = new DiagnosticsServices();

}
