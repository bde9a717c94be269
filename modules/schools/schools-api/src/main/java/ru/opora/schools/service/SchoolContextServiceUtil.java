/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.schools.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.module.service.Snapshot;

import java.util.List;

import ru.opora.schools.model.SchoolContext;

/**
 * Provides the remote service utility for SchoolContext. This utility wraps
 * <code>ru.opora.schools.service.impl.SchoolContextServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Opora
 * @see SchoolContextService
 * @generated
 */
public class SchoolContextServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>ru.opora.schools.service.impl.SchoolContextServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	public static List<SchoolContext> getSchoolContexts(long schoolId)
		throws PortalException {

		return getService().getSchoolContexts(schoolId);
	}

	public static SchoolContext updateSchoolContext(
			long schoolId, ru.opora.domain.school.ContextFigures figures,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().updateSchoolContext(
			schoolId, figures, serviceContext);
	}

	public static SchoolContextService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<SchoolContextService> _serviceSnapshot =
		new Snapshot<>(
			SchoolContextServiceUtil.class, SchoolContextService.class);

}