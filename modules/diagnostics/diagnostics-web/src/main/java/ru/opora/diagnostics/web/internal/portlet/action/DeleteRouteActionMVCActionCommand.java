package ru.opora.diagnostics.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.ParamUtil;

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
 * Removes a planned action from a route (a done one stays): the teacher or a leader of their school
 * (the service checks UPDATE on the route); a done action is refused with the reason.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + DiagnosticsPortletKeys.DIAGNOSTICS,
		"mvc.command.name=" + DiagnosticsWebKeys.MVC_DELETE_ACTION
	},
	service = MVCActionCommand.class
)
public class DeleteRouteActionMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(ActionRequest actionRequest, ActionResponse actionResponse) throws Exception {
		try {
			_diagnosticsServices.getRouteService().deleteAction(ParamUtil.getLong(actionRequest, "routeActionId"));

			ActionSupport.succeeded(actionRequest, "diagnostics-route-action-deleted");
		}
		catch (DiagnosticsValidationException diagnosticsValidationException) {
			ActionSupport.rejected(actionRequest, _diagnosticsServices.getLanguage(), diagnosticsValidationException);
		}

		ActionSupport.go(
			actionResponse, DiagnosticsWebKeys.MVC_RESULT, "attemptId", ParamUtil.getString(actionRequest, "attemptId"));
	}

	@Reference
	private DiagnosticsServices _diagnosticsServices;

}
