/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service.http;

import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.security.auth.HttpPrincipal;
import com.liferay.portal.kernel.service.http.TunnelUtil;
import com.liferay.portal.kernel.util.MethodHandler;
import com.liferay.portal.kernel.util.MethodKey;

import ru.opora.riskprofile.service.RiskProfileServiceUtil;

/**
 * Provides the HTTP utility for the
 * <code>RiskProfileServiceUtil</code> service
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
public class RiskProfileServiceHttp {

	public static ru.opora.riskprofile.model.RiskProfile calculateProfile(
			HttpPrincipal httpPrincipal, long schoolId, int year)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskProfileServiceUtil.class, "calculateProfile",
				_calculateProfileParameterTypes0);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, schoolId, year);

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

			return (ru.opora.riskprofile.model.RiskProfile)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.riskprofile.model.RiskProfile fetchSchoolProfile(
			HttpPrincipal httpPrincipal, long schoolId, int year)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskProfileServiceUtil.class, "fetchSchoolProfile",
				_fetchSchoolProfileParameterTypes1);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, schoolId, year);

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

			return (ru.opora.riskprofile.model.RiskProfile)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.Map<String, ru.opora.domain.risk.RiskLevel>
			getEffectiveLevels(HttpPrincipal httpPrincipal, long riskProfileId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskProfileServiceUtil.class, "getEffectiveLevels",
				_getEffectiveLevelsParameterTypes2);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, riskProfileId);

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

			return (java.util.Map<String, ru.opora.domain.risk.RiskLevel>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.riskprofile.model.RiskFactorLevel>
			getFactorLevels(HttpPrincipal httpPrincipal, long riskProfileId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskProfileServiceUtil.class, "getFactorLevels",
				_getFactorLevelsParameterTypes3);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, riskProfileId);

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

			return (java.util.List<ru.opora.riskprofile.model.RiskFactorLevel>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.riskprofile.model.RiskProfile>
			getGroupProfiles(HttpPrincipal httpPrincipal, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskProfileServiceUtil.class, "getGroupProfiles",
				_getGroupProfilesParameterTypes4);

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

			return (java.util.List<ru.opora.riskprofile.model.RiskProfile>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.domain.risk.dictionary.FactorDictionary
			getProfileDictionary(
				HttpPrincipal httpPrincipal, long riskProfileId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskProfileServiceUtil.class, "getProfileDictionary",
				_getProfileDictionaryParameterTypes5);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, riskProfileId);

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

			return (ru.opora.domain.risk.dictionary.FactorDictionary)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.riskprofile.model.RiskProfile>
			getSchoolProfiles(HttpPrincipal httpPrincipal, long schoolId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskProfileServiceUtil.class, "getSchoolProfiles",
				_getSchoolProfilesParameterTypes6);

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

			return (java.util.List<ru.opora.riskprofile.model.RiskProfile>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.riskprofile.model.RiskVerification>
			getVerifications(HttpPrincipal httpPrincipal, long riskProfileId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskProfileServiceUtil.class, "getVerifications",
				_getVerificationsParameterTypes7);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, riskProfileId);

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

			return (java.util.List<ru.opora.riskprofile.model.RiskVerification>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static boolean hasSchoolPermission(
			HttpPrincipal httpPrincipal, long schoolId, String actionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskProfileServiceUtil.class, "hasSchoolPermission",
				_hasSchoolPermissionParameterTypes8);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, schoolId, actionId);

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

	public static ru.opora.riskprofile.model.RiskProfile updatePriorities(
			HttpPrincipal httpPrincipal, long riskProfileId,
			java.util.List<String> factorCodes)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskProfileServiceUtil.class, "updatePriorities",
				_updatePrioritiesParameterTypes9);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, riskProfileId, factorCodes);

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

			return (ru.opora.riskprofile.model.RiskProfile)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.riskprofile.model.RiskVerification verifyFactor(
			HttpPrincipal httpPrincipal, long riskProfileId, String factorCode,
			String action, String newLevel, String comment)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskProfileServiceUtil.class, "verifyFactor",
				_verifyFactorParameterTypes10);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, riskProfileId, factorCode, action, newLevel,
				comment);

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

			return (ru.opora.riskprofile.model.RiskVerification)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	private static Log _log = LogFactoryUtil.getLog(
		RiskProfileServiceHttp.class);

	private static final Class<?>[] _calculateProfileParameterTypes0 =
		new Class[] {long.class, int.class};
	private static final Class<?>[] _fetchSchoolProfileParameterTypes1 =
		new Class[] {long.class, int.class};
	private static final Class<?>[] _getEffectiveLevelsParameterTypes2 =
		new Class[] {long.class};
	private static final Class<?>[] _getFactorLevelsParameterTypes3 =
		new Class[] {long.class};
	private static final Class<?>[] _getGroupProfilesParameterTypes4 =
		new Class[] {long.class};
	private static final Class<?>[] _getProfileDictionaryParameterTypes5 =
		new Class[] {long.class};
	private static final Class<?>[] _getSchoolProfilesParameterTypes6 =
		new Class[] {long.class};
	private static final Class<?>[] _getVerificationsParameterTypes7 =
		new Class[] {long.class};
	private static final Class<?>[] _hasSchoolPermissionParameterTypes8 =
		new Class[] {long.class, String.class};
	private static final Class<?>[] _updatePrioritiesParameterTypes9 =
		new Class[] {long.class, java.util.List.class};
	private static final Class<?>[] _verifyFactorParameterTypes10 =
		new Class[] {
			long.class, String.class, String.class, String.class, String.class
		};

}