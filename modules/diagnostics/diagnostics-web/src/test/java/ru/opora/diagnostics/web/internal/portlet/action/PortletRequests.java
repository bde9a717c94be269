package ru.opora.diagnostics.web.internal.portlet.action;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.permission.PermissionChecker;

import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Props;
import com.liferay.portal.kernel.util.PropsUtil;
import com.liferay.portal.kernel.util.WebKeys;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;
import javax.portlet.PortletRequest;
import javax.portlet.RenderRequest;
import javax.portlet.ResourceRequest;

import org.mockito.Mockito;

import ru.opora.diagnostics.web.internal.constants.DiagnosticsWebKeys;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;
import ru.opora.portal.feature.OporaFeature;
import ru.opora.portal.feature.OporaFeatureService;

/** Mocked portlet requests with parameters (a name may repeat) and a theme display. */
public final class PortletRequests {

	public static final long SCOPE_GROUP_ID = 20123;

	static {

		// ParamUtil reads portal properties when it is initialised

		PropsUtil.setProps(mock(Props.class));
	}

	/** A mocked action response that writes the render parameters it is given into a map. */
	public static ActionResponse actionResponse(Map<String, String> rendered) {
		ActionResponse actionResponse = mock(ActionResponse.class);
		MutableRenderParameters renderParameters = mock(MutableRenderParameters.class);

		when(actionResponse.getRenderParameters()).thenReturn(renderParameters);
		when(renderParameters.setValue(anyString(), anyString())).thenAnswer(
			invocation -> {
				rendered.put(invocation.getArgument(0), invocation.getArgument(1));

				return null;
			});

		return actionResponse;
	}

	/** The display context a render command left in the request for its JSP. */
	@SuppressWarnings("unchecked")
	public static <T> T displayContext(RenderRequest renderRequest) {
		Object[] kept = new Object[1];

		verify(renderRequest).setAttribute(
			eq(DiagnosticsWebKeys.DISPLAY_CONTEXT),
			Mockito.argThat(
				value -> {
					kept[0] = value;

					return true;
				}));

		return (T)kept[0];
	}

	/** Gives the request's theme display a permission checker (what it may do is up to the mocked permissions). */
	public static void permissionChecker(PortletRequest portletRequest) {
		ThemeDisplay themeDisplay = (ThemeDisplay)portletRequest.getAttribute(WebKeys.THEME_DISPLAY);

		when(themeDisplay.getPermissionChecker()).thenReturn(mock(PermissionChecker.class));
	}

	/** The services of the web module with diagnostics switched on in every site; set the others per test. */
	public static DiagnosticsServices services() {
		DiagnosticsServices services = new DiagnosticsServices();
		OporaFeatureService oporaFeatureService = mock(OporaFeatureService.class);

		try {
			when(oporaFeatureService.isEnabled(anyLong(), any(OporaFeature.class))).thenReturn(true);

			Field field = DiagnosticsServices.class.getDeclaredField("_oporaFeatureService");

			field.setAccessible(true);
			field.set(services, oporaFeatureService);
		}
		catch (Exception exception) {
			throw new IllegalStateException(exception);
		}

		return services;
	}

	public static ActionRequest actionRequest(String... parameters) {
		return _withParameters(mock(ActionRequest.class), parameters);
	}

	public static ResourceRequest resourceRequest(String... parameters) {
		return _withParameters(mock(ResourceRequest.class), parameters);
	}

	public static RenderRequest renderRequest(String... parameters) {
		return _withParameters(mock(RenderRequest.class), parameters);
	}

	private static <T extends PortletRequest> T _withParameters(T portletRequest, String... parameters) {
		Map<String, List<String>> values = new HashMap<>();

		for (int i = 0; i < parameters.length; i += 2) {
			values.computeIfAbsent(parameters[i], name -> new ArrayList<>()).add(parameters[i + 1]);
		}

		when(portletRequest.getParameter(anyString())).thenAnswer(
			invocation -> {
				List<String> list = values.get(invocation.getArgument(0));

				return (list == null) ? null : list.get(0);
			});
		when(portletRequest.getParameterValues(anyString())).thenAnswer(
			invocation -> {
				List<String> list = values.get(invocation.getArgument(0));

				return (list == null) ? null : list.toArray(new String[0]);
			});

		ThemeDisplay themeDisplay = mock(ThemeDisplay.class);

		when(themeDisplay.getScopeGroupId()).thenReturn(SCOPE_GROUP_ID);
		when(themeDisplay.getLocale()).thenReturn(java.util.Locale.US);
		when(portletRequest.getAttribute(WebKeys.THEME_DISPLAY)).thenReturn(themeDisplay);

		return portletRequest;
	}

	private PortletRequests() {
	}

}
