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

import ru.opora.riskprofile.service.RiskSurveyResponseServiceUtil;

/**
 * Provides the HTTP utility for the
 * <code>RiskSurveyResponseServiceUtil</code> service
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
public class RiskSurveyResponseServiceHttp {

	public static java.util.List<ru.opora.domain.risk.dictionary.Question>
			getCodeQuestionnaire(
				HttpPrincipal httpPrincipal, String responseCode)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskSurveyResponseServiceUtil.class, "getCodeQuestionnaire",
				_getCodeQuestionnaireParameterTypes0);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, responseCode);

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

			return (java.util.List<ru.opora.domain.risk.dictionary.Question>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.riskprofile.model.RiskSurveyResponse>
			getSchoolResponses(
				HttpPrincipal httpPrincipal, long schoolId, int year)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskSurveyResponseServiceUtil.class, "getSchoolResponses",
				_getSchoolResponsesParameterTypes1);

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

			return (java.util.List
				<ru.opora.riskprofile.model.RiskSurveyResponse>)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.domain.risk.profile.SurveyProgress getSchoolProgress(
			HttpPrincipal httpPrincipal, long schoolId, int year)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskSurveyResponseServiceUtil.class, "getSchoolProgress",
				_getSchoolProgressParameterTypes2);

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

			return (ru.opora.domain.risk.profile.SurveyProgress)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.domain.risk.dictionary.Question>
			getStaffQuestionnaire(
				HttpPrincipal httpPrincipal, long schoolId, int year,
				String respondentGroup)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskSurveyResponseServiceUtil.class, "getStaffQuestionnaire",
				_getStaffQuestionnaireParameterTypes3);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, schoolId, year, respondentGroup);

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

			return (java.util.List<ru.opora.domain.risk.dictionary.Question>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.riskprofile.util.SurveyImportReport importAnswers(
			HttpPrincipal httpPrincipal, long schoolId, int year,
			java.io.File file)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskSurveyResponseServiceUtil.class, "importAnswers",
				_importAnswersParameterTypes4);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, schoolId, year, file);

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

			return (ru.opora.riskprofile.util.SurveyImportReport)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.riskprofile.model.RiskSurveyResponse>
			issueResponseCodes(
				HttpPrincipal httpPrincipal, long schoolId, int year,
				String respondentGroup, int count)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskSurveyResponseServiceUtil.class, "issueResponseCodes",
				_issueResponseCodesParameterTypes5);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, schoolId, year, respondentGroup, count);

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
				<ru.opora.riskprofile.model.RiskSurveyResponse>)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.riskprofile.model.RiskSurveyResponse
			saveCodeResponse(
				HttpPrincipal httpPrincipal, String responseCode,
				java.util.Map<String, Double> answers)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskSurveyResponseServiceUtil.class, "saveCodeResponse",
				_saveCodeResponseParameterTypes6);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, responseCode, answers);

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

			return (ru.opora.riskprofile.model.RiskSurveyResponse)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.riskprofile.model.RiskSurveyResponse
			saveStaffResponse(
				HttpPrincipal httpPrincipal, long schoolId, int year,
				String respondentGroup, java.util.Map<String, Double> answers)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskSurveyResponseServiceUtil.class, "saveStaffResponse",
				_saveStaffResponseParameterTypes7);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, schoolId, year, respondentGroup, answers);

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

			return (ru.opora.riskprofile.model.RiskSurveyResponse)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	private static Log _log = LogFactoryUtil.getLog(
		RiskSurveyResponseServiceHttp.class);

	private static final Class<?>[] _getCodeQuestionnaireParameterTypes0 =
		new Class[] {String.class};
	private static final Class<?>[] _getSchoolResponsesParameterTypes1 =
		new Class[] {long.class, int.class};
	private static final Class<?>[] _getSchoolProgressParameterTypes2 =
		new Class[] {long.class, int.class};
	private static final Class<?>[] _getStaffQuestionnaireParameterTypes3 =
		new Class[] {long.class, int.class, String.class};
	private static final Class<?>[] _importAnswersParameterTypes4 =
		new Class[] {long.class, int.class, java.io.File.class};
	private static final Class<?>[] _issueResponseCodesParameterTypes5 =
		new Class[] {long.class, int.class, String.class, int.class};
	private static final Class<?>[] _saveCodeResponseParameterTypes6 =
		new Class[] {String.class, java.util.Map.class};
	private static final Class<?>[] _saveStaffResponseParameterTypes7 =
		new Class[] {long.class, int.class, String.class, java.util.Map.class};

}