package ru.opora.schools.web.internal.util;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;

import javax.portlet.RenderRequest;

import ru.opora.schools.exception.NoSuchSchoolException;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;

/**
 * The error page of a render command whose school is missing or may not be
 * seen. The error is keyed by the base class (a PrincipalException comes as
 * one of its nested subclasses), which error.jsp names.
 *
 * @author Opora
 */
public final class ErrorPage {

	public static final String PATH = "/error.jsp";

	/** The error page of a screen the user lacks the site permission for. */
	public static String forbidden(RenderRequest renderRequest) {
		SessionErrors.add(renderRequest, SchoolsWebKeys.ERROR_FORBIDDEN);

		return PATH;
	}

	public static String show(RenderRequest renderRequest, Exception exception) {
		if (exception instanceof PrincipalException) {
			SessionErrors.add(renderRequest, PrincipalException.class);
		}
		else if (exception instanceof NoSuchSchoolException) {
			SessionErrors.add(renderRequest, NoSuchSchoolException.class);
		}
		else {
			SessionErrors.add(renderRequest, exception.getClass());
		}

		return PATH;
	}

	private ErrorPage() {
	}

}
