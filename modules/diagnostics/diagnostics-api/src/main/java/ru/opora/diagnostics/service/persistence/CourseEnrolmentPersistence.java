/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.diagnostics.exception.NoSuchCourseEnrolmentException;
import ru.opora.diagnostics.model.CourseEnrolment;

/**
 * The persistence interface for the course enrolment service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see CourseEnrolmentUtil
 * @generated
 */
@ProviderType
public interface CourseEnrolmentPersistence
	extends BasePersistence<CourseEnrolment> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link CourseEnrolmentUtil} to access the course enrolment persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the course enrolments where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @return the matching course enrolments
	 */
	public java.util.List<CourseEnrolment> findByCourseId(long courseId);

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
	public java.util.List<CourseEnrolment> findByCourseId(
		long courseId, int start, int end);

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
	public java.util.List<CourseEnrolment> findByCourseId(
		long courseId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseEnrolment>
			orderByComparator);

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
	public java.util.List<CourseEnrolment> findByCourseId(
		long courseId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseEnrolment>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first course enrolment in the ordered set where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course enrolment
	 * @throws NoSuchCourseEnrolmentException if a matching course enrolment could not be found
	 */
	public CourseEnrolment findByCourseId_First(
			long courseId,
			com.liferay.portal.kernel.util.OrderByComparator<CourseEnrolment>
				orderByComparator)
		throws NoSuchCourseEnrolmentException;

	/**
	 * Returns the first course enrolment in the ordered set where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course enrolment, or <code>null</code> if a matching course enrolment could not be found
	 */
	public CourseEnrolment fetchByCourseId_First(
		long courseId,
		com.liferay.portal.kernel.util.OrderByComparator<CourseEnrolment>
			orderByComparator);

	/**
	 * Returns the last course enrolment in the ordered set where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course enrolment
	 * @throws NoSuchCourseEnrolmentException if a matching course enrolment could not be found
	 */
	public CourseEnrolment findByCourseId_Last(
			long courseId,
			com.liferay.portal.kernel.util.OrderByComparator<CourseEnrolment>
				orderByComparator)
		throws NoSuchCourseEnrolmentException;

	/**
	 * Returns the last course enrolment in the ordered set where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course enrolment, or <code>null</code> if a matching course enrolment could not be found
	 */
	public CourseEnrolment fetchByCourseId_Last(
		long courseId,
		com.liferay.portal.kernel.util.OrderByComparator<CourseEnrolment>
			orderByComparator);

	/**
	 * Returns the course enrolments before and after the current course enrolment in the ordered set where courseId = &#63;.
	 *
	 * @param courseEnrolmentId the primary key of the current course enrolment
	 * @param courseId the course ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next course enrolment
	 * @throws NoSuchCourseEnrolmentException if a course enrolment with the primary key could not be found
	 */
	public CourseEnrolment[] findByCourseId_PrevAndNext(
			long courseEnrolmentId, long courseId,
			com.liferay.portal.kernel.util.OrderByComparator<CourseEnrolment>
				orderByComparator)
		throws NoSuchCourseEnrolmentException;

	/**
	 * Removes all the course enrolments where courseId = &#63; from the database.
	 *
	 * @param courseId the course ID
	 */
	public void removeByCourseId(long courseId);

	/**
	 * Returns the number of course enrolments where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @return the number of matching course enrolments
	 */
	public int countByCourseId(long courseId);

	/**
	 * Returns all the course enrolments where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the matching course enrolments
	 */
	public java.util.List<CourseEnrolment> findByUserId(long userId);

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
	public java.util.List<CourseEnrolment> findByUserId(
		long userId, int start, int end);

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
	public java.util.List<CourseEnrolment> findByUserId(
		long userId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseEnrolment>
			orderByComparator);

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
	public java.util.List<CourseEnrolment> findByUserId(
		long userId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseEnrolment>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first course enrolment in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course enrolment
	 * @throws NoSuchCourseEnrolmentException if a matching course enrolment could not be found
	 */
	public CourseEnrolment findByUserId_First(
			long userId,
			com.liferay.portal.kernel.util.OrderByComparator<CourseEnrolment>
				orderByComparator)
		throws NoSuchCourseEnrolmentException;

	/**
	 * Returns the first course enrolment in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course enrolment, or <code>null</code> if a matching course enrolment could not be found
	 */
	public CourseEnrolment fetchByUserId_First(
		long userId,
		com.liferay.portal.kernel.util.OrderByComparator<CourseEnrolment>
			orderByComparator);

	/**
	 * Returns the last course enrolment in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course enrolment
	 * @throws NoSuchCourseEnrolmentException if a matching course enrolment could not be found
	 */
	public CourseEnrolment findByUserId_Last(
			long userId,
			com.liferay.portal.kernel.util.OrderByComparator<CourseEnrolment>
				orderByComparator)
		throws NoSuchCourseEnrolmentException;

	/**
	 * Returns the last course enrolment in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course enrolment, or <code>null</code> if a matching course enrolment could not be found
	 */
	public CourseEnrolment fetchByUserId_Last(
		long userId,
		com.liferay.portal.kernel.util.OrderByComparator<CourseEnrolment>
			orderByComparator);

	/**
	 * Returns the course enrolments before and after the current course enrolment in the ordered set where userId = &#63;.
	 *
	 * @param courseEnrolmentId the primary key of the current course enrolment
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next course enrolment
	 * @throws NoSuchCourseEnrolmentException if a course enrolment with the primary key could not be found
	 */
	public CourseEnrolment[] findByUserId_PrevAndNext(
			long courseEnrolmentId, long userId,
			com.liferay.portal.kernel.util.OrderByComparator<CourseEnrolment>
				orderByComparator)
		throws NoSuchCourseEnrolmentException;

	/**
	 * Removes all the course enrolments where userId = &#63; from the database.
	 *
	 * @param userId the user ID
	 */
	public void removeByUserId(long userId);

	/**
	 * Returns the number of course enrolments where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the number of matching course enrolments
	 */
	public int countByUserId(long userId);

	/**
	 * Returns the course enrolment where courseId = &#63; and userId = &#63; or throws a <code>NoSuchCourseEnrolmentException</code> if it could not be found.
	 *
	 * @param courseId the course ID
	 * @param userId the user ID
	 * @return the matching course enrolment
	 * @throws NoSuchCourseEnrolmentException if a matching course enrolment could not be found
	 */
	public CourseEnrolment findByC_U(long courseId, long userId)
		throws NoSuchCourseEnrolmentException;

	/**
	 * Returns the course enrolment where courseId = &#63; and userId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param courseId the course ID
	 * @param userId the user ID
	 * @return the matching course enrolment, or <code>null</code> if a matching course enrolment could not be found
	 */
	public CourseEnrolment fetchByC_U(long courseId, long userId);

	/**
	 * Returns the course enrolment where courseId = &#63; and userId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param courseId the course ID
	 * @param userId the user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching course enrolment, or <code>null</code> if a matching course enrolment could not be found
	 */
	public CourseEnrolment fetchByC_U(
		long courseId, long userId, boolean useFinderCache);

	/**
	 * Removes the course enrolment where courseId = &#63; and userId = &#63; from the database.
	 *
	 * @param courseId the course ID
	 * @param userId the user ID
	 * @return the course enrolment that was removed
	 */
	public CourseEnrolment removeByC_U(long courseId, long userId)
		throws NoSuchCourseEnrolmentException;

	/**
	 * Returns the number of course enrolments where courseId = &#63; and userId = &#63;.
	 *
	 * @param courseId the course ID
	 * @param userId the user ID
	 * @return the number of matching course enrolments
	 */
	public int countByC_U(long courseId, long userId);

	/**
	 * Caches the course enrolment in the entity cache if it is enabled.
	 *
	 * @param courseEnrolment the course enrolment
	 */
	public void cacheResult(CourseEnrolment courseEnrolment);

	/**
	 * Caches the course enrolments in the entity cache if it is enabled.
	 *
	 * @param courseEnrolments the course enrolments
	 */
	public void cacheResult(java.util.List<CourseEnrolment> courseEnrolments);

	/**
	 * Creates a new course enrolment with the primary key. Does not add the course enrolment to the database.
	 *
	 * @param courseEnrolmentId the primary key for the new course enrolment
	 * @return the new course enrolment
	 */
	public CourseEnrolment create(long courseEnrolmentId);

	/**
	 * Removes the course enrolment with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param courseEnrolmentId the primary key of the course enrolment
	 * @return the course enrolment that was removed
	 * @throws NoSuchCourseEnrolmentException if a course enrolment with the primary key could not be found
	 */
	public CourseEnrolment remove(long courseEnrolmentId)
		throws NoSuchCourseEnrolmentException;

	public CourseEnrolment updateImpl(CourseEnrolment courseEnrolment);

	/**
	 * Returns the course enrolment with the primary key or throws a <code>NoSuchCourseEnrolmentException</code> if it could not be found.
	 *
	 * @param courseEnrolmentId the primary key of the course enrolment
	 * @return the course enrolment
	 * @throws NoSuchCourseEnrolmentException if a course enrolment with the primary key could not be found
	 */
	public CourseEnrolment findByPrimaryKey(long courseEnrolmentId)
		throws NoSuchCourseEnrolmentException;

	/**
	 * Returns the course enrolment with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param courseEnrolmentId the primary key of the course enrolment
	 * @return the course enrolment, or <code>null</code> if a course enrolment with the primary key could not be found
	 */
	public CourseEnrolment fetchByPrimaryKey(long courseEnrolmentId);

	/**
	 * Returns all the course enrolments.
	 *
	 * @return the course enrolments
	 */
	public java.util.List<CourseEnrolment> findAll();

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
	public java.util.List<CourseEnrolment> findAll(int start, int end);

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
	public java.util.List<CourseEnrolment> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseEnrolment>
			orderByComparator);

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
	public java.util.List<CourseEnrolment> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseEnrolment>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the course enrolments from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of course enrolments.
	 *
	 * @return the number of course enrolments
	 */
	public int countAll();

}