/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.schools.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.ResourceConstants;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.Validator;

import java.io.File;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.domain.identification.IdentificationRules;
import ru.opora.domain.school.SchoolData;
import ru.opora.domain.validation.Violations;
import ru.opora.schools.configuration.IdentificationRulesMapper;
import ru.opora.schools.configuration.SchoolsIdentificationConfiguration;
import ru.opora.schools.constants.SchoolsConstants;
import ru.opora.schools.exception.DuplicateSchoolException;
import ru.opora.schools.exception.ImportFileRejectedException;
import ru.opora.schools.exception.ImportRejectedException;
import ru.opora.schools.exception.OporaValidationException;
import ru.opora.schools.importer.ImportFileException;
import ru.opora.schools.importer.ImportMode;
import ru.opora.schools.internal.organization.SchoolOrganizationLinker;
import ru.opora.schools.organization.OrganizationLinkResult;
import ru.opora.schools.importer.ImportOptions;
import ru.opora.schools.importer.ImportReport;
import ru.opora.schools.importer.Names;
import ru.opora.schools.importer.WorkbookImporter;
import ru.opora.schools.importing.SchoolImportResult;
import ru.opora.schools.internal.importer.SchoolWorkbookSink;
import ru.opora.schools.model.School;
import ru.opora.schools.service.AssessmentResultLocalService;
import ru.opora.schools.service.SchoolContextLocalService;
import ru.opora.schools.service.base.SchoolLocalServiceBaseImpl;

/**
 * Registry of a municipality's schools. Validation is the domain core's
 * ({@link SchoolData#validate()}); this class adds what needs the database:
 * unique federal login per site, branch-of within the same site, cascade
 * delete.
 *
 * @author Opora
 */
@Component(
	property = "model.class.name=ru.opora.schools.model.School",
	service = AopService.class
)
public class SchoolLocalServiceImpl extends SchoolLocalServiceBaseImpl {

	@Override
	public School addSchool(
			long userId, long groupId, SchoolData schoolData,
			ServiceContext serviceContext)
		throws PortalException {

		_validate(0, groupId, schoolData);

		User user = userLocalService.getUser(userId);

		School school = schoolPersistence.create(
			counterLocalService.increment(School.class.getName()));

		school.setUuid(serviceContext.getUuid());
		school.setGroupId(groupId);
		school.setCompanyId(user.getCompanyId());
		school.setUserId(user.getUserId());
		school.setUserName(user.getFullName());

		Date now = new Date();

		school.setCreateDate(serviceContext.getCreateDate(now));
		school.setModifiedDate(serviceContext.getModifiedDate(now));

		_setFields(school, schoolData);

		school = schoolPersistence.update(school);

		resourceLocalService.addModelResources(school, serviceContext);

		return school;
	}

	@Override
	public School deleteSchool(School school) throws PortalException {
		for (School branch :
				schoolPersistence.findByBranchOfSchoolId(school.getSchoolId())) {

			branch.setBranchOfSchoolId(0);

			schoolPersistence.update(branch);
		}

		assessmentResultPersistence.removeBySchoolId(school.getSchoolId());
		schoolContextPersistence.removeBySchoolId(school.getSchoolId());

		resourceLocalService.deleteResource(
			school, ResourceConstants.SCOPE_INDIVIDUAL);

		return schoolPersistence.remove(school);
	}

	@Override
	public School fetchSchoolByFederalLogin(long groupId, String federalLogin) {
		if (Validator.isNull(federalLogin)) {
			return null;
		}

		return schoolPersistence.fetchByG_FL(groupId, federalLogin);
	}

	/** Every school of the portal instance (the region), all municipalities. */
	@Override
	public List<School> getCompanySchools(long companyId) {
		return schoolPersistence.findByCompanyId(companyId);
	}

	@Override
	public List<School> getGroupSchools(long groupId) {
		return schoolPersistence.findByGroupId(groupId);
	}

