/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.schools.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link SchoolService}.
 *
 * @author Opora
 * @see SchoolService
 * @generated
 */
public class SchoolServiceWrapper
	implements SchoolService, ServiceWrapper<SchoolService> {

	public SchoolServiceWrapper() {
		this(null);
	}

	public SchoolServiceWrapper(SchoolService schoolService) {
		_schoolService = schoolService;
	}

	@Override
	public ru.opora.schools.model.School addSchool(
			long groupId, ru.opora.domain.school.SchoolData schoolData,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolService.addSchool(groupId, schoolData, serviceContext);
	}

	@Override
	public ru.opora.schools.model.School deleteSchool(long schoolId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolService.deleteSchool(schoolId);
	}

	/**
	 * The region's schools (every municipality site of the portal instance)
	 * that the current user may view: all of them for a regional coordinator.
	 */
	@Override
	public java.util.List<ru.opora.schools.model.School> getCompanySchools(
			long companyId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolService.getCompanySchools(companyId);
	}

	/**
	 * The site's schools that the current user may view.
	 */
	@Override
	public java.util.List<ru.opora.schools.model.School> getGroupSchools(
			long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolService.getGroupSchools(groupId);
	}

	/**
	 * The site's identification rules, for whoever may view the site's schools.
	 */
	@Override
	public ru.opora.domain.identification.IdentificationRules
			getIdentificationRules(long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolService.getIdentificationRules(groupId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _schoolService.getOSGiServiceIdentifier();
	}

	@Override
	public ru.opora.schools.model.School getSchool(long schoolId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolService.getSchool(schoolId);
	}

	/**
	 * Imports a workbook into the site: needs IMPORT_DATA there.
	 */
	@Override
	public ru.opora.schools.importing.SchoolImportResult importWorkbook(
			long groupId, java.io.File file,
			ru.opora.schools.importer.ImportMode mode,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolService.importWorkbook(
			groupId, file, mode, serviceContext);
	}

	/**
	 * Links every school of the site to a portal organization: needs
	 * MANAGE_ORGANIZATIONS there.
	 */
	@Override
	public ru.opora.schools.organization.OrganizationLinkResult
			linkSchoolOrganizations(long groupId, boolean createMissing)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolService.linkSchoolOrganizations(groupId, createMissing);
	}

	/**
	 * Changes the site's identification rules: needs MANAGE_RULES there.
	 */
	@Override
	public ru.opora.domain.identification.IdentificationRules
			updateIdentificationRules(
				long groupId,
				ru.opora.domain.identification.IdentificationRules
					identificationRules)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolService.updateIdentificationRules(
			groupId, identificationRules);
	}

	@Override
	public ru.opora.schools.model.School updateSchool(
			long schoolId, ru.opora.domain.school.SchoolData schoolData,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolService.updateSchool(
			schoolId, schoolData, serviceContext);
	}

	/**
	 * Links a school to its staff's organization: needs UPDATE on the school.
	 */
	@Override
	public ru.opora.schools.model.School updateSchoolOrganization(
			long schoolId, long organizationId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolService.updateSchoolOrganization(
			schoolId, organizationId);
	}

	@Override
	public SchoolService getWrappedService() {
		return _schoolService;
	}

	@Override
	public void setWrappedService(SchoolService schoolService) {
		_schoolService = schoolService;
	}

	private SchoolService _schoolService;

}