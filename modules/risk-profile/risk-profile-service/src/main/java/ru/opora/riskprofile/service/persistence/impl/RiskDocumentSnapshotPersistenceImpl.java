/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service.persistence.impl;

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

import java.io.Serializable;

import java.lang.reflect.InvocationHandler;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import ru.opora.riskprofile.exception.NoSuchRiskDocumentSnapshotException;
import ru.opora.riskprofile.model.RiskDocumentSnapshot;
import ru.opora.riskprofile.model.RiskDocumentSnapshotTable;
import ru.opora.riskprofile.model.impl.RiskDocumentSnapshotImpl;
import ru.opora.riskprofile.model.impl.RiskDocumentSnapshotModelImpl;
import ru.opora.riskprofile.service.persistence.RiskDocumentSnapshotPersistence;
import ru.opora.riskprofile.service.persistence.RiskDocumentSnapshotUtil;
import ru.opora.riskprofile.service.persistence.impl.constants.OporaRpPersistenceConstants;

/**
 * The persistence implementation for the risk document snapshot service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @generated
 */
@Component(service = RiskDocumentSnapshotPersistence.class)
public class RiskDocumentSnapshotPersistenceImpl
	extends BasePersistenceImpl<RiskDocumentSnapshot>
	implements RiskDocumentSnapshotPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>RiskDocumentSnapshotUtil</code> to access the risk document snapshot persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		RiskDocumentSnapshotImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathWithPaginationFindByRiskDocumentId;
	private FinderPath _finderPathWithoutPaginationFindByRiskDocumentId;
	private FinderPath _finderPathCountByRiskDocumentId;

	/**
	 * Returns all the risk document snapshots where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @return the matching risk document snapshots
	 */
	@Override
	public List<RiskDocumentSnapshot> findByRiskDocumentId(
		long riskDocumentId) {

		return findByRiskDocumentId(
			riskDocumentId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the risk document snapshots where riskDocumentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentSnapshotModelImpl</code>.
	 * </p>
	 *
	 * @param riskDocumentId the risk document ID
	 * @param start the lower bound of the range of risk document snapshots
	 * @param end the upper bound of the range of risk document snapshots (not inclusive)
	 * @return the range of matching risk document snapshots
	 */
	@Override
	public List<RiskDocumentSnapshot> findByRiskDocumentId(
		long riskDocumentId, int start, int end) {

		return findByRiskDocumentId(riskDocumentId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the risk document snapshots where riskDocumentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentSnapshotModelImpl</code>.
	 * </p>
	 *
	 * @param riskDocumentId the risk document ID
	 * @param start the lower bound of the range of risk document snapshots
	 * @param end the upper bound of the range of risk document snapshots (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk document snapshots
	 */
	@Override
	public List<RiskDocumentSnapshot> findByRiskDocumentId(
		long riskDocumentId, int start, int end,
		OrderByComparator<RiskDocumentSnapshot> orderByComparator) {

		return findByRiskDocumentId(
			riskDocumentId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the risk document snapshots where riskDocumentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentSnapshotModelImpl</code>.
	 * </p>
	 *
	 * @param riskDocumentId the risk document ID
	 * @param start the lower bound of the range of risk document snapshots
	 * @param end the upper bound of the range of risk document snapshots (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching risk document snapshots
	 */
	@Override
	public List<RiskDocumentSnapshot> findByRiskDocumentId(
		long riskDocumentId, int start, int end,
		OrderByComparator<RiskDocumentSnapshot> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByRiskDocumentId;
				finderArgs = new Object[] {riskDocumentId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByRiskDocumentId;
			finderArgs = new Object[] {
				riskDocumentId, start, end, orderByComparator
			};
		}

		List<RiskDocumentSnapshot> list = null;

		if (useFinderCache) {
			list = (List<RiskDocumentSnapshot>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (RiskDocumentSnapshot riskDocumentSnapshot : list) {
					if (riskDocumentId !=
							riskDocumentSnapshot.getRiskDocumentId()) {

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

			sb.append(_SQL_SELECT_RISKDOCUMENTSNAPSHOT_WHERE);

			sb.append(_FINDER_COLUMN_RISKDOCUMENTID_RISKDOCUMENTID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(RiskDocumentSnapshotModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(riskDocumentId);

				list = (List<RiskDocumentSnapshot>)QueryUtil.list(
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
	 * Returns the first risk document snapshot in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk document snapshot
	 * @throws NoSuchRiskDocumentSnapshotException if a matching risk document snapshot could not be found
	 */
	@Override
	public RiskDocumentSnapshot findByRiskDocumentId_First(
			long riskDocumentId,
			OrderByComparator<RiskDocumentSnapshot> orderByComparator)
		throws NoSuchRiskDocumentSnapshotException {

		RiskDocumentSnapshot riskDocumentSnapshot = fetchByRiskDocumentId_First(
			riskDocumentId, orderByComparator);

		if (riskDocumentSnapshot != null) {
			return riskDocumentSnapshot;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("riskDocumentId=");
		sb.append(riskDocumentId);

		sb.append("}");

		throw new NoSuchRiskDocumentSnapshotException(sb.toString());
	}

	/**
	 * Returns the first risk document snapshot in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk document snapshot, or <code>null</code> if a matching risk document snapshot could not be found
	 */
	@Override
	public RiskDocumentSnapshot fetchByRiskDocumentId_First(
		long riskDocumentId,
		OrderByComparator<RiskDocumentSnapshot> orderByComparator) {

		List<RiskDocumentSnapshot> list = findByRiskDocumentId(
			riskDocumentId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last risk document snapshot in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk document snapshot
	 * @throws NoSuchRiskDocumentSnapshotException if a matching risk document snapshot could not be found
	 */
	@Override
	public RiskDocumentSnapshot findByRiskDocumentId_Last(
			long riskDocumentId,
			OrderByComparator<RiskDocumentSnapshot> orderByComparator)
		throws NoSuchRiskDocumentSnapshotException {

		RiskDocumentSnapshot riskDocumentSnapshot = fetchByRiskDocumentId_Last(
			riskDocumentId, orderByComparator);

		if (riskDocumentSnapshot != null) {
			return riskDocumentSnapshot;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("riskDocumentId=");
		sb.append(riskDocumentId);

		sb.append("}");

		throw new NoSuchRiskDocumentSnapshotException(sb.toString());
	}

	/**
	 * Returns the last risk document snapshot in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk document snapshot, or <code>null</code> if a matching risk document snapshot could not be found
	 */
	@Override
	public RiskDocumentSnapshot fetchByRiskDocumentId_Last(
		long riskDocumentId,
		OrderByComparator<RiskDocumentSnapshot> orderByComparator) {

		int count = countByRiskDocumentId(riskDocumentId);

		if (count == 0) {
			return null;
		}

		List<RiskDocumentSnapshot> list = findByRiskDocumentId(
			riskDocumentId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the risk document snapshots before and after the current risk document snapshot in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentSnapshotId the primary key of the current risk document snapshot
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk document snapshot
	 * @throws NoSuchRiskDocumentSnapshotException if a risk document snapshot with the primary key could not be found
	 */
	@Override
	public RiskDocumentSnapshot[] findByRiskDocumentId_PrevAndNext(
			long riskDocumentSnapshotId, long riskDocumentId,
			OrderByComparator<RiskDocumentSnapshot> orderByComparator)
		throws NoSuchRiskDocumentSnapshotException {

		RiskDocumentSnapshot riskDocumentSnapshot = findByPrimaryKey(
			riskDocumentSnapshotId);

		Session session = null;

		try {
			session = openSession();

			RiskDocumentSnapshot[] array = new RiskDocumentSnapshotImpl[3];

			array[0] = getByRiskDocumentId_PrevAndNext(
				session, riskDocumentSnapshot, riskDocumentId,
				orderByComparator, true);

			array[1] = riskDocumentSnapshot;

			array[2] = getByRiskDocumentId_PrevAndNext(
				session, riskDocumentSnapshot, riskDocumentId,
				orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected RiskDocumentSnapshot getByRiskDocumentId_PrevAndNext(
		Session session, RiskDocumentSnapshot riskDocumentSnapshot,
		long riskDocumentId,
		OrderByComparator<RiskDocumentSnapshot> orderByComparator,
		boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_RISKDOCUMENTSNAPSHOT_WHERE);

		sb.append(_FINDER_COLUMN_RISKDOCUMENTID_RISKDOCUMENTID_2);

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
			sb.append(RiskDocumentSnapshotModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(riskDocumentId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						riskDocumentSnapshot)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<RiskDocumentSnapshot> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the risk document snapshots where riskDocumentId = &#63; from the database.
	 *
	 * @param riskDocumentId the risk document ID
	 */
	@Override
	public void removeByRiskDocumentId(long riskDocumentId) {
		for (RiskDocumentSnapshot riskDocumentSnapshot :
				findByRiskDocumentId(
					riskDocumentId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(riskDocumentSnapshot);
		}
	}

	/**
	 * Returns the number of risk document snapshots where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @return the number of matching risk document snapshots
	 */
	@Override
	public int countByRiskDocumentId(long riskDocumentId) {
		FinderPath finderPath = _finderPathCountByRiskDocumentId;

		Object[] finderArgs = new Object[] {riskDocumentId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_RISKDOCUMENTSNAPSHOT_WHERE);

			sb.append(_FINDER_COLUMN_RISKDOCUMENTID_RISKDOCUMENTID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(riskDocumentId);

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

	private static final String _FINDER_COLUMN_RISKDOCUMENTID_RISKDOCUMENTID_2 =
		"riskDocumentSnapshot.riskDocumentId = ?";

	public RiskDocumentSnapshotPersistenceImpl() {
		setModelClass(RiskDocumentSnapshot.class);

		setModelImplClass(RiskDocumentSnapshotImpl.class);
		setModelPKClass(long.class);

		setTable(RiskDocumentSnapshotTable.INSTANCE);
	}

	/**
	 * Caches the risk document snapshot in the entity cache if it is enabled.
	 *
	 * @param riskDocumentSnapshot the risk document snapshot
	 */
	@Override
	public void cacheResult(RiskDocumentSnapshot riskDocumentSnapshot) {
		entityCache.putResult(
			RiskDocumentSnapshotImpl.class,
			riskDocumentSnapshot.getPrimaryKey(), riskDocumentSnapshot);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the risk document snapshots in the entity cache if it is enabled.
	 *
	 * @param riskDocumentSnapshots the risk document snapshots
	 */
	@Override
	public void cacheResult(List<RiskDocumentSnapshot> riskDocumentSnapshots) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (riskDocumentSnapshots.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (RiskDocumentSnapshot riskDocumentSnapshot :
				riskDocumentSnapshots) {

			if (entityCache.getResult(
					RiskDocumentSnapshotImpl.class,
					riskDocumentSnapshot.getPrimaryKey()) == null) {

				cacheResult(riskDocumentSnapshot);
			}
		}
	}

	/**
	 * Clears the cache for all risk document snapshots.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(RiskDocumentSnapshotImpl.class);

		finderCache.clearCache(RiskDocumentSnapshotImpl.class);
	}

	/**
	 * Clears the cache for the risk document snapshot.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(RiskDocumentSnapshot riskDocumentSnapshot) {
		entityCache.removeResult(
			RiskDocumentSnapshotImpl.class, riskDocumentSnapshot);
	}

	@Override
	public void clearCache(List<RiskDocumentSnapshot> riskDocumentSnapshots) {
		for (RiskDocumentSnapshot riskDocumentSnapshot :
				riskDocumentSnapshots) {

			entityCache.removeResult(
				RiskDocumentSnapshotImpl.class, riskDocumentSnapshot);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(RiskDocumentSnapshotImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(
				RiskDocumentSnapshotImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new risk document snapshot with the primary key. Does not add the risk document snapshot to the database.
	 *
	 * @param riskDocumentSnapshotId the primary key for the new risk document snapshot
	 * @return the new risk document snapshot
	 */
	@Override
	public RiskDocumentSnapshot create(long riskDocumentSnapshotId) {
		RiskDocumentSnapshot riskDocumentSnapshot =
			new RiskDocumentSnapshotImpl();

		riskDocumentSnapshot.setNew(true);
		riskDocumentSnapshot.setPrimaryKey(riskDocumentSnapshotId);

		riskDocumentSnapshot.setCompanyId(CompanyThreadLocal.getCompanyId());

		return riskDocumentSnapshot;
	}

	/**
	 * Removes the risk document snapshot with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param riskDocumentSnapshotId the primary key of the risk document snapshot
	 * @return the risk document snapshot that was removed
	 * @throws NoSuchRiskDocumentSnapshotException if a risk document snapshot with the primary key could not be found
	 */
	@Override
	public RiskDocumentSnapshot remove(long riskDocumentSnapshotId)
		throws NoSuchRiskDocumentSnapshotException {

		return remove((Serializable)riskDocumentSnapshotId);
	}

	/**
	 * Removes the risk document snapshot with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the risk document snapshot
	 * @return the risk document snapshot that was removed
	 * @throws NoSuchRiskDocumentSnapshotException if a risk document snapshot with the primary key could not be found
	 */
	@Override
	public RiskDocumentSnapshot remove(Serializable primaryKey)
		throws NoSuchRiskDocumentSnapshotException {

		Session session = null;

		try {
			session = openSession();

			RiskDocumentSnapshot riskDocumentSnapshot =
				(RiskDocumentSnapshot)session.get(
					RiskDocumentSnapshotImpl.class, primaryKey);

			if (riskDocumentSnapshot == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchRiskDocumentSnapshotException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(riskDocumentSnapshot);
		}
		catch (NoSuchRiskDocumentSnapshotException noSuchEntityException) {
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
	protected RiskDocumentSnapshot removeImpl(
		RiskDocumentSnapshot riskDocumentSnapshot) {

		Session session = null;

		try {
			session = openSession();

			if (!session.contains(riskDocumentSnapshot)) {
				riskDocumentSnapshot = (RiskDocumentSnapshot)session.get(
					RiskDocumentSnapshotImpl.class,
					riskDocumentSnapshot.getPrimaryKeyObj());
			}

			if (riskDocumentSnapshot != null) {
				session.delete(riskDocumentSnapshot);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (riskDocumentSnapshot != null) {
			clearCache(riskDocumentSnapshot);
		}

		return riskDocumentSnapshot;
	}

	@Override
	public RiskDocumentSnapshot updateImpl(
		RiskDocumentSnapshot riskDocumentSnapshot) {

		boolean isNew = riskDocumentSnapshot.isNew();

		if (!(riskDocumentSnapshot instanceof RiskDocumentSnapshotModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(riskDocumentSnapshot.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					riskDocumentSnapshot);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in riskDocumentSnapshot proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom RiskDocumentSnapshot implementation " +
					riskDocumentSnapshot.getClass());
		}

		RiskDocumentSnapshotModelImpl riskDocumentSnapshotModelImpl =
			(RiskDocumentSnapshotModelImpl)riskDocumentSnapshot;

		if (isNew && (riskDocumentSnapshot.getCreateDate() == null)) {
			ServiceContext serviceContext =
				ServiceContextThreadLocal.getServiceContext();

			Date date = new Date();

			if (serviceContext == null) {
				riskDocumentSnapshot.setCreateDate(date);
			}
			else {
				riskDocumentSnapshot.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(riskDocumentSnapshot);
			}
			else {
				riskDocumentSnapshot = (RiskDocumentSnapshot)session.merge(
					riskDocumentSnapshot);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			RiskDocumentSnapshotImpl.class, riskDocumentSnapshotModelImpl,
			false, true);

		if (isNew) {
			riskDocumentSnapshot.setNew(false);
		}

		riskDocumentSnapshot.resetOriginalValues();

		return riskDocumentSnapshot;
	}

	/**
	 * Returns the risk document snapshot with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the risk document snapshot
	 * @return the risk document snapshot
	 * @throws NoSuchRiskDocumentSnapshotException if a risk document snapshot with the primary key could not be found
	 */
	@Override
	public RiskDocumentSnapshot findByPrimaryKey(Serializable primaryKey)
		throws NoSuchRiskDocumentSnapshotException {

		RiskDocumentSnapshot riskDocumentSnapshot = fetchByPrimaryKey(
			primaryKey);

		if (riskDocumentSnapshot == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchRiskDocumentSnapshotException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return riskDocumentSnapshot;
	}

	/**
	 * Returns the risk document snapshot with the primary key or throws a <code>NoSuchRiskDocumentSnapshotException</code> if it could not be found.
	 *
	 * @param riskDocumentSnapshotId the primary key of the risk document snapshot
	 * @return the risk document snapshot
	 * @throws NoSuchRiskDocumentSnapshotException if a risk document snapshot with the primary key could not be found
	 */
	@Override
	public RiskDocumentSnapshot findByPrimaryKey(long riskDocumentSnapshotId)
		throws NoSuchRiskDocumentSnapshotException {

		return findByPrimaryKey((Serializable)riskDocumentSnapshotId);
	}

	/**
	 * Returns the risk document snapshot with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param riskDocumentSnapshotId the primary key of the risk document snapshot
	 * @return the risk document snapshot, or <code>null</code> if a risk document snapshot with the primary key could not be found
	 */
	@Override
	public RiskDocumentSnapshot fetchByPrimaryKey(long riskDocumentSnapshotId) {
		return fetchByPrimaryKey((Serializable)riskDocumentSnapshotId);
	}

	/**
	 * Returns all the risk document snapshots.
	 *
	 * @return the risk document snapshots
	 */
	@Override
	public List<RiskDocumentSnapshot> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the risk document snapshots.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentSnapshotModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk document snapshots
	 * @param end the upper bound of the range of risk document snapshots (not inclusive)
	 * @return the range of risk document snapshots
	 */
	@Override
	public List<RiskDocumentSnapshot> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the risk document snapshots.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentSnapshotModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk document snapshots
	 * @param end the upper bound of the range of risk document snapshots (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of risk document snapshots
	 */
	@Override
	public List<RiskDocumentSnapshot> findAll(
		int start, int end,
		OrderByComparator<RiskDocumentSnapshot> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the risk document snapshots.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentSnapshotModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk document snapshots
	 * @param end the upper bound of the range of risk document snapshots (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of risk document snapshots
	 */
	@Override
	public List<RiskDocumentSnapshot> findAll(
		int start, int end,
		OrderByComparator<RiskDocumentSnapshot> orderByComparator,
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

		List<RiskDocumentSnapshot> list = null;

		if (useFinderCache) {
			list = (List<RiskDocumentSnapshot>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_RISKDOCUMENTSNAPSHOT);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_RISKDOCUMENTSNAPSHOT;

				sql = sql.concat(RiskDocumentSnapshotModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<RiskDocumentSnapshot>)QueryUtil.list(
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
	 * Removes all the risk document snapshots from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (RiskDocumentSnapshot riskDocumentSnapshot : findAll()) {
			remove(riskDocumentSnapshot);
		}
	}

	/**
	 * Returns the number of risk document snapshots.
	 *
	 * @return the number of risk document snapshots
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(
					_SQL_COUNT_RISKDOCUMENTSNAPSHOT);

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
	protected EntityCache getEntityCache() {
		return entityCache;
	}

	@Override
	protected String getPKDBName() {
		return "riskDocumentSnapshotId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_RISKDOCUMENTSNAPSHOT;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return RiskDocumentSnapshotModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the risk document snapshot persistence.
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

		_finderPathWithPaginationFindByRiskDocumentId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByRiskDocumentId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"riskDocumentId"}, true);

		_finderPathWithoutPaginationFindByRiskDocumentId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByRiskDocumentId",
			new String[] {Long.class.getName()},
			new String[] {"riskDocumentId"}, true);

		_finderPathCountByRiskDocumentId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByRiskDocumentId",
			new String[] {Long.class.getName()},
			new String[] {"riskDocumentId"}, false);

		RiskDocumentSnapshotUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		RiskDocumentSnapshotUtil.setPersistence(null);

		entityCache.removeCache(RiskDocumentSnapshotImpl.class.getName());
	}

	@Override
	@Reference(
		target = OporaRpPersistenceConstants.SERVICE_CONFIGURATION_FILTER,
		unbind = "-"
	)
	public void setConfiguration(Configuration configuration) {
	}

	@Override
	@Reference(
		target = OporaRpPersistenceConstants.ORIGIN_BUNDLE_SYMBOLIC_NAME_FILTER,
		unbind = "-"
	)
	public void setDataSource(DataSource dataSource) {
		super.setDataSource(dataSource);
	}

	@Override
	@Reference(
		target = OporaRpPersistenceConstants.ORIGIN_BUNDLE_SYMBOLIC_NAME_FILTER,
		unbind = "-"
	)
	public void setSessionFactory(SessionFactory sessionFactory) {
		super.setSessionFactory(sessionFactory);
	}

	@Reference
	protected EntityCache entityCache;

	@Reference
	protected FinderCache finderCache;

	private static final String _SQL_SELECT_RISKDOCUMENTSNAPSHOT =
		"SELECT riskDocumentSnapshot FROM RiskDocumentSnapshot riskDocumentSnapshot";

	private static final String _SQL_SELECT_RISKDOCUMENTSNAPSHOT_WHERE =
		"SELECT riskDocumentSnapshot FROM RiskDocumentSnapshot riskDocumentSnapshot WHERE ";

	private static final String _SQL_COUNT_RISKDOCUMENTSNAPSHOT =
		"SELECT COUNT(riskDocumentSnapshot) FROM RiskDocumentSnapshot riskDocumentSnapshot";

	private static final String _SQL_COUNT_RISKDOCUMENTSNAPSHOT_WHERE =
		"SELECT COUNT(riskDocumentSnapshot) FROM RiskDocumentSnapshot riskDocumentSnapshot WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS =
		"riskDocumentSnapshot.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No RiskDocumentSnapshot exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No RiskDocumentSnapshot exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		RiskDocumentSnapshotPersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}