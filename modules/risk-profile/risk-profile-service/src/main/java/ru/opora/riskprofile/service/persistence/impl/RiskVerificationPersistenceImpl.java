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

import ru.opora.riskprofile.exception.NoSuchRiskVerificationException;
import ru.opora.riskprofile.model.RiskVerification;
import ru.opora.riskprofile.model.RiskVerificationTable;
import ru.opora.riskprofile.model.impl.RiskVerificationImpl;
import ru.opora.riskprofile.model.impl.RiskVerificationModelImpl;
import ru.opora.riskprofile.service.persistence.RiskVerificationPersistence;
import ru.opora.riskprofile.service.persistence.RiskVerificationUtil;
import ru.opora.riskprofile.service.persistence.impl.constants.OporaRpPersistenceConstants;

/**
 * The persistence implementation for the risk verification service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @generated
 */
@Component(service = RiskVerificationPersistence.class)
public class RiskVerificationPersistenceImpl
	extends BasePersistenceImpl<RiskVerification>
	implements RiskVerificationPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>RiskVerificationUtil</code> to access the risk verification persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		RiskVerificationImpl.class.getName();

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
	 * Returns all the risk verifications where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @return the matching risk verifications
	 */
	@Override
	public List<RiskVerification> findByRiskProfileId(long riskProfileId) {
		return findByRiskProfileId(
			riskProfileId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the risk verifications where riskProfileId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskVerificationModelImpl</code>.
	 * </p>
	 *
	 * @param riskProfileId the risk profile ID
	 * @param start the lower bound of the range of risk verifications
	 * @param end the upper bound of the range of risk verifications (not inclusive)
	 * @return the range of matching risk verifications
	 */
	@Override
	public List<RiskVerification> findByRiskProfileId(
		long riskProfileId, int start, int end) {

		return findByRiskProfileId(riskProfileId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the risk verifications where riskProfileId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskVerificationModelImpl</code>.
	 * </p>
	 *
	 * @param riskProfileId the risk profile ID
	 * @param start the lower bound of the range of risk verifications
	 * @param end the upper bound of the range of risk verifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk verifications
	 */
	@Override
	public List<RiskVerification> findByRiskProfileId(
		long riskProfileId, int start, int end,
		OrderByComparator<RiskVerification> orderByComparator) {

		return findByRiskProfileId(
			riskProfileId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the risk verifications where riskProfileId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskVerificationModelImpl</code>.
	 * </p>
	 *
	 * @param riskProfileId the risk profile ID
	 * @param start the lower bound of the range of risk verifications
	 * @param end the upper bound of the range of risk verifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching risk verifications
	 */
	@Override
	public List<RiskVerification> findByRiskProfileId(
		long riskProfileId, int start, int end,
		OrderByComparator<RiskVerification> orderByComparator,
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

		List<RiskVerification> list = null;

		if (useFinderCache) {
			list = (List<RiskVerification>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (RiskVerification riskVerification : list) {
					if (riskProfileId != riskVerification.getRiskProfileId()) {
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

			sb.append(_SQL_SELECT_RISKVERIFICATION_WHERE);

			sb.append(_FINDER_COLUMN_RISKPROFILEID_RISKPROFILEID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(RiskVerificationModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(riskProfileId);

				list = (List<RiskVerification>)QueryUtil.list(
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
	 * Returns the first risk verification in the ordered set where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk verification
	 * @throws NoSuchRiskVerificationException if a matching risk verification could not be found
	 */
	@Override
	public RiskVerification findByRiskProfileId_First(
			long riskProfileId,
			OrderByComparator<RiskVerification> orderByComparator)
		throws NoSuchRiskVerificationException {

		RiskVerification riskVerification = fetchByRiskProfileId_First(
			riskProfileId, orderByComparator);

		if (riskVerification != null) {
			return riskVerification;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("riskProfileId=");
		sb.append(riskProfileId);

		sb.append("}");

		throw new NoSuchRiskVerificationException(sb.toString());
	}

	/**
	 * Returns the first risk verification in the ordered set where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk verification, or <code>null</code> if a matching risk verification could not be found
	 */
	@Override
	public RiskVerification fetchByRiskProfileId_First(
		long riskProfileId,
		OrderByComparator<RiskVerification> orderByComparator) {

		List<RiskVerification> list = findByRiskProfileId(
			riskProfileId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last risk verification in the ordered set where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk verification
	 * @throws NoSuchRiskVerificationException if a matching risk verification could not be found
	 */
	@Override
	public RiskVerification findByRiskProfileId_Last(
			long riskProfileId,
			OrderByComparator<RiskVerification> orderByComparator)
		throws NoSuchRiskVerificationException {

		RiskVerification riskVerification = fetchByRiskProfileId_Last(
			riskProfileId, orderByComparator);

		if (riskVerification != null) {
			return riskVerification;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("riskProfileId=");
		sb.append(riskProfileId);

		sb.append("}");

		throw new NoSuchRiskVerificationException(sb.toString());
	}

	/**
	 * Returns the last risk verification in the ordered set where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk verification, or <code>null</code> if a matching risk verification could not be found
	 */
	@Override
	public RiskVerification fetchByRiskProfileId_Last(
		long riskProfileId,
		OrderByComparator<RiskVerification> orderByComparator) {

		int count = countByRiskProfileId(riskProfileId);

		if (count == 0) {
			return null;
		}

		List<RiskVerification> list = findByRiskProfileId(
			riskProfileId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the risk verifications before and after the current risk verification in the ordered set where riskProfileId = &#63;.
	 *
	 * @param riskVerificationId the primary key of the current risk verification
	 * @param riskProfileId the risk profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk verification
	 * @throws NoSuchRiskVerificationException if a risk verification with the primary key could not be found
	 */
	@Override
	public RiskVerification[] findByRiskProfileId_PrevAndNext(
			long riskVerificationId, long riskProfileId,
			OrderByComparator<RiskVerification> orderByComparator)
		throws NoSuchRiskVerificationException {

		RiskVerification riskVerification = findByPrimaryKey(
			riskVerificationId);

		Session session = null;

		try {
			session = openSession();

			RiskVerification[] array = new RiskVerificationImpl[3];

			array[0] = getByRiskProfileId_PrevAndNext(
				session, riskVerification, riskProfileId, orderByComparator,
				true);

			array[1] = riskVerification;

			array[2] = getByRiskProfileId_PrevAndNext(
				session, riskVerification, riskProfileId, orderByComparator,
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

	protected RiskVerification getByRiskProfileId_PrevAndNext(
		Session session, RiskVerification riskVerification, long riskProfileId,
		OrderByComparator<RiskVerification> orderByComparator,
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

		sb.append(_SQL_SELECT_RISKVERIFICATION_WHERE);

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
			sb.append(RiskVerificationModelImpl.ORDER_BY_JPQL);
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
						riskVerification)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<RiskVerification> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the risk verifications where riskProfileId = &#63; from the database.
	 *
	 * @param riskProfileId the risk profile ID
	 */
	@Override
	public void removeByRiskProfileId(long riskProfileId) {
		for (RiskVerification riskVerification :
				findByRiskProfileId(
					riskProfileId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(riskVerification);
		}
	}

	/**
	 * Returns the number of risk verifications where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @return the number of matching risk verifications
	 */
	@Override
	public int countByRiskProfileId(long riskProfileId) {
		FinderPath finderPath = _finderPathCountByRiskProfileId;

		Object[] finderArgs = new Object[] {riskProfileId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_RISKVERIFICATION_WHERE);

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
		"riskVerification.riskProfileId = ?";

	public RiskVerificationPersistenceImpl() {
		Map<String, String> dbColumnNames = new HashMap<String, String>();

		dbColumnNames.put("comment", "comment_");

		setDBColumnNames(dbColumnNames);

		setModelClass(RiskVerification.class);

		setModelImplClass(RiskVerificationImpl.class);
		setModelPKClass(long.class);

		setTable(RiskVerificationTable.INSTANCE);
	}

	/**
	 * Caches the risk verification in the entity cache if it is enabled.
	 *
	 * @param riskVerification the risk verification
	 */
	@Override
	public void cacheResult(RiskVerification riskVerification) {
		entityCache.putResult(
			RiskVerificationImpl.class, riskVerification.getPrimaryKey(),
			riskVerification);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the risk verifications in the entity cache if it is enabled.
	 *
	 * @param riskVerifications the risk verifications
	 */
	@Override
	public void cacheResult(List<RiskVerification> riskVerifications) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (riskVerifications.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (RiskVerification riskVerification : riskVerifications) {
			if (entityCache.getResult(
					RiskVerificationImpl.class,
					riskVerification.getPrimaryKey()) == null) {

				cacheResult(riskVerification);
			}
		}
	}

	/**
	 * Clears the cache for all risk verifications.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(RiskVerificationImpl.class);

		finderCache.clearCache(RiskVerificationImpl.class);
	}

	/**
	 * Clears the cache for the risk verification.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(RiskVerification riskVerification) {
		entityCache.removeResult(RiskVerificationImpl.class, riskVerification);
	}

	@Override
	public void clearCache(List<RiskVerification> riskVerifications) {
		for (RiskVerification riskVerification : riskVerifications) {
			entityCache.removeResult(
				RiskVerificationImpl.class, riskVerification);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(RiskVerificationImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(RiskVerificationImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new risk verification with the primary key. Does not add the risk verification to the database.
	 *
	 * @param riskVerificationId the primary key for the new risk verification
	 * @return the new risk verification
	 */
	@Override
	public RiskVerification create(long riskVerificationId) {
		RiskVerification riskVerification = new RiskVerificationImpl();

		riskVerification.setNew(true);
		riskVerification.setPrimaryKey(riskVerificationId);

		riskVerification.setCompanyId(CompanyThreadLocal.getCompanyId());

		return riskVerification;
	}

	/**
	 * Removes the risk verification with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param riskVerificationId the primary key of the risk verification
	 * @return the risk verification that was removed
	 * @throws NoSuchRiskVerificationException if a risk verification with the primary key could not be found
	 */
	@Override
	public RiskVerification remove(long riskVerificationId)
		throws NoSuchRiskVerificationException {

		return remove((Serializable)riskVerificationId);
	}

	/**
	 * Removes the risk verification with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the risk verification
	 * @return the risk verification that was removed
	 * @throws NoSuchRiskVerificationException if a risk verification with the primary key could not be found
	 */
	@Override
	public RiskVerification remove(Serializable primaryKey)
		throws NoSuchRiskVerificationException {

		Session session = null;

		try {
			session = openSession();

			RiskVerification riskVerification = (RiskVerification)session.get(
				RiskVerificationImpl.class, primaryKey);

			if (riskVerification == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchRiskVerificationException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(riskVerification);
		}
		catch (NoSuchRiskVerificationException noSuchEntityException) {
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
	protected RiskVerification removeImpl(RiskVerification riskVerification) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(riskVerification)) {
				riskVerification = (RiskVerification)session.get(
					RiskVerificationImpl.class,
					riskVerification.getPrimaryKeyObj());
			}

			if (riskVerification != null) {
				session.delete(riskVerification);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (riskVerification != null) {
			clearCache(riskVerification);
		}

		return riskVerification;
	}

	@Override
	public RiskVerification updateImpl(RiskVerification riskVerification) {
		boolean isNew = riskVerification.isNew();

		if (!(riskVerification instanceof RiskVerificationModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(riskVerification.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					riskVerification);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in riskVerification proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom RiskVerification implementation " +
					riskVerification.getClass());
		}

		RiskVerificationModelImpl riskVerificationModelImpl =
			(RiskVerificationModelImpl)riskVerification;

		if (isNew && (riskVerification.getCreateDate() == null)) {
			ServiceContext serviceContext =
				ServiceContextThreadLocal.getServiceContext();

			Date date = new Date();

			if (serviceContext == null) {
				riskVerification.setCreateDate(date);
			}
			else {
				riskVerification.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(riskVerification);
			}
			else {
				riskVerification = (RiskVerification)session.merge(
					riskVerification);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			RiskVerificationImpl.class, riskVerificationModelImpl, false, true);

		if (isNew) {
			riskVerification.setNew(false);
		}

		riskVerification.resetOriginalValues();

		return riskVerification;
	}

	/**
	 * Returns the risk verification with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the risk verification
	 * @return the risk verification
	 * @throws NoSuchRiskVerificationException if a risk verification with the primary key could not be found
	 */
	@Override
	public RiskVerification findByPrimaryKey(Serializable primaryKey)
		throws NoSuchRiskVerificationException {

		RiskVerification riskVerification = fetchByPrimaryKey(primaryKey);

		if (riskVerification == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchRiskVerificationException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return riskVerification;
	}

	/**
	 * Returns the risk verification with the primary key or throws a <code>NoSuchRiskVerificationException</code> if it could not be found.
	 *
	 * @param riskVerificationId the primary key of the risk verification
	 * @return the risk verification
	 * @throws NoSuchRiskVerificationException if a risk verification with the primary key could not be found
	 */
	@Override
	public RiskVerification findByPrimaryKey(long riskVerificationId)
		throws NoSuchRiskVerificationException {

		return findByPrimaryKey((Serializable)riskVerificationId);
	}

	/**
	 * Returns the risk verification with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param riskVerificationId the primary key of the risk verification
	 * @return the risk verification, or <code>null</code> if a risk verification with the primary key could not be found
	 */
	@Override
	public RiskVerification fetchByPrimaryKey(long riskVerificationId) {
		return fetchByPrimaryKey((Serializable)riskVerificationId);
	}

	/**
	 * Returns all the risk verifications.
	 *
	 * @return the risk verifications
	 */
	@Override
	public List<RiskVerification> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the risk verifications.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskVerificationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk verifications
	 * @param end the upper bound of the range of risk verifications (not inclusive)
	 * @return the range of risk verifications
	 */
	@Override
	public List<RiskVerification> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the risk verifications.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskVerificationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk verifications
	 * @param end the upper bound of the range of risk verifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of risk verifications
	 */
	@Override
	public List<RiskVerification> findAll(
		int start, int end,
		OrderByComparator<RiskVerification> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the risk verifications.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskVerificationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk verifications
	 * @param end the upper bound of the range of risk verifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of risk verifications
	 */
	@Override
	public List<RiskVerification> findAll(
		int start, int end,
		OrderByComparator<RiskVerification> orderByComparator,
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

		List<RiskVerification> list = null;

		if (useFinderCache) {
			list = (List<RiskVerification>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_RISKVERIFICATION);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_RISKVERIFICATION;

				sql = sql.concat(RiskVerificationModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<RiskVerification>)QueryUtil.list(
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
	 * Removes all the risk verifications from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (RiskVerification riskVerification : findAll()) {
			remove(riskVerification);
		}
	}

	/**
	 * Returns the number of risk verifications.
	 *
	 * @return the number of risk verifications
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_RISKVERIFICATION);

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
		return "riskVerificationId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_RISKVERIFICATION;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return RiskVerificationModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the risk verification persistence.
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

		RiskVerificationUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		RiskVerificationUtil.setPersistence(null);

		entityCache.removeCache(RiskVerificationImpl.class.getName());
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

	private static final String _SQL_SELECT_RISKVERIFICATION =
		"SELECT riskVerification FROM RiskVerification riskVerification";

	private static final String _SQL_SELECT_RISKVERIFICATION_WHERE =
		"SELECT riskVerification FROM RiskVerification riskVerification WHERE ";

	private static final String _SQL_COUNT_RISKVERIFICATION =
		"SELECT COUNT(riskVerification) FROM RiskVerification riskVerification";

	private static final String _SQL_COUNT_RISKVERIFICATION_WHERE =
		"SELECT COUNT(riskVerification) FROM RiskVerification riskVerification WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "riskVerification.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No RiskVerification exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No RiskVerification exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		RiskVerificationPersistenceImpl.class);

	private static final Set<String> _badColumnNames = SetUtil.fromArray(
		new String[] {"comment"});

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}