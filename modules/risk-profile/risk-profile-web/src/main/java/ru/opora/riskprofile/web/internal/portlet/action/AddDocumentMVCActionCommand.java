package ru.opora.riskprofile.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.riskprofile.constants.RiskProfilePortletKeys;
import java.time.LocalDate;

import ru.opora.riskprofile.service.RiskDocumentService;
import ru.opora.riskprofile.web.internal.util.FormValues;
import ru.opora.riskprofile.web.internal.constants.RiskProfileWebKeys;

/**
 * Starts a document of the school as a first draft.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + RiskProfilePortletKeys.RISK_PROFILE,
		"mvc.command.name=" + RiskProfileWebKeys.MVC_ADD_DOCUMENT
	},
	service = MVCActionCommand.class
)
public class AddDocumentMVCActionCommand extends BaseRiskMVCActionCommand {

	@Override
	protected String doAction(ActionRequest actionRequest) throws Exception {
		FormValues formValues = new FormValues(actionRequest);

		LocalDate periodStart = formValues.date("periodStart", "periodStart");
		LocalDate periodEnd = formValues.date("periodEnd", "periodEnd");

		formValues.throwIfAny();

		_riskDocumentService.addDocument(
			ParamUtil.getLong(actionRequest, "schoolId"), ParamUtil.getInteger(actionRequest, "year"),
			ParamUtil.getString(actionRequest, "documentType"), ParamUtil.getString(actionRequest, "factorCode"),
			periodStart, periodEnd);

		return "opora-risk-document-added";
	}

	@Override
	protected String getFormRenderCommandName() {
		return RiskProfileWebKeys.MVC_VIEW_SCHOOL;
	}

	@Reference
	private RiskDocumentService _riskDocumentService;

}
