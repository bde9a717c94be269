package ru.opora.schools.web.internal.portlet.action;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.Portal;

import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;
import javax.portlet.PortletRequest;

import org.mockito.MockedStatic;
import org.mockito.Mockito;

/**
 * The portal statics an action command touches (ServiceContextFactory,
 * SessionErrors, SessionMessages) and a Portal and ActionResponse mock.
 */
class ActionCommandTestSupport implements AutoCloseable {

	ActionCommandTestSupport() {
		serviceContextFactory.when(
			() -> ServiceContextFactory.getInstance(anyString(), any(PortletRequest.class))
		).thenReturn(
			serviceContext
		);

		when(portal.escapeRedirect(anyString())).thenAnswer(invocation -> invocation.getArgument(0));
		when(portal.getPortletId(any(PortletRequest.class))).thenReturn("schools");
		when(actionResponse.getRenderParameters()).thenReturn(renderParameters);
	}

	@Override
	public void close() {
		serviceContextFactory.close();
		sessionErrors.close();
		sessionMessages.close();
	}

	final ActionResponse actionResponse = mock(ActionResponse.class);
	final Portal portal = mock(Portal.class);
	final MutableRenderParameters renderParameters = mock(MutableRenderParameters.class);
	final ServiceContext serviceContext = mock(ServiceContext.class);
	final MockedStatic<ServiceContextFactory> serviceContextFactory = Mockito.mockStatic(
		ServiceContextFactory.class);
	final MockedStatic<SessionErrors> sessionErrors = Mockito.mockStatic(SessionErrors.class);
	final MockedStatic<SessionMessages> sessionMessages = Mockito.mockStatic(SessionMessages.class);

}
