/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.auth.PrincipalException;

import java.io.File;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.domain.risk.RespondentGroup;
import ru.opora.domain.risk.dictionary.Question;
import ru.opora.domain.risk.profile.SurveyProgress;
import ru.opora.riskprofile.constants.RiskProfileActionKeys;
import ru.opora.riskprofile.internal.security.permission.resource.RiskSchoolPermission;
import ru.opora.riskprofile.internal.util.RiskValidation;
import ru.opora.riskprofile.model.RiskSurveyResponse;
import ru.opora.riskprofile.service.RiskDictionaryVersionLocalService;
import ru.opora.riskprofile.service.base.RiskSurveyResponseServiceBaseImpl;
import ru.opora.riskprofile.util.SurveyImportReport;
import ru.opora.schools.model.School;
import ru.opora.schools.service.SchoolLocalService;

/**
 * The permission-checked survey operations. Staff answer for their own
 * school (the director's questionnaire only for the school's team); the team
 * issues anonymous codes and sees the progress; a response code is itself
 * the permission to answer once, so pupils and parents need no account.
 *
 * @author Opora
 */
@Component(
	property = {
		"json.web.service.context.name=oporarp",
		"json.web.service.context.path=RiskSurveyResponse"
	},
	service = AopService.class
)
public class RiskSurveyResponseServiceImpl extends RiskSurveyResponseServiceBaseImpl {

	/** The questionnaire of an issued code's group, for the year of the code's survey. */
	@Override
	public List<Question> getCodeQuestionnaire(String responseCode) throws PortalException {
		RiskSurveyResponse response = riskSurveyResponseLocalService.fetchByResponseCode(responseCode);

		if (response == null) {
			throw RiskValidation.exception("responseCode", "risk-survey-code-unknown");
		}

		return _questionnaire(response.getCompanyId(), response.getUserId(), response.getYear(),
			RespondentGroup.valueOf(response.getRespondentGroup()));
	}

	@Override
	public List<RiskSurveyResponse> getSchoolResponses(long schoolId, int year) throws PortalException {
		_riskSchoolPermission.check(
			getPermissionChecker(), _schoolLocalService.getSchool(schoolId), RiskProfileActionKeys.UPDATE);

		return riskSurveyResponseLocalService.getSchoolResponses(schoolId, year);
	}

	@Override
	public SurveyProgress getSchoolProgress(long schoolId, int year) throws PortalException {
		School school = _schoolLocalService.getSchool(schoolId);

		_riskSchoolPermission.check(getPermissionChecker(), school, RiskProfileActionKeys.VIEW);

		return SurveyProgress.of(
			_riskDictionaryVersionLocalService.getDictionary(
				_riskDictionaryVersionLocalService.getVersionForYear(
					getUserId(), school.getCompanyId(), year).getRiskDictionaryVersionId()),
			riskSurveyResponseLocalService.getSchoolAnswers(schoolId, year));
	}

	/** The staff questionnaire of a group for a school's year. */
	@Override
	public List<Question> getStaffQuestionnaire(long schoolId, int year, String respondentGroup)
		throws PortalException {

		School school = _schoolLocalService.getSchool(schoolId);

		_checkStaff(school, respondentGroup);

		return _questionnaire(school.getCompanyId(), getUserId(), year, RespondentGroup.valueOf(respondentGroup));
	}

	/** Imports answers from a workbook: the school's team only. */
	@Override
	public SurveyImportReport importAnswers(long schoolId, int year, File file) throws PortalException {
		_riskSchoolPermission.check(
			getPermissionChecker(), _schoolLocalService.getSchool(schoolId), RiskProfileActionKeys.UPDATE);

		return riskSurveyResponseLocalService.importAnswers(getUserId(), schoolId, year, file);
	}

	@Override
	public List<RiskSurveyResponse> issueResponseCodes(long schoolId, int year, String respondentGroup, int count)
		throws PortalException {

		_riskSchoolPermission.check(
			getPermissionChecker(), _schoolLocalService.getSchool(schoolId), RiskProfileActionKeys.UPDATE);

		return riskSurveyResponseLocalService.issueResponseCodes(getUserId(), schoolId, year, respondentGroup, count);
	}

	@Override
	public RiskSurveyResponse saveCodeResponse(String responseCode, Map<String, Double> answers)
		throws PortalException {

		return riskSurveyResponseLocalService.saveCodeResponse(responseCode, answers);
	}

	@Override
	public RiskSurveyResponse saveStaffResponse(
			long schoolId, int year, String respondentGroup, Map<String, Double> answers)
		throws PortalException {

		_checkStaff(_schoolLocalService.getSchool(schoolId), respondentGroup);

		return riskSurveyResponseLocalService.saveStaffResponse(
			getUserId(), schoolId, year, respondentGroup, answers);
	}

	private void _checkStaff(School school, String respondentGroup) throws PortalException {
		RespondentGroup group = RespondentGroup.parse(respondentGroup).orElse(null);

		if ((group == null) || group.isAnonymous()) {
			throw RiskValidation.exception("respondentGroup", "risk-survey-group-not-staff");
		}

		long userId = getUserId();

		boolean allowed = (group == RespondentGroup.DIRECTOR) ? _riskSchoolPermission.isSchoolTeam(userId, school) :
			_riskSchoolPermission.isSchoolStaff(userId, school);

		if (!allowed) {
			throw new PrincipalException.MustHavePermission(
				userId, School.class.getName(), school.getSchoolId(), RiskProfileActionKeys.UPDATE);
		}
	}

	private List<Question> _questionnaire(long companyId, long userId, int year, RespondentGroup group)
		throws PortalException {

		return _riskDictionaryVersionLocalService.getDictionary(
			_riskDictionaryVersionLocalService.getVersionForYear(
				userId, companyId, year).getRiskDictionaryVersionId()
		).questionsOf(group);
	}

	@Reference
	private RiskDictionaryVersionLocalService _riskDictionaryVersionLocalService;

	@Reference
	private RiskSchoolPermission _riskSchoolPermission;

	@Reference
	private SchoolLocalService _schoolLocalService;

}
