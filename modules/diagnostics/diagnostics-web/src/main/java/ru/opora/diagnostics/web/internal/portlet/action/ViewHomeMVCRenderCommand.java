package ru.opora.diagnostics.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.diagnostics.constants.DiagnosticsPortletKeys;
import ru.opora.diagnostics.web.internal.display.context.BaseDisplayContext;
import ru.opora.diagnostics.web.internal.display.context.HomeDisplayContext;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;

/**
 * The teacher's own page (consent, assigned diagnostics, results), with
 * links to the screens the viewer's roles open.
 *
 * @author Opora
 */
@Component(
	property = {"javax.portlet.name=" + DiagnosticsPortletKeys.DIAGNOSTICS, "mvc.command.name=/"},
	service = MVCRenderCommand.class
)
public class ViewHomeMVCRenderCommand extends BaseDisplayContextMVCRenderCommand {

	@Override
	protected BaseDisplayContext create(
			RenderRequest renderRequest, RenderResponse renderResponse, DiagnosticsServices diagnosticsServices)
		throws PortalException {

		return new HomeDisplayContext(renderRequest, renderResponse, diagnosticsServices);
	}

	@Override
	protected DiagnosticsServices getDiagnosticsServices() {
		return _diagnosticsServices;
	}

	@Override
	protected String getPath() {
		return "/view.jsp";
	}

	@Reference
	private DiagnosticsServices _diagnosticsServices;

}
