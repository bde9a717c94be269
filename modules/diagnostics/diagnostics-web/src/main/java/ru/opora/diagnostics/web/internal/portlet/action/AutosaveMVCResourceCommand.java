package ru.opora.diagnostics.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.json.JSONUtil;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCResourceCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCResourceCommand;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.PrintWriter;

import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.diagnostics.constants.DiagnosticsConstants;
import ru.opora.diagnostics.constants.DiagnosticsPortletKeys;
import ru.opora.diagnostics.exception.DiagnosticsValidationException;
import ru.opora.diagnostics.model.Attempt;
import ru.opora.diagnostics.web.internal.constants.DiagnosticsWebKeys;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;
import ru.opora.diagnostics.web.internal.util.Violations;

/**
 * Autosave of the page being answered (sent by the page on every change):
 * {@code {"saved": true, "secondsLeft": n}}, {@code {"submitted": true}} when
 * the time ran out, or {@code {"error": "..."}} with a localised message.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + DiagnosticsPortletKeys.DIAGNOSTICS,
		"mvc.command.name=" + DiagnosticsWebKeys.MVC_AUTOSAVE
	},
	service = MVCResourceCommand.class
)
public class AutosaveMVCResourceCommand extends BaseMVCResourceCommand {

	@Override
	protected void doServeResource(ResourceRequest resourceRequest, ResourceResponse resourceResponse)
		throws Exception {

		ThemeDisplay themeDisplay = (ThemeDisplay)resourceRequest.getAttribute(WebKeys.THEME_DISPLAY);
		JSONObject jsonObject;

		try {
			Attempt attempt = PageAnswers.save(resourceRequest, _diagnosticsServices.getAttemptService());

			if (DiagnosticsConstants.ATTEMPT_STATUS_IN_PROGRESS.equals(attempt.getStatus())) {
				jsonObject = JSONUtil.put("saved", true).put(
					"secondsLeft", _diagnosticsServices.getAttemptService().getSecondsLeft(attempt.getAttemptId()));
			}
			else {
				jsonObject = JSONUtil.put("submitted", true);
			}
		}
		catch (DiagnosticsValidationException diagnosticsValidationException) {
			jsonObject = JSONUtil.put(
				"error",
				String.join(
					"; ",
					Violations.messages(
						_diagnosticsServices.getLanguage(), themeDisplay.getLocale(),
						diagnosticsValidationException.getViolations())));
		}
		catch (PortalException portalException) {
			jsonObject = JSONUtil.put(
				"error", _diagnosticsServices.getLanguage().get(themeDisplay.getLocale(), "diagnostics-not-saved"));
		}

		resourceResponse.setContentType("application/json");

		PrintWriter printWriter = resourceResponse.getWriter();

		printWriter.write(jsonObject.toString());
		printWriter.flush();
	}

	@Reference
	private DiagnosticsServices _diagnosticsServices;

}
