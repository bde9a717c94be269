/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.schools.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link SchoolLocalService}.
 *
 * @author Opora
 * @see SchoolLocalService
 * @generated
 */
public class SchoolLocalServiceWrapper
	implements SchoolLocalService, ServiceWrapper<SchoolLocalService> {

	public SchoolLocalServiceWrapper() {
		this(null);
	}

	public SchoolLocalServiceWrapper(SchoolLocalService schoolLocalService) {
		_schoolLocalService = schoolLocalService;
	}

	@Override
	public ru.opora.schools.model.School addSchool(
			long userId, long groupId,
			ru.opora.domain.school.SchoolData schoolData,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolLocalService.addSchool(
			userId, groupId, schoolData, serviceContext);
	}

	/**
	 * Adds the school to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SchoolLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param school the school
	 * @return the school that was added
	 */
	@Override
	public ru.opora.schools.model.School addSchool(
		ru.opora.schools.model.School school) {

		return _schoolLocalService.addSchool(school);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new school with the primary key. Does not add the school to the database.
	 *
	 * @param schoolId the primary key for the new school
	 * @return the new school
	 */
	@Override
	public ru.opora.schools.model.School createSchool(long schoolId) {
		return _schoolLocalService.createSchool(schoolId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolLocalService.deletePersistedModel(persistedModel);
	}

	/**
	 * Deletes the school with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SchoolLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param schoolId the primary key of the school
	 * @return the school that was removed
	 * @throws PortalException if a school with the primary key could not be found
	 */
	@Override
	public ru.opora.schools.model.School deleteSchool(long schoolId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolLocalService.deleteSchool(schoolId);
	}

	/**
	 * Deletes the school from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SchoolLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param school the school
	 * @return the school that was removed
	 * @throws PortalException
	 */
	@Override
	public ru.opora.schools.model.School deleteSchool(
			ru.opora.schools.model.School school)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolLocalService.deleteSchool(school);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _schoolLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _schoolLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _schoolLocalService.dynamicQuery();
	}

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery) {

		return _schoolLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.schools.model.impl.SchoolModelImpl</code>.
	 * </p>
	 *
	 * @param dynamicQuery the dynamic query
	 * @param start the lower bound of the range of model instances
	 * @param end the upper bound of the range of model instances (not inclusive)
	 * @return the range of matching rows
	 */
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end) {

		return _schoolLocalService.dynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.schools.model.impl.SchoolModelImpl</code>.
	 * </p>
	 *
	 * @param dynamicQuery the dynamic query
	 * @param start the lower bound of the range of model instances
	 * @param end the upper bound of the range of model instances (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching rows
	 */
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end,
		com.liferay.portal.kernel.util.OrderByComparator<T> orderByComparator) {

		return _schoolLocalService.dynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	@Override
	public long dynamicQueryCount(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery) {

		return _schoolLocalService.dynamicQueryCount(dynamicQuery);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	@Override
	public long dynamicQueryCount(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery,
		com.liferay.portal.kernel.dao.orm.Projection projection) {

		return _schoolLocalService.dynamicQueryCount(dynamicQuery, projection);
	}

	@Override
	public ru.opora.schools.model.School fetchSchool(long schoolId) {
		return _schoolLocalService.fetchSchool(schoolId);
	}

	@Override
	public ru.opora.schools.model.School fetchSchoolByFederalLogin(
		long groupId, String federalLogin) {

		return _schoolLocalService.fetchSchoolByFederalLogin(
			groupId, federalLogin);
	}

	/**
	 * Returns the school matching the UUID and group.
	 *
	 * @param uuid the school's UUID
	 * @param groupId the primary key of the group
	 * @return the matching school, or <code>null</code> if a matching school could not be found
	 */
	@Override
	public ru.opora.schools.model.School fetchSchoolByUuidAndGroupId(
		String uuid, long groupId) {

		return _schoolLocalService.fetchSchoolByUuidAndGroupId(uuid, groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _schoolLocalService.getActionableDynamicQuery();
	}

	/**
	 * Every school of the portal instance (the region), all municipalities.
	 */
	@Override
	public java.util.List<ru.opora.schools.model.School> getCompanySchools(
		long companyId) {

		return _schoolLocalService.getCompanySchools(companyId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return _schoolLocalService.getExportActionableDynamicQuery(
			portletDataContext);
	}

	@Override
	public java.util.List<ru.opora.schools.model.School> getGroupSchools(
		long groupId) {

		return _schoolLocalService.getGroupSchools(groupId);
	}

	@Override
	public java.util.List<ru.opora.schools.model.School> getGroupSchools(
		long groupId, int start, int end) {

		return _schoolLocalService.getGroupSchools(groupId, start, end);
	}

	@Override
	public int getGroupSchoolsCount(long groupId) {
		return _schoolLocalService.getGroupSchoolsCount(groupId);
	}

	/**
	 * The identification rules of a municipality site: its Site Settings, else
	 * the defaults taken from the seeds.
	 */
	@Override
	public ru.opora.domain.identification.IdentificationRules
			getIdentificationRules(long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolLocalService.getIdentificationRules(groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _schoolLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _schoolLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the school with the primary key.
	 *
	 * @param schoolId the primary key of the school
	 * @return the school
	 * @throws PortalException if a school with the primary key could not be found
	 */
	@Override
	public ru.opora.schools.model.School getSchool(long schoolId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolLocalService.getSchool(schoolId);
	}

	/**
	 * Returns the school matching the UUID and group.
	 *
	 * @param uuid the school's UUID
	 * @param groupId the primary key of the group
	 * @return the matching school
	 * @throws PortalException if a matching school could not be found
	 */
	@Override
	public ru.opora.schools.model.School getSchoolByUuidAndGroupId(
			String uuid, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolLocalService.getSchoolByUuidAndGroupId(uuid, groupId);
	}

	/**
	 * Returns a range of all the schools.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.schools.model.impl.SchoolModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of schools
	 * @param end the upper bound of the range of schools (not inclusive)
	 * @return the range of schools
	 */
	@Override
	public java.util.List<ru.opora.schools.model.School> getSchools(
		int start, int end) {

		return _schoolLocalService.getSchools(start, end);
	}

	/**
	 * Returns all the schools matching the UUID and company.
	 *
	 * @param uuid the UUID of the schools
	 * @param companyId the primary key of the company
	 * @return the matching schools, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<ru.opora.schools.model.School>
		getSchoolsByUuidAndCompanyId(String uuid, long companyId) {

		return _schoolLocalService.getSchoolsByUuidAndCompanyId(
			uuid, companyId);
	}

	/**
	 * Returns a range of schools matching the UUID and company.
	 *
	 * @param uuid the UUID of the schools
	 * @param companyId the primary key of the company
	 * @param start the lower bound of the range of schools
	 * @param end the upper bound of the range of schools (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the range of matching schools, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<ru.opora.schools.model.School>
		getSchoolsByUuidAndCompanyId(
			String uuid, long companyId, int start, int end,
			com.liferay.portal.kernel.util.OrderByComparator
				<ru.opora.schools.model.School> orderByComparator) {

		return _schoolLocalService.getSchoolsByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of schools.
	 *
	 * @return the number of schools
	 */
	@Override
	public int getSchoolsCount() {
		return _schoolLocalService.getSchoolsCount();
	}

	/**
	 * Imports a workbook of schools, results and context into the site in one
	 * transaction, reading the file once. VALIDATE_ONLY stores nothing;
	 * GOOD_ROWS stores the accepted rows; ALL_OR_NOTHING stores them as they
	 * come (the importer's TRANSACTIONAL mode) and, if any row is rejected,
	 * throws {@link ImportRejectedException}, which rolls everything back.
	 */
	@Override
	public ru.opora.schools.importing.SchoolImportResult importWorkbook(
			long userId, long groupId, java.io.File file,
			ru.opora.schools.importer.ImportMode mode,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolLocalService.importWorkbook(
			userId, groupId, file, mode, serviceContext);
	}

	/**
	 * Links every school of the site to a portal organization under the
	 * municipality's organization (found by name, or created when
	 * {@code createMissing}), in one transaction.
	 */
	@Override
	public ru.opora.schools.organization.OrganizationLinkResult
			linkSchoolOrganizations(
				long userId, long groupId, boolean createMissing)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolLocalService.linkSchoolOrganizations(
			userId, groupId, createMissing);
	}

	/**
	 * Stores a municipality's identification rules in its Site Settings.
	 */
	@Override
	public ru.opora.domain.identification.IdentificationRules
			updateIdentificationRules(
				long groupId,
				ru.opora.domain.identification.IdentificationRules
					identificationRules)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolLocalService.updateIdentificationRules(
			groupId, identificationRules);
	}

	@Override
	public ru.opora.schools.model.School updateSchool(
			long schoolId, ru.opora.domain.school.SchoolData schoolData,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolLocalService.updateSchool(
			schoolId, schoolData, serviceContext);
	}

	/**
	 * Updates the school in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SchoolLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param school the school
	 * @return the school that was updated
	 */
	@Override
	public ru.opora.schools.model.School updateSchool(
		ru.opora.schools.model.School school) {

		return _schoolLocalService.updateSchool(school);
	}

	/**
	 * Links a school to its portal organization, whose members are the
	 * school's staff and may view its card (0 unlinks).
	 */
	@Override
	public ru.opora.schools.model.School updateSchoolOrganization(
			long schoolId, long organizationId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolLocalService.updateSchoolOrganization(
			schoolId, organizationId);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _schoolLocalService.getBasePersistence();
	}

	@Override
	public SchoolLocalService getWrappedService() {
		return _schoolLocalService;
	}

	@Override
	public void setWrappedService(SchoolLocalService schoolLocalService) {
		_schoolLocalService = schoolLocalService;
	}

	private SchoolLocalService _schoolLocalService;

}