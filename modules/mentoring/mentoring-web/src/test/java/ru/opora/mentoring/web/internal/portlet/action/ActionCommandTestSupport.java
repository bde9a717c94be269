package ru.opora.mentoring.web.internal.portlet.action;

import java.util.List;

import javax.portlet.ActionRequest;

import ru.opora.domain.validation.Violation;

import ru.opora.mentoring.exception.MentoringValidationException;
import ru.opora.testing.portlet.ActionCommandSupport;

/** The shared action command support with the mentoring portlet and its validation exception. */
class ActionCommandTestSupport extends ActionCommandSupport {

	ActionCommandTestSupport() {
		super("mentoring");
	}

	/** The form is shown again with the violations of a MentoringValidationException; returns them. */
	List<Violation> assertFormShownAgain(ActionRequest actionRequest, String mvcRenderCommandName) throws Exception {
		return assertFormShownAgain(
			actionRequest, MentoringValidationException.class, mvcRenderCommandName
		).getViolations();
	}

}
