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

import ru.opora.riskprofile.exception.NoSuchRiskReviewCommentException;
import ru.opora.riskprofile.model.RiskReviewComment;
import ru.opora.riskprofile.model.RiskReviewCommentTable;
import ru.opora.riskprofile.model.impl.RiskReviewCommentImpl;
import ru.opora.riskprofile.model.impl.RiskReviewCommentModelImpl;
import ru.opora.riskprofile.service.persistence.RiskReviewCommentPersistence;
import ru.opora.riskprofile.service.persistence.RiskReviewCommentUtil;
import ru.opora.riskprofile.service.persistence.impl.constants.OporaRpPersistenceConstants;

/**
 * The persistence implementation for the risk review comment service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @generated
 */
@Component(service = RiskReviewCommentPersistence.class)
public class RiskReviewCommentPersistenceImpl
	extends BasePersistenceImpl<RiskReviewComment>
	implements RiskReviewCommentPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>RiskReviewCommentUtil</code> to access the risk review comment persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		RiskReviewCommentImpl.class.getName();

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
	 * Returns all the risk review comments where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @return the matching risk review comments
	 */
	@Override
	public List<RiskReviewComment> findByRiskDocumentId(long riskDocumentId) {
		return findByRiskDocumentId(
			riskDocumentId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the risk review comments where riskDocumentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskReviewCommentModelImpl</code>.
	 * </p>
	 *
	 * @param riskDocumentId the risk document ID
	 * @param start the lower bound of the range of risk review comments
	 * @param end the upper bound of the range of risk review comments (not inclusive)
	 * @return the range of matching risk review comments
	 */
	@Override
	public List<RiskReviewComment> findByRiskDocumentId(
		long riskDocumentId, int start, int end) {

		return findByRiskDocumentId(riskDocumentId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the risk review comments where riskDocumentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskReviewCommentModelImpl</code>.
	 * </p>
	 *
	 * @param riskDocumentId the risk document ID
	 * @param start the lower bound of the range of risk review comments
	 * @param end the upper bound of the range of risk review comments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk review comments
	 */
	@Override
	public List<RiskReviewComment> findByRiskDocumentId(
		long riskDocumentId, int start, int end,
		OrderByComparator<RiskReviewComment> orderByComparator) {

		return findByRiskDocumentId(
			riskDocumentId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the risk review comments where riskDocumentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskReviewCommentModelImpl</code>.
	 * </p>
	 *
	 * @param riskDocumentId the risk document ID
	 * @param start the lower bound of the range of risk review comments
	 * @param end the upper bound of the range of risk review comments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching risk review comments
	 */
	@Override
	public List<RiskReviewComment> findByRiskDocumentId(
		long riskDocumentId, int start, int end,
		OrderByComparator<RiskReviewComment> orderByComparator,
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

		List<RiskReviewComment> list = null;

		if (useFinderCache) {
			list = (List<RiskReviewComment>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (RiskReviewComment riskReviewComment : list) {
					if (riskDocumentId !=
							riskReviewComment.getRiskDocumentId()) {

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

			sb.append(_SQL_SELECT_RISKREVIEWCOMMENT_WHERE);

			sb.append(_FINDER_COLUMN_RISKDOCUMENTID_RISKDOCUMENTID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(RiskReviewCommentModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(riskDocumentId);

				list = (List<RiskReviewComment>)QueryUtil.list(
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
	 * Returns the first risk review comment in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk review comment
	 * @throws NoSuchRiskReviewCommentException if a matching risk review comment could not be found
	 */
	@Override
	public RiskReviewComment findByRiskDocumentId_First(
			long riskDocumentId,
			OrderByComparator<RiskReviewComment> orderByComparator)
		throws NoSuchRiskReviewCommentException {

		RiskReviewComment riskReviewComment = fetchByRiskDocumentId_First(
			riskDocumentId, orderByComparator);

		if (riskReviewComment != null) {
			return riskReviewComment;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("riskDocumentId=");
		sb.append(riskDocumentId);

		sb.append("}");

		throw new NoSuchRiskReviewCommentException(sb.toString());
	}

	/**
	 * Returns the first risk review comment in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk review comment, or <code>null</code> if a matching risk review comment could not be found
	 */
	@Override
	public RiskReviewComment fetchByRiskDocumentId_First(
		long riskDocumentId,
		OrderByComparator<RiskReviewComment> orderByComparator) {

		List<RiskReviewComment> list = findByRiskDocumentId(
			riskDocumentId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last risk review comment in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk review comment
	 * @throws NoSuchRiskReviewCommentException if a matching risk review comment could not be found
	 */
	@Override
	public RiskReviewComment findByRiskDocumentId_Last(
			long riskDocumentId,
			OrderByComparator<RiskReviewComment> orderByComparator)
		throws NoSuchRiskReviewCommentException {

		RiskReviewComment riskReviewComment = fetchByRiskDocumentId_Last(
			riskDocumentId, orderByComparator);

		if (riskReviewComment != null) {
			return riskReviewComment;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("riskDocumentId=");
		sb.append(riskDocumentId);

		sb.append("}");

		throw new NoSuchRiskReviewCommentException(sb.toString());
	}

	/**
	 * Returns the last risk review comment in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk review comment, or <code>null</code> if a matching risk review comment could not be found
	 */
	@Override
	public RiskReviewComment fetchByRiskDocumentId_Last(
		long riskDocumentId,
		OrderByComparator<RiskReviewComment> orderByComparator) {

		int count = countByRiskDocumentId(riskDocumentId);

		if (count == 0) {
			return null;
		}

		List<RiskReviewComment> list = findByRiskDocumentId(
			riskDocumentId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the risk review comments before and after the current risk review comment in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskReviewCommentId the primary key of the current risk review comment
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk review comment
	 * @throws NoSuchRiskReviewCommentException if a risk review comment with the primary key could not be found
	 */
	@Override
	public RiskReviewComment[] findByRiskDocumentId_PrevAndNext(
			long riskReviewCommentId, long riskDocumentId,
			OrderByComparator<RiskReviewComment> orderByComparator)
		throws NoSuchRiskReviewCommentException {

		RiskReviewComment riskReviewComment = findByPrimaryKey(
			riskReviewCommentId);

		Session session = null;

		try {
			session = openSession();

			RiskReviewComment[] array = new RiskReviewCommentImpl[3];

			array[0] = getByRiskDocumentId_PrevAndNext(
				session, riskReviewComment, riskDocumentId, orderByComparator,
				true);

			array[1] = riskReviewComment;

			array[2] = getByRiskDocumentId_PrevAndNext(
				session, riskReviewComment, riskDocumentId, orderByComparator,
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

	protected RiskReviewComment getByRiskDocumentId_PrevAndNext(
		Session session, RiskReviewComment riskReviewComment,
		long riskDocumentId,
		OrderByComparator<RiskReviewComment> orderByComparator,
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

		sb.append(_SQL_SELECT_RISKREVIEWCOMMENT_WHERE);

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
			sb.append(RiskReviewCommentModelImpl.ORDER_BY_JPQL);
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
						riskReviewComment)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<RiskReviewComment> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the risk review comments where riskDocumentId = &#63; from the database.
	 *
	 * @param riskDocumentId the risk document ID
	 */
	@Override
	public void removeByRiskDocumentId(long riskDocumentId) {
		for (RiskReviewComment riskReviewComment :
				findByRiskDocumentId(
					riskDocumentId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(riskReviewComment);
		}
	}

	/**
	 * Returns the number of risk review comments where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @return the number of matching risk review comments
	 */
	@Override
	public int countByRiskDocumentId(long riskDocumentId) {
		FinderPath finderPath = _finderPathCountByRiskDocumentId;

		Object[] finderArgs = new Object[] {riskDocumentId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_RISKREVIEWCOMMENT_WHERE);

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
		"riskReviewComment.riskDocumentId = ?";

	public RiskReviewCommentPersistenceImpl() {
		Map<String, String> dbColumnNames = new HashMap<String, String>();

		dbColumnNames.put("comment", "comment_");

		setDBColumnNames(dbColumnNames);

		setModelClass(RiskReviewComment.class);

		setModelImplClass(RiskReviewCommentImpl.class);
		setModelPKClass(long.class);

		setTable(RiskReviewCommentTable.INSTANCE);
	}

	/**
	 * Caches the risk review comment in the entity cache if it is enabled.
	 *
	 * @param riskReviewComment the risk review comment
	 */
	@Override
	public void cacheResult(RiskReviewComment riskReviewComment) {
		entityCache.putResult(
			RiskReviewCommentImpl.class, riskReviewComment.getPrimaryKey(),
			riskReviewComment);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the risk review comments in the entity cache if it is enabled.
	 *
	 * @param riskReviewComments the risk review comments
	 */
	@Override
	public void cacheResult(List<RiskReviewComment> riskReviewComments) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (riskReviewComments.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (RiskReviewComment riskReviewComment : riskReviewComments) {
			if (entityCache.getResult(
					RiskReviewCommentImpl.class,
					riskReviewComment.getPrimaryKey()) == null) {

				cacheResult(riskReviewComment);
			}
		}
	}

	/**
	 * Clears the cache for all risk review comments.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(RiskReviewCommentImpl.class);

		finderCache.clearCache(RiskReviewCommentImpl.class);
	}

	/**
	 * Clears the cache for the risk review comment.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(RiskReviewComment riskReviewComment) {
		entityCache.removeResult(
			RiskReviewCommentImpl.class, riskReviewComment);
	}

	@Override
	public void clearCache(List<RiskReviewComment> riskReviewComments) {
		for (RiskReviewComment riskReviewComment : riskReviewComments) {
			entityCache.removeResult(
				RiskReviewCommentImpl.class, riskReviewComment);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(RiskReviewCommentImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(RiskReviewCommentImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new risk review comment with the primary key. Does not add the risk review comment to the database.
	 *
	 * @param riskReviewCommentId the primary key for the new risk review comment
	 * @return the new risk review comment
	 */
	@Override
	public RiskReviewComment create(long riskReviewCommentId) {
		RiskReviewComment riskReviewComment = new RiskReviewCommentImpl();

		riskReviewComment.setNew(true);
		riskReviewComment.setPrimaryKey(riskReviewCommentId);

		riskReviewComment.setCompanyId(CompanyThreadLocal.getCompanyId());

		return riskReviewComment;
	}

	/**
	 * Removes the risk review comment with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param riskReviewCommentId the primary key of the risk review comment
	 * @return the risk review comment that was removed
	 * @throws NoSuchRiskReviewCommentException if a risk review comment with the primary key could not be found
	 */
	@Override
	public RiskReviewComment remove(long riskReviewCommentId)
		throws NoSuchRiskReviewCommentException {

		return remove((Serializable)riskReviewCommentId);
	}

	/**
	 * Removes the risk review comment with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the risk review comment
	 * @return the risk review comment that was removed
	 * @throws NoSuchRiskReviewCommentException if a risk review comment with the primary key could not be found
	 */
	@Override
	public RiskReviewComment remove(Serializable primaryKey)
		throws NoSuchRiskReviewCommentException {

		Session session = null;

		try {
			session = openSession();

			RiskReviewComment riskReviewComment =
				(RiskReviewComment)session.get(
					RiskReviewCommentImpl.class, primaryKey);

			if (riskReviewComment == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchRiskReviewCommentException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(riskReviewComment);
		}
		catch (NoSuchRiskReviewCommentException noSuchEntityException) {
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
	protected RiskReviewComment removeImpl(
		RiskReviewComment riskReviewComment) {

		Session session = null;

		try {
			session = openSession();

			if (!session.contains(riskReviewComment)) {
				riskReviewComment = (RiskReviewComment)session.get(
					RiskReviewCommentImpl.class,
					riskReviewComment.getPrimaryKeyObj());
			}

			if (riskReviewComment != null) {
				session.delete(riskReviewComment);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (riskReviewComment != null) {
			clearCache(riskReviewComment);
		}

		return riskReviewComment;
	}

	@Override
	public RiskReviewComment updateImpl(RiskReviewComment riskReviewComment) {
		boolean isNew = riskReviewComment.isNew();

		if (!(riskReviewComment instanceof RiskReviewCommentModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(riskReviewComment.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					riskReviewComment);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in riskReviewComment proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom RiskReviewComment implementation " +
					riskReviewComment.getClass());
		}

		RiskReviewCommentModelImpl riskReviewCommentModelImpl =
			(RiskReviewCommentModelImpl)riskReviewComment;

		if (isNew && (riskReviewComment.getCreateDate() == null)) {
			ServiceContext serviceContext =
				ServiceContextThreadLocal.getServiceContext();

			Date date = new Date();

			if (serviceContext == null) {
				riskReviewComment.setCreateDate(date);
			}
			else {
				riskReviewComment.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(riskReviewComment);
			}
			else {
				riskReviewComment = (RiskReviewComment)session.merge(
					riskReviewComment);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			RiskReviewCommentImpl.class, riskReviewCommentModelImpl, false,
			true);

		if (isNew) {
			riskReviewComment.setNew(false);
		}

		riskReviewComment.resetOriginalValues();

		return riskReviewComment;
	}

	/**
	 * Returns the risk review comment with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the risk review comment
	 * @return the risk review comment
	 * @throws NoSuchRiskReviewCommentException if a risk review comment with the primary key could not be found
	 */
	@Override
	public RiskReviewComment findByPrimaryKey(Serializable primaryKey)
		throws NoSuchRiskReviewCommentException {

		RiskReviewComment riskReviewComment = fetchByPrimaryKey(primaryKey);

		if (riskReviewComment == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchRiskReviewCommentException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return riskReviewComment;
	}

	/**
	 * Returns the risk review comment with the primary key or throws a <code>NoSuchRiskReviewCommentException</code> if it could not be found.
	 *
	 * @param riskReviewCommentId the primary key of the risk review comment
	 * @return the risk review comment
	 * @throws NoSuchRiskReviewCommentException if a risk review comment with the primary key could not be found
	 */
	@Override
	public RiskReviewComment findByPrimaryKey(long riskReviewCommentId)
		throws NoSuchRiskReviewCommentException {

		return findByPrimaryKey((Serializable)riskReviewCommentId);
	}

	/**
	 * Returns the risk review comment with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param riskReviewCommentId the primary key of the risk review comment
	 * @return the risk review comment, or <code>null</code> if a risk review comment with the primary key could not be found
	 */
	@Override
	public RiskReviewComment fetchByPrimaryKey(long riskReviewCommentId) {
		return fetchByPrimaryKey((Serializable)riskReviewCommentId);
	}

	/**
	 * Returns all the risk review comments.
	 *
	 * @return the risk review comments
	 */
	@Override
	public List<RiskReviewComment> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the risk review comments.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskReviewCommentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk review comments
	 * @param end the upper bound of the range of risk review comments (not inclusive)
	 * @return the range of risk review comments
	 */
	@Override
	public List<RiskReviewComment> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the risk review comments.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskReviewCommentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk review comments
	 * @param end the upper bound of the range of risk review comments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of risk review comments
	 */
	@Override
	public List<RiskReviewComment> findAll(
		int start, int end,
		OrderByComparator<RiskReviewComment> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the risk review comments.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskReviewCommentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk review comments
	 * @param end the upper bound of the range of risk review comments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of risk review comments
	 */
	@Override
	public List<RiskReviewComment> findAll(
		int start, int end,
		OrderByComparator<RiskReviewComment> orderByComparator,
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

		List<RiskReviewComment> list = null;

		if (useFinderCache) {
			list = (List<RiskReviewComment>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_RISKREVIEWCOMMENT);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_RISKREVIEWCOMMENT;

				sql = sql.concat(RiskReviewCommentModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<RiskReviewComment>)QueryUtil.list(
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
	 * Removes all the risk review comments from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (RiskReviewComment riskReviewComment : findAll()) {
			remove(riskReviewComment);
		}
	}

	/**
	 * Returns the number of risk review comments.
	 *
	 * @return the number of risk review comments
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_RISKREVIEWCOMMENT);

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
		return "riskReviewCommentId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_RISKREVIEWCOMMENT;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return RiskReviewCommentModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the risk review comment persistence.
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

		RiskReviewCommentUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		RiskReviewCommentUtil.setPersistence(null);

		entityCache.removeCache(RiskReviewCommentImpl.class.getName());
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

	private static final String _SQL_SELECT_RISKREVIEWCOMMENT =
		"SELECT riskReviewComment FROM RiskReviewComment riskReviewComment";

	private static final String _SQL_SELECT_RISKREVIEWCOMMENT_WHERE =
		"SELECT riskReviewComment FROM RiskReviewComment riskReviewComment WHERE ";

	private static final String _SQL_COUNT_RISKREVIEWCOMMENT =
		"SELECT COUNT(riskReviewComment) FROM RiskReviewComment riskReviewComment";

	private static final String _SQL_COUNT_RISKREVIEWCOMMENT_WHERE =
		"SELECT COUNT(riskReviewComment) FROM RiskReviewComment riskReviewComment WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "riskReviewComment.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No RiskReviewComment exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No RiskReviewComment exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		RiskReviewCommentPersistenceImpl.class);

	private static final Set<String> _badColumnNames = SetUtil.fromArray(
		new String[] {"comment"});

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}