package ru.opora.diagnostics.web.internal.util;

import com.liferay.portal.kernel.language.Language;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import ru.opora.diagnostics.exception.DiagnosticsValidationException;

/** What the action commands share: where to go next and the messages to show there. */
public final class ActionSupport {

	/** Renders a command next with parameters given as name, value pairs. */
	public static void go(ActionResponse actionResponse, String mvcRenderCommandName, String... parameters) {
		actionResponse.getRenderParameters().setValue("mvcRenderCommandName", mvcRenderCommandName);

		for (int i = 0; (i + 1) < parameters.length; i += 2) {
			actionResponse.getRenderParameters().setValue(parameters[i], parameters[i + 1]);
		}
	}

	/** A whole number typed in a form; not a number → 0, which the services reject as out of range. */
	public static int integer(String text) {
		try {
			return Integer.parseInt(text.trim());
		}
		catch (NumberFormatException numberFormatException) {
			return 0;
		}
	}

	/** The localised violations are shown on the next page, the form keeps its values. */
	public static void rejected(
		ActionRequest actionRequest, Language language, DiagnosticsValidationException exception) {

		ThemeDisplay themeDisplay = (ThemeDisplay)actionRequest.getAttribute(WebKeys.THEME_DISPLAY);

		Violations.keep(actionRequest, language, themeDisplay.getLocale(), exception);
	}

	public static void succeeded(ActionRequest actionRequest, String messageKey) {
		SessionMessages.add(actionRequest, "diagnostics-success", messageKey);
	}

	private ActionSupport() {
	}

}
