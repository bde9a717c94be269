package ru.opora.diagnostics.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.portlet.PortletResponseUtil;
import com.liferay.portal.kernel.repository.model.FileEntry;
import com.liferay.portal.kernel.security.auth.PrincipalException;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Method;

import javax.portlet.MimeResponse;
import javax.portlet.PortletRequest;
import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.mockito.Mockito;

import ru.opora.diagnostics.service.RouteService;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;
import ru.opora.testing.Fields;
import ru.opora.testing.portlet.PortletRequests;

/** Evidence files are served through the permission-checked route service. */
class DownloadEvidenceMVCResourceCommandTest {

	@BeforeEach
	void setUp() throws Exception {
		Fields.set(_services, "_routeService", _routeService);
		Fields.set(_command, "_diagnosticsServices", _services);
	}

	@AfterEach
	void tearDown() {
		_portletResponseUtil.close();
	}

	@Test
	void theEvidenceOfTheActionIsSentWithItsNameAndType() throws Exception {
		FileEntry fileEntry = mock(FileEntry.class);
		InputStream content = new ByteArrayInputStream(new byte[] {1, 2});

		when(fileEntry.getFileName()).thenReturn("Удостоверение.pdf");
		when(fileEntry.getMimeType()).thenReturn("application/pdf");
		when(fileEntry.getContentStream()).thenReturn(content);
		when(_routeService.getEvidence(9)).thenReturn(fileEntry);

		ResourceRequest resourceRequest = PortletRequests.resourceRequest("routeActionId", "9");
		ResourceResponse resourceResponse = mock(ResourceResponse.class);

		_serve(resourceRequest, resourceResponse);

		_portletResponseUtil.verify(
			() -> PortletResponseUtil.sendFile(
				resourceRequest, resourceResponse, "Удостоверение.pdf", content, "application/pdf"));
	}

	@Test
	void withoutViewOnTheRouteNothingIsSent() throws Exception {
		when(
			_routeService.getEvidence(9)
		).thenThrow(
			new PrincipalException.MustHavePermission(0, "ru.opora.diagnostics.model.Route", 5, "VIEW")
		);

		assertThrows(
			PrincipalException.class,
			() -> _serve(PortletRequests.resourceRequest("routeActionId", "9"), mock(ResourceResponse.class)));
		_portletResponseUtil.verify(
			() -> PortletResponseUtil.sendFile(
				any(PortletRequest.class), any(MimeResponse.class), any(String.class), any(InputStream.class),
				any(String.class)),
			never());
	}

	private void _serve(ResourceRequest resourceRequest, ResourceResponse resourceResponse) throws Exception {
		Method method = DownloadEvidenceMVCResourceCommand.class.getDeclaredMethod(
			"doServeResource", ResourceRequest.class, ResourceResponse.class);

		method.setAccessible(true);

		try {
			method.invoke(_command, resourceRequest, resourceResponse);
		}
		catch (java.lang.reflect.InvocationTargetException invocationTargetException) {
			throw (Exception)invocationTargetException.getCause();
		}
	}

	private final DownloadEvidenceMVCResourceCommand _command = new DownloadEvidenceMVCResourceCommand();
	private final MockedStatic<PortletResponseUtil> _portletResponseUtil = Mockito.mockStatic(PortletResponseUtil.class);
	private final RouteService _routeService = mock(RouteService.class);
	private final DiagnosticsServices _services = new DiagnosticsServices();

}
