package ru.opora.diagnostics.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.PortletResponseUtil;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCResourceCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCResourceCommand;
import com.liferay.portal.kernel.repository.model.FileEntry;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.diagnostics.constants.DiagnosticsPortletKeys;
import ru.opora.diagnostics.web.internal.constants.DiagnosticsWebKeys;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;

/**
 * Sends the evidence file of a route action to whoever may see the route
 * (the teacher, their school's leaders, their mentor): the file carries no
 * Documents and Media permission for them, so it is read through the
 * permission-checked service, which logs the view.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + DiagnosticsPortletKeys.DIAGNOSTICS,
		"mvc.command.name=" + DiagnosticsWebKeys.MVC_DOWNLOAD_EVIDENCE
	},
	service = MVCResourceCommand.class
)
public class DownloadEvidenceMVCResourceCommand extends BaseMVCResourceCommand {

	@Override
	protected void doServeResource(ResourceRequest resourceRequest, ResourceResponse resourceResponse)
		throws Exception {

		FileEntry fileEntry = _diagnosticsServices.getRouteService().getEvidence(
			ParamUtil.getLong(resourceRequest, "routeActionId"));

		PortletResponseUtil.sendFile(
			resourceRequest, resourceResponse, fileEntry.getFileName(), fileEntry.getContentStream(),
			fileEntry.getMimeType());
	}

	@Reference
	private DiagnosticsServices _diagnosticsServices;

}
