package ru.opora.diagnostics.web.internal.portlet.action;

import com.liferay.portal.kernel.language.Language;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.List;
import java.util.Locale;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.diagnostics.constants.DiagnosticsPortletKeys;
import ru.opora.diagnostics.exception.DiagnosticsValidationException;
import ru.opora.diagnostics.web.internal.constants.DiagnosticsWebKeys;
import ru.opora.diagnostics.web.internal.util.ActionSupport;
import ru.opora.diagnostics.web.internal.util.BankColumns;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;
import ru.opora.diagnostics.web.internal.util.SheetProblems;
import ru.opora.diagnostics.web.internal.util.UploadedWorkbook;
import ru.opora.domain.diagnostics.SheetProblem;

/**
 * Imports a bank workbook (the export's format) into the draft: every
 * rejected row is reported with its row, column and reason, and nothing is
 * stored unless every row is valid.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + DiagnosticsPortletKeys.DIAGNOSTICS,
		"mvc.command.name=" + DiagnosticsWebKeys.MVC_IMPORT_BANK
	},
	service = MVCActionCommand.class
)
public class ImportBankMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(ActionRequest actionRequest, ActionResponse actionResponse) throws Exception {
		ThemeDisplay themeDisplay = (ThemeDisplay)actionRequest.getAttribute(WebKeys.THEME_DISPLAY);
		List<List<String>> rows = UploadedWorkbook.read(_diagnosticsServices.getPortal(), actionRequest, "workbook");

		if (rows == null) {
			SessionErrors.add(
				actionRequest, DiagnosticsWebKeys.VIOLATIONS,
				List.of(_diagnosticsServices.getLanguage().get(themeDisplay.getLocale(), "diagnostics-not-a-workbook")));
			ActionSupport.go(actionResponse, DiagnosticsWebKeys.MVC_BANK);

			return;
		}

		try {
			List<SheetProblem> problems = _diagnosticsServices.getDiagnosticItemService().importBank(
				themeDisplay.getScopeGroupId(), rows.isEmpty() ? rows : rows.subList(1, rows.size()));

			if (problems.isEmpty()) {
				ActionSupport.succeeded(actionRequest, "diagnostics-bank-imported");
			}
			else {
				Language language = _diagnosticsServices.getLanguage();
				Locale locale = themeDisplay.getLocale();

				SessionErrors.add(
					actionRequest, DiagnosticsWebKeys.VIOLATIONS,
					SheetProblems.messages(
						language, locale, problems, column -> BankColumns.header(language, locale, column)));
			}
		}
		catch (DiagnosticsValidationException diagnosticsValidationException) {
			ActionSupport.rejected(actionRequest, _diagnosticsServices.getLanguage(), diagnosticsValidationException);
		}

		ActionSupport.go(actionResponse, DiagnosticsWebKeys.MVC_BANK);
	}

	@Reference
	private DiagnosticsServices _diagnosticsServices;

}
