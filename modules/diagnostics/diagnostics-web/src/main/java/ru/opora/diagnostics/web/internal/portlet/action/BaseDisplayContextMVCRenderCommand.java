package ru.opora.diagnostics.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.diagnostics.web.internal.constants.DiagnosticsWebKeys;
import ru.opora.diagnostics.web.internal.display.context.BaseDisplayContext;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;
import ru.opora.diagnostics.web.internal.util.ErrorPage;
import ru.opora.portal.feature.OporaFeature;

/**
 * A screen = a display context built through the permission-checked services
 * and a JSP; a missing or forbidden record shows the error page. In a
 * municipality with diagnostics switched off every screen shows a notice to
 * the site's administrators and nothing to others.
 *
 * @author Opora
 */
public abstract class BaseDisplayContextMVCRenderCommand implements MVCRenderCommand {

	public static final String FEATURE_ADMIN = "FEATURE_ADMIN";

	@Override
	public String render(RenderRequest renderRequest, RenderResponse renderResponse) {
		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(WebKeys.THEME_DISPLAY);
		DiagnosticsServices diagnosticsServices = getDiagnosticsServices();

		try {
			if (!diagnosticsServices.getOporaFeatureService().isEnabled(
					themeDisplay.getScopeGroupId(), OporaFeature.DIAGNOSTICS)) {

				renderRequest.setAttribute(
					FEATURE_ADMIN, themeDisplay.getPermissionChecker().isGroupAdmin(themeDisplay.getScopeGroupId()));

				return "/feature_disabled.jsp";
			}

			renderRequest.setAttribute(
				DiagnosticsWebKeys.DISPLAY_CONTEXT, create(renderRequest, renderResponse, diagnosticsServices));

			return getPath();
		}
		catch (PortalException portalException) {
			return ErrorPage.show(renderRequest, portalException);
		}
	}

	protected abstract BaseDisplayContext create(
			RenderRequest renderRequest, RenderResponse renderResponse, DiagnosticsServices diagnosticsServices)
		throws PortalException;

	protected abstract DiagnosticsServices getDiagnosticsServices();

	protected abstract String getPath();

}
