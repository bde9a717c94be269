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

import ru.opora.riskprofile.exception.NoSuchRiskFactorLevelException;
import ru.opora.riskprofile.model.RiskFactorLevel;
import ru.opora.riskprofile.model.RiskFactorLevelTable;
import ru.opora.riskprofile.model.impl.RiskFactorLevelImpl;
import ru.opora.riskprofile.model.impl.RiskFactorLevelModelImpl;
import ru.opora.riskprofile.service.persistence.RiskFactorLevelPersistence;
import ru.opora.riskprofile.service.persistence.RiskFactorLevelUtil;
import ru.opora.riskprofile.service.persistence.impl.constants.OporaRpPersistenceConstants;

/**
 * The persistence implementation for the risk factor level service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @generated
 */
@Component(service = RiskFactorLevelPersistence.class)
public class RiskFactorLevelPersistenceImpl
	extends BasePersistenceImpl<RiskFactorLevel>
	implements RiskFactorLevelPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>RiskFactorLevelUtil</code> to access the risk factor level persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		RiskFactorLevelImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathWithPaginationFindByRiskProfileId;
	private FinderPath _finderPathWithoutPaginationFindByRiskProfileId;
	private FinderPath _finderPathCountByRiskProfileId;

	/**
	 * Returns all the risk factor levels where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @return the matching risk factor levels
	 */
	@Override
	public List<RiskFactorLevel> findByRiskProfileId(long riskProfileId) {
		return findByRiskProfileId(
			riskProfileId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the risk factor levels where riskProfileId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskFactorLevelModelImpl</code>.
	 * </p>
	 *
	 * @param riskProfileId the risk profile ID
	 * @param start the lower bound of the range of risk factor levels
	 * @param end the upper bound of the range of risk factor levels (not inclusive)
	 * @return the range of matching risk factor levels
	 */
	@Override
	public List<RiskFactorLevel> findByRiskProfileId(
		long riskProfileId, int start, int end) {

		return findByRiskProfileId(riskProfileId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the risk factor levels where riskProfileId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskFactorLevelModelImpl</code>.
	 * </p>
	 *
	 * @param riskProfileId the risk profile ID
	 * @param start the lower bound of the range of risk factor levels
	 * @param end the upper bound of the range of risk factor levels (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk factor levels
	 */
	@Override
	public List<RiskFactorLevel> findByRiskProfileId(
		long riskProfileId, int start, int end,
		OrderByComparator<RiskFactorLevel> orderByComparator) {

		return findByRiskProfileId(
			riskProfileId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the risk factor levels where riskProfileId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskFactorLevelModelImpl</code>.
	 * </p>
	 *
	 * @param riskProfileId the risk profile ID
	 * @param start the lower bound of the range of risk factor levels
	 * @param end the upper bound of the range of risk factor levels (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching risk factor levels
	 */
	@Override
	public List<RiskFactorLevel> findByRiskProfileId(
		long riskProfileId, int start, int end,
		OrderByComparator<RiskFactorLevel> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByRiskProfileId;
				finderArgs = new Object[] {riskProfileId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByRiskProfileId;
			finderArgs = new Object[] {
				riskProfileId, start, end, orderByComparator
			};
		}

		List<RiskFactorLevel> list = null;

		if (useFinderCache) {
			list = (List<RiskFactorLevel>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (RiskFactorLevel riskFactorLevel : list) {
					if (riskProfileId != riskFactorLevel.getRiskProfileId()) {
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

			sb.append(_SQL_SELECT_RISKFACTORLEVEL_WHERE);

			sb.append(_FINDER_COLUMN_RISKPROFILEID_RISKPROFILEID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(RiskFactorLevelModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(riskProfileId);

				list = (List<RiskFactorLevel>)QueryUtil.list(
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
	 * Returns the first risk factor level in the ordered set where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk factor level
	 * @throws NoSuchRiskFactorLevelException if a matching risk factor level could not be found
	 */
	@Override
	public RiskFactorLevel findByRiskProfileId_First(
			long riskProfileId,
			OrderByComparator<RiskFactorLevel> orderByComparator)
		throws NoSuchRiskFactorLevelException {

		RiskFactorLevel riskFactorLevel = fetchByRiskProfileId_First(
			riskProfileId, orderByComparator);

		if (riskFactorLevel != null) {
			return riskFactorLevel;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("riskProfileId=");
		sb.append(riskProfileId);

		sb.append("}");

		throw new NoSuchRiskFactorLevelException(sb.toString());
	}

	/**
	 * Returns the first risk factor level in the ordered set where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk factor level, or <code>null</code> if a matching risk factor level could not be found
	 */
	@Override
	public RiskFactorLevel fetchByRiskProfileId_First(
		long riskProfileId,
		OrderByComparator<RiskFactorLevel> orderByComparator) {

		List<RiskFactorLevel> list = findByRiskProfileId(
			riskProfileId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last risk factor level in the ordered set where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk factor level
	 * @throws NoSuchRiskFactorLevelException if a matching risk factor level could not be found
	 */
	@Override
	public RiskFactorLevel findByRiskProfileId_Last(
			long riskProfileId,
			OrderByComparator<RiskFactorLevel> orderByComparator)
		throws NoSuchRiskFactorLevelException {

		RiskFactorLevel riskFactorLevel = fetchByRiskProfileId_Last(
			riskProfileId, orderByComparator);

		if (riskFactorLevel != null) {
			return riskFactorLevel;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("riskProfileId=");
		sb.append(riskProfileId);

		sb.append("}");

		throw new NoSuchRiskFactorLevelException(sb.toString());
	}

	/**
	 * Returns the last risk factor level in the ordered set where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk factor level, or <code>null</code> if a matching risk factor level could not be found
	 */
	@Override
	public RiskFactorLevel fetchByRiskProfileId_Last(
		long riskProfileId,
		OrderByComparator<RiskFactorLevel> orderByComparator) {

		int count = countByRiskProfileId(riskProfileId);

		if (count == 0) {
			return null;
		}

		List<RiskFactorLevel> list = findByRiskProfileId(
			riskProfileId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the risk factor levels before and after the current risk factor level in the ordered set where riskProfileId = &#63;.
	 *
	 * @param riskFactorLevelId the primary key of the current risk factor level
	 * @param riskProfileId the risk profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk factor level
	 * @throws NoSuchRiskFactorLevelException if a risk factor level with the primary key could not be found
	 */
	@Override
	public RiskFactorLevel[] findByRiskProfileId_PrevAndNext(
			long riskFactorLevelId, long riskProfileId,
			OrderByComparator<RiskFactorLevel> orderByComparator)
		throws NoSuchRiskFactorLevelException {

		RiskFactorLevel riskFactorLevel = findByPrimaryKey(riskFactorLevelId);

		Session session = null;

		try {
			session = openSession();

			RiskFactorLevel[] array = new RiskFactorLevelImpl[3];

			array[0] = getByRiskProfileId_PrevAndNext(
				session, riskFactorLevel, riskProfileId, orderByComparator,
				true);

			array[1] = riskFactorLevel;

			array[2] = getByRiskProfileId_PrevAndNext(
				session, riskFactorLevel, riskProfileId, orderByComparator,
				false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected RiskFactorLevel getByRiskProfileId_PrevAndNext(
		Session session, RiskFactorLevel riskFactorLevel, long riskProfileId,
		OrderByComparator<RiskFactorLevel> orderByComparator,
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

		sb.append(_SQL_SELECT_RISKFACTORLEVEL_WHERE);

		sb.append(_FINDER_COLUMN_RISKPROFILEID_RISKPROFILEID_2);

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
			sb.append(RiskFactorLevelModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(riskProfileId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						riskFactorLevel)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<RiskFactorLevel> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the risk factor levels where riskProfileId = &#63; from the database.
	 *
	 * @param riskProfileId the risk profile ID
	 */
	@Override
	public void removeByRiskProfileId(long riskProfileId) {
		for (RiskFactorLevel riskFactorLevel :
				findByRiskProfileId(
					riskProfileId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(riskFactorLevel);
		}
	}

	/**
	 * Returns the number of risk factor levels where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @return the number of matching risk factor levels
	 */
	@Override
	public int countByRiskProfileId(long riskProfileId) {
		FinderPath finderPath = _finderPathCountByRiskProfileId;

		Object[] finderArgs = new Object[] {riskProfileId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_RISKFACTORLEVEL_WHERE);

			sb.append(_FINDER_COLUMN_RISKPROFILEID_RISKPROFILEID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(riskProfileId);

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

	private static final String _FINDER_COLUMN_RISKPROFILEID_RISKPROFILEID_2 =
		"riskFactorLevel.riskProfileId = ?";

	public RiskFactorLevelPersistenceImpl() {
		setModelClass(RiskFactorLevel.class);

		setModelImplClass(RiskFactorLevelImpl.class);
		setModelPKClass(long.class);

		setTable(RiskFactorLevelTable.INSTANCE);
	}

	/**
	 * Caches the risk factor level in the entity cache if it is enabled.
	 *
	 * @param riskFactorLevel the risk factor level
	 */
	@Override
	public void cacheResult(RiskFactorLevel riskFactorLevel) {
		entityCache.putResult(
			RiskFactorLevelImpl.class, riskFactorLevel.getPrimaryKey(),
			riskFactorLevel);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the risk factor levels in the entity cache if it is enabled.
	 *
	 * @param riskFactorLevels the risk factor levels
	 */
	@Override
	public void cacheResult(List<RiskFactorLevel> riskFactorLevels) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (riskFactorLevels.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (RiskFactorLevel riskFactorLevel : riskFactorLevels) {
			if (entityCache.getResult(
					RiskFactorLevelImpl.class,
					riskFactorLevel.getPrimaryKey()) == null) {

				cacheResult(riskFactorLevel);
			}
		}
	}

	/**
	 * Clears the cache for all risk factor levels.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(RiskFactorLevelImpl.class);

		finderCache.clearCache(RiskFactorLevelImpl.class);
	}

	/**
	 * Clears the cache for the risk factor level.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(RiskFactorLevel riskFactorLevel) {
		entityCache.removeResult(RiskFactorLevelImpl.class, riskFactorLevel);
	}

	@Override
	public void clearCache(List<RiskFactorLevel> riskFactorLevels) {
		for (RiskFactorLevel riskFactorLevel : riskFactorLevels) {
			entityCache.removeResult(
				RiskFactorLevelImpl.class, riskFactorLevel);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(RiskFactorLevelImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(RiskFactorLevelImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new risk factor level with the primary key. Does not add the risk factor level to the database.
	 *
	 * @param riskFactorLevelId the primary key for the new risk factor level
	 * @return the new risk factor level
	 */
	@Override
	public RiskFactorLevel create(long riskFactorLevelId) {
		RiskFactorLevel riskFactorLevel = new RiskFactorLevelImpl();

		riskFactorLevel.setNew(true);
		riskFactorLevel.setPrimaryKey(riskFactorLevelId);

		riskFactorLevel.setCompanyId(CompanyThreadLocal.getCompanyId());

		return riskFactorLevel;
	}

	/**
	 * Removes the risk factor level with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param riskFactorLevelId the primary key of the risk factor level
	 * @return the risk factor level that was removed
	 * @throws NoSuchRiskFactorLevelException if a risk factor level with the primary key could not be found
	 */
	@Override
	public RiskFactorLevel remove(long riskFactorLevelId)
		throws NoSuchRiskFactorLevelException {

		return remove((Serializable)riskFactorLevelId);
	}

	/**
	 * Removes the risk factor level with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the risk factor level
	 * @return the risk factor level that was removed
	 * @throws NoSuchRiskFactorLevelException if a risk factor level with the primary key could not be found
	 */
	@Override
	public RiskFactorLevel remove(Serializable primaryKey)
		throws NoSuchRiskFactorLevelException {

		Session session = null;

		try {
			session = openSession();

			RiskFactorLevel riskFactorLevel = (RiskFactorLevel)session.get(
				RiskFactorLevelImpl.class, primaryKey);

			if (riskFactorLevel == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchRiskFactorLevelException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(riskFactorLevel);
		}
		catch (NoSuchRiskFactorLevelException noSuchEntityException) {
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
	protected RiskFactorLevel removeImpl(RiskFactorLevel riskFactorLevel) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(riskFactorLevel)) {
				riskFactorLevel = (RiskFactorLevel)session.get(
					RiskFactorLevelImpl.class,
					riskFactorLevel.getPrimaryKeyObj());
			}

			if (riskFactorLevel != null) {
				session.delete(riskFactorLevel);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (riskFactorLevel != null) {
			clearCache(riskFactorLevel);
		}

		return riskFactorLevel;
	}

	@Override
	public RiskFactorLevel updateImpl(RiskFactorLevel riskFactorLevel) {
		boolean isNew = riskFactorLevel.isNew();

		if (!(riskFactorLevel instanceof RiskFactorLevelModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(riskFactorLevel.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					riskFactorLevel);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in riskFactorLevel proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom RiskFactorLevel implementation " +
					riskFactorLevel.getClass());
		}

		RiskFactorLevelModelImpl riskFactorLevelModelImpl =
			(RiskFactorLevelModelImpl)riskFactorLevel;

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(riskFactorLevel);
			}
			else {
				riskFactorLevel = (RiskFactorLevel)session.merge(
					riskFactorLevel);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			RiskFactorLevelImpl.class, riskFactorLevelModelImpl, false, true);

		if (isNew) {
			riskFactorLevel.setNew(false);
		}

		riskFactorLevel.resetOriginalValues();

		return riskFactorLevel;
	}

	/**
	 * Returns the risk factor level with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the risk factor level
	 * @return the risk factor level
	 * @throws NoSuchRiskFactorLevelException if a risk factor level with the primary key could not be found
	 */
	@Override
	public RiskFactorLevel findByPrimaryKey(Serializable primaryKey)
		throws NoSuchRiskFactorLevelException {

		RiskFactorLevel riskFactorLevel = fetchByPrimaryKey(primaryKey);

		if (riskFactorLevel == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchRiskFactorLevelException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return riskFactorLevel;
	}

	/**
	 * Returns the risk factor level with the primary key or throws a <code>NoSuchRiskFactorLevelException</code> if it could not be found.
	 *
	 * @param riskFactorLevelId the primary key of the risk factor level
	 * @return the risk factor level
	 * @throws NoSuchRiskFactorLevelException if a risk factor level with the primary key could not be found
	 */
	@Override
	public RiskFactorLevel findByPrimaryKey(long riskFactorLevelId)
		throws NoSuchRiskFactorLevelException {

		return findByPrimaryKey((Serializable)riskFactorLevelId);
	}

	/**
	 * Returns the risk factor level with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param riskFactorLevelId the primary key of the risk factor level
	 * @return the risk factor level, or <code>null</code> if a risk factor level with the primary key could not be found
	 */
	@Override
	public RiskFactorLevel fetchByPrimaryKey(long riskFactorLevelId) {
		return fetchByPrimaryKey((Serializable)riskFactorLevelId);
	}

	/**
	 * Returns all the risk factor levels.
	 *
	 * @return the risk factor levels
	 */
	@Override
	public List<RiskFactorLevel> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the risk factor levels.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskFactorLevelModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk factor levels
	 * @param end the upper bound of the range of risk factor levels (not inclusive)
	 * @return the range of risk factor levels
	 */
	@Override
	public List<RiskFactorLevel> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the risk factor levels.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskFactorLevelModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk factor levels
	 * @param end the upper bound of the range of risk factor levels (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of risk factor levels
	 */
	@Override
	public List<RiskFactorLevel> findAll(
		int start, int end,
		OrderByComparator<RiskFactorLevel> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the risk factor levels.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskFactorLevelModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk factor levels
	 * @param end the upper bound of the range of risk factor levels (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of risk factor levels
	 */
	@Override
	public List<RiskFactorLevel> findAll(
		int start, int end,
		OrderByComparator<RiskFactorLevel> orderByComparator,
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

		List<RiskFactorLevel> list = null;

		if (useFinderCache) {
			list = (List<RiskFactorLevel>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_RISKFACTORLEVEL);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_RISKFACTORLEVEL;

				sql = sql.concat(RiskFactorLevelModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<RiskFactorLevel>)QueryUtil.list(
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
	 * Removes all the risk factor levels from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (RiskFactorLevel riskFactorLevel : findAll()) {
			remove(riskFactorLevel);
		}
	}

	/**
	 * Returns the number of risk factor levels.
	 *
	 * @return the number of risk factor levels
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_RISKFACTORLEVEL);

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
		return "riskFactorLevelId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_RISKFACTORLEVEL;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return RiskFactorLevelModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the risk factor level persistence.
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

		_finderPathWithPaginationFindByRiskProfileId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByRiskProfileId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"riskProfileId"}, true);

		_finderPathWithoutPaginationFindByRiskProfileId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByRiskProfileId",
			new String[] {Long.class.getName()}, new String[] {"riskProfileId"},
			true);

		_finderPathCountByRiskProfileId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByRiskProfileId",
			new String[] {Long.class.getName()}, new String[] {"riskProfileId"},
			false);

		RiskFactorLevelUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		RiskFactorLevelUtil.setPersistence(null);

		entityCache.removeCache(RiskFactorLevelImpl.class.getName());
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

	private static final String _SQL_SELECT_RISKFACTORLEVEL =
		"SELECT riskFactorLevel FROM RiskFactorLevel riskFactorLevel";

	private static final String _SQL_SELECT_RISKFACTORLEVEL_WHERE =
		"SELECT riskFactorLevel FROM RiskFactorLevel riskFactorLevel WHERE ";

	private static final String _SQL_COUNT_RISKFACTORLEVEL =
		"SELECT COUNT(riskFactorLevel) FROM RiskFactorLevel riskFactorLevel";

	private static final String _SQL_COUNT_RISKFACTORLEVEL_WHERE =
		"SELECT COUNT(riskFactorLevel) FROM RiskFactorLevel riskFactorLevel WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "riskFactorLevel.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No RiskFactorLevel exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No RiskFactorLevel exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		RiskFactorLevelPersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}