package ru.opora.diagnostics.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.diagnostics.constants.DiagnosticsPortletKeys;
import ru.opora.diagnostics.web.internal.constants.DiagnosticsWebKeys;
import ru.opora.diagnostics.web.internal.display.context.BaseDisplayContext;
import ru.opora.diagnostics.web.internal.display.context.TakeDisplayContext;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;

/**
 * One page of an attempt in progress (only the teacher: the service checks).
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + DiagnosticsPortletKeys.DIAGNOSTICS,
		"mvc.command.name=" + DiagnosticsWebKeys.MVC_TAKE
	},
	service = MVCRenderCommand.class
)
public class TakeAttemptMVCRenderCommand extends BaseDisplayContextMVCRenderCommand {

	@Override
	protected BaseDisplayContext create(
			RenderRequest renderRequest, RenderResponse renderResponse, DiagnosticsServices diagnosticsServices)
		throws PortalException {

		return new TakeDisplayContext(renderRequest, renderResponse, diagnosticsServices);
	}

	@Override
	protected DiagnosticsServices getDiagnosticsServices() {
		return _diagnosticsServices;
	}

	@Override
	protected String getPath() {
		return "/take.jsp";
	}

	@Reference
	private DiagnosticsServices _diagnosticsServices;

}
