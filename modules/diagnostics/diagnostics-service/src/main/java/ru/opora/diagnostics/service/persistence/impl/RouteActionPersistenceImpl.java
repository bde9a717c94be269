/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service.persistence.impl;

import com.liferay.petra.string.StringBundler;
import com.liferay.portal.kernel.configuration.Configuration;
import com.liferay.portal.kernel.dao.orm.EntityCache;
import com.liferay.portal.kernel.dao.orm.FinderCache;
import com.liferay.portal.kernel.dao.orm.FinderPath;
import com.liferay.portal.kernel.dao.orm.Query;
import com.liferay.portal.kernel.dao.orm.QueryPos;
import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.dao.orm.Session;
import com.liferay.portal.kernel.dao.orm.SessionFactory;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.security.auth.CompanyThreadLocal;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextThreadLocal;
import com.liferay.portal.kernel.service.persistence.impl.BasePersistenceImpl;
import com.liferay.portal.kernel.util.GetterUtil;
import com.liferay.portal.kernel.util.OrderByComparator;
import com.liferay.portal.kernel.util.PropsKeys;
import com.liferay.portal.kernel.util.PropsUtil;
import com.liferay.portal.kernel.util.ProxyUtil;
import com.liferay.portal.kernel.util.SetUtil;

import java.io.Serializable;

import java.lang.reflect.InvocationHandler;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import ru.opora.diagnostics.exception.NoSuchRouteActionException;
import ru.opora.diagnostics.model.RouteAction;
import ru.opora.diagnostics.model.RouteActionTable;
import ru.opora.diagnostics.model.impl.RouteActionImpl;
import ru.opora.diagnostics.model.impl.RouteActionModelImpl;
import ru.opora.diagnostics.service.persistence.RouteActionPersistence;
import ru.opora.diagnostics.service.persistence.RouteActionUtil;
import ru.opora.diagnostics.service.persistence.impl.constants.OporaDiagPersistenceConstants;

/**
 * The persistence implementation for the route action service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @generated
 */
@Component(service = RouteActionPersistence.class)
public class RouteActionPersistenceImpl
	extends BasePersistenceImpl<RouteAction> implements RouteActionPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>RouteActionUtil</code> to access the route action persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		RouteActionImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathWithPaginationFindByRouteId;
	private FinderPath _finderPathWithoutPaginationFindByRouteId;
	private FinderPath _finderPathCountByRouteId;

	/**
	 * Returns all the route actions where routeId = &#63;.
	 *
	 * @param routeId the route ID
	 * @return the matching route actions
	 */
	@Override
	public List<RouteAction> findByRouteId(long routeId) {
		return findByRouteId(
			routeId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
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
	@Override
	public List<RouteAction> findByRouteId(long routeId, int start, int end) {
		return findByRouteId(routeId, start, end, null);
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
	@Override
	public List<RouteAction> findByRouteId(
		long routeId, int start, int end,
		OrderByComparator<RouteAction> orderByComparator) {

		return findByRouteId(routeId, start, end, orderByComparator, true);
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
	@Override
	public List<RouteAction> findByRouteId(
		long routeId, int start, int end,
		OrderByComparator<RouteAction> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByRouteId;
				finderArgs = new Object[] {routeId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByRouteId;
			finderArgs = new Object[] {routeId, start, end, orderByComparator};
		}

		List<RouteAction> list = null;

		if (useFinderCache) {
			list = (List<RouteAction>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (RouteAction routeAction : list) {
					if (routeId != routeAction.getRouteId()) {
						list = null;

						break;
					}
				}
			}
		}

		if (list == null) {
			StringBundler sb = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					3 + (orderByComparator.getOrderByFields().length * 2));
			}
			else {
				sb = new StringBundler(3);
			}

			sb.append(_SQL_SELECT_ROUTEACTION_WHERE);

			sb.append(_FINDER_COLUMN_ROUTEID_ROUTEID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(RouteActionModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(routeId);

				list = (List<RouteAction>)QueryUtil.list(
					query, getDialect(), start, end);

				cacheResult(list);

				if (useFinderCache) {
					finderCache.putResult(finderPath, finderArgs, list);
				}
			}
			catch (Exception exception) {
				throw processException(exception);
			}
			finally {
				closeSession(session);
			}
		}

		return list;
	}

	/**
	 * Returns the first route action in the ordered set where routeId = &#63;.
	 *
	 * @param routeId the route ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching route action
	 * @throws NoSuchRouteActionException if a matching route action could not be found
	 */
	@Override
	public RouteAction findByRouteId_First(
			long routeId, OrderByComparator<RouteAction> orderByComparator)
		throws NoSuchRouteActionException {

		RouteAction routeAction = fetchByRouteId_First(
			routeId, orderByComparator);

		if (routeAction != null) {
			return routeAction;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("routeId=");
		sb.append(routeId);

		sb.append("}");

		throw new NoSuchRouteActionException(sb.toString());
	}

	/**
	 * Returns the first route action in the ordered set where routeId = &#63;.
	 *
	 * @param routeId the route ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching route action, or <code>null</code> if a matching route action could not be found
	 */
	@Override
	public RouteAction fetchByRouteId_First(
		long routeId, OrderByComparator<RouteAction> orderByComparator) {

		List<RouteAction> list = findByRouteId(
			routeId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last route action in the ordered set where routeId = &#63;.
	 *
	 * @param routeId the route ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching route action
	 * @throws NoSuchRouteActionException if a matching route action could not be found
	 */
	@Override
	public RouteAction findByRouteId_Last(
			long routeId, OrderByComparator<RouteAction> orderByComparator)
		throws NoSuchRouteActionException {

		RouteAction routeAction = fetchByRouteId_Last(
			routeId, orderByComparator);

		if (routeAction != null) {
			return routeAction;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("routeId=");
		sb.append(routeId);

		sb.append("}");

		throw new NoSuchRouteActionException(sb.toString());
	}

	/**
	 * Returns the last route action in the ordered set where routeId = &#63;.
	 *
	 * @param routeId the route ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching route action, or <code>null</code> if a matching route action could not be found
	 */
	@Override
	public RouteAction fetchByRouteId_Last(
		long routeId, OrderByComparator<RouteAction> orderByComparator) {

		int count = countByRouteId(routeId);

		if (count == 0) {
			return null;
		}

		List<RouteAction> list = findByRouteId(
			routeId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
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
	@Override
	public RouteAction[] findByRouteId_PrevAndNext(
			long routeActionId, long routeId,
			OrderByComparator<RouteAction> orderByComparator)
		throws NoSuchRouteActionException {

		RouteAction routeAction = findByPrimaryKey(routeActionId);

		Session session = null;

		try {
			session = openSession();

			RouteAction[] array = new RouteActionImpl[3];

			array[0] = getByRouteId_PrevAndNext(
				session, routeAction, routeId, orderByComparator, true);

			array[1] = routeAction;

			array[2] = getByRouteId_PrevAndNext(
				session, routeAction, routeId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected RouteAction getByRouteId_PrevAndNext(
		Session session, RouteAction routeAction, long routeId,
		OrderByComparator<RouteAction> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_ROUTEACTION_WHERE);

		sb.append(_FINDER_COLUMN_ROUTEID_ROUTEID_2);

		if (orderByComparator != null) {
			String[] orderByConditionFields =
				orderByComparator.getOrderByConditionFields();

			if (orderByConditionFields.length > 0) {
				sb.append(WHERE_AND);
			}

			for (int i = 0; i < orderByConditionFields.length; i++) {
				sb.append(_ORDER_BY_ENTITY_ALIAS);
				sb.append(orderByConditionFields[i]);

				if ((i + 1) < orderByConditionFields.length) {
					if (orderByComparator.isAscending() ^ previous) {
						sb.append(WHERE_GREATER_THAN_HAS_NEXT);
					}
					else {
						sb.append(WHERE_LESSER_THAN_HAS_NEXT);
					}
				}
				else {
					if (orderByComparator.isAscending() ^ previous) {
						sb.append(WHERE_GREATER_THAN);
					}
					else {
						sb.append(WHERE_LESSER_THAN);
					}
				}
			}

			sb.append(ORDER_BY_CLAUSE);

			String[] orderByFields = orderByComparator.getOrderByFields();

			for (int i = 0; i < orderByFields.length; i++) {
				sb.append(_ORDER_BY_ENTITY_ALIAS);
				sb.append(orderByFields[i]);

				if ((i + 1) < orderByFields.length) {
					if (orderByComparator.isAscending() ^ previous) {
						sb.append(ORDER_BY_ASC_HAS_NEXT);
					}
					else {
						sb.append(ORDER_BY_DESC_HAS_NEXT);
					}
				}
				else {
					if (orderByComparator.isAscending() ^ previous) {
						sb.append(ORDER_BY_ASC);
					}
					else {
						sb.append(ORDER_BY_DESC);
					}
				}
			}
		}
		else {
			sb.append(RouteActionModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(routeId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(routeAction)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<RouteAction> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the route actions where routeId = &#63; from the database.
	 *
	 * @param routeId the route ID
	 */
	@Override
	public void removeByRouteId(long routeId) {
		for (RouteAction routeAction :
				findByRouteId(
					routeId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(routeAction);
		}
	}

	/**
	 * Returns the number of route actions where routeId = &#63;.
	 *
	 * @param routeId the route ID
	 * @return the number of matching route actions
	 */
	@Override
	public int countByRouteId(long routeId) {
		FinderPath finderPath = _finderPathCountByRouteId;

		Object[] finderArgs = new Object[] {routeId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_ROUTEACTION_WHERE);

			sb.append(_FINDER_COLUMN_ROUTEID_ROUTEID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(routeId);

				count = (Long)query.uniqueResult();

				finderCache.putResult(finderPath, finderArgs, count);
			}
			catch (Exception exception) {
				throw processException(exception);
			}
			finally {
				closeSession(session);
			}
		}

		return count.intValue();
	}

	private static final String _FINDER_COLUMN_ROUTEID_ROUTEID_2 =
		"routeAction.routeId = ?";

	public RouteActionPersistenceImpl() {
		Map<String, String> dbColumnNames = new HashMap<String, String>();

		dbColumnNames.put("comment", "comment_");

		setDBColumnNames(dbColumnNames);

		setModelClass(RouteAction.class);

		setModelImplClass(RouteActionImpl.class);
		setModelPKClass(long.class);

		setTable(RouteActionTable.INSTANCE);
	}

	/**
	 * Caches the route action in the entity cache if it is enabled.
	 *
	 * @param routeAction the route action
	 */
	@Override
	public void cacheResult(RouteAction routeAction) {
		entityCache.putResult(
			RouteActionImpl.class, routeAction.getPrimaryKey(), routeAction);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the route actions in the entity cache if it is enabled.
	 *
	 * @param routeActions the route actions
	 */
	@Override
	public void cacheResult(List<RouteAction> routeActions) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (routeActions.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (RouteAction routeAction : routeActions) {
			if (entityCache.getResult(
					RouteActionImpl.class, routeAction.getPrimaryKey()) ==
						null) {

				cacheResult(routeAction);
			}
		}
	}

	/**
	 * Clears the cache for all route actions.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(RouteActionImpl.class);

		finderCache.clearCache(RouteActionImpl.class);
	}

	/**
	 * Clears the cache for the route action.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(RouteAction routeAction) {
		entityCache.removeResult(RouteActionImpl.class, routeAction);
	}

	@Override
	public void clearCache(List<RouteAction> routeActions) {
		for (RouteAction routeAction : routeActions) {
			entityCache.removeResult(RouteActionImpl.class, routeAction);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(RouteActionImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(RouteActionImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new route action with the primary key. Does not add the route action to the database.
	 *
	 * @param routeActionId the primary key for the new route action
	 * @return the new route action
	 */
	@Override
	public RouteAction create(long routeActionId) {
		RouteAction routeAction = new RouteActionImpl();

		routeAction.setNew(true);
		routeAction.setPrimaryKey(routeActionId);

		routeAction.setCompanyId(CompanyThreadLocal.getCompanyId());

		return routeAction;
	}

	/**
	 * Removes the route action with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param routeActionId the primary key of the route action
	 * @return the route action that was removed
	 * @throws NoSuchRouteActionException if a route action with the primary key could not be found
	 */
	@Override
	public RouteAction remove(long routeActionId)
		throws NoSuchRouteActionException {

		return remove((Serializable)routeActionId);
	}

	/**
	 * Removes the route action with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the route action
	 * @return the route action that was removed
	 * @throws NoSuchRouteActionException if a route action with the primary key could not be found
	 */
	@Override
	public RouteAction remove(Serializable primaryKey)
		throws NoSuchRouteActionException {

		Session session = null;

		try {
			session = openSession();

			RouteAction routeAction = (RouteAction)session.get(
				RouteActionImpl.class, primaryKey);

			if (routeAction == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchRouteActionException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(routeAction);
		}
		catch (NoSuchRouteActionException noSuchEntityException) {
			throw noSuchEntityException;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	@Override
	protected RouteAction removeImpl(RouteAction routeAction) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(routeAction)) {
				routeAction = (RouteAction)session.get(
					RouteActionImpl.class, routeAction.getPrimaryKeyObj());
			}

			if (routeAction != null) {
				session.delete(routeAction);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (routeAction != null) {
			clearCache(routeAction);
		}

		return routeAction;
	}

	@Override
	public RouteAction updateImpl(RouteAction routeAction) {
		boolean isNew = routeAction.isNew();

		if (!(routeAction instanceof RouteActionModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(routeAction.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(routeAction);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in routeAction proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom RouteAction implementation " +
					routeAction.getClass());
		}

		RouteActionModelImpl routeActionModelImpl =
			(RouteActionModelImpl)routeAction;

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (routeAction.getCreateDate() == null)) {
			if (serviceContext == null) {
				routeAction.setCreateDate(date);
			}
			else {
				routeAction.setCreateDate(serviceContext.getCreateDate(date));
			}
		}

		if (!routeActionModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				routeAction.setModifiedDate(date);
			}
			else {
				routeAction.setModifiedDate(
					serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(routeAction);
			}
			else {
				routeAction = (RouteAction)session.merge(routeAction);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			RouteActionImpl.class, routeActionModelImpl, false, true);

		if (isNew) {
			routeAction.setNew(false);
		}

		routeAction.resetOriginalValues();

		return routeAction;
	}

	/**
	 * Returns the route action with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the route action
	 * @return the route action
	 * @throws NoSuchRouteActionException if a route action with the primary key could not be found
	 */
	@Override
	public RouteAction findByPrimaryKey(Serializable primaryKey)
		throws NoSuchRouteActionException {

		RouteAction routeAction = fetchByPrimaryKey(primaryKey);

		if (routeAction == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchRouteActionException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return routeAction;
	}

	/**
	 * Returns the route action with the primary key or throws a <code>NoSuchRouteActionException</code> if it could not be found.
	 *
	 * @param routeActionId the primary key of the route action
	 * @return the route action
	 * @throws NoSuchRouteActionException if a route action with the primary key could not be found
	 */
	@Override
	public RouteAction findByPrimaryKey(long routeActionId)
		throws NoSuchRouteActionException {

		return findByPrimaryKey((Serializable)routeActionId);
	}

	/**
	 * Returns the route action with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param routeActionId the primary key of the route action
	 * @return the route action, or <code>null</code> if a route action with the primary key could not be found
	 */
	@Override
	public RouteAction fetchByPrimaryKey(long routeActionId) {
		return fetchByPrimaryKey((Serializable)routeActionId);
	}

	/**
	 * Returns all the route actions.
	 *
	 * @return the route actions
	 */
	@Override
	public List<RouteAction> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
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
	@Override
	public List<RouteAction> findAll(int start, int end) {
		return findAll(start, end, null);
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
	@Override
	public List<RouteAction> findAll(
		int start, int end, OrderByComparator<RouteAction> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
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
	@Override
	public List<RouteAction> findAll(
		int start, int end, OrderByComparator<RouteAction> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindAll;
				finderArgs = FINDER_ARGS_EMPTY;
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindAll;
			finderArgs = new Object[] {start, end, orderByComparator};
		}

		List<RouteAction> list = null;

		if (useFinderCache) {
			list = (List<RouteAction>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_ROUTEACTION);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_ROUTEACTION;

				sql = sql.concat(RouteActionModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<RouteAction>)QueryUtil.list(
					query, getDialect(), start, end);

				cacheResult(list);

				if (useFinderCache) {
					finderCache.putResult(finderPath, finderArgs, list);
				}
			}
			catch (Exception exception) {
				throw processException(exception);
			}
			finally {
				closeSession(session);
			}
		}

		return list;
	}

	/**
	 * Removes all the route actions from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (RouteAction routeAction : findAll()) {
			remove(routeAction);
		}
	}

	/**
	 * Returns the number of route actions.
	 *
	 * @return the number of route actions
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_ROUTEACTION);

				count = (Long)query.uniqueResult();

				finderCache.putResult(
					_finderPathCountAll, FINDER_ARGS_EMPTY, count);
			}
			catch (Exception exception) {
				throw processException(exception);
			}
			finally {
				closeSession(session);
			}
		}

		return count.intValue();
	}

	@Override
	public Set<String> getBadColumnNames() {
		return _badColumnNames;
	}

	@Override
	protected EntityCache getEntityCache() {
		return entityCache;
	}

	@Override
	protected String getPKDBName() {
		return "routeActionId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_ROUTEACTION;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return RouteActionModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the route action persistence.
	 */
	@Activate
	public void activate() {
		_valueObjectFinderCacheListThreshold = GetterUtil.getInteger(
			PropsUtil.get(PropsKeys.VALUE_OBJECT_FINDER_CACHE_LIST_THRESHOLD));

		_finderPathWithPaginationFindAll = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findAll", new String[0],
			new String[0], true);

		_finderPathWithoutPaginationFindAll = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findAll", new String[0],
			new String[0], true);

		_finderPathCountAll = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countAll",
			new String[0], new String[0], false);

		_finderPathWithPaginationFindByRouteId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByRouteId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"routeId"}, true);

		_finderPathWithoutPaginationFindByRouteId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByRouteId",
			new String[] {Long.class.getName()}, new String[] {"routeId"},
			true);

		_finderPathCountByRouteId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByRouteId",
			new String[] {Long.class.getName()}, new String[] {"routeId"},
			false);

		RouteActionUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		RouteActionUtil.setPersistence(null);

		entityCache.removeCache(RouteActionImpl.class.getName());
	}

	@Override
	@Reference(
		target = OporaDiagPersistenceConstants.SERVICE_CONFIGURATION_FILTER,
		unbind = "-"
	)
	public void setConfiguration(Configuration configuration) {
	}

	@Override
	@Reference(
		target = OporaDiagPersistenceConstants.ORIGIN_BUNDLE_SYMBOLIC_NAME_FILTER,
		unbind = "-"
	)
	public void setDataSource(DataSource dataSource) {
		super.setDataSource(dataSource);
	}

	@Override
	@Reference(
		target = OporaDiagPersistenceConstants.ORIGIN_BUNDLE_SYMBOLIC_NAME_FILTER,
		unbind = "-"
	)
	public void setSessionFactory(SessionFactory sessionFactory) {
		super.setSessionFactory(sessionFactory);
	}

	@Reference
	protected EntityCache entityCache;

	@Reference
	protected FinderCache finderCache;

	private static final String _SQL_SELECT_ROUTEACTION =
		"SELECT routeAction FROM RouteAction routeAction";

	private static final String _SQL_SELECT_ROUTEACTION_WHERE =
		"SELECT routeAction FROM RouteAction routeAction WHERE ";

	private static final String _SQL_COUNT_ROUTEACTION =
		"SELECT COUNT(routeAction) FROM RouteAction routeAction";

	private static final String _SQL_COUNT_ROUTEACTION_WHERE =
		"SELECT COUNT(routeAction) FROM RouteAction routeAction WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "routeAction.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No RouteAction exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No RouteAction exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		RouteActionPersistenceImpl.class);

	private static final Set<String> _badColumnNames = SetUtil.fromArray(
		new String[] {"comment"});

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}