package ru.opora.testing.portlet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.theme.ThemeDisplay;

import java.util.HashMap;
import java.util.Map;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.RenderRequest;
import javax.portlet.ResourceRequest;

import org.junit.jupiter.api.Test;

class PortletRequestsTest {

	@Test
	void parametersMayRepeat() {
		ActionRequest actionRequest = PortletRequests.actionRequest("id", "1", "tag", "a", "tag", "b");

		assertEquals("1", actionRequest.getParameter("id"));
		assertEquals("a", actionRequest.getParameter("tag"));
		assertArrayEquals(new String[] {"a", "b"}, actionRequest.getParameterValues("tag"));
		assertNull(actionRequest.getParameter("missing"));
		assertNull(actionRequest.getParameterValues("missing"));
	}

	@Test
	void everyRequestHasAThemeDisplayOfTheScopeGroup() {
		RenderRequest renderRequest = PortletRequests.renderRequest();
		ResourceRequest resourceRequest = PortletRequests.withParameters(
			org.mockito.Mockito.mock(ResourceRequest.class), 42, "x", "y");

		assertEquals(PortletRequests.SCOPE_GROUP_ID, PortletRequests.themeDisplay(renderRequest).getScopeGroupId());
		assertEquals(PortletRequests.LOCALE, PortletRequests.themeDisplay(renderRequest).getLocale());
		assertEquals(42, PortletRequests.themeDisplay(resourceRequest).getScopeGroupId());
		assertEquals("y", resourceRequest.getParameter("x"));
		assertEquals(
			PortletRequests.SCOPE_GROUP_ID,
			PortletRequests.themeDisplay(PortletRequests.resourceRequest()).getScopeGroupId());
	}

	@Test
	void thePermissionCheckerIsTheThemeDisplays() {
		RenderRequest renderRequest = PortletRequests.renderRequest();
		PermissionChecker permissionChecker = PortletRequests.permissionChecker(renderRequest);
		ThemeDisplay themeDisplay = PortletRequests.themeDisplay(renderRequest);

		assertSame(permissionChecker, themeDisplay.getPermissionChecker());
	}

	@Test
	void theActionResponseKeepsTheRenderParameters() {
		Map<String, String> rendered = new HashMap<>();
		ActionResponse actionResponse = PortletRequests.actionResponse(rendered);

		actionResponse.getRenderParameters().setValue("mvcRenderCommandName", "/edit");

		assertEquals(Map.of("mvcRenderCommandName", "/edit"), rendered);
	}

	@Test
	void theAttributeIsWhatTheCommandSet() {
		RenderRequest renderRequest = PortletRequests.renderRequest();
		Object displayContext = new Object();

		renderRequest.setAttribute("DISPLAY_CONTEXT", displayContext);

		assertSame(displayContext, PortletRequests.attribute(renderRequest, "DISPLAY_CONTEXT"));
	}

}
