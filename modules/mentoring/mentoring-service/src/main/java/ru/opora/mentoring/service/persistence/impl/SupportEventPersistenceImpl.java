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

import ru.opora.mentoring.exception.NoSuchSupportEventException;
import ru.opora.mentoring.model.SupportEvent;
import ru.opora.mentoring.model.SupportEventTable;
import ru.opora.mentoring.model.impl.SupportEventImpl;
import ru.opora.mentoring.model.impl.SupportEventModelImpl;
import ru.opora.mentoring.service.persistence.SupportEventPersistence;
import ru.opora.mentoring.service.persistence.SupportEventUtil;
import ru.opora.mentoring.service.persistence.impl.constants.OporaPersistenceConstants;

/**
 * The persistence implementation for the support event service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @generated
 */
@Component(service = SupportEventPersistence.class)
public class SupportEventPersistenceImpl
	extends BasePersistenceImpl<SupportEvent>
	implements SupportEventPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>SupportEventUtil</code> to access the support event persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		SupportEventImpl.class.getName();

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
	 * Returns all the support events where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @return the matching support events
	 */
	@Override
	public List<SupportEvent> findByMentorAssignmentId(
		long mentorAssignmentId) {

		return findByMentorAssignmentId(
			mentorAssignmentId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the support events where mentorAssignmentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SupportEventModelImpl</code>.
	 * </p>
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param start the lower bound of the range of support events
	 * @param end the upper bound of the range of support events (not inclusive)
	 * @return the range of matching support events
	 */
	@Override
	public List<SupportEvent> findByMentorAssignmentId(
		long mentorAssignmentId, int start, int end) {

		return findByMentorAssignmentId(mentorAssignmentId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the support events where mentorAssignmentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SupportEventModelImpl</code>.
	 * </p>
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param start the lower bound of the range of support events
	 * @param end the upper bound of the range of support events (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching support events
	 */
	@Override
	public List<SupportEvent> findByMentorAssignmentId(
		long mentorAssignmentId, int start, int end,
		OrderByComparator<SupportEvent> orderByComparator) {

		return findByMentorAssignmentId(
			mentorAssignmentId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the support events where mentorAssignmentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SupportEventModelImpl</code>.
	 * </p>
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param start the lower bound of the range of support events
	 * @param end the upper bound of the range of support events (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching support events
	 */
	@Override
	public List<SupportEvent> findByMentorAssignmentId(
		long mentorAssignmentId, int start, int end,
		OrderByComparator<SupportEvent> orderByComparator,
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

		List<SupportEvent> list = null;

		if (useFinderCache) {
			list = (List<SupportEvent>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (SupportEvent supportEvent : list) {
					if (mentorAssignmentId !=
							supportEvent.getMentorAssignmentId()) {

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

			sb.append(_SQL_SELECT_SUPPORTEVENT_WHERE);

			sb.append(_FINDER_COLUMN_MENTORASSIGNMENTID_MENTORASSIGNMENTID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(SupportEventModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(mentorAssignmentId);

				list = (List<SupportEvent>)QueryUtil.list(
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
	 * Returns the first support event in the ordered set where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching support event
	 * @throws NoSuchSupportEventException if a matching support event could not be found
	 */
	@Override
	public SupportEvent findByMentorAssignmentId_First(
			long mentorAssignmentId,
			OrderByComparator<SupportEvent> orderByComparator)
		throws NoSuchSupportEventException {

		SupportEvent supportEvent = fetchByMentorAssignmentId_First(
			mentorAssignmentId, orderByComparator);

		if (supportEvent != null) {
			return supportEvent;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("mentorAssignmentId=");
		sb.append(mentorAssignmentId);

		sb.append("}");

		throw new NoSuchSupportEventException(sb.toString());
	}

	/**
	 * Returns the first support event in the ordered set where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching support event, or <code>null</code> if a matching support event could not be found
	 */
	@Override
	public SupportEvent fetchByMentorAssignmentId_First(
		long mentorAssignmentId,
		OrderByComparator<SupportEvent> orderByComparator) {

		List<SupportEvent> list = findByMentorAssignmentId(
			mentorAssignmentId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last support event in the ordered set where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching support event
	 * @throws NoSuchSupportEventException if a matching support event could not be found
	 */
	@Override
	public SupportEvent findByMentorAssignmentId_Last(
			long mentorAssignmentId,
			OrderByComparator<SupportEvent> orderByComparator)
		throws NoSuchSupportEventException {

		SupportEvent supportEvent = fetchByMentorAssignmentId_Last(
			mentorAssignmentId, orderByComparator);

		if (supportEvent != null) {
			return supportEvent;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("mentorAssignmentId=");
		sb.append(mentorAssignmentId);

		sb.append("}");

		throw new NoSuchSupportEventException(sb.toString());
	}

	/**
	 * Returns the last support event in the ordered set where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching support event, or <code>null</code> if a matching support event could not be found
	 */
	@Override
	public SupportEvent fetchByMentorAssignmentId_Last(
		long mentorAssignmentId,
		OrderByComparator<SupportEvent> orderByComparator) {

		int count = countByMentorAssignmentId(mentorAssignmentId);

		if (count == 0) {
			return null;
		}

		List<SupportEvent> list = findByMentorAssignmentId(
			mentorAssignmentId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the support events before and after the current support event in the ordered set where mentorAssignmentId = &#63;.
	 *
	 * @param supportEventId the primary key of the current support event
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next support event
	 * @throws NoSuchSupportEventException if a support event with the primary key could not be found
	 */
	@Override
	public SupportEvent[] findByMentorAssignmentId_PrevAndNext(
			long supportEventId, long mentorAssignmentId,
			OrderByComparator<SupportEvent> orderByComparator)
		throws NoSuchSupportEventException {

		SupportEvent supportEvent = findByPrimaryKey(supportEventId);

		Session session = null;

		try {
			session = openSession();

			SupportEvent[] array = new SupportEventImpl[3];

			array[0] = getByMentorAssignmentId_PrevAndNext(
				session, supportEvent, mentorAssignmentId, orderByComparator,
				true);

			array[1] = supportEvent;

			array[2] = getByMentorAssignmentId_PrevAndNext(
				session, supportEvent, mentorAssignmentId, orderByComparator,
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

	protected SupportEvent getByMentorAssignmentId_PrevAndNext(
		Session session, SupportEvent supportEvent, long mentorAssignmentId,
		OrderByComparator<SupportEvent> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_SUPPORTEVENT_WHERE);

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
			sb.append(SupportEventModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(mentorAssignmentId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(supportEvent)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<SupportEvent> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the support events where mentorAssignmentId = &#63; from the database.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 */
	@Override
	public void removeByMentorAssignmentId(long mentorAssignmentId) {
		for (SupportEvent supportEvent :
				findByMentorAssignmentId(
					mentorAssignmentId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(supportEvent);
		}
	}

	/**
	 * Returns the number of support events where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @return the number of matching support events
	 */
	@Override
	public int countByMentorAssignmentId(long mentorAssignmentId) {
		FinderPath finderPath = _finderPathCountByMentorAssignmentId;

		Object[] finderArgs = new Object[] {mentorAssignmentId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_SUPPORTEVENT_WHERE);

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
			"supportEvent.mentorAssignmentId = ?";

	private FinderPath _finderPathWithPaginationFindByG_S;
	private FinderPath _finderPathWithoutPaginationFindByG_S;
	private FinderPath _finderPathCountByG_S;

	/**
	 * Returns all the support events where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the matching support events
	 */
	@Override
	public List<SupportEvent> findByG_S(long groupId, String status) {
		return findByG_S(
			groupId, status, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the support events where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SupportEventModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of support events
	 * @param end the upper bound of the range of support events (not inclusive)
	 * @return the range of matching support events
	 */
	@Override
	public List<SupportEvent> findByG_S(
		long groupId, String status, int start, int end) {

		return findByG_S(groupId, status, start, end, null);
	}

	/**
	 * Returns an ordered range of all the support events where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SupportEventModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of support events
	 * @param end the upper bound of the range of support events (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching support events
	 */
	@Override
	public List<SupportEvent> findByG_S(
		long groupId, String status, int start, int end,
		OrderByComparator<SupportEvent> orderByComparator) {

		return findByG_S(groupId, status, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the support events where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SupportEventModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of support events
	 * @param end the upper bound of the range of support events (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching support events
	 */
	@Override
	public List<SupportEvent> findByG_S(
		long groupId, String status, int start, int end,
		OrderByComparator<SupportEvent> orderByComparator,
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

		List<SupportEvent> list = null;

		if (useFinderCache) {
			list = (List<SupportEvent>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (SupportEvent supportEvent : list) {
					if ((groupId != supportEvent.getGroupId()) ||
						!status.equals(supportEvent.getStatus())) {

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

			sb.append(_SQL_SELECT_SUPPORTEVENT_WHERE);

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
				sb.append(SupportEventModelImpl.ORDER_BY_JPQL);
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

				list = (List<SupportEvent>)QueryUtil.list(
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
	 * Returns the first support event in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching support event
	 * @throws NoSuchSupportEventException if a matching support event could not be found
	 */
	@Override
	public SupportEvent findByG_S_First(
			long groupId, String status,
			OrderByComparator<SupportEvent> orderByComparator)
		throws NoSuchSupportEventException {

		SupportEvent supportEvent = fetchByG_S_First(
			groupId, status, orderByComparator);

		if (supportEvent != null) {
			return supportEvent;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append(", status=");
		sb.append(status);

		sb.append("}");

		throw new NoSuchSupportEventException(sb.toString());
	}

	/**
	 * Returns the first support event in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching support event, or <code>null</code> if a matching support event could not be found
	 */
	@Override
	public SupportEvent fetchByG_S_First(
		long groupId, String status,
		OrderByComparator<SupportEvent> orderByComparator) {

		List<SupportEvent> list = findByG_S(
			groupId, status, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last support event in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching support event
	 * @throws NoSuchSupportEventException if a matching support event could not be found
	 */
	@Override
	public SupportEvent findByG_S_Last(
			long groupId, String status,
			OrderByComparator<SupportEvent> orderByComparator)
		throws NoSuchSupportEventException {

		SupportEvent supportEvent = fetchByG_S_Last(
			groupId, status, orderByComparator);

		if (supportEvent != null) {
			return supportEvent;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append(", status=");
		sb.append(status);

		sb.append("}");

		throw new NoSuchSupportEventException(sb.toString());
	}

	/**
	 * Returns the last support event in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching support event, or <code>null</code> if a matching support event could not be found
	 */
	@Override
	public SupportEvent fetchByG_S_Last(
		long groupId, String status,
		OrderByComparator<SupportEvent> orderByComparator) {

		int count = countByG_S(groupId, status);

		if (count == 0) {
			return null;
		}

		List<SupportEvent> list = findByG_S(
			groupId, status, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the support events before and after the current support event in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param supportEventId the primary key of the current support event
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next support event
	 * @throws NoSuchSupportEventException if a support event with the primary key could not be found
	 */
	@Override
	public SupportEvent[] findByG_S_PrevAndNext(
			long supportEventId, long groupId, String status,
			OrderByComparator<SupportEvent> orderByComparator)
		throws NoSuchSupportEventException {

		status = Objects.toString(status, "");

		SupportEvent supportEvent = findByPrimaryKey(supportEventId);

		Session session = null;

		try {
			session = openSession();

			SupportEvent[] array = new SupportEventImpl[3];

			array[0] = getByG_S_PrevAndNext(
				session, supportEvent, groupId, status, orderByComparator,
				true);

			array[1] = supportEvent;

			array[2] = getByG_S_PrevAndNext(
				session, supportEvent, groupId, status, orderByComparator,
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

	protected SupportEvent getByG_S_PrevAndNext(
		Session session, SupportEvent supportEvent, long groupId, String status,
		OrderByComparator<SupportEvent> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				5 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(4);
		}

		sb.append(_SQL_SELECT_SUPPORTEVENT_WHERE);

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
			sb.append(SupportEventModelImpl.ORDER_BY_JPQL);
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
					orderByComparator.getOrderByConditionValues(supportEvent)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<SupportEvent> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the support events where groupId = &#63; and status = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 */
	@Override
	public void removeByG_S(long groupId, String status) {
		for (SupportEvent supportEvent :
				findByG_S(
					groupId, status, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(supportEvent);
		}
	}

	/**
	 * Returns the number of support events where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the number of matching support events
	 */
	@Override
	public int countByG_S(long groupId, String status) {
		status = Objects.toString(status, "");

		FinderPath finderPath = _finderPathCountByG_S;

		Object[] finderArgs = new Object[] {groupId, status};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_SUPPORTEVENT_WHERE);

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

	private static final String _FINDER_COLUMN_G_S_GROUPID_2 =
		"supportEvent.groupId = ? AND ";

	private static final String _FINDER_COLUMN_G_S_STATUS_2 =
		"supportEvent.status = ?";

	private static final String _FINDER_COLUMN_G_S_STATUS_3 =
		"(supportEvent.status IS NULL OR supportEvent.status = '')";

	private FinderPath _finderPathWithPaginationFindByStatus;
	private FinderPath _finderPathWithoutPaginationFindByStatus;
	private FinderPath _finderPathCountByStatus;

	/**
	 * Returns all the support events where status = &#63;.
	 *
	 * @param status the status
	 * @return the matching support events
	 */
	@Override
	public List<SupportEvent> findByStatus(String status) {
		return findByStatus(status, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the support events where status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SupportEventModelImpl</code>.
	 * </p>
	 *
	 * @param status the status
	 * @param start the lower bound of the range of support events
	 * @param end the upper bound of the range of support events (not inclusive)
	 * @return the range of matching support events
	 */
	@Override
	public List<SupportEvent> findByStatus(String status, int start, int end) {
		return findByStatus(status, start, end, null);
	}

	/**
	 * Returns an ordered range of all the support events where status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SupportEventModelImpl</code>.
	 * </p>
	 *
	 * @param status the status
	 * @param start the lower bound of the range of support events
	 * @param end the upper bound of the range of support events (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching support events
	 */
	@Override
	public List<SupportEvent> findByStatus(
		String status, int start, int end,
		OrderByComparator<SupportEvent> orderByComparator) {

		return findByStatus(status, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the support events where status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SupportEventModelImpl</code>.
	 * </p>
	 *
	 * @param status the status
	 * @param start the lower bound of the range of support events
	 * @param end the upper bound of the range of support events (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching support events
	 */
	@Override
	public List<SupportEvent> findByStatus(
		String status, int start, int end,
		OrderByComparator<SupportEvent> orderByComparator,
		boolean useFinderCache) {

		status = Objects.toString(status, "");

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByStatus;
				finderArgs = new Object[] {status};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByStatus;
			finderArgs = new Object[] {status, start, end, orderByComparator};
		}

		List<SupportEvent> list = null;

		if (useFinderCache) {
			list = (List<SupportEvent>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (SupportEvent supportEvent : list) {
					if (!status.equals(supportEvent.getStatus())) {
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

			sb.append(_SQL_SELECT_SUPPORTEVENT_WHERE);

			boolean bindStatus = false;

			if (status.isEmpty()) {
				sb.append(_FINDER_COLUMN_STATUS_STATUS_3);
			}
			else {
				bindStatus = true;

				sb.append(_FINDER_COLUMN_STATUS_STATUS_2);
			}

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(SupportEventModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				if (bindStatus) {
					queryPos.add(status);
				}

				list = (List<SupportEvent>)QueryUtil.list(
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
	 * Returns the first support event in the ordered set where status = &#63;.
	 *
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching support event
	 * @throws NoSuchSupportEventException if a matching support event could not be found
	 */
	@Override
	public SupportEvent findByStatus_First(
			String status, OrderByComparator<SupportEvent> orderByComparator)
		throws NoSuchSupportEventException {

		SupportEvent supportEvent = fetchByStatus_First(
			status, orderByComparator);

		if (supportEvent != null) {
			return supportEvent;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("status=");
		sb.append(status);

		sb.append("}");

		throw new NoSuchSupportEventException(sb.toString());
	}

	/**
	 * Returns the first support event in the ordered set where status = &#63;.
	 *
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching support event, or <code>null</code> if a matching support event could not be found
	 */
	@Override
	public SupportEvent fetchByStatus_First(
		String status, OrderByComparator<SupportEvent> orderByComparator) {

		List<SupportEvent> list = findByStatus(status, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last support event in the ordered set where status = &#63;.
	 *
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching support event
	 * @throws NoSuchSupportEventException if a matching support event could not be found
	 */
	@Override
	public SupportEvent findByStatus_Last(
			String status, OrderByComparator<SupportEvent> orderByComparator)
		throws NoSuchSupportEventException {

		SupportEvent supportEvent = fetchByStatus_Last(
			status, orderByComparator);

		if (supportEvent != null) {
			return supportEvent;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("status=");
		sb.append(status);

		sb.append("}");

		throw new NoSuchSupportEventException(sb.toString());
	}

	/**
	 * Returns the last support event in the ordered set where status = &#63;.
	 *
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching support event, or <code>null</code> if a matching support event could not be found
	 */
	@Override
	public SupportEvent fetchByStatus_Last(
		String status, OrderByComparator<SupportEvent> orderByComparator) {

		int count = countByStatus(status);

		if (count == 0) {
			return null;
		}

		List<SupportEvent> list = findByStatus(
			status, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the support events before and after the current support event in the ordered set where status = &#63;.
	 *
	 * @param supportEventId the primary key of the current support event
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next support event
	 * @throws NoSuchSupportEventException if a support event with the primary key could not be found
	 */
	@Override
	public SupportEvent[] findByStatus_PrevAndNext(
			long supportEventId, String status,
			OrderByComparator<SupportEvent> orderByComparator)
		throws NoSuchSupportEventException {

		status = Objects.toString(status, "");

		SupportEvent supportEvent = findByPrimaryKey(supportEventId);

		Session session = null;

		try {
			session = openSession();

			SupportEvent[] array = new SupportEventImpl[3];

			array[0] = getByStatus_PrevAndNext(
				session, supportEvent, status, orderByComparator, true);

			array[1] = supportEvent;

			array[2] = getByStatus_PrevAndNext(
				session, supportEvent, status, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected SupportEvent getByStatus_PrevAndNext(
		Session session, SupportEvent supportEvent, String status,
		OrderByComparator<SupportEvent> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_SUPPORTEVENT_WHERE);

		boolean bindStatus = false;

		if (status.isEmpty()) {
			sb.append(_FINDER_COLUMN_STATUS_STATUS_3);
		}
		else {
			bindStatus = true;

			sb.append(_FINDER_COLUMN_STATUS_STATUS_2);
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
			sb.append(SupportEventModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		if (bindStatus) {
			queryPos.add(status);
		}

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(supportEvent)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<SupportEvent> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the support events where status = &#63; from the database.
	 *
	 * @param status the status
	 */
	@Override
	public void removeByStatus(String status) {
		for (SupportEvent supportEvent :
				findByStatus(
					status, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(supportEvent);
		}
	}

	/**
	 * Returns the number of support events where status = &#63;.
	 *
	 * @param status the status
	 * @return the number of matching support events
	 */
	@Override
	public int countByStatus(String status) {
		status = Objects.toString(status, "");

		FinderPath finderPath = _finderPathCountByStatus;

		Object[] finderArgs = new Object[] {status};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_SUPPORTEVENT_WHERE);

			boolean bindStatus = false;

			if (status.isEmpty()) {
				sb.append(_FINDER_COLUMN_STATUS_STATUS_3);
			}
			else {
				bindStatus = true;

				sb.append(_FINDER_COLUMN_STATUS_STATUS_2);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

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

	private static final String _FINDER_COLUMN_STATUS_STATUS_2 =
		"supportEvent.status = ?";

	private static final String _FINDER_COLUMN_STATUS_STATUS_3 =
		"(supportEvent.status IS NULL OR supportEvent.status = '')";

	public SupportEventPersistenceImpl() {
		setModelClass(SupportEvent.class);

		setModelImplClass(SupportEventImpl.class);
		setModelPKClass(long.class);

		setTable(SupportEventTable.INSTANCE);
	}

	/**
	 * Caches the support event in the entity cache if it is enabled.
	 *
	 * @param supportEvent the support event
	 */
	@Override
	public void cacheResult(SupportEvent supportEvent) {
		entityCache.putResult(
			SupportEventImpl.class, supportEvent.getPrimaryKey(), supportEvent);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the support events in the entity cache if it is enabled.
	 *
	 * @param supportEvents the support events
	 */
	@Override
	public void cacheResult(List<SupportEvent> supportEvents) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (supportEvents.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (SupportEvent supportEvent : supportEvents) {
			if (entityCache.getResult(
					SupportEventImpl.class, supportEvent.getPrimaryKey()) ==
						null) {

				cacheResult(supportEvent);
			}
		}
	}

	/**
	 * Clears the cache for all support events.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(SupportEventImpl.class);

		finderCache.clearCache(SupportEventImpl.class);
	}

	/**
	 * Clears the cache for the support event.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(SupportEvent supportEvent) {
		entityCache.removeResult(SupportEventImpl.class, supportEvent);
	}

	@Override
	public void clearCache(List<SupportEvent> supportEvents) {
		for (SupportEvent supportEvent : supportEvents) {
			entityCache.removeResult(SupportEventImpl.class, supportEvent);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(SupportEventImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(SupportEventImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new support event with the primary key. Does not add the support event to the database.
	 *
	 * @param supportEventId the primary key for the new support event
	 * @return the new support event
	 */
	@Override
	public SupportEvent create(long supportEventId) {
		SupportEvent supportEvent = new SupportEventImpl();

		supportEvent.setNew(true);
		supportEvent.setPrimaryKey(supportEventId);

		supportEvent.setCompanyId(CompanyThreadLocal.getCompanyId());

		return supportEvent;
	}

	/**
	 * Removes the support event with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param supportEventId the primary key of the support event
	 * @return the support event that was removed
	 * @throws NoSuchSupportEventException if a support event with the primary key could not be found
	 */
	@Override
	public SupportEvent remove(long supportEventId)
		throws NoSuchSupportEventException {

		return remove((Serializable)supportEventId);
	}

	/**
	 * Removes the support event with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the support event
	 * @return the support event that was removed
	 * @throws NoSuchSupportEventException if a support event with the primary key could not be found
	 */
	@Override
	public SupportEvent remove(Serializable primaryKey)
		throws NoSuchSupportEventException {

		Session session = null;

		try {
			session = openSession();

			SupportEvent supportEvent = (SupportEvent)session.get(
				SupportEventImpl.class, primaryKey);

			if (supportEvent == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchSupportEventException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(supportEvent);
		}
		catch (NoSuchSupportEventException noSuchEntityException) {
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
	protected SupportEvent removeImpl(SupportEvent supportEvent) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(supportEvent)) {
				supportEvent = (SupportEvent)session.get(
					SupportEventImpl.class, supportEvent.getPrimaryKeyObj());
			}

			if (supportEvent != null) {
				session.delete(supportEvent);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (supportEvent != null) {
			clearCache(supportEvent);
		}

		return supportEvent;
	}

	@Override
	public SupportEvent updateImpl(SupportEvent supportEvent) {
		boolean isNew = supportEvent.isNew();

		if (!(supportEvent instanceof SupportEventModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(supportEvent.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					supportEvent);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in supportEvent proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom SupportEvent implementation " +
					supportEvent.getClass());
		}

		SupportEventModelImpl supportEventModelImpl =
			(SupportEventModelImpl)supportEvent;

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (supportEvent.getCreateDate() == null)) {
			if (serviceContext == null) {
				supportEvent.setCreateDate(date);
			}
			else {
				supportEvent.setCreateDate(serviceContext.getCreateDate(date));
			}
		}

		if (!supportEventModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				supportEvent.setModifiedDate(date);
			}
			else {
				supportEvent.setModifiedDate(
					serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(supportEvent);
			}
			else {
				supportEvent = (SupportEvent)session.merge(supportEvent);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			SupportEventImpl.class, supportEventModelImpl, false, true);

		if (isNew) {
			supportEvent.setNew(false);
		}

		supportEvent.resetOriginalValues();

		return supportEvent;
	}

	/**
	 * Returns the support event with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the support event
	 * @return the support event
	 * @throws NoSuchSupportEventException if a support event with the primary key could not be found
	 */
	@Override
	public SupportEvent findByPrimaryKey(Serializable primaryKey)
		throws NoSuchSupportEventException {

		SupportEvent supportEvent = fetchByPrimaryKey(primaryKey);

		if (supportEvent == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchSupportEventException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return supportEvent;
	}

	/**
	 * Returns the support event with the primary key or throws a <code>NoSuchSupportEventException</code> if it could not be found.
	 *
	 * @param supportEventId the primary key of the support event
	 * @return the support event
	 * @throws NoSuchSupportEventException if a support event with the primary key could not be found
	 */
	@Override
	public SupportEvent findByPrimaryKey(long supportEventId)
		throws NoSuchSupportEventException {

		return findByPrimaryKey((Serializable)supportEventId);
	}

	/**
	 * Returns the support event with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param supportEventId the primary key of the support event
	 * @return the support event, or <code>null</code> if a support event with the primary key could not be found
	 */
	@Override
	public SupportEvent fetchByPrimaryKey(long supportEventId) {
		return fetchByPrimaryKey((Serializable)supportEventId);
	}

	/**
	 * Returns all the support events.
	 *
	 * @return the support events
	 */
	@Override
	public List<SupportEvent> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the support events.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SupportEventModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of support events
	 * @param end the upper bound of the range of support events (not inclusive)
	 * @return the range of support events
	 */
	@Override
	public List<SupportEvent> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the support events.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SupportEventModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of support events
	 * @param end the upper bound of the range of support events (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of support events
	 */
	@Override
	public List<SupportEvent> findAll(
		int start, int end, OrderByComparator<SupportEvent> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the support events.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SupportEventModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of support events
	 * @param end the upper bound of the range of support events (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of support events
	 */
	@Override
	public List<SupportEvent> findAll(
		int start, int end, OrderByComparator<SupportEvent> orderByComparator,
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

		List<SupportEvent> list = null;

		if (useFinderCache) {
			list = (List<SupportEvent>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_SUPPORTEVENT);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_SUPPORTEVENT;

				sql = sql.concat(SupportEventModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<SupportEvent>)QueryUtil.list(
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
	 * Removes all the support events from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (SupportEvent supportEvent : findAll()) {
			remove(supportEvent);
		}
	}

	/**
	 * Returns the number of support events.
	 *
	 * @return the number of support events
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_SUPPORTEVENT);

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
		return "supportEventId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_SUPPORTEVENT;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return SupportEventModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the support event persistence.
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

		_finderPathWithPaginationFindByStatus = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByStatus",
			new String[] {
				String.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"status"}, true);

		_finderPathWithoutPaginationFindByStatus = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByStatus",
			new String[] {String.class.getName()}, new String[] {"status"},
			true);

		_finderPathCountByStatus = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByStatus",
			new String[] {String.class.getName()}, new String[] {"status"},
			false);

		SupportEventUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		SupportEventUtil.setPersistence(null);

		entityCache.removeCache(SupportEventImpl.class.getName());
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

	private static final String _SQL_SELECT_SUPPORTEVENT =
		"SELECT supportEvent FROM SupportEvent supportEvent";

	private static final String _SQL_SELECT_SUPPORTEVENT_WHERE =
		"SELECT supportEvent FROM SupportEvent supportEvent WHERE ";

	private static final String _SQL_COUNT_SUPPORTEVENT =
		"SELECT COUNT(supportEvent) FROM SupportEvent supportEvent";

	private static final String _SQL_COUNT_SUPPORTEVENT_WHERE =
		"SELECT COUNT(supportEvent) FROM SupportEvent supportEvent WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "supportEvent.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No SupportEvent exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No SupportEvent exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		SupportEventPersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}