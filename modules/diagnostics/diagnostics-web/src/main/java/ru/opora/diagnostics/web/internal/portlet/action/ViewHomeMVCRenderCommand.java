package ru.opora.diagnostics.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.diagnostics.constants.DiagnosticsPortletKeys;
import ru.opora.diagnostics.web.internal.constants.DiagnosticsWebKeys;
import ru.opora.diagnostics.web.internal.display.context.HomeDisplayContext;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;
import ru.opora.diagnostics.web.internal.util.ErrorPage;
import ru.opora.portal.feature.OporaFeature;

/**
 * The teacher's own page (consent, assigned diagnostics, results), with
 * links to the screens the viewer's roles open. A municipality with
 * diagnostics switched off shows a notice to its administrators, nothing to
 * others.
 *
 * @author Opora
 */
@Component(
	property = {"javax.portlet.name=" + DiagnosticsPortletKeys.DIAGNOSTICS, "mvc.command.name=/"},
	service = MVCRenderCommand.class
)
public class ViewHomeMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(RenderRequest renderRequest, RenderResponse renderResponse) {
		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(WebKeys.THEME_DISPLAY);

		try {
			if (!_diagnosticsServices.getOporaFeatureService().isEnabled(
					themeDisplay.getScopeGroupId(), OporaFeature.DIAGNOSTICS)) {

				renderRequest.setAttribute(
					"FEATURE_ADMIN", themeDisplay.getPermissionChecker().isGroupAdmin(themeDisplay.getScopeGroupId()));

				return "/feature_disabled.jsp";
			}

			renderRequest.setAttribute(
				DiagnosticsWebKeys.DISPLAY_CONTEXT,
				new HomeDisplayContext(renderRequest, renderResponse, _diagnosticsServices));

			return "/view.jsp";
		}
		catch (PortalException portalException) {
			return ErrorPage.show(renderRequest, portalException);
		}
	}

	@Reference
	private DiagnosticsServices _diagnosticsServices;

}
