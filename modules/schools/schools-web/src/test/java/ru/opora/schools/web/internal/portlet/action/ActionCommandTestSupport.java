package ru.opora.schools.web.internal.portlet.action;

import ru.opora.testing.portlet.ActionCommandSupport;

/** The shared action command support with the schools portlet. */
class ActionCommandTestSupport extends ActionCommandSupport {

	ActionCommandTestSupport() {
		super("schools");
	}

}
