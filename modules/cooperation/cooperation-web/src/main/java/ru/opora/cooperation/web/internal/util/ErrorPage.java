package ru.opora.cooperation.web.internal.util;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;

import javax.portlet.RenderRequest;

import ru.opora.cooperation.exception.NoSuchCooperationAgreementException;

/**
 * The error page of a render command whose agreement is missing or may not be
 * seen; the error is keyed by the base class, which error.jsp names.
 *
 * @author Opora
 */
public final class ErrorPage {

	public static final String PATH = "/error.jsp";

	public static String show(RenderRequest renderRequest, Exception exception) {
		if (exception instanceof PrincipalException) {
			SessionErrors.add(renderRequest, PrincipalException.class);
		}
		else if (exception instanceof NoSuchCooperationAgreementException) {
			SessionErrors.add(renderRequest, NoSuchCooperationAgreementException.class);
		}
		else {
			SessionErrors.add(renderRequest, exception.getClass());
		}

		return PATH;
	}

	private ErrorPage() {
	}

}
