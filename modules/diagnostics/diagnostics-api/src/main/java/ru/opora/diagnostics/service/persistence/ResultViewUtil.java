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

import ru.opora.diagnostics.model.ResultView;

/**
 * The persistence utility for the result view service. This utility wraps <code>ru.opora.diagnostics.service.persistence.impl.ResultViewPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see ResultViewPersistence
 * @generated
 */
public class ResultViewUtil {

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
	public static void clearCache(ResultView resultView) {
		getPersistence().clearCache(resultView);
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
	public static Map<Serializable, ResultView> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<ResultView> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<ResultView> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<ResultView> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<ResultView> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static ResultView update(ResultView resultView) {
		return getPersistence().update(resultView);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static ResultView update(
		ResultView resultView, ServiceContext serviceContext) {

		return getPersistence().update(resultView, serviceContext);
	}

	/**
	 * Returns all the result views where teacherUserId = &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @return the matching result views
	 */
	public static List<ResultView> findByTeacherUserId(long teacherUserId) {
		return getPersistence().findByTeacherUserId(teacherUserId);
	}

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
	public static List<ResultView> findByTeacherUserId(
		long teacherUserId, int start, int end) {

		return getPersistence().findByTeacherUserId(teacherUserId, start, end);
	}

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
	public static List<ResultView> findByTeacherUserId(
		long teacherUserId, int start, int end,
		OrderByComparator<ResultView> orderByComparator) {

		return getPersistence().findByTeacherUserId(
			teacherUserId, start, end, orderByComparator);
	}

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
	public static List<ResultView> findByTeacherUserId(
		long teacherUserId, int start, int end,
		OrderByComparator<ResultView> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByTeacherUserId(
			teacherUserId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first result view in the ordered set where teacherUserId = &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public static ResultView findByTeacherUserId_First(
			long teacherUserId, OrderByComparator<ResultView> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchResultViewException {

		return getPersistence().findByTeacherUserId_First(
			teacherUserId, orderByComparator);
	}

	/**
	 * Returns the first result view in the ordered set where teacherUserId = &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public static ResultView fetchByTeacherUserId_First(
		long teacherUserId, OrderByComparator<ResultView> orderByComparator) {

		return getPersistence().fetchByTeacherUserId_First(
			teacherUserId, orderByComparator);
	}

	/**
	 * Returns the last result view in the ordered set where teacherUserId = &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public static ResultView findByTeacherUserId_Last(
			long teacherUserId, OrderByComparator<ResultView> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchResultViewException {

		return getPersistence().findByTeacherUserId_Last(
			teacherUserId, orderByComparator);
	}

	/**
	 * Returns the last result view in the ordered set where teacherUserId = &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public static ResultView fetchByTeacherUserId_Last(
		long teacherUserId, OrderByComparator<ResultView> orderByComparator) {

		return getPersistence().fetchByTeacherUserId_Last(
			teacherUserId, orderByComparator);
	}

	/**
	 * Returns the result views before and after the current result view in the ordered set where teacherUserId = &#63;.
	 *
	 * @param resultViewId the primary key of the current result view
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next result view
	 * @throws NoSuchResultViewException if a result view with the primary key could not be found
	 */
	public static ResultView[] findByTeacherUserId_PrevAndNext(
			long resultViewId, long teacherUserId,
			OrderByComparator<ResultView> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchResultViewException {

		return getPersistence().findByTeacherUserId_PrevAndNext(
			resultViewId, teacherUserId, orderByComparator);
	}

	/**
	 * Removes all the result views where teacherUserId = &#63; from the database.
	 *
	 * @param teacherUserId the teacher user ID
	 */
	public static void removeByTeacherUserId(long teacherUserId) {
		getPersistence().removeByTeacherUserId(teacherUserId);
	}

	/**
	 * Returns the number of result views where teacherUserId = &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @return the number of matching result views
	 */
	public static int countByTeacherUserId(long teacherUserId) {
		return getPersistence().countByTeacherUserId(teacherUserId);
	}

	/**
	 * Returns all the result views where teacherUserId = &#63; and userId &ne; &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @return the matching result views
	 */
	public static List<ResultView> findByT_NotU(
		long teacherUserId, long userId) {

		return getPersistence().findByT_NotU(teacherUserId, userId);
	}

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
	public static List<ResultView> findByT_NotU(
		long teacherUserId, long userId, int start, int end) {

		return getPersistence().findByT_NotU(teacherUserId, userId, start, end);
	}

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
	public static List<ResultView> findByT_NotU(
		long teacherUserId, long userId, int start, int end,
		OrderByComparator<ResultView> orderByComparator) {

		return getPersistence().findByT_NotU(
			teacherUserId, userId, start, end, orderByComparator);
	}

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
	public static List<ResultView> findByT_NotU(
		long teacherUserId, long userId, int start, int end,
		OrderByComparator<ResultView> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByT_NotU(
			teacherUserId, userId, start, end, orderByComparator,
			useFinderCache);
	}

	/**
	 * Returns the first result view in the ordered set where teacherUserId = &#63; and userId &ne; &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public static ResultView findByT_NotU_First(
			long teacherUserId, long userId,
			OrderByComparator<ResultView> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchResultViewException {

		return getPersistence().findByT_NotU_First(
			teacherUserId, userId, orderByComparator);
	}

	/**
	 * Returns the first result view in the ordered set where teacherUserId = &#63; and userId &ne; &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public static ResultView fetchByT_NotU_First(
		long teacherUserId, long userId,
		OrderByComparator<ResultView> orderByComparator) {

		return getPersistence().fetchByT_NotU_First(
			teacherUserId, userId, orderByComparator);
	}

	/**
	 * Returns the last result view in the ordered set where teacherUserId = &#63; and userId &ne; &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public static ResultView findByT_NotU_Last(
			long teacherUserId, long userId,
			OrderByComparator<ResultView> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchResultViewException {

		return getPersistence().findByT_NotU_Last(
			teacherUserId, userId, orderByComparator);
	}

	/**
	 * Returns the last result view in the ordered set where teacherUserId = &#63; and userId &ne; &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public static ResultView fetchByT_NotU_Last(
		long teacherUserId, long userId,
		OrderByComparator<ResultView> orderByComparator) {

		return getPersistence().fetchByT_NotU_Last(
			teacherUserId, userId, orderByComparator);
	}

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
	public static ResultView[] findByT_NotU_PrevAndNext(
			long resultViewId, long teacherUserId, long userId,
			OrderByComparator<ResultView> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchResultViewException {

		return getPersistence().findByT_NotU_PrevAndNext(
			resultViewId, teacherUserId, userId, orderByComparator);
	}

	/**
	 * Removes all the result views where teacherUserId = &#63; and userId &ne; &#63; from the database.
	 *
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 */
	public static void removeByT_NotU(long teacherUserId, long userId) {
		getPersistence().removeByT_NotU(teacherUserId, userId);
	}

	/**
	 * Returns the number of result views where teacherUserId = &#63; and userId &ne; &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @return the number of matching result views
	 */
	public static int countByT_NotU(long teacherUserId, long userId) {
		return getPersistence().countByT_NotU(teacherUserId, userId);
	}

	/**
	 * Returns all the result views where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching result views
	 */
	public static List<ResultView> findByGroupId(long groupId) {
		return getPersistence().findByGroupId(groupId);
	}

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
	public static List<ResultView> findByGroupId(
		long groupId, int start, int end) {

		return getPersistence().findByGroupId(groupId, start, end);
	}

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
	public static List<ResultView> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<ResultView> orderByComparator) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator);
	}

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
	public static List<ResultView> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<ResultView> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first result view in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public static ResultView findByGroupId_First(
			long groupId, OrderByComparator<ResultView> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchResultViewException {

		return getPersistence().findByGroupId_First(groupId, orderByComparator);
	}

	/**
	 * Returns the first result view in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public static ResultView fetchByGroupId_First(
		long groupId, OrderByComparator<ResultView> orderByComparator) {

		return getPersistence().fetchByGroupId_First(
			groupId, orderByComparator);
	}

	/**
	 * Returns the last result view in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public static ResultView findByGroupId_Last(
			long groupId, OrderByComparator<ResultView> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchResultViewException {

		return getPersistence().findByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the last result view in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public static ResultView fetchByGroupId_Last(
		long groupId, OrderByComparator<ResultView> orderByComparator) {

		return getPersistence().fetchByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the result views before and after the current result view in the ordered set where groupId = &#63;.
	 *
	 * @param resultViewId the primary key of the current result view
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next result view
	 * @throws NoSuchResultViewException if a result view with the primary key could not be found
	 */
	public static ResultView[] findByGroupId_PrevAndNext(
			long resultViewId, long groupId,
			OrderByComparator<ResultView> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchResultViewException {

		return getPersistence().findByGroupId_PrevAndNext(
			resultViewId, groupId, orderByComparator);
	}

	/**
	 * Removes all the result views where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public static void removeByGroupId(long groupId) {
		getPersistence().removeByGroupId(groupId);
	}

	/**
	 * Returns the number of result views where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching result views
	 */
	public static int countByGroupId(long groupId) {
		return getPersistence().countByGroupId(groupId);
	}

	/**
	 * Returns all the result views where groupId = &#63; and teacherUserId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @return the matching result views
	 */
	public static List<ResultView> findByG_T(long groupId, long teacherUserId) {
		return getPersistence().findByG_T(groupId, teacherUserId);
	}

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
	public static List<ResultView> findByG_T(
		long groupId, long teacherUserId, int start, int end) {

		return getPersistence().findByG_T(groupId, teacherUserId, start, end);
	}

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
	public static List<ResultView> findByG_T(
		long groupId, long teacherUserId, int start, int end,
		OrderByComparator<ResultView> orderByComparator) {

		return getPersistence().findByG_T(
			groupId, teacherUserId, start, end, orderByComparator);
	}

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
	public static List<ResultView> findByG_T(
		long groupId, long teacherUserId, int start, int end,
		OrderByComparator<ResultView> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByG_T(
			groupId, teacherUserId, start, end, orderByComparator,
			useFinderCache);
	}

	/**
	 * Returns the first result view in the ordered set where groupId = &#63; and teacherUserId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public static ResultView findByG_T_First(
			long groupId, long teacherUserId,
			OrderByComparator<ResultView> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchResultViewException {

		return getPersistence().findByG_T_First(
			groupId, teacherUserId, orderByComparator);
	}

	/**
	 * Returns the first result view in the ordered set where groupId = &#63; and teacherUserId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public static ResultView fetchByG_T_First(
		long groupId, long teacherUserId,
		OrderByComparator<ResultView> orderByComparator) {

		return getPersistence().fetchByG_T_First(
			groupId, teacherUserId, orderByComparator);
	}

	/**
	 * Returns the last result view in the ordered set where groupId = &#63; and teacherUserId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public static ResultView findByG_T_Last(
			long groupId, long teacherUserId,
			OrderByComparator<ResultView> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchResultViewException {

		return getPersistence().findByG_T_Last(
			groupId, teacherUserId, orderByComparator);
	}

	/**
	 * Returns the last result view in the ordered set where groupId = &#63; and teacherUserId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public static ResultView fetchByG_T_Last(
		long groupId, long teacherUserId,
		OrderByComparator<ResultView> orderByComparator) {

		return getPersistence().fetchByG_T_Last(
			groupId, teacherUserId, orderByComparator);
	}

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
	public static ResultView[] findByG_T_PrevAndNext(
			long resultViewId, long groupId, long teacherUserId,
			OrderByComparator<ResultView> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchResultViewException {

		return getPersistence().findByG_T_PrevAndNext(
			resultViewId, groupId, teacherUserId, orderByComparator);
	}

	/**
	 * Removes all the result views where groupId = &#63; and teacherUserId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 */
	public static void removeByG_T(long groupId, long teacherUserId) {
		getPersistence().removeByG_T(groupId, teacherUserId);
	}

	/**
	 * Returns the number of result views where groupId = &#63; and teacherUserId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @return the number of matching result views
	 */
	public static int countByG_T(long groupId, long teacherUserId) {
		return getPersistence().countByG_T(groupId, teacherUserId);
	}

	/**
	 * Returns all the result views where groupId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @return the matching result views
	 */
	public static List<ResultView> findByG_U(long groupId, long userId) {
		return getPersistence().findByG_U(groupId, userId);
	}

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
	public static List<ResultView> findByG_U(
		long groupId, long userId, int start, int end) {

		return getPersistence().findByG_U(groupId, userId, start, end);
	}

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
	public static List<ResultView> findByG_U(
		long groupId, long userId, int start, int end,
		OrderByComparator<ResultView> orderByComparator) {

		return getPersistence().findByG_U(
			groupId, userId, start, end, orderByComparator);
	}

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
	public static List<ResultView> findByG_U(
		long groupId, long userId, int start, int end,
		OrderByComparator<ResultView> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByG_U(
			groupId, userId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first result view in the ordered set where groupId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public static ResultView findByG_U_First(
			long groupId, long userId,
			OrderByComparator<ResultView> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchResultViewException {

		return getPersistence().findByG_U_First(
			groupId, userId, orderByComparator);
	}

	/**
	 * Returns the first result view in the ordered set where groupId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public static ResultView fetchByG_U_First(
		long groupId, long userId,
		OrderByComparator<ResultView> orderByComparator) {

		return getPersistence().fetchByG_U_First(
			groupId, userId, orderByComparator);
	}

	/**
	 * Returns the last result view in the ordered set where groupId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public static ResultView findByG_U_Last(
			long groupId, long userId,
			OrderByComparator<ResultView> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchResultViewException {

		return getPersistence().findByG_U_Last(
			groupId, userId, orderByComparator);
	}

	/**
	 * Returns the last result view in the ordered set where groupId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public static ResultView fetchByG_U_Last(
		long groupId, long userId,
		OrderByComparator<ResultView> orderByComparator) {

		return getPersistence().fetchByG_U_Last(
			groupId, userId, orderByComparator);
	}

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
	public static ResultView[] findByG_U_PrevAndNext(
			long resultViewId, long groupId, long userId,
			OrderByComparator<ResultView> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchResultViewException {

		return getPersistence().findByG_U_PrevAndNext(
			resultViewId, groupId, userId, orderByComparator);
	}

	/**
	 * Removes all the result views where groupId = &#63; and userId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 */
	public static void removeByG_U(long groupId, long userId) {
		getPersistence().removeByG_U(groupId, userId);
	}

	/**
	 * Returns the number of result views where groupId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @return the number of matching result views
	 */
	public static int countByG_U(long groupId, long userId) {
		return getPersistence().countByG_U(groupId, userId);
	}

	/**
	 * Returns all the result views where groupId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @return the matching result views
	 */
	public static List<ResultView> findByG_T_U(
		long groupId, long teacherUserId, long userId) {

		return getPersistence().findByG_T_U(groupId, teacherUserId, userId);
	}

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
	public static List<ResultView> findByG_T_U(
		long groupId, long teacherUserId, long userId, int start, int end) {

		return getPersistence().findByG_T_U(
			groupId, teacherUserId, userId, start, end);
	}

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
	public static List<ResultView> findByG_T_U(
		long groupId, long teacherUserId, long userId, int start, int end,
		OrderByComparator<ResultView> orderByComparator) {

		return getPersistence().findByG_T_U(
			groupId, teacherUserId, userId, start, end, orderByComparator);
	}

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
	public static List<ResultView> findByG_T_U(
		long groupId, long teacherUserId, long userId, int start, int end,
		OrderByComparator<ResultView> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByG_T_U(
			groupId, teacherUserId, userId, start, end, orderByComparator,
			useFinderCache);
	}

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
	public static ResultView findByG_T_U_First(
			long groupId, long teacherUserId, long userId,
			OrderByComparator<ResultView> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchResultViewException {

		return getPersistence().findByG_T_U_First(
			groupId, teacherUserId, userId, orderByComparator);
	}

	/**
	 * Returns the first result view in the ordered set where groupId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public static ResultView fetchByG_T_U_First(
		long groupId, long teacherUserId, long userId,
		OrderByComparator<ResultView> orderByComparator) {

		return getPersistence().fetchByG_T_U_First(
			groupId, teacherUserId, userId, orderByComparator);
	}

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
	public static ResultView findByG_T_U_Last(
			long groupId, long teacherUserId, long userId,
			OrderByComparator<ResultView> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchResultViewException {

		return getPersistence().findByG_T_U_Last(
			groupId, teacherUserId, userId, orderByComparator);
	}

	/**
	 * Returns the last result view in the ordered set where groupId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public static ResultView fetchByG_T_U_Last(
		long groupId, long teacherUserId, long userId,
		OrderByComparator<ResultView> orderByComparator) {

		return getPersistence().fetchByG_T_U_Last(
			groupId, teacherUserId, userId, orderByComparator);
	}

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
	public static ResultView[] findByG_T_U_PrevAndNext(
			long resultViewId, long groupId, long teacherUserId, long userId,
			OrderByComparator<ResultView> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchResultViewException {

		return getPersistence().findByG_T_U_PrevAndNext(
			resultViewId, groupId, teacherUserId, userId, orderByComparator);
	}

	/**
	 * Removes all the result views where groupId = &#63; and teacherUserId = &#63; and userId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 */
	public static void removeByG_T_U(
		long groupId, long teacherUserId, long userId) {

		getPersistence().removeByG_T_U(groupId, teacherUserId, userId);
	}

	/**
	 * Returns the number of result views where groupId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @return the number of matching result views
	 */
	public static int countByG_T_U(
		long groupId, long teacherUserId, long userId) {

		return getPersistence().countByG_T_U(groupId, teacherUserId, userId);
	}

	/**
	 * Returns all the result views where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching result views
	 */
	public static List<ResultView> findByCompanyId(long companyId) {
		return getPersistence().findByCompanyId(companyId);
	}

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
	public static List<ResultView> findByCompanyId(
		long companyId, int start, int end) {

		return getPersistence().findByCompanyId(companyId, start, end);
	}

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
	public static List<ResultView> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<ResultView> orderByComparator) {

		return getPersistence().findByCompanyId(
			companyId, start, end, orderByComparator);
	}

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
	public static List<ResultView> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<ResultView> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByCompanyId(
			companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first result view in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public static ResultView findByCompanyId_First(
			long companyId, OrderByComparator<ResultView> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchResultViewException {

		return getPersistence().findByCompanyId_First(
			companyId, orderByComparator);
	}

	/**
	 * Returns the first result view in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public static ResultView fetchByCompanyId_First(
		long companyId, OrderByComparator<ResultView> orderByComparator) {

		return getPersistence().fetchByCompanyId_First(
			companyId, orderByComparator);
	}

	/**
	 * Returns the last result view in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public static ResultView findByCompanyId_Last(
			long companyId, OrderByComparator<ResultView> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchResultViewException {

		return getPersistence().findByCompanyId_Last(
			companyId, orderByComparator);
	}

	/**
	 * Returns the last result view in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public static ResultView fetchByCompanyId_Last(
		long companyId, OrderByComparator<ResultView> orderByComparator) {

		return getPersistence().fetchByCompanyId_Last(
			companyId, orderByComparator);
	}

	/**
	 * Returns the result views before and after the current result view in the ordered set where companyId = &#63;.
	 *
	 * @param resultViewId the primary key of the current result view
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next result view
	 * @throws NoSuchResultViewException if a result view with the primary key could not be found
	 */
	public static ResultView[] findByCompanyId_PrevAndNext(
			long resultViewId, long companyId,
			OrderByComparator<ResultView> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchResultViewException {

		return getPersistence().findByCompanyId_PrevAndNext(
			resultViewId, companyId, orderByComparator);
	}

	/**
	 * Removes all the result views where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	public static void removeByCompanyId(long companyId) {
		getPersistence().removeByCompanyId(companyId);
	}

	/**
	 * Returns the number of result views where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching result views
	 */
	public static int countByCompanyId(long companyId) {
		return getPersistence().countByCompanyId(companyId);
	}

	/**
	 * Returns all the result views where companyId = &#63; and teacherUserId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @return the matching result views
	 */
	public static List<ResultView> findByC_T(
		long companyId, long teacherUserId) {

		return getPersistence().findByC_T(companyId, teacherUserId);
	}

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
	public static List<ResultView> findByC_T(
		long companyId, long teacherUserId, int start, int end) {

		return getPersistence().findByC_T(companyId, teacherUserId, start, end);
	}

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
	public static List<ResultView> findByC_T(
		long companyId, long teacherUserId, int start, int end,
		OrderByComparator<ResultView> orderByComparator) {

		return getPersistence().findByC_T(
			companyId, teacherUserId, start, end, orderByComparator);
	}

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
	public static List<ResultView> findByC_T(
		long companyId, long teacherUserId, int start, int end,
		OrderByComparator<ResultView> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByC_T(
			companyId, teacherUserId, start, end, orderByComparator,
			useFinderCache);
	}

	/**
	 * Returns the first result view in the ordered set where companyId = &#63; and teacherUserId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public static ResultView findByC_T_First(
			long companyId, long teacherUserId,
			OrderByComparator<ResultView> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchResultViewException {

		return getPersistence().findByC_T_First(
			companyId, teacherUserId, orderByComparator);
	}

	/**
	 * Returns the first result view in the ordered set where companyId = &#63; and teacherUserId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public static ResultView fetchByC_T_First(
		long companyId, long teacherUserId,
		OrderByComparator<ResultView> orderByComparator) {

		return getPersistence().fetchByC_T_First(
			companyId, teacherUserId, orderByComparator);
	}

	/**
	 * Returns the last result view in the ordered set where companyId = &#63; and teacherUserId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public static ResultView findByC_T_Last(
			long companyId, long teacherUserId,
			OrderByComparator<ResultView> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchResultViewException {

		return getPersistence().findByC_T_Last(
			companyId, teacherUserId, orderByComparator);
	}

	/**
	 * Returns the last result view in the ordered set where companyId = &#63; and teacherUserId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public static ResultView fetchByC_T_Last(
		long companyId, long teacherUserId,
		OrderByComparator<ResultView> orderByComparator) {

		return getPersistence().fetchByC_T_Last(
			companyId, teacherUserId, orderByComparator);
	}

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
	public static ResultView[] findByC_T_PrevAndNext(
			long resultViewId, long companyId, long teacherUserId,
			OrderByComparator<ResultView> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchResultViewException {

		return getPersistence().findByC_T_PrevAndNext(
			resultViewId, companyId, teacherUserId, orderByComparator);
	}

	/**
	 * Removes all the result views where companyId = &#63; and teacherUserId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 */
	public static void removeByC_T(long companyId, long teacherUserId) {
		getPersistence().removeByC_T(companyId, teacherUserId);
	}

	/**
	 * Returns the number of result views where companyId = &#63; and teacherUserId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @return the number of matching result views
	 */
	public static int countByC_T(long companyId, long teacherUserId) {
		return getPersistence().countByC_T(companyId, teacherUserId);
	}

	/**
	 * Returns all the result views where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @return the matching result views
	 */
	public static List<ResultView> findByC_U(long companyId, long userId) {
		return getPersistence().findByC_U(companyId, userId);
	}

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
	public static List<ResultView> findByC_U(
		long companyId, long userId, int start, int end) {

		return getPersistence().findByC_U(companyId, userId, start, end);
	}

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
	public static List<ResultView> findByC_U(
		long companyId, long userId, int start, int end,
		OrderByComparator<ResultView> orderByComparator) {

		return getPersistence().findByC_U(
			companyId, userId, start, end, orderByComparator);
	}

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
	public static List<ResultView> findByC_U(
		long companyId, long userId, int start, int end,
		OrderByComparator<ResultView> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByC_U(
			companyId, userId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first result view in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public static ResultView findByC_U_First(
			long companyId, long userId,
			OrderByComparator<ResultView> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchResultViewException {

		return getPersistence().findByC_U_First(
			companyId, userId, orderByComparator);
	}

	/**
	 * Returns the first result view in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public static ResultView fetchByC_U_First(
		long companyId, long userId,
		OrderByComparator<ResultView> orderByComparator) {

		return getPersistence().fetchByC_U_First(
			companyId, userId, orderByComparator);
	}

	/**
	 * Returns the last result view in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	public static ResultView findByC_U_Last(
			long companyId, long userId,
			OrderByComparator<ResultView> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchResultViewException {

		return getPersistence().findByC_U_Last(
			companyId, userId, orderByComparator);
	}

	/**
	 * Returns the last result view in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public static ResultView fetchByC_U_Last(
		long companyId, long userId,
		OrderByComparator<ResultView> orderByComparator) {

		return getPersistence().fetchByC_U_Last(
			companyId, userId, orderByComparator);
	}

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
	public static ResultView[] findByC_U_PrevAndNext(
			long resultViewId, long companyId, long userId,
			OrderByComparator<ResultView> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchResultViewException {

		return getPersistence().findByC_U_PrevAndNext(
			resultViewId, companyId, userId, orderByComparator);
	}

	/**
	 * Removes all the result views where companyId = &#63; and userId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 */
	public static void removeByC_U(long companyId, long userId) {
		getPersistence().removeByC_U(companyId, userId);
	}

	/**
	 * Returns the number of result views where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @return the number of matching result views
	 */
	public static int countByC_U(long companyId, long userId) {
		return getPersistence().countByC_U(companyId, userId);
	}

	/**
	 * Returns all the result views where companyId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @return the matching result views
	 */
	public static List<ResultView> findByC_T_U(
		long companyId, long teacherUserId, long userId) {

		return getPersistence().findByC_T_U(companyId, teacherUserId, userId);
	}

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
	public static List<ResultView> findByC_T_U(
		long companyId, long teacherUserId, long userId, int start, int end) {

		return getPersistence().findByC_T_U(
			companyId, teacherUserId, userId, start, end);
	}

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
	public static List<ResultView> findByC_T_U(
		long companyId, long teacherUserId, long userId, int start, int end,
		OrderByComparator<ResultView> orderByComparator) {

		return getPersistence().findByC_T_U(
			companyId, teacherUserId, userId, start, end, orderByComparator);
	}

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
	public static List<ResultView> findByC_T_U(
		long companyId, long teacherUserId, long userId, int start, int end,
		OrderByComparator<ResultView> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByC_T_U(
			companyId, teacherUserId, userId, start, end, orderByComparator,
			useFinderCache);
	}

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
	public static ResultView findByC_T_U_First(
			long companyId, long teacherUserId, long userId,
			OrderByComparator<ResultView> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchResultViewException {

		return getPersistence().findByC_T_U_First(
			companyId, teacherUserId, userId, orderByComparator);
	}

	/**
	 * Returns the first result view in the ordered set where companyId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public static ResultView fetchByC_T_U_First(
		long companyId, long teacherUserId, long userId,
		OrderByComparator<ResultView> orderByComparator) {

		return getPersistence().fetchByC_T_U_First(
			companyId, teacherUserId, userId, orderByComparator);
	}

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
	public static ResultView findByC_T_U_Last(
			long companyId, long teacherUserId, long userId,
			OrderByComparator<ResultView> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchResultViewException {

		return getPersistence().findByC_T_U_Last(
			companyId, teacherUserId, userId, orderByComparator);
	}

	/**
	 * Returns the last result view in the ordered set where companyId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view, or <code>null</code> if a matching result view could not be found
	 */
	public static ResultView fetchByC_T_U_Last(
		long companyId, long teacherUserId, long userId,
		OrderByComparator<ResultView> orderByComparator) {

		return getPersistence().fetchByC_T_U_Last(
			companyId, teacherUserId, userId, orderByComparator);
	}

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
	public static ResultView[] findByC_T_U_PrevAndNext(
			long resultViewId, long companyId, long teacherUserId, long userId,
			OrderByComparator<ResultView> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchResultViewException {

		return getPersistence().findByC_T_U_PrevAndNext(
			resultViewId, companyId, teacherUserId, userId, orderByComparator);
	}

	/**
	 * Removes all the result views where companyId = &#63; and teacherUserId = &#63; and userId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 */
	public static void removeByC_T_U(
		long companyId, long teacherUserId, long userId) {

		getPersistence().removeByC_T_U(companyId, teacherUserId, userId);
	}

	/**
	 * Returns the number of result views where companyId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @return the number of matching result views
	 */
	public static int countByC_T_U(
		long companyId, long teacherUserId, long userId) {

		return getPersistence().countByC_T_U(companyId, teacherUserId, userId);
	}

	/**
	 * Caches the result view in the entity cache if it is enabled.
	 *
	 * @param resultView the result view
	 */
	public static void cacheResult(ResultView resultView) {
		getPersistence().cacheResult(resultView);
	}

	/**
	 * Caches the result views in the entity cache if it is enabled.
	 *
	 * @param resultViews the result views
	 */
	public static void cacheResult(List<ResultView> resultViews) {
		getPersistence().cacheResult(resultViews);
	}

	/**
	 * Creates a new result view with the primary key. Does not add the result view to the database.
	 *
	 * @param resultViewId the primary key for the new result view
	 * @return the new result view
	 */
	public static ResultView create(long resultViewId) {
		return getPersistence().create(resultViewId);
	}

	/**
	 * Removes the result view with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param resultViewId the primary key of the result view
	 * @return the result view that was removed
	 * @throws NoSuchResultViewException if a result view with the primary key could not be found
	 */
	public static ResultView remove(long resultViewId)
		throws ru.opora.diagnostics.exception.NoSuchResultViewException {

		return getPersistence().remove(resultViewId);
	}

	public static ResultView updateImpl(ResultView resultView) {
		return getPersistence().updateImpl(resultView);
	}

	/**
	 * Returns the result view with the primary key or throws a <code>NoSuchResultViewException</code> if it could not be found.
	 *
	 * @param resultViewId the primary key of the result view
	 * @return the result view
	 * @throws NoSuchResultViewException if a result view with the primary key could not be found
	 */
	public static ResultView findByPrimaryKey(long resultViewId)
		throws ru.opora.diagnostics.exception.NoSuchResultViewException {

		return getPersistence().findByPrimaryKey(resultViewId);
	}

	/**
	 * Returns the result view with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param resultViewId the primary key of the result view
	 * @return the result view, or <code>null</code> if a result view with the primary key could not be found
	 */
	public static ResultView fetchByPrimaryKey(long resultViewId) {
		return getPersistence().fetchByPrimaryKey(resultViewId);
	}

	/**
	 * Returns all the result views.
	 *
	 * @return the result views
	 */
	public static List<ResultView> findAll() {
		return getPersistence().findAll();
	}

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
	public static List<ResultView> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

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
	public static List<ResultView> findAll(
		int start, int end, OrderByComparator<ResultView> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

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
	public static List<ResultView> findAll(
		int start, int end, OrderByComparator<ResultView> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the result views from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of result views.
	 *
	 * @return the number of result views
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static ResultViewPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(ResultViewPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile ResultViewPersistence _persistence;

}