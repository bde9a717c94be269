package ru.opora.riskprofile.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.riskprofile.constants.RiskProfilePortletKeys;
import ru.opora.riskprofile.service.RiskDictionaryVersionService;
import ru.opora.riskprofile.web.internal.constants.RiskProfileWebKeys;

/**
 * A regional coordinator adds a dictionary version for a later year (the
 * text form of the factors, indicators, questions and thresholds); the
 * permission is checked in the site of the page.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + RiskProfilePortletKeys.RISK_PROFILE,
		"mvc.command.name=" + RiskProfileWebKeys.MVC_ADD_DICTIONARY_VERSION
	},
	service = MVCActionCommand.class
)
public class AddDictionaryVersionMVCActionCommand extends BaseRiskMVCActionCommand {

	@Override
	protected String doAction(ActionRequest actionRequest) throws Exception {
		ThemeDisplay themeDisplay = (ThemeDisplay)actionRequest.getAttribute(WebKeys.THEME_DISPLAY);

		_riskDictionaryVersionService.addDictionaryVersion(
			themeDisplay.getScopeGroupId(), ParamUtil.getString(actionRequest, "content"));

		return "opora-risk-dictionary-version-added";
	}

	@Override
	protected String getFormRenderCommandName() {
		return "/";
	}

	@Reference
	private RiskDictionaryVersionService _riskDictionaryVersionService;

}
