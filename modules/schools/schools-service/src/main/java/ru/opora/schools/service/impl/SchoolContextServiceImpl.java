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

import ru.opora.domain.school.ContextFigures;
import ru.opora.schools.model.School;
import ru.opora.schools.model.SchoolContext;
import ru.opora.schools.service.base.SchoolContextServiceBaseImpl;

/**
 * Permission-checked access to a school's context figures.
 *
 * @author Opora
 */
@Component(service = AopService.class)
public class SchoolContextServiceImpl extends SchoolContextServiceBaseImpl {

	@Override
	public List<SchoolContext> getSchoolContexts(long schoolId)
		throws PortalException {

		_schoolModelResourcePermission.check(
			getPermissionChecker(), schoolId, ActionKeys.VIEW);

		return schoolContextLocalService.getSchoolContexts(schoolId);
	}

	@Override
	public SchoolContext updateSchoolContext(
			long schoolId, ContextFigures figures, ServiceContext serviceContext)
		throws PortalException {

		_schoolModelResourcePermission.check(
			getPermissionChecker(), schoolId, ActionKeys.UPDATE);

		return schoolContextLocalService.updateSchoolContext(
			getUserId(), schoolId, figures, serviceContext);
	}

	@Reference(target = "(model.class.name=ru.opora.schools.model.School)")
	private ModelResourcePermission<School> _schoolModelResourcePermission;

}
