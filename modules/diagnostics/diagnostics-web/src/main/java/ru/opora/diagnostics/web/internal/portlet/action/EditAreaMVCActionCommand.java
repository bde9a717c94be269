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
import ru.opora.diagnostics.service.DiagnosticItemService;
import ru.opora.diagnostics.web.internal.constants.DiagnosticsWebKeys;
import ru.opora.diagnostics.web.internal.util.ActionSupport;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;

/**
 * Adds a competence area to the draft bank or changes one of its areas; on
 * violations the form again with every field's message and the entered values.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + DiagnosticsPortletKeys.DIAGNOSTICS,
		"mvc.command.name=" + DiagnosticsWebKeys.MVC_EDIT_AREA
	},
	service = MVCActionCommand.class
)
public class EditAreaMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(ActionRequest actionRequest, ActionResponse actionResponse) throws Exception {
		DiagnosticItemService diagnosticItemService = _diagnosticsServices.getDiagnosticItemService();
		long groupId = _diagnosticsServices.getPortal().getScopeGroupId(actionRequest);
		long competenceAreaId = ParamUtil.getLong(actionRequest, "competenceAreaId");
		String code = ParamUtil.getString(actionRequest, "code");
		String name = ParamUtil.getString(actionRequest, "name");
		String kind = ParamUtil.getString(actionRequest, "kind");
		String subject = ParamUtil.getString(actionRequest, "subject");

		try {
			if (competenceAreaId > 0) {
				diagnosticItemService.updateCompetenceArea(groupId, competenceAreaId, name, kind, subject);
			}
			else {
				diagnosticItemService.addCompetenceArea(groupId, code, name, kind, subject);
			}

			ActionSupport.succeeded(actionRequest, "diagnostics-area-saved");
			ActionSupport.go(actionResponse, DiagnosticsWebKeys.MVC_BANK);
		}
		catch (DiagnosticsValidationException diagnosticsValidationException) {
			ActionSupport.rejected(actionRequest, _diagnosticsServices.getLanguage(), diagnosticsValidationException);
			ActionSupport.go(
				actionResponse, DiagnosticsWebKeys.MVC_EDIT_AREA, "competenceAreaId", String.valueOf(competenceAreaId),
				"code", code, "name", name, "kind", kind, "subject", subject);
		}
	}

	@Reference
	private DiagnosticsServices _diagnosticsServices;

}
