package ru.opora.riskprofile.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.riskprofile.constants.RiskProfilePortletKeys;
import ru.opora.riskprofile.service.RiskDocumentService;
import ru.opora.riskprofile.web.internal.constants.RiskProfileWebKeys;

/**
 * The curator's comment on a section of a submitted document.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + RiskProfilePortletKeys.RISK_PROFILE,
		"mvc.command.name=" + RiskProfileWebKeys.MVC_ADD_COMMENT
	},
	service = MVCActionCommand.class
)
public class AddCommentMVCActionCommand extends BaseRiskMVCActionCommand {

	@Override
	protected String doAction(ActionRequest actionRequest) throws Exception {
		_riskDocumentService.addComment(
			ParamUtil.getLong(actionRequest, "riskDocumentId"), ParamUtil.getString(actionRequest, "section"),
			ParamUtil.getString(actionRequest, "comment"));

		return "opora-risk-comment-added";
	}

	@Override
	protected String getFormRenderCommandName() {
		return RiskProfileWebKeys.MVC_VIEW_DOCUMENT;
	}

	@Reference
	private RiskDocumentService _riskDocumentService;

}
