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
 * Adds a competence (with its threshold) to the draft bank or changes one of
 * its competences; on violations the form again with every field's message
 * and the entered values, numbers as typed.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + DiagnosticsPortletKeys.DIAGNOSTICS,
		"mvc.command.name=" + DiagnosticsWebKeys.MVC_EDIT_COMPETENCE
	},
	service = MVCActionCommand.class
)
public class EditCompetenceMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(ActionRequest actionRequest, ActionResponse actionResponse) throws Exception {
		DiagnosticItemService diagnosticItemService = _diagnosticsServices.getDiagnosticItemService();
		long groupId = _diagnosticsServices.getPortal().getScopeGroupId(actionRequest);
		long competenceId = ParamUtil.getLong(actionRequest, "competenceId");
		String code = ParamUtil.getString(actionRequest, "code");
		String areaCode = ParamUtil.getString(actionRequest, "areaCode");
		String name = ParamUtil.getString(actionRequest, "name");
		String threshold = ParamUtil.getString(actionRequest, "threshold");
		String itemsPerSession = ParamUtil.getString(actionRequest, "itemsPerSession");

		try {
			if (competenceId > 0) {
				diagnosticItemService.updateCompetence(
					groupId, competenceId, areaCode, name, ActionSupport.integer(threshold),
					ActionSupport.integer(itemsPerSession));
			}
			else {
				diagnosticItemService.addCompetence(
					groupId, code, areaCode, name, ActionSupport.integer(threshold),
					ActionSupport.integer(itemsPerSession));
			}

			ActionSupport.succeeded(actionRequest, "diagnostics-competence-saved");
			ActionSupport.go(actionResponse, DiagnosticsWebKeys.MVC_BANK);
		}
		catch (DiagnosticsValidationException diagnosticsValidationException) {
			ActionSupport.rejected(actionRequest, _diagnosticsServices.getLanguage(), diagnosticsValidationException);
			ActionSupport.go(
				actionResponse, DiagnosticsWebKeys.MVC_EDIT_COMPETENCE, "competenceId", String.valueOf(competenceId),
				"code", code, "areaCode", areaCode, "name", name, "threshold", threshold, "itemsPerSession",
				itemsPerSession);
		}
	}

	@Reference
	private DiagnosticsServices _diagnosticsServices;

}
