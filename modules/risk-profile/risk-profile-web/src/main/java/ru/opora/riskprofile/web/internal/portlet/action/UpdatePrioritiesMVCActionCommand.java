package ru.opora.riskprofile.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.riskprofile.constants.RiskProfilePortletKeys;
import java.util.Arrays;
import java.util.List;

import ru.opora.riskprofile.service.RiskProfileService;
import ru.opora.riskprofile.web.internal.constants.RiskProfileWebKeys;

/**
 * Saves the school's priority factors.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + RiskProfilePortletKeys.RISK_PROFILE,
		"mvc.command.name=" + RiskProfileWebKeys.MVC_UPDATE_PRIORITIES
	},
	service = MVCActionCommand.class
)
public class UpdatePrioritiesMVCActionCommand extends BaseRiskMVCActionCommand {

	@Override
	protected String doAction(ActionRequest actionRequest) throws Exception {
		_riskProfileService.updatePriorities(
			ParamUtil.getLong(actionRequest, "riskProfileId"),
			_priorities(actionRequest.getParameterValues("priorities")));

		return "opora-risk-priorities-saved";
	}

	private static List<String> _priorities(String[] values) {
		return (values == null) ? List.of() : Arrays.asList(values);
	}

	@Override
	protected String getFormRenderCommandName() {
		return RiskProfileWebKeys.MVC_VIEW_SCHOOL;
	}

	@Reference
	private RiskProfileService _riskProfileService;

}
