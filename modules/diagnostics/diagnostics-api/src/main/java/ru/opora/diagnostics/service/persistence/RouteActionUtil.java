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

import ru.opora.diagnostics.model.RouteAction;

/**
 * The persistence utility for the route action service. This utility wraps <code>ru.opora.diagnostics.service.persistence.impl.RouteActionPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see RouteActionPersistence
 * @generated
 */
public class RouteActionUtil {

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
	public static void clearCache(RouteAction routeAction) {
		getPersistence().clearCache(routeAction);
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
	public static Map<Serializable, RouteAction> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<RouteAction> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<RouteAction> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<RouteAction> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<RouteAction> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static RouteAction update(RouteAction routeAction) {
		return getPersistence().update(routeAction);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static RouteAction update(
		RouteAction routeAction, ServiceContext serviceContext) {

		return getPersistence().update(routeAction, serviceContext);
	}

	/**
	 * Returns all the route actions where routeId = &#63;.
	 *
	 * @param routeId the route ID
	 * @return the matching route actions
	 */
	public static List<RouteAction> findByRouteId(long routeId) {
		return getPersistence().findByRouteId(routeId);
	}

	/**
	 * Returns a range of all the route actions where routeId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RouteActionModelImpl</code>.
	 * </p>
	 *
	 * @param routeId the route ID
	 * @param start the lower bound of the range of route actions
	 * @param end the upper bound of the range of route actions (not inclusive)
	 * @return the range of matching route actions
	 */
	public static List<RouteAction> findByRouteId(
		long routeId, int start, int end) {

		return getPersistence().findByRouteId(routeId, start, end);
	}

	/**
	 * Returns an ordered range of all the route actions where routeId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RouteActionModelImpl</code>.
	 * </p>
	 *
	 * @param routeId the route ID
	 * @param start the lower bound of the range of route actions
	 * @param end the upper bound of the range of route actions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching route actions
	 */
	public static List<RouteAction> findByRouteId(
		long routeId, int start, int end,
		OrderByComparator<RouteAction> orderByComparator) {

		return getPersistence().findByRouteId(
			routeId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the route actions where routeId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RouteActionModelImpl</code>.
	 * </p>
	 *
	 * @param routeId the route ID
	 * @param start the lower bound of the range of route actions
	 * @param end the upper bound of the range of route actions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching route actions
	 */
	public static List<RouteAction> findByRouteId(
		long routeId, int start, int end,
		OrderByComparator<RouteAction> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByRouteId(
			routeId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first route action in the ordered set where routeId = &#63;.
	 *
	 * @param routeId the route ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching route action
	 * @throws NoSuchRouteActionException if a matching route action could not be found
	 */
	public static RouteAction findByRouteId_First(
			long routeId, OrderByComparator<RouteAction> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchRouteActionException {

		return getPersistence().findByRouteId_First(routeId, orderByComparator);
	}

	/**
	 * Returns the first route action in the ordered set where routeId = &#63;.
	 *
	 * @param routeId the route ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching route action, or <code>null</code> if a matching route action could not be found
	 */
	public static RouteAction fetchByRouteId_First(
		long routeId, OrderByComparator<RouteAction> orderByComparator) {

		return getPersistence().fetchByRouteId_First(
			routeId, orderByComparator);
	}

	/**
	 * Returns the last route action in the ordered set where routeId = &#63;.
	 *
	 * @param routeId the route ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching route action
	 * @throws NoSuchRouteActionException if a matching route action could not be found
	 */
	public static RouteAction findByRouteId_Last(
			long routeId, OrderByComparator<RouteAction> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchRouteActionException {

		return getPersistence().findByRouteId_Last(routeId, orderByComparator);
	}

	/**
	 * Returns the last route action in the ordered set where routeId = &#63;.
	 *
	 * @param routeId the route ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching route action, or <code>null</code> if a matching route action could not be found
	 */
	public static RouteAction fetchByRouteId_Last(
		long routeId, OrderByComparator<RouteAction> orderByComparator) {

		return getPersistence().fetchByRouteId_Last(routeId, orderByComparator);
	}

	/**
	 * Returns the route actions before and after the current route action in the ordered set where routeId = &#63;.
	 *
	 * @param routeActionId the primary key of the current route action
	 * @param routeId the route ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next route action
	 * @throws NoSuchRouteActionException if a route action with the primary key could not be found
	 */
	public static RouteAction[] findByRouteId_PrevAndNext(
			long routeActionId, long routeId,
			OrderByComparator<RouteAction> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchRouteActionException {

		return getPersistence().findByRouteId_PrevAndNext(
			routeActionId, routeId, orderByComparator);
	}

	/**
	 * Removes all the route actions where routeId = &#63; from the database.
	 *
	 * @param routeId the route ID
	 */
	public static void removeByRouteId(long routeId) {
		getPersistence().removeByRouteId(routeId);
	}

	/**
	 * Returns the number of route actions where routeId = &#63;.
	 *
	 * @param routeId the route ID
	 * @return the number of matching route actions
	 */
	public static int countByRouteId(long routeId) {
		return getPersistence().countByRouteId(routeId);
	}

	/**
	 * Caches the route action in the entity cache if it is enabled.
	 *
	 * @param routeAction the route action
	 */
	public static void cacheResult(RouteAction routeAction) {
		getPersistence().cacheResult(routeAction);
	}

	/**
	 * Caches the route actions in the entity cache if it is enabled.
	 *
	 * @param routeActions the route actions
	 */
	public static void cacheResult(List<RouteAction> routeActions) {
		getPersistence().cacheResult(routeActions);
	}

	/**
	 * Creates a new route action with the primary key. Does not add the route action to the database.
	 *
	 * @param routeActionId the primary key for the new route action
	 * @return the new route action
	 */
	public static RouteAction create(long routeActionId) {
		return getPersistence().create(routeActionId);
	}

	/**
	 * Removes the route action with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param routeActionId the primary key of the route action
	 * @return the route action that was removed
	 * @throws NoSuchRouteActionException if a route action with the primary key could not be found
	 */
	public static RouteAction remove(long routeActionId)
		throws ru.opora.diagnostics.exception.NoSuchRouteActionException {

		return getPersistence().remove(routeActionId);
	}

	public static RouteAction updateImpl(RouteAction routeAction) {
		return getPersistence().updateImpl(routeAction);
	}

	/**
	 * Returns the route action with the primary key or throws a <code>NoSuchRouteActionException</code> if it could not be found.
	 *
	 * @param routeActionId the primary key of the route action
	 * @return the route action
	 * @throws NoSuchRouteActionException if a route action with the primary key could not be found
	 */
	public static RouteAction findByPrimaryKey(long routeActionId)
		throws ru.opora.diagnostics.exception.NoSuchRouteActionException {

		return getPersistence().findByPrimaryKey(routeActionId);
	}

	/**
	 * Returns the route action with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param routeActionId the primary key of the route action
	 * @return the route action, or <code>null</code> if a route action with the primary key could not be found
	 */
	public static RouteAction fetchByPrimaryKey(long routeActionId) {
		return getPersistence().fetchByPrimaryKey(routeActionId);
	}

	/**
	 * Returns all the route actions.
	 *
	 * @return the route actions
	 */
	public static List<RouteAction> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the route actions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RouteActionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of route actions
	 * @param end the upper bound of the range of route actions (not inclusive)
	 * @return the range of route actions
	 */
	public static List<RouteAction> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the route actions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RouteActionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of route actions
	 * @param end the upper bound of the range of route actions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of route actions
	 */
	public static List<RouteAction> findAll(
		int start, int end, OrderByComparator<RouteAction> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the route actions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RouteActionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of route actions
	 * @param end the upper bound of the range of route actions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of route actions
	 */
	public static List<RouteAction> findAll(
		int start, int end, OrderByComparator<RouteAction> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the route actions from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of route actions.
	 *
	 * @return the number of route actions
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static RouteActionPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(RouteActionPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile RouteActionPersistence _persistence;

}