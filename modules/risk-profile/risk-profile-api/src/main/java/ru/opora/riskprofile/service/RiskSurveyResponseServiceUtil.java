/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.module.service.Snapshot;

import java.util.List;
import java.util.Map;

import ru.opora.riskprofile.model.RiskSurveyResponse;

/**
 * Provides the remote service utility for RiskSurveyResponse. This utility wraps
 * <code>ru.opora.riskprofile.service.impl.RiskSurveyResponseServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Opora
 * @see RiskSurveyResponseService
 * @generated
 */
public class RiskSurveyResponseServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>ru.opora.riskprofile.service.impl.RiskSurveyResponseServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * The questionnaire of an issued code's group, for the year of the code's survey.
	 */
	public static List<ru.opora.domain.risk.dictionary.Question>
			getCodeQuestionnaire(String responseCode)
		throws PortalException {

		return getService().getCodeQuestionnaire(responseCode);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	public static ru.opora.domain.risk.profile.SurveyProgress getSchoolProgress(
			long schoolId, int year)
		throws PortalException {

		return getService().getSchoolProgress(schoolId, year);
	}

	public static List<RiskSurveyResponse> getSchoolResponses(
			long schoolId, int year)
		throws PortalException {

		return getService().getSchoolResponses(schoolId, year);
	}

	/**
	 * The staff questionnaire of a group for a school's year.
	 */
	public static List<ru.opora.domain.risk.dictionary.Question>
			getStaffQuestionnaire(
				long schoolId, int year, String respondentGroup)
		throws PortalException {

		return getService().getStaffQuestionnaire(
			schoolId, year, respondentGroup);
	}

	/**
	 * Imports answers from a workbook: the school's team only.
	 */
	public static ru.opora.riskprofile.util.SurveyImportReport importAnswers(
			long schoolId, int year, java.io.File file)
		throws PortalException {

		return getService().importAnswers(schoolId, year, file);
	}

	public static List<RiskSurveyResponse> issueResponseCodes(
			long schoolId, int year, String respondentGroup, int count)
		throws PortalException {

		return getService().issueResponseCodes(
			schoolId, year, respondentGroup, count);
	}

	public static RiskSurveyResponse saveCodeResponse(
			String responseCode, Map<String, Double> answers)
		throws PortalException {

		return getService().saveCodeResponse(responseCode, answers);
	}

	public static RiskSurveyResponse saveStaffResponse(
			long schoolId, int year, String respondentGroup,
			Map<String, Double> answers)
		throws PortalException {

		return getService().saveStaffResponse(
			schoolId, year, respondentGroup, answers);
	}

	public static RiskSurveyResponseService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<RiskSurveyResponseService> _serviceSnapshot =
		new Snapshot<>(
			RiskSurveyResponseServiceUtil.class,
			RiskSurveyResponseService.class);

}