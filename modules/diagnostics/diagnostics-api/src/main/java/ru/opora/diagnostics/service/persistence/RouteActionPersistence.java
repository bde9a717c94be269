/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.diagnostics.exception.NoSuchRouteActionException;
import ru.opora.diagnostics.model.RouteAction;

/**
 * The persistence interface for the route action service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see RouteActionUtil
 * @generated
 */
@ProviderType
public interface RouteActionPersistence extends BasePersistence<RouteAction> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link RouteActionUtil} to access the route action persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the route actions where routeId = &#63;.
	 *
	 * @param routeId the route ID
	 * @return the matching route actions
	 */
	public java.util.List<RouteAction> findByRouteId(long routeId);

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
	public java.util.List<RouteAction> findByRouteId(
		long routeId, int start, int end);

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
	public java.util.List<RouteAction> findByRouteId(
		long routeId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RouteAction>
			orderByComparator);

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
	public java.util.List<RouteAction> findByRouteId(
		long routeId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RouteAction>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first route action in the ordered set where routeId = &#63;.
	 *
	 * @param routeId the route ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching route action
	 * @throws NoSuchRouteActionException if a matching route action could not be found
	 */
	public RouteAction findByRouteId_First(
			long routeId,
			com.liferay.portal.kernel.util.OrderByComparator<RouteAction>
				orderByComparator)
		throws NoSuchRouteActionException;

	/**
	 * Returns the first route action in the ordered set where routeId = &#63;.
	 *
	 * @param routeId the route ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching route action, or <code>null</code> if a matching route action could not be found
	 */
	public RouteAction fetchByRouteId_First(
		long routeId,
		com.liferay.portal.kernel.util.OrderByComparator<RouteAction>
			orderByComparator);

	/**
	 * Returns the last route action in the ordered set where routeId = &#63;.
	 *
	 * @param routeId the route ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching route action
	 * @throws NoSuchRouteActionException if a matching route action could not be found
	 */
	public RouteAction findByRouteId_Last(
			long routeId,
			com.liferay.portal.kernel.util.OrderByComparator<RouteAction>
				orderByComparator)
		throws NoSuchRouteActionException;

	/**
	 * Returns the last route action in the ordered set where routeId = &#63;.
	 *
	 * @param routeId the route ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching route action, or <code>null</code> if a matching route action could not be found
	 */
	public RouteAction fetchByRouteId_Last(
		long routeId,
		com.liferay.portal.kernel.util.OrderByComparator<RouteAction>
			orderByComparator);

	/**
	 * Returns the route actions before and after the current route action in the ordered set where routeId = &#63;.
	 *
	 * @param routeActionId the primary key of the current route action
	 * @param routeId the route ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next route action
	 * @throws NoSuchRouteActionException if a route action with the primary key could not be found
	 */
	public RouteAction[] findByRouteId_PrevAndNext(
			long routeActionId, long routeId,
			com.liferay.portal.kernel.util.OrderByComparator<RouteAction>
				orderByComparator)
		throws NoSuchRouteActionException;

	/**
	 * Removes all the route actions where routeId = &#63; from the database.
	 *
	 * @param routeId the route ID
	 */
	public void removeByRouteId(long routeId);

	/**
	 * Returns the number of route actions where routeId = &#63;.
	 *
	 * @param routeId the route ID
	 * @return the number of matching route actions
	 */
	public int countByRouteId(long routeId);

	/**
	 * Caches the route action in the entity cache if it is enabled.
	 *
	 * @param routeAction the route action
	 */
	public void cacheResult(RouteAction routeAction);

	/**
	 * Caches the route actions in the entity cache if it is enabled.
	 *
	 * @param routeActions the route actions
	 */
	public void cacheResult(java.util.List<RouteAction> routeActions);

	/**
	 * Creates a new route action with the primary key. Does not add the route action to the database.
	 *
	 * @param routeActionId the primary key for the new route action
	 * @return the new route action
	 */
	public RouteAction create(long routeActionId);

	/**
	 * Removes the route action with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param routeActionId the primary key of the route action
	 * @return the route action that was removed
	 * @throws NoSuchRouteActionException if a route action with the primary key could not be found
	 */
	public RouteAction remove(long routeActionId)
		throws NoSuchRouteActionException;

	public RouteAction updateImpl(RouteAction routeAction);

	/**
	 * Returns the route action with the primary key or throws a <code>NoSuchRouteActionException</code> if it could not be found.
	 *
	 * @param routeActionId the primary key of the route action
	 * @return the route action
	 * @throws NoSuchRouteActionException if a route action with the primary key could not be found
	 */
	public RouteAction findByPrimaryKey(long routeActionId)
		throws NoSuchRouteActionException;

	/**
	 * Returns the route action with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param routeActionId the primary key of the route action
	 * @return the route action, or <code>null</code> if a route action with the primary key could not be found
	 */
	public RouteAction fetchByPrimaryKey(long routeActionId);

	/**
	 * Returns all the route actions.
	 *
	 * @return the route actions
	 */
	public java.util.List<RouteAction> findAll();

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
	public java.util.List<RouteAction> findAll(int start, int end);

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
	public java.util.List<RouteAction> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RouteAction>
			orderByComparator);

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
	public java.util.List<RouteAction> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RouteAction>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the route actions from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of route actions.
	 *
	 * @return the number of route actions
	 */
	public int countAll();

}