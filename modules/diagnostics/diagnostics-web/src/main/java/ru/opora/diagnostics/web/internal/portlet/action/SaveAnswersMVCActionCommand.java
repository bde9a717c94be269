package ru.opora.diagnostics.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.diagnostics.constants.DiagnosticsConstants;
import ru.opora.diagnostics.constants.DiagnosticsPortletKeys;
import ru.opora.diagnostics.exception.DiagnosticsValidationException;
import ru.opora.diagnostics.model.Attempt;
import ru.opora.diagnostics.service.AttemptService;
import ru.opora.diagnostics.web.internal.constants.DiagnosticsWebKeys;
import ru.opora.diagnostics.web.internal.util.ActionSupport;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;

/**
 * Saves a page of answers and moves: to the previous or next competence, or
 * submits and shows the result at once. When the time is over the service
 * has submitted the attempt: the result is shown.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + DiagnosticsPortletKeys.DIAGNOSTICS,
		"mvc.command.name=" + DiagnosticsWebKeys.MVC_SAVE_ANSWERS
	},
	service = MVCActionCommand.class
)
public class SaveAnswersMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(ActionRequest actionRequest, ActionResponse actionResponse) throws Exception {
		AttemptService attemptService = _diagnosticsServices.getAttemptService();
		long attemptId = ParamUtil.getLong(actionRequest, "attemptId");
		int page = ParamUtil.getInteger(actionRequest, "page");
		String move = ParamUtil.getString(actionRequest, "move");

		try {
			Attempt attempt = PageAnswers.save(actionRequest, attemptService);

			if ("submit".equals(move) && DiagnosticsConstants.ATTEMPT_STATUS_IN_PROGRESS.equals(attempt.getStatus())) {
				attempt = attemptService.submitAttempt(attemptId);
			}

			if (!DiagnosticsConstants.ATTEMPT_STATUS_IN_PROGRESS.equals(attempt.getStatus())) {
				ActionSupport.succeeded(actionRequest, "diagnostics-attempt-submitted");
				ActionSupport.go(actionResponse, DiagnosticsWebKeys.MVC_RESULT, "attemptId", String.valueOf(attemptId));

				return;
			}

			if ("next".equals(move)) {
				page++;
			}
			else if ("previous".equals(move)) {
				page--;
			}
		}
		catch (DiagnosticsValidationException diagnosticsValidationException) {
			ActionSupport.rejected(actionRequest, _diagnosticsServices.getLanguage(), diagnosticsValidationException);
		}

		ActionSupport.go(
			actionResponse, DiagnosticsWebKeys.MVC_TAKE, "attemptId", String.valueOf(attemptId), "page",
			String.valueOf(Math.max(0, page)));
	}

	@Reference
	private DiagnosticsServices _diagnosticsServices;

}
