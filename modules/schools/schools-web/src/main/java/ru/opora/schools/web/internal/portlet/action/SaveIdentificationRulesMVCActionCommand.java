package ru.opora.schools.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.domain.identification.IdentificationRules;
import ru.opora.schools.constants.SchoolsPortletKeys;
import ru.opora.schools.exception.OporaValidationException;
import ru.opora.schools.service.SchoolService;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;
import ru.opora.schools.web.internal.display.context.IdentificationRulesDisplayContext;
import ru.opora.schools.web.internal.display.context.RulesForm;
import ru.opora.schools.web.internal.util.ActionResults;

/**
 * Stores the thresholds of the rules form as the site's identification rules
 * (the service checks MANAGE_RULES); invalid values bring the form back with
 * every violation, and nothing is stored.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + SchoolsPortletKeys.SCHOOLS,
		"mvc.command.name=" + SchoolsWebKeys.MVC_SAVE_IDENTIFICATION_RULES
	},
	service = MVCActionCommand.class
)
public class SaveIdentificationRulesMVCActionCommand
	extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		ThemeDisplay themeDisplay = (ThemeDisplay)actionRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		long groupId = themeDisplay.getScopeGroupId();

		RulesForm rulesForm = RulesForm.parse(
			actionRequest, _schoolService.getIdentificationRules(groupId));

		IdentificationRules rules = rulesForm.getRules();

		try {
			if (rules == null) {
				throw new OporaValidationException(rulesForm.getViolations());
			}

			_schoolService.updateIdentificationRules(groupId, rules);

			SessionMessages.add(
				actionRequest, SchoolsWebKeys.SUCCESS_RULES_SAVED);

			actionResponse.getRenderParameters().setValue(
				"mvcRenderCommandName",
				SchoolsWebKeys.MVC_EDIT_IDENTIFICATION_RULES);
		}
		catch (OporaValidationException oporaValidationException) {
			ActionResults.showFormAgain(
				actionRequest, actionResponse, _portal,
				oporaValidationException,
				SchoolsWebKeys.MVC_EDIT_IDENTIFICATION_RULES);

			actionResponse.getRenderParameters().setValue(
				IdentificationRulesDisplayContext.PARAMETER_WHAT_IF,
				Boolean.TRUE.toString());
		}
	}

	@Reference
	private Portal _portal;

	@Reference
	private SchoolService _schoolService;

}
