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
 * Computes (or recomputes) a school's profile from the answers collected.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + RiskProfilePortletKeys.RISK_PROFILE,
		"mvc.command.name=" + RiskProfileWebKeys.MVC_CALCULATE_PROFILE
	},
	service = MVCActionCommand.class
)
public class CalculateProfileMVCActionCommand extends BaseRiskMVCActionCommand {

	@Override
	protected String doAction(ActionRequest actionRequest) throws Exception {
		_riskProfileService.calculateProfile(
			ParamUtil.getLong(actionRequest, "schoolId"), ParamUtil.getInteger(actionRequest, "year"));

		return "opora-risk-profile-calculated";
	}

	@Override
	protected String getFormRenderCommandName() {
		return RiskProfileWebKeys.MVC_VIEW_SCHOOL;
	}

	@Reference
	private RiskProfileService _riskProfileService;

}
