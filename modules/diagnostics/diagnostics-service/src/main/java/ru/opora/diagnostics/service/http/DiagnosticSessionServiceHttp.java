/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service.http;

import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.security.auth.HttpPrincipal;
import com.liferay.portal.kernel.service.http.TunnelUtil;
import com.liferay.portal.kernel.util.MethodHandler;
import com.liferay.portal.kernel.util.MethodKey;

import ru.opora.diagnostics.service.DiagnosticSessionServiceUtil;

/**
 * Provides the HTTP utility for the
 * <code>DiagnosticSessionServiceUtil</code> service
 * utility. The
 * static methods of this class calls the same methods of the service utility.
 * However, the signatures are different because it requires an additional
 * <code>HttpPrincipal</code> parameter.
 *
 * <p>
 * The benefits of using the HTTP utility is that it is fast and allows for
 * tunneling without the cost of serializing to text. The drawback is that it
 * only works with Java.
 * </p>
 *
 * <p>
 * Set the property <b>tunnel.servlet.hosts.allowed</b> in portal.properties to
 * configure security.
 * </p>
 *
 * <p>
 * The HTTP utility is only generated for remote services.
 * </p>
 *
 * @author Opora
 * @generated
 */
public class DiagnosticSessionServiceHttp {

	public static java.util.List<ru.opora.diagnostics.model.DiagnosticSession>
			getGroupSessions(HttpPrincipal httpPrincipal, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				DiagnosticSessionServiceUtil.class, "getGroupSessions",
				_getGroupSessionsParameterTypes0);

			MethodHandler methodHandler = new MethodHandler(methodKey, groupId);

			Object returnObj = null;

			try {
				returnObj = TunnelUtil.invoke(httpPrincipal, methodHandler);
			}
			catch (Exception exception) {
				if (exception instanceof
						com.liferay.portal.kernel.exception.PortalException) {

					throw (com.liferay.portal.kernel.exception.PortalException)
						exception;
				}

				throw new com.liferay.portal.kernel.exception.SystemException(
					exception);
			}

			return (java.util.List
				<ru.opora.diagnostics.model.DiagnosticSession>)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.diagnostics.model.DiagnosticSession>
			getSchoolSessions(
				HttpPrincipal httpPrincipal, long groupId, long schoolId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				DiagnosticSessionServiceUtil.class, "getSchoolSessions",
				_getSchoolSessionsParameterTypes1);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, schoolId);

			Object returnObj = null;

			try {
				returnObj = TunnelUtil.invoke(httpPrincipal, methodHandler);
			}
			catch (Exception exception) {
				if (exception instanceof
						com.liferay.portal.kernel.exception.PortalException) {

					throw (com.liferay.portal.kernel.exception.PortalException)
						exception;
				}

				throw new com.liferay.portal.kernel.exception.SystemException(
					exception);
			}

			return (java.util.List
				<ru.opora.diagnostics.model.DiagnosticSession>)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.diagnostics.model.DiagnosticSession openSession(
			HttpPrincipal httpPrincipal, long groupId, String name,
			long schoolId, String subject, java.util.Date startDate,
			java.util.Date endDate, int timeLimit, long[] teacherUserIds)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				DiagnosticSessionServiceUtil.class, "openSession",
				_openSessionParameterTypes2);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, name, schoolId, subject, startDate, endDate,
				timeLimit, teacherUserIds);

			Object returnObj = null;

			try {
				returnObj = TunnelUtil.invoke(httpPrincipal, methodHandler);
			}
			catch (Exception exception) {
				if (exception instanceof
						com.liferay.portal.kernel.exception.PortalException) {

					throw (com.liferay.portal.kernel.exception.PortalException)
						exception;
				}

				throw new com.liferay.portal.kernel.exception.SystemException(
					exception);
			}

			return (ru.opora.diagnostics.model.DiagnosticSession)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	private static Log _log = LogFactoryUtil.getLog(
		DiagnosticSessionServiceHttp.class);

	private static final Class<?>[] _getGroupSessionsParameterTypes0 =
		new Class[] {long.class};
	private static final Class<?>[] _getSchoolSessionsParameterTypes1 =
		new Class[] {long.class, long.class};
	private static final Class<?>[] _openSessionParameterTypes2 = new Class[] {
		long.class, String.class, long.class, String.class,
		java.util.Date.class, java.util.Date.class, int.class, long[].class
	};

}