/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.schools.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link SchoolContextService}.
 *
 * @author Opora
 * @see SchoolContextService
 * @generated
 */
public class SchoolContextServiceWrapper
	implements SchoolContextService, ServiceWrapper<SchoolContextService> {

	public SchoolContextServiceWrapper() {
		this(null);
	}

	public SchoolContextServiceWrapper(
		SchoolContextService schoolContextService) {

		_schoolContextService = schoolContextService;
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _schoolContextService.getOSGiServiceIdentifier();
	}

	@Override
	public java.util.List<ru.opora.schools.model.SchoolContext>
			getSchoolContexts(long schoolId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolContextService.getSchoolContexts(schoolId);
	}

	@Override
	public ru.opora.schools.model.SchoolContext updateSchoolContext(
			long schoolId, ru.opora.domain.school.ContextFigures figures,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolContextService.updateSchoolContext(
			schoolId, figures, serviceContext);
	}

	@Override
	public SchoolContextService getWrappedService() {
		return _schoolContextService;
	}

	@Override
	public void setWrappedService(SchoolContextService schoolContextService) {
		_schoolContextService = schoolContextService;
	}

	private SchoolContextService _schoolContextService;

}