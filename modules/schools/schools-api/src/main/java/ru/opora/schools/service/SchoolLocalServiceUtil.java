/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.schools.service;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.module.service.Snapshot;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;

import ru.opora.schools.model.School;

/**
 * Provides the local service utility for School. This utility wraps
 * <code>ru.opora.schools.service.impl.SchoolLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Opora
 * @see SchoolLocalService
 * @generated
 */
public class SchoolLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>ru.opora.schools.service.impl.SchoolLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static School addSchool(
			long userId, long groupId,
			ru.opora.domain.school.SchoolData schoolData,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addSchool(
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
	public static School addSchool(School school) {
		return getService().addSchool(school);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel createPersistedModel(
			Serializable primaryKeyObj)
		throws PortalException {

		return getService().createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new school with the primary key. Does not add the school to the database.
	 *
	 * @param schoolId the primary key for the new school
	 * @return the new school
	 */
	public static School createSchool(long schoolId) {
		return getService().createSchool(schoolId);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel deletePersistedModel(
			PersistedModel persistedModel)
		throws PortalException {

		return getService().deletePersistedModel(persistedModel);
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
	public static School deleteSchool(long schoolId) throws PortalException {
		return getService().deleteSchool(schoolId);
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
	public static School deleteSchool(School school) throws PortalException {
		return getService().deleteSchool(school);
	}

	public static <T> T dslQuery(DSLQuery dslQuery) {
		return getService().dslQuery(dslQuery);
	}

	public static int dslQueryCount(DSLQuery dslQuery) {
		return getService().dslQueryCount(dslQuery);
	}

	public static DynamicQuery dynamicQuery() {
		return getService().dynamicQuery();
	}

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	public static <T> List<T> dynamicQuery(DynamicQuery dynamicQuery) {
		return getService().dynamicQuery(dynamicQuery);
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
	public static <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getService().dynamicQuery(dynamicQuery, start, end);
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
	public static <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<T> orderByComparator) {

		return getService().dynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	public static long dynamicQueryCount(DynamicQuery dynamicQuery) {
		return getService().dynamicQueryCount(dynamicQuery);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	public static long dynamicQueryCount(
		DynamicQuery dynamicQuery,
		com.liferay.portal.kernel.dao.orm.Projection projection) {

		return getService().dynamicQueryCount(dynamicQuery, projection);
	}

	public static School fetchSchool(long schoolId) {
		return getService().fetchSchool(schoolId);
	}

	public static School fetchSchoolByFederalLogin(
		long groupId, String federalLogin) {

		return getService().fetchSchoolByFederalLogin(groupId, federalLogin);
	}

	/**
	 * Returns the school matching the UUID and group.
	 *
	 * @param uuid the school's UUID
	 * @param groupId the primary key of the group
	 * @return the matching school, or <code>null</code> if a matching school could not be found
	 */
	public static School fetchSchoolByUuidAndGroupId(
		String uuid, long groupId) {

		return getService().fetchSchoolByUuidAndGroupId(uuid, groupId);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	/**
	 * Every school of the portal instance (the region), all municipalities.
	 */
	public static List<School> getCompanySchools(long companyId) {
		return getService().getCompanySchools(companyId);
	}

	public static com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return getService().getExportActionableDynamicQuery(portletDataContext);
	}

	public static List<School> getGroupSchools(long groupId) {
		return getService().getGroupSchools(groupId);
	}

	public static List<School> getGroupSchools(
		long groupId, int start, int end) {

		return getService().getGroupSchools(groupId, start, end);
	}

	public static int getGroupSchoolsCount(long groupId) {
		return getService().getGroupSchoolsCount(groupId);
	}

	/**
	 * The identification rules of a municipality site: its Site Settings, else
	 * the defaults taken from the seeds.
	 */
	public static ru.opora.domain.identification.IdentificationRules
			getIdentificationRules(long groupId)
		throws PortalException {

		return getService().getIdentificationRules(groupId);
	}

	public static
		com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
			getIndexableActionableDynamicQuery() {

		return getService().getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel getPersistedModel(Serializable primaryKeyObj)
		throws PortalException {

		return getService().getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the school with the primary key.
	 *
	 * @param schoolId the primary key of the school
	 * @return the school
	 * @throws PortalException if a school with the primary key could not be found
	 */
	public static School getSchool(long schoolId) throws PortalException {
		return getService().getSchool(schoolId);
	}

	/**
	 * Returns the school matching the UUID and group.
	 *
	 * @param uuid the school's UUID
	 * @param groupId the primary key of the group
	 * @return the matching school
	 * @throws PortalException if a matching school could not be found
	 */
	public static School getSchoolByUuidAndGroupId(String uuid, long groupId)
		throws PortalException {

		return getService().getSchoolByUuidAndGroupId(uuid, groupId);
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
	public static List<School> getSchools(int start, int end) {
		return getService().getSchools(start, end);
	}

	/**
	 * Returns all the schools matching the UUID and company.
	 *
	 * @param uuid the UUID of the schools
	 * @param companyId the primary key of the company
	 * @return the matching schools, or an empty list if no matches were found
	 */
	public static List<School> getSchoolsByUuidAndCompanyId(
		String uuid, long companyId) {

		return getService().getSchoolsByUuidAndCompanyId(uuid, companyId);
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
	public static List<School> getSchoolsByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<School> orderByComparator) {

		return getService().getSchoolsByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of schools.
	 *
	 * @return the number of schools
	 */
	public static int getSchoolsCount() {
		return getService().getSchoolsCount();
	}

	/**
	 * Imports a workbook of schools, results and context into the site in one
	 * transaction, reading the file once. VALIDATE_ONLY stores nothing;
	 * GOOD_ROWS stores the accepted rows; ALL_OR_NOTHING stores them as they
	 * come (the importer's TRANSACTIONAL mode) and, if any row is rejected,
	 * throws {@link ImportRejectedException}, which rolls everything back.
	 */
	public static ru.opora.schools.importing.SchoolImportResult importWorkbook(
			long userId, long groupId, java.io.File file,
			ru.opora.schools.importer.ImportMode mode,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().importWorkbook(
			userId, groupId, file, mode, serviceContext);
	}

	/**
	 * Links every school of the site to a portal organization under the
	 * municipality's organization (found by name, or created when
	 * {@code createMissing}), in one transaction.
	 */
	public static ru.opora.schools.organization.OrganizationLinkResult
			linkSchoolOrganizations(
				long userId, long groupId, boolean createMissing)
		throws PortalException {

		return getService().linkSchoolOrganizations(
			userId, groupId, createMissing);
	}

	/**
	 * Stores a municipality's identification rules in its Site Settings.
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
	 * Updates the school in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SchoolLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param school the school
	 * @return the school that was updated
	 */
	public static School updateSchool(School school) {
		return getService().updateSchool(school);
	}

	/**
	 * Links a school to its portal organization, whose members are the
	 * school's staff and may view its card (0 unlinks).
	 */
	public static School updateSchoolOrganization(
			long schoolId, long organizationId)
		throws PortalException {

		return getService().updateSchoolOrganization(schoolId, organizationId);
	}

	public static SchoolLocalService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<SchoolLocalService> _serviceSnapshot =
		new Snapshot<>(SchoolLocalServiceUtil.class, SchoolLocalService.class);

}