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

import ru.opora.diagnostics.exception.NoSuchCompetenceScoreException;
import ru.opora.diagnostics.model.CompetenceScore;
import ru.opora.diagnostics.model.CompetenceScoreTable;
import ru.opora.diagnostics.model.impl.CompetenceScoreImpl;
import ru.opora.diagnostics.model.impl.CompetenceScoreModelImpl;
import ru.opora.diagnostics.service.persistence.CompetenceScorePersistence;
import ru.opora.diagnostics.service.persistence.CompetenceScoreUtil;
import ru.opora.diagnostics.service.persistence.impl.constants.OporaDiagPersistenceConstants;

/**
 * The persistence implementation for the competence score service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @generated
 */
@Component(service = CompetenceScorePersistence.class)
public class CompetenceScorePersistenceImpl
	extends BasePersistenceImpl<CompetenceScore>
	implements CompetenceScorePersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>CompetenceScoreUtil</code> to access the competence score persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		CompetenceScoreImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathWithPaginationFindByAttemptId;
	private FinderPath _finderPathWithoutPaginationFindByAttemptId;
	private FinderPath _finderPathCountByAttemptId;

	/**
	 * Returns all the competence scores where attemptId = &#63;.
	 *
	 * @param attemptId the attempt ID
	 * @return the matching competence scores
	 */
	@Override
	public List<CompetenceScore> findByAttemptId(long attemptId) {
		return findByAttemptId(
			attemptId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the competence scores where attemptId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceScoreModelImpl</code>.
	 * </p>
	 *
	 * @param attemptId the attempt ID
	 * @param start the lower bound of the range of competence scores
	 * @param end the upper bound of the range of competence scores (not inclusive)
	 * @return the range of matching competence scores
	 */
	@Override
	public List<CompetenceScore> findByAttemptId(
		long attemptId, int start, int end) {

		return findByAttemptId(attemptId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the competence scores where attemptId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceScoreModelImpl</code>.
	 * </p>
	 *
	 * @param attemptId the attempt ID
	 * @param start the lower bound of the range of competence scores
	 * @param end the upper bound of the range of competence scores (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching competence scores
	 */
	@Override
	public List<CompetenceScore> findByAttemptId(
		long attemptId, int start, int end,
		OrderByComparator<CompetenceScore> orderByComparator) {

		return findByAttemptId(attemptId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the competence scores where attemptId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceScoreModelImpl</code>.
	 * </p>
	 *
	 * @param attemptId the attempt ID
	 * @param start the lower bound of the range of competence scores
	 * @param end the upper bound of the range of competence scores (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching competence scores
	 */
	@Override
	public List<CompetenceScore> findByAttemptId(
		long attemptId, int start, int end,
		OrderByComparator<CompetenceScore> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByAttemptId;
				finderArgs = new Object[] {attemptId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByAttemptId;
			finderArgs = new Object[] {
				attemptId, start, end, orderByComparator
			};
		}

		List<CompetenceScore> list = null;

		if (useFinderCache) {
			list = (List<CompetenceScore>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (CompetenceScore competenceScore : list) {
					if (attemptId != competenceScore.getAttemptId()) {
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

			sb.append(_SQL_SELECT_COMPETENCESCORE_WHERE);

			sb.append(_FINDER_COLUMN_ATTEMPTID_ATTEMPTID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(CompetenceScoreModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(attemptId);

				list = (List<CompetenceScore>)QueryUtil.list(
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
	 * Returns the first competence score in the ordered set where attemptId = &#63;.
	 *
	 * @param attemptId the attempt ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching competence score
	 * @throws NoSuchCompetenceScoreException if a matching competence score could not be found
	 */
	@Override
	public CompetenceScore findByAttemptId_First(
			long attemptId,
			OrderByComparator<CompetenceScore> orderByComparator)
		throws NoSuchCompetenceScoreException {

		CompetenceScore competenceScore = fetchByAttemptId_First(
			attemptId, orderByComparator);

		if (competenceScore != null) {
			return competenceScore;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("attemptId=");
		sb.append(attemptId);

		sb.append("}");

		throw new NoSuchCompetenceScoreException(sb.toString());
	}

	/**
	 * Returns the first competence score in the ordered set where attemptId = &#63;.
	 *
	 * @param attemptId the attempt ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching competence score, or <code>null</code> if a matching competence score could not be found
	 */
	@Override
	public CompetenceScore fetchByAttemptId_First(
		long attemptId, OrderByComparator<CompetenceScore> orderByComparator) {

		List<CompetenceScore> list = findByAttemptId(
			attemptId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last competence score in the ordered set where attemptId = &#63;.
	 *
	 * @param attemptId the attempt ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching competence score
	 * @throws NoSuchCompetenceScoreException if a matching competence score could not be found
	 */
	@Override
	public CompetenceScore findByAttemptId_Last(
			long attemptId,
			OrderByComparator<CompetenceScore> orderByComparator)
		throws NoSuchCompetenceScoreException {

		CompetenceScore competenceScore = fetchByAttemptId_Last(
			attemptId, orderByComparator);

		if (competenceScore != null) {
			return competenceScore;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("attemptId=");
		sb.append(attemptId);

		sb.append("}");

		throw new NoSuchCompetenceScoreException(sb.toString());
	}

	/**
	 * Returns the last competence score in the ordered set where attemptId = &#63;.
	 *
	 * @param attemptId the attempt ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching competence score, or <code>null</code> if a matching competence score could not be found
	 */
	@Override
	public CompetenceScore fetchByAttemptId_Last(
		long attemptId, OrderByComparator<CompetenceScore> orderByComparator) {

		int count = countByAttemptId(attemptId);

		if (count == 0) {
			return null;
		}

		List<CompetenceScore> list = findByAttemptId(
			attemptId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the competence scores before and after the current competence score in the ordered set where attemptId = &#63;.
	 *
	 * @param competenceScoreId the primary key of the current competence score
	 * @param attemptId the attempt ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next competence score
	 * @throws NoSuchCompetenceScoreException if a competence score with the primary key could not be found
	 */
	@Override
	public CompetenceScore[] findByAttemptId_PrevAndNext(
			long competenceScoreId, long attemptId,
			OrderByComparator<CompetenceScore> orderByComparator)
		throws NoSuchCompetenceScoreException {

		CompetenceScore competenceScore = findByPrimaryKey(competenceScoreId);

		Session session = null;

		try {
			session = openSession();

			CompetenceScore[] array = new CompetenceScoreImpl[3];

			array[0] = getByAttemptId_PrevAndNext(
				session, competenceScore, attemptId, orderByComparator, true);

			array[1] = competenceScore;

			array[2] = getByAttemptId_PrevAndNext(
				session, competenceScore, attemptId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected CompetenceScore getByAttemptId_PrevAndNext(
		Session session, CompetenceScore competenceScore, long attemptId,
		OrderByComparator<CompetenceScore> orderByComparator,
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

		sb.append(_SQL_SELECT_COMPETENCESCORE_WHERE);

		sb.append(_FINDER_COLUMN_ATTEMPTID_ATTEMPTID_2);

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
			sb.append(CompetenceScoreModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(attemptId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						competenceScore)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<CompetenceScore> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the competence scores where attemptId = &#63; from the database.
	 *
	 * @param attemptId the attempt ID
	 */
	@Override
	public void removeByAttemptId(long attemptId) {
		for (CompetenceScore competenceScore :
				findByAttemptId(
					attemptId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(competenceScore);
		}
	}

	/**
	 * Returns the number of competence scores where attemptId = &#63;.
	 *
	 * @param attemptId the attempt ID
	 * @return the number of matching competence scores
	 */
	@Override
	public int countByAttemptId(long attemptId) {
		FinderPath finderPath = _finderPathCountByAttemptId;

		Object[] finderArgs = new Object[] {attemptId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_COMPETENCESCORE_WHERE);

			sb.append(_FINDER_COLUMN_ATTEMPTID_ATTEMPTID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(attemptId);

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

	private static final String _FINDER_COLUMN_ATTEMPTID_ATTEMPTID_2 =
		"competenceScore.attemptId = ?";

	public CompetenceScorePersistenceImpl() {
		setModelClass(CompetenceScore.class);

		setModelImplClass(CompetenceScoreImpl.class);
		setModelPKClass(long.class);

		setTable(CompetenceScoreTable.INSTANCE);
	}

	/**
	 * Caches the competence score in the entity cache if it is enabled.
	 *
	 * @param competenceScore the competence score
	 */
	@Override
	public void cacheResult(CompetenceScore competenceScore) {
		entityCache.putResult(
			CompetenceScoreImpl.class, competenceScore.getPrimaryKey(),
			competenceScore);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the competence scores in the entity cache if it is enabled.
	 *
	 * @param competenceScores the competence scores
	 */
	@Override
	public void cacheResult(List<CompetenceScore> competenceScores) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (competenceScores.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (CompetenceScore competenceScore : competenceScores) {
			if (entityCache.getResult(
					CompetenceScoreImpl.class,
					competenceScore.getPrimaryKey()) == null) {

				cacheResult(competenceScore);
			}
		}
	}

	/**
	 * Clears the cache for all competence scores.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(CompetenceScoreImpl.class);

		finderCache.clearCache(CompetenceScoreImpl.class);
	}

	/**
	 * Clears the cache for the competence score.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(CompetenceScore competenceScore) {
		entityCache.removeResult(CompetenceScoreImpl.class, competenceScore);
	}

	@Override
	public void clearCache(List<CompetenceScore> competenceScores) {
		for (CompetenceScore competenceScore : competenceScores) {
			entityCache.removeResult(
				CompetenceScoreImpl.class, competenceScore);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(CompetenceScoreImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(CompetenceScoreImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new competence score with the primary key. Does not add the competence score to the database.
	 *
	 * @param competenceScoreId the primary key for the new competence score
	 * @return the new competence score
	 */
	@Override
	public CompetenceScore create(long competenceScoreId) {
		CompetenceScore competenceScore = new CompetenceScoreImpl();

		competenceScore.setNew(true);
		competenceScore.setPrimaryKey(competenceScoreId);

		competenceScore.setCompanyId(CompanyThreadLocal.getCompanyId());

		return competenceScore;
	}

	/**
	 * Removes the competence score with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param competenceScoreId the primary key of the competence score
	 * @return the competence score that was removed
	 * @throws NoSuchCompetenceScoreException if a competence score with the primary key could not be found
	 */
	@Override
	public CompetenceScore remove(long competenceScoreId)
		throws NoSuchCompetenceScoreException {

		return remove((Serializable)competenceScoreId);
	}

	/**
	 * Removes the competence score with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the competence score
	 * @return the competence score that was removed
	 * @throws NoSuchCompetenceScoreException if a competence score with the primary key could not be found
	 */
	@Override
	public CompetenceScore remove(Serializable primaryKey)
		throws NoSuchCompetenceScoreException {

		Session session = null;

		try {
			session = openSession();

			CompetenceScore competenceScore = (CompetenceScore)session.get(
				CompetenceScoreImpl.class, primaryKey);

			if (competenceScore == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchCompetenceScoreException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(competenceScore);
		}
		catch (NoSuchCompetenceScoreException noSuchEntityException) {
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
	protected CompetenceScore removeImpl(CompetenceScore competenceScore) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(competenceScore)) {
				competenceScore = (CompetenceScore)session.get(
					CompetenceScoreImpl.class,
					competenceScore.getPrimaryKeyObj());
			}

			if (competenceScore != null) {
				session.delete(competenceScore);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (competenceScore != null) {
			clearCache(competenceScore);
		}

		return competenceScore;
	}

	@Override
	public CompetenceScore updateImpl(CompetenceScore competenceScore) {
		boolean isNew = competenceScore.isNew();

		if (!(competenceScore instanceof CompetenceScoreModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(competenceScore.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					competenceScore);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in competenceScore proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom CompetenceScore implementation " +
					competenceScore.getClass());
		}

		CompetenceScoreModelImpl competenceScoreModelImpl =
			(CompetenceScoreModelImpl)competenceScore;

		if (isNew && (competenceScore.getCreateDate() == null)) {
			ServiceContext serviceContext =
				ServiceContextThreadLocal.getServiceContext();

			Date date = new Date();

			if (serviceContext == null) {
				competenceScore.setCreateDate(date);
			}
			else {
				competenceScore.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(competenceScore);
			}
			else {
				competenceScore = (CompetenceScore)session.merge(
					competenceScore);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			CompetenceScoreImpl.class, competenceScoreModelImpl, false, true);

		if (isNew) {
			competenceScore.setNew(false);
		}

		competenceScore.resetOriginalValues();

		return competenceScore;
	}

	/**
	 * Returns the competence score with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the competence score
	 * @return the competence score
	 * @throws NoSuchCompetenceScoreException if a competence score with the primary key could not be found
	 */
	@Override
	public CompetenceScore findByPrimaryKey(Serializable primaryKey)
		throws NoSuchCompetenceScoreException {

		CompetenceScore competenceScore = fetchByPrimaryKey(primaryKey);

		if (competenceScore == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchCompetenceScoreException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return competenceScore;
	}

	/**
	 * Returns the competence score with the primary key or throws a <code>NoSuchCompetenceScoreException</code> if it could not be found.
	 *
	 * @param competenceScoreId the primary key of the competence score
	 * @return the competence score
	 * @throws NoSuchCompetenceScoreException if a competence score with the primary key could not be found
	 */
	@Override
	public CompetenceScore findByPrimaryKey(long competenceScoreId)
		throws NoSuchCompetenceScoreException {

		return findByPrimaryKey((Serializable)competenceScoreId);
	}

	/**
	 * Returns the competence score with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param competenceScoreId the primary key of the competence score
	 * @return the competence score, or <code>null</code> if a competence score with the primary key could not be found
	 */
	@Override
	public CompetenceScore fetchByPrimaryKey(long competenceScoreId) {
		return fetchByPrimaryKey((Serializable)competenceScoreId);
	}

	/**
	 * Returns all the competence scores.
	 *
	 * @return the competence scores
	 */
	@Override
	public List<CompetenceScore> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the competence scores.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceScoreModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of competence scores
	 * @param end the upper bound of the range of competence scores (not inclusive)
	 * @return the range of competence scores
	 */
	@Override
	public List<CompetenceScore> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the competence scores.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceScoreModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of competence scores
	 * @param end the upper bound of the range of competence scores (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of competence scores
	 */
	@Override
	public List<CompetenceScore> findAll(
		int start, int end,
		OrderByComparator<CompetenceScore> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the competence scores.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceScoreModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of competence scores
	 * @param end the upper bound of the range of competence scores (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of competence scores
	 */
	@Override
	public List<CompetenceScore> findAll(
		int start, int end,
		OrderByComparator<CompetenceScore> orderByComparator,
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

		List<CompetenceScore> list = null;

		if (useFinderCache) {
			list = (List<CompetenceScore>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_COMPETENCESCORE);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_COMPETENCESCORE;

				sql = sql.concat(CompetenceScoreModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<CompetenceScore>)QueryUtil.list(
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
	 * Removes all the competence scores from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (CompetenceScore competenceScore : findAll()) {
			remove(competenceScore);
		}
	}

	/**
	 * Returns the number of competence scores.
	 *
	 * @return the number of competence scores
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_COMPETENCESCORE);

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
		return "competenceScoreId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_COMPETENCESCORE;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return CompetenceScoreModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the competence score persistence.
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

		_finderPathWithPaginationFindByAttemptId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByAttemptId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"attemptId"}, true);

		_finderPathWithoutPaginationFindByAttemptId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByAttemptId",
			new String[] {Long.class.getName()}, new String[] {"attemptId"},
			true);

		_finderPathCountByAttemptId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByAttemptId",
			new String[] {Long.class.getName()}, new String[] {"attemptId"},
			false);

		CompetenceScoreUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		CompetenceScoreUtil.setPersistence(null);

		entityCache.removeCache(CompetenceScoreImpl.class.getName());
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

	private static final String _SQL_SELECT_COMPETENCESCORE =
		"SELECT competenceScore FROM CompetenceScore competenceScore";

	private static final String _SQL_SELECT_COMPETENCESCORE_WHERE =
		"SELECT competenceScore FROM CompetenceScore competenceScore WHERE ";

	private static final String _SQL_COUNT_COMPETENCESCORE =
		"SELECT COUNT(competenceScore) FROM CompetenceScore competenceScore";

	private static final String _SQL_COUNT_COMPETENCESCORE_WHERE =
		"SELECT COUNT(competenceScore) FROM CompetenceScore competenceScore WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "competenceScore.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No CompetenceScore exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No CompetenceScore exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		CompetenceScorePersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}