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
import ru.opora.diagnostics.web.internal.display.context.ImportResultsDisplayContext;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;

/**
 * The import screen for a regional centre's results: the expected columns, a
 * template to download, the upload form and the last import's outcome
 * (IMPORT_RESULTS; without it the error page).
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + DiagnosticsPortletKeys.DIAGNOSTICS,
		"mvc.command.name=" + DiagnosticsWebKeys.MVC_RESULTS_IMPORT
	},
	service = MVCRenderCommand.class
)
public class ViewResultsImportMVCRenderCommand extends BaseDisplayContextMVCRenderCommand {

	@Override
	protected BaseDisplayContext create(
			RenderRequest renderRequest, RenderResponse renderResponse, DiagnosticsServices diagnosticsServices)
		throws PortalException {

		return new ImportResultsDisplayContext(renderRequest, renderResponse, diagnosticsServices);
	}

	@Override
	protected DiagnosticsServices getDiagnosticsServices() {
		return _diagnosticsServices;
	}

	@Override
	protected String getPath() {
		return "/results_import.jsp";
	}

	@Reference
	private DiagnosticsServices _diagnosticsServices;

}
