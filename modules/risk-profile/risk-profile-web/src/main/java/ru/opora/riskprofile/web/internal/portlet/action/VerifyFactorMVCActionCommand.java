package ru.opora.riskprofile.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.riskprofile.constants.RiskProfilePortletKeys;
import ru.opora.riskprofile.service.RiskProfileService;
import ru.opora.riskprofile.web.internal.constants.RiskProfileWebKeys;

/**
 * The curator confirms or corrects a factor's level, with a comment.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + RiskProfilePortletKeys.RISK_PROFILE,
		"mvc.command.name=" + RiskProfileWebKeys.MVC_VERIFY_FACTOR
	},
	service = MVCActionCommand.class
)
public class VerifyFactorMVCActionCommand extends BaseRiskMVCActionCommand {

	@Override
	protected String doAction(ActionRequest actionRequest) throws Exception {
		_riskProfileService.verifyFactor(
			ParamUtil.getLong(actionRequest, "riskProfileId"), ParamUtil.getString(actionRequest, "factorCode"),
			ParamUtil.getString(actionRequest, "verificationAction"), ParamUtil.getString(actionRequest, "level"),
			ParamUtil.getString(actionRequest, "comment"));

		return "opora-risk-factor-verified";
	}

	@Override
	protected String getFormRenderCommandName() {
		return RiskProfileWebKeys.MVC_VIEW_SCHOOL;
	}

	@Reference
	private RiskProfileService _riskProfileService;

}
