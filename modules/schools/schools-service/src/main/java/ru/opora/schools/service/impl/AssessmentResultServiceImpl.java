/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.schools.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.domain.school.ResultFigures;
import ru.opora.schools.model.AssessmentResult;
import ru.opora.schools.model.School;
import ru.opora.schools.service.base.AssessmentResultServiceBaseImpl;

/**
 * Permission-checked access to results: whoever may update a school may store
 * its results; whoever may view it may read them.
 *
 * @author Opora
 */
@Component(service = AopService.class)
public class AssessmentResultServiceImpl
	extends AssessmentResultServiceBaseImpl {

	@Override
	public AssessmentResult deleteAssessmentResult(long assessmentResultId)
		throws PortalException {

		AssessmentResult assessmentResult =
			assessmentResultLocalService.getAssessmentResult(assessmentResultId);

		_schoolModelResourcePermission.check(
			getPermissionChecker(), assessmentResult.getSchoolId(),
			ActionKeys.UPDATE);

		return assessmentResultLocalService.deleteAssessmentResult(
			assessmentResult);
	}

	@Override
	public List<AssessmentResult> getSchoolAssessmentResults(long schoolId)
		throws PortalException {

		_schoolModelResourcePermission.check(
			getPermissionChecker(), schoolId, ActionKeys.VIEW);

		return assessmentResultLocalService.getSchoolAssessmentResults(
			schoolId);
	}

	@Override
	public AssessmentResult updateAssessmentResult(
			long schoolId, ResultFigures figures, ServiceContext serviceContext)
		throws PortalException {

		_schoolModelResourcePermission.check(
			getPermissionChecker(), schoolId, ActionKeys.UPDATE);

		return assessmentResultLocalService.updateAssessmentResult(
			getUserId(), schoolId, figures, serviceContext);
	}

	@Reference(target = "(model.class.name=ru.opora.schools.model.School)")
	private ModelResourcePermission<School> _schoolModelResourcePermission;

}
