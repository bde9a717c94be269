package ru.opora.testing.portlet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.upload.UploadPortletRequest;
import com.liferay.portal.kernel.util.Portal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;
import javax.portlet.PortletRequest;

import org.mockito.ArgumentCaptor;
import org.mockito.MockedStatic;
import org.mockito.Mockito;

import ru.opora.domain.validation.Violation;
import ru.opora.testing.Fields;

/**
 * The portal statics an action command touches (ServiceContextFactory,
 * SessionErrors, SessionMessages, mocked while it is open), a Portal, an
 * UploadPortletRequest and an ActionResponse mock, and the checks every
 * command shares. Close it after each test.
 */
public class ActionCommandSupport implements AutoCloseable {

	/** Sets the field of the target (declared in its class or a superclass), as OSGi injects a reference. */
	public static void inject(Object target, String fieldName, Object value) {
		Fields.set(target, fieldName, value);
	}

	/** Exactly one violation of the field has the code. */
	public static void assertViolation(List<Violation> violations, String field, String code) {
		assertEquals(
			1, violations.stream().filter(v -> v.field().equals(field) && v.code().equals(code)).count(),
			"expected " + field + " " + code + " in " + violations);
	}

	/** @param portletId what {@code Portal.getPortletId} answers */
	public ActionCommandSupport(String portletId) {
		serviceContextFactory.when(
			() -> ServiceContextFactory.getInstance(anyString(), any(PortletRequest.class))
		).thenReturn(
			serviceContext
		);

		when(portal.escapeRedirect(anyString())).thenAnswer(invocation -> invocation.getArgument(0));
		when(portal.getPortletId(any(PortletRequest.class))).thenReturn(portletId);
		when(portal.getUploadPortletRequest(any(PortletRequest.class))).thenReturn(uploadPortletRequest);
		when(actionResponse.getRenderParameters()).thenReturn(renderParameters);
	}

	/**
	 * The exception went to SessionErrors keyed by its class, the parameters
	 * were copied, the form is rendered again and no redirect was sent;
	 * returns the exception.
	 */
	public <E extends Exception> E assertFormShownAgain(
			ActionRequest actionRequest, Class<E> exceptionClass, String mvcRenderCommandName)
		throws Exception {

		ArgumentCaptor<Object> exception = ArgumentCaptor.forClass(Object.class);

		sessionErrors.verify(() -> SessionErrors.add(eq(actionRequest), eq(exceptionClass), exception.capture()));
		verify(portal).copyRequestParameters(actionRequest, actionResponse);
		verify(renderParameters).setValue("mvcRenderCommandName", mvcRenderCommandName);
		verify(actionResponse, never()).sendRedirect(anyString());

		return exceptionClass.cast(exception.getValue());
	}

	/** The success message was added and the redirect sent, with no error. */
	public void assertSucceeded(ActionRequest actionRequest, String successKey, String redirect) throws Exception {
		sessionMessages.verify(() -> SessionMessages.add(actionRequest, successKey));
		verify(actionResponse).sendRedirect(redirect);
		sessionErrors.verify(() -> SessionErrors.add(any(PortletRequest.class), any(Class.class), any()), never());
	}

	@Override
	public void close() {
		serviceContextFactory.close();
		sessionErrors.close();
		sessionMessages.close();
	}

	/** Runs the command's doProcessAction with {@link #actionResponse}, unwrapping what it throws. */
	public void run(BaseMVCActionCommand command, ActionRequest actionRequest) throws Exception {
		Method method = command.getClass().getDeclaredMethod(
			"doProcessAction", ActionRequest.class, ActionResponse.class);

		method.setAccessible(true);

		try {
			method.invoke(command, actionRequest, actionResponse);
		}
		catch (InvocationTargetException invocationTargetException) {
			throw (Exception)invocationTargetException.getCause();
		}
	}

	public final ActionResponse actionResponse = mock(ActionResponse.class);
	public final Portal portal = mock(Portal.class);
	public final MutableRenderParameters renderParameters = mock(MutableRenderParameters.class);
	public final ServiceContext serviceContext = mock(ServiceContext.class);
	public final MockedStatic<ServiceContextFactory> serviceContextFactory = Mockito.mockStatic(
		ServiceContextFactory.class);
	public final MockedStatic<SessionErrors> sessionErrors = Mockito.mockStatic(SessionErrors.class);
	public final MockedStatic<SessionMessages> sessionMessages = Mockito.mockStatic(SessionMessages.class);
	public final UploadPortletRequest uploadPortletRequest = mock(UploadPortletRequest.class);

}
