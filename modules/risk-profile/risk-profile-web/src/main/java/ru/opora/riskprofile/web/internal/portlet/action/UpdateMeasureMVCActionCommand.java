package ru.opora.riskprofile.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.LocalDate;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.portal.util.UserDates;
import ru.opora.riskprofile.constants.RiskProfilePortletKeys;
import ru.opora.riskprofile.service.RiskDocumentService;
import ru.opora.riskprofile.web.internal.constants.RiskProfileWebKeys;
import ru.opora.riskprofile.web.internal.util.FormValues;

/**
 * Records the monitoring of a measure of an approved programme.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + RiskProfilePortletKeys.RISK_PROFILE,
		"mvc.command.name=" + RiskProfileWebKeys.MVC_UPDATE_MEASURE
	},
	service = MVCActionCommand.class
)
public class UpdateMeasureMVCActionCommand extends BaseRiskMVCActionCommand {

	@Override
	protected String doAction(ActionRequest actionRequest) throws Exception {
		FormValues formValues = new FormValues(actionRequest);

		LocalDate doneDate = formValues.date("doneDate", "doneDate");
		Double interimValue = formValues.number("interimValue", "interimValue");
		Double finalValue = formValues.number("finalValue", "finalValue");

		formValues.throwIfAny();

		_riskDocumentService.updateMeasureProgress(
			ParamUtil.getLong(actionRequest, "riskMeasureId"), doneDate,
			ParamUtil.getBoolean(actionRequest, "notDone"), interimValue, finalValue,
			UserDates.today((ThemeDisplay)actionRequest.getAttribute(WebKeys.THEME_DISPLAY)));

		return "opora-risk-measure-saved";
	}

	@Override
	protected String getFormRenderCommandName() {
		return RiskProfileWebKeys.MVC_VIEW_DOCUMENT;
	}

	@Reference
	private RiskDocumentService _riskDocumentService;

}
