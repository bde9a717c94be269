package ru.opora.diagnostics.web.internal.util;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;

import javax.portlet.RenderRequest;

/**
 * The error page of a render command whose record is missing or may not be
 * seen; keyed by the exception's base class, which error.jsp names.
 */
public final class ErrorPage {

	public static final String PATH = "/error.jsp";

	public static String show(RenderRequest renderRequest, Exception exception) {
		if (exception instanceof PrincipalException) {
			SessionErrors.add(renderRequest, PrincipalException.class);
		}
		else {
			SessionErrors.add(renderRequest, "diagnostics-not-found");
		}

		return PATH;
	}

	private ErrorPage() {
	}

}
