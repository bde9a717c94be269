/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.diagnostics.exception.NoSuchRouteException;
import ru.opora.diagnostics.model.Route;

/**
 * The persistence interface for the route service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see RouteUtil
 * @generated
 */
@ProviderType
public interface RoutePersistence extends BasePersistence<Route> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link RouteUtil} to access the route persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the routes where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the matching routes
	 */
	public java.util.List<Route> findByUserId(long userId);

	/**
	 * Returns a range of all the routes where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RouteModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of routes
	 * @param end the upper bound of the range of routes (not inclusive)
	 * @return the range of matching routes
	 */
	public java.util.List<Route> findByUserId(long userId, int start, int end);

	/**
	 * Returns an ordered range of all the routes where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RouteModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of routes
	 * @param end the upper bound of the range of routes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching routes
	 */
	public java.util.List<Route> findByUserId(
		long userId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Route>
			orderByComparator);

	/**
	 * Returns an ordered range of all the routes where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RouteModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of routes
	 * @param end the upper bound of the range of routes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching routes
	 */
	public java.util.List<Route> findByUserId(
		long userId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Route>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first route in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching route
	 * @throws NoSuchRouteException if a matching route could not be found
	 */
	public Route findByUserId_First(
			long userId,
			com.liferay.portal.kernel.util.OrderByComparator<Route>
				orderByComparator)
		throws NoSuchRouteException;

	/**
	 * Returns the first route in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching route, or <code>null</code> if a matching route could not be found
	 */
	public Route fetchByUserId_First(
		long userId,
		com.liferay.portal.kernel.util.OrderByComparator<Route>
			orderByComparator);

	/**
	 * Returns the last route in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching route
	 * @throws NoSuchRouteException if a matching route could not be found
	 */
	public Route findByUserId_Last(
			long userId,
			com.liferay.portal.kernel.util.OrderByComparator<Route>
				orderByComparator)
		throws NoSuchRouteException;

	/**
	 * Returns the last route in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching route, or <code>null</code> if a matching route could not be found
	 */
	public Route fetchByUserId_Last(
		long userId,
		com.liferay.portal.kernel.util.OrderByComparator<Route>
			orderByComparator);

	/**
	 * Returns the routes before and after the current route in the ordered set where userId = &#63;.
	 *
	 * @param routeId the primary key of the current route
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next route
	 * @throws NoSuchRouteException if a route with the primary key could not be found
	 */
	public Route[] findByUserId_PrevAndNext(
			long routeId, long userId,
			com.liferay.portal.kernel.util.OrderByComparator<Route>
				orderByComparator)
		throws NoSuchRouteException;

	/**
	 * Removes all the routes where userId = &#63; from the database.
	 *
	 * @param userId the user ID
	 */
	public void removeByUserId(long userId);

	/**
	 * Returns the number of routes where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the number of matching routes
	 */
	public int countByUserId(long userId);

	/**
	 * Returns all the routes where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching routes
	 */
	public java.util.List<Route> findByGroupId(long groupId);

	/**
	 * Returns a range of all the routes where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RouteModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of routes
	 * @param end the upper bound of the range of routes (not inclusive)
	 * @return the range of matching routes
	 */
	public java.util.List<Route> findByGroupId(
		long groupId, int start, int end);

	/**
	 * Returns an ordered range of all the routes where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RouteModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of routes
	 * @param end the upper bound of the range of routes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching routes
	 */
	public java.util.List<Route> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Route>
			orderByComparator);

	/**
	 * Returns an ordered range of all the routes where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RouteModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of routes
	 * @param end the upper bound of the range of routes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching routes
	 */
	public java.util.List<Route> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Route>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first route in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching route
	 * @throws NoSuchRouteException if a matching route could not be found
	 */
	public Route findByGroupId_First(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<Route>
				orderByComparator)
		throws NoSuchRouteException;

	/**
	 * Returns the first route in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching route, or <code>null</code> if a matching route could not be found
	 */
	public Route fetchByGroupId_First(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<Route>
			orderByComparator);

	/**
	 * Returns the last route in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching route
	 * @throws NoSuchRouteException if a matching route could not be found
	 */
	public Route findByGroupId_Last(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<Route>
				orderByComparator)
		throws NoSuchRouteException;

	/**
	 * Returns the last route in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching route, or <code>null</code> if a matching route could not be found
	 */
	public Route fetchByGroupId_Last(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<Route>
			orderByComparator);

	/**
	 * Returns the routes before and after the current route in the ordered set where groupId = &#63;.
	 *
	 * @param routeId the primary key of the current route
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next route
	 * @throws NoSuchRouteException if a route with the primary key could not be found
	 */
	public Route[] findByGroupId_PrevAndNext(
			long routeId, long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<Route>
				orderByComparator)
		throws NoSuchRouteException;

	/**
	 * Removes all the routes where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public void removeByGroupId(long groupId);

	/**
	 * Returns the number of routes where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching routes
	 */
	public int countByGroupId(long groupId);

	/**
	 * Returns the route where attemptId = &#63; or throws a <code>NoSuchRouteException</code> if it could not be found.
	 *
	 * @param attemptId the attempt ID
	 * @return the matching route
	 * @throws NoSuchRouteException if a matching route could not be found
	 */
	public Route findByAttemptId(long attemptId) throws NoSuchRouteException;

	/**
	 * Returns the route where attemptId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param attemptId the attempt ID
	 * @return the matching route, or <code>null</code> if a matching route could not be found
	 */
	public Route fetchByAttemptId(long attemptId);

	/**
	 * Returns the route where attemptId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param attemptId the attempt ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching route, or <code>null</code> if a matching route could not be found
	 */
	public Route fetchByAttemptId(long attemptId, boolean useFinderCache);

	/**
	 * Removes the route where attemptId = &#63; from the database.
	 *
	 * @param attemptId the attempt ID
	 * @return the route that was removed
	 */
	public Route removeByAttemptId(long attemptId) throws NoSuchRouteException;

	/**
	 * Returns the number of routes where attemptId = &#63;.
	 *
	 * @param attemptId the attempt ID
	 * @return the number of matching routes
	 */
	public int countByAttemptId(long attemptId);

	/**
	 * Caches the route in the entity cache if it is enabled.
	 *
	 * @param route the route
	 */
	public void cacheResult(Route route);

	/**
	 * Caches the routes in the entity cache if it is enabled.
	 *
	 * @param routes the routes
	 */
	public void cacheResult(java.util.List<Route> routes);

	/**
	 * Creates a new route with the primary key. Does not add the route to the database.
	 *
	 * @param routeId the primary key for the new route
	 * @return the new route
	 */
	public Route create(long routeId);

	/**
	 * Removes the route with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param routeId the primary key of the route
	 * @return the route that was removed
	 * @throws NoSuchRouteException if a route with the primary key could not be found
	 */
	public Route remove(long routeId) throws NoSuchRouteException;

	public Route updateImpl(Route route);

	/**
	 * Returns the route with the primary key or throws a <code>NoSuchRouteException</code> if it could not be found.
	 *
	 * @param routeId the primary key of the route
	 * @return the route
	 * @throws NoSuchRouteException if a route with the primary key could not be found
	 */
	public Route findByPrimaryKey(long routeId) throws NoSuchRouteException;

	/**
	 * Returns the route with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param routeId the primary key of the route
	 * @return the route, or <code>null</code> if a route with the primary key could not be found
	 */
	public Route fetchByPrimaryKey(long routeId);

	/**
	 * Returns all the routes.
	 *
	 * @return the routes
	 */
	public java.util.List<Route> findAll();

	/**
	 * Returns a range of all the routes.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RouteModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of routes
	 * @param end the upper bound of the range of routes (not inclusive)
	 * @return the range of routes
	 */
	public java.util.List<Route> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the routes.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RouteModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of routes
	 * @param end the upper bound of the range of routes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of routes
	 */
	public java.util.List<Route> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Route>
			orderByComparator);

	/**
	 * Returns an ordered range of all the routes.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RouteModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of routes
	 * @param end the upper bound of the range of routes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of routes
	 */
	public java.util.List<Route> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Route>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the routes from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of routes.
	 *
	 * @return the number of routes
	 */
	public int countAll();

}