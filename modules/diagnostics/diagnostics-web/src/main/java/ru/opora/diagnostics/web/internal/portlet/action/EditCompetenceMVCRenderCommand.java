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
import ru.opora.diagnostics.web.internal.display.context.EditCompetenceDisplayContext;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;

/**
 * The form of a new or existing competence of the draft bank with its threshold (MANAGE_BANK).
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + DiagnosticsPortletKeys.DIAGNOSTICS,
		"mvc.command.name=" + DiagnosticsWebKeys.MVC_EDIT_COMPETENCE
	},
	service = MVCRenderCommand.class
)
public class EditCompetenceMVCRenderCommand extends BaseDisplayContextMVCRenderCommand {

	@Override
	protected BaseDisplayContext create(
			RenderRequest renderRequest, RenderResponse renderResponse, DiagnosticsServices diagnosticsServices)
		throws PortalException {

		return new EditCompetenceDisplayContext(renderRequest, renderResponse, diagnosticsServices);
	}

	@Override
	protected DiagnosticsServices getDiagnosticsServices() {
		return _diagnosticsServices;
	}

	@Override
	protected String getPath() {
		return "/edit_competence.jsp";
	}

	@Reference
	private DiagnosticsServices _diagnosticsServices;

}
