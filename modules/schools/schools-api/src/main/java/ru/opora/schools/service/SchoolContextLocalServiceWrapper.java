/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.schools.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link SchoolContextLocalService}.
 *
 * @author Opora
 * @see SchoolContextLocalService
 * @generated
 */
public class SchoolContextLocalServiceWrapper
	implements SchoolContextLocalService,
			   ServiceWrapper<SchoolContextLocalService> {

	public SchoolContextLocalServiceWrapper() {
		this(null);
	}

	public SchoolContextLocalServiceWrapper(
		SchoolContextLocalService schoolContextLocalService) {

		_schoolContextLocalService = schoolContextLocalService;
	}

	/**
	 * Adds the school context to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SchoolContextLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param schoolContext the school context
	 * @return the school context that was added
	 */
	@Override
	public ru.opora.schools.model.SchoolContext addSchoolContext(
		ru.opora.schools.model.SchoolContext schoolContext) {

		return _schoolContextLocalService.addSchoolContext(schoolContext);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolContextLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new school context with the primary key. Does not add the school context to the database.
	 *
	 * @param schoolContextId the primary key for the new school context
	 * @return the new school context
	 */
	@Override
	public ru.opora.schools.model.SchoolContext createSchoolContext(
		long schoolContextId) {

		return _schoolContextLocalService.createSchoolContext(schoolContextId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolContextLocalService.deletePersistedModel(persistedModel);
	}

	/**
	 * Deletes the school context with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SchoolContextLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param schoolContextId the primary key of the school context
	 * @return the school context that was removed
	 * @throws PortalException if a school context with the primary key could not be found
	 */
	@Override
	public ru.opora.schools.model.SchoolContext deleteSchoolContext(
			long schoolContextId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolContextLocalService.deleteSchoolContext(schoolContextId);
	}

	/**
	 * Deletes the school context from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SchoolContextLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param schoolContext the school context
	 * @return the school context that was removed
	 */
	@Override
	public ru.opora.schools.model.SchoolContext deleteSchoolContext(
		ru.opora.schools.model.SchoolContext schoolContext) {

		return _schoolContextLocalService.deleteSchoolContext(schoolContext);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _schoolContextLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _schoolContextLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _schoolContextLocalService.dynamicQuery();
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

		return _schoolContextLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.schools.model.impl.SchoolContextModelImpl</code>.
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

		return _schoolContextLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.schools.model.impl.SchoolContextModelImpl</code>.
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

		return _schoolContextLocalService.dynamicQuery(
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

		return _schoolContextLocalService.dynamicQueryCount(dynamicQuery);
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

		return _schoolContextLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public ru.opora.schools.model.SchoolContext fetchSchoolContext(
		long schoolContextId) {

		return _schoolContextLocalService.fetchSchoolContext(schoolContextId);
	}

	@Override
	public ru.opora.schools.model.SchoolContext fetchSchoolContext(
		long schoolId, int contextYear) {

		return _schoolContextLocalService.fetchSchoolContext(
			schoolId, contextYear);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _schoolContextLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _schoolContextLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _schoolContextLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolContextLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the school context with the primary key.
	 *
	 * @param schoolContextId the primary key of the school context
	 * @return the school context
	 * @throws PortalException if a school context with the primary key could not be found
	 */
	@Override
	public ru.opora.schools.model.SchoolContext getSchoolContext(
			long schoolContextId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolContextLocalService.getSchoolContext(schoolContextId);
	}

	/**
	 * Returns a range of all the school contexts.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.schools.model.impl.SchoolContextModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of school contexts
	 * @param end the upper bound of the range of school contexts (not inclusive)
	 * @return the range of school contexts
	 */
	@Override
	public java.util.List<ru.opora.schools.model.SchoolContext>
		getSchoolContexts(int start, int end) {

		return _schoolContextLocalService.getSchoolContexts(start, end);
	}

	@Override
	public java.util.List<ru.opora.schools.model.SchoolContext>
		getSchoolContexts(long schoolId) {

		return _schoolContextLocalService.getSchoolContexts(schoolId);
	}

	/**
	 * Returns the number of school contexts.
	 *
	 * @return the number of school contexts
	 */
	@Override
	public int getSchoolContextsCount() {
		return _schoolContextLocalService.getSchoolContextsCount();
	}

	@Override
	public ru.opora.schools.model.SchoolContext updateSchoolContext(
			long userId, long schoolId,
			ru.opora.domain.school.ContextFigures figures,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolContextLocalService.updateSchoolContext(
			userId, schoolId, figures, serviceContext);
	}

	/**
	 * Updates the school context in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SchoolContextLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param schoolContext the school context
	 * @return the school context that was updated
	 */
	@Override
	public ru.opora.schools.model.SchoolContext updateSchoolContext(
		ru.opora.schools.model.SchoolContext schoolContext) {

		return _schoolContextLocalService.updateSchoolContext(schoolContext);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _schoolContextLocalService.getBasePersistence();
	}

	@Override
	public SchoolContextLocalService getWrappedService() {
		return _schoolContextLocalService;
	}

	@Override
	public void setWrappedService(
		SchoolContextLocalService schoolContextLocalService) {

		_schoolContextLocalService = schoolContextLocalService;
	}

	private SchoolContextLocalService _schoolContextLocalService;

}