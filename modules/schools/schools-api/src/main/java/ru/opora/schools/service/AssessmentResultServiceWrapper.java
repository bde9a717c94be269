/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.schools.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link AssessmentResultService}.
 *
 * @author Opora
 * @see AssessmentResultService
 * @generated
 */
public class AssessmentResultServiceWrapper
	implements AssessmentResultService,
			   ServiceWrapper<AssessmentResultService> {

	public AssessmentResultServiceWrapper() {
		this(null);
	}

	public AssessmentResultServiceWrapper(
		AssessmentResultService assessmentResultService) {

		_assessmentResultService = assessmentResultService;
	}

	@Override
	public ru.opora.schools.model.AssessmentResult deleteAssessmentResult(
			long assessmentResultId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _assessmentResultService.deleteAssessmentResult(
			assessmentResultId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _assessmentResultService.getOSGiServiceIdentifier();
	}

	@Override
	public java.util.List<ru.opora.schools.model.AssessmentResult>
			getSchoolAssessmentResults(long schoolId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _assessmentResultService.getSchoolAssessmentResults(schoolId);
	}

	@Override
	public ru.opora.schools.model.AssessmentResult updateAssessmentResult(
			long schoolId, ru.opora.domain.school.ResultFigures figures,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _assessmentResultService.updateAssessmentResult(
			schoolId, figures, serviceContext);
	}

	@Override
	public AssessmentResultService getWrappedService() {
		return _assessmentResultService;
	}

	@Override
	public void setWrappedService(
		AssessmentResultService assessmentResultService) {

		_assessmentResultService = assessmentResultService;
	}

	private AssessmentResultService _assessmentResultService;

}