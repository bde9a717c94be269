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
import com.liferay.portal.kernel.service.persistence.impl.BasePersistenceImpl;
import com.liferay.portal.kernel.util.GetterUtil;
import com.liferay.portal.kernel.util.OrderByComparator;
import com.liferay.portal.kernel.util.PropsKeys;
import com.liferay.portal.kernel.util.PropsUtil;
import com.liferay.portal.kernel.util.ProxyUtil;

import java.io.Serializable;

import java.lang.reflect.InvocationHandler;

import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import ru.opora.riskprofile.exception.NoSuchRiskMeasureException;
import ru.opora.riskprofile.model.RiskMeasure;
import ru.opora.riskprofile.model.RiskMeasureTable;
import ru.opora.riskprofile.model.impl.RiskMeasureImpl;
import ru.opora.riskprofile.model.impl.RiskMeasureModelImpl;
import ru.opora.riskprofile.service.persistence.RiskMeasurePersistence;
import ru.opora.riskprofile.service.persistence.RiskMeasureUtil;
import ru.opora.riskprofile.service.persistence.impl.constants.OporaRpPersistenceConstants;

/**
 * The persistence implementation for the risk measure service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @generated
 */
@Component(service = RiskMeasurePersistence.class)
public class RiskMeasurePersistenceImpl
	extends BasePersistenceImpl<RiskMeasure> implements RiskMeasurePersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>RiskMeasureUtil</code> to access the risk measure persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		RiskMeasureImpl.class.getName();

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
	 * Returns all the risk measures where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @return the matching risk measures
	 */
	@Override
	public List<RiskMeasure> findByRiskDocumentId(long riskDocumentId) {
		return findByRiskDocumentId(
			riskDocumentId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the risk measures where riskDocumentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskMeasureModelImpl</code>.
	 * </p>
	 *
	 * @param riskDocumentId the risk document ID
	 * @param start the lower bound of the range of risk measures
	 * @param end the upper bound of the range of risk measures (not inclusive)
	 * @return the range of matching risk measures
	 */
	@Override
	public List<RiskMeasure> findByRiskDocumentId(
		long riskDocumentId, int start, int end) {

		return findByRiskDocumentId(riskDocumentId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the risk measures where riskDocumentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskMeasureModelImpl</code>.
	 * </p>
	 *
	 * @param riskDocumentId the risk document ID
	 * @param start the lower bound of the range of risk measures
	 * @param end the upper bound of the range of risk measures (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk measures
	 */
	@Override
	public List<RiskMeasure> findByRiskDocumentId(
		long riskDocumentId, int start, int end,
		OrderByComparator<RiskMeasure> orderByComparator) {

		return findByRiskDocumentId(
			riskDocumentId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the risk measures where riskDocumentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskMeasureModelImpl</code>.
	 * </p>
	 *
	 * @param riskDocumentId the risk document ID
	 * @param start the lower bound of the range of risk measures
	 * @param end the upper bound of the range of risk measures (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching risk measures
	 */
	@Override
	public List<RiskMeasure> findByRiskDocumentId(
		long riskDocumentId, int start, int end,
		OrderByComparator<RiskMeasure> orderByComparator,
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

		List<RiskMeasure> list = null;

		if (useFinderCache) {
			list = (List<RiskMeasure>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (RiskMeasure riskMeasure : list) {
					if (riskDocumentId != riskMeasure.getRiskDocumentId()) {
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

			sb.append(_SQL_SELECT_RISKMEASURE_WHERE);

			sb.append(_FINDER_COLUMN_RISKDOCUMENTID_RISKDOCUMENTID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(RiskMeasureModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(riskDocumentId);

				list = (List<RiskMeasure>)QueryUtil.list(
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
	 * Returns the first risk measure in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk measure
	 * @throws NoSuchRiskMeasureException if a matching risk measure could not be found
	 */
	@Override
	public RiskMeasure findByRiskDocumentId_First(
			long riskDocumentId,
			OrderByComparator<RiskMeasure> orderByComparator)
		throws NoSuchRiskMeasureException {

		RiskMeasure riskMeasure = fetchByRiskDocumentId_First(
			riskDocumentId, orderByComparator);

		if (riskMeasure != null) {
			return riskMeasure;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("riskDocumentId=");
		sb.append(riskDocumentId);

		sb.append("}");

		throw new NoSuchRiskMeasureException(sb.toString());
	}

	/**
	 * Returns the first risk measure in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk measure, or <code>null</code> if a matching risk measure could not be found
	 */
	@Override
	public RiskMeasure fetchByRiskDocumentId_First(
		long riskDocumentId, OrderByComparator<RiskMeasure> orderByComparator) {

		List<RiskMeasure> list = findByRiskDocumentId(
			riskDocumentId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last risk measure in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk measure
	 * @throws NoSuchRiskMeasureException if a matching risk measure could not be found
	 */
	@Override
	public RiskMeasure findByRiskDocumentId_Last(
			long riskDocumentId,
			OrderByComparator<RiskMeasure> orderByComparator)
		throws NoSuchRiskMeasureException {

		RiskMeasure riskMeasure = fetchByRiskDocumentId_Last(
			riskDocumentId, orderByComparator);

		if (riskMeasure != null) {
			return riskMeasure;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("riskDocumentId=");
		sb.append(riskDocumentId);

		sb.append("}");

		throw new NoSuchRiskMeasureException(sb.toString());
	}

	/**
	 * Returns the last risk measure in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk measure, or <code>null</code> if a matching risk measure could not be found
	 */
	@Override
	public RiskMeasure fetchByRiskDocumentId_Last(
		long riskDocumentId, OrderByComparator<RiskMeasure> orderByComparator) {

		int count = countByRiskDocumentId(riskDocumentId);

		if (count == 0) {
			return null;
		}

		List<RiskMeasure> list = findByRiskDocumentId(
			riskDocumentId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the risk measures before and after the current risk measure in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskMeasureId the primary key of the current risk measure
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk measure
	 * @throws NoSuchRiskMeasureException if a risk measure with the primary key could not be found
	 */
	@Override
	public RiskMeasure[] findByRiskDocumentId_PrevAndNext(
			long riskMeasureId, long riskDocumentId,
			OrderByComparator<RiskMeasure> orderByComparator)
		throws NoSuchRiskMeasureException {

		RiskMeasure riskMeasure = findByPrimaryKey(riskMeasureId);

		Session session = null;

		try {
			session = openSession();

			RiskMeasure[] array = new RiskMeasureImpl[3];

			array[0] = getByRiskDocumentId_PrevAndNext(
				session, riskMeasure, riskDocumentId, orderByComparator, true);

			array[1] = riskMeasure;

			array[2] = getByRiskDocumentId_PrevAndNext(
				session, riskMeasure, riskDocumentId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected RiskMeasure getByRiskDocumentId_PrevAndNext(
		Session session, RiskMeasure riskMeasure, long riskDocumentId,
		OrderByComparator<RiskMeasure> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_RISKMEASURE_WHERE);

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
			sb.append(RiskMeasureModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(riskDocumentId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(riskMeasure)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<RiskMeasure> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the risk measures where riskDocumentId = &#63; from the database.
	 *
	 * @param riskDocumentId the risk document ID
	 */
	@Override
	public void removeByRiskDocumentId(long riskDocumentId) {
		for (RiskMeasure riskMeasure :
				findByRiskDocumentId(
					riskDocumentId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(riskMeasure);
		}
	}

	/**
	 * Returns the number of risk measures where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @return the number of matching risk measures
	 */
	@Override
	public int countByRiskDocumentId(long riskDocumentId) {
		FinderPath finderPath = _finderPathCountByRiskDocumentId;

		Object[] finderArgs = new Object[] {riskDocumentId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_RISKMEASURE_WHERE);

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
		"riskMeasure.riskDocumentId = ?";

	public RiskMeasurePersistenceImpl() {
		setModelClass(RiskMeasure.class);

		setModelImplClass(RiskMeasureImpl.class);
		setModelPKClass(long.class);

		setTable(RiskMeasureTable.INSTANCE);
	}

	/**
	 * Caches the risk measure in the entity cache if it is enabled.
	 *
	 * @param riskMeasure the risk measure
	 */
	@Override
	public void cacheResult(RiskMeasure riskMeasure) {
		entityCache.putResult(
			RiskMeasureImpl.class, riskMeasure.getPrimaryKey(), riskMeasure);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the risk measures in the entity cache if it is enabled.
	 *
	 * @param riskMeasures the risk measures
	 */
	@Override
	public void cacheResult(List<RiskMeasure> riskMeasures) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (riskMeasures.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (RiskMeasure riskMeasure : riskMeasures) {
			if (entityCache.getResult(
					RiskMeasureImpl.class, riskMeasure.getPrimaryKey()) ==
						null) {

				cacheResult(riskMeasure);
			}
		}
	}

	/**
	 * Clears the cache for all risk measures.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(RiskMeasureImpl.class);

		finderCache.clearCache(RiskMeasureImpl.class);
	}

	/**
	 * Clears the cache for the risk measure.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(RiskMeasure riskMeasure) {
		entityCache.removeResult(RiskMeasureImpl.class, riskMeasure);
	}

	@Override
	public void clearCache(List<RiskMeasure> riskMeasures) {
		for (RiskMeasure riskMeasure : riskMeasures) {
			entityCache.removeResult(RiskMeasureImpl.class, riskMeasure);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(RiskMeasureImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(RiskMeasureImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new risk measure with the primary key. Does not add the risk measure to the database.
	 *
	 * @param riskMeasureId the primary key for the new risk measure
	 * @return the new risk measure
	 */
	@Override
	public RiskMeasure create(long riskMeasureId) {
		RiskMeasure riskMeasure = new RiskMeasureImpl();

		riskMeasure.setNew(true);
		riskMeasure.setPrimaryKey(riskMeasureId);

		riskMeasure.setCompanyId(CompanyThreadLocal.getCompanyId());

		return riskMeasure;
	}

	/**
	 * Removes the risk measure with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param riskMeasureId the primary key of the risk measure
	 * @return the risk measure that was removed
	 * @throws NoSuchRiskMeasureException if a risk measure with the primary key could not be found
	 */
	@Override
	public RiskMeasure remove(long riskMeasureId)
		throws NoSuchRiskMeasureException {

		return remove((Serializable)riskMeasureId);
	}

	/**
	 * Removes the risk measure with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the risk measure
	 * @return the risk measure that was removed
	 * @throws NoSuchRiskMeasureException if a risk measure with the primary key could not be found
	 */
	@Override
	public RiskMeasure remove(Serializable primaryKey)
		throws NoSuchRiskMeasureException {

		Session session = null;

		try {
			session = openSession();

			RiskMeasure riskMeasure = (RiskMeasure)session.get(
				RiskMeasureImpl.class, primaryKey);

			if (riskMeasure == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchRiskMeasureException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(riskMeasure);
		}
		catch (NoSuchRiskMeasureException noSuchEntityException) {
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
	protected RiskMeasure removeImpl(RiskMeasure riskMeasure) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(riskMeasure)) {
				riskMeasure = (RiskMeasure)session.get(
					RiskMeasureImpl.class, riskMeasure.getPrimaryKeyObj());
			}

			if (riskMeasure != null) {
				session.delete(riskMeasure);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (riskMeasure != null) {
			clearCache(riskMeasure);
		}

		return riskMeasure;
	}

	@Override
	public RiskMeasure updateImpl(RiskMeasure riskMeasure) {
		boolean isNew = riskMeasure.isNew();

		if (!(riskMeasure instanceof RiskMeasureModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(riskMeasure.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(riskMeasure);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in riskMeasure proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom RiskMeasure implementation " +
					riskMeasure.getClass());
		}

		RiskMeasureModelImpl riskMeasureModelImpl =
			(RiskMeasureModelImpl)riskMeasure;

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(riskMeasure);
			}
			else {
				riskMeasure = (RiskMeasure)session.merge(riskMeasure);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			RiskMeasureImpl.class, riskMeasureModelImpl, false, true);

		if (isNew) {
			riskMeasure.setNew(false);
		}

		riskMeasure.resetOriginalValues();

		return riskMeasure;
	}

	/**
	 * Returns the risk measure with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the risk measure
	 * @return the risk measure
	 * @throws NoSuchRiskMeasureException if a risk measure with the primary key could not be found
	 */
	@Override
	public RiskMeasure findByPrimaryKey(Serializable primaryKey)
		throws NoSuchRiskMeasureException {

		RiskMeasure riskMeasure = fetchByPrimaryKey(primaryKey);

		if (riskMeasure == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchRiskMeasureException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return riskMeasure;
	}

	/**
	 * Returns the risk measure with the primary key or throws a <code>NoSuchRiskMeasureException</code> if it could not be found.
	 *
	 * @param riskMeasureId the primary key of the risk measure
	 * @return the risk measure
	 * @throws NoSuchRiskMeasureException if a risk measure with the primary key could not be found
	 */
	@Override
	public RiskMeasure findByPrimaryKey(long riskMeasureId)
		throws NoSuchRiskMeasureException {

		return findByPrimaryKey((Serializable)riskMeasureId);
	}

	/**
	 * Returns the risk measure with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param riskMeasureId the primary key of the risk measure
	 * @return the risk measure, or <code>null</code> if a risk measure with the primary key could not be found
	 */
	@Override
	public RiskMeasure fetchByPrimaryKey(long riskMeasureId) {
		return fetchByPrimaryKey((Serializable)riskMeasureId);
	}

	/**
	 * Returns all the risk measures.
	 *
	 * @return the risk measures
	 */
	@Override
	public List<RiskMeasure> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the risk measures.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskMeasureModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk measures
	 * @param end the upper bound of the range of risk measures (not inclusive)
	 * @return the range of risk measures
	 */
	@Override
	public List<RiskMeasure> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the risk measures.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskMeasureModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk measures
	 * @param end the upper bound of the range of risk measures (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of risk measures
	 */
	@Override
	public List<RiskMeasure> findAll(
		int start, int end, OrderByComparator<RiskMeasure> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the risk measures.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskMeasureModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk measures
	 * @param end the upper bound of the range of risk measures (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of risk measures
	 */
	@Override
	public List<RiskMeasure> findAll(
		int start, int end, OrderByComparator<RiskMeasure> orderByComparator,
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

		List<RiskMeasure> list = null;

		if (useFinderCache) {
			list = (List<RiskMeasure>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_RISKMEASURE);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_RISKMEASURE;

				sql = sql.concat(RiskMeasureModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<RiskMeasure>)QueryUtil.list(
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
	 * Removes all the risk measures from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (RiskMeasure riskMeasure : findAll()) {
			remove(riskMeasure);
		}
	}

	/**
	 * Returns the number of risk measures.
	 *
	 * @return the number of risk measures
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_RISKMEASURE);

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
		return "riskMeasureId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_RISKMEASURE;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return RiskMeasureModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the risk measure persistence.
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

		RiskMeasureUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		RiskMeasureUtil.setPersistence(null);

		entityCache.removeCache(RiskMeasureImpl.class.getName());
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

	private static final String _SQL_SELECT_RISKMEASURE =
		"SELECT riskMeasure FROM RiskMeasure riskMeasure";

	private static final String _SQL_SELECT_RISKMEASURE_WHERE =
		"SELECT riskMeasure FROM RiskMeasure riskMeasure WHERE ";

	private static final String _SQL_COUNT_RISKMEASURE =
		"SELECT COUNT(riskMeasure) FROM RiskMeasure riskMeasure";

	private static final String _SQL_COUNT_RISKMEASURE_WHERE =
		"SELECT COUNT(riskMeasure) FROM RiskMeasure riskMeasure WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "riskMeasure.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No RiskMeasure exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No RiskMeasure exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		RiskMeasurePersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}