/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link RiskSurveyResponseService}.
 *
 * @author Opora
 * @see RiskSurveyResponseService
 * @generated
 */
public class RiskSurveyResponseServiceWrapper
	implements RiskSurveyResponseService,
			   ServiceWrapper<RiskSurveyResponseService> {

	public RiskSurveyResponseServiceWrapper() {
		this(null);
	}

	public RiskSurveyResponseServiceWrapper(
		RiskSurveyResponseService riskSurveyResponseService) {

		_riskSurveyResponseService = riskSurveyResponseService;
	}

	/**
	 * The questionnaire of an issued code's group, for the year of the code's survey.
	 */
	@Override
	public java.util.List<ru.opora.domain.risk.dictionary.Question>
			getCodeQuestionnaire(String responseCode)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskSurveyResponseService.getCodeQuestionnaire(responseCode);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _riskSurveyResponseService.getOSGiServiceIdentifier();
	}

	@Override
	public ru.opora.domain.risk.profile.SurveyProgress getSchoolProgress(
			long schoolId, int year)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskSurveyResponseService.getSchoolProgress(schoolId, year);
	}

	@Override
	public java.util.List<ru.opora.riskprofile.model.RiskSurveyResponse>
			getSchoolResponses(long schoolId, int year)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskSurveyResponseService.getSchoolResponses(schoolId, year);
	}

	/**
	 * The staff questionnaire of a group for a school's year.
	 */
	@Override
	public java.util.List<ru.opora.domain.risk.dictionary.Question>
			getStaffQuestionnaire(
				long schoolId, int year, String respondentGroup)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskSurveyResponseService.getStaffQuestionnaire(
			schoolId, year, respondentGroup);
	}

	/**
	 * Imports answers from a workbook: the school's team only.
	 */
	@Override
	public ru.opora.riskprofile.util.SurveyImportReport importAnswers(
			long schoolId, int year, java.io.File file)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskSurveyResponseService.importAnswers(schoolId, year, file);
	}

	@Override
	public java.util.List<ru.opora.riskprofile.model.RiskSurveyResponse>
			issueResponseCodes(
				long schoolId, int year, String respondentGroup, int count)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskSurveyResponseService.issueResponseCodes(
			schoolId, year, respondentGroup, count);
	}

	@Override
	public ru.opora.riskprofile.model.RiskSurveyResponse saveCodeResponse(
			String responseCode, java.util.Map<String, Double> answers)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskSurveyResponseService.saveCodeResponse(
			responseCode, answers);
	}

	@Override
	public ru.opora.riskprofile.model.RiskSurveyResponse saveStaffResponse(
			long schoolId, int year, String respondentGroup,
			java.util.Map<String, Double> answers)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskSurveyResponseService.saveStaffResponse(
			schoolId, year, respondentGroup, answers);
	}

	@Override
	public RiskSurveyResponseService getWrappedService() {
		return _riskSurveyResponseService;
	}

	@Override
	public void setWrappedService(
		RiskSurveyResponseService riskSurveyResponseService) {

		_riskSurveyResponseService = riskSurveyResponseService;
	}

	private RiskSurveyResponseService _riskSurveyResponseService;

}