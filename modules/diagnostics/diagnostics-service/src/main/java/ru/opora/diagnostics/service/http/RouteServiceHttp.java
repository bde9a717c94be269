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

import ru.opora.diagnostics.service.RouteServiceUtil;

/**
 * Provides the HTTP utility for the
 * <code>RouteServiceUtil</code> service
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
public class RouteServiceHttp {

	public static ru.opora.diagnostics.model.RouteAction addAction(
			HttpPrincipal httpPrincipal, long routeId, String competenceCode,
			String actionType, String title, java.util.Date deadline)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RouteServiceUtil.class, "addAction", _addActionParameterTypes0);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, routeId, competenceCode, actionType, title,
				deadline);

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

			return (ru.opora.diagnostics.model.RouteAction)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.diagnostics.model.Route agreeRoute(
			HttpPrincipal httpPrincipal, long routeId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RouteServiceUtil.class, "agreeRoute",
				_agreeRouteParameterTypes1);

			MethodHandler methodHandler = new MethodHandler(methodKey, routeId);

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

			return (ru.opora.diagnostics.model.Route)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.diagnostics.model.RouteAction completeAction(
			HttpPrincipal httpPrincipal, long routeActionId, String fileName,
			String mimeType, byte[] bytes, String comment)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RouteServiceUtil.class, "completeAction",
				_completeActionParameterTypes2);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, routeActionId, fileName, mimeType, bytes, comment);

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

			return (ru.opora.diagnostics.model.RouteAction)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.diagnostics.model.RouteAction deleteAction(
			HttpPrincipal httpPrincipal, long routeActionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RouteServiceUtil.class, "deleteAction",
				_deleteActionParameterTypes3);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, routeActionId);

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

			return (ru.opora.diagnostics.model.RouteAction)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.diagnostics.model.Route fetchAttemptRoute(
			HttpPrincipal httpPrincipal, long attemptId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RouteServiceUtil.class, "fetchAttemptRoute",
				_fetchAttemptRouteParameterTypes4);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, attemptId);

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

			return (ru.opora.diagnostics.model.Route)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static com.liferay.portal.kernel.repository.model.FileEntry
			getEvidence(HttpPrincipal httpPrincipal, long routeActionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RouteServiceUtil.class, "getEvidence",
				_getEvidenceParameterTypes5);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, routeActionId);

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

			return (com.liferay.portal.kernel.repository.model.FileEntry)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.diagnostics.model.Route getRoute(
			HttpPrincipal httpPrincipal, long routeId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RouteServiceUtil.class, "getRoute", _getRouteParameterTypes6);

			MethodHandler methodHandler = new MethodHandler(methodKey, routeId);

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

			return (ru.opora.diagnostics.model.Route)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.diagnostics.model.RouteAction>
			getRouteActions(HttpPrincipal httpPrincipal, long routeId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RouteServiceUtil.class, "getRouteActions",
				_getRouteActionsParameterTypes7);

			MethodHandler methodHandler = new MethodHandler(methodKey, routeId);

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

			return (java.util.List<ru.opora.diagnostics.model.RouteAction>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.diagnostics.model.Route>
			getTeacherRoutes(HttpPrincipal httpPrincipal, long teacherUserId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RouteServiceUtil.class, "getTeacherRoutes",
				_getTeacherRoutesParameterTypes8);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, teacherUserId);

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

			return (java.util.List<ru.opora.diagnostics.model.Route>)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.diagnostics.model.Route proposeRoute(
			HttpPrincipal httpPrincipal, long attemptId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RouteServiceUtil.class, "proposeRoute",
				_proposeRouteParameterTypes9);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, attemptId);

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

			return (ru.opora.diagnostics.model.Route)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.diagnostics.model.RouteAction updateAction(
			HttpPrincipal httpPrincipal, long routeActionId, String title,
			java.util.Date deadline, String comment)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RouteServiceUtil.class, "updateAction",
				_updateActionParameterTypes10);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, routeActionId, title, deadline, comment);

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

			return (ru.opora.diagnostics.model.RouteAction)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	private static Log _log = LogFactoryUtil.getLog(RouteServiceHttp.class);

	private static final Class<?>[] _addActionParameterTypes0 = new Class[] {
		long.class, String.class, String.class, String.class,
		java.util.Date.class
	};
	private static final Class<?>[] _agreeRouteParameterTypes1 = new Class[] {
		long.class
	};
	private static final Class<?>[] _completeActionParameterTypes2 =
		new Class[] {
			long.class, String.class, String.class, byte[].class, String.class
		};
	private static final Class<?>[] _deleteActionParameterTypes3 = new Class[] {
		long.class
	};
	private static final Class<?>[] _fetchAttemptRouteParameterTypes4 =
		new Class[] {long.class};
	private static final Class<?>[] _getEvidenceParameterTypes5 = new Class[] {
		long.class
	};
	private static final Class<?>[] _getRouteParameterTypes6 = new Class[] {
		long.class
	};
	private static final Class<?>[] _getRouteActionsParameterTypes7 =
		new Class[] {long.class};
	private static final Class<?>[] _getTeacherRoutesParameterTypes8 =
		new Class[] {long.class};
	private static final Class<?>[] _proposeRouteParameterTypes9 = new Class[] {
		long.class
	};
	private static final Class<?>[] _updateActionParameterTypes10 =
		new Class[] {
			long.class, String.class, java.util.Date.class, String.class
		};

}