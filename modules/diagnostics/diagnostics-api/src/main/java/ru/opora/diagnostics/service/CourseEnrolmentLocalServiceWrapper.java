/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link CourseEnrolmentLocalService}.
 *
 * @author Opora
 * @see CourseEnrolmentLocalService
 * @generated
 */
public class CourseEnrolmentLocalServiceWrapper
	implements CourseEnrolmentLocalService,
			   ServiceWrapper<CourseEnrolmentLocalService> {

	public CourseEnrolmentLocalServiceWrapper() {
		this(null);
	}

	public CourseEnrolmentLocalServiceWrapper(
		CourseEnrolmentLocalService courseEnrolmentLocalService) {

		_courseEnrolmentLocalService = courseEnrolmentLocalService;
	}

	/**
	 * Adds the course enrolment to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CourseEnrolmentLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param courseEnrolment the course enrolment
	 * @return the course enrolment that was added
	 */
	@Override
	public ru.opora.diagnostics.model.CourseEnrolment addCourseEnrolment(
		ru.opora.diagnostics.model.CourseEnrolment courseEnrolment) {

		return _courseEnrolmentLocalService.addCourseEnrolment(courseEnrolment);
	}

	/**
	 * Creates a new course enrolment with the primary key. Does not add the course enrolment to the database.
	 *
	 * @param courseEnrolmentId the primary key for the new course enrolment
	 * @return the new course enrolment
	 */
	@Override
	public ru.opora.diagnostics.model.CourseEnrolment createCourseEnrolment(
		long courseEnrolmentId) {

		return _courseEnrolmentLocalService.createCourseEnrolment(
			courseEnrolmentId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseEnrolmentLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Deletes the course enrolment from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CourseEnrolmentLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param courseEnrolment the course enrolment
	 * @return the course enrolment that was removed
	 */
	@Override
	public ru.opora.diagnostics.model.CourseEnrolment deleteCourseEnrolment(
		ru.opora.diagnostics.model.CourseEnrolment courseEnrolment) {

		return _courseEnrolmentLocalService.deleteCourseEnrolment(
			courseEnrolment);
	}

	/**
	 * Deletes the course enrolment with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CourseEnrolmentLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param courseEnrolmentId the primary key of the course enrolment
	 * @return the course enrolment that was removed
	 * @throws PortalException if a course enrolment with the primary key could not be found
	 */
	@Override
	public ru.opora.diagnostics.model.CourseEnrolment deleteCourseEnrolment(
			long courseEnrolmentId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseEnrolmentLocalService.deleteCourseEnrolment(
			courseEnrolmentId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseEnrolmentLocalService.deletePersistedModel(
			persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _courseEnrolmentLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _courseEnrolmentLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _courseEnrolmentLocalService.dynamicQuery();
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

		return _courseEnrolmentLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.CourseEnrolmentModelImpl</code>.
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

		return _courseEnrolmentLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.CourseEnrolmentModelImpl</code>.
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

		return _courseEnrolmentLocalService.dynamicQuery(
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

		return _courseEnrolmentLocalService.dynamicQueryCount(dynamicQuery);
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

		return _courseEnrolmentLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public ru.opora.diagnostics.model.CourseEnrolment fetchCourseEnrolment(
		long courseEnrolmentId) {

		return _courseEnrolmentLocalService.fetchCourseEnrolment(
			courseEnrolmentId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _courseEnrolmentLocalService.getActionableDynamicQuery();
	}

	/**
	 * Returns the course enrolment with the primary key.
	 *
	 * @param courseEnrolmentId the primary key of the course enrolment
	 * @return the course enrolment
	 * @throws PortalException if a course enrolment with the primary key could not be found
	 */
	@Override
	public ru.opora.diagnostics.model.CourseEnrolment getCourseEnrolment(
			long courseEnrolmentId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseEnrolmentLocalService.getCourseEnrolment(
			courseEnrolmentId);
	}

	/**
	 * Returns a range of all the course enrolments.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.CourseEnrolmentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of course enrolments
	 * @param end the upper bound of the range of course enrolments (not inclusive)
	 * @return the range of course enrolments
	 */
	@Override
	public java.util.List<ru.opora.diagnostics.model.CourseEnrolment>
		getCourseEnrolments(int start, int end) {

		return _courseEnrolmentLocalService.getCourseEnrolments(start, end);
	}

	/**
	 * Returns the number of course enrolments.
	 *
	 * @return the number of course enrolments
	 */
	@Override
	public int getCourseEnrolmentsCount() {
		return _courseEnrolmentLocalService.getCourseEnrolmentsCount();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _courseEnrolmentLocalService.
			getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _courseEnrolmentLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseEnrolmentLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Updates the course enrolment in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CourseEnrolmentLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param courseEnrolment the course enrolment
	 * @return the course enrolment that was updated
	 */
	@Override
	public ru.opora.diagnostics.model.CourseEnrolment updateCourseEnrolment(
		ru.opora.diagnostics.model.CourseEnrolment courseEnrolment) {

		return _courseEnrolmentLocalService.updateCourseEnrolment(
			courseEnrolment);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _courseEnrolmentLocalService.getBasePersistence();
	}

	@Override
	public CourseEnrolmentLocalService getWrappedService() {
		return _courseEnrolmentLocalService;
	}

	@Override
	public void setWrappedService(
		CourseEnrolmentLocalService courseEnrolmentLocalService) {

		_courseEnrolmentLocalService = courseEnrolmentLocalService;
	}

	private CourseEnrolmentLocalService _courseEnrolmentLocalService;

}