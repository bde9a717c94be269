package ru.opora.diagnostics.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;

import java.util.List;
import java.util.Map;

import javax.portlet.PortletRequest;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.mockito.Mockito;

import ru.opora.diagnostics.model.Attempt;
import ru.opora.diagnostics.model.ItemView;
import ru.opora.diagnostics.service.AttemptService;
import ru.opora.diagnostics.web.internal.constants.DiagnosticsWebKeys;
import ru.opora.diagnostics.web.internal.display.context.TakeDisplayContext;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;
import ru.opora.testing.Fields;
import ru.opora.testing.portlet.PortletRequests;

/** A screen is built through the permission-checked services; a refusal shows the error page. */
class RenderCommandsTest {

	@AfterEach
	void tearDown() {
		_sessionErrors.close();
	}

	@Test
	void someoneElsesResultShowsTheErrorPage() throws Exception {
		when(_attemptService.getAttempt(1)).thenThrow(new PrincipalException.MustHavePermission(0, "x", 1, "VIEW"));

		RenderRequest renderRequest = PortletRequests.renderRequest("attemptId", "1");

		assertEquals("/error.jsp", _command(new ViewResultMVCRenderCommand()).render(renderRequest, mock(RenderResponse.class)));
		_sessionErrors.verify(() -> SessionErrors.add(any(PortletRequest.class), eq(PrincipalException.class)));
	}

	@Test
	void takePageShowsOneCompetenceWithTheSavedAnswers() throws Exception {
		Attempt attempt = mock(Attempt.class);

		when(attempt.getAnswers()).thenReturn("B1=2;3\nB2=1-2");
		when(attempt.getBankVersion()).thenReturn(1);
		when(_attemptService.getAttempt(1)).thenReturn(attempt);
		when(_attemptService.getCompetenceNames(1)).thenReturn(Map.of("M-GEO", "Геометрия"));
		when(_attemptService.getSecondsLeft(1)).thenReturn(600L);
		when(_attemptService.getItemViews(1)).thenReturn(
			List.of(
				new ItemView("A1", "M-ALG", "single", "?", List.of("x", "y"), List.of()),
				new ItemView("B1", "M-GEO", "multiple", "?", List.of("x", "y", "z"), List.of()),
				new ItemView("B2", "M-GEO", "matching", "?", List.of("l1", "l2"), List.of("r1", "r2"))));

		RenderRequest renderRequest = PortletRequests.renderRequest("attemptId", "1", "page", "7");

		assertEquals("/take.jsp", _command(new TakeAttemptMVCRenderCommand()).render(renderRequest, mock(RenderResponse.class)));

		ArgumentCaptorHolder holder = new ArgumentCaptorHolder();

		verify(renderRequest).setAttribute(eq(DiagnosticsWebKeys.DISPLAY_CONTEXT), Mockito.argThat(holder::keep));

		TakeDisplayContext context = (TakeDisplayContext)holder.value;

		assertEquals(1, context.getPage(), "page clamped to the last competence");
		assertEquals(2, context.getPageCount());
		assertEquals("Геометрия", context.getCompetenceName());
		assertTrue(context.isChosen(context.getItems().get(0), 3));
		assertEquals(2, context.getMatch(context.getItems().get(1), 1));
		assertTrue(context.isLastPage());
		assertEquals(600, context.getSecondsLeft());
	}

	private static final class ArgumentCaptorHolder {

		boolean keep(Object object) {
			value = object;

			return true;
		}

		Object value;

	}

	private <T> T _command(T command) throws Exception {
		Fields.set(_services, "_attemptService", _attemptService);

		return Fields.set(command, "_diagnosticsServices", _services);
	}

	private final AttemptService _attemptService = mock(AttemptService.class);
	private final MockedStatic<SessionErrors> _sessionErrors = Mockito.mockStatic(SessionErrors.class);
	private final DiagnosticsServices _services = DiagnosticsTestSupport.services();

}
