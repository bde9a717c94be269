/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.service.persistence.impl;

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

import ru.opora.cooperation.exception.NoSuchAgreementHistoryException;
import ru.opora.cooperation.model.AgreementHistory;
import ru.opora.cooperation.model.AgreementHistoryTable;
import ru.opora.cooperation.model.impl.AgreementHistoryImpl;
import ru.opora.cooperation.model.impl.AgreementHistoryModelImpl;
import ru.opora.cooperation.service.persistence.AgreementHistoryPersistence;
import ru.opora.cooperation.service.persistence.AgreementHistoryUtil;
import ru.opora.cooperation.service.persistence.impl.constants.OporaPersistenceConstants;

/**
 * The persistence implementation for the agreement history service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @generated
 */
@Component(service = AgreementHistoryPersistence.class)
public class AgreementHistoryPersistenceImpl
	extends BasePersistenceImpl<AgreementHistory>
	implements AgreementHistoryPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>AgreementHistoryUtil</code> to access the agreement history persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		AgreementHistoryImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathWithPaginationFindByAgreementId;
	private FinderPath _finderPathWithoutPaginationFindByAgreementId;
	private FinderPath _finderPathCountByAgreementId;

	/**
	 * Returns all the agreement histories where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @return the matching agreement histories
	 */
	@Override
	public List<AgreementHistory> findByAgreementId(long agreementId) {
		return findByAgreementId(
			agreementId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the agreement histories where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementHistoryModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement histories
	 * @param end the upper bound of the range of agreement histories (not inclusive)
	 * @return the range of matching agreement histories
	 */
	@Override
	public List<AgreementHistory> findByAgreementId(
		long agreementId, int start, int end) {

		return findByAgreementId(agreementId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the agreement histories where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementHistoryModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement histories
	 * @param end the upper bound of the range of agreement histories (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching agreement histories
	 */
	@Override
	public List<AgreementHistory> findByAgreementId(
		long agreementId, int start, int end,
		OrderByComparator<AgreementHistory> orderByComparator) {

		return findByAgreementId(
			agreementId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the agreement histories where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementHistoryModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement histories
	 * @param end the upper bound of the range of agreement histories (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching agreement histories
	 */
	@Override
	public List<AgreementHistory> findByAgreementId(
		long agreementId, int start, int end,
		OrderByComparator<AgreementHistory> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByAgreementId;
				finderArgs = new Object[] {agreementId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByAgreementId;
			finderArgs = new Object[] {
				agreementId, start, end, orderByComparator
			};
		}

		List<AgreementHistory> list = null;

		if (useFinderCache) {
			list = (List<AgreementHistory>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (AgreementHistory agreementHistory : list) {
					if (agreementId != agreementHistory.getAgreementId()) {
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

			sb.append(_SQL_SELECT_AGREEMENTHISTORY_WHERE);

			sb.append(_FINDER_COLUMN_AGREEMENTID_AGREEMENTID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(AgreementHistoryModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(agreementId);

				list = (List<AgreementHistory>)QueryUtil.list(
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
	 * Returns the first agreement history in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement history
	 * @throws NoSuchAgreementHistoryException if a matching agreement history could not be found
	 */
	@Override
	public AgreementHistory findByAgreementId_First(
			long agreementId,
			OrderByComparator<AgreementHistory> orderByComparator)
		throws NoSuchAgreementHistoryException {

		AgreementHistory agreementHistory = fetchByAgreementId_First(
			agreementId, orderByComparator);

		if (agreementHistory != null) {
			return agreementHistory;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("agreementId=");
		sb.append(agreementId);

		sb.append("}");

		throw new NoSuchAgreementHistoryException(sb.toString());
	}

	/**
	 * Returns the first agreement history in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement history, or <code>null</code> if a matching agreement history could not be found
	 */
	@Override
	public AgreementHistory fetchByAgreementId_First(
		long agreementId,
		OrderByComparator<AgreementHistory> orderByComparator) {

		List<AgreementHistory> list = findByAgreementId(
			agreementId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last agreement history in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement history
	 * @throws NoSuchAgreementHistoryException if a matching agreement history could not be found
	 */
	@Override
	public AgreementHistory findByAgreementId_Last(
			long agreementId,
			OrderByComparator<AgreementHistory> orderByComparator)
		throws NoSuchAgreementHistoryException {

		AgreementHistory agreementHistory = fetchByAgreementId_Last(
			agreementId, orderByComparator);

		if (agreementHistory != null) {
			return agreementHistory;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("agreementId=");
		sb.append(agreementId);

		sb.append("}");

		throw new NoSuchAgreementHistoryException(sb.toString());
	}

	/**
	 * Returns the last agreement history in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement history, or <code>null</code> if a matching agreement history could not be found
	 */
	@Override
	public AgreementHistory fetchByAgreementId_Last(
		long agreementId,
		OrderByComparator<AgreementHistory> orderByComparator) {

		int count = countByAgreementId(agreementId);

		if (count == 0) {
			return null;
		}

		List<AgreementHistory> list = findByAgreementId(
			agreementId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the agreement histories before and after the current agreement history in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementHistoryId the primary key of the current agreement history
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next agreement history
	 * @throws NoSuchAgreementHistoryException if a agreement history with the primary key could not be found
	 */
	@Override
	public AgreementHistory[] findByAgreementId_PrevAndNext(
			long agreementHistoryId, long agreementId,
			OrderByComparator<AgreementHistory> orderByComparator)
		throws NoSuchAgreementHistoryException {

		AgreementHistory agreementHistory = findByPrimaryKey(
			agreementHistoryId);

		Session session = null;

		try {
			session = openSession();

			AgreementHistory[] array = new AgreementHistoryImpl[3];

			array[0] = getByAgreementId_PrevAndNext(
				session, agreementHistory, agreementId, orderByComparator,
				true);

			array[1] = agreementHistory;

			array[2] = getByAgreementId_PrevAndNext(
				session, agreementHistory, agreementId, orderByComparator,
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

	protected AgreementHistory getByAgreementId_PrevAndNext(
		Session session, AgreementHistory agreementHistory, long agreementId,
		OrderByComparator<AgreementHistory> orderByComparator,
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

		sb.append(_SQL_SELECT_AGREEMENTHISTORY_WHERE);

		sb.append(_FINDER_COLUMN_AGREEMENTID_AGREEMENTID_2);

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
			sb.append(AgreementHistoryModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(agreementId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						agreementHistory)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<AgreementHistory> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the agreement histories where agreementId = &#63; from the database.
	 *
	 * @param agreementId the agreement ID
	 */
	@Override
	public void removeByAgreementId(long agreementId) {
		for (AgreementHistory agreementHistory :
				findByAgreementId(
					agreementId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(agreementHistory);
		}
	}

	/**
	 * Returns the number of agreement histories where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @return the number of matching agreement histories
	 */
	@Override
	public int countByAgreementId(long agreementId) {
		FinderPath finderPath = _finderPathCountByAgreementId;

		Object[] finderArgs = new Object[] {agreementId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_AGREEMENTHISTORY_WHERE);

			sb.append(_FINDER_COLUMN_AGREEMENTID_AGREEMENTID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(agreementId);

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

	private static final String _FINDER_COLUMN_AGREEMENTID_AGREEMENTID_2 =
		"agreementHistory.agreementId = ?";

	public AgreementHistoryPersistenceImpl() {
		Map<String, String> dbColumnNames = new HashMap<String, String>();

		dbColumnNames.put("comment", "comment_");

		setDBColumnNames(dbColumnNames);

		setModelClass(AgreementHistory.class);

		setModelImplClass(AgreementHistoryImpl.class);
		setModelPKClass(long.class);

		setTable(AgreementHistoryTable.INSTANCE);
	}

	/**
	 * Caches the agreement history in the entity cache if it is enabled.
	 *
	 * @param agreementHistory the agreement history
	 */
	@Override
	public void cacheResult(AgreementHistory agreementHistory) {
		entityCache.putResult(
			AgreementHistoryImpl.class, agreementHistory.getPrimaryKey(),
			agreementHistory);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the agreement histories in the entity cache if it is enabled.
	 *
	 * @param agreementHistories the agreement histories
	 */
	@Override
	public void cacheResult(List<AgreementHistory> agreementHistories) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (agreementHistories.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (AgreementHistory agreementHistory : agreementHistories) {
			if (entityCache.getResult(
					AgreementHistoryImpl.class,
					agreementHistory.getPrimaryKey()) == null) {

				cacheResult(agreementHistory);
			}
		}
	}

	/**
	 * Clears the cache for all agreement histories.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(AgreementHistoryImpl.class);

		finderCache.clearCache(AgreementHistoryImpl.class);
	}

	/**
	 * Clears the cache for the agreement history.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(AgreementHistory agreementHistory) {
		entityCache.removeResult(AgreementHistoryImpl.class, agreementHistory);
	}

	@Override
	public void clearCache(List<AgreementHistory> agreementHistories) {
		for (AgreementHistory agreementHistory : agreementHistories) {
			entityCache.removeResult(
				AgreementHistoryImpl.class, agreementHistory);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(AgreementHistoryImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(AgreementHistoryImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new agreement history with the primary key. Does not add the agreement history to the database.
	 *
	 * @param agreementHistoryId the primary key for the new agreement history
	 * @return the new agreement history
	 */
	@Override
	public AgreementHistory create(long agreementHistoryId) {
		AgreementHistory agreementHistory = new AgreementHistoryImpl();

		agreementHistory.setNew(true);
		agreementHistory.setPrimaryKey(agreementHistoryId);

		agreementHistory.setCompanyId(CompanyThreadLocal.getCompanyId());

		return agreementHistory;
	}

	/**
	 * Removes the agreement history with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param agreementHistoryId the primary key of the agreement history
	 * @return the agreement history that was removed
	 * @throws NoSuchAgreementHistoryException if a agreement history with the primary key could not be found
	 */
	@Override
	public AgreementHistory remove(long agreementHistoryId)
		throws NoSuchAgreementHistoryException {

		return remove((Serializable)agreementHistoryId);
	}

	/**
	 * Removes the agreement history with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the agreement history
	 * @return the agreement history that was removed
	 * @throws NoSuchAgreementHistoryException if a agreement history with the primary key could not be found
	 */
	@Override
	public AgreementHistory remove(Serializable primaryKey)
		throws NoSuchAgreementHistoryException {

		Session session = null;

		try {
			session = openSession();

			AgreementHistory agreementHistory = (AgreementHistory)session.get(
				AgreementHistoryImpl.class, primaryKey);

			if (agreementHistory == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchAgreementHistoryException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(agreementHistory);
		}
		catch (NoSuchAgreementHistoryException noSuchEntityException) {
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
	protected AgreementHistory removeImpl(AgreementHistory agreementHistory) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(agreementHistory)) {
				agreementHistory = (AgreementHistory)session.get(
					AgreementHistoryImpl.class,
					agreementHistory.getPrimaryKeyObj());
			}

			if (agreementHistory != null) {
				session.delete(agreementHistory);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (agreementHistory != null) {
			clearCache(agreementHistory);
		}

		return agreementHistory;
	}

	@Override
	public AgreementHistory updateImpl(AgreementHistory agreementHistory) {
		boolean isNew = agreementHistory.isNew();

		if (!(agreementHistory instanceof AgreementHistoryModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(agreementHistory.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					agreementHistory);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in agreementHistory proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom AgreementHistory implementation " +
					agreementHistory.getClass());
		}

		AgreementHistoryModelImpl agreementHistoryModelImpl =
			(AgreementHistoryModelImpl)agreementHistory;

		if (isNew && (agreementHistory.getCreateDate() == null)) {
			ServiceContext serviceContext =
				ServiceContextThreadLocal.getServiceContext();

			Date date = new Date();

			if (serviceContext == null) {
				agreementHistory.setCreateDate(date);
			}
			else {
				agreementHistory.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(agreementHistory);
			}
			else {
				agreementHistory = (AgreementHistory)session.merge(
					agreementHistory);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			AgreementHistoryImpl.class, agreementHistoryModelImpl, false, true);

		if (isNew) {
			agreementHistory.setNew(false);
		}

		agreementHistory.resetOriginalValues();

		return agreementHistory;
	}

	/**
	 * Returns the agreement history with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the agreement history
	 * @return the agreement history
	 * @throws NoSuchAgreementHistoryException if a agreement history with the primary key could not be found
	 */
	@Override
	public AgreementHistory findByPrimaryKey(Serializable primaryKey)
		throws NoSuchAgreementHistoryException {

		AgreementHistory agreementHistory = fetchByPrimaryKey(primaryKey);

		if (agreementHistory == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchAgreementHistoryException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return agreementHistory;
	}

	/**
	 * Returns the agreement history with the primary key or throws a <code>NoSuchAgreementHistoryException</code> if it could not be found.
	 *
	 * @param agreementHistoryId the primary key of the agreement history
	 * @return the agreement history
	 * @throws NoSuchAgreementHistoryException if a agreement history with the primary key could not be found
	 */
	@Override
	public AgreementHistory findByPrimaryKey(long agreementHistoryId)
		throws NoSuchAgreementHistoryException {

		return findByPrimaryKey((Serializable)agreementHistoryId);
	}

	/**
	 * Returns the agreement history with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param agreementHistoryId the primary key of the agreement history
	 * @return the agreement history, or <code>null</code> if a agreement history with the primary key could not be found
	 */
	@Override
	public AgreementHistory fetchByPrimaryKey(long agreementHistoryId) {
		return fetchByPrimaryKey((Serializable)agreementHistoryId);
	}

	/**
	 * Returns all the agreement histories.
	 *
	 * @return the agreement histories
	 */
	@Override
	public List<AgreementHistory> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the agreement histories.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementHistoryModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement histories
	 * @param end the upper bound of the range of agreement histories (not inclusive)
	 * @return the range of agreement histories
	 */
	@Override
	public List<AgreementHistory> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the agreement histories.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementHistoryModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement histories
	 * @param end the upper bound of the range of agreement histories (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of agreement histories
	 */
	@Override
	public List<AgreementHistory> findAll(
		int start, int end,
		OrderByComparator<AgreementHistory> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the agreement histories.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementHistoryModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement histories
	 * @param end the upper bound of the range of agreement histories (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of agreement histories
	 */
	@Override
	public List<AgreementHistory> findAll(
		int start, int end,
		OrderByComparator<AgreementHistory> orderByComparator,
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

		List<AgreementHistory> list = null;

		if (useFinderCache) {
			list = (List<AgreementHistory>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_AGREEMENTHISTORY);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_AGREEMENTHISTORY;

				sql = sql.concat(AgreementHistoryModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<AgreementHistory>)QueryUtil.list(
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
	 * Removes all the agreement histories from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (AgreementHistory agreementHistory : findAll()) {
			remove(agreementHistory);
		}
	}

	/**
	 * Returns the number of agreement histories.
	 *
	 * @return the number of agreement histories
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_AGREEMENTHISTORY);

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
		return "agreementHistoryId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_AGREEMENTHISTORY;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return AgreementHistoryModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the agreement history persistence.
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

		_finderPathWithPaginationFindByAgreementId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByAgreementId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"agreementId"}, true);

		_finderPathWithoutPaginationFindByAgreementId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByAgreementId",
			new String[] {Long.class.getName()}, new String[] {"agreementId"},
			true);

		_finderPathCountByAgreementId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByAgreementId",
			new String[] {Long.class.getName()}, new String[] {"agreementId"},
			false);

		AgreementHistoryUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		AgreementHistoryUtil.setPersistence(null);

		entityCache.removeCache(AgreementHistoryImpl.class.getName());
	}

	@Override
	@Reference(
		target = OporaPersistenceConstants.SERVICE_CONFIGURATION_FILTER,
		unbind = "-"
	)
	public void setConfiguration(Configuration configuration) {
	}

	@Override
	@Reference(
		target = OporaPersistenceConstants.ORIGIN_BUNDLE_SYMBOLIC_NAME_FILTER,
		unbind = "-"
	)
	public void setDataSource(DataSource dataSource) {
		super.setDataSource(dataSource);
	}

	@Override
	@Reference(
		target = OporaPersistenceConstants.ORIGIN_BUNDLE_SYMBOLIC_NAME_FILTER,
		unbind = "-"
	)
	public void setSessionFactory(SessionFactory sessionFactory) {
		super.setSessionFactory(sessionFactory);
	}

	@Reference
	protected EntityCache entityCache;

	@Reference
	protected FinderCache finderCache;

	private static final String _SQL_SELECT_AGREEMENTHISTORY =
		"SELECT agreementHistory FROM AgreementHistory agreementHistory";

	private static final String _SQL_SELECT_AGREEMENTHISTORY_WHERE =
		"SELECT agreementHistory FROM AgreementHistory agreementHistory WHERE ";

	private static final String _SQL_COUNT_AGREEMENTHISTORY =
		"SELECT COUNT(agreementHistory) FROM AgreementHistory agreementHistory";

	private static final String _SQL_COUNT_AGREEMENTHISTORY_WHERE =
		"SELECT COUNT(agreementHistory) FROM AgreementHistory agreementHistory WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "agreementHistory.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No AgreementHistory exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No AgreementHistory exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		AgreementHistoryPersistenceImpl.class);

	private static final Set<String> _badColumnNames = SetUtil.fromArray(
		new String[] {"comment"});

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}