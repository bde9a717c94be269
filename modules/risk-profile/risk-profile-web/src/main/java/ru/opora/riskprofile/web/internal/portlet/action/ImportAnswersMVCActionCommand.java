package ru.opora.riskprofile.web.internal.portlet.action;

import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.upload.UploadPortletRequest;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.ParamUtil;

import java.io.File;
import java.util.List;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.domain.validation.Violation;
import ru.opora.riskprofile.constants.RiskProfilePortletKeys;
import ru.opora.riskprofile.exception.RiskProfileValidationException;
import ru.opora.riskprofile.service.RiskSurveyResponseService;
import ru.opora.riskprofile.util.SurveyImportReport;
import ru.opora.riskprofile.web.internal.constants.RiskProfileWebKeys;

/**
 * Imports survey answers from a workbook (the federal system's export);
 * the report of every stored and rejected row is shown on the school's page.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + RiskProfilePortletKeys.RISK_PROFILE,
		"mvc.command.name=" + RiskProfileWebKeys.MVC_IMPORT_ANSWERS
	},
	service = MVCActionCommand.class
)
public class ImportAnswersMVCActionCommand extends BaseRiskMVCActionCommand {

	@Override
	protected String doAction(ActionRequest actionRequest) throws Exception {
		UploadPortletRequest uploadPortletRequest = portal.getUploadPortletRequest(actionRequest);

		File file = uploadPortletRequest.getFile("file");

		if ((file == null) || !file.exists() || (file.length() == 0)) {
			throw new RiskProfileValidationException(List.of(Violation.of("file", "required")));
		}

		SurveyImportReport report = _riskSurveyResponseService.importAnswers(
			ParamUtil.getLong(uploadPortletRequest, "schoolId"), ParamUtil.getInteger(uploadPortletRequest, "year"),
			file);

		SessionMessages.add(actionRequest, RiskProfileWebKeys.IMPORT_REPORT, report);

		return "opora-risk-import-done";
	}

	@Override
	protected String getFormRenderCommandName() {
		return RiskProfileWebKeys.MVC_VIEW_SCHOOL;
	}

	@Reference
	private RiskSurveyResponseService _riskSurveyResponseService;

}
