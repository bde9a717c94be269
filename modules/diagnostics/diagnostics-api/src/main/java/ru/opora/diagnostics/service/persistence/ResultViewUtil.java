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