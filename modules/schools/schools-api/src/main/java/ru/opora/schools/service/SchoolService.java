/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.schools.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.security.access.control.AccessControlled;
import com.liferay.portal.kernel.service.BaseService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.io.File;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.domain.identification.IdentificationRules;
import ru.opora.domain.school.SchoolData;
import ru.opora.schools.importer.ImportMode;
import ru.opora.schools.importing.SchoolImportResult;
import ru.opora.schools.model.School;
import ru.opora.schools.organization.OrganizationLinkResult;

/**
 * Provides the remote service interface for School. Methods of this
 * service are expected to have security checks based on the propagated JAAS
 * credentials because this service can be accessed remotely.
 *
 * @author Opora
 * @see SchoolServiceUtil
 * @generated
 */
@AccessControlled
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface SchoolService extends BaseService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>ru.opora.schools.service.impl.SchoolServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the school remote service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link SchoolServiceUtil} if injection and service tracking are not available.
	 */
	public School addSchool(
			long groupId, SchoolData schoolData, ServiceContext serviceContext)
		throws PortalException;

	public School deleteSchool(long schoolId) throws PortalException;

	/**
	 * The region's schools (every municipality site of the portal instance)
	 * that the current user may view: all of them for a regional coordinator.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<School> getCompanySchools(long companyId)
		throws PortalException;

	/**
	 * The site's schools that the current user may view.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<School> getGroupSchools(long groupId) throws PortalException;

	/**
	 * The site's identification rules, for whoever may view the site's schools.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public IdentificationRules getIdentificationRules(long groupId)
		throws PortalException;

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public School getSchool(long schoolId) throws PortalException;

	/**
	 * Imports a workbook into the site: needs IMPORT_DATA there.
	 */
	public SchoolImportResult importWorkbook(
			long groupId, File file, ImportMode mode,
			ServiceContext serviceContext)
		throws PortalException;

	/**
	 * Links every school of the site to a portal organization: needs
	 * MANAGE_ORGANIZATIONS there.
	 */
	public OrganizationLinkResult linkSchoolOrganizations(
			long groupId, boolean createMissing)
		throws PortalException;

	/**
	 * Changes the site's identification rules: needs MANAGE_RULES there.
	 */
	public IdentificationRules updateIdentificationRules(
			long groupId, IdentificationRules identificationRules)
		throws PortalException;

	public School updateSchool(
			long schoolId, SchoolData schoolData, ServiceContext serviceContext)
		throws PortalException;

	/**
	 * Links a school to its staff's organization: needs UPDATE on the school.
	 */
	public School updateSchoolOrganization(long schoolId, long organizationId)
		throws PortalException;

}