package ru.opora.cooperation.web.internal.portlet.action;

import java.util.List;

import javax.portlet.ActionRequest;

import ru.opora.domain.validation.Violation;

import ru.opora.cooperation.exception.CooperationValidationException;
import ru.opora.testing.portlet.ActionCommandSupport;

/** The shared action command support with the cooperation portlet and its validation exception. */
class ActionCommandTestSupport extends ActionCommandSupport {

	ActionCommandTestSupport() {
		super("cooperation");
	}

	/** The form is shown again with the violations of a CooperationValidationException; returns them. */
	List<Violation> assertFormShownAgain(ActionRequest actionRequest, String mvcRenderCommandName) throws Exception {
		return assertFormShownAgain(
			actionRequest, CooperationValidationException.class, mvcRenderCommandName
		).getViolations();
	}

}
