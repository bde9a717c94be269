/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.schools.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.ServiceContext;

import java.io.File;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.domain.identification.IdentificationRules;
import ru.opora.domain.school.SchoolData;
import ru.opora.schools.constants.SchoolsActionKeys;
import ru.opora.schools.constants.SchoolsConstants;
import ru.opora.schools.importer.ImportMode;
import ru.opora.schools.importing.SchoolImportResult;
import ru.opora.schools.model.School;
import ru.opora.schools.organization.OrganizationLinkResult;
import ru.opora.schools.service.base.SchoolServiceBaseImpl;

/**
 * Permission-checked facade of the school registry: the web layer calls this,
 * never the local service.
 *
 * @author Opora
 */
@Component(service = AopService.class)
public class SchoolServiceImpl extends SchoolServiceBaseImpl {

	@Override
	public School addSchool(
			long groupId, SchoolData schoolData, ServiceContext serviceContext)
		throws PortalException {

		_portletResourcePermission.check(
			getPermissionChecker(), groupId, SchoolsActionKeys.ADD_SCHOOL);

		return schoolLocalService.addSchool(
			getUserId(), groupId, schoolData, serviceContext);
	}

	@Override
	public School deleteSchool(long schoolId) throws PortalException {
		_schoolModelResourcePermission.check(
			getPermissionChecker(), schoolId, ActionKeys.DELETE);

		return schoolLocalService.deleteSchool(schoolId);
	}

	@Override
	public School getSchool(long schoolId) throws PortalException {
		_schoolModelResourcePermission.check(
			getPermissionChecker(), schoolId, ActionKeys.VIEW);

		return schoolLocalService.getSchool(schoolId);
	}

	/**
	 * The region's schools (every municipality site of the portal instance)
	 * that the current user may view: all of them for a regional coordinator.
	 */
	@Override
	public List<School> getCompanySchools(long companyId)
		throws PortalException {

		return _filterViewable(schoolLocalService.getCompanySchools(companyId));
	}

	/** The site's schools that the current user may view. */
	@Override
	public List<School> getGroupSchools(long groupId) throws PortalException {
		return _filterViewable(schoolLocalService.getGroupSchools(groupId));
	}

	/** The site's identification rules, for whoever may view the site's schools. */
	@Override
	public IdentificationRules getIdentificationRules(long groupId)
		throws PortalException {

		return schoolLocalService.getIdentificationRules(groupId);
	}

	/** Changes the site's identification rules: needs MANAGE_RULES there. */
	@Override
	public IdentificationRules updateIdentificationRules(
			long groupId, IdentificationRules identificationRules)
		throws PortalException {

		_portletResourcePermission.check(
			getPermissionChecker(), groupId, SchoolsActionKeys.MANAGE_RULES);

		return schoolLocalService.updateIdentificationRules(
			groupId, identificationRules);
	}

	/** Imports a workbook into the site: needs IMPORT_DATA there. */
	@Override
	public SchoolImportResult importWorkbook(
			long groupId, File file, ImportMode mode,
			ServiceContext serviceContext)
		throws PortalException {

		_portletResourcePermission.check(
			getPermissionChecker(), groupId, SchoolsActionKeys.IMPORT_DATA);

		return schoolLocalService.importWorkbook(
			getUserId(), groupId, file, mode, serviceContext);
	}

	/**
	 * Links every school of the site to a portal organization: needs
	 * MANAGE_ORGANIZATIONS there.
	 */
	@Override
	public OrganizationLinkResult linkSchoolOrganizations(
			long groupId, boolean createMissing)
		throws PortalException {

		_portletResourcePermission.check(
			getPermissionChecker(), groupId,
			SchoolsActionKeys.MANAGE_ORGANIZATIONS);

		return schoolLocalService.linkSchoolOrganizations(
			getUserId(), groupId, createMissing);
	}

	/** Links a school to its staff's organization: needs UPDATE on the school. */
	@Override
	public School updateSchoolOrganization(long schoolId, long organizationId)
		throws PortalException {

		_schoolModelResourcePermission.check(
			getPermissionChecker(), schoolId, ActionKeys.UPDATE);

		return schoolLocalService.updateSchoolOrganization(
			schoolId, organizationId);
	}

	@Override
	public School updateSchool(
			long schoolId, SchoolData schoolData, ServiceContext serviceContext)
		throws PortalException {

		_schoolModelResourcePermission.check(
			getPermissionChecker(), schoolId, ActionKeys.UPDATE);

		return schoolLocalService.updateSchool(
			schoolId, schoolData, serviceContext);
	}

	private List<School> _filterViewable(List<School> schools)
		throws PortalException {

		List<School> viewable = new ArrayList<>();

		for (School school : schools) {
			if (_schoolModelResourcePermission.contains(
					getPermissionChecker(), school, ActionKeys.VIEW)) {

				viewable.add(school);
			}
		}

		return viewable;
	}

	@Reference(
		target = "(resource.name=" + SchoolsConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

	@Reference(target = "(model.class.name=ru.opora.schools.model.School)")
	private ModelResourcePermission<School> _schoolModelResourcePermission;

}
