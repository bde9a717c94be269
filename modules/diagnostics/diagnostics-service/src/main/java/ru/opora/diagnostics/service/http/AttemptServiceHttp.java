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

import ru.opora.diagnostics.service.AttemptServiceUtil;

/**
 * Provides the HTTP utility for the
 * <code>AttemptServiceUtil</code> service
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
public class AttemptServiceHttp {

	public static ru.opora.diagnostics.model.Consent giveConsent(
			HttpPrincipal httpPrincipal)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				AttemptServiceUtil.class, "giveConsent",
				_giveConsentParameterTypes0);

			MethodHandler methodHandler = new MethodHandler(methodKey);

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

			return (ru.opora.diagnostics.model.Consent)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.domain.diagnostics.Aggregates getAggregates(
			HttpPrincipal httpPrincipal, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				AttemptServiceUtil.class, "getAggregates",
				_getAggregatesParameterTypes1);

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

			return (ru.opora.domain.diagnostics.Aggregates)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.Map<String, String> getCompetenceNames(
			HttpPrincipal httpPrincipal, int bankVersion)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				AttemptServiceUtil.class, "getCompetenceNames",
				_getCompetenceNamesParameterTypes2);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, bankVersion);

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

			return (java.util.Map<String, String>)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.diagnostics.model.Attempt getAttempt(
			HttpPrincipal httpPrincipal, long attemptId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				AttemptServiceUtil.class, "getAttempt",
				_getAttemptParameterTypes3);

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

			return (ru.opora.diagnostics.model.Attempt)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.diagnostics.model.ItemView>
			getItemViews(HttpPrincipal httpPrincipal, long attemptId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				AttemptServiceUtil.class, "getItemViews",
				_getItemViewsParameterTypes4);

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

			return (java.util.List<ru.opora.diagnostics.model.ItemView>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.diagnostics.model.Attempt>
			getMyAttempts(HttpPrincipal httpPrincipal)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				AttemptServiceUtil.class, "getMyAttempts",
				_getMyAttemptsParameterTypes5);

			MethodHandler methodHandler = new MethodHandler(methodKey);

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

			return (java.util.List<ru.opora.diagnostics.model.Attempt>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.domain.diagnostics.Aggregates getRegionAggregates(
			HttpPrincipal httpPrincipal, long[] groupIds)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				AttemptServiceUtil.class, "getRegionAggregates",
				_getRegionAggregatesParameterTypes6);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupIds);

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

			return (ru.opora.domain.diagnostics.Aggregates)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.domain.diagnostics.DiagnosticResult getResult(
			HttpPrincipal httpPrincipal, long attemptId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				AttemptServiceUtil.class, "getResult",
				_getResultParameterTypes7);

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

			return (ru.opora.domain.diagnostics.DiagnosticResult)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.diagnostics.model.Attempt>
			getSchoolAttempts(HttpPrincipal httpPrincipal, long schoolId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				AttemptServiceUtil.class, "getSchoolAttempts",
				_getSchoolAttemptsParameterTypes8);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, schoolId);

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

			return (java.util.List<ru.opora.diagnostics.model.Attempt>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.domain.diagnostics.ResultsSheet.Report
			importExternalResults(
				HttpPrincipal httpPrincipal, long groupId,
				java.util.List<java.util.List<String>> rows)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				AttemptServiceUtil.class, "importExternalResults",
				_importExternalResultsParameterTypes9);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, rows);

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

			return (ru.opora.domain.diagnostics.ResultsSheet.Report)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static long getSecondsLeft(
			HttpPrincipal httpPrincipal, long attemptId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				AttemptServiceUtil.class, "getSecondsLeft",
				_getSecondsLeftParameterTypes10);

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

			return ((Long)returnObj).longValue();
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.diagnostics.model.Attempt>
			getTeacherAttempts(HttpPrincipal httpPrincipal, long teacherUserId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				AttemptServiceUtil.class, "getTeacherAttempts",
				_getTeacherAttemptsParameterTypes11);

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

			return (java.util.List<ru.opora.diagnostics.model.Attempt>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static boolean hasConsent(HttpPrincipal httpPrincipal)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				AttemptServiceUtil.class, "hasConsent",
				_hasConsentParameterTypes12);

			MethodHandler methodHandler = new MethodHandler(methodKey);

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

			return ((Boolean)returnObj).booleanValue();
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.diagnostics.model.Attempt saveAnswers(
			HttpPrincipal httpPrincipal, long attemptId,
			java.util.Map<String, String> answers)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				AttemptServiceUtil.class, "saveAnswers",
				_saveAnswersParameterTypes13);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, attemptId, answers);

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

			return (ru.opora.diagnostics.model.Attempt)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.diagnostics.model.Attempt startAttempt(
			HttpPrincipal httpPrincipal, long attemptId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				AttemptServiceUtil.class, "startAttempt",
				_startAttemptParameterTypes14);

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

			return (ru.opora.diagnostics.model.Attempt)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.diagnostics.model.Attempt submitAttempt(
			HttpPrincipal httpPrincipal, long attemptId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				AttemptServiceUtil.class, "submitAttempt",
				_submitAttemptParameterTypes15);

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

			return (ru.opora.diagnostics.model.Attempt)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	private static Log _log = LogFactoryUtil.getLog(AttemptServiceHttp.class);

	private static final Class<?>[] _giveConsentParameterTypes0 =
		new Class[] {};
	private static final Class<?>[] _getAggregatesParameterTypes1 =
		new Class[] {long.class};
	private static final Class<?>[] _getCompetenceNamesParameterTypes2 =
		new Class[] {int.class};
	private static final Class<?>[] _getAttemptParameterTypes3 = new Class[] {
		long.class
	};
	private static final Class<?>[] _getItemViewsParameterTypes4 = new Class[] {
		long.class
	};
	private static final Class<?>[] _getMyAttemptsParameterTypes5 =
		new Class[] {};
	private static final Class<?>[] _getRegionAggregatesParameterTypes6 =
		new Class[] {long[].class};
	private static final Class<?>[] _getResultParameterTypes7 = new Class[] {
		long.class
	};
	private static final Class<?>[] _getSchoolAttemptsParameterTypes8 =
		new Class[] {long.class};
	private static final Class<?>[] _importExternalResultsParameterTypes9 =
		new Class[] {long.class, java.util.List.class};
	private static final Class<?>[] _getSecondsLeftParameterTypes10 =
		new Class[] {long.class};
	private static final Class<?>[] _getTeacherAttemptsParameterTypes11 =
		new Class[] {long.class};
	private static final Class<?>[] _hasConsentParameterTypes12 =
		new Class[] {};
	private static final Class<?>[] _saveAnswersParameterTypes13 = new Class[] {
		long.class, java.util.Map.class
	};
	private static final Class<?>[] _startAttemptParameterTypes14 =
		new Class[] {long.class};
	private static final Class<?>[] _submitAttemptParameterTypes15 =
		new Class[] {long.class};

}