/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.service.persistence.impl;

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

import ru.opora.mentoring.exception.NoSuchMentorAssignmentHistoryException;
import ru.opora.mentoring.model.MentorAssignmentHistory;
import ru.opora.mentoring.model.MentorAssignmentHistoryTable;
import ru.opora.mentoring.model.impl.MentorAssignmentHistoryImpl;
import ru.opora.mentoring.model.impl.MentorAssignmentHistoryModelImpl;
import ru.opora.mentoring.service.persistence.MentorAssignmentHistoryPersistence;
import ru.opora.mentoring.service.persistence.MentorAssignmentHistoryUtil;
import ru.opora.mentoring.service.persistence.impl.constants.OporaPersistenceConstants;

/**
 * The persistence implementation for the mentor assignment history service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @generated
 */
@Component(service = MentorAssignmentHistoryPersistence.class)
public class MentorAssignmentHistoryPersistenceImpl
	extends BasePersistenceImpl<MentorAssignmentHistory>
	implements MentorAssignmentHistoryPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>MentorAssignmentHistoryUtil</code> to access the mentor assignment history persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		MentorAssignmentHistoryImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathWithPaginationFindByMentorAssignmentId;
	private FinderPath _finderPathWithoutPaginationFindByMentorAssignmentId;
	private FinderPath _finderPathCountByMentorAssignmentId;

	/**
	 * Returns all the mentor assignment histories where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @return the matching mentor assignment histories
	 */
	@Override
	public List<MentorAssignmentHistory> findByMentorAssignmentId(
		long mentorAssignmentId) {

		return findByMentorAssignmentId(
			mentorAssignmentId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the mentor assignment histories where mentorAssignmentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentHistoryModelImpl</code>.
	 * </p>
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param start the lower bound of the range of mentor assignment histories
	 * @param end the upper bound of the range of mentor assignment histories (not inclusive)
	 * @return the range of matching mentor assignment histories
	 */
	@Override
	public List<MentorAssignmentHistory> findByMentorAssignmentId(
		long mentorAssignmentId, int start, int end) {

		return findByMentorAssignmentId(mentorAssignmentId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the mentor assignment histories where mentorAssignmentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentHistoryModelImpl</code>.
	 * </p>
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param start the lower bound of the range of mentor assignment histories
	 * @param end the upper bound of the range of mentor assignment histories (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentor assignment histories
	 */
	@Override
	public List<MentorAssignmentHistory> findByMentorAssignmentId(
		long mentorAssignmentId, int start, int end,
		OrderByComparator<MentorAssignmentHistory> orderByComparator) {

		return findByMentorAssignmentId(
			mentorAssignmentId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the mentor assignment histories where mentorAssignmentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentHistoryModelImpl</code>.
	 * </p>
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param start the lower bound of the range of mentor assignment histories
	 * @param end the upper bound of the range of mentor assignment histories (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentor assignment histories
	 */
	@Override
	public List<MentorAssignmentHistory> findByMentorAssignmentId(
		long mentorAssignmentId, int start, int end,
		OrderByComparator<MentorAssignmentHistory> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath =
					_finderPathWithoutPaginationFindByMentorAssignmentId;
				finderArgs = new Object[] {mentorAssignmentId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByMentorAssignmentId;
			finderArgs = new Object[] {
				mentorAssignmentId, start, end, orderByComparator
			};
		}

		List<MentorAssignmentHistory> list = null;

		if (useFinderCache) {
			list = (List<MentorAssignmentHistory>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (MentorAssignmentHistory mentorAssignmentHistory : list) {
					if (mentorAssignmentId !=
							mentorAssignmentHistory.getMentorAssignmentId()) {

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

			sb.append(_SQL_SELECT_MENTORASSIGNMENTHISTORY_WHERE);

			sb.append(_FINDER_COLUMN_MENTORASSIGNMENTID_MENTORASSIGNMENTID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(MentorAssignmentHistoryModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(mentorAssignmentId);

				list = (List<MentorAssignmentHistory>)QueryUtil.list(
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
	 * Returns the first mentor assignment history in the ordered set where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment history
	 * @throws NoSuchMentorAssignmentHistoryException if a matching mentor assignment history could not be found
	 */
	@Override
	public MentorAssignmentHistory findByMentorAssignmentId_First(
			long mentorAssignmentId,
			OrderByComparator<MentorAssignmentHistory> orderByComparator)
		throws NoSuchMentorAssignmentHistoryException {

		MentorAssignmentHistory mentorAssignmentHistory =
			fetchByMentorAssignmentId_First(
				mentorAssignmentId, orderByComparator);

		if (mentorAssignmentHistory != null) {
			return mentorAssignmentHistory;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("mentorAssignmentId=");
		sb.append(mentorAssignmentId);

		sb.append("}");

		throw new NoSuchMentorAssignmentHistoryException(sb.toString());
	}

	/**
	 * Returns the first mentor assignment history in the ordered set where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment history, or <code>null</code> if a matching mentor assignment history could not be found
	 */
	@Override
	public MentorAssignmentHistory fetchByMentorAssignmentId_First(
		long mentorAssignmentId,
		OrderByComparator<MentorAssignmentHistory> orderByComparator) {

		List<MentorAssignmentHistory> list = findByMentorAssignmentId(
			mentorAssignmentId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last mentor assignment history in the ordered set where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment history
	 * @throws NoSuchMentorAssignmentHistoryException if a matching mentor assignment history could not be found
	 */
	@Override
	public MentorAssignmentHistory findByMentorAssignmentId_Last(
			long mentorAssignmentId,
			OrderByComparator<MentorAssignmentHistory> orderByComparator)
		throws NoSuchMentorAssignmentHistoryException {

		MentorAssignmentHistory mentorAssignmentHistory =
			fetchByMentorAssignmentId_Last(
				mentorAssignmentId, orderByComparator);

		if (mentorAssignmentHistory != null) {
			return mentorAssignmentHistory;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("mentorAssignmentId=");
		sb.append(mentorAssignmentId);

		sb.append("}");

		throw new NoSuchMentorAssignmentHistoryException(sb.toString());
	}

	/**
	 * Returns the last mentor assignment history in the ordered set where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment history, or <code>null</code> if a matching mentor assignment history could not be found
	 */
	@Override
	public MentorAssignmentHistory fetchByMentorAssignmentId_Last(
		long mentorAssignmentId,
		OrderByComparator<MentorAssignmentHistory> orderByComparator) {

		int count = countByMentorAssignmentId(mentorAssignmentId);

		if (count == 0) {
			return null;
		}

		List<MentorAssignmentHistory> list = findByMentorAssignmentId(
			mentorAssignmentId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the mentor assignment histories before and after the current mentor assignment history in the ordered set where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentHistoryId the primary key of the current mentor assignment history
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor assignment history
	 * @throws NoSuchMentorAssignmentHistoryException if a mentor assignment history with the primary key could not be found
	 */
	@Override
	public MentorAssignmentHistory[] findByMentorAssignmentId_PrevAndNext(
			long mentorAssignmentHistoryId, long mentorAssignmentId,
			OrderByComparator<MentorAssignmentHistory> orderByComparator)
		throws NoSuchMentorAssignmentHistoryException {

		MentorAssignmentHistory mentorAssignmentHistory = findByPrimaryKey(
			mentorAssignmentHistoryId);

		Session session = null;

		try {
			session = openSession();

			MentorAssignmentHistory[] array =
				new MentorAssignmentHistoryImpl[3];

			array[0] = getByMentorAssignmentId_PrevAndNext(
				session, mentorAssignmentHistory, mentorAssignmentId,
				orderByComparator, true);

			array[1] = mentorAssignmentHistory;

			array[2] = getByMentorAssignmentId_PrevAndNext(
				session, mentorAssignmentHistory, mentorAssignmentId,
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

	protected MentorAssignmentHistory getByMentorAssignmentId_PrevAndNext(
		Session session, MentorAssignmentHistory mentorAssignmentHistory,
		long mentorAssignmentId,
		OrderByComparator<MentorAssignmentHistory> orderByComparator,
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

		sb.append(_SQL_SELECT_MENTORASSIGNMENTHISTORY_WHERE);

		sb.append(_FINDER_COLUMN_MENTORASSIGNMENTID_MENTORASSIGNMENTID_2);

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
			sb.append(MentorAssignmentHistoryModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(mentorAssignmentId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						mentorAssignmentHistory)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<MentorAssignmentHistory> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the mentor assignment histories where mentorAssignmentId = &#63; from the database.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 */
	@Override
	public void removeByMentorAssignmentId(long mentorAssignmentId) {
		for (MentorAssignmentHistory mentorAssignmentHistory :
				findByMentorAssignmentId(
					mentorAssignmentId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(mentorAssignmentHistory);
		}
	}

	/**
	 * Returns the number of mentor assignment histories where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @return the number of matching mentor assignment histories
	 */
	@Override
	public int countByMentorAssignmentId(long mentorAssignmentId) {
		FinderPath finderPath = _finderPathCountByMentorAssignmentId;

		Object[] finderArgs = new Object[] {mentorAssignmentId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_MENTORASSIGNMENTHISTORY_WHERE);

			sb.append(_FINDER_COLUMN_MENTORASSIGNMENTID_MENTORASSIGNMENTID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(mentorAssignmentId);

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

	private static final String
		_FINDER_COLUMN_MENTORASSIGNMENTID_MENTORASSIGNMENTID_2 =
			"mentorAssignmentHistory.mentorAssignmentId = ?";

	public MentorAssignmentHistoryPersistenceImpl() {
		Map<String, String> dbColumnNames = new HashMap<String, String>();

		dbColumnNames.put("comment", "comment_");

		setDBColumnNames(dbColumnNames);

		setModelClass(MentorAssignmentHistory.class);

		setModelImplClass(MentorAssignmentHistoryImpl.class);
		setModelPKClass(long.class);

		setTable(MentorAssignmentHistoryTable.INSTANCE);
	}

	/**
	 * Caches the mentor assignment history in the entity cache if it is enabled.
	 *
	 * @param mentorAssignmentHistory the mentor assignment history
	 */
	@Override
	public void cacheResult(MentorAssignmentHistory mentorAssignmentHistory) {
		entityCache.putResult(
			MentorAssignmentHistoryImpl.class,
			mentorAssignmentHistory.getPrimaryKey(), mentorAssignmentHistory);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the mentor assignment histories in the entity cache if it is enabled.
	 *
	 * @param mentorAssignmentHistories the mentor assignment histories
	 */
	@Override
	public void cacheResult(
		List<MentorAssignmentHistory> mentorAssignmentHistories) {

		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (mentorAssignmentHistories.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (MentorAssignmentHistory mentorAssignmentHistory :
				mentorAssignmentHistories) {

			if (entityCache.getResult(
					MentorAssignmentHistoryImpl.class,
					mentorAssignmentHistory.getPrimaryKey()) == null) {

				cacheResult(mentorAssignmentHistory);
			}
		}
	}

	/**
	 * Clears the cache for all mentor assignment histories.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(MentorAssignmentHistoryImpl.class);

		finderCache.clearCache(MentorAssignmentHistoryImpl.class);
	}

	/**
	 * Clears the cache for the mentor assignment history.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(MentorAssignmentHistory mentorAssignmentHistory) {
		entityCache.removeResult(
			MentorAssignmentHistoryImpl.class, mentorAssignmentHistory);
	}

	@Override
	public void clearCache(
		List<MentorAssignmentHistory> mentorAssignmentHistories) {

		for (MentorAssignmentHistory mentorAssignmentHistory :
				mentorAssignmentHistories) {

			entityCache.removeResult(
				MentorAssignmentHistoryImpl.class, mentorAssignmentHistory);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(MentorAssignmentHistoryImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(
				MentorAssignmentHistoryImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new mentor assignment history with the primary key. Does not add the mentor assignment history to the database.
	 *
	 * @param mentorAssignmentHistoryId the primary key for the new mentor assignment history
	 * @return the new mentor assignment history
	 */
	@Override
	public MentorAssignmentHistory create(long mentorAssignmentHistoryId) {
		MentorAssignmentHistory mentorAssignmentHistory =
			new MentorAssignmentHistoryImpl();

		mentorAssignmentHistory.setNew(true);
		mentorAssignmentHistory.setPrimaryKey(mentorAssignmentHistoryId);

		mentorAssignmentHistory.setCompanyId(CompanyThreadLocal.getCompanyId());

		return mentorAssignmentHistory;
	}

	/**
	 * Removes the mentor assignment history with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param mentorAssignmentHistoryId the primary key of the mentor assignment history
	 * @return the mentor assignment history that was removed
	 * @throws NoSuchMentorAssignmentHistoryException if a mentor assignment history with the primary key could not be found
	 */
	@Override
	public MentorAssignmentHistory remove(long mentorAssignmentHistoryId)
		throws NoSuchMentorAssignmentHistoryException {

		return remove((Serializable)mentorAssignmentHistoryId);
	}

	/**
	 * Removes the mentor assignment history with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the mentor assignment history
	 * @return the mentor assignment history that was removed
	 * @throws NoSuchMentorAssignmentHistoryException if a mentor assignment history with the primary key could not be found
	 */
	@Override
	public MentorAssignmentHistory remove(Serializable primaryKey)
		throws NoSuchMentorAssignmentHistoryException {

		Session session = null;

		try {
			session = openSession();

			MentorAssignmentHistory mentorAssignmentHistory =
				(MentorAssignmentHistory)session.get(
					MentorAssignmentHistoryImpl.class, primaryKey);

			if (mentorAssignmentHistory == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchMentorAssignmentHistoryException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(mentorAssignmentHistory);
		}
		catch (NoSuchMentorAssignmentHistoryException noSuchEntityException) {
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
	protected MentorAssignmentHistory removeImpl(
		MentorAssignmentHistory mentorAssignmentHistory) {

		Session session = null;

		try {
			session = openSession();

			if (!session.contains(mentorAssignmentHistory)) {
				mentorAssignmentHistory = (MentorAssignmentHistory)session.get(
					MentorAssignmentHistoryImpl.class,
					mentorAssignmentHistory.getPrimaryKeyObj());
			}

			if (mentorAssignmentHistory != null) {
				session.delete(mentorAssignmentHistory);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (mentorAssignmentHistory != null) {
			clearCache(mentorAssignmentHistory);
		}

		return mentorAssignmentHistory;
	}

	@Override
	public MentorAssignmentHistory updateImpl(
		MentorAssignmentHistory mentorAssignmentHistory) {

		boolean isNew = mentorAssignmentHistory.isNew();

		if (!(mentorAssignmentHistory instanceof
				MentorAssignmentHistoryModelImpl)) {

			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(mentorAssignmentHistory.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					mentorAssignmentHistory);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in mentorAssignmentHistory proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom MentorAssignmentHistory implementation " +
					mentorAssignmentHistory.getClass());
		}

		MentorAssignmentHistoryModelImpl mentorAssignmentHistoryModelImpl =
			(MentorAssignmentHistoryModelImpl)mentorAssignmentHistory;

		if (isNew && (mentorAssignmentHistory.getCreateDate() == null)) {
			ServiceContext serviceContext =
				ServiceContextThreadLocal.getServiceContext();

			Date date = new Date();

			if (serviceContext == null) {
				mentorAssignmentHistory.setCreateDate(date);
			}
			else {
				mentorAssignmentHistory.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(mentorAssignmentHistory);
			}
			else {
				mentorAssignmentHistory =
					(MentorAssignmentHistory)session.merge(
						mentorAssignmentHistory);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			MentorAssignmentHistoryImpl.class, mentorAssignmentHistoryModelImpl,
			false, true);

		if (isNew) {
			mentorAssignmentHistory.setNew(false);
		}

		mentorAssignmentHistory.resetOriginalValues();

		return mentorAssignmentHistory;
	}

	/**
	 * Returns the mentor assignment history with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the mentor assignment history
	 * @return the mentor assignment history
	 * @throws NoSuchMentorAssignmentHistoryException if a mentor assignment history with the primary key could not be found
	 */
	@Override
	public MentorAssignmentHistory findByPrimaryKey(Serializable primaryKey)
		throws NoSuchMentorAssignmentHistoryException {

		MentorAssignmentHistory mentorAssignmentHistory = fetchByPrimaryKey(
			primaryKey);

		if (mentorAssignmentHistory == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchMentorAssignmentHistoryException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return mentorAssignmentHistory;
	}

	/**
	 * Returns the mentor assignment history with the primary key or throws a <code>NoSuchMentorAssignmentHistoryException</code> if it could not be found.
	 *
	 * @param mentorAssignmentHistoryId the primary key of the mentor assignment history
	 * @return the mentor assignment history
	 * @throws NoSuchMentorAssignmentHistoryException if a mentor assignment history with the primary key could not be found
	 */
	@Override
	public MentorAssignmentHistory findByPrimaryKey(
			long mentorAssignmentHistoryId)
		throws NoSuchMentorAssignmentHistoryException {

		return findByPrimaryKey((Serializable)mentorAssignmentHistoryId);
	}

	/**
	 * Returns the mentor assignment history with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param mentorAssignmentHistoryId the primary key of the mentor assignment history
	 * @return the mentor assignment history, or <code>null</code> if a mentor assignment history with the primary key could not be found
	 */
	@Override
	public MentorAssignmentHistory fetchByPrimaryKey(
		long mentorAssignmentHistoryId) {

		return fetchByPrimaryKey((Serializable)mentorAssignmentHistoryId);
	}

	/**
	 * Returns all the mentor assignment histories.
	 *
	 * @return the mentor assignment histories
	 */
	@Override
	public List<MentorAssignmentHistory> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the mentor assignment histories.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentHistoryModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentor assignment histories
	 * @param end the upper bound of the range of mentor assignment histories (not inclusive)
	 * @return the range of mentor assignment histories
	 */
	@Override
	public List<MentorAssignmentHistory> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the mentor assignment histories.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentHistoryModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentor assignment histories
	 * @param end the upper bound of the range of mentor assignment histories (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of mentor assignment histories
	 */
	@Override
	public List<MentorAssignmentHistory> findAll(
		int start, int end,
		OrderByComparator<MentorAssignmentHistory> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the mentor assignment histories.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentHistoryModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentor assignment histories
	 * @param end the upper bound of the range of mentor assignment histories (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of mentor assignment histories
	 */
	@Override
	public List<MentorAssignmentHistory> findAll(
		int start, int end,
		OrderByComparator<MentorAssignmentHistory> orderByComparator,
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

		List<MentorAssignmentHistory> list = null;

		if (useFinderCache) {
			list = (List<MentorAssignmentHistory>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_MENTORASSIGNMENTHISTORY);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_MENTORASSIGNMENTHISTORY;

				sql = sql.concat(
					MentorAssignmentHistoryModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<MentorAssignmentHistory>)QueryUtil.list(
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
	 * Removes all the mentor assignment histories from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (MentorAssignmentHistory mentorAssignmentHistory : findAll()) {
			remove(mentorAssignmentHistory);
		}
	}

	/**
	 * Returns the number of mentor assignment histories.
	 *
	 * @return the number of mentor assignment histories
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
					_SQL_COUNT_MENTORASSIGNMENTHISTORY);

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
		return "mentorAssignmentHistoryId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_MENTORASSIGNMENTHISTORY;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return MentorAssignmentHistoryModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the mentor assignment history persistence.
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

		_finderPathWithPaginationFindByMentorAssignmentId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByMentorAssignmentId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"mentorAssignmentId"}, true);

		_finderPathWithoutPaginationFindByMentorAssignmentId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION,
			"findByMentorAssignmentId", new String[] {Long.class.getName()},
			new String[] {"mentorAssignmentId"}, true);

		_finderPathCountByMentorAssignmentId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION,
			"countByMentorAssignmentId", new String[] {Long.class.getName()},
			new String[] {"mentorAssignmentId"}, false);

		MentorAssignmentHistoryUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		MentorAssignmentHistoryUtil.setPersistence(null);

		entityCache.removeCache(MentorAssignmentHistoryImpl.class.getName());
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

	private static final String _SQL_SELECT_MENTORASSIGNMENTHISTORY =
		"SELECT mentorAssignmentHistory FROM MentorAssignmentHistory mentorAssignmentHistory";

	private static final String _SQL_SELECT_MENTORASSIGNMENTHISTORY_WHERE =
		"SELECT mentorAssignmentHistory FROM MentorAssignmentHistory mentorAssignmentHistory WHERE ";

	private static final String _SQL_COUNT_MENTORASSIGNMENTHISTORY =
		"SELECT COUNT(mentorAssignmentHistory) FROM MentorAssignmentHistory mentorAssignmentHistory";

	private static final String _SQL_COUNT_MENTORASSIGNMENTHISTORY_WHERE =
		"SELECT COUNT(mentorAssignmentHistory) FROM MentorAssignmentHistory mentorAssignmentHistory WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS =
		"mentorAssignmentHistory.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No MentorAssignmentHistory exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No MentorAssignmentHistory exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		MentorAssignmentHistoryPersistenceImpl.class);

	private static final Set<String> _badColumnNames = SetUtil.fromArray(
		new String[] {"comment"});

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}