package ru.opora.diagnostics.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.Map;

import javax.portlet.PortletRequest;

import ru.opora.diagnostics.model.Attempt;
import ru.opora.diagnostics.service.AttemptService;
import ru.opora.diagnostics.web.internal.util.AnswerForm;

/** Saves the answers of the page a request carries (the save action and the autosave resource share it). */
final class PageAnswers {

	static Attempt save(PortletRequest portletRequest, AttemptService attemptService) throws PortalException {
		long attemptId = ParamUtil.getLong(portletRequest, "attemptId");
		Map<String, String> answers = AnswerForm.read(
			attemptService.getItemViews(attemptId), portletRequest::getParameterValues,
			name -> portletRequest.getParameter(name) != null);

		return attemptService.saveAnswers(attemptId, answers);
	}

	private PageAnswers() {
	}

}
