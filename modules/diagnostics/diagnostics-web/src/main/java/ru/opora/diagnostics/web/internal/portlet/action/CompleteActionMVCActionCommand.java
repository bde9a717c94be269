package ru.opora.diagnostics.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.upload.UploadPortletRequest;
import com.liferay.portal.kernel.util.FileUtil;
import com.liferay.portal.kernel.util.ParamUtil;

import java.io.File;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.diagnostics.constants.DiagnosticsPortletKeys;
import ru.opora.diagnostics.exception.DiagnosticsValidationException;
import ru.opora.diagnostics.web.internal.constants.DiagnosticsWebKeys;
import ru.opora.diagnostics.web.internal.util.ActionSupport;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;

/**
 * The teacher marks a route action done with its evidence (a certificate
 * scan, a report): the file goes to the route's Documents and Media folder.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + DiagnosticsPortletKeys.DIAGNOSTICS,
		"mvc.command.name=" + DiagnosticsWebKeys.MVC_COMPLETE_ACTION
	},
	service = MVCActionCommand.class
)
public class CompleteActionMVCActionCommand extends BaseMVCActionCommand {

	/** Evidence scans up to 20 MB. */
	public static final long MAX_SIZE = 20L * 1024 * 1024;

	@Override
	protected void doProcessAction(ActionRequest actionRequest, ActionResponse actionResponse) throws Exception {
		UploadPortletRequest uploadPortletRequest = _diagnosticsServices.getPortal().getUploadPortletRequest(
			actionRequest);
		long attemptId = ParamUtil.getLong(uploadPortletRequest, "attemptId");
		File file = uploadPortletRequest.getFile("evidence");
		String fileName = uploadPortletRequest.getFileName("evidence");

		try {
			byte[] bytes = ((file == null) || !file.exists() || (file.length() > MAX_SIZE)) ? null :
				FileUtil.getBytes(file);

			_diagnosticsServices.getRouteService().completeAction(
				ParamUtil.getLong(uploadPortletRequest, "routeActionId"), fileName,
				uploadPortletRequest.getContentType("evidence"), bytes,
				ParamUtil.getString(uploadPortletRequest, "comment"));

			ActionSupport.succeeded(actionRequest, "diagnostics-action-done-saved");
		}
		catch (DiagnosticsValidationException diagnosticsValidationException) {
			ActionSupport.rejected(actionRequest, _diagnosticsServices.getLanguage(), diagnosticsValidationException);
		}

		ActionSupport.go(actionResponse, DiagnosticsWebKeys.MVC_RESULT, "attemptId", String.valueOf(attemptId));
	}

	@Reference
	private DiagnosticsServices _diagnosticsServices;

}
