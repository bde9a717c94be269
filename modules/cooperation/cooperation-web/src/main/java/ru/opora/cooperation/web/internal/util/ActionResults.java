package ru.opora.cooperation.web.internal.util;

import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.Validator;

import java.io.IOException;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import ru.opora.cooperation.exception.CooperationValidationException;
import ru.opora.cooperation.web.internal.constants.CooperationWebKeys;

/**
 * What an action command does after the service call: a success message and
 * the redirect, or the screen again with the entered values and the
 * violations.
 *
 * @author Opora
 */
public final class ActionResults {

	public static void showFormAgain(
		ActionRequest actionRequest, ActionResponse actionResponse, Portal portal,
		CooperationValidationException cooperationValidationException, String mvcRenderCommandName) {

		SessionErrors.add(actionRequest, CooperationValidationException.class, cooperationValidationException);

		// The screen lists each violation; the portal's generic error is noise

		SessionMessages.add(
			actionRequest, portal.getPortletId(actionRequest) + SessionMessages.KEY_SUFFIX_HIDE_DEFAULT_ERROR_MESSAGE);

		portal.copyRequestParameters(actionRequest, actionResponse);

		actionResponse.getRenderParameters().setValue("mvcRenderCommandName", mvcRenderCommandName);
	}

	/** Adds the success message and sends the escaped redirect parameter. */
	public static void succeed(ActionRequest actionRequest, ActionResponse actionResponse, Portal portal)
		throws IOException {

		SessionMessages.add(actionRequest, CooperationWebKeys.SUCCESS);

		String redirect = portal.escapeRedirect(ParamUtil.getString(actionRequest, "redirect"));

		if (Validator.isNotNull(redirect)) {
			actionResponse.sendRedirect(redirect);
		}
	}

	private ActionResults() {
	}

}
