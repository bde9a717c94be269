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

import ru.opora.diagnostics.exception.NoSuchDiagnosticSessionException;
import ru.opora.diagnostics.model.DiagnosticSession;
import ru.opora.diagnostics.model.DiagnosticSessionTable;
import ru.opora.diagnostics.model.impl.DiagnosticSessionImpl;
import ru.opora.diagnostics.model.impl.DiagnosticSessionModelImpl;
import ru.opora.diagnostics.service.persistence.DiagnosticSessionPersistence;
import ru.opora.diagnostics.service.persistence.DiagnosticSessionUtil;
import ru.opora.diagnostics.service.persistence.impl.constants.OporaDiagPersistenceConstants;

/**
 * The persistence implementation for the diagnostic session service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @generated
 */
@Component(service = DiagnosticSessionPersistence.class)
public class DiagnosticSessionPersistenceImpl
	extends BasePersistenceImpl<DiagnosticSession>
	implements DiagnosticSessionPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>DiagnosticSessionUtil</code> to access the diagnostic session persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		DiagnosticSessionImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathWithPaginationFindByGroupId;
	private FinderPath _finderPathWithoutPaginationFindByGroupId;
	private FinderPath _finderPathCountByGroupId;

	/**
	 * Returns all the diagnostic sessions where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching diagnostic sessions
	 */
	@Override
	public List<DiagnosticSession> findByGroupId(long groupId) {
		return findByGroupId(
			groupId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the diagnostic sessions where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticSessionModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of diagnostic sessions
	 * @param end the upper bound of the range of diagnostic sessions (not inclusive)
	 * @return the range of matching diagnostic sessions
	 */
	@Override
	public List<DiagnosticSession> findByGroupId(
		long groupId, int start, int end) {

		return findByGroupId(groupId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the diagnostic sessions where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticSessionModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of diagnostic sessions
	 * @param end the upper bound of the range of diagnostic sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching diagnostic sessions
	 */
	@Override
	public List<DiagnosticSession> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<DiagnosticSession> orderByComparator) {

		return findByGroupId(groupId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the diagnostic sessions where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticSessionModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of diagnostic sessions
	 * @param end the upper bound of the range of diagnostic sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching diagnostic sessions
	 */
	@Override
	public List<DiagnosticSession> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<DiagnosticSession> orderByComparator,
		boolean useFinderCache) {

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

		List<DiagnosticSession> list = null;

		if (useFinderCache) {
			list = (List<DiagnosticSession>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (DiagnosticSession diagnosticSession : list) {
					if (groupId != diagnosticSession.getGroupId()) {
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

			sb.append(_SQL_SELECT_DIAGNOSTICSESSION_WHERE);

			sb.append(_FINDER_COLUMN_GROUPID_GROUPID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(DiagnosticSessionModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

				list = (List<DiagnosticSession>)QueryUtil.list(
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
	 * Returns the first diagnostic session in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching diagnostic session
	 * @throws NoSuchDiagnosticSessionException if a matching diagnostic session could not be found
	 */
	@Override
	public DiagnosticSession findByGroupId_First(
			long groupId,
			OrderByComparator<DiagnosticSession> orderByComparator)
		throws NoSuchDiagnosticSessionException {

		DiagnosticSession diagnosticSession = fetchByGroupId_First(
			groupId, orderByComparator);

		if (diagnosticSession != null) {
			return diagnosticSession;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append("}");

		throw new NoSuchDiagnosticSessionException(sb.toString());
	}

	/**
	 * Returns the first diagnostic session in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching diagnostic session, or <code>null</code> if a matching diagnostic session could not be found
	 */
	@Override
	public DiagnosticSession fetchByGroupId_First(
		long groupId, OrderByComparator<DiagnosticSession> orderByComparator) {

		List<DiagnosticSession> list = findByGroupId(
			groupId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last diagnostic session in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching diagnostic session
	 * @throws NoSuchDiagnosticSessionException if a matching diagnostic session could not be found
	 */
	@Override
	public DiagnosticSession findByGroupId_Last(
			long groupId,
			OrderByComparator<DiagnosticSession> orderByComparator)
		throws NoSuchDiagnosticSessionException {

		DiagnosticSession diagnosticSession = fetchByGroupId_Last(
			groupId, orderByComparator);

		if (diagnosticSession != null) {
			return diagnosticSession;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append("}");

		throw new NoSuchDiagnosticSessionException(sb.toString());
	}

	/**
	 * Returns the last diagnostic session in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching diagnostic session, or <code>null</code> if a matching diagnostic session could not be found
	 */
	@Override
	public DiagnosticSession fetchByGroupId_Last(
		long groupId, OrderByComparator<DiagnosticSession> orderByComparator) {

		int count = countByGroupId(groupId);

		if (count == 0) {
			return null;
		}

		List<DiagnosticSession> list = findByGroupId(
			groupId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the diagnostic sessions before and after the current diagnostic session in the ordered set where groupId = &#63;.
	 *
	 * @param diagnosticSessionId the primary key of the current diagnostic session
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next diagnostic session
	 * @throws NoSuchDiagnosticSessionException if a diagnostic session with the primary key could not be found
	 */
	@Override
	public DiagnosticSession[] findByGroupId_PrevAndNext(
			long diagnosticSessionId, long groupId,
			OrderByComparator<DiagnosticSession> orderByComparator)
		throws NoSuchDiagnosticSessionException {

		DiagnosticSession diagnosticSession = findByPrimaryKey(
			diagnosticSessionId);

		Session session = null;

		try {
			session = openSession();

			DiagnosticSession[] array = new DiagnosticSessionImpl[3];

			array[0] = getByGroupId_PrevAndNext(
				session, diagnosticSession, groupId, orderByComparator, true);

			array[1] = diagnosticSession;

			array[2] = getByGroupId_PrevAndNext(
				session, diagnosticSession, groupId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected DiagnosticSession getByGroupId_PrevAndNext(
		Session session, DiagnosticSession diagnosticSession, long groupId,
		OrderByComparator<DiagnosticSession> orderByComparator,
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

		sb.append(_SQL_SELECT_DIAGNOSTICSESSION_WHERE);

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
			sb.append(DiagnosticSessionModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(groupId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						diagnosticSession)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<DiagnosticSession> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the diagnostic sessions where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	@Override
	public void removeByGroupId(long groupId) {
		for (DiagnosticSession diagnosticSession :
				findByGroupId(
					groupId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(diagnosticSession);
		}
	}

	/**
	 * Returns the number of diagnostic sessions where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching diagnostic sessions
	 */
	@Override
	public int countByGroupId(long groupId) {
		FinderPath finderPath = _finderPathCountByGroupId;

		Object[] finderArgs = new Object[] {groupId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_DIAGNOSTICSESSION_WHERE);

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
		"diagnosticSession.groupId = ?";

	private FinderPath _finderPathWithPaginationFindBySchoolId;
	private FinderPath _finderPathWithoutPaginationFindBySchoolId;
	private FinderPath _finderPathCountBySchoolId;

	/**
	 * Returns all the diagnostic sessions where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the matching diagnostic sessions
	 */
	@Override
	public List<DiagnosticSession> findBySchoolId(long schoolId) {
		return findBySchoolId(
			schoolId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the diagnostic sessions where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticSessionModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of diagnostic sessions
	 * @param end the upper bound of the range of diagnostic sessions (not inclusive)
	 * @return the range of matching diagnostic sessions
	 */
	@Override
	public List<DiagnosticSession> findBySchoolId(
		long schoolId, int start, int end) {

		return findBySchoolId(schoolId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the diagnostic sessions where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticSessionModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of diagnostic sessions
	 * @param end the upper bound of the range of diagnostic sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching diagnostic sessions
	 */
	@Override
	public List<DiagnosticSession> findBySchoolId(
		long schoolId, int start, int end,
		OrderByComparator<DiagnosticSession> orderByComparator) {

		return findBySchoolId(schoolId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the diagnostic sessions where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticSessionModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of diagnostic sessions
	 * @param end the upper bound of the range of diagnostic sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching diagnostic sessions
	 */
	@Override
	public List<DiagnosticSession> findBySchoolId(
		long schoolId, int start, int end,
		OrderByComparator<DiagnosticSession> orderByComparator,
		boolean useFinderCache) {

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

		List<DiagnosticSession> list = null;

		if (useFinderCache) {
			list = (List<DiagnosticSession>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (DiagnosticSession diagnosticSession : list) {
					if (schoolId != diagnosticSession.getSchoolId()) {
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

			sb.append(_SQL_SELECT_DIAGNOSTICSESSION_WHERE);

			sb.append(_FINDER_COLUMN_SCHOOLID_SCHOOLID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(DiagnosticSessionModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(schoolId);

				list = (List<DiagnosticSession>)QueryUtil.list(
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
	 * Returns the first diagnostic session in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching diagnostic session
	 * @throws NoSuchDiagnosticSessionException if a matching diagnostic session could not be found
	 */
	@Override
	public DiagnosticSession findBySchoolId_First(
			long schoolId,
			OrderByComparator<DiagnosticSession> orderByComparator)
		throws NoSuchDiagnosticSessionException {

		DiagnosticSession diagnosticSession = fetchBySchoolId_First(
			schoolId, orderByComparator);

		if (diagnosticSession != null) {
			return diagnosticSession;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("schoolId=");
		sb.append(schoolId);

		sb.append("}");

		throw new NoSuchDiagnosticSessionException(sb.toString());
	}

	/**
	 * Returns the first diagnostic session in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching diagnostic session, or <code>null</code> if a matching diagnostic session could not be found
	 */
	@Override
	public DiagnosticSession fetchBySchoolId_First(
		long schoolId, OrderByComparator<DiagnosticSession> orderByComparator) {

		List<DiagnosticSession> list = findBySchoolId(
			schoolId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last diagnostic session in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching diagnostic session
	 * @throws NoSuchDiagnosticSessionException if a matching diagnostic session could not be found
	 */
	@Override
	public DiagnosticSession findBySchoolId_Last(
			long schoolId,
			OrderByComparator<DiagnosticSession> orderByComparator)
		throws NoSuchDiagnosticSessionException {

		DiagnosticSession diagnosticSession = fetchBySchoolId_Last(
			schoolId, orderByComparator);

		if (diagnosticSession != null) {
			return diagnosticSession;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("schoolId=");
		sb.append(schoolId);

		sb.append("}");

		throw new NoSuchDiagnosticSessionException(sb.toString());
	}

	/**
	 * Returns the last diagnostic session in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching diagnostic session, or <code>null</code> if a matching diagnostic session could not be found
	 */
	@Override
	public DiagnosticSession fetchBySchoolId_Last(
		long schoolId, OrderByComparator<DiagnosticSession> orderByComparator) {

		int count = countBySchoolId(schoolId);

		if (count == 0) {
			return null;
		}

		List<DiagnosticSession> list = findBySchoolId(
			schoolId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the diagnostic sessions before and after the current diagnostic session in the ordered set where schoolId = &#63;.
	 *
	 * @param diagnosticSessionId the primary key of the current diagnostic session
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next diagnostic session
	 * @throws NoSuchDiagnosticSessionException if a diagnostic session with the primary key could not be found
	 */
	@Override
	public DiagnosticSession[] findBySchoolId_PrevAndNext(
			long diagnosticSessionId, long schoolId,
			OrderByComparator<DiagnosticSession> orderByComparator)
		throws NoSuchDiagnosticSessionException {

		DiagnosticSession diagnosticSession = findByPrimaryKey(
			diagnosticSessionId);

		Session session = null;

		try {
			session = openSession();

			DiagnosticSession[] array = new DiagnosticSessionImpl[3];

			array[0] = getBySchoolId_PrevAndNext(
				session, diagnosticSession, schoolId, orderByComparator, true);

			array[1] = diagnosticSession;

			array[2] = getBySchoolId_PrevAndNext(
				session, diagnosticSession, schoolId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected DiagnosticSession getBySchoolId_PrevAndNext(
		Session session, DiagnosticSession diagnosticSession, long schoolId,
		OrderByComparator<DiagnosticSession> orderByComparator,
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

		sb.append(_SQL_SELECT_DIAGNOSTICSESSION_WHERE);

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
			sb.append(DiagnosticSessionModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(schoolId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						diagnosticSession)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<DiagnosticSession> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the diagnostic sessions where schoolId = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 */
	@Override
	public void removeBySchoolId(long schoolId) {
		for (DiagnosticSession diagnosticSession :
				findBySchoolId(
					schoolId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(diagnosticSession);
		}
	}

	/**
	 * Returns the number of diagnostic sessions where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the number of matching diagnostic sessions
	 */
	@Override
	public int countBySchoolId(long schoolId) {
		FinderPath finderPath = _finderPathCountBySchoolId;

		Object[] finderArgs = new Object[] {schoolId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_DIAGNOSTICSESSION_WHERE);

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
		"diagnosticSession.schoolId = ?";

	public DiagnosticSessionPersistenceImpl() {
		setModelClass(DiagnosticSession.class);

		setModelImplClass(DiagnosticSessionImpl.class);
		setModelPKClass(long.class);

		setTable(DiagnosticSessionTable.INSTANCE);
	}

	/**
	 * Caches the diagnostic session in the entity cache if it is enabled.
	 *
	 * @param diagnosticSession the diagnostic session
	 */
	@Override
	public void cacheResult(DiagnosticSession diagnosticSession) {
		entityCache.putResult(
			DiagnosticSessionImpl.class, diagnosticSession.getPrimaryKey(),
			diagnosticSession);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the diagnostic sessions in the entity cache if it is enabled.
	 *
	 * @param diagnosticSessions the diagnostic sessions
	 */
	@Override
	public void cacheResult(List<DiagnosticSession> diagnosticSessions) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (diagnosticSessions.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (DiagnosticSession diagnosticSession : diagnosticSessions) {
			if (entityCache.getResult(
					DiagnosticSessionImpl.class,
					diagnosticSession.getPrimaryKey()) == null) {

				cacheResult(diagnosticSession);
			}
		}
	}

	/**
	 * Clears the cache for all diagnostic sessions.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(DiagnosticSessionImpl.class);

		finderCache.clearCache(DiagnosticSessionImpl.class);
	}

	/**
	 * Clears the cache for the diagnostic session.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(DiagnosticSession diagnosticSession) {
		entityCache.removeResult(
			DiagnosticSessionImpl.class, diagnosticSession);
	}

	@Override
	public void clearCache(List<DiagnosticSession> diagnosticSessions) {
		for (DiagnosticSession diagnosticSession : diagnosticSessions) {
			entityCache.removeResult(
				DiagnosticSessionImpl.class, diagnosticSession);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(DiagnosticSessionImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(DiagnosticSessionImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new diagnostic session with the primary key. Does not add the diagnostic session to the database.
	 *
	 * @param diagnosticSessionId the primary key for the new diagnostic session
	 * @return the new diagnostic session
	 */
	@Override
	public DiagnosticSession create(long diagnosticSessionId) {
		DiagnosticSession diagnosticSession = new DiagnosticSessionImpl();

		diagnosticSession.setNew(true);
		diagnosticSession.setPrimaryKey(diagnosticSessionId);

		diagnosticSession.setCompanyId(CompanyThreadLocal.getCompanyId());

		return diagnosticSession;
	}

	/**
	 * Removes the diagnostic session with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param diagnosticSessionId the primary key of the diagnostic session
	 * @return the diagnostic session that was removed
	 * @throws NoSuchDiagnosticSessionException if a diagnostic session with the primary key could not be found
	 */
	@Override
	public DiagnosticSession remove(long diagnosticSessionId)
		throws NoSuchDiagnosticSessionException {

		return remove((Serializable)diagnosticSessionId);
	}

	/**
	 * Removes the diagnostic session with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the diagnostic session
	 * @return the diagnostic session that was removed
	 * @throws NoSuchDiagnosticSessionException if a diagnostic session with the primary key could not be found
	 */
	@Override
	public DiagnosticSession remove(Serializable primaryKey)
		throws NoSuchDiagnosticSessionException {

		Session session = null;

		try {
			session = openSession();

			DiagnosticSession diagnosticSession =
				(DiagnosticSession)session.get(
					DiagnosticSessionImpl.class, primaryKey);

			if (diagnosticSession == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchDiagnosticSessionException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(diagnosticSession);
		}
		catch (NoSuchDiagnosticSessionException noSuchEntityException) {
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
	protected DiagnosticSession removeImpl(
		DiagnosticSession diagnosticSession) {

		Session session = null;

		try {
			session = openSession();

			if (!session.contains(diagnosticSession)) {
				diagnosticSession = (DiagnosticSession)session.get(
					DiagnosticSessionImpl.class,
					diagnosticSession.getPrimaryKeyObj());
			}

			if (diagnosticSession != null) {
				session.delete(diagnosticSession);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (diagnosticSession != null) {
			clearCache(diagnosticSession);
		}

		return diagnosticSession;
	}

	@Override
	public DiagnosticSession updateImpl(DiagnosticSession diagnosticSession) {
		boolean isNew = diagnosticSession.isNew();

		if (!(diagnosticSession instanceof DiagnosticSessionModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(diagnosticSession.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					diagnosticSession);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in diagnosticSession proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom DiagnosticSession implementation " +
					diagnosticSession.getClass());
		}

		DiagnosticSessionModelImpl diagnosticSessionModelImpl =
			(DiagnosticSessionModelImpl)diagnosticSession;

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (diagnosticSession.getCreateDate() == null)) {
			if (serviceContext == null) {
				diagnosticSession.setCreateDate(date);
			}
			else {
				diagnosticSession.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		if (!diagnosticSessionModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				diagnosticSession.setModifiedDate(date);
			}
			else {
				diagnosticSession.setModifiedDate(
					serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(diagnosticSession);
			}
			else {
				diagnosticSession = (DiagnosticSession)session.merge(
					diagnosticSession);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			DiagnosticSessionImpl.class, diagnosticSessionModelImpl, false,
			true);

		if (isNew) {
			diagnosticSession.setNew(false);
		}

		diagnosticSession.resetOriginalValues();

		return diagnosticSession;
	}

	/**
	 * Returns the diagnostic session with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the diagnostic session
	 * @return the diagnostic session
	 * @throws NoSuchDiagnosticSessionException if a diagnostic session with the primary key could not be found
	 */
	@Override
	public DiagnosticSession findByPrimaryKey(Serializable primaryKey)
		throws NoSuchDiagnosticSessionException {

		DiagnosticSession diagnosticSession = fetchByPrimaryKey(primaryKey);

		if (diagnosticSession == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchDiagnosticSessionException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return diagnosticSession;
	}

	/**
	 * Returns the diagnostic session with the primary key or throws a <code>NoSuchDiagnosticSessionException</code> if it could not be found.
	 *
	 * @param diagnosticSessionId the primary key of the diagnostic session
	 * @return the diagnostic session
	 * @throws NoSuchDiagnosticSessionException if a diagnostic session with the primary key could not be found
	 */
	@Override
	public DiagnosticSession findByPrimaryKey(long diagnosticSessionId)
		throws NoSuchDiagnosticSessionException {

		return findByPrimaryKey((Serializable)diagnosticSessionId);
	}

	/**
	 * Returns the diagnostic session with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param diagnosticSessionId the primary key of the diagnostic session
	 * @return the diagnostic session, or <code>null</code> if a diagnostic session with the primary key could not be found
	 */
	@Override
	public DiagnosticSession fetchByPrimaryKey(long diagnosticSessionId) {
		return fetchByPrimaryKey((Serializable)diagnosticSessionId);
	}

	/**
	 * Returns all the diagnostic sessions.
	 *
	 * @return the diagnostic sessions
	 */
	@Override
	public List<DiagnosticSession> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the diagnostic sessions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticSessionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of diagnostic sessions
	 * @param end the upper bound of the range of diagnostic sessions (not inclusive)
	 * @return the range of diagnostic sessions
	 */
	@Override
	public List<DiagnosticSession> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the diagnostic sessions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticSessionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of diagnostic sessions
	 * @param end the upper bound of the range of diagnostic sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of diagnostic sessions
	 */
	@Override
	public List<DiagnosticSession> findAll(
		int start, int end,
		OrderByComparator<DiagnosticSession> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the diagnostic sessions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticSessionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of diagnostic sessions
	 * @param end the upper bound of the range of diagnostic sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of diagnostic sessions
	 */
	@Override
	public List<DiagnosticSession> findAll(
		int start, int end,
		OrderByComparator<DiagnosticSession> orderByComparator,
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

		List<DiagnosticSession> list = null;

		if (useFinderCache) {
			list = (List<DiagnosticSession>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_DIAGNOSTICSESSION);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_DIAGNOSTICSESSION;

				sql = sql.concat(DiagnosticSessionModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<DiagnosticSession>)QueryUtil.list(
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
	 * Removes all the diagnostic sessions from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (DiagnosticSession diagnosticSession : findAll()) {
			remove(diagnosticSession);
		}
	}

	/**
	 * Returns the number of diagnostic sessions.
	 *
	 * @return the number of diagnostic sessions
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_DIAGNOSTICSESSION);

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
		return "diagnosticSessionId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_DIAGNOSTICSESSION;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return DiagnosticSessionModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the diagnostic session persistence.
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

		DiagnosticSessionUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		DiagnosticSessionUtil.setPersistence(null);

		entityCache.removeCache(DiagnosticSessionImpl.class.getName());
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

	private static final String _SQL_SELECT_DIAGNOSTICSESSION =
		"SELECT diagnosticSession FROM DiagnosticSession diagnosticSession";

	private static final String _SQL_SELECT_DIAGNOSTICSESSION_WHERE =
		"SELECT diagnosticSession FROM DiagnosticSession diagnosticSession WHERE ";

	private static final String _SQL_COUNT_DIAGNOSTICSESSION =
		"SELECT COUNT(diagnosticSession) FROM DiagnosticSession diagnosticSession";

	private static final String _SQL_COUNT_DIAGNOSTICSESSION_WHERE =
		"SELECT COUNT(diagnosticSession) FROM DiagnosticSession diagnosticSession WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "diagnosticSession.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No DiagnosticSession exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No DiagnosticSession exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		DiagnosticSessionPersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}