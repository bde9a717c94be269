/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.schools.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.module.service.Snapshot;

import java.util.List;

import ru.opora.schools.model.School;

/**
 * Provides the remote service utility for School. This utility wraps
 * <code>ru.opora.schools.service.impl.SchoolServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Opora
 * @see SchoolService
 * @generated
 */
public class SchoolServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>ru.opora.schools.service.impl.SchoolServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static School addSchool(
			long groupId, ru.opora.domain.school.SchoolData schoolData,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addSchool(groupId, schoolData, serviceContext);
	}

	public static School deleteSchool(long schoolId) throws PortalException {
		return getService().deleteSchool(schoolId);
	}

	/**
	 * The region's schools (every municipality site of the portal instance)
	 * that the current user may view: all of them for a regional coordinator.
	 */
	public static List<School> getCompanySchools(long companyId)
		throws PortalException {

		return getService().getCompanySchools(companyId);
	}

	/**
	 * The site's schools that the current user may view.
	 */
	public static List<School> getGroupSchools(long groupId)
		throws PortalException {

		return getService().getGroupSchools(groupId);
	}

	/**
	 * The site's identification rules, for whoever may view the site's schools.
	 */
	public static ru.opora.domain.identification.IdentificationRules
			getIdentificationRules(long groupId)
		throws PortalException {

		return getService().getIdentificationRules(groupId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	public static School getSchool(long schoolId) throws PortalException {
		return getService().getSchool(schoolId);
	}

	/**
	 * Imports a workbook into the site: needs IMPORT_DATA there.
	 */
	public static ru.opora.schools.importing.SchoolImportResult importWorkbook(
			long groupId, java.io.File file,
			ru.opora.schools.importer.ImportMode mode,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().importWorkbook(groupId, file, mode, serviceContext);
	}

	/**
	 * Links every school of the site to a portal organization: needs
	 * MANAGE_ORGANIZATIONS there.
	 */
	public static ru.opora.schools.organization.OrganizationLinkResult
			linkSchoolOrganizations(long groupId, boolean createMissing)
		throws PortalException {

		return getService().linkSchoolOrganizations(groupId, createMissing);
	}

	/**
	 * Changes the site's identification rules: needs MANAGE_RULES there.
	 */
	public static ru.opora.domain.identification.IdentificationRules
			updateIdentificationRules(
				long groupId,
				ru.opora.domain.identification.IdentificationRules
					identificationRules)
		throws PortalException {

		return getService().updateIdentificationRules(
			groupId, identificationRules);
	}

	public static School updateSchool(
			long schoolId, ru.opora.domain.school.SchoolData schoolData,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().updateSchool(schoolId, schoolData, serviceContext);
	}

	/**
	 * Links a school to its staff's organization: needs UPDATE on the school.
	 */
	public static School updateSchoolOrganization(
			long schoolId, long organizationId)
		throws PortalException {

		return getService().updateSchoolOrganization(schoolId, organizationId);
	}

	public static SchoolService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<SchoolService> _serviceSnapshot =
		new Snapshot<>(SchoolServiceUtil.class, SchoolService.class);

}