package ru.opora.riskprofile.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.riskprofile.constants.RiskProfilePortletKeys;
import java.util.List;

import ru.opora.domain.risk.programme.MeasureData;
import ru.opora.riskprofile.service.RiskDocumentService;
import ru.opora.riskprofile.web.internal.util.FormValues;
import ru.opora.riskprofile.web.internal.constants.RiskProfileWebKeys;

/**
 * Saves the structured content of a draft or returned version.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + RiskProfilePortletKeys.RISK_PROFILE,
		"mvc.command.name=" + RiskProfileWebKeys.MVC_UPDATE_DOCUMENT
	},
	service = MVCActionCommand.class
)
public class UpdateDocumentMVCActionCommand extends BaseRiskMVCActionCommand {

	@Override
	protected String doAction(ActionRequest actionRequest) throws Exception {
		FormValues formValues = new FormValues(actionRequest);

		List<MeasureData> measures = formValues.measures();

		formValues.throwIfAny();

		_riskDocumentService.updateContent(
			ParamUtil.getLong(actionRequest, "riskDocumentId"), ParamUtil.getString(actionRequest, "goal"),
			formValues.lines("tasks"), measures, ParamUtil.getString(actionRequest, "expectedResult"));

		return "opora-risk-document-saved";
	}

	@Override
	protected String getFormRenderCommandName() {
		return RiskProfileWebKeys.MVC_VIEW_DOCUMENT;
	}

	@Reference
	private RiskDocumentService _riskDocumentService;

}
