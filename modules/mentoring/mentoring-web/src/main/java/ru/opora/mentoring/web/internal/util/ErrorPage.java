package ru.opora.mentoring.web.internal.util;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;

import javax.portlet.RenderRequest;

import ru.opora.mentoring.exception.NoSuchMentorAssignmentException;
import ru.opora.mentoring.exception.NoSuchSupportEventException;

/**
 * The error page of a render command whose assignment or event is missing or
 * may not be seen. The error is keyed by the base class (a PrincipalException
 * comes as one of its nested subclasses), which error.jsp names.
 *
 * @author Opora
 */
public final class ErrorPage {

	public static final String PATH = "/error.jsp";

	public static String show(RenderRequest renderRequest, Exception exception) {
		if (exception instanceof PrincipalException) {
			SessionErrors.add(renderRequest, PrincipalException.class);
		}
		else if (exception instanceof NoSuchMentorAssignmentException) {
			SessionErrors.add(
				renderRequest, NoSuchMentorAssignmentException.class);
		}
		else if (exception instanceof NoSuchSupportEventException) {
			SessionErrors.add(renderRequest, NoSuchSupportEventException.class);
		}
		else {
			SessionErrors.add(renderRequest, exception.getClass());
		}

		return PATH;
	}

	private ErrorPage() {
	}

}
