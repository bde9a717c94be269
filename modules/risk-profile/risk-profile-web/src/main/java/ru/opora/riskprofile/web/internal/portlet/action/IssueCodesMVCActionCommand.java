package ru.opora.riskprofile.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.riskprofile.constants.RiskProfilePortletKeys;
import ru.opora.riskprofile.service.RiskSurveyResponseService;
import ru.opora.riskprofile.web.internal.constants.RiskProfileWebKeys;

/**
 * Issues anonymous response codes for pupils or parents.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + RiskProfilePortletKeys.RISK_PROFILE,
		"mvc.command.name=" + RiskProfileWebKeys.MVC_ISSUE_CODES
	},
	service = MVCActionCommand.class
)
public class IssueCodesMVCActionCommand extends BaseRiskMVCActionCommand {

	@Override
	protected String doAction(ActionRequest actionRequest) throws Exception {
		_riskSurveyResponseService.issueResponseCodes(
			ParamUtil.getLong(actionRequest, "schoolId"), ParamUtil.getInteger(actionRequest, "year"),
			ParamUtil.getString(actionRequest, "respondentGroup"), ParamUtil.getInteger(actionRequest, "count"));

		return "opora-risk-codes-issued";
	}

	@Override
	protected String getFormRenderCommandName() {
		return RiskProfileWebKeys.MVC_VIEW_SCHOOL;
	}

	@Reference
	private RiskSurveyResponseService _riskSurveyResponseService;

}
