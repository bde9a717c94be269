package ru.opora.diagnostics.web.internal.portlet.action;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.exception.PortalException;

import javax.portlet.RenderRequest;

import ru.opora.diagnostics.web.internal.constants.DiagnosticsWebKeys;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;
import ru.opora.portal.feature.OporaFeature;
import ru.opora.portal.feature.OporaFeatureService;
import ru.opora.testing.Fields;
import ru.opora.testing.portlet.PortletRequests;

/** What the diagnostics web tests share beyond the portlet requests of opora-test-support. */
final class DiagnosticsTestSupport {

	/** The display context a render command left in the request for its JSP. */
	static <T> T displayContext(RenderRequest renderRequest) {
		return PortletRequests.attribute(renderRequest, DiagnosticsWebKeys.DISPLAY_CONTEXT);
	}

	/** The services of the web module with diagnostics switched on in every site; set the others per test. */
	static DiagnosticsServices services() {
		OporaFeatureService oporaFeatureService = mock(OporaFeatureService.class);

		try {
			when(oporaFeatureService.isEnabled(anyLong(), any(OporaFeature.class))).thenReturn(true);
		}
		catch (PortalException portalException) {
			throw new IllegalStateException(portalException);
		}

		return Fields.set(new DiagnosticsServices(), "_oporaFeatureService", oporaFeatureService);
	}

	private DiagnosticsTestSupport() {
	}

}
