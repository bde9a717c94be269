/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.diagnostics.exception.NoSuchResultViewException;
import ru.opora.diagnostics.model.ResultView;

/**
 * The persistence interface for the result view service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see ResultViewUtil
 * @generated
 */
@ProviderType
public interface ResultViewPersistence extends BasePersistence<ResultView> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link ResultViewUtil} to access the result view persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the result views where teacherUserId = &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @return the matching result views
	 */
	public java.util.List<ResultView> findByTeacherUserId(long teacherUserId);

	/**
	 * Returns a range of all the result views where teacherUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param teacherUserId the teacher user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @return the range of matching result views
	 */
	public java.util.List<ResultView> findByTeacherUserId(
		long teacherUserId, int start, int end);

	/**
	 * Returns an ordered range of all the result views where teacherUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param teacherUserId the teacher user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching result views
	 */
	public java.util.List<ResultView> findByTeacherUserId(
		long teacherUserId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator);

	/**
	 * Returns an ordered range of all the result views where teacherUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param teacherUserId the teacher user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching result views
	 */
	public java.util.List<ResultView> findByTeacherUserId(
		long teacherUserId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first result view in the ordered set where teacherUserId = &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public ResultView findByTeacherUserId_First(
			long teacherUserId,
			com.liferay.portal.kernel.util.OrderByComparator<ResultView>
				orderByComparator)
		throws NoSuchResultViewException;

	/**
	 * Returns the first result view in the ordered set where teacherUserId = &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public ResultView fetchByTeacherUserId_First(
		long teacherUserId,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator);

	/**
	 * Returns the last result view in the ordered set where teacherUserId = &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public ResultView findByTeacherUserId_Last(
			long teacherUserId,
			com.liferay.portal.kernel.util.OrderByComparator<ResultView>
				orderByComparator)
		throws NoSuchResultViewException;

	/**
	 * Returns the last result view in the ordered set where teacherUserId = &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public ResultView fetchByTeacherUserId_Last(
		long teacherUserId,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator);

	/**
	 * Returns the result views before and after the current result view in the ordered set where teacherUserId = &#63;.
	 *
	 * @param resultViewId the primary key of the current result view
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next result view
	 * @throws NoSuchResultViewException if a result view with the primary key could not be found
	 */
	public ResultView[] findByTeacherUserId_PrevAndNext(
			long resultViewId, long teacherUserId,
			com.liferay.portal.kernel.util.OrderByComparator<ResultView>
				orderByComparator)
		throws NoSuchResultViewException;

	/**
	 * Removes all the result views where teacherUserId = &#63; from the database.
	 *
	 * @param teacherUserId the teacher user ID
	 */
	public void removeByTeacherUserId(long teacherUserId);

	/**
	 * Returns the number of result views where teacherUserId = &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @return the number of matching result views
	 */
	public int countByTeacherUserId(long teacherUserId);

	/**
	 * Returns all the result views where teacherUserId = &#63; and userId &ne; &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @return the matching result views
	 */
	public java.util.List<ResultView> findByT_NotU(
		long teacherUserId, long userId);

	/**
	 * Returns a range of all the result views where teacherUserId = &#63; and userId &ne; &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @return the range of matching result views
	 */
	public java.util.List<ResultView> findByT_NotU(
		long teacherUserId, long userId, int start, int end);

	/**
	 * Returns an ordered range of all the result views where teacherUserId = &#63; and userId &ne; &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching result views
	 */
	public java.util.List<ResultView> findByT_NotU(
		long teacherUserId, long userId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator);

	/**
	 * Returns an ordered range of all the result views where teacherUserId = &#63; and userId &ne; &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching result views
	 */
	public java.util.List<ResultView> findByT_NotU(
		long teacherUserId, long userId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first result view in the ordered set where teacherUserId = &#63; and userId &ne; &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public ResultView findByT_NotU_First(
			long teacherUserId, long userId,
			com.liferay.portal.kernel.util.OrderByComparator<ResultView>
				orderByComparator)
		throws NoSuchResultViewException;

	/**
	 * Returns the first result view in the ordered set where teacherUserId = &#63; and userId &ne; &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public ResultView fetchByT_NotU_First(
		long teacherUserId, long userId,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator);

	/**
	 * Returns the last result view in the ordered set where teacherUserId = &#63; and userId &ne; &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public ResultView findByT_NotU_Last(
			long teacherUserId, long userId,
			com.liferay.portal.kernel.util.OrderByComparator<ResultView>
				orderByComparator)
		throws NoSuchResultViewException;

	/**
	 * Returns the last result view in the ordered set where teacherUserId = &#63; and userId &ne; &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public ResultView fetchByT_NotU_Last(
		long teacherUserId, long userId,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator);

	/**
	 * Returns the result views before and after the current result view in the ordered set where teacherUserId = &#63; and userId &ne; &#63;.
	 *
	 * @param resultViewId the primary key of the current result view
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next result view
	 * @throws NoSuchResultViewException if a result view with the primary key could not be found
	 */
	public ResultView[] findByT_NotU_PrevAndNext(
			long resultViewId, long teacherUserId, long userId,
			com.liferay.portal.kernel.util.OrderByComparator<ResultView>
				orderByComparator)
		throws NoSuchResultViewException;

	/**
	 * Removes all the result views where teacherUserId = &#63; and userId &ne; &#63; from the database.
	 *
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 */
	public void removeByT_NotU(long teacherUserId, long userId);

	/**
	 * Returns the number of result views where teacherUserId = &#63; and userId &ne; &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @return the number of matching result views
	 */
	public int countByT_NotU(long teacherUserId, long userId);

	/**
	 * Returns all the result views where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching result views
	 */
	public java.util.List<ResultView> findByGroupId(long groupId);

	/**
	 * Returns a range of all the result views where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @return the range of matching result views
	 */
	public java.util.List<ResultView> findByGroupId(
		long groupId, int start, int end);

	/**
	 * Returns an ordered range of all the result views where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching result views
	 */
	public java.util.List<ResultView> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator);

	/**
	 * Returns an ordered range of all the result views where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching result views
	 */
	public java.util.List<ResultView> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first result view in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public ResultView findByGroupId_First(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<ResultView>
				orderByComparator)
		throws NoSuchResultViewException;

	/**
	 * Returns the first result view in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public ResultView fetchByGroupId_First(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator);

	/**
	 * Returns the last result view in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public ResultView findByGroupId_Last(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<ResultView>
				orderByComparator)
		throws NoSuchResultViewException;

	/**
	 * Returns the last result view in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public ResultView fetchByGroupId_Last(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator);

	/**
	 * Returns the result views before and after the current result view in the ordered set where groupId = &#63;.
	 *
	 * @param resultViewId the primary key of the current result view
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next result view
	 * @throws NoSuchResultViewException if a result view with the primary key could not be found
	 */
	public ResultView[] findByGroupId_PrevAndNext(
			long resultViewId, long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<ResultView>
				orderByComparator)
		throws NoSuchResultViewException;

	/**
	 * Removes all the result views where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public void removeByGroupId(long groupId);

	/**
	 * Returns the number of result views where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching result views
	 */
	public int countByGroupId(long groupId);

	/**
	 * Returns all the result views where groupId = &#63; and teacherUserId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @return the matching result views
	 */
	public java.util.List<ResultView> findByG_T(
		long groupId, long teacherUserId);

	/**
	 * Returns a range of all the result views where groupId = &#63; and teacherUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @return the range of matching result views
	 */
	public java.util.List<ResultView> findByG_T(
		long groupId, long teacherUserId, int start, int end);

	/**
	 * Returns an ordered range of all the result views where groupId = &#63; and teacherUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching result views
	 */
	public java.util.List<ResultView> findByG_T(
		long groupId, long teacherUserId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator);

	/**
	 * Returns an ordered range of all the result views where groupId = &#63; and teacherUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching result views
	 */
	public java.util.List<ResultView> findByG_T(
		long groupId, long teacherUserId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first result view in the ordered set where groupId = &#63; and teacherUserId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public ResultView findByG_T_First(
			long groupId, long teacherUserId,
			com.liferay.portal.kernel.util.OrderByComparator<ResultView>
				orderByComparator)
		throws NoSuchResultViewException;

	/**
	 * Returns the first result view in the ordered set where groupId = &#63; and teacherUserId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public ResultView fetchByG_T_First(
		long groupId, long teacherUserId,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator);

	/**
	 * Returns the last result view in the ordered set where groupId = &#63; and teacherUserId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public ResultView findByG_T_Last(
			long groupId, long teacherUserId,
			com.liferay.portal.kernel.util.OrderByComparator<ResultView>
				orderByComparator)
		throws NoSuchResultViewException;

	/**
	 * Returns the last result view in the ordered set where groupId = &#63; and teacherUserId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public ResultView fetchByG_T_Last(
		long groupId, long teacherUserId,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator);

	/**
	 * Returns the result views before and after the current result view in the ordered set where groupId = &#63; and teacherUserId = &#63;.
	 *
	 * @param resultViewId the primary key of the current result view
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next result view
	 * @throws NoSuchResultViewException if a result view with the primary key could not be found
	 */
	public ResultView[] findByG_T_PrevAndNext(
			long resultViewId, long groupId, long teacherUserId,
			com.liferay.portal.kernel.util.OrderByComparator<ResultView>
				orderByComparator)
		throws NoSuchResultViewException;

	/**
	 * Removes all the result views where groupId = &#63; and teacherUserId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 */
	public void removeByG_T(long groupId, long teacherUserId);

	/**
	 * Returns the number of result views where groupId = &#63; and teacherUserId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @return the number of matching result views
	 */
	public int countByG_T(long groupId, long teacherUserId);

	/**
	 * Returns all the result views where groupId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @return the matching result views
	 */
	public java.util.List<ResultView> findByG_U(long groupId, long userId);

	/**
	 * Returns a range of all the result views where groupId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @return the range of matching result views
	 */
	public java.util.List<ResultView> findByG_U(
		long groupId, long userId, int start, int end);

	/**
	 * Returns an ordered range of all the result views where groupId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching result views
	 */
	public java.util.List<ResultView> findByG_U(
		long groupId, long userId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator);

	/**
	 * Returns an ordered range of all the result views where groupId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching result views
	 */
	public java.util.List<ResultView> findByG_U(
		long groupId, long userId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first result view in the ordered set where groupId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public ResultView findByG_U_First(
			long groupId, long userId,
			com.liferay.portal.kernel.util.OrderByComparator<ResultView>
				orderByComparator)
		throws NoSuchResultViewException;

	/**
	 * Returns the first result view in the ordered set where groupId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public ResultView fetchByG_U_First(
		long groupId, long userId,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator);

	/**
	 * Returns the last result view in the ordered set where groupId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public ResultView findByG_U_Last(
			long groupId, long userId,
			com.liferay.portal.kernel.util.OrderByComparator<ResultView>
				orderByComparator)
		throws NoSuchResultViewException;

	/**
	 * Returns the last result view in the ordered set where groupId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public ResultView fetchByG_U_Last(
		long groupId, long userId,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator);

	/**
	 * Returns the result views before and after the current result view in the ordered set where groupId = &#63; and userId = &#63;.
	 *
	 * @param resultViewId the primary key of the current result view
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next result view
	 * @throws NoSuchResultViewException if a result view with the primary key could not be found
	 */
	public ResultView[] findByG_U_PrevAndNext(
			long resultViewId, long groupId, long userId,
			com.liferay.portal.kernel.util.OrderByComparator<ResultView>
				orderByComparator)
		throws NoSuchResultViewException;

	/**
	 * Removes all the result views where groupId = &#63; and userId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 */
	public void removeByG_U(long groupId, long userId);

	/**
	 * Returns the number of result views where groupId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @return the number of matching result views
	 */
	public int countByG_U(long groupId, long userId);

	/**
	 * Returns all the result views where groupId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @return the matching result views
	 */
	public java.util.List<ResultView> findByG_T_U(
		long groupId, long teacherUserId, long userId);

	/**
	 * Returns a range of all the result views where groupId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @return the range of matching result views
	 */
	public java.util.List<ResultView> findByG_T_U(
		long groupId, long teacherUserId, long userId, int start, int end);

	/**
	 * Returns an ordered range of all the result views where groupId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching result views
	 */
	public java.util.List<ResultView> findByG_T_U(
		long groupId, long teacherUserId, long userId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator);

	/**
	 * Returns an ordered range of all the result views where groupId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching result views
	 */
	public java.util.List<ResultView> findByG_T_U(
		long groupId, long teacherUserId, long userId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first result view in the ordered set where groupId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public ResultView findByG_T_U_First(
			long groupId, long teacherUserId, long userId,
			com.liferay.portal.kernel.util.OrderByComparator<ResultView>
				orderByComparator)
		throws NoSuchResultViewException;

	/**
	 * Returns the first result view in the ordered set where groupId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public ResultView fetchByG_T_U_First(
		long groupId, long teacherUserId, long userId,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator);

	/**
	 * Returns the last result view in the ordered set where groupId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public ResultView findByG_T_U_Last(
			long groupId, long teacherUserId, long userId,
			com.liferay.portal.kernel.util.OrderByComparator<ResultView>
				orderByComparator)
		throws NoSuchResultViewException;

	/**
	 * Returns the last result view in the ordered set where groupId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public ResultView fetchByG_T_U_Last(
		long groupId, long teacherUserId, long userId,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator);

	/**
	 * Returns the result views before and after the current result view in the ordered set where groupId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param resultViewId the primary key of the current result view
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next result view
	 * @throws NoSuchResultViewException if a result view with the primary key could not be found
	 */
	public ResultView[] findByG_T_U_PrevAndNext(
			long resultViewId, long groupId, long teacherUserId, long userId,
			com.liferay.portal.kernel.util.OrderByComparator<ResultView>
				orderByComparator)
		throws NoSuchResultViewException;

	/**
	 * Removes all the result views where groupId = &#63; and teacherUserId = &#63; and userId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 */
	public void removeByG_T_U(long groupId, long teacherUserId, long userId);

	/**
	 * Returns the number of result views where groupId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @return the number of matching result views
	 */
	public int countByG_T_U(long groupId, long teacherUserId, long userId);

	/**
	 * Returns all the result views where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching result views
	 */
	public java.util.List<ResultView> findByCompanyId(long companyId);

	/**
	 * Returns a range of all the result views where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @return the range of matching result views
	 */
	public java.util.List<ResultView> findByCompanyId(
		long companyId, int start, int end);

	/**
	 * Returns an ordered range of all the result views where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching result views
	 */
	public java.util.List<ResultView> findByCompanyId(
		long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator);

	/**
	 * Returns an ordered range of all the result views where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching result views
	 */
	public java.util.List<ResultView> findByCompanyId(
		long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first result view in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public ResultView findByCompanyId_First(
			long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<ResultView>
				orderByComparator)
		throws NoSuchResultViewException;

	/**
	 * Returns the first result view in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public ResultView fetchByCompanyId_First(
		long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator);

	/**
	 * Returns the last result view in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public ResultView findByCompanyId_Last(
			long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<ResultView>
				orderByComparator)
		throws NoSuchResultViewException;

	/**
	 * Returns the last result view in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public ResultView fetchByCompanyId_Last(
		long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator);

	/**
	 * Returns the result views before and after the current result view in the ordered set where companyId = &#63;.
	 *
	 * @param resultViewId the primary key of the current result view
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next result view
	 * @throws NoSuchResultViewException if a result view with the primary key could not be found
	 */
	public ResultView[] findByCompanyId_PrevAndNext(
			long resultViewId, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<ResultView>
				orderByComparator)
		throws NoSuchResultViewException;

	/**
	 * Removes all the result views where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	public void removeByCompanyId(long companyId);

	/**
	 * Returns the number of result views where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching result views
	 */
	public int countByCompanyId(long companyId);

	/**
	 * Returns all the result views where companyId = &#63; and teacherUserId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @return the matching result views
	 */
	public java.util.List<ResultView> findByC_T(
		long companyId, long teacherUserId);

	/**
	 * Returns a range of all the result views where companyId = &#63; and teacherUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @return the range of matching result views
	 */
	public java.util.List<ResultView> findByC_T(
		long companyId, long teacherUserId, int start, int end);

	/**
	 * Returns an ordered range of all the result views where companyId = &#63; and teacherUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching result views
	 */
	public java.util.List<ResultView> findByC_T(
		long companyId, long teacherUserId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator);

	/**
	 * Returns an ordered range of all the result views where companyId = &#63; and teacherUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching result views
	 */
	public java.util.List<ResultView> findByC_T(
		long companyId, long teacherUserId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first result view in the ordered set where companyId = &#63; and teacherUserId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public ResultView findByC_T_First(
			long companyId, long teacherUserId,
			com.liferay.portal.kernel.util.OrderByComparator<ResultView>
				orderByComparator)
		throws NoSuchResultViewException;

	/**
	 * Returns the first result view in the ordered set where companyId = &#63; and teacherUserId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public ResultView fetchByC_T_First(
		long companyId, long teacherUserId,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator);

	/**
	 * Returns the last result view in the ordered set where companyId = &#63; and teacherUserId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public ResultView findByC_T_Last(
			long companyId, long teacherUserId,
			com.liferay.portal.kernel.util.OrderByComparator<ResultView>
				orderByComparator)
		throws NoSuchResultViewException;

	/**
	 * Returns the last result view in the ordered set where companyId = &#63; and teacherUserId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public ResultView fetchByC_T_Last(
		long companyId, long teacherUserId,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator);

	/**
	 * Returns the result views before and after the current result view in the ordered set where companyId = &#63; and teacherUserId = &#63;.
	 *
	 * @param resultViewId the primary key of the current result view
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next result view
	 * @throws NoSuchResultViewException if a result view with the primary key could not be found
	 */
	public ResultView[] findByC_T_PrevAndNext(
			long resultViewId, long companyId, long teacherUserId,
			com.liferay.portal.kernel.util.OrderByComparator<ResultView>
				orderByComparator)
		throws NoSuchResultViewException;

	/**
	 * Removes all the result views where companyId = &#63; and teacherUserId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 */
	public void removeByC_T(long companyId, long teacherUserId);

	/**
	 * Returns the number of result views where companyId = &#63; and teacherUserId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @return the number of matching result views
	 */
	public int countByC_T(long companyId, long teacherUserId);

	/**
	 * Returns all the result views where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @return the matching result views
	 */
	public java.util.List<ResultView> findByC_U(long companyId, long userId);

	/**
	 * Returns a range of all the result views where companyId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @return the range of matching result views
	 */
	public java.util.List<ResultView> findByC_U(
		long companyId, long userId, int start, int end);

	/**
	 * Returns an ordered range of all the result views where companyId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching result views
	 */
	public java.util.List<ResultView> findByC_U(
		long companyId, long userId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator);

	/**
	 * Returns an ordered range of all the result views where companyId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching result views
	 */
	public java.util.List<ResultView> findByC_U(
		long companyId, long userId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first result view in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public ResultView findByC_U_First(
			long companyId, long userId,
			com.liferay.portal.kernel.util.OrderByComparator<ResultView>
				orderByComparator)
		throws NoSuchResultViewException;

	/**
	 * Returns the first result view in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public ResultView fetchByC_U_First(
		long companyId, long userId,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator);

	/**
	 * Returns the last result view in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public ResultView findByC_U_Last(
			long companyId, long userId,
			com.liferay.portal.kernel.util.OrderByComparator<ResultView>
				orderByComparator)
		throws NoSuchResultViewException;

	/**
	 * Returns the last result view in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public ResultView fetchByC_U_Last(
		long companyId, long userId,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator);

	/**
	 * Returns the result views before and after the current result view in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param resultViewId the primary key of the current result view
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next result view
	 * @throws NoSuchResultViewException if a result view with the primary key could not be found
	 */
	public ResultView[] findByC_U_PrevAndNext(
			long resultViewId, long companyId, long userId,
			com.liferay.portal.kernel.util.OrderByComparator<ResultView>
				orderByComparator)
		throws NoSuchResultViewException;

	/**
	 * Removes all the result views where companyId = &#63; and userId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 */
	public void removeByC_U(long companyId, long userId);

	/**
	 * Returns the number of result views where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @return the number of matching result views
	 */
	public int countByC_U(long companyId, long userId);

	/**
	 * Returns all the result views where companyId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @return the matching result views
	 */
	public java.util.List<ResultView> findByC_T_U(
		long companyId, long teacherUserId, long userId);

	/**
	 * Returns a range of all the result views where companyId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @return the range of matching result views
	 */
	public java.util.List<ResultView> findByC_T_U(
		long companyId, long teacherUserId, long userId, int start, int end);

	/**
	 * Returns an ordered range of all the result views where companyId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching result views
	 */
	public java.util.List<ResultView> findByC_T_U(
		long companyId, long teacherUserId, long userId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator);

	/**
	 * Returns an ordered range of all the result views where companyId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching result views
	 */
	public java.util.List<ResultView> findByC_T_U(
		long companyId, long teacherUserId, long userId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first result view in the ordered set where companyId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public ResultView findByC_T_U_First(
			long companyId, long teacherUserId, long userId,
			com.liferay.portal.kernel.util.OrderByComparator<ResultView>
				orderByComparator)
		throws NoSuchResultViewException;

	/**
	 * Returns the first result view in the ordered set where companyId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public ResultView fetchByC_T_U_First(
		long companyId, long teacherUserId, long userId,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator);

	/**
	 * Returns the last result view in the ordered set where companyId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public ResultView findByC_T_U_Last(
			long companyId, long teacherUserId, long userId,
			com.liferay.portal.kernel.util.OrderByComparator<ResultView>
				orderByComparator)
		throws NoSuchResultViewException;

	/**
	 * Returns the last result view in the ordered set where companyId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public ResultView fetchByC_T_U_Last(
		long companyId, long teacherUserId, long userId,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator);

	/**
	 * Returns the result views before and after the current result view in the ordered set where companyId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param resultViewId the primary key of the current result view
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next result view
	 * @throws NoSuchResultViewException if a result view with the primary key could not be found
	 */
	public ResultView[] findByC_T_U_PrevAndNext(
			long resultViewId, long companyId, long teacherUserId, long userId,
			com.liferay.portal.kernel.util.OrderByComparator<ResultView>
				orderByComparator)
		throws NoSuchResultViewException;

	/**
	 * Removes all the result views where companyId = &#63; and teacherUserId = &#63; and userId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 */
	public void removeByC_T_U(long companyId, long teacherUserId, long userId);

	/**
	 * Returns the number of result views where companyId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @return the number of matching result views
	 */
	public int countByC_T_U(long companyId, long teacherUserId, long userId);

	/**
	 * Caches the result view in the entity cache if it is enabled.
	 *
	 * @param resultView the result view
	 */
	public void cacheResult(ResultView resultView);

	/**
	 * Caches the result views in the entity cache if it is enabled.
	 *
	 * @param resultViews the result views
	 */
	public void cacheResult(java.util.List<ResultView> resultViews);

	/**
	 * Creates a new result view with the primary key. Does not add the result view to the database.
	 *
	 * @param resultViewId the primary key for the new result view
	 * @return the new result view
	 */
	public ResultView create(long resultViewId);

	/**
	 * Removes the result view with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param resultViewId the primary key of the result view
	 * @return the result view that was removed
	 * @throws NoSuchResultViewException if a result view with the primary key could not be found
	 */
	public ResultView remove(long resultViewId)
		throws NoSuchResultViewException;

	public ResultView updateImpl(ResultView resultView);

	/**
	 * Returns the result view with the primary key or throws a <code>NoSuchResultViewException</code> if it could not be found.
	 *
	 * @param resultViewId the primary key of the result view
	 * @return the result view
	 * @throws NoSuchResultViewException if a result view with the primary key could not be found
	 */
	public ResultView findByPrimaryKey(long resultViewId)
		throws NoSuchResultViewException;

	/**
	 * Returns the result view with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param resultViewId the primary key of the result view
	 * @return the result view, or <code>null</code> if a result view with the primary key could not be found
	 */
	public ResultView fetchByPrimaryKey(long resultViewId);

	/**
	 * Returns all the result views.
	 *
	 * @return the result views
	 */
	public java.util.List<ResultView> findAll();

	/**
	 * Returns a range of all the result views.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @return the range of result views
	 */
	public java.util.List<ResultView> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the result views.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of result views
	 */
	public java.util.List<ResultView> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator);

	/**
	 * Returns an ordered range of all the result views.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of result views
	 */
	public java.util.List<ResultView> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ResultView>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the result views from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of result views.
	 *
	 * @return the number of result views
	 */
	public int countAll();

}