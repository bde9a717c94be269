package ru.opora.diagnostics.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.diagnostics.web.internal.constants.DiagnosticsWebKeys;
import ru.opora.diagnostics.web.internal.display.context.BaseDisplayContext;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;
import ru.opora.diagnostics.web.internal.util.ErrorPage;

/**
 * A screen = a display context built through the permission-checked services
 * and a JSP; a missing or forbidden record shows the error page.
 *
 * @author Opora
 */
public abstract class BaseDisplayContextMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(RenderRequest renderRequest, RenderResponse renderResponse) {
		try {
			renderRequest.setAttribute(
				DiagnosticsWebKeys.DISPLAY_CONTEXT, create(renderRequest, renderResponse, getDiagnosticsServices()));

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
