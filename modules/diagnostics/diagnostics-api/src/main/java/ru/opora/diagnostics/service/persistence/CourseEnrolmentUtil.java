/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service.persistence;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;
import java.util.Map;
import java.util.Set;

import ru.opora.diagnostics.model.CourseEnrolment;

/**
 * The persistence utility for the course enrolment service. This utility wraps <code>ru.opora.diagnostics.service.persistence.impl.CourseEnrolmentPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see CourseEnrolmentPersistence
 * @generated
 */
public class CourseEnrolmentUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#clearCache()
	 */
	public static void clearCache() {
		getPersistence().clearCache();
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#clearCache(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static void clearCache(CourseEnrolment courseEnrolment) {
		getPersistence().clearCache(courseEnrolment);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#countWithDynamicQuery(DynamicQuery)
	 */
	public static long countWithDynamicQuery(DynamicQuery dynamicQuery) {
		return getPersistence().countWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#fetchByPrimaryKeys(Set)
	 */
	public static Map<Serializable, CourseEnrolment> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<CourseEnrolment> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<CourseEnrolment> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<CourseEnrolment> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<CourseEnrolment> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static CourseEnrolment update(CourseEnrolment courseEnrolment) {
		return getPersistence().update(courseEnrolment);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static CourseEnrolment update(
		CourseEnrolment courseEnrolment, ServiceContext serviceContext) {

		return getPersistence().update(courseEnrolment, serviceContext);
	}

	/**
	 * Returns all the course enrolments where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @return the matching course enrolments
	 */
	public static List<CourseEnrolment> findByCourseId(long courseId) {
		return getPersistence().findByCourseId(courseId);
	}

	/**
	 * Returns a range of all the course enrolments where courseId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseEnrolmentModelImpl</code>.
	 * </p>
	 *
	 * @param courseId the course ID
	 * @param start the lower bound of the range of course enrolments
	 * @param end the upper bound of the range of course enrolments (not inclusive)
	 * @return the range of matching course enrolments
	 */
	public static List<CourseEnrolment> findByCourseId(
		long courseId, int start, int end) {

		return getPersistence().findByCourseId(courseId, start, end);
	}

	/**
	 * Returns an ordered range of all the course enrolments where courseId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseEnrolmentModelImpl</code>.
	 * </p>
	 *
	 * @param courseId the course ID
	 * @param start the lower bound of the range of course enrolments
	 * @param end the upper bound of the range of course enrolments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching course enrolments
	 */
	public static List<CourseEnrolment> findByCourseId(
		long courseId, int start, int end,
		OrderByComparator<CourseEnrolment> orderByComparator) {

		return getPersistence().findByCourseId(
			courseId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the course enrolments where courseId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseEnrolmentModelImpl</code>.
	 * </p>
	 *
	 * @param courseId the course ID
	 * @param start the lower bound of the range of course enrolments
	 * @param end the upper bound of the range of course enrolments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching course enrolments
	 */
	public static List<CourseEnrolment> findByCourseId(
		long courseId, int start, int end,
		OrderByComparator<CourseEnrolment> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByCourseId(
			courseId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first course enrolment in the ordered set where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course enrolment
	 * @throws NoSuchCourseEnrolmentException if a matching course enrolment could not be found
	 */
	public static CourseEnrolment findByCourseId_First(
			long courseId, OrderByComparator<CourseEnrolment> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchCourseEnrolmentException {

		return getPersistence().findByCourseId_First(
			courseId, orderByComparator);
	}

	/**
	 * Returns the first course enrolment in the ordered set where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course enrolment, or <code>null</code> if a matching course enrolment could not be found
	 */
	public static CourseEnrolment fetchByCourseId_First(
		long courseId, OrderByComparator<CourseEnrolment> orderByComparator) {

		return getPersistence().fetchByCourseId_First(
			courseId, orderByComparator);
	}

	/**
	 * Returns the last course enrolment in the ordered set where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course enrolment
	 * @throws NoSuchCourseEnrolmentException if a matching course enrolment could not be found
	 */
	public static CourseEnrolment findByCourseId_Last(
			long courseId, OrderByComparator<CourseEnrolment> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchCourseEnrolmentException {

		return getPersistence().findByCourseId_Last(
			courseId, orderByComparator);
	}

	/**
	 * Returns the last course enrolment in the ordered set where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course enrolment, or <code>null</code> if a matching course enrolment could not be found
	 */
	public static CourseEnrolment fetchByCourseId_Last(
		long courseId, OrderByComparator<CourseEnrolment> orderByComparator) {

		return getPersistence().fetchByCourseId_Last(
			courseId, orderByComparator);
	}

	/**
	 * Returns the course enrolments before and after the current course enrolment in the ordered set where courseId = &#63;.
	 *
	 * @param courseEnrolmentId the primary key of the current course enrolment
	 * @param courseId the course ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next course enrolment
	 * @throws NoSuchCourseEnrolmentException if a course enrolment with the primary key could not be found
	 */
	public static CourseEnrolment[] findByCourseId_PrevAndNext(
			long courseEnrolmentId, long courseId,
			OrderByComparator<CourseEnrolment> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchCourseEnrolmentException {

		return getPersistence().findByCourseId_PrevAndNext(
			courseEnrolmentId, courseId, orderByComparator);
	}

	/**
	 * Removes all the course enrolments where courseId = &#63; from the database.
	 *
	 * @param courseId the course ID
	 */
	public static void removeByCourseId(long courseId) {
		getPersistence().removeByCourseId(courseId);
	}

	/**
	 * Returns the number of course enrolments where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @return the number of matching course enrolments
	 */
	public static int countByCourseId(long courseId) {
		return getPersistence().countByCourseId(courseId);
	}

	/**
	 * Returns all the course enrolments where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the matching course enrolments
	 */
	public static List<CourseEnrolment> findByUserId(long userId) {
		return getPersistence().findByUserId(userId);
	}

	/**
	 * Returns a range of all the course enrolments where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseEnrolmentModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of course enrolments
	 * @param end the upper bound of the range of course enrolments (not inclusive)
	 * @return the range of matching course enrolments
	 */
	public static List<CourseEnrolment> findByUserId(
		long userId, int start, int end) {

		return getPersistence().findByUserId(userId, start, end);
	}

	/**
	 * Returns an ordered range of all the course enrolments where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseEnrolmentModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of course enrolments
	 * @param end the upper bound of the range of course enrolments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching course enrolments
	 */
	public static List<CourseEnrolment> findByUserId(
		long userId, int start, int end,
		OrderByComparator<CourseEnrolment> orderByComparator) {

		return getPersistence().findByUserId(
			userId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the course enrolments where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseEnrolmentModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of course enrolments
	 * @param end the upper bound of the range of course enrolments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching course enrolments
	 */
	public static List<CourseEnrolment> findByUserId(
		long userId, int start, int end,
		OrderByComparator<CourseEnrolment> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUserId(
			userId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first course enrolment in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course enrolment
	 * @throws NoSuchCourseEnrolmentException if a matching course enrolment could not be found
	 */
	public static CourseEnrolment findByUserId_First(
			long userId, OrderByComparator<CourseEnrolment> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchCourseEnrolmentException {

		return getPersistence().findByUserId_First(userId, orderByComparator);
	}

	/**
	 * Returns the first course enrolment in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course enrolment, or <code>null</code> if a matching course enrolment could not be found
	 */
	public static CourseEnrolment fetchByUserId_First(
		long userId, OrderByComparator<CourseEnrolment> orderByComparator) {

		return getPersistence().fetchByUserId_First(userId, orderByComparator);
	}

	/**
	 * Returns the last course enrolment in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course enrolment
	 * @throws NoSuchCourseEnrolmentException if a matching course enrolment could not be found
	 */
	public static CourseEnrolment findByUserId_Last(
			long userId, OrderByComparator<CourseEnrolment> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchCourseEnrolmentException {

		return getPersistence().findByUserId_Last(userId, orderByComparator);
	}

	/**
	 * Returns the last course enrolment in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course enrolment, or <code>null</code> if a matching course enrolment could not be found
	 */
	public static CourseEnrolment fetchByUserId_Last(
		long userId, OrderByComparator<CourseEnrolment> orderByComparator) {

		return getPersistence().fetchByUserId_Last(userId, orderByComparator);
	}

	/**
	 * Returns the course enrolments before and after the current course enrolment in the ordered set where userId = &#63;.
	 *
	 * @param courseEnrolmentId the primary key of the current course enrolment
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next course enrolment
	 * @throws NoSuchCourseEnrolmentException if a course enrolment with the primary key could not be found
	 */
	public static CourseEnrolment[] findByUserId_PrevAndNext(
			long courseEnrolmentId, long userId,
			OrderByComparator<CourseEnrolment> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchCourseEnrolmentException {

		return getPersistence().findByUserId_PrevAndNext(
			courseEnrolmentId, userId, orderByComparator);
	}

	/**
	 * Removes all the course enrolments where userId = &#63; from the database.
	 *
	 * @param userId the user ID
	 */
	public static void removeByUserId(long userId) {
		getPersistence().removeByUserId(userId);
	}

	/**
	 * Returns the number of course enrolments where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the number of matching course enrolments
	 */
	public static int countByUserId(long userId) {
		return getPersistence().countByUserId(userId);
	}

	/**
	 * Returns the course enrolment where courseId = &#63; and userId = &#63; or throws a <code>NoSuchCourseEnrolmentException</code> if it could not be found.
	 *
	 * @param courseId the course ID
	 * @param userId the user ID
	 * @return the matching course enrolment
	 * @throws NoSuchCourseEnrolmentException if a matching course enrolment could not be found
	 */
	public static CourseEnrolment findByC_U(long courseId, long userId)
		throws ru.opora.diagnostics.exception.NoSuchCourseEnrolmentException {

		return getPersistence().findByC_U(courseId, userId);
	}

	/**
	 * Returns the course enrolment where courseId = &#63; and userId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param courseId the course ID
	 * @param userId the user ID
	 * @return the matching course enrolment, or <code>null</code> if a matching course enrolment could not be found
	 */
	public static CourseEnrolment fetchByC_U(long courseId, long userId) {
		return getPersistence().fetchByC_U(courseId, userId);
	}

	/**
	 * Returns the course enrolment where courseId = &#63; and userId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param courseId the course ID
	 * @param userId the user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching course enrolment, or <code>null</code> if a matching course enrolment could not be found
	 */
	public static CourseEnrolment fetchByC_U(
		long courseId, long userId, boolean useFinderCache) {

		return getPersistence().fetchByC_U(courseId, userId, useFinderCache);
	}

	/**
	 * Removes the course enrolment where courseId = &#63; and userId = &#63; from the database.
	 *
	 * @param courseId the course ID
	 * @param userId the user ID
	 * @return the course enrolment that was removed
	 */
	public static CourseEnrolment removeByC_U(long courseId, long userId)
		throws ru.opora.diagnostics.exception.NoSuchCourseEnrolmentException {

		return getPersistence().removeByC_U(courseId, userId);
	}

	/**
	 * Returns the number of course enrolments where courseId = &#63; and userId = &#63;.
	 *
	 * @param courseId the course ID
	 * @param userId the user ID
	 * @return the number of matching course enrolments
	 */
	public static int countByC_U(long courseId, long userId) {
		return getPersistence().countByC_U(courseId, userId);
	}

	/**
	 * Caches the course enrolment in the entity cache if it is enabled.
	 *
	 * @param courseEnrolment the course enrolment
	 */
	public static void cacheResult(CourseEnrolment courseEnrolment) {
		getPersistence().cacheResult(courseEnrolment);
	}

	/**
	 * Caches the course enrolments in the entity cache if it is enabled.
	 *
	 * @param courseEnrolments the course enrolments
	 */
	public static void cacheResult(List<CourseEnrolment> courseEnrolments) {
		getPersistence().cacheResult(courseEnrolments);
	}

	/**
	 * Creates a new course enrolment with the primary key. Does not add the course enrolment to the database.
	 *
	 * @param courseEnrolmentId the primary key for the new course enrolment
	 * @return the new course enrolment
	 */
	public static CourseEnrolment create(long courseEnrolmentId) {
		return getPersistence().create(courseEnrolmentId);
	}

	/**
	 * Removes the course enrolment with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param courseEnrolmentId the primary key of the course enrolment
	 * @return the course enrolment that was removed
	 * @throws NoSuchCourseEnrolmentException if a course enrolment with the primary key could not be found
	 */
	public static CourseEnrolment remove(long courseEnrolmentId)
		throws ru.opora.diagnostics.exception.NoSuchCourseEnrolmentException {

		return getPersistence().remove(courseEnrolmentId);
	}

	public static CourseEnrolment updateImpl(CourseEnrolment courseEnrolment) {
		return getPersistence().updateImpl(courseEnrolment);
	}

	/**
	 * Returns the course enrolment with the primary key or throws a <code>NoSuchCourseEnrolmentException</code> if it could not be found.
	 *
	 * @param courseEnrolmentId the primary key of the course enrolment
	 * @return the course enrolment
	 * @throws NoSuchCourseEnrolmentException if a course enrolment with the primary key could not be found
	 */
	public static CourseEnrolment findByPrimaryKey(long courseEnrolmentId)
		throws ru.opora.diagnostics.exception.NoSuchCourseEnrolmentException {

		return getPersistence().findByPrimaryKey(courseEnrolmentId);
	}

	/**
	 * Returns the course enrolment with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param courseEnrolmentId the primary key of the course enrolment
	 * @return the course enrolment, or <code>null</code> if a course enrolment with the primary key could not be found
	 */
	public static CourseEnrolment fetchByPrimaryKey(long courseEnrolmentId) {
		return getPersistence().fetchByPrimaryKey(courseEnrolmentId);
	}

	/**
	 * Returns all the course enrolments.
	 *
	 * @return the course enrolments
	 */
	public static List<CourseEnrolment> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the course enrolments.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseEnrolmentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of course enrolments
	 * @param end the upper bound of the range of course enrolments (not inclusive)
	 * @return the range of course enrolments
	 */
	public static List<CourseEnrolment> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the course enrolments.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseEnrolmentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of course enrolments
	 * @param end the upper bound of the range of course enrolments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of course enrolments
	 */
	public static List<CourseEnrolment> findAll(
		int start, int end,
		OrderByComparator<CourseEnrolment> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the course enrolments.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseEnrolmentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of course enrolments
	 * @param end the upper bound of the range of course enrolments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of course enrolments
	 */
	public static List<CourseEnrolment> findAll(
		int start, int end,
		OrderByComparator<CourseEnrolment> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the course enrolments from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of course enrolments.
	 *
	 * @return the number of course enrolments
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static CourseEnrolmentPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(CourseEnrolmentPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile CourseEnrolmentPersistence _persistence;

}