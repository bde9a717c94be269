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
 * A school leader agrees a teacher's route.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + DiagnosticsPortletKeys.DIAGNOSTICS,
		"mvc.command.name=" + DiagnosticsWebKeys.MVC_AGREE_ROUTE
	},
	service = MVCActionCommand.class
)
public class AgreeRouteMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(ActionRequest actionRequest, ActionResponse actionResponse) throws Exception {
		long attemptId = ParamUtil.getLong(actionRequest, "attemptId");

		try {
			_diagnosticsServices.getRouteService().agreeRoute(ParamUtil.getLong(actionRequest, "routeId"));

			ActionSupport.succeeded(actionRequest, "diagnostics-route-agreed");
		}
		catch (DiagnosticsValidationException diagnosticsValidationException) {
			ActionSupport.rejected(actionRequest, _diagnosticsServices.getLanguage(), diagnosticsValidationException);
		}

		ActionSupport.go(actionResponse, DiagnosticsWebKeys.MVC_RESULT, "attemptId", String.valueOf(attemptId));
	}

	@Reference
	private DiagnosticsServices _diagnosticsServices;

}
