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
 * Adds an item to the draft bank or changes one of its items; on violations
 * the form again with every field's message and the entered values.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + DiagnosticsPortletKeys.DIAGNOSTICS,
		"mvc.command.name=" + DiagnosticsWebKeys.MVC_EDIT_ITEM
	},
	service = MVCActionCommand.class
)
public class EditItemMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(ActionRequest actionRequest, ActionResponse actionResponse) throws Exception {
		DiagnosticItemService diagnosticItemService = _diagnosticsServices.getDiagnosticItemService();
		long groupId = _diagnosticsServices.getPortal().getScopeGroupId(actionRequest);
		long diagnosticItemId = ParamUtil.getLong(actionRequest, "diagnosticItemId");
		String code = ParamUtil.getString(actionRequest, "code");
		String competenceCode = ParamUtil.getString(actionRequest, "competenceCode");
		String itemType = ParamUtil.getString(actionRequest, "itemType");
		String text = ParamUtil.getString(actionRequest, "text");
		String options = ParamUtil.getString(actionRequest, "options");
		String matches = ParamUtil.getString(actionRequest, "matches");
		String scoringKey = ParamUtil.getString(actionRequest, "scoringKey");
		int weight = ParamUtil.getInteger(actionRequest, "weight");

		try {
			if (diagnosticItemId > 0) {
				diagnosticItemService.updateItem(
					groupId, diagnosticItemId, competenceCode, itemType, text, options, matches, scoringKey, weight);
			}
			else {
				diagnosticItemService.addItem(
					groupId, code, competenceCode, itemType, text, options, matches, scoringKey, weight);
			}

			ActionSupport.succeeded(actionRequest, "diagnostics-item-saved");
			ActionSupport.go(actionResponse, DiagnosticsWebKeys.MVC_BANK);
		}
		catch (DiagnosticsValidationException diagnosticsValidationException) {
			ActionSupport.rejected(actionRequest, _diagnosticsServices.getLanguage(), diagnosticsValidationException);
			ActionSupport.go(
				actionResponse, DiagnosticsWebKeys.MVC_EDIT_ITEM, "diagnosticItemId", String.valueOf(diagnosticItemId),
				"code", code, "competenceCode", competenceCode, "itemType", itemType, "text", text, "options", options,
				"matches", matches, "scoringKey", scoringKey, "weight", String.valueOf(weight));
		}
	}

	@Reference
	private DiagnosticsServices _diagnosticsServices;

}