	@Override
	public List<School> getGroupSchools(long groupId, int start, int end) {
		return schoolPersistence.findByGroupId(groupId, start, end);
	}

	@Override
	public int getGroupSchoolsCount(long groupId) {
		return schoolPersistence.countByGroupId(groupId);
	}

	/**
	 * The identification rules of a municipality site: its Site Settings, else
	 * the defaults taken from the seeds.
	 */
	@Override
	public IdentificationRules getIdentificationRules(long groupId)
		throws PortalException {

		return IdentificationRulesMapper.toRules(
			_configurationProvider.getGroupConfiguration(
				SchoolsIdentificationConfiguration.class, groupId));
	}

	/**
	 * Imports a workbook of schools, results and context into the site in one
	 * transaction, reading the file once. VALIDATE_ONLY stores nothing;
	 * GOOD_ROWS stores the accepted rows; ALL_OR_NOTHING stores them as they
	 * come (the importer's TRANSACTIONAL mode) and, if any row is rejected,
	 * throws {@link ImportRejectedException}, which rolls everything back.
	 */
	@Override
	public SchoolImportResult importWorkbook(
			long userId, long groupId, File file, ImportMode mode,
			ServiceContext serviceContext)
		throws PortalException {

		Map<String, School> schoolsByLogin = new HashMap<>();

		for (School school : schoolPersistence.findByGroupId(groupId)) {
			schoolsByLogin.put(Names.normalize(school.getFederalLogin()), school);
		}

		ImportOptions importOptions = ImportOptions.defaults(
		).withKnownSchoolLogins(
			schoolsByLogin.keySet()
		).withMode(
			(mode == ImportMode.ALL_OR_NOTHING) ? ImportMode.TRANSACTIONAL : mode
		);

		SchoolWorkbookSink schoolWorkbookSink = new SchoolWorkbookSink(
			schoolLocalService, _assessmentResultLocalService,
			_schoolContextLocalService, userId, groupId, schoolsByLogin,
			serviceContext);

		ImportReport importReport = null;

		try {
			importReport = new WorkbookImporter(
				importOptions
			).importFile(
				file.toPath(), schoolWorkbookSink
			);
		}
		catch (ImportFileException importFileException) {
			throw new ImportFileRejectedException(
				importFileException.getKey(),
				importFileException.getArguments());
		}

		schoolWorkbookSink.resolveBranches();

		SchoolImportResult schoolImportResult = new SchoolImportResult(
			mode, importReport, schoolWorkbookSink.getStoreErrors(),
			schoolWorkbookSink.getAdded(), schoolWorkbookSink.getUpdated(),
			schoolWorkbookSink.getUnchanged(),
			mode != ImportMode.VALIDATE_ONLY);

		if ((mode == ImportMode.ALL_OR_NOTHING) &&
			!schoolImportResult.isClean()) {

			throw new ImportRejectedException(
				new SchoolImportResult(
					mode, importReport, schoolWorkbookSink.getStoreErrors(), 0,
					0, 0, false));
		}

		return schoolImportResult;
	}

	/** Stores a municipality's identification rules in its Site Settings. */
	@Override
	public IdentificationRules updateIdentificationRules(
			long groupId, IdentificationRules identificationRules)
		throws PortalException {

		Violations violations = identificationRules.validate();

		if (!violations.isEmpty()) {
			throw new OporaValidationException(violations.list());
		}

		_configurationProvider.saveGroupConfiguration(
			SchoolsIdentificationConfiguration.class, groupId,
			IdentificationRulesMapper.toProperties(identificationRules));

		return getIdentificationRules(groupId);
	}

	/**
	 * Links every school of the site to a portal organization under the
	 * municipality's organization (found by name, or created when
	 * {@code createMissing}), in one transaction.
	 */
	@Override
	public OrganizationLinkResult linkSchoolOrganizations(
			long userId, long groupId, boolean createMissing)
		throws PortalException {

		SchoolOrganizationLinker schoolOrganizationLinker =
			new SchoolOrganizationLinker(
				_groupLocalService, _organizationLocalService);

		return schoolOrganizationLinker.link(
			userId, groupId, getGroupSchools(groupId),
			getCompanySchools(_groupLocalService.getGroup(groupId).getCompanyId()),
			createMissing,
			(school, organizationId) -> {
				school.setOrganizationId(organizationId);

				schoolPersistence.update(school);
			});
	}

