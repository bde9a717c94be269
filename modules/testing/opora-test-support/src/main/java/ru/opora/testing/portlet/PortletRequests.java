package ru.opora.testing.portlet;

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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;
import javax.portlet.PortletRequest;
import javax.portlet.RenderRequest;
import javax.portlet.ResourceRequest;

import org.mockito.Mockito;

/**
 * Mocked portlet requests with parameters (a name may repeat: getParameter
 * gives the first value, getParameterValues all) and a mocked theme display
 * with a scope group id and a locale.
 */
public final class PortletRequests {

	public static final Locale LOCALE = Locale.US;

	public static final long SCOPE_GROUP_ID = 20123;

	static {

		// ParamUtil reads portal properties when it is initialised

		PropsUtil.setProps(mock(Props.class));
	}

	public static ActionRequest actionRequest(String... parameters) {
		return withParameters(mock(ActionRequest.class), SCOPE_GROUP_ID, parameters);
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

	/** The value a command set as the request attribute {@code name} (e.g. the display context for its JSP). */
	@SuppressWarnings("unchecked")
	public static <T> T attribute(PortletRequest portletRequest, String name) {
		Object[] kept = new Object[1];

		verify(portletRequest).setAttribute(
			eq(name),
			Mockito.argThat(
				value -> {
					kept[0] = value;

					return true;
				}));

		return (T)kept[0];
	}

	/** Gives the request's theme display a permission checker (what it may do is up to the mocked permissions). */
	public static PermissionChecker permissionChecker(PortletRequest portletRequest) {
		PermissionChecker permissionChecker = mock(PermissionChecker.class);

		when(themeDisplay(portletRequest).getPermissionChecker()).thenReturn(permissionChecker);

		return permissionChecker;
	}

	public static RenderRequest renderRequest(String... parameters) {
		return withParameters(mock(RenderRequest.class), SCOPE_GROUP_ID, parameters);
	}

	public static ResourceRequest resourceRequest(String... parameters) {
		return withParameters(mock(ResourceRequest.class), SCOPE_GROUP_ID, parameters);
	}

	/** The mocked theme display of a request made here. */
	public static ThemeDisplay themeDisplay(PortletRequest portletRequest) {
		return (ThemeDisplay)portletRequest.getAttribute(WebKeys.THEME_DISPLAY);
	}

	/**
	 * Stubs the parameters (name, value, name, value...) of a mocked request
	 * and gives it a theme display of the scope group, in {@link #LOCALE}.
	 */
	public static <T extends PortletRequest> T withParameters(
		T portletRequest, long scopeGroupId, String... parameters) {

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

		when(themeDisplay.getScopeGroupId()).thenReturn(scopeGroupId);
		when(themeDisplay.getLocale()).thenReturn(LOCALE);
		when(portletRequest.getAttribute(WebKeys.THEME_DISPLAY)).thenReturn(themeDisplay);

		return portletRequest;
	}

	private PortletRequests() {
	}

}
