package ru.opora.cooperation.web.internal.portlet.action;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.upload.UploadPortletRequest;
import com.liferay.portal.kernel.util.Portal;

import java.lang.reflect.Field;
import java.util.List;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;
import javax.portlet.PortletRequest;

import org.mockito.ArgumentCaptor;
import org.mockito.MockedStatic;
import org.mockito.Mockito;

import ru.opora.domain.validation.Violation;

import ru.opora.cooperation.exception.CooperationValidationException;

/**
 * The portal statics an action command touches (ServiceContextFactory,
 * SessionErrors, SessionMessages), a Portal and an ActionResponse mock, and
 * the checks every command shares.
 */
class ActionCommandTestSupport implements AutoCloseable {

	static void inject(Class<?> clazz, Object target, String fieldName, Object value) throws Exception {
		Field field = clazz.getDeclaredField(fieldName);

		field.setAccessible(true);
		field.set(target, value);
	}

	static void inject(Object target, String fieldName, Object value) throws Exception {
		Field field = target.getClass().getDeclaredField(fieldName);

		field.setAccessible(true);
		field.set(target, value);
	}

	ActionCommandTestSupport() {
		serviceContextFactory.when(
			() -> ServiceContextFactory.getInstance(anyString(), any(PortletRequest.class))
		).thenReturn(
			serviceContext
		);

		when(portal.escapeRedirect(anyString())).thenAnswer(invocation -> invocation.getArgument(0));
		when(portal.getPortletId(any(PortletRequest.class))).thenReturn("cooperation");
		when(portal.getUploadPortletRequest(any(PortletRequest.class))).thenReturn(uploadPortletRequest);
		when(actionResponse.getRenderParameters()).thenReturn(renderParameters);
	}

	/** The success message was added and the redirect sent. */
	void assertSucceeded(ActionRequest actionRequest, String successKey, String redirect) throws Exception {
		sessionMessages.verify(() -> SessionMessages.add(actionRequest, successKey));
		verify(actionResponse).sendRedirect(redirect);
		sessionErrors.verify(() -> SessionErrors.add(any(PortletRequest.class), any(Class.class), any()), never());
	}

	/**
	 * The violations went to SessionErrors keyed by the exception class, the
	 * parameters were copied, the form is rendered again and no redirect was
	 * sent; returns the violations.
	 */
	List<Violation> assertFormShownAgain(ActionRequest actionRequest, String mvcRenderCommandName)
		throws Exception {

		ArgumentCaptor<Object> exception = ArgumentCaptor.forClass(Object.class);

		sessionErrors.verify(
			() -> SessionErrors.add(eq(actionRequest), eq(CooperationValidationException.class), exception.capture()));
		verify(portal).copyRequestParameters(actionRequest, actionResponse);
		verify(renderParameters).setValue("mvcRenderCommandName", mvcRenderCommandName);
		verify(actionResponse, never()).sendRedirect(anyString());

		return ((CooperationValidationException)exception.getValue()).getViolations();
	}

	static void assertViolation(List<Violation> violations, String field, String code) {
		assertEquals(
			1, violations.stream().filter(v -> v.field().equals(field) && v.code().equals(code)).count(),
			"expected " + field + " " + code + " in " + violations);
	}

	/** Runs the command's doProcessAction, unwrapping what it throws. */
	void run(com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand command, ActionRequest actionRequest)
		throws Exception {

		java.lang.reflect.Method method = command.getClass().getDeclaredMethod(
			"doProcessAction", ActionRequest.class, ActionResponse.class);

		method.setAccessible(true);

		try {
			method.invoke(command, actionRequest, actionResponse);
		}
		catch (java.lang.reflect.InvocationTargetException invocationTargetException) {
			throw (Exception)invocationTargetException.getCause();
		}
	}

	@Override
	public void close() {
		serviceContextFactory.close();
		sessionErrors.close();
		sessionMessages.close();
	}

	final ActionResponse actionResponse = mock(ActionResponse.class);
	final UploadPortletRequest uploadPortletRequest = mock(UploadPortletRequest.class);
	final Portal portal = mock(Portal.class);
	final MutableRenderParameters renderParameters = mock(MutableRenderParameters.class);
	final ServiceContext serviceContext = mock(ServiceContext.class);
	final MockedStatic<ServiceContextFactory> serviceContextFactory = Mockito.mockStatic(
		ServiceContextFactory.class);
	final MockedStatic<SessionErrors> sessionErrors = Mockito.mockStatic(SessionErrors.class);
	final MockedStatic<SessionMessages> sessionMessages = Mockito.mockStatic(SessionMessages.class);

}
