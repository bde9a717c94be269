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