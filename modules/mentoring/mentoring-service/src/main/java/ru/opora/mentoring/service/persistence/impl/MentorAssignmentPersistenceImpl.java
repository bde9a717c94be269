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
import com.liferay.portal.kernel.dao.orm.SQLQuery;
import com.liferay.portal.kernel.dao.orm.Session;
import com.liferay.portal.kernel.dao.orm.SessionFactory;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.security.auth.CompanyThreadLocal;
import com.liferay.portal.kernel.security.permission.InlineSQLHelperUtil;
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
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import ru.opora.mentoring.exception.NoSuchMentorAssignmentException;
import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.model.MentorAssignmentTable;
import ru.opora.mentoring.model.impl.MentorAssignmentImpl;
import ru.opora.mentoring.model.impl.MentorAssignmentModelImpl;
import ru.opora.mentoring.service.persistence.MentorAssignmentPersistence;
import ru.opora.mentoring.service.persistence.MentorAssignmentUtil;
import ru.opora.mentoring.service.persistence.impl.constants.OporaPersistenceConstants;

/**
 * The persistence implementation for the mentor assignment service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @generated
 */
@Component(service = MentorAssignmentPersistence.class)
public class MentorAssignmentPersistenceImpl
	extends BasePersistenceImpl<MentorAssignment>
	implements MentorAssignmentPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>MentorAssignmentUtil</code> to access the mentor assignment persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		MentorAssignmentImpl.class.getName();

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
	 * Returns all the mentor assignments where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching mentor assignments
	 */
	@Override
	public List<MentorAssignment> findByGroupId(long groupId) {
		return findByGroupId(
			groupId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the mentor assignments where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @return the range of matching mentor assignments
	 */
	@Override
	public List<MentorAssignment> findByGroupId(
		long groupId, int start, int end) {

		return findByGroupId(groupId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the mentor assignments where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentor assignments
	 */
	@Override
	public List<MentorAssignment> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<MentorAssignment> orderByComparator) {

		return findByGroupId(groupId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the mentor assignments where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentor assignments
	 */
	@Override
	public List<MentorAssignment> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<MentorAssignment> orderByComparator,
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

		List<MentorAssignment> list = null;

		if (useFinderCache) {
			list = (List<MentorAssignment>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (MentorAssignment mentorAssignment : list) {
					if (groupId != mentorAssignment.getGroupId()) {
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

			sb.append(_SQL_SELECT_MENTORASSIGNMENT_WHERE);

			sb.append(_FINDER_COLUMN_GROUPID_GROUPID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(MentorAssignmentModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

				list = (List<MentorAssignment>)QueryUtil.list(
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
	 * Returns the first mentor assignment in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	@Override
	public MentorAssignment findByGroupId_First(
			long groupId, OrderByComparator<MentorAssignment> orderByComparator)
		throws NoSuchMentorAssignmentException {

		MentorAssignment mentorAssignment = fetchByGroupId_First(
			groupId, orderByComparator);

		if (mentorAssignment != null) {
			return mentorAssignment;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append("}");

		throw new NoSuchMentorAssignmentException(sb.toString());
	}

	/**
	 * Returns the first mentor assignment in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	@Override
	public MentorAssignment fetchByGroupId_First(
		long groupId, OrderByComparator<MentorAssignment> orderByComparator) {

		List<MentorAssignment> list = findByGroupId(
			groupId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last mentor assignment in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	@Override
	public MentorAssignment findByGroupId_Last(
			long groupId, OrderByComparator<MentorAssignment> orderByComparator)
		throws NoSuchMentorAssignmentException {

		MentorAssignment mentorAssignment = fetchByGroupId_Last(
			groupId, orderByComparator);

		if (mentorAssignment != null) {
			return mentorAssignment;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append("}");

		throw new NoSuchMentorAssignmentException(sb.toString());
	}

	/**
	 * Returns the last mentor assignment in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	@Override
	public MentorAssignment fetchByGroupId_Last(
		long groupId, OrderByComparator<MentorAssignment> orderByComparator) {

		int count = countByGroupId(groupId);

		if (count == 0) {
			return null;
		}

		List<MentorAssignment> list = findByGroupId(
			groupId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the mentor assignments before and after the current mentor assignment in the ordered set where groupId = &#63;.
	 *
	 * @param mentorAssignmentId the primary key of the current mentor assignment
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor assignment
	 * @throws NoSuchMentorAssignmentException if a mentor assignment with the primary key could not be found
	 */
	@Override
	public MentorAssignment[] findByGroupId_PrevAndNext(
			long mentorAssignmentId, long groupId,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws NoSuchMentorAssignmentException {

		MentorAssignment mentorAssignment = findByPrimaryKey(
			mentorAssignmentId);

		Session session = null;

		try {
			session = openSession();

			MentorAssignment[] array = new MentorAssignmentImpl[3];

			array[0] = getByGroupId_PrevAndNext(
				session, mentorAssignment, groupId, orderByComparator, true);

			array[1] = mentorAssignment;

			array[2] = getByGroupId_PrevAndNext(
				session, mentorAssignment, groupId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected MentorAssignment getByGroupId_PrevAndNext(
		Session session, MentorAssignment mentorAssignment, long groupId,
		OrderByComparator<MentorAssignment> orderByComparator,
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

		sb.append(_SQL_SELECT_MENTORASSIGNMENT_WHERE);

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
			sb.append(MentorAssignmentModelImpl.ORDER_BY_JPQL);
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
						mentorAssignment)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<MentorAssignment> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Returns all the mentor assignments that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching mentor assignments that the user has permission to view
	 */
	@Override
	public List<MentorAssignment> filterFindByGroupId(long groupId) {
		return filterFindByGroupId(
			groupId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the mentor assignments that the user has permission to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @return the range of matching mentor assignments that the user has permission to view
	 */
	@Override
	public List<MentorAssignment> filterFindByGroupId(
		long groupId, int start, int end) {

		return filterFindByGroupId(groupId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the mentor assignments that the user has permissions to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentor assignments that the user has permission to view
	 */
	@Override
	public List<MentorAssignment> filterFindByGroupId(
		long groupId, int start, int end,
		OrderByComparator<MentorAssignment> orderByComparator) {

		if (!InlineSQLHelperUtil.isEnabled(groupId)) {
			return findByGroupId(groupId, start, end, orderByComparator);
		}

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				3 + (orderByComparator.getOrderByFields().length * 2));
		}
		else {
			sb = new StringBundler(4);
		}

		if (getDB().isSupportsInlineDistinct()) {
			sb.append(_FILTER_SQL_SELECT_MENTORASSIGNMENT_WHERE);
		}
		else {
			sb.append(
				_FILTER_SQL_SELECT_MENTORASSIGNMENT_NO_INLINE_DISTINCT_WHERE_1);
		}

		sb.append(_FINDER_COLUMN_GROUPID_GROUPID_2);

		if (!getDB().isSupportsInlineDistinct()) {
			sb.append(
				_FILTER_SQL_SELECT_MENTORASSIGNMENT_NO_INLINE_DISTINCT_WHERE_2);
		}

		if (orderByComparator != null) {
			if (getDB().isSupportsInlineDistinct()) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator, true);
			}
			else {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_TABLE, orderByComparator, true);
			}
		}
		else {
			if (getDB().isSupportsInlineDistinct()) {
				sb.append(
					MentorAssignmentModelImpl.ORDER_BY_SQL_INLINE_DISTINCT);
			}
			else {
				sb.append(MentorAssignmentModelImpl.ORDER_BY_SQL);
			}
		}

		String sql = InlineSQLHelperUtil.replacePermissionCheck(
			sb.toString(), MentorAssignment.class.getName(),
			_FILTER_ENTITY_TABLE_FILTER_PK_COLUMN, groupId);

		Session session = null;

		try {
			session = openSession();

			SQLQuery sqlQuery = session.createSynchronizedSQLQuery(sql);

			if (getDB().isSupportsInlineDistinct()) {
				sqlQuery.addEntity(
					_FILTER_ENTITY_ALIAS, MentorAssignmentImpl.class);
			}
			else {
				sqlQuery.addEntity(
					_FILTER_ENTITY_TABLE, MentorAssignmentImpl.class);
			}

			QueryPos queryPos = QueryPos.getInstance(sqlQuery);

			queryPos.add(groupId);

			return (List<MentorAssignment>)QueryUtil.list(
				sqlQuery, getDialect(), start, end);
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	/**
	 * Returns the mentor assignments before and after the current mentor assignment in the ordered set of mentor assignments that the user has permission to view where groupId = &#63;.
	 *
	 * @param mentorAssignmentId the primary key of the current mentor assignment
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor assignment
	 * @throws NoSuchMentorAssignmentException if a mentor assignment with the primary key could not be found
	 */
	@Override
	public MentorAssignment[] filterFindByGroupId_PrevAndNext(
			long mentorAssignmentId, long groupId,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws NoSuchMentorAssignmentException {

		if (!InlineSQLHelperUtil.isEnabled(groupId)) {
			return findByGroupId_PrevAndNext(
				mentorAssignmentId, groupId, orderByComparator);
		}

		MentorAssignment mentorAssignment = findByPrimaryKey(
			mentorAssignmentId);

		Session session = null;

		try {
			session = openSession();

			MentorAssignment[] array = new MentorAssignmentImpl[3];

			array[0] = filterGetByGroupId_PrevAndNext(
				session, mentorAssignment, groupId, orderByComparator, true);

			array[1] = mentorAssignment;

			array[2] = filterGetByGroupId_PrevAndNext(
				session, mentorAssignment, groupId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected MentorAssignment filterGetByGroupId_PrevAndNext(
		Session session, MentorAssignment mentorAssignment, long groupId,
		OrderByComparator<MentorAssignment> orderByComparator,
		boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				5 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(4);
		}

		if (getDB().isSupportsInlineDistinct()) {
			sb.append(_FILTER_SQL_SELECT_MENTORASSIGNMENT_WHERE);
		}
		else {
			sb.append(
				_FILTER_SQL_SELECT_MENTORASSIGNMENT_NO_INLINE_DISTINCT_WHERE_1);
		}

		sb.append(_FINDER_COLUMN_GROUPID_GROUPID_2);

		if (!getDB().isSupportsInlineDistinct()) {
			sb.append(
				_FILTER_SQL_SELECT_MENTORASSIGNMENT_NO_INLINE_DISTINCT_WHERE_2);
		}

		if (orderByComparator != null) {
			String[] orderByConditionFields =
				orderByComparator.getOrderByConditionFields();

			if (orderByConditionFields.length > 0) {
				sb.append(WHERE_AND);
			}

			for (int i = 0; i < orderByConditionFields.length; i++) {
				if (getDB().isSupportsInlineDistinct()) {
					sb.append(
						getColumnName(
							_ORDER_BY_ENTITY_ALIAS, orderByConditionFields[i],
							true));
				}
				else {
					sb.append(
						getColumnName(
							_ORDER_BY_ENTITY_TABLE, orderByConditionFields[i],
							true));
				}

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
				if (getDB().isSupportsInlineDistinct()) {
					sb.append(
						getColumnName(
							_ORDER_BY_ENTITY_ALIAS, orderByFields[i], true));
				}
				else {
					sb.append(
						getColumnName(
							_ORDER_BY_ENTITY_TABLE, orderByFields[i], true));
				}

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
			if (getDB().isSupportsInlineDistinct()) {
				sb.append(
					MentorAssignmentModelImpl.ORDER_BY_SQL_INLINE_DISTINCT);
			}
			else {
				sb.append(MentorAssignmentModelImpl.ORDER_BY_SQL);
			}
		}

		String sql = InlineSQLHelperUtil.replacePermissionCheck(
			sb.toString(), MentorAssignment.class.getName(),
			_FILTER_ENTITY_TABLE_FILTER_PK_COLUMN, groupId);

		SQLQuery sqlQuery = session.createSynchronizedSQLQuery(sql);

		sqlQuery.setFirstResult(0);
		sqlQuery.setMaxResults(2);

		if (getDB().isSupportsInlineDistinct()) {
			sqlQuery.addEntity(
				_FILTER_ENTITY_ALIAS, MentorAssignmentImpl.class);
		}
		else {
			sqlQuery.addEntity(
				_FILTER_ENTITY_TABLE, MentorAssignmentImpl.class);
		}

		QueryPos queryPos = QueryPos.getInstance(sqlQuery);

		queryPos.add(groupId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						mentorAssignment)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<MentorAssignment> list = sqlQuery.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the mentor assignments where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	@Override
	public void removeByGroupId(long groupId) {
		for (MentorAssignment mentorAssignment :
				findByGroupId(
					groupId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(mentorAssignment);
		}
	}

	/**
	 * Returns the number of mentor assignments where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching mentor assignments
	 */
	@Override
	public int countByGroupId(long groupId) {
		FinderPath finderPath = _finderPathCountByGroupId;

		Object[] finderArgs = new Object[] {groupId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_MENTORASSIGNMENT_WHERE);

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

	/**
	 * Returns the number of mentor assignments that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching mentor assignments that the user has permission to view
	 */
	@Override
	public int filterCountByGroupId(long groupId) {
		if (!InlineSQLHelperUtil.isEnabled(groupId)) {
			return countByGroupId(groupId);
		}

		StringBundler sb = new StringBundler(2);

		sb.append(_FILTER_SQL_COUNT_MENTORASSIGNMENT_WHERE);

		sb.append(_FINDER_COLUMN_GROUPID_GROUPID_2);

		String sql = InlineSQLHelperUtil.replacePermissionCheck(
			sb.toString(), MentorAssignment.class.getName(),
			_FILTER_ENTITY_TABLE_FILTER_PK_COLUMN, groupId);

		Session session = null;

		try {
			session = openSession();

			SQLQuery sqlQuery = session.createSynchronizedSQLQuery(sql);

			sqlQuery.addScalar(
				COUNT_COLUMN_NAME, com.liferay.portal.kernel.dao.orm.Type.LONG);

			QueryPos queryPos = QueryPos.getInstance(sqlQuery);

			queryPos.add(groupId);

			Long count = (Long)sqlQuery.uniqueResult();

			return count.intValue();
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	private static final String _FINDER_COLUMN_GROUPID_GROUPID_2 =
		"mentorAssignment.groupId = ?";

	private FinderPath _finderPathWithPaginationFindByG_S;
	private FinderPath _finderPathWithoutPaginationFindByG_S;
	private FinderPath _finderPathCountByG_S;

	/**
	 * Returns all the mentor assignments where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the matching mentor assignments
	 */
	@Override
	public List<MentorAssignment> findByG_S(long groupId, String status) {
		return findByG_S(
			groupId, status, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the mentor assignments where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @return the range of matching mentor assignments
	 */
	@Override
	public List<MentorAssignment> findByG_S(
		long groupId, String status, int start, int end) {

		return findByG_S(groupId, status, start, end, null);
	}

	/**
	 * Returns an ordered range of all the mentor assignments where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentor assignments
	 */
	@Override
	public List<MentorAssignment> findByG_S(
		long groupId, String status, int start, int end,
		OrderByComparator<MentorAssignment> orderByComparator) {

		return findByG_S(groupId, status, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the mentor assignments where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentor assignments
	 */
	@Override
	public List<MentorAssignment> findByG_S(
		long groupId, String status, int start, int end,
		OrderByComparator<MentorAssignment> orderByComparator,
		boolean useFinderCache) {

		status = Objects.toString(status, "");

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByG_S;
				finderArgs = new Object[] {groupId, status};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByG_S;
			finderArgs = new Object[] {
				groupId, status, start, end, orderByComparator
			};
		}

		List<MentorAssignment> list = null;

		if (useFinderCache) {
			list = (List<MentorAssignment>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (MentorAssignment mentorAssignment : list) {
					if ((groupId != mentorAssignment.getGroupId()) ||
						!status.equals(mentorAssignment.getStatus())) {

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
					4 + (orderByComparator.getOrderByFields().length * 2));
			}
			else {
				sb = new StringBundler(4);
			}

			sb.append(_SQL_SELECT_MENTORASSIGNMENT_WHERE);

			sb.append(_FINDER_COLUMN_G_S_GROUPID_2);

			boolean bindStatus = false;

			if (status.isEmpty()) {
				sb.append(_FINDER_COLUMN_G_S_STATUS_3);
			}
			else {
				bindStatus = true;

				sb.append(_FINDER_COLUMN_G_S_STATUS_2);
			}

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(MentorAssignmentModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

				if (bindStatus) {
					queryPos.add(status);
				}

				list = (List<MentorAssignment>)QueryUtil.list(
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
	 * Returns the first mentor assignment in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	@Override
	public MentorAssignment findByG_S_First(
			long groupId, String status,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws NoSuchMentorAssignmentException {

		MentorAssignment mentorAssignment = fetchByG_S_First(
			groupId, status, orderByComparator);

		if (mentorAssignment != null) {
			return mentorAssignment;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append(", status=");
		sb.append(status);

		sb.append("}");

		throw new NoSuchMentorAssignmentException(sb.toString());
	}

	/**
	 * Returns the first mentor assignment in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	@Override
	public MentorAssignment fetchByG_S_First(
		long groupId, String status,
		OrderByComparator<MentorAssignment> orderByComparator) {

		List<MentorAssignment> list = findByG_S(
			groupId, status, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last mentor assignment in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	@Override
	public MentorAssignment findByG_S_Last(
			long groupId, String status,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws NoSuchMentorAssignmentException {

		MentorAssignment mentorAssignment = fetchByG_S_Last(
			groupId, status, orderByComparator);

		if (mentorAssignment != null) {
			return mentorAssignment;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append(", status=");
		sb.append(status);

		sb.append("}");

		throw new NoSuchMentorAssignmentException(sb.toString());
	}

	/**
	 * Returns the last mentor assignment in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	@Override
	public MentorAssignment fetchByG_S_Last(
		long groupId, String status,
		OrderByComparator<MentorAssignment> orderByComparator) {

		int count = countByG_S(groupId, status);

		if (count == 0) {
			return null;
		}

		List<MentorAssignment> list = findByG_S(
			groupId, status, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the mentor assignments before and after the current mentor assignment in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param mentorAssignmentId the primary key of the current mentor assignment
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor assignment
	 * @throws NoSuchMentorAssignmentException if a mentor assignment with the primary key could not be found
	 */
	@Override
	public MentorAssignment[] findByG_S_PrevAndNext(
			long mentorAssignmentId, long groupId, String status,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws NoSuchMentorAssignmentException {

		status = Objects.toString(status, "");

		MentorAssignment mentorAssignment = findByPrimaryKey(
			mentorAssignmentId);

		Session session = null;

		try {
			session = openSession();

			MentorAssignment[] array = new MentorAssignmentImpl[3];

			array[0] = getByG_S_PrevAndNext(
				session, mentorAssignment, groupId, status, orderByComparator,
				true);

			array[1] = mentorAssignment;

			array[2] = getByG_S_PrevAndNext(
				session, mentorAssignment, groupId, status, orderByComparator,
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

	protected MentorAssignment getByG_S_PrevAndNext(
		Session session, MentorAssignment mentorAssignment, long groupId,
		String status, OrderByComparator<MentorAssignment> orderByComparator,
		boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				5 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(4);
		}

		sb.append(_SQL_SELECT_MENTORASSIGNMENT_WHERE);

		sb.append(_FINDER_COLUMN_G_S_GROUPID_2);

		boolean bindStatus = false;

		if (status.isEmpty()) {
			sb.append(_FINDER_COLUMN_G_S_STATUS_3);
		}
		else {
			bindStatus = true;

			sb.append(_FINDER_COLUMN_G_S_STATUS_2);
		}

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
			sb.append(MentorAssignmentModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(groupId);

		if (bindStatus) {
			queryPos.add(status);
		}

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						mentorAssignment)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<MentorAssignment> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Returns all the mentor assignments that the user has permission to view where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the matching mentor assignments that the user has permission to view
	 */
	@Override
	public List<MentorAssignment> filterFindByG_S(long groupId, String status) {
		return filterFindByG_S(
			groupId, status, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the mentor assignments that the user has permission to view where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @return the range of matching mentor assignments that the user has permission to view
	 */
	@Override
	public List<MentorAssignment> filterFindByG_S(
		long groupId, String status, int start, int end) {

		return filterFindByG_S(groupId, status, start, end, null);
	}

	/**
	 * Returns an ordered range of all the mentor assignments that the user has permissions to view where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentor assignments that the user has permission to view
	 */
	@Override
	public List<MentorAssignment> filterFindByG_S(
		long groupId, String status, int start, int end,
		OrderByComparator<MentorAssignment> orderByComparator) {

		if (!InlineSQLHelperUtil.isEnabled(groupId)) {
			return findByG_S(groupId, status, start, end, orderByComparator);
		}

		status = Objects.toString(status, "");

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByFields().length * 2));
		}
		else {
			sb = new StringBundler(5);
		}

		if (getDB().isSupportsInlineDistinct()) {
			sb.append(_FILTER_SQL_SELECT_MENTORASSIGNMENT_WHERE);
		}
		else {
			sb.append(
				_FILTER_SQL_SELECT_MENTORASSIGNMENT_NO_INLINE_DISTINCT_WHERE_1);
		}

		sb.append(_FINDER_COLUMN_G_S_GROUPID_2);

		boolean bindStatus = false;

		if (status.isEmpty()) {
			sb.append(_FINDER_COLUMN_G_S_STATUS_3);
		}
		else {
			bindStatus = true;

			sb.append(_FINDER_COLUMN_G_S_STATUS_2);
		}

		if (!getDB().isSupportsInlineDistinct()) {
			sb.append(
				_FILTER_SQL_SELECT_MENTORASSIGNMENT_NO_INLINE_DISTINCT_WHERE_2);
		}

		if (orderByComparator != null) {
			if (getDB().isSupportsInlineDistinct()) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator, true);
			}
			else {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_TABLE, orderByComparator, true);
			}
		}
		else {
			if (getDB().isSupportsInlineDistinct()) {
				sb.append(
					MentorAssignmentModelImpl.ORDER_BY_SQL_INLINE_DISTINCT);
			}
			else {
				sb.append(MentorAssignmentModelImpl.ORDER_BY_SQL);
			}
		}

		String sql = InlineSQLHelperUtil.replacePermissionCheck(
			sb.toString(), MentorAssignment.class.getName(),
			_FILTER_ENTITY_TABLE_FILTER_PK_COLUMN, groupId);

		Session session = null;

		try {
			session = openSession();

			SQLQuery sqlQuery = session.createSynchronizedSQLQuery(sql);

			if (getDB().isSupportsInlineDistinct()) {
				sqlQuery.addEntity(
					_FILTER_ENTITY_ALIAS, MentorAssignmentImpl.class);
			}
			else {
				sqlQuery.addEntity(
					_FILTER_ENTITY_TABLE, MentorAssignmentImpl.class);
			}

			QueryPos queryPos = QueryPos.getInstance(sqlQuery);

			queryPos.add(groupId);

			if (bindStatus) {
				queryPos.add(status);
			}

			return (List<MentorAssignment>)QueryUtil.list(
				sqlQuery, getDialect(), start, end);
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	/**
	 * Returns the mentor assignments before and after the current mentor assignment in the ordered set of mentor assignments that the user has permission to view where groupId = &#63; and status = &#63;.
	 *
	 * @param mentorAssignmentId the primary key of the current mentor assignment
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor assignment
	 * @throws NoSuchMentorAssignmentException if a mentor assignment with the primary key could not be found
	 */
	@Override
	public MentorAssignment[] filterFindByG_S_PrevAndNext(
			long mentorAssignmentId, long groupId, String status,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws NoSuchMentorAssignmentException {

		if (!InlineSQLHelperUtil.isEnabled(groupId)) {
			return findByG_S_PrevAndNext(
				mentorAssignmentId, groupId, status, orderByComparator);
		}

		status = Objects.toString(status, "");

		MentorAssignment mentorAssignment = findByPrimaryKey(
			mentorAssignmentId);

		Session session = null;

		try {
			session = openSession();

			MentorAssignment[] array = new MentorAssignmentImpl[3];

			array[0] = filterGetByG_S_PrevAndNext(
				session, mentorAssignment, groupId, status, orderByComparator,
				true);

			array[1] = mentorAssignment;

			array[2] = filterGetByG_S_PrevAndNext(
				session, mentorAssignment, groupId, status, orderByComparator,
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

	protected MentorAssignment filterGetByG_S_PrevAndNext(
		Session session, MentorAssignment mentorAssignment, long groupId,
		String status, OrderByComparator<MentorAssignment> orderByComparator,
		boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				6 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(5);
		}

		if (getDB().isSupportsInlineDistinct()) {
			sb.append(_FILTER_SQL_SELECT_MENTORASSIGNMENT_WHERE);
		}
		else {
			sb.append(
				_FILTER_SQL_SELECT_MENTORASSIGNMENT_NO_INLINE_DISTINCT_WHERE_1);
		}

		sb.append(_FINDER_COLUMN_G_S_GROUPID_2);

		boolean bindStatus = false;

		if (status.isEmpty()) {
			sb.append(_FINDER_COLUMN_G_S_STATUS_3);
		}
		else {
			bindStatus = true;

			sb.append(_FINDER_COLUMN_G_S_STATUS_2);
		}

		if (!getDB().isSupportsInlineDistinct()) {
			sb.append(
				_FILTER_SQL_SELECT_MENTORASSIGNMENT_NO_INLINE_DISTINCT_WHERE_2);
		}

		if (orderByComparator != null) {
			String[] orderByConditionFields =
				orderByComparator.getOrderByConditionFields();

			if (orderByConditionFields.length > 0) {
				sb.append(WHERE_AND);
			}

			for (int i = 0; i < orderByConditionFields.length; i++) {
				if (getDB().isSupportsInlineDistinct()) {
					sb.append(
						getColumnName(
							_ORDER_BY_ENTITY_ALIAS, orderByConditionFields[i],
							true));
				}
				else {
					sb.append(
						getColumnName(
							_ORDER_BY_ENTITY_TABLE, orderByConditionFields[i],
							true));
				}

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
				if (getDB().isSupportsInlineDistinct()) {
					sb.append(
						getColumnName(
							_ORDER_BY_ENTITY_ALIAS, orderByFields[i], true));
				}
				else {
					sb.append(
						getColumnName(
							_ORDER_BY_ENTITY_TABLE, orderByFields[i], true));
				}

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
			if (getDB().isSupportsInlineDistinct()) {
				sb.append(
					MentorAssignmentModelImpl.ORDER_BY_SQL_INLINE_DISTINCT);
			}
			else {
				sb.append(MentorAssignmentModelImpl.ORDER_BY_SQL);
			}
		}

		String sql = InlineSQLHelperUtil.replacePermissionCheck(
			sb.toString(), MentorAssignment.class.getName(),
			_FILTER_ENTITY_TABLE_FILTER_PK_COLUMN, groupId);

		SQLQuery sqlQuery = session.createSynchronizedSQLQuery(sql);

		sqlQuery.setFirstResult(0);
		sqlQuery.setMaxResults(2);

		if (getDB().isSupportsInlineDistinct()) {
			sqlQuery.addEntity(
				_FILTER_ENTITY_ALIAS, MentorAssignmentImpl.class);
		}
		else {
			sqlQuery.addEntity(
				_FILTER_ENTITY_TABLE, MentorAssignmentImpl.class);
		}

		QueryPos queryPos = QueryPos.getInstance(sqlQuery);

		queryPos.add(groupId);

		if (bindStatus) {
			queryPos.add(status);
		}

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						mentorAssignment)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<MentorAssignment> list = sqlQuery.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the mentor assignments where groupId = &#63; and status = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 */
	@Override
	public void removeByG_S(long groupId, String status) {
		for (MentorAssignment mentorAssignment :
				findByG_S(
					groupId, status, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(mentorAssignment);
		}
	}

	/**
	 * Returns the number of mentor assignments where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the number of matching mentor assignments
	 */
	@Override
	public int countByG_S(long groupId, String status) {
		status = Objects.toString(status, "");

		FinderPath finderPath = _finderPathCountByG_S;

		Object[] finderArgs = new Object[] {groupId, status};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_MENTORASSIGNMENT_WHERE);

			sb.append(_FINDER_COLUMN_G_S_GROUPID_2);

			boolean bindStatus = false;

			if (status.isEmpty()) {
				sb.append(_FINDER_COLUMN_G_S_STATUS_3);
			}
			else {
				bindStatus = true;

				sb.append(_FINDER_COLUMN_G_S_STATUS_2);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

				if (bindStatus) {
					queryPos.add(status);
				}

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

	/**
	 * Returns the number of mentor assignments that the user has permission to view where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the number of matching mentor assignments that the user has permission to view
	 */
	@Override
	public int filterCountByG_S(long groupId, String status) {
		if (!InlineSQLHelperUtil.isEnabled(groupId)) {
			return countByG_S(groupId, status);
		}

		status = Objects.toString(status, "");

		StringBundler sb = new StringBundler(3);

		sb.append(_FILTER_SQL_COUNT_MENTORASSIGNMENT_WHERE);

		sb.append(_FINDER_COLUMN_G_S_GROUPID_2);

		boolean bindStatus = false;

		if (status.isEmpty()) {
			sb.append(_FINDER_COLUMN_G_S_STATUS_3);
		}
		else {
			bindStatus = true;

			sb.append(_FINDER_COLUMN_G_S_STATUS_2);
		}

		String sql = InlineSQLHelperUtil.replacePermissionCheck(
			sb.toString(), MentorAssignment.class.getName(),
			_FILTER_ENTITY_TABLE_FILTER_PK_COLUMN, groupId);

		Session session = null;

		try {
			session = openSession();

			SQLQuery sqlQuery = session.createSynchronizedSQLQuery(sql);

			sqlQuery.addScalar(
				COUNT_COLUMN_NAME, com.liferay.portal.kernel.dao.orm.Type.LONG);

			QueryPos queryPos = QueryPos.getInstance(sqlQuery);

			queryPos.add(groupId);

			if (bindStatus) {
				queryPos.add(status);
			}

			Long count = (Long)sqlQuery.uniqueResult();

			return count.intValue();
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	private static final String _FINDER_COLUMN_G_S_GROUPID_2 =
		"mentorAssignment.groupId = ? AND ";

	private static final String _FINDER_COLUMN_G_S_STATUS_2 =
		"mentorAssignment.status = ?";

	private static final String _FINDER_COLUMN_G_S_STATUS_3 =
		"(mentorAssignment.status IS NULL OR mentorAssignment.status = '')";

	private FinderPath _finderPathWithPaginationFindBySupportedSchoolId;
	private FinderPath _finderPathWithoutPaginationFindBySupportedSchoolId;
	private FinderPath _finderPathCountBySupportedSchoolId;

	/**
	 * Returns all the mentor assignments where supportedSchoolId = &#63;.
	 *
	 * @param supportedSchoolId the supported school ID
	 * @return the matching mentor assignments
	 */
	@Override
	public List<MentorAssignment> findBySupportedSchoolId(
		long supportedSchoolId) {

		return findBySupportedSchoolId(
			supportedSchoolId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the mentor assignments where supportedSchoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param supportedSchoolId the supported school ID
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @return the range of matching mentor assignments
	 */
	@Override
	public List<MentorAssignment> findBySupportedSchoolId(
		long supportedSchoolId, int start, int end) {

		return findBySupportedSchoolId(supportedSchoolId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the mentor assignments where supportedSchoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param supportedSchoolId the supported school ID
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentor assignments
	 */
	@Override
	public List<MentorAssignment> findBySupportedSchoolId(
		long supportedSchoolId, int start, int end,
		OrderByComparator<MentorAssignment> orderByComparator) {

		return findBySupportedSchoolId(
			supportedSchoolId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the mentor assignments where supportedSchoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param supportedSchoolId the supported school ID
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentor assignments
	 */
	@Override
	public List<MentorAssignment> findBySupportedSchoolId(
		long supportedSchoolId, int start, int end,
		OrderByComparator<MentorAssignment> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath =
					_finderPathWithoutPaginationFindBySupportedSchoolId;
				finderArgs = new Object[] {supportedSchoolId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindBySupportedSchoolId;
			finderArgs = new Object[] {
				supportedSchoolId, start, end, orderByComparator
			};
		}

		List<MentorAssignment> list = null;

		if (useFinderCache) {
			list = (List<MentorAssignment>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (MentorAssignment mentorAssignment : list) {
					if (supportedSchoolId !=
							mentorAssignment.getSupportedSchoolId()) {

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

			sb.append(_SQL_SELECT_MENTORASSIGNMENT_WHERE);

			sb.append(_FINDER_COLUMN_SUPPORTEDSCHOOLID_SUPPORTEDSCHOOLID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(MentorAssignmentModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(supportedSchoolId);

				list = (List<MentorAssignment>)QueryUtil.list(
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
	 * Returns the first mentor assignment in the ordered set where supportedSchoolId = &#63;.
	 *
	 * @param supportedSchoolId the supported school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	@Override
	public MentorAssignment findBySupportedSchoolId_First(
			long supportedSchoolId,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws NoSuchMentorAssignmentException {

		MentorAssignment mentorAssignment = fetchBySupportedSchoolId_First(
			supportedSchoolId, orderByComparator);

		if (mentorAssignment != null) {
			return mentorAssignment;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("supportedSchoolId=");
		sb.append(supportedSchoolId);

		sb.append("}");

		throw new NoSuchMentorAssignmentException(sb.toString());
	}

	/**
	 * Returns the first mentor assignment in the ordered set where supportedSchoolId = &#63;.
	 *
	 * @param supportedSchoolId the supported school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	@Override
	public MentorAssignment fetchBySupportedSchoolId_First(
		long supportedSchoolId,
		OrderByComparator<MentorAssignment> orderByComparator) {

		List<MentorAssignment> list = findBySupportedSchoolId(
			supportedSchoolId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last mentor assignment in the ordered set where supportedSchoolId = &#63;.
	 *
	 * @param supportedSchoolId the supported school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	@Override
	public MentorAssignment findBySupportedSchoolId_Last(
			long supportedSchoolId,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws NoSuchMentorAssignmentException {

		MentorAssignment mentorAssignment = fetchBySupportedSchoolId_Last(
			supportedSchoolId, orderByComparator);

		if (mentorAssignment != null) {
			return mentorAssignment;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("supportedSchoolId=");
		sb.append(supportedSchoolId);

		sb.append("}");

		throw new NoSuchMentorAssignmentException(sb.toString());
	}

	/**
	 * Returns the last mentor assignment in the ordered set where supportedSchoolId = &#63;.
	 *
	 * @param supportedSchoolId the supported school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	@Override
	public MentorAssignment fetchBySupportedSchoolId_Last(
		long supportedSchoolId,
		OrderByComparator<MentorAssignment> orderByComparator) {

		int count = countBySupportedSchoolId(supportedSchoolId);

		if (count == 0) {
			return null;
		}

		List<MentorAssignment> list = findBySupportedSchoolId(
			supportedSchoolId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the mentor assignments before and after the current mentor assignment in the ordered set where supportedSchoolId = &#63;.
	 *
	 * @param mentorAssignmentId the primary key of the current mentor assignment
	 * @param supportedSchoolId the supported school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor assignment
	 * @throws NoSuchMentorAssignmentException if a mentor assignment with the primary key could not be found
	 */
	@Override
	public MentorAssignment[] findBySupportedSchoolId_PrevAndNext(
			long mentorAssignmentId, long supportedSchoolId,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws NoSuchMentorAssignmentException {

		MentorAssignment mentorAssignment = findByPrimaryKey(
			mentorAssignmentId);

		Session session = null;

		try {
			session = openSession();

			MentorAssignment[] array = new MentorAssignmentImpl[3];

			array[0] = getBySupportedSchoolId_PrevAndNext(
				session, mentorAssignment, supportedSchoolId, orderByComparator,
				true);

			array[1] = mentorAssignment;

			array[2] = getBySupportedSchoolId_PrevAndNext(
				session, mentorAssignment, supportedSchoolId, orderByComparator,
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

	protected MentorAssignment getBySupportedSchoolId_PrevAndNext(
		Session session, MentorAssignment mentorAssignment,
		long supportedSchoolId,
		OrderByComparator<MentorAssignment> orderByComparator,
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

		sb.append(_SQL_SELECT_MENTORASSIGNMENT_WHERE);

		sb.append(_FINDER_COLUMN_SUPPORTEDSCHOOLID_SUPPORTEDSCHOOLID_2);

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
			sb.append(MentorAssignmentModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(supportedSchoolId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						mentorAssignment)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<MentorAssignment> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the mentor assignments where supportedSchoolId = &#63; from the database.
	 *
	 * @param supportedSchoolId the supported school ID
	 */
	@Override
	public void removeBySupportedSchoolId(long supportedSchoolId) {
		for (MentorAssignment mentorAssignment :
				findBySupportedSchoolId(
					supportedSchoolId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(mentorAssignment);
		}
	}

	/**
	 * Returns the number of mentor assignments where supportedSchoolId = &#63;.
	 *
	 * @param supportedSchoolId the supported school ID
	 * @return the number of matching mentor assignments
	 */
	@Override
	public int countBySupportedSchoolId(long supportedSchoolId) {
		FinderPath finderPath = _finderPathCountBySupportedSchoolId;

		Object[] finderArgs = new Object[] {supportedSchoolId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_MENTORASSIGNMENT_WHERE);

			sb.append(_FINDER_COLUMN_SUPPORTEDSCHOOLID_SUPPORTEDSCHOOLID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(supportedSchoolId);

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
		_FINDER_COLUMN_SUPPORTEDSCHOOLID_SUPPORTEDSCHOOLID_2 =
			"mentorAssignment.supportedSchoolId = ?";

	private FinderPath _finderPathWithPaginationFindByMentorSchoolId;
	private FinderPath _finderPathWithoutPaginationFindByMentorSchoolId;
	private FinderPath _finderPathCountByMentorSchoolId;

	/**
	 * Returns all the mentor assignments where mentorSchoolId = &#63;.
	 *
	 * @param mentorSchoolId the mentor school ID
	 * @return the matching mentor assignments
	 */
	@Override
	public List<MentorAssignment> findByMentorSchoolId(long mentorSchoolId) {
		return findByMentorSchoolId(
			mentorSchoolId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the mentor assignments where mentorSchoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param mentorSchoolId the mentor school ID
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @return the range of matching mentor assignments
	 */
	@Override
	public List<MentorAssignment> findByMentorSchoolId(
		long mentorSchoolId, int start, int end) {

		return findByMentorSchoolId(mentorSchoolId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the mentor assignments where mentorSchoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param mentorSchoolId the mentor school ID
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentor assignments
	 */
	@Override
	public List<MentorAssignment> findByMentorSchoolId(
		long mentorSchoolId, int start, int end,
		OrderByComparator<MentorAssignment> orderByComparator) {

		return findByMentorSchoolId(
			mentorSchoolId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the mentor assignments where mentorSchoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param mentorSchoolId the mentor school ID
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentor assignments
	 */
	@Override
	public List<MentorAssignment> findByMentorSchoolId(
		long mentorSchoolId, int start, int end,
		OrderByComparator<MentorAssignment> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByMentorSchoolId;
				finderArgs = new Object[] {mentorSchoolId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByMentorSchoolId;
			finderArgs = new Object[] {
				mentorSchoolId, start, end, orderByComparator
			};
		}

		List<MentorAssignment> list = null;

		if (useFinderCache) {
			list = (List<MentorAssignment>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (MentorAssignment mentorAssignment : list) {
					if (mentorSchoolId !=
							mentorAssignment.getMentorSchoolId()) {

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

			sb.append(_SQL_SELECT_MENTORASSIGNMENT_WHERE);

			sb.append(_FINDER_COLUMN_MENTORSCHOOLID_MENTORSCHOOLID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(MentorAssignmentModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(mentorSchoolId);

				list = (List<MentorAssignment>)QueryUtil.list(
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
	 * Returns the first mentor assignment in the ordered set where mentorSchoolId = &#63;.
	 *
	 * @param mentorSchoolId the mentor school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	@Override
	public MentorAssignment findByMentorSchoolId_First(
			long mentorSchoolId,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws NoSuchMentorAssignmentException {

		MentorAssignment mentorAssignment = fetchByMentorSchoolId_First(
			mentorSchoolId, orderByComparator);

		if (mentorAssignment != null) {
			return mentorAssignment;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("mentorSchoolId=");
		sb.append(mentorSchoolId);

		sb.append("}");

		throw new NoSuchMentorAssignmentException(sb.toString());
	}

	/**
	 * Returns the first mentor assignment in the ordered set where mentorSchoolId = &#63;.
	 *
	 * @param mentorSchoolId the mentor school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	@Override
	public MentorAssignment fetchByMentorSchoolId_First(
		long mentorSchoolId,
		OrderByComparator<MentorAssignment> orderByComparator) {

		List<MentorAssignment> list = findByMentorSchoolId(
			mentorSchoolId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last mentor assignment in the ordered set where mentorSchoolId = &#63;.
	 *
	 * @param mentorSchoolId the mentor school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	@Override
	public MentorAssignment findByMentorSchoolId_Last(
			long mentorSchoolId,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws NoSuchMentorAssignmentException {

		MentorAssignment mentorAssignment = fetchByMentorSchoolId_Last(
			mentorSchoolId, orderByComparator);

		if (mentorAssignment != null) {
			return mentorAssignment;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("mentorSchoolId=");
		sb.append(mentorSchoolId);

		sb.append("}");

		throw new NoSuchMentorAssignmentException(sb.toString());
	}

	/**
	 * Returns the last mentor assignment in the ordered set where mentorSchoolId = &#63;.
	 *
	 * @param mentorSchoolId the mentor school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	@Override
	public MentorAssignment fetchByMentorSchoolId_Last(
		long mentorSchoolId,
		OrderByComparator<MentorAssignment> orderByComparator) {

		int count = countByMentorSchoolId(mentorSchoolId);

		if (count == 0) {
			return null;
		}

		List<MentorAssignment> list = findByMentorSchoolId(
			mentorSchoolId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the mentor assignments before and after the current mentor assignment in the ordered set where mentorSchoolId = &#63;.
	 *
	 * @param mentorAssignmentId the primary key of the current mentor assignment
	 * @param mentorSchoolId the mentor school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor assignment
	 * @throws NoSuchMentorAssignmentException if a mentor assignment with the primary key could not be found
	 */
	@Override
	public MentorAssignment[] findByMentorSchoolId_PrevAndNext(
			long mentorAssignmentId, long mentorSchoolId,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws NoSuchMentorAssignmentException {

		MentorAssignment mentorAssignment = findByPrimaryKey(
			mentorAssignmentId);

		Session session = null;

		try {
			session = openSession();

			MentorAssignment[] array = new MentorAssignmentImpl[3];

			array[0] = getByMentorSchoolId_PrevAndNext(
				session, mentorAssignment, mentorSchoolId, orderByComparator,
				true);

			array[1] = mentorAssignment;

			array[2] = getByMentorSchoolId_PrevAndNext(
				session, mentorAssignment, mentorSchoolId, orderByComparator,
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

	protected MentorAssignment getByMentorSchoolId_PrevAndNext(
		Session session, MentorAssignment mentorAssignment, long mentorSchoolId,
		OrderByComparator<MentorAssignment> orderByComparator,
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

		sb.append(_SQL_SELECT_MENTORASSIGNMENT_WHERE);

		sb.append(_FINDER_COLUMN_MENTORSCHOOLID_MENTORSCHOOLID_2);

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
			sb.append(MentorAssignmentModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(mentorSchoolId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						mentorAssignment)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<MentorAssignment> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the mentor assignments where mentorSchoolId = &#63; from the database.
	 *
	 * @param mentorSchoolId the mentor school ID
	 */
	@Override
	public void removeByMentorSchoolId(long mentorSchoolId) {
		for (MentorAssignment mentorAssignment :
				findByMentorSchoolId(
					mentorSchoolId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(mentorAssignment);
		}
	}

	/**
	 * Returns the number of mentor assignments where mentorSchoolId = &#63;.
	 *
	 * @param mentorSchoolId the mentor school ID
	 * @return the number of matching mentor assignments
	 */
	@Override
	public int countByMentorSchoolId(long mentorSchoolId) {
		FinderPath finderPath = _finderPathCountByMentorSchoolId;

		Object[] finderArgs = new Object[] {mentorSchoolId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_MENTORASSIGNMENT_WHERE);

			sb.append(_FINDER_COLUMN_MENTORSCHOOLID_MENTORSCHOOLID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(mentorSchoolId);

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

	private static final String _FINDER_COLUMN_MENTORSCHOOLID_MENTORSCHOOLID_2 =
		"mentorAssignment.mentorSchoolId = ?";

	private FinderPath _finderPathWithPaginationFindByCuratorUserId;
	private FinderPath _finderPathWithoutPaginationFindByCuratorUserId;
	private FinderPath _finderPathCountByCuratorUserId;

	/**
	 * Returns all the mentor assignments where curatorUserId = &#63;.
	 *
	 * @param curatorUserId the curator user ID
	 * @return the matching mentor assignments
	 */
	@Override
	public List<MentorAssignment> findByCuratorUserId(long curatorUserId) {
		return findByCuratorUserId(
			curatorUserId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the mentor assignments where curatorUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param curatorUserId the curator user ID
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @return the range of matching mentor assignments
	 */
	@Override
	public List<MentorAssignment> findByCuratorUserId(
		long curatorUserId, int start, int end) {

		return findByCuratorUserId(curatorUserId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the mentor assignments where curatorUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param curatorUserId the curator user ID
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentor assignments
	 */
	@Override
	public List<MentorAssignment> findByCuratorUserId(
		long curatorUserId, int start, int end,
		OrderByComparator<MentorAssignment> orderByComparator) {

		return findByCuratorUserId(
			curatorUserId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the mentor assignments where curatorUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param curatorUserId the curator user ID
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentor assignments
	 */
	@Override
	public List<MentorAssignment> findByCuratorUserId(
		long curatorUserId, int start, int end,
		OrderByComparator<MentorAssignment> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByCuratorUserId;
				finderArgs = new Object[] {curatorUserId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByCuratorUserId;
			finderArgs = new Object[] {
				curatorUserId, start, end, orderByComparator
			};
		}

		List<MentorAssignment> list = null;

		if (useFinderCache) {
			list = (List<MentorAssignment>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (MentorAssignment mentorAssignment : list) {
					if (curatorUserId != mentorAssignment.getCuratorUserId()) {
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

			sb.append(_SQL_SELECT_MENTORASSIGNMENT_WHERE);

			sb.append(_FINDER_COLUMN_CURATORUSERID_CURATORUSERID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(MentorAssignmentModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(curatorUserId);

				list = (List<MentorAssignment>)QueryUtil.list(
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
	 * Returns the first mentor assignment in the ordered set where curatorUserId = &#63;.
	 *
	 * @param curatorUserId the curator user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	@Override
	public MentorAssignment findByCuratorUserId_First(
			long curatorUserId,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws NoSuchMentorAssignmentException {

		MentorAssignment mentorAssignment = fetchByCuratorUserId_First(
			curatorUserId, orderByComparator);

		if (mentorAssignment != null) {
			return mentorAssignment;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("curatorUserId=");
		sb.append(curatorUserId);

		sb.append("}");

		throw new NoSuchMentorAssignmentException(sb.toString());
	}

	/**
	 * Returns the first mentor assignment in the ordered set where curatorUserId = &#63;.
	 *
	 * @param curatorUserId the curator user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	@Override
	public MentorAssignment fetchByCuratorUserId_First(
		long curatorUserId,
		OrderByComparator<MentorAssignment> orderByComparator) {

		List<MentorAssignment> list = findByCuratorUserId(
			curatorUserId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last mentor assignment in the ordered set where curatorUserId = &#63;.
	 *
	 * @param curatorUserId the curator user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	@Override
	public MentorAssignment findByCuratorUserId_Last(
			long curatorUserId,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws NoSuchMentorAssignmentException {

		MentorAssignment mentorAssignment = fetchByCuratorUserId_Last(
			curatorUserId, orderByComparator);

		if (mentorAssignment != null) {
			return mentorAssignment;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("curatorUserId=");
		sb.append(curatorUserId);

		sb.append("}");

		throw new NoSuchMentorAssignmentException(sb.toString());
	}

	/**
	 * Returns the last mentor assignment in the ordered set where curatorUserId = &#63;.
	 *
	 * @param curatorUserId the curator user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	@Override
	public MentorAssignment fetchByCuratorUserId_Last(
		long curatorUserId,
		OrderByComparator<MentorAssignment> orderByComparator) {

		int count = countByCuratorUserId(curatorUserId);

		if (count == 0) {
			return null;
		}

		List<MentorAssignment> list = findByCuratorUserId(
			curatorUserId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the mentor assignments before and after the current mentor assignment in the ordered set where curatorUserId = &#63;.
	 *
	 * @param mentorAssignmentId the primary key of the current mentor assignment
	 * @param curatorUserId the curator user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor assignment
	 * @throws NoSuchMentorAssignmentException if a mentor assignment with the primary key could not be found
	 */
	@Override
	public MentorAssignment[] findByCuratorUserId_PrevAndNext(
			long mentorAssignmentId, long curatorUserId,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws NoSuchMentorAssignmentException {

		MentorAssignment mentorAssignment = findByPrimaryKey(
			mentorAssignmentId);

		Session session = null;

		try {
			session = openSession();

			MentorAssignment[] array = new MentorAssignmentImpl[3];

			array[0] = getByCuratorUserId_PrevAndNext(
				session, mentorAssignment, curatorUserId, orderByComparator,
				true);

			array[1] = mentorAssignment;

			array[2] = getByCuratorUserId_PrevAndNext(
				session, mentorAssignment, curatorUserId, orderByComparator,
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

	protected MentorAssignment getByCuratorUserId_PrevAndNext(
		Session session, MentorAssignment mentorAssignment, long curatorUserId,
		OrderByComparator<MentorAssignment> orderByComparator,
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

		sb.append(_SQL_SELECT_MENTORASSIGNMENT_WHERE);

		sb.append(_FINDER_COLUMN_CURATORUSERID_CURATORUSERID_2);

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
			sb.append(MentorAssignmentModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(curatorUserId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						mentorAssignment)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<MentorAssignment> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the mentor assignments where curatorUserId = &#63; from the database.
	 *
	 * @param curatorUserId the curator user ID
	 */
	@Override
	public void removeByCuratorUserId(long curatorUserId) {
		for (MentorAssignment mentorAssignment :
				findByCuratorUserId(
					curatorUserId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(mentorAssignment);
		}
	}

	/**
	 * Returns the number of mentor assignments where curatorUserId = &#63;.
	 *
	 * @param curatorUserId the curator user ID
	 * @return the number of matching mentor assignments
	 */
	@Override
	public int countByCuratorUserId(long curatorUserId) {
		FinderPath finderPath = _finderPathCountByCuratorUserId;

		Object[] finderArgs = new Object[] {curatorUserId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_MENTORASSIGNMENT_WHERE);

			sb.append(_FINDER_COLUMN_CURATORUSERID_CURATORUSERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(curatorUserId);

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

	private static final String _FINDER_COLUMN_CURATORUSERID_CURATORUSERID_2 =
		"mentorAssignment.curatorUserId = ?";

	private FinderPath _finderPathWithPaginationFindByTeacherMentorUserId;
	private FinderPath _finderPathWithoutPaginationFindByTeacherMentorUserId;
	private FinderPath _finderPathCountByTeacherMentorUserId;

	/**
	 * Returns all the mentor assignments where teacherMentorUserId = &#63;.
	 *
	 * @param teacherMentorUserId the teacher mentor user ID
	 * @return the matching mentor assignments
	 */
	@Override
	public List<MentorAssignment> findByTeacherMentorUserId(
		long teacherMentorUserId) {

		return findByTeacherMentorUserId(
			teacherMentorUserId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the mentor assignments where teacherMentorUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param teacherMentorUserId the teacher mentor user ID
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @return the range of matching mentor assignments
	 */
	@Override
	public List<MentorAssignment> findByTeacherMentorUserId(
		long teacherMentorUserId, int start, int end) {

		return findByTeacherMentorUserId(teacherMentorUserId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the mentor assignments where teacherMentorUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param teacherMentorUserId the teacher mentor user ID
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentor assignments
	 */
	@Override
	public List<MentorAssignment> findByTeacherMentorUserId(
		long teacherMentorUserId, int start, int end,
		OrderByComparator<MentorAssignment> orderByComparator) {

		return findByTeacherMentorUserId(
			teacherMentorUserId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the mentor assignments where teacherMentorUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param teacherMentorUserId the teacher mentor user ID
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentor assignments
	 */
	@Override
	public List<MentorAssignment> findByTeacherMentorUserId(
		long teacherMentorUserId, int start, int end,
		OrderByComparator<MentorAssignment> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath =
					_finderPathWithoutPaginationFindByTeacherMentorUserId;
				finderArgs = new Object[] {teacherMentorUserId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByTeacherMentorUserId;
			finderArgs = new Object[] {
				teacherMentorUserId, start, end, orderByComparator
			};
		}

		List<MentorAssignment> list = null;

		if (useFinderCache) {
			list = (List<MentorAssignment>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (MentorAssignment mentorAssignment : list) {
					if (teacherMentorUserId !=
							mentorAssignment.getTeacherMentorUserId()) {

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

			sb.append(_SQL_SELECT_MENTORASSIGNMENT_WHERE);

			sb.append(_FINDER_COLUMN_TEACHERMENTORUSERID_TEACHERMENTORUSERID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(MentorAssignmentModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(teacherMentorUserId);

				list = (List<MentorAssignment>)QueryUtil.list(
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
	 * Returns the first mentor assignment in the ordered set where teacherMentorUserId = &#63;.
	 *
	 * @param teacherMentorUserId the teacher mentor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	@Override
	public MentorAssignment findByTeacherMentorUserId_First(
			long teacherMentorUserId,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws NoSuchMentorAssignmentException {

		MentorAssignment mentorAssignment = fetchByTeacherMentorUserId_First(
			teacherMentorUserId, orderByComparator);

		if (mentorAssignment != null) {
			return mentorAssignment;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("teacherMentorUserId=");
		sb.append(teacherMentorUserId);

		sb.append("}");

		throw new NoSuchMentorAssignmentException(sb.toString());
	}

	/**
	 * Returns the first mentor assignment in the ordered set where teacherMentorUserId = &#63;.
	 *
	 * @param teacherMentorUserId the teacher mentor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	@Override
	public MentorAssignment fetchByTeacherMentorUserId_First(
		long teacherMentorUserId,
		OrderByComparator<MentorAssignment> orderByComparator) {

		List<MentorAssignment> list = findByTeacherMentorUserId(
			teacherMentorUserId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last mentor assignment in the ordered set where teacherMentorUserId = &#63;.
	 *
	 * @param teacherMentorUserId the teacher mentor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment
	 * @throws NoSuchMentorAssignmentException if a matching mentor assignment could not be found
	 */
	@Override
	public MentorAssignment findByTeacherMentorUserId_Last(
			long teacherMentorUserId,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws NoSuchMentorAssignmentException {

		MentorAssignment mentorAssignment = fetchByTeacherMentorUserId_Last(
			teacherMentorUserId, orderByComparator);

		if (mentorAssignment != null) {
			return mentorAssignment;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("teacherMentorUserId=");
		sb.append(teacherMentorUserId);

		sb.append("}");

		throw new NoSuchMentorAssignmentException(sb.toString());
	}

	/**
	 * Returns the last mentor assignment in the ordered set where teacherMentorUserId = &#63;.
	 *
	 * @param teacherMentorUserId the teacher mentor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment, or <code>null</code> if a matching mentor assignment could not be found
	 */
	@Override
	public MentorAssignment fetchByTeacherMentorUserId_Last(
		long teacherMentorUserId,
		OrderByComparator<MentorAssignment> orderByComparator) {

		int count = countByTeacherMentorUserId(teacherMentorUserId);

		if (count == 0) {
			return null;
		}

		List<MentorAssignment> list = findByTeacherMentorUserId(
			teacherMentorUserId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the mentor assignments before and after the current mentor assignment in the ordered set where teacherMentorUserId = &#63;.
	 *
	 * @param mentorAssignmentId the primary key of the current mentor assignment
	 * @param teacherMentorUserId the teacher mentor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor assignment
	 * @throws NoSuchMentorAssignmentException if a mentor assignment with the primary key could not be found
	 */
	@Override
	public MentorAssignment[] findByTeacherMentorUserId_PrevAndNext(
			long mentorAssignmentId, long teacherMentorUserId,
			OrderByComparator<MentorAssignment> orderByComparator)
		throws NoSuchMentorAssignmentException {

		MentorAssignment mentorAssignment = findByPrimaryKey(
			mentorAssignmentId);

		Session session = null;

		try {
			session = openSession();

			MentorAssignment[] array = new MentorAssignmentImpl[3];

			array[0] = getByTeacherMentorUserId_PrevAndNext(
				session, mentorAssignment, teacherMentorUserId,
				orderByComparator, true);

			array[1] = mentorAssignment;

			array[2] = getByTeacherMentorUserId_PrevAndNext(
				session, mentorAssignment, teacherMentorUserId,
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

	protected MentorAssignment getByTeacherMentorUserId_PrevAndNext(
		Session session, MentorAssignment mentorAssignment,
		long teacherMentorUserId,
		OrderByComparator<MentorAssignment> orderByComparator,
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

		sb.append(_SQL_SELECT_MENTORASSIGNMENT_WHERE);

		sb.append(_FINDER_COLUMN_TEACHERMENTORUSERID_TEACHERMENTORUSERID_2);

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
			sb.append(MentorAssignmentModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(teacherMentorUserId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						mentorAssignment)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<MentorAssignment> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the mentor assignments where teacherMentorUserId = &#63; from the database.
	 *
	 * @param teacherMentorUserId the teacher mentor user ID
	 */
	@Override
	public void removeByTeacherMentorUserId(long teacherMentorUserId) {
		for (MentorAssignment mentorAssignment :
				findByTeacherMentorUserId(
					teacherMentorUserId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(mentorAssignment);
		}
	}

	/**
	 * Returns the number of mentor assignments where teacherMentorUserId = &#63;.
	 *
	 * @param teacherMentorUserId the teacher mentor user ID
	 * @return the number of matching mentor assignments
	 */
	@Override
	public int countByTeacherMentorUserId(long teacherMentorUserId) {
		FinderPath finderPath = _finderPathCountByTeacherMentorUserId;

		Object[] finderArgs = new Object[] {teacherMentorUserId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_MENTORASSIGNMENT_WHERE);

			sb.append(_FINDER_COLUMN_TEACHERMENTORUSERID_TEACHERMENTORUSERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(teacherMentorUserId);

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
		_FINDER_COLUMN_TEACHERMENTORUSERID_TEACHERMENTORUSERID_2 =
			"mentorAssignment.teacherMentorUserId = ?";

	public MentorAssignmentPersistenceImpl() {
		setModelClass(MentorAssignment.class);

		setModelImplClass(MentorAssignmentImpl.class);
		setModelPKClass(long.class);

		setTable(MentorAssignmentTable.INSTANCE);
	}

	/**
	 * Caches the mentor assignment in the entity cache if it is enabled.
	 *
	 * @param mentorAssignment the mentor assignment
	 */
	@Override
	public void cacheResult(MentorAssignment mentorAssignment) {
		entityCache.putResult(
			MentorAssignmentImpl.class, mentorAssignment.getPrimaryKey(),
			mentorAssignment);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the mentor assignments in the entity cache if it is enabled.
	 *
	 * @param mentorAssignments the mentor assignments
	 */
	@Override
	public void cacheResult(List<MentorAssignment> mentorAssignments) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (mentorAssignments.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (MentorAssignment mentorAssignment : mentorAssignments) {
			if (entityCache.getResult(
					MentorAssignmentImpl.class,
					mentorAssignment.getPrimaryKey()) == null) {

				cacheResult(mentorAssignment);
			}
		}
	}

	/**
	 * Clears the cache for all mentor assignments.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(MentorAssignmentImpl.class);

		finderCache.clearCache(MentorAssignmentImpl.class);
	}

	/**
	 * Clears the cache for the mentor assignment.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(MentorAssignment mentorAssignment) {
		entityCache.removeResult(MentorAssignmentImpl.class, mentorAssignment);
	}

	@Override
	public void clearCache(List<MentorAssignment> mentorAssignments) {
		for (MentorAssignment mentorAssignment : mentorAssignments) {
			entityCache.removeResult(
				MentorAssignmentImpl.class, mentorAssignment);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(MentorAssignmentImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(MentorAssignmentImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new mentor assignment with the primary key. Does not add the mentor assignment to the database.
	 *
	 * @param mentorAssignmentId the primary key for the new mentor assignment
	 * @return the new mentor assignment
	 */
	@Override
	public MentorAssignment create(long mentorAssignmentId) {
		MentorAssignment mentorAssignment = new MentorAssignmentImpl();

		mentorAssignment.setNew(true);
		mentorAssignment.setPrimaryKey(mentorAssignmentId);

		mentorAssignment.setCompanyId(CompanyThreadLocal.getCompanyId());

		return mentorAssignment;
	}

	/**
	 * Removes the mentor assignment with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param mentorAssignmentId the primary key of the mentor assignment
	 * @return the mentor assignment that was removed
	 * @throws NoSuchMentorAssignmentException if a mentor assignment with the primary key could not be found
	 */
	@Override
	public MentorAssignment remove(long mentorAssignmentId)
		throws NoSuchMentorAssignmentException {

		return remove((Serializable)mentorAssignmentId);
	}

	/**
	 * Removes the mentor assignment with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the mentor assignment
	 * @return the mentor assignment that was removed
	 * @throws NoSuchMentorAssignmentException if a mentor assignment with the primary key could not be found
	 */
	@Override
	public MentorAssignment remove(Serializable primaryKey)
		throws NoSuchMentorAssignmentException {

		Session session = null;

		try {
			session = openSession();

			MentorAssignment mentorAssignment = (MentorAssignment)session.get(
				MentorAssignmentImpl.class, primaryKey);

			if (mentorAssignment == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchMentorAssignmentException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(mentorAssignment);
		}
		catch (NoSuchMentorAssignmentException noSuchEntityException) {
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
	protected MentorAssignment removeImpl(MentorAssignment mentorAssignment) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(mentorAssignment)) {
				mentorAssignment = (MentorAssignment)session.get(
					MentorAssignmentImpl.class,
					mentorAssignment.getPrimaryKeyObj());
			}

			if (mentorAssignment != null) {
				session.delete(mentorAssignment);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (mentorAssignment != null) {
			clearCache(mentorAssignment);
		}

		return mentorAssignment;
	}

	@Override
	public MentorAssignment updateImpl(MentorAssignment mentorAssignment) {
		boolean isNew = mentorAssignment.isNew();

		if (!(mentorAssignment instanceof MentorAssignmentModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(mentorAssignment.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					mentorAssignment);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in mentorAssignment proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom MentorAssignment implementation " +
					mentorAssignment.getClass());
		}

		MentorAssignmentModelImpl mentorAssignmentModelImpl =
			(MentorAssignmentModelImpl)mentorAssignment;

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (mentorAssignment.getCreateDate() == null)) {
			if (serviceContext == null) {
				mentorAssignment.setCreateDate(date);
			}
			else {
				mentorAssignment.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		if (!mentorAssignmentModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				mentorAssignment.setModifiedDate(date);
			}
			else {
				mentorAssignment.setModifiedDate(
					serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(mentorAssignment);
			}
			else {
				mentorAssignment = (MentorAssignment)session.merge(
					mentorAssignment);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			MentorAssignmentImpl.class, mentorAssignmentModelImpl, false, true);

		if (isNew) {
			mentorAssignment.setNew(false);
		}

		mentorAssignment.resetOriginalValues();

		return mentorAssignment;
	}

	/**
	 * Returns the mentor assignment with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the mentor assignment
	 * @return the mentor assignment
	 * @throws NoSuchMentorAssignmentException if a mentor assignment with the primary key could not be found
	 */
	@Override
	public MentorAssignment findByPrimaryKey(Serializable primaryKey)
		throws NoSuchMentorAssignmentException {

		MentorAssignment mentorAssignment = fetchByPrimaryKey(primaryKey);

		if (mentorAssignment == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchMentorAssignmentException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return mentorAssignment;
	}

	/**
	 * Returns the mentor assignment with the primary key or throws a <code>NoSuchMentorAssignmentException</code> if it could not be found.
	 *
	 * @param mentorAssignmentId the primary key of the mentor assignment
	 * @return the mentor assignment
	 * @throws NoSuchMentorAssignmentException if a mentor assignment with the primary key could not be found
	 */
	@Override
	public MentorAssignment findByPrimaryKey(long mentorAssignmentId)
		throws NoSuchMentorAssignmentException {

		return findByPrimaryKey((Serializable)mentorAssignmentId);
	}

	/**
	 * Returns the mentor assignment with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param mentorAssignmentId the primary key of the mentor assignment
	 * @return the mentor assignment, or <code>null</code> if a mentor assignment with the primary key could not be found
	 */
	@Override
	public MentorAssignment fetchByPrimaryKey(long mentorAssignmentId) {
		return fetchByPrimaryKey((Serializable)mentorAssignmentId);
	}

	/**
	 * Returns all the mentor assignments.
	 *
	 * @return the mentor assignments
	 */
	@Override
	public List<MentorAssignment> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the mentor assignments.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @return the range of mentor assignments
	 */
	@Override
	public List<MentorAssignment> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the mentor assignments.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of mentor assignments
	 */
	@Override
	public List<MentorAssignment> findAll(
		int start, int end,
		OrderByComparator<MentorAssignment> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the mentor assignments.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of mentor assignments
	 */
	@Override
	public List<MentorAssignment> findAll(
		int start, int end,
		OrderByComparator<MentorAssignment> orderByComparator,
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

		List<MentorAssignment> list = null;

		if (useFinderCache) {
			list = (List<MentorAssignment>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_MENTORASSIGNMENT);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_MENTORASSIGNMENT;

				sql = sql.concat(MentorAssignmentModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<MentorAssignment>)QueryUtil.list(
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
	 * Removes all the mentor assignments from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (MentorAssignment mentorAssignment : findAll()) {
			remove(mentorAssignment);
		}
	}

	/**
	 * Returns the number of mentor assignments.
	 *
	 * @return the number of mentor assignments
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_MENTORASSIGNMENT);

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
		return "mentorAssignmentId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_MENTORASSIGNMENT;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return MentorAssignmentModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the mentor assignment persistence.
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

		_finderPathWithPaginationFindByG_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByG_S",
			new String[] {
				Long.class.getName(), String.class.getName(),
				Integer.class.getName(), Integer.class.getName(),
				OrderByComparator.class.getName()
			},
			new String[] {"groupId", "status"}, true);

		_finderPathWithoutPaginationFindByG_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByG_S",
			new String[] {Long.class.getName(), String.class.getName()},
			new String[] {"groupId", "status"}, true);

		_finderPathCountByG_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByG_S",
			new String[] {Long.class.getName(), String.class.getName()},
			new String[] {"groupId", "status"}, false);

		_finderPathWithPaginationFindBySupportedSchoolId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findBySupportedSchoolId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"supportedSchoolId"}, true);

		_finderPathWithoutPaginationFindBySupportedSchoolId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION,
			"findBySupportedSchoolId", new String[] {Long.class.getName()},
			new String[] {"supportedSchoolId"}, true);

		_finderPathCountBySupportedSchoolId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION,
			"countBySupportedSchoolId", new String[] {Long.class.getName()},
			new String[] {"supportedSchoolId"}, false);

		_finderPathWithPaginationFindByMentorSchoolId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByMentorSchoolId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"mentorSchoolId"}, true);

		_finderPathWithoutPaginationFindByMentorSchoolId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByMentorSchoolId",
			new String[] {Long.class.getName()},
			new String[] {"mentorSchoolId"}, true);

		_finderPathCountByMentorSchoolId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByMentorSchoolId",
			new String[] {Long.class.getName()},
			new String[] {"mentorSchoolId"}, false);

		_finderPathWithPaginationFindByCuratorUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByCuratorUserId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"curatorUserId"}, true);

		_finderPathWithoutPaginationFindByCuratorUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByCuratorUserId",
			new String[] {Long.class.getName()}, new String[] {"curatorUserId"},
			true);

		_finderPathCountByCuratorUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByCuratorUserId",
			new String[] {Long.class.getName()}, new String[] {"curatorUserId"},
			false);

		_finderPathWithPaginationFindByTeacherMentorUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByTeacherMentorUserId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"teacherMentorUserId"}, true);

		_finderPathWithoutPaginationFindByTeacherMentorUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION,
			"findByTeacherMentorUserId", new String[] {Long.class.getName()},
			new String[] {"teacherMentorUserId"}, true);

		_finderPathCountByTeacherMentorUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION,
			"countByTeacherMentorUserId", new String[] {Long.class.getName()},
			new String[] {"teacherMentorUserId"}, false);

		MentorAssignmentUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		MentorAssignmentUtil.setPersistence(null);

		entityCache.removeCache(MentorAssignmentImpl.class.getName());
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

	private static final String _SQL_SELECT_MENTORASSIGNMENT =
		"SELECT mentorAssignment FROM MentorAssignment mentorAssignment";

	private static final String _SQL_SELECT_MENTORASSIGNMENT_WHERE =
		"SELECT mentorAssignment FROM MentorAssignment mentorAssignment WHERE ";

	private static final String _SQL_COUNT_MENTORASSIGNMENT =
		"SELECT COUNT(mentorAssignment) FROM MentorAssignment mentorAssignment";

	private static final String _SQL_COUNT_MENTORASSIGNMENT_WHERE =
		"SELECT COUNT(mentorAssignment) FROM MentorAssignment mentorAssignment WHERE ";

	private static final String _FILTER_ENTITY_TABLE_FILTER_PK_COLUMN =
		"mentorAssignment.mentorAssignmentId";

	private static final String _FILTER_SQL_SELECT_MENTORASSIGNMENT_WHERE =
		"SELECT DISTINCT {mentorAssignment.*} FROM Opora_MentorAssignment mentorAssignment WHERE ";

	private static final String
		_FILTER_SQL_SELECT_MENTORASSIGNMENT_NO_INLINE_DISTINCT_WHERE_1 =
			"SELECT {Opora_MentorAssignment.*} FROM (SELECT DISTINCT mentorAssignment.mentorAssignmentId FROM Opora_MentorAssignment mentorAssignment WHERE ";

	private static final String
		_FILTER_SQL_SELECT_MENTORASSIGNMENT_NO_INLINE_DISTINCT_WHERE_2 =
			") TEMP_TABLE INNER JOIN Opora_MentorAssignment ON TEMP_TABLE.mentorAssignmentId = Opora_MentorAssignment.mentorAssignmentId";

	private static final String _FILTER_SQL_COUNT_MENTORASSIGNMENT_WHERE =
		"SELECT COUNT(DISTINCT mentorAssignment.mentorAssignmentId) AS COUNT_VALUE FROM Opora_MentorAssignment mentorAssignment WHERE ";

	private static final String _FILTER_ENTITY_ALIAS = "mentorAssignment";

	private static final String _FILTER_ENTITY_TABLE = "Opora_MentorAssignment";

	private static final String _ORDER_BY_ENTITY_ALIAS = "mentorAssignment.";

	private static final String _ORDER_BY_ENTITY_TABLE =
		"Opora_MentorAssignment.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No MentorAssignment exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No MentorAssignment exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		MentorAssignmentPersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}