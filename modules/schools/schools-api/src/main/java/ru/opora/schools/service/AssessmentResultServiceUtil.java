/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.schools.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.module.service.Snapshot;

import java.util.List;

import ru.opora.schools.model.AssessmentResult;

/**
 * Provides the remote service utility for AssessmentResult. This utility wraps
 * <code>ru.opora.schools.service.impl.AssessmentResultServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Opora
 * @see AssessmentResultService
 * @generated
 */
public class AssessmentResultServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>ru.opora.schools.service.impl.AssessmentResultServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static AssessmentResult deleteAssessmentResult(
			long assessmentResultId)
		throws PortalException {

		return getService().deleteAssessmentResult(assessmentResultId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	public static List<AssessmentResult> getSchoolAssessmentResults(
			long schoolId)
		throws PortalException {

		return getService().getSchoolAssessmentResults(schoolId);
	}

	public static AssessmentResult updateAssessmentResult(
			long schoolId, ru.opora.domain.school.ResultFigures figures,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().updateAssessmentResult(
			schoolId, figures, serviceContext);
	}

	public static AssessmentResultService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<AssessmentResultService> _serviceSnapshot =
		new Snapshot<>(
			AssessmentResultServiceUtil.class, AssessmentResultService.class);

}