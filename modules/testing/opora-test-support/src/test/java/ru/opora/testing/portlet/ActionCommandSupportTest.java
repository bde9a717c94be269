package ru.opora.testing.portlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.Portal;

import java.util.List;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import ru.opora.domain.validation.Violation;
import ru.opora.testing.Fields;

class ActionCommandSupportTest {

	@AfterEach
	void tearDown() {
		_support.close();
	}

	@Test
	void aSucceedingCommandIsRunWithTheMockedStatics() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest("name", "ok", "redirect", "/back");

		_support.run(_command, actionRequest);

		assertSame(_support.serviceContext, _command.serviceContext);
		assertEquals("opora", _command.portletId);
		_support.assertSucceeded(actionRequest, "saved", "/back");
		assertThrows(AssertionError.class, () -> _support.assertFormShownAgain(
			actionRequest, IllegalArgumentException.class, "/edit"));
	}

	@Test
	void aRejectedFormIsShownAgainWithTheException() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest("name", "", "redirect", "/back");

		_support.run(_command, actionRequest);

		ValidationException exception = _support.assertFormShownAgain(
			actionRequest, ValidationException.class, "/edit");

		ActionCommandSupport.assertViolation(exception.violations, "name", "required");
		assertThrows(
			AssertionError.class,
			() -> ActionCommandSupport.assertViolation(exception.violations, "name", "too-long"));
		assertThrows(AssertionError.class, () -> _support.assertSucceeded(actionRequest, "saved", "/back"));
	}

	@Test
	void whatTheCommandThrowsIsUnwrapped() {
		assertThrows(
			IllegalStateException.class, () -> _support.run(_command, PortletRequests.actionRequest("name", "boom")));
	}

	private final ActionCommandSupport _support = new ActionCommandSupport("opora");
	private final Command _command = Fields.set(new Command(), "_portal", _support.portal);

	private static class Command extends BaseMVCActionCommand {

		@Override
		protected void doProcessAction(ActionRequest actionRequest, ActionResponse actionResponse) throws Exception {
			serviceContext = ServiceContextFactory.getInstance("Model", actionRequest);
			portletId = _portal.getPortletId(actionRequest);

			String name = actionRequest.getParameter("name");

			if ("boom".equals(name)) {
				throw new IllegalStateException(name);
			}

			if (name.isEmpty()) {
				SessionErrors.add(
					actionRequest, ValidationException.class,
					new ValidationException(List.of(Violation.of("name", "required"))));
				_portal.copyRequestParameters(actionRequest, actionResponse);
				actionResponse.getRenderParameters().setValue("mvcRenderCommandName", "/edit");

				return;
			}

			SessionMessages.add(actionRequest, "saved");
			actionResponse.sendRedirect(_portal.escapeRedirect(actionRequest.getParameter("redirect")));
		}

		Object portletId;
		Object serviceContext;

		private Portal _portal;

	}

	private static class ValidationException extends Exception {

		ValidationException(List<Violation> violations) {
			this.violations = violations;
		}

		final List<Violation> violations;

	}

}
