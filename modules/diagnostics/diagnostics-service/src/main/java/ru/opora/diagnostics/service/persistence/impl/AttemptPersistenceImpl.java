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
import com.liferay.portal.kernel.util.StringUtil;

import java.io.Serializable;

import java.lang.reflect.InvocationHandler;

import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import ru.opora.diagnostics.exception.NoSuchAttemptException;
import ru.opora.diagnostics.model.Attempt;
import ru.opora.diagnostics.model.AttemptTable;
import ru.opora.diagnostics.model.impl.AttemptImpl;
import ru.opora.diagnostics.model.impl.AttemptModelImpl;
import ru.opora.diagnostics.service.persistence.AttemptPersistence;
import ru.opora.diagnostics.service.persistence.AttemptUtil;
import ru.opora.diagnostics.service.persistence.impl.constants.OporaDiagPersistenceConstants;

/**
 * The persistence implementation for the attempt service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @generated
 */
@Component(service = AttemptPersistence.class)
public class AttemptPersistenceImpl
	extends BasePersistenceImpl<Attempt> implements AttemptPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>AttemptUtil</code> to access the attempt persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		AttemptImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathWithPaginationFindByDiagnosticSessionId;
	private FinderPath _finderPathWithoutPaginationFindByDiagnosticSessionId;
	private FinderPath _finderPathCountByDiagnosticSessionId;

	/**
	 * Returns all the attempts where diagnosticSessionId = &#63;.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @return the matching attempts
	 */
	@Override
	public List<Attempt> findByDiagnosticSessionId(long diagnosticSessionId) {
		return findByDiagnosticSessionId(
			diagnosticSessionId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the attempts where diagnosticSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttemptModelImpl</code>.
	 * </p>
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param start the lower bound of the range of attempts
	 * @param end the upper bound of the range of attempts (not inclusive)
	 * @return the range of matching attempts
	 */
	@Override
	public List<Attempt> findByDiagnosticSessionId(
		long diagnosticSessionId, int start, int end) {

		return findByDiagnosticSessionId(diagnosticSessionId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the attempts where diagnosticSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttemptModelImpl</code>.
	 * </p>
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param start the lower bound of the range of attempts
	 * @param end the upper bound of the range of attempts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching attempts
	 */
	@Override
	public List<Attempt> findByDiagnosticSessionId(
		long diagnosticSessionId, int start, int end,
		OrderByComparator<Attempt> orderByComparator) {

		return findByDiagnosticSessionId(
			diagnosticSessionId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the attempts where diagnosticSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttemptModelImpl</code>.
	 * </p>
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param start the lower bound of the range of attempts
	 * @param end the upper bound of the range of attempts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching attempts
	 */
	@Override
	public List<Attempt> findByDiagnosticSessionId(
		long diagnosticSessionId, int start, int end,
		OrderByComparator<Attempt> orderByComparator, boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath =
					_finderPathWithoutPaginationFindByDiagnosticSessionId;
				finderArgs = new Object[] {diagnosticSessionId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByDiagnosticSessionId;
			finderArgs = new Object[] {
				diagnosticSessionId, start, end, orderByComparator
			};
		}

		List<Attempt> list = null;

		if (useFinderCache) {
			list = (List<Attempt>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (Attempt attempt : list) {
					if (diagnosticSessionId !=
							attempt.getDiagnosticSessionId()) {

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

			sb.append(_SQL_SELECT_ATTEMPT_WHERE);

			sb.append(_FINDER_COLUMN_DIAGNOSTICSESSIONID_DIAGNOSTICSESSIONID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(AttemptModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(diagnosticSessionId);

				list = (List<Attempt>)QueryUtil.list(
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
	 * Returns the first attempt in the ordered set where diagnosticSessionId = &#63;.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attempt
	 * @throws NoSuchAttemptException if a matching attempt could not be found
	 */
	@Override
	public Attempt findByDiagnosticSessionId_First(
			long diagnosticSessionId,
			OrderByComparator<Attempt> orderByComparator)
		throws NoSuchAttemptException {

		Attempt attempt = fetchByDiagnosticSessionId_First(
			diagnosticSessionId, orderByComparator);

		if (attempt != null) {
			return attempt;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("diagnosticSessionId=");
		sb.append(diagnosticSessionId);

		sb.append("}");

		throw new NoSuchAttemptException(sb.toString());
	}

	/**
	 * Returns the first attempt in the ordered set where diagnosticSessionId = &#63;.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attempt, or <code>null</code> if a matching attempt could not be found
	 */
	@Override
	public Attempt fetchByDiagnosticSessionId_First(
		long diagnosticSessionId,
		OrderByComparator<Attempt> orderByComparator) {

		List<Attempt> list = findByDiagnosticSessionId(
			diagnosticSessionId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last attempt in the ordered set where diagnosticSessionId = &#63;.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attempt
	 * @throws NoSuchAttemptException if a matching attempt could not be found
	 */
	@Override
	public Attempt findByDiagnosticSessionId_Last(
			long diagnosticSessionId,
			OrderByComparator<Attempt> orderByComparator)
		throws NoSuchAttemptException {

		Attempt attempt = fetchByDiagnosticSessionId_Last(
			diagnosticSessionId, orderByComparator);

		if (attempt != null) {
			return attempt;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("diagnosticSessionId=");
		sb.append(diagnosticSessionId);

		sb.append("}");

		throw new NoSuchAttemptException(sb.toString());
	}

	/**
	 * Returns the last attempt in the ordered set where diagnosticSessionId = &#63;.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attempt, or <code>null</code> if a matching attempt could not be found
	 */
	@Override
	public Attempt fetchByDiagnosticSessionId_Last(
		long diagnosticSessionId,
		OrderByComparator<Attempt> orderByComparator) {

		int count = countByDiagnosticSessionId(diagnosticSessionId);

		if (count == 0) {
			return null;
		}

		List<Attempt> list = findByDiagnosticSessionId(
			diagnosticSessionId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the attempts before and after the current attempt in the ordered set where diagnosticSessionId = &#63;.
	 *
	 * @param attemptId the primary key of the current attempt
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next attempt
	 * @throws NoSuchAttemptException if a attempt with the primary key could not be found
	 */
	@Override
	public Attempt[] findByDiagnosticSessionId_PrevAndNext(
			long attemptId, long diagnosticSessionId,
			OrderByComparator<Attempt> orderByComparator)
		throws NoSuchAttemptException {

		Attempt attempt = findByPrimaryKey(attemptId);

		Session session = null;

		try {
			session = openSession();

			Attempt[] array = new AttemptImpl[3];

			array[0] = getByDiagnosticSessionId_PrevAndNext(
				session, attempt, diagnosticSessionId, orderByComparator, true);

			array[1] = attempt;

			array[2] = getByDiagnosticSessionId_PrevAndNext(
				session, attempt, diagnosticSessionId, orderByComparator,
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

	protected Attempt getByDiagnosticSessionId_PrevAndNext(
		Session session, Attempt attempt, long diagnosticSessionId,
		OrderByComparator<Attempt> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_ATTEMPT_WHERE);

		sb.append(_FINDER_COLUMN_DIAGNOSTICSESSIONID_DIAGNOSTICSESSIONID_2);

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
			sb.append(AttemptModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(diagnosticSessionId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(attempt)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<Attempt> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the attempts where diagnosticSessionId = &#63; from the database.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 */
	@Override
	public void removeByDiagnosticSessionId(long diagnosticSessionId) {
		for (Attempt attempt :
				findByDiagnosticSessionId(
					diagnosticSessionId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(attempt);
		}
	}

	/**
	 * Returns the number of attempts where diagnosticSessionId = &#63;.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @return the number of matching attempts
	 */
	@Override
	public int countByDiagnosticSessionId(long diagnosticSessionId) {
		FinderPath finderPath = _finderPathCountByDiagnosticSessionId;

		Object[] finderArgs = new Object[] {diagnosticSessionId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_ATTEMPT_WHERE);

			sb.append(_FINDER_COLUMN_DIAGNOSTICSESSIONID_DIAGNOSTICSESSIONID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(diagnosticSessionId);

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
		_FINDER_COLUMN_DIAGNOSTICSESSIONID_DIAGNOSTICSESSIONID_2 =
			"attempt.diagnosticSessionId = ?";

	private FinderPath _finderPathWithPaginationFindByUserId;
	private FinderPath _finderPathWithoutPaginationFindByUserId;
	private FinderPath _finderPathCountByUserId;

	/**
	 * Returns all the attempts where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the matching attempts
	 */
	@Override
	public List<Attempt> findByUserId(long userId) {
		return findByUserId(userId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the attempts where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttemptModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of attempts
	 * @param end the upper bound of the range of attempts (not inclusive)
	 * @return the range of matching attempts
	 */
	@Override
	public List<Attempt> findByUserId(long userId, int start, int end) {
		return findByUserId(userId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the attempts where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttemptModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of attempts
	 * @param end the upper bound of the range of attempts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching attempts
	 */
	@Override
	public List<Attempt> findByUserId(
		long userId, int start, int end,
		OrderByComparator<Attempt> orderByComparator) {

		return findByUserId(userId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the attempts where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttemptModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of attempts
	 * @param end the upper bound of the range of attempts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching attempts
	 */
	@Override
	public List<Attempt> findByUserId(
		long userId, int start, int end,
		OrderByComparator<Attempt> orderByComparator, boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByUserId;
				finderArgs = new Object[] {userId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByUserId;
			finderArgs = new Object[] {userId, start, end, orderByComparator};
		}

		List<Attempt> list = null;

		if (useFinderCache) {
			list = (List<Attempt>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (Attempt attempt : list) {
					if (userId != attempt.getUserId()) {
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

			sb.append(_SQL_SELECT_ATTEMPT_WHERE);

			sb.append(_FINDER_COLUMN_USERID_USERID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(AttemptModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(userId);

				list = (List<Attempt>)QueryUtil.list(
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
	 * Returns the first attempt in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attempt
	 * @throws NoSuchAttemptException if a matching attempt could not be found
	 */
	@Override
	public Attempt findByUserId_First(
			long userId, OrderByComparator<Attempt> orderByComparator)
		throws NoSuchAttemptException {

		Attempt attempt = fetchByUserId_First(userId, orderByComparator);

		if (attempt != null) {
			return attempt;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("userId=");
		sb.append(userId);

		sb.append("}");

		throw new NoSuchAttemptException(sb.toString());
	}

	/**
	 * Returns the first attempt in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attempt, or <code>null</code> if a matching attempt could not be found
	 */
	@Override
	public Attempt fetchByUserId_First(
		long userId, OrderByComparator<Attempt> orderByComparator) {

		List<Attempt> list = findByUserId(userId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last attempt in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attempt
	 * @throws NoSuchAttemptException if a matching attempt could not be found
	 */
	@Override
	public Attempt findByUserId_Last(
			long userId, OrderByComparator<Attempt> orderByComparator)
		throws NoSuchAttemptException {

		Attempt attempt = fetchByUserId_Last(userId, orderByComparator);

		if (attempt != null) {
			return attempt;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("userId=");
		sb.append(userId);

		sb.append("}");

		throw new NoSuchAttemptException(sb.toString());
	}

	/**
	 * Returns the last attempt in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attempt, or <code>null</code> if a matching attempt could not be found
	 */
	@Override
	public Attempt fetchByUserId_Last(
		long userId, OrderByComparator<Attempt> orderByComparator) {

		int count = countByUserId(userId);

		if (count == 0) {
			return null;
		}

		List<Attempt> list = findByUserId(
			userId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the attempts before and after the current attempt in the ordered set where userId = &#63;.
	 *
	 * @param attemptId the primary key of the current attempt
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next attempt
	 * @throws NoSuchAttemptException if a attempt with the primary key could not be found
	 */
	@Override
	public Attempt[] findByUserId_PrevAndNext(
			long attemptId, long userId,
			OrderByComparator<Attempt> orderByComparator)
		throws NoSuchAttemptException {

		Attempt attempt = findByPrimaryKey(attemptId);

		Session session = null;

		try {
			session = openSession();

			Attempt[] array = new AttemptImpl[3];

			array[0] = getByUserId_PrevAndNext(
				session, attempt, userId, orderByComparator, true);

			array[1] = attempt;

			array[2] = getByUserId_PrevAndNext(
				session, attempt, userId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected Attempt getByUserId_PrevAndNext(
		Session session, Attempt attempt, long userId,
		OrderByComparator<Attempt> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_ATTEMPT_WHERE);

		sb.append(_FINDER_COLUMN_USERID_USERID_2);

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
			sb.append(AttemptModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(userId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(attempt)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<Attempt> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the attempts where userId = &#63; from the database.
	 *
	 * @param userId the user ID
	 */
	@Override
	public void removeByUserId(long userId) {
		for (Attempt attempt :
				findByUserId(
					userId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(attempt);
		}
	}

	/**
	 * Returns the number of attempts where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the number of matching attempts
	 */
	@Override
	public int countByUserId(long userId) {
		FinderPath finderPath = _finderPathCountByUserId;

		Object[] finderArgs = new Object[] {userId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_ATTEMPT_WHERE);

			sb.append(_FINDER_COLUMN_USERID_USERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(userId);

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

	private static final String _FINDER_COLUMN_USERID_USERID_2 =
		"attempt.userId = ?";

	private FinderPath _finderPathWithPaginationFindByGroupId;
	private FinderPath _finderPathWithoutPaginationFindByGroupId;
	private FinderPath _finderPathCountByGroupId;

	/**
	 * Returns all the attempts where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching attempts
	 */
	@Override
	public List<Attempt> findByGroupId(long groupId) {
		return findByGroupId(
			groupId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the attempts where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttemptModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of attempts
	 * @param end the upper bound of the range of attempts (not inclusive)
	 * @return the range of matching attempts
	 */
	@Override
	public List<Attempt> findByGroupId(long groupId, int start, int end) {
		return findByGroupId(groupId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the attempts where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttemptModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of attempts
	 * @param end the upper bound of the range of attempts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching attempts
	 */
	@Override
	public List<Attempt> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<Attempt> orderByComparator) {

		return findByGroupId(groupId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the attempts where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttemptModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of attempts
	 * @param end the upper bound of the range of attempts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching attempts
	 */
	@Override
	public List<Attempt> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<Attempt> orderByComparator, boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByGroupId;
				finderArgs = new Object[] {groupId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByGroupId;
			finderArgs = new Object[] {groupId, start, end, orderByComparator};
		}

		List<Attempt> list = null;

		if (useFinderCache) {
			list = (List<Attempt>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (Attempt attempt : list) {
					if (groupId != attempt.getGroupId()) {
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

			sb.append(_SQL_SELECT_ATTEMPT_WHERE);

			sb.append(_FINDER_COLUMN_GROUPID_GROUPID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(AttemptModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

				list = (List<Attempt>)QueryUtil.list(
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
	 * Returns the first attempt in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attempt
	 * @throws NoSuchAttemptException if a matching attempt could not be found
	 */
	@Override
	public Attempt findByGroupId_First(
			long groupId, OrderByComparator<Attempt> orderByComparator)
		throws NoSuchAttemptException {

		Attempt attempt = fetchByGroupId_First(groupId, orderByComparator);

		if (attempt != null) {
			return attempt;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append("}");

		throw new NoSuchAttemptException(sb.toString());
	}

	/**
	 * Returns the first attempt in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attempt, or <code>null</code> if a matching attempt could not be found
	 */
	@Override
	public Attempt fetchByGroupId_First(
		long groupId, OrderByComparator<Attempt> orderByComparator) {

		List<Attempt> list = findByGroupId(groupId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last attempt in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attempt
	 * @throws NoSuchAttemptException if a matching attempt could not be found
	 */
	@Override
	public Attempt findByGroupId_Last(
			long groupId, OrderByComparator<Attempt> orderByComparator)
		throws NoSuchAttemptException {

		Attempt attempt = fetchByGroupId_Last(groupId, orderByComparator);

		if (attempt != null) {
			return attempt;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append("}");

		throw new NoSuchAttemptException(sb.toString());
	}

	/**
	 * Returns the last attempt in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attempt, or <code>null</code> if a matching attempt could not be found
	 */
	@Override
	public Attempt fetchByGroupId_Last(
		long groupId, OrderByComparator<Attempt> orderByComparator) {

		int count = countByGroupId(groupId);

		if (count == 0) {
			return null;
		}

		List<Attempt> list = findByGroupId(
			groupId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the attempts before and after the current attempt in the ordered set where groupId = &#63;.
	 *
	 * @param attemptId the primary key of the current attempt
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next attempt
	 * @throws NoSuchAttemptException if a attempt with the primary key could not be found
	 */
	@Override
	public Attempt[] findByGroupId_PrevAndNext(
			long attemptId, long groupId,
			OrderByComparator<Attempt> orderByComparator)
		throws NoSuchAttemptException {

		Attempt attempt = findByPrimaryKey(attemptId);

		Session session = null;

		try {
			session = openSession();

			Attempt[] array = new AttemptImpl[3];

			array[0] = getByGroupId_PrevAndNext(
				session, attempt, groupId, orderByComparator, true);

			array[1] = attempt;

			array[2] = getByGroupId_PrevAndNext(
				session, attempt, groupId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected Attempt getByGroupId_PrevAndNext(
		Session session, Attempt attempt, long groupId,
		OrderByComparator<Attempt> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_ATTEMPT_WHERE);

		sb.append(_FINDER_COLUMN_GROUPID_GROUPID_2);

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
			sb.append(AttemptModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(groupId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(attempt)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<Attempt> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the attempts where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	@Override
	public void removeByGroupId(long groupId) {
		for (Attempt attempt :
				findByGroupId(
					groupId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(attempt);
		}
	}

	/**
	 * Returns the number of attempts where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching attempts
	 */
	@Override
	public int countByGroupId(long groupId) {
		FinderPath finderPath = _finderPathCountByGroupId;

		Object[] finderArgs = new Object[] {groupId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_ATTEMPT_WHERE);

			sb.append(_FINDER_COLUMN_GROUPID_GROUPID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

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

	private static final String _FINDER_COLUMN_GROUPID_GROUPID_2 =
		"attempt.groupId = ?";

	private FinderPath _finderPathWithPaginationFindBySchoolId;
	private FinderPath _finderPathWithoutPaginationFindBySchoolId;
	private FinderPath _finderPathCountBySchoolId;

	/**
	 * Returns all the attempts where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the matching attempts
	 */
	@Override
	public List<Attempt> findBySchoolId(long schoolId) {
		return findBySchoolId(
			schoolId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the attempts where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttemptModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of attempts
	 * @param end the upper bound of the range of attempts (not inclusive)
	 * @return the range of matching attempts
	 */
	@Override
	public List<Attempt> findBySchoolId(long schoolId, int start, int end) {
		return findBySchoolId(schoolId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the attempts where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttemptModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of attempts
	 * @param end the upper bound of the range of attempts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching attempts
	 */
	@Override
	public List<Attempt> findBySchoolId(
		long schoolId, int start, int end,
		OrderByComparator<Attempt> orderByComparator) {

		return findBySchoolId(schoolId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the attempts where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttemptModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of attempts
	 * @param end the upper bound of the range of attempts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching attempts
	 */
	@Override
	public List<Attempt> findBySchoolId(
		long schoolId, int start, int end,
		OrderByComparator<Attempt> orderByComparator, boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindBySchoolId;
				finderArgs = new Object[] {schoolId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindBySchoolId;
			finderArgs = new Object[] {schoolId, start, end, orderByComparator};
		}

		List<Attempt> list = null;

		if (useFinderCache) {
			list = (List<Attempt>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (Attempt attempt : list) {
					if (schoolId != attempt.getSchoolId()) {
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

			sb.append(_SQL_SELECT_ATTEMPT_WHERE);

			sb.append(_FINDER_COLUMN_SCHOOLID_SCHOOLID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(AttemptModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(schoolId);

				list = (List<Attempt>)QueryUtil.list(
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
	 * Returns the first attempt in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attempt
	 * @throws NoSuchAttemptException if a matching attempt could not be found
	 */
	@Override
	public Attempt findBySchoolId_First(
			long schoolId, OrderByComparator<Attempt> orderByComparator)
		throws NoSuchAttemptException {

		Attempt attempt = fetchBySchoolId_First(schoolId, orderByComparator);

		if (attempt != null) {
			return attempt;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("schoolId=");
		sb.append(schoolId);

		sb.append("}");

		throw new NoSuchAttemptException(sb.toString());
	}

	/**
	 * Returns the first attempt in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attempt, or <code>null</code> if a matching attempt could not be found
	 */
	@Override
	public Attempt fetchBySchoolId_First(
		long schoolId, OrderByComparator<Attempt> orderByComparator) {

		List<Attempt> list = findBySchoolId(schoolId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last attempt in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attempt
	 * @throws NoSuchAttemptException if a matching attempt could not be found
	 */
	@Override
	public Attempt findBySchoolId_Last(
			long schoolId, OrderByComparator<Attempt> orderByComparator)
		throws NoSuchAttemptException {

		Attempt attempt = fetchBySchoolId_Last(schoolId, orderByComparator);

		if (attempt != null) {
			return attempt;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("schoolId=");
		sb.append(schoolId);

		sb.append("}");

		throw new NoSuchAttemptException(sb.toString());
	}

	/**
	 * Returns the last attempt in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attempt, or <code>null</code> if a matching attempt could not be found
	 */
	@Override
	public Attempt fetchBySchoolId_Last(
		long schoolId, OrderByComparator<Attempt> orderByComparator) {

		int count = countBySchoolId(schoolId);

		if (count == 0) {
			return null;
		}

		List<Attempt> list = findBySchoolId(
			schoolId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the attempts before and after the current attempt in the ordered set where schoolId = &#63;.
	 *
	 * @param attemptId the primary key of the current attempt
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next attempt
	 * @throws NoSuchAttemptException if a attempt with the primary key could not be found
	 */
	@Override
	public Attempt[] findBySchoolId_PrevAndNext(
			long attemptId, long schoolId,
			OrderByComparator<Attempt> orderByComparator)
		throws NoSuchAttemptException {

		Attempt attempt = findByPrimaryKey(attemptId);

		Session session = null;

		try {
			session = openSession();

			Attempt[] array = new AttemptImpl[3];

			array[0] = getBySchoolId_PrevAndNext(
				session, attempt, schoolId, orderByComparator, true);

			array[1] = attempt;

			array[2] = getBySchoolId_PrevAndNext(
				session, attempt, schoolId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected Attempt getBySchoolId_PrevAndNext(
		Session session, Attempt attempt, long schoolId,
		OrderByComparator<Attempt> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_ATTEMPT_WHERE);

		sb.append(_FINDER_COLUMN_SCHOOLID_SCHOOLID_2);

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
			sb.append(AttemptModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(schoolId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(attempt)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<Attempt> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the attempts where schoolId = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 */
	@Override
	public void removeBySchoolId(long schoolId) {
		for (Attempt attempt :
				findBySchoolId(
					schoolId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(attempt);
		}
	}

	/**
	 * Returns the number of attempts where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the number of matching attempts
	 */
	@Override
	public int countBySchoolId(long schoolId) {
		FinderPath finderPath = _finderPathCountBySchoolId;

		Object[] finderArgs = new Object[] {schoolId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_ATTEMPT_WHERE);

			sb.append(_FINDER_COLUMN_SCHOOLID_SCHOOLID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(schoolId);

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

	private static final String _FINDER_COLUMN_SCHOOLID_SCHOOLID_2 =
		"attempt.schoolId = ?";

	private FinderPath _finderPathFetchByS_U;

	/**
	 * Returns the attempt where diagnosticSessionId = &#63; and userId = &#63; or throws a <code>NoSuchAttemptException</code> if it could not be found.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param userId the user ID
	 * @return the matching attempt
	 * @throws NoSuchAttemptException if a matching attempt could not be found
	 */
	@Override
	public Attempt findByS_U(long diagnosticSessionId, long userId)
		throws NoSuchAttemptException {

		Attempt attempt = fetchByS_U(diagnosticSessionId, userId);

		if (attempt == null) {
			StringBundler sb = new StringBundler(6);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("diagnosticSessionId=");
			sb.append(diagnosticSessionId);

			sb.append(", userId=");
			sb.append(userId);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchAttemptException(sb.toString());
		}

		return attempt;
	}

	/**
	 * Returns the attempt where diagnosticSessionId = &#63; and userId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param userId the user ID
	 * @return the matching attempt, or <code>null</code> if a matching attempt could not be found
	 */
	@Override
	public Attempt fetchByS_U(long diagnosticSessionId, long userId) {
		return fetchByS_U(diagnosticSessionId, userId, true);
	}

	/**
	 * Returns the attempt where diagnosticSessionId = &#63; and userId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param userId the user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching attempt, or <code>null</code> if a matching attempt could not be found
	 */
	@Override
	public Attempt fetchByS_U(
		long diagnosticSessionId, long userId, boolean useFinderCache) {

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {diagnosticSessionId, userId};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByS_U, finderArgs, this);
		}

		if (result instanceof Attempt) {
			Attempt attempt = (Attempt)result;

			if ((diagnosticSessionId != attempt.getDiagnosticSessionId()) ||
				(userId != attempt.getUserId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_ATTEMPT_WHERE);

			sb.append(_FINDER_COLUMN_S_U_DIAGNOSTICSESSIONID_2);

			sb.append(_FINDER_COLUMN_S_U_USERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(diagnosticSessionId);

				queryPos.add(userId);

				List<Attempt> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByS_U, finderArgs, list);
					}
				}
				else {
					if (list.size() > 1) {
						Collections.sort(list, Collections.reverseOrder());

						if (_log.isWarnEnabled()) {
							if (!useFinderCache) {
								finderArgs = new Object[] {
									diagnosticSessionId, userId
								};
							}

							_log.warn(
								"AttemptPersistenceImpl.fetchByS_U(long, long, boolean) with parameters (" +
									StringUtil.merge(finderArgs) +
										") yields a result set with more than 1 result. This violates the logical unique restriction. There is no order guarantee on which result is returned by this finder.");
						}
					}

					Attempt attempt = list.get(0);

					result = attempt;

					cacheResult(attempt);
				}
			}
			catch (Exception exception) {
				throw processException(exception);
			}
			finally {
				closeSession(session);
			}
		}

		if (result instanceof List<?>) {
			return null;
		}
		else {
			return (Attempt)result;
		}
	}

	/**
	 * Removes the attempt where diagnosticSessionId = &#63; and userId = &#63; from the database.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param userId the user ID
	 * @return the attempt that was removed
	 */
	@Override
	public Attempt removeByS_U(long diagnosticSessionId, long userId)
		throws NoSuchAttemptException {

		Attempt attempt = findByS_U(diagnosticSessionId, userId);

		return remove(attempt);
	}

	/**
	 * Returns the number of attempts where diagnosticSessionId = &#63; and userId = &#63;.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param userId the user ID
	 * @return the number of matching attempts
	 */
	@Override
	public int countByS_U(long diagnosticSessionId, long userId) {
		Attempt attempt = fetchByS_U(diagnosticSessionId, userId);

		if (attempt == null) {
			return 0;
		}

		return 1;
	}

	private static final String _FINDER_COLUMN_S_U_DIAGNOSTICSESSIONID_2 =
		"attempt.diagnosticSessionId = ? AND ";

	private static final String _FINDER_COLUMN_S_U_USERID_2 =
		"attempt.userId = ?";

	public AttemptPersistenceImpl() {
		setModelClass(Attempt.class);

		setModelImplClass(AttemptImpl.class);
		setModelPKClass(long.class);

		setTable(AttemptTable.INSTANCE);
	}

	/**
	 * Caches the attempt in the entity cache if it is enabled.
	 *
	 * @param attempt the attempt
	 */
	@Override
	public void cacheResult(Attempt attempt) {
		entityCache.putResult(
			AttemptImpl.class, attempt.getPrimaryKey(), attempt);

		finderCache.putResult(
			_finderPathFetchByS_U,
			new Object[] {
				attempt.getDiagnosticSessionId(), attempt.getUserId()
			},
			attempt);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the attempts in the entity cache if it is enabled.
	 *
	 * @param attempts the attempts
	 */
	@Override
	public void cacheResult(List<Attempt> attempts) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (attempts.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (Attempt attempt : attempts) {
			if (entityCache.getResult(
					AttemptImpl.class, attempt.getPrimaryKey()) == null) {

				cacheResult(attempt);
			}
		}
	}

	/**
	 * Clears the cache for all attempts.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(AttemptImpl.class);

		finderCache.clearCache(AttemptImpl.class);
	}

	/**
	 * Clears the cache for the attempt.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(Attempt attempt) {
		entityCache.removeResult(AttemptImpl.class, attempt);
	}

	@Override
	public void clearCache(List<Attempt> attempts) {
		for (Attempt attempt : attempts) {
			entityCache.removeResult(AttemptImpl.class, attempt);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(AttemptImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(AttemptImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(AttemptModelImpl attemptModelImpl) {
		Object[] args = new Object[] {
			attemptModelImpl.getDiagnosticSessionId(),
			attemptModelImpl.getUserId()
		};

		finderCache.putResult(_finderPathFetchByS_U, args, attemptModelImpl);
	}

	/**
	 * Creates a new attempt with the primary key. Does not add the attempt to the database.
	 *
	 * @param attemptId the primary key for the new attempt
	 * @return the new attempt
	 */
	@Override
	public Attempt create(long attemptId) {
		Attempt attempt = new AttemptImpl();

		attempt.setNew(true);
		attempt.setPrimaryKey(attemptId);

		attempt.setCompanyId(CompanyThreadLocal.getCompanyId());

		return attempt;
	}

	/**
	 * Removes the attempt with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param attemptId the primary key of the attempt
	 * @return the attempt that was removed
	 * @throws NoSuchAttemptException if a attempt with the primary key could not be found
	 */
	@Override
	public Attempt remove(long attemptId) throws NoSuchAttemptException {
		return remove((Serializable)attemptId);
	}

	/**
	 * Removes the attempt with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the attempt
	 * @return the attempt that was removed
	 * @throws NoSuchAttemptException if a attempt with the primary key could not be found
	 */
	@Override
	public Attempt remove(Serializable primaryKey)
		throws NoSuchAttemptException {

		Session session = null;

		try {
			session = openSession();

			Attempt attempt = (Attempt)session.get(
				AttemptImpl.class, primaryKey);

			if (attempt == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchAttemptException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(attempt);
		}
		catch (NoSuchAttemptException noSuchEntityException) {
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
	protected Attempt removeImpl(Attempt attempt) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(attempt)) {
				attempt = (Attempt)session.get(
					AttemptImpl.class, attempt.getPrimaryKeyObj());
			}

			if (attempt != null) {
				session.delete(attempt);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (attempt != null) {
			clearCache(attempt);
		}

		return attempt;
	}

	@Override
	public Attempt updateImpl(Attempt attempt) {
		boolean isNew = attempt.isNew();

		if (!(attempt instanceof AttemptModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(attempt.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(attempt);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in attempt proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom Attempt implementation " +
					attempt.getClass());
		}

		AttemptModelImpl attemptModelImpl = (AttemptModelImpl)attempt;

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (attempt.getCreateDate() == null)) {
			if (serviceContext == null) {
				attempt.setCreateDate(date);
			}
			else {
				attempt.setCreateDate(serviceContext.getCreateDate(date));
			}
		}

		if (!attemptModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				attempt.setModifiedDate(date);
			}
			else {
				attempt.setModifiedDate(serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(attempt);
			}
			else {
				attempt = (Attempt)session.merge(attempt);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(AttemptImpl.class, attemptModelImpl, false, true);

		cacheUniqueFindersCache(attemptModelImpl);

		if (isNew) {
			attempt.setNew(false);
		}

		attempt.resetOriginalValues();

		return attempt;
	}

	/**
	 * Returns the attempt with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the attempt
	 * @return the attempt
	 * @throws NoSuchAttemptException if a attempt with the primary key could not be found
	 */
	@Override
	public Attempt findByPrimaryKey(Serializable primaryKey)
		throws NoSuchAttemptException {

		Attempt attempt = fetchByPrimaryKey(primaryKey);

		if (attempt == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchAttemptException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return attempt;
	}

	/**
	 * Returns the attempt with the primary key or throws a <code>NoSuchAttemptException</code> if it could not be found.
	 *
	 * @param attemptId the primary key of the attempt
	 * @return the attempt
	 * @throws NoSuchAttemptException if a attempt with the primary key could not be found
	 */
	@Override
	public Attempt findByPrimaryKey(long attemptId)
		throws NoSuchAttemptException {

		return findByPrimaryKey((Serializable)attemptId);
	}

	/**
	 * Returns the attempt with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param attemptId the primary key of the attempt
	 * @return the attempt, or <code>null</code> if a attempt with the primary key could not be found
	 */
	@Override
	public Attempt fetchByPrimaryKey(long attemptId) {
		return fetchByPrimaryKey((Serializable)attemptId);
	}

	/**
	 * Returns all the attempts.
	 *
	 * @return the attempts
	 */
	@Override
	public List<Attempt> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the attempts.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttemptModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of attempts
	 * @param end the upper bound of the range of attempts (not inclusive)
	 * @return the range of attempts
	 */
	@Override
	public List<Attempt> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the attempts.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttemptModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of attempts
	 * @param end the upper bound of the range of attempts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of attempts
	 */
	@Override
	public List<Attempt> findAll(
		int start, int end, OrderByComparator<Attempt> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the attempts.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttemptModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of attempts
	 * @param end the upper bound of the range of attempts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of attempts
	 */
	@Override
	public List<Attempt> findAll(
		int start, int end, OrderByComparator<Attempt> orderByComparator,
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

		List<Attempt> list = null;

		if (useFinderCache) {
			list = (List<Attempt>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_ATTEMPT);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_ATTEMPT;

				sql = sql.concat(AttemptModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<Attempt>)QueryUtil.list(
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
	 * Removes all the attempts from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (Attempt attempt : findAll()) {
			remove(attempt);
		}
	}

	/**
	 * Returns the number of attempts.
	 *
	 * @return the number of attempts
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_ATTEMPT);

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
		return "attemptId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_ATTEMPT;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return AttemptModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the attempt persistence.
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

		_finderPathWithPaginationFindByDiagnosticSessionId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByDiagnosticSessionId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"diagnosticSessionId"}, true);

		_finderPathWithoutPaginationFindByDiagnosticSessionId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION,
			"findByDiagnosticSessionId", new String[] {Long.class.getName()},
			new String[] {"diagnosticSessionId"}, true);

		_finderPathCountByDiagnosticSessionId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION,
			"countByDiagnosticSessionId", new String[] {Long.class.getName()},
			new String[] {"diagnosticSessionId"}, false);

		_finderPathWithPaginationFindByUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByUserId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"userId"}, true);

		_finderPathWithoutPaginationFindByUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByUserId",
			new String[] {Long.class.getName()}, new String[] {"userId"}, true);

		_finderPathCountByUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByUserId",
			new String[] {Long.class.getName()}, new String[] {"userId"},
			false);

		_finderPathWithPaginationFindByGroupId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByGroupId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"groupId"}, true);

		_finderPathWithoutPaginationFindByGroupId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByGroupId",
			new String[] {Long.class.getName()}, new String[] {"groupId"},
			true);

		_finderPathCountByGroupId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByGroupId",
			new String[] {Long.class.getName()}, new String[] {"groupId"},
			false);

		_finderPathWithPaginationFindBySchoolId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findBySchoolId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"schoolId"}, true);

		_finderPathWithoutPaginationFindBySchoolId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findBySchoolId",
			new String[] {Long.class.getName()}, new String[] {"schoolId"},
			true);

		_finderPathCountBySchoolId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countBySchoolId",
			new String[] {Long.class.getName()}, new String[] {"schoolId"},
			false);

		_finderPathFetchByS_U = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByS_U",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"diagnosticSessionId", "userId"}, true);

		AttemptUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		AttemptUtil.setPersistence(null);

		entityCache.removeCache(AttemptImpl.class.getName());
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

	private static final String _SQL_SELECT_ATTEMPT =
		"SELECT attempt FROM Attempt attempt";

	private static final String _SQL_SELECT_ATTEMPT_WHERE =
		"SELECT attempt FROM Attempt attempt WHERE ";

	private static final String _SQL_COUNT_ATTEMPT =
		"SELECT COUNT(attempt) FROM Attempt attempt";

	private static final String _SQL_COUNT_ATTEMPT_WHERE =
		"SELECT COUNT(attempt) FROM Attempt attempt WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "attempt.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No Attempt exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No Attempt exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		AttemptPersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}