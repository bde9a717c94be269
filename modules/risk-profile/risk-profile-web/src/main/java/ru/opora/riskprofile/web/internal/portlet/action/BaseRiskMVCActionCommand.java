package ru.opora.riskprofile.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.Validator;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Reference;

import ru.opora.riskprofile.exception.RiskProfileValidationException;

/**
 * One form of the portlet: on success the message and the redirect; on a
 * rule violation the same screen again with every violation and the values
 * typed (nothing is stored: the services are transactional).
 *
 * @author Opora
 */
public abstract class BaseRiskMVCActionCommand extends BaseMVCActionCommand {

	/** Does the step and returns its success message key. */
	protected abstract String doAction(ActionRequest actionRequest) throws Exception;

	@Override
	protected void doProcessAction(ActionRequest actionRequest, ActionResponse actionResponse) throws Exception {
		try {
			SessionMessages.add(actionRequest, doAction(actionRequest));
		}
		catch (RiskProfileValidationException riskProfileValidationException) {
			SessionErrors.add(actionRequest, RiskProfileValidationException.class, riskProfileValidationException);
			SessionMessages.add(
				actionRequest,
				portal.getPortletId(actionRequest) + SessionMessages.KEY_SUFFIX_HIDE_DEFAULT_ERROR_MESSAGE);

			portal.copyRequestParameters(actionRequest, actionResponse);

			actionResponse.getRenderParameters().setValue("mvcRenderCommandName", getFormRenderCommandName());

			return;
		}

		String redirect = portal.escapeRedirect(ParamUtil.getString(actionRequest, "redirect"));

		if (Validator.isNotNull(redirect)) {
			actionResponse.sendRedirect(redirect);
		}
	}

	/** The screen that shows the form again after a violation. */
	protected abstract String getFormRenderCommandName();

	@Reference
	protected Portal portal;

}