	/**
	 * Links a school to its portal organization, whose members are the
	 * school's staff and may view its card (0 unlinks).
	 */
	@Override
	public School updateSchoolOrganization(long schoolId, long organizationId)
		throws PortalException {

		School school = schoolPersistence.findByPrimaryKey(schoolId);

		if (organizationId != 0) {
			Organization organization = _organizationLocalService.getOrganization(
				organizationId);

			if (organization.getCompanyId() != school.getCompanyId()) {
				throw new OporaValidationException(
					new Violations().add(
						"organizationId", "unknown-organization"
					).list());
			}
		}

		school.setOrganizationId(organizationId);

		return schoolPersistence.update(school);
	}

	@Override
	public School updateSchool(
			long schoolId, SchoolData schoolData, ServiceContext serviceContext)
		throws PortalException {

		School school = schoolPersistence.findByPrimaryKey(schoolId);

		_validate(schoolId, school.getGroupId(), schoolData);

		school.setModifiedDate(serviceContext.getModifiedDate(new Date()));

		_setFields(school, schoolData);

		return schoolPersistence.update(school);
	}

	@Reference
	private AssessmentResultLocalService _assessmentResultLocalService;

	@Reference
	private ConfigurationProvider _configurationProvider;

	@Reference
	private GroupLocalService _groupLocalService;

	@Reference
	private OrganizationLocalService _organizationLocalService;

	@Reference
	private SchoolContextLocalService _schoolContextLocalService;

	private void _setFields(School school, SchoolData schoolData) {
		school.setName(schoolData.name().trim());
		school.setShortName(schoolData.shortName());
		school.setAddress(schoolData.address());
		school.setSettlementType(schoolData.settlementType().code());
		school.setSchoolLevel(schoolData.level().code());
		school.setSmallSchool(schoolData.smallSchool());
		school.setBranchOfSchoolId(schoolData.branchOfSchoolId());
		school.setDistanceToCentreKm(
			SchoolsConstants.toStored(schoolData.distanceToCentreKm()));
		school.setHeadName(schoolData.headName());
		school.setPhone(schoolData.phone());
		school.setEmail(schoolData.email());
		school.setFederalLogin(
			Validator.isNull(schoolData.federalLogin()) ? null :
				schoolData.federalLogin().trim());
		school.setSchoolStatus(schoolData.status().code());
	}

	private void _validate(long schoolId, long groupId, SchoolData schoolData)
		throws PortalException {

		if (schoolData == null) {
			throw new OporaValidationException(
				new Violations().add("school", "required").list());
		}

		Violations violations = schoolData.validate();

		long branchOfSchoolId = schoolData.branchOfSchoolId();

		if ((branchOfSchoolId != 0) && (branchOfSchoolId != schoolId)) {
			School parent = schoolPersistence.fetchByPrimaryKey(
				branchOfSchoolId);

			if ((parent == null) || (parent.getGroupId() != groupId)) {
				violations.add("branchOfSchoolId", "unknown-school");
			}
			else if (parent.getBranchOfSchoolId() != 0) {
				violations.add("branchOfSchoolId", "branch-of-branch");
			}
		}

		if (!violations.isEmpty()) {
			throw new OporaValidationException(violations.list());
		}

		School sameLogin = fetchSchoolByFederalLogin(
			groupId,
			(schoolData.federalLogin() == null) ? null :
				schoolData.federalLogin().trim());

		if ((sameLogin != null) && (sameLogin.getSchoolId() != schoolId)) {
			throw new DuplicateSchoolException(
				"Federal login " + schoolData.federalLogin() +
					" belongs to school " + sameLogin.getSchoolId());
		}
	}

}
