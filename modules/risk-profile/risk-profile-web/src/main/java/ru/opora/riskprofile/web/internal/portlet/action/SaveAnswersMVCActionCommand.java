package ru.opora.riskprofile.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.riskprofile.constants.RiskProfilePortletKeys;
import com.liferay.portal.kernel.util.Validator;

import java.util.Map;

import ru.opora.riskprofile.service.RiskSurveyResponseService;
import ru.opora.riskprofile.web.internal.util.FormValues;
import ru.opora.riskprofile.web.internal.constants.RiskProfileWebKeys;

/**
 * Stores a questionnaire: a staff member's own answers or those of a response code.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + RiskProfilePortletKeys.RISK_PROFILE,
		"mvc.command.name=" + RiskProfileWebKeys.MVC_SAVE_ANSWERS
	},
	service = MVCActionCommand.class
)
public class SaveAnswersMVCActionCommand extends BaseRiskMVCActionCommand {

	@Override
	protected String doAction(ActionRequest actionRequest) throws Exception {
		FormValues formValues = new FormValues(actionRequest);

		Map<String, Double> answers = formValues.answers();

		formValues.throwIfAny();

		String responseCode = ParamUtil.getString(actionRequest, "responseCode");

		if (Validator.isNotNull(responseCode)) {
			_riskSurveyResponseService.saveCodeResponse(responseCode, answers);
		}
		else {
			_riskSurveyResponseService.saveStaffResponse(
				ParamUtil.getLong(actionRequest, "schoolId"), ParamUtil.getInteger(actionRequest, "year"),
				ParamUtil.getString(actionRequest, "respondentGroup"), answers);
		}

		return "opora-risk-answers-saved";
	}

	@Override
	protected String getFormRenderCommandName() {
		return RiskProfileWebKeys.MVC_QUESTIONNAIRE;
	}

	@Reference
	private RiskSurveyResponseService _riskSurveyResponseService;

}
