package ru.opora.diagnostics.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.List;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.diagnostics.constants.DiagnosticsPortletKeys;
import ru.opora.diagnostics.exception.DiagnosticsValidationException;
import ru.opora.diagnostics.web.internal.constants.DiagnosticsWebKeys;
import ru.opora.diagnostics.web.internal.util.ActionSupport;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;
import ru.opora.diagnostics.web.internal.util.ResultsWorkbook;
import ru.opora.diagnostics.web.internal.util.UploadedWorkbook;
import ru.opora.domain.diagnostics.ResultsSheet;

/**
 * Imports a regional centre's results workbook into the page's site through
 * the permission-checked AttemptService: either every row is stored and the
 * count shown, or nothing is stored and every problem is listed with its row,
 * column and reason.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + DiagnosticsPortletKeys.DIAGNOSTICS,
		"mvc.command.name=" + DiagnosticsWebKeys.MVC_IMPORT_RESULTS
	},
	service = MVCActionCommand.class
)
public class ImportResultsMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(ActionRequest actionRequest, ActionResponse actionResponse) throws Exception {
		ThemeDisplay themeDisplay = (ThemeDisplay)actionRequest.getAttribute(WebKeys.THEME_DISPLAY);
		List<List<String>> rows = UploadedWorkbook.read(_diagnosticsServices.getPortal(), actionRequest, "workbook");

		ActionSupport.go(actionResponse, DiagnosticsWebKeys.MVC_RESULTS_IMPORT);

		if (rows == null) {
			SessionErrors.add(
				actionRequest, DiagnosticsWebKeys.VIOLATIONS,
				List.of(_diagnosticsServices.getLanguage().get(themeDisplay.getLocale(), "diagnostics-not-a-workbook")));

			return;
		}

		try {
			ResultsSheet.Report report = _diagnosticsServices.getAttemptService().importExternalResults(
				themeDisplay.getScopeGroupId(), rows);

			if (report.problems().isEmpty()) {
				SessionMessages.add(actionRequest, DiagnosticsWebKeys.RESULTS_IMPORTED, report.imported());
			}
			else {
				SessionErrors.add(
					actionRequest, DiagnosticsWebKeys.VIOLATIONS,
					ResultsWorkbook.messages(
						_diagnosticsServices.getLanguage(), themeDisplay.getLocale(), report.problems()));
			}
		}
		catch (DiagnosticsValidationException diagnosticsValidationException) {
			ActionSupport.rejected(actionRequest, _diagnosticsServices.getLanguage(), diagnosticsValidationException);
		}
	}

	@Reference
	private DiagnosticsServices _diagnosticsServices;

}
