package ru.opora.diagnostics.web.internal.portlet.action;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Props;
import com.liferay.portal.kernel.util.PropsUtil;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.portlet.ActionRequest;
import javax.portlet.PortletRequest;
import javax.portlet.RenderRequest;
import javax.portlet.ResourceRequest;

/** Mocked portlet requests with parameters (a name may repeat) and a theme display. */
public final class PortletRequests {

	public static final long SCOPE_GROUP_ID = 20123;

	static {

		// ParamUtil reads portal properties when it is initialised

		PropsUtil.setProps(mock(Props.class));
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
