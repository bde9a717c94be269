package ru.opora.riskprofile.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.riskprofile.constants.RiskProfilePortletKeys;
import com.liferay.portal.kernel.util.StringUtil;

import ru.opora.riskprofile.service.RiskDocumentService;
import ru.opora.riskprofile.web.internal.constants.RiskProfileWebKeys;

/**
 * A review step: submit, return, approve or start a new version.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + RiskProfilePortletKeys.RISK_PROFILE,
		"mvc.command.name=" + RiskProfileWebKeys.MVC_REVIEW_DOCUMENT
	},
	service = MVCActionCommand.class
)
public class ReviewDocumentMVCActionCommand extends BaseRiskMVCActionCommand {

	@Override
	protected String doAction(ActionRequest actionRequest) throws Exception {
		String action = ParamUtil.getString(actionRequest, "reviewAction");

		_riskDocumentService.review(ParamUtil.getLong(actionRequest, "riskDocumentId"), action);

		return "opora-risk-review-done-" + StringUtil.toLowerCase(action);
	}

	@Override
	protected String getFormRenderCommandName() {
		return RiskProfileWebKeys.MVC_VIEW_DOCUMENT;
	}

	@Reference
	private RiskDocumentService _riskDocumentService;

}
