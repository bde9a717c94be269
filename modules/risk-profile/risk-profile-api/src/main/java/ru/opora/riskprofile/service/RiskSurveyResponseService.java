/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.security.access.control.AccessControlled;
import com.liferay.portal.kernel.service.BaseService;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.io.File;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.domain.risk.dictionary.Question;
import ru.opora.domain.risk.profile.SurveyProgress;
import ru.opora.riskprofile.model.RiskSurveyResponse;
import ru.opora.riskprofile.util.SurveyImportReport;

/**
 * Provides the remote service interface for RiskSurveyResponse. Methods of this
 * service are expected to have security checks based on the propagated JAAS
 * credentials because this service can be accessed remotely.
 *
 * @author Opora
 * @see RiskSurveyResponseServiceUtil
 * @generated
 */
@AccessControlled
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface RiskSurveyResponseService extends BaseService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>ru.opora.riskprofile.service.impl.RiskSurveyResponseServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the risk survey response remote service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link RiskSurveyResponseServiceUtil} if injection and service tracking are not available.
	 */

	/**
	 * The questionnaire of an issued code's group, for the year of the code's survey.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Question> getCodeQuestionnaire(String responseCode)
		throws PortalException;

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public SurveyProgress getSchoolProgress(long schoolId, int year)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<RiskSurveyResponse> getSchoolResponses(long schoolId, int year)
		throws PortalException;

	/**
	 * The staff questionnaire of a group for a school's year.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Question> getStaffQuestionnaire(
			long schoolId, int year, String respondentGroup)
		throws PortalException;

	/**
	 * Imports answers from a workbook: the school's team only.
	 */
	public SurveyImportReport importAnswers(long schoolId, int year, File file)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<RiskSurveyResponse> issueResponseCodes(
			long schoolId, int year, String respondentGroup, int count)
		throws PortalException;

	public RiskSurveyResponse saveCodeResponse(
			String responseCode, Map<String, Double> answers)
		throws PortalException;

	public RiskSurveyResponse saveStaffResponse(
			long schoolId, int year, String respondentGroup,
			Map<String, Double> answers)
		throws PortalException;

}