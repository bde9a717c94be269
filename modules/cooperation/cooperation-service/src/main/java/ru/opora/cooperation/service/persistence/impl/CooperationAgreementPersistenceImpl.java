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
import com.liferay.portal.kernel.util.SetUtil;

import java.io.Serializable;

import java.lang.reflect.InvocationHandler;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import ru.opora.cooperation.exception.NoSuchCooperationAgreementException;
import ru.opora.cooperation.model.CooperationAgreement;
import ru.opora.cooperation.model.CooperationAgreementTable;
import ru.opora.cooperation.model.impl.CooperationAgreementImpl;
import ru.opora.cooperation.model.impl.CooperationAgreementModelImpl;
import ru.opora.cooperation.service.persistence.CooperationAgreementPersistence;
import ru.opora.cooperation.service.persistence.CooperationAgreementUtil;
import ru.opora.cooperation.service.persistence.impl.constants.OporaPersistenceConstants;

/**
 * The persistence implementation for the cooperation agreement service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @generated
 */
@Component(service = CooperationAgreementPersistence.class)
public class CooperationAgreementPersistenceImpl
	extends BasePersistenceImpl<CooperationAgreement>
	implements CooperationAgreementPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>CooperationAgreementUtil</code> to access the cooperation agreement persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		CooperationAgreementImpl.class.getName();

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
	 * Returns all the cooperation agreements where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching cooperation agreements
	 */
	@Override
	public List<CooperationAgreement> findByGroupId(long groupId) {
		return findByGroupId(
			groupId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the cooperation agreements where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @return the range of matching cooperation agreements
	 */
	@Override
	public List<CooperationAgreement> findByGroupId(
		long groupId, int start, int end) {

		return findByGroupId(groupId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the cooperation agreements where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching cooperation agreements
	 */
	@Override
	public List<CooperationAgreement> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<CooperationAgreement> orderByComparator) {

		return findByGroupId(groupId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the cooperation agreements where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching cooperation agreements
	 */
	@Override
	public List<CooperationAgreement> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<CooperationAgreement> orderByComparator,
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

		List<CooperationAgreement> list = null;

		if (useFinderCache) {
			list = (List<CooperationAgreement>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (CooperationAgreement cooperationAgreement : list) {
					if (groupId != cooperationAgreement.getGroupId()) {
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

			sb.append(_SQL_SELECT_COOPERATIONAGREEMENT_WHERE);

			sb.append(_FINDER_COLUMN_GROUPID_GROUPID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(CooperationAgreementModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

				list = (List<CooperationAgreement>)QueryUtil.list(
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
	 * Returns the first cooperation agreement in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a matching cooperation agreement could not be found
	 */
	@Override
	public CooperationAgreement findByGroupId_First(
			long groupId,
			OrderByComparator<CooperationAgreement> orderByComparator)
		throws NoSuchCooperationAgreementException {

		CooperationAgreement cooperationAgreement = fetchByGroupId_First(
			groupId, orderByComparator);

		if (cooperationAgreement != null) {
			return cooperationAgreement;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append("}");

		throw new NoSuchCooperationAgreementException(sb.toString());
	}

	/**
	 * Returns the first cooperation agreement in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching cooperation agreement, or <code>null</code> if a matching cooperation agreement could not be found
	 */
	@Override
	public CooperationAgreement fetchByGroupId_First(
		long groupId,
		OrderByComparator<CooperationAgreement> orderByComparator) {

		List<CooperationAgreement> list = findByGroupId(
			groupId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last cooperation agreement in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a matching cooperation agreement could not be found
	 */
	@Override
	public CooperationAgreement findByGroupId_Last(
			long groupId,
			OrderByComparator<CooperationAgreement> orderByComparator)
		throws NoSuchCooperationAgreementException {

		CooperationAgreement cooperationAgreement = fetchByGroupId_Last(
			groupId, orderByComparator);

		if (cooperationAgreement != null) {
			return cooperationAgreement;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append("}");

		throw new NoSuchCooperationAgreementException(sb.toString());
	}

	/**
	 * Returns the last cooperation agreement in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching cooperation agreement, or <code>null</code> if a matching cooperation agreement could not be found
	 */
	@Override
	public CooperationAgreement fetchByGroupId_Last(
		long groupId,
		OrderByComparator<CooperationAgreement> orderByComparator) {

		int count = countByGroupId(groupId);

		if (count == 0) {
			return null;
		}

		List<CooperationAgreement> list = findByGroupId(
			groupId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the cooperation agreements before and after the current cooperation agreement in the ordered set where groupId = &#63;.
	 *
	 * @param agreementId the primary key of the current cooperation agreement
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a cooperation agreement with the primary key could not be found
	 */
	@Override
	public CooperationAgreement[] findByGroupId_PrevAndNext(
			long agreementId, long groupId,
			OrderByComparator<CooperationAgreement> orderByComparator)
		throws NoSuchCooperationAgreementException {

		CooperationAgreement cooperationAgreement = findByPrimaryKey(
			agreementId);

		Session session = null;

		try {
			session = openSession();

			CooperationAgreement[] array = new CooperationAgreementImpl[3];

			array[0] = getByGroupId_PrevAndNext(
				session, cooperationAgreement, groupId, orderByComparator,
				true);

			array[1] = cooperationAgreement;

			array[2] = getByGroupId_PrevAndNext(
				session, cooperationAgreement, groupId, orderByComparator,
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

	protected CooperationAgreement getByGroupId_PrevAndNext(
		Session session, CooperationAgreement cooperationAgreement,
		long groupId, OrderByComparator<CooperationAgreement> orderByComparator,
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

		sb.append(_SQL_SELECT_COOPERATIONAGREEMENT_WHERE);

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
			sb.append(CooperationAgreementModelImpl.ORDER_BY_JPQL);
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
						cooperationAgreement)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<CooperationAgreement> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Returns all the cooperation agreements that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching cooperation agreements that the user has permission to view
	 */
	@Override
	public List<CooperationAgreement> filterFindByGroupId(long groupId) {
		return filterFindByGroupId(
			groupId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the cooperation agreements that the user has permission to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @return the range of matching cooperation agreements that the user has permission to view
	 */
	@Override
	public List<CooperationAgreement> filterFindByGroupId(
		long groupId, int start, int end) {

		return filterFindByGroupId(groupId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the cooperation agreements that the user has permissions to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching cooperation agreements that the user has permission to view
	 */
	@Override
	public List<CooperationAgreement> filterFindByGroupId(
		long groupId, int start, int end,
		OrderByComparator<CooperationAgreement> orderByComparator) {

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
			sb.append(_FILTER_SQL_SELECT_COOPERATIONAGREEMENT_WHERE);
		}
		else {
			sb.append(
				_FILTER_SQL_SELECT_COOPERATIONAGREEMENT_NO_INLINE_DISTINCT_WHERE_1);
		}

		sb.append(_FINDER_COLUMN_GROUPID_GROUPID_2);

		if (!getDB().isSupportsInlineDistinct()) {
			sb.append(
				_FILTER_SQL_SELECT_COOPERATIONAGREEMENT_NO_INLINE_DISTINCT_WHERE_2);
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
					CooperationAgreementModelImpl.ORDER_BY_SQL_INLINE_DISTINCT);
			}
			else {
				sb.append(CooperationAgreementModelImpl.ORDER_BY_SQL);
			}
		}

		String sql = InlineSQLHelperUtil.replacePermissionCheck(
			sb.toString(), CooperationAgreement.class.getName(),
			_FILTER_ENTITY_TABLE_FILTER_PK_COLUMN, groupId);

		Session session = null;

		try {
			session = openSession();

			SQLQuery sqlQuery = session.createSynchronizedSQLQuery(sql);

			if (getDB().isSupportsInlineDistinct()) {
				sqlQuery.addEntity(
					_FILTER_ENTITY_ALIAS, CooperationAgreementImpl.class);
			}
			else {
				sqlQuery.addEntity(
					_FILTER_ENTITY_TABLE, CooperationAgreementImpl.class);
			}

			QueryPos queryPos = QueryPos.getInstance(sqlQuery);

			queryPos.add(groupId);

			return (List<CooperationAgreement>)QueryUtil.list(
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
	 * Returns the cooperation agreements before and after the current cooperation agreement in the ordered set of cooperation agreements that the user has permission to view where groupId = &#63;.
	 *
	 * @param agreementId the primary key of the current cooperation agreement
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a cooperation agreement with the primary key could not be found
	 */
	@Override
	public CooperationAgreement[] filterFindByGroupId_PrevAndNext(
			long agreementId, long groupId,
			OrderByComparator<CooperationAgreement> orderByComparator)
		throws NoSuchCooperationAgreementException {

		if (!InlineSQLHelperUtil.isEnabled(groupId)) {
			return findByGroupId_PrevAndNext(
				agreementId, groupId, orderByComparator);
		}

		CooperationAgreement cooperationAgreement = findByPrimaryKey(
			agreementId);

		Session session = null;

		try {
			session = openSession();

			CooperationAgreement[] array = new CooperationAgreementImpl[3];

			array[0] = filterGetByGroupId_PrevAndNext(
				session, cooperationAgreement, groupId, orderByComparator,
				true);

			array[1] = cooperationAgreement;

			array[2] = filterGetByGroupId_PrevAndNext(
				session, cooperationAgreement, groupId, orderByComparator,
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

	protected CooperationAgreement filterGetByGroupId_PrevAndNext(
		Session session, CooperationAgreement cooperationAgreement,
		long groupId, OrderByComparator<CooperationAgreement> orderByComparator,
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
			sb.append(_FILTER_SQL_SELECT_COOPERATIONAGREEMENT_WHERE);
		}
		else {
			sb.append(
				_FILTER_SQL_SELECT_COOPERATIONAGREEMENT_NO_INLINE_DISTINCT_WHERE_1);
		}

		sb.append(_FINDER_COLUMN_GROUPID_GROUPID_2);

		if (!getDB().isSupportsInlineDistinct()) {
			sb.append(
				_FILTER_SQL_SELECT_COOPERATIONAGREEMENT_NO_INLINE_DISTINCT_WHERE_2);
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
					CooperationAgreementModelImpl.ORDER_BY_SQL_INLINE_DISTINCT);
			}
			else {
				sb.append(CooperationAgreementModelImpl.ORDER_BY_SQL);
			}
		}

		String sql = InlineSQLHelperUtil.replacePermissionCheck(
			sb.toString(), CooperationAgreement.class.getName(),
			_FILTER_ENTITY_TABLE_FILTER_PK_COLUMN, groupId);

		SQLQuery sqlQuery = session.createSynchronizedSQLQuery(sql);

		sqlQuery.setFirstResult(0);
		sqlQuery.setMaxResults(2);

		if (getDB().isSupportsInlineDistinct()) {
			sqlQuery.addEntity(
				_FILTER_ENTITY_ALIAS, CooperationAgreementImpl.class);
		}
		else {
			sqlQuery.addEntity(
				_FILTER_ENTITY_TABLE, CooperationAgreementImpl.class);
		}

		QueryPos queryPos = QueryPos.getInstance(sqlQuery);

		queryPos.add(groupId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						cooperationAgreement)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<CooperationAgreement> list = sqlQuery.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the cooperation agreements where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	@Override
	public void removeByGroupId(long groupId) {
		for (CooperationAgreement cooperationAgreement :
				findByGroupId(
					groupId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(cooperationAgreement);
		}
	}

	/**
	 * Returns the number of cooperation agreements where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching cooperation agreements
	 */
	@Override
	public int countByGroupId(long groupId) {
		FinderPath finderPath = _finderPathCountByGroupId;

		Object[] finderArgs = new Object[] {groupId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_COOPERATIONAGREEMENT_WHERE);

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
	 * Returns the number of cooperation agreements that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching cooperation agreements that the user has permission to view
	 */
	@Override
	public int filterCountByGroupId(long groupId) {
		if (!InlineSQLHelperUtil.isEnabled(groupId)) {
			return countByGroupId(groupId);
		}

		StringBundler sb = new StringBundler(2);

		sb.append(_FILTER_SQL_COUNT_COOPERATIONAGREEMENT_WHERE);

		sb.append(_FINDER_COLUMN_GROUPID_GROUPID_2);

		String sql = InlineSQLHelperUtil.replacePermissionCheck(
			sb.toString(), CooperationAgreement.class.getName(),
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
		"cooperationAgreement.groupId = ?";

	private FinderPath _finderPathWithPaginationFindByCompanyId;
	private FinderPath _finderPathWithoutPaginationFindByCompanyId;
	private FinderPath _finderPathCountByCompanyId;

	/**
	 * Returns all the cooperation agreements where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching cooperation agreements
	 */
	@Override
	public List<CooperationAgreement> findByCompanyId(long companyId) {
		return findByCompanyId(
			companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the cooperation agreements where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @return the range of matching cooperation agreements
	 */
	@Override
	public List<CooperationAgreement> findByCompanyId(
		long companyId, int start, int end) {

		return findByCompanyId(companyId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the cooperation agreements where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching cooperation agreements
	 */
	@Override
	public List<CooperationAgreement> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<CooperationAgreement> orderByComparator) {

		return findByCompanyId(companyId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the cooperation agreements where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching cooperation agreements
	 */
	@Override
	public List<CooperationAgreement> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<CooperationAgreement> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByCompanyId;
				finderArgs = new Object[] {companyId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByCompanyId;
			finderArgs = new Object[] {
				companyId, start, end, orderByComparator
			};
		}

		List<CooperationAgreement> list = null;

		if (useFinderCache) {
			list = (List<CooperationAgreement>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (CooperationAgreement cooperationAgreement : list) {
					if (companyId != cooperationAgreement.getCompanyId()) {
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

			sb.append(_SQL_SELECT_COOPERATIONAGREEMENT_WHERE);

			sb.append(_FINDER_COLUMN_COMPANYID_COMPANYID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(CooperationAgreementModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				list = (List<CooperationAgreement>)QueryUtil.list(
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
	 * Returns the first cooperation agreement in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a matching cooperation agreement could not be found
	 */
	@Override
	public CooperationAgreement findByCompanyId_First(
			long companyId,
			OrderByComparator<CooperationAgreement> orderByComparator)
		throws NoSuchCooperationAgreementException {

		CooperationAgreement cooperationAgreement = fetchByCompanyId_First(
			companyId, orderByComparator);

		if (cooperationAgreement != null) {
			return cooperationAgreement;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchCooperationAgreementException(sb.toString());
	}

	/**
	 * Returns the first cooperation agreement in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching cooperation agreement, or <code>null</code> if a matching cooperation agreement could not be found
	 */
	@Override
	public CooperationAgreement fetchByCompanyId_First(
		long companyId,
		OrderByComparator<CooperationAgreement> orderByComparator) {

		List<CooperationAgreement> list = findByCompanyId(
			companyId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last cooperation agreement in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a matching cooperation agreement could not be found
	 */
	@Override
	public CooperationAgreement findByCompanyId_Last(
			long companyId,
			OrderByComparator<CooperationAgreement> orderByComparator)
		throws NoSuchCooperationAgreementException {

		CooperationAgreement cooperationAgreement = fetchByCompanyId_Last(
			companyId, orderByComparator);

		if (cooperationAgreement != null) {
			return cooperationAgreement;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchCooperationAgreementException(sb.toString());
	}

	/**
	 * Returns the last cooperation agreement in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching cooperation agreement, or <code>null</code> if a matching cooperation agreement could not be found
	 */
	@Override
	public CooperationAgreement fetchByCompanyId_Last(
		long companyId,
		OrderByComparator<CooperationAgreement> orderByComparator) {

		int count = countByCompanyId(companyId);

		if (count == 0) {
			return null;
		}

		List<CooperationAgreement> list = findByCompanyId(
			companyId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the cooperation agreements before and after the current cooperation agreement in the ordered set where companyId = &#63;.
	 *
	 * @param agreementId the primary key of the current cooperation agreement
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a cooperation agreement with the primary key could not be found
	 */
	@Override
	public CooperationAgreement[] findByCompanyId_PrevAndNext(
			long agreementId, long companyId,
			OrderByComparator<CooperationAgreement> orderByComparator)
		throws NoSuchCooperationAgreementException {

		CooperationAgreement cooperationAgreement = findByPrimaryKey(
			agreementId);

		Session session = null;

		try {
			session = openSession();

			CooperationAgreement[] array = new CooperationAgreementImpl[3];

			array[0] = getByCompanyId_PrevAndNext(
				session, cooperationAgreement, companyId, orderByComparator,
				true);

			array[1] = cooperationAgreement;

			array[2] = getByCompanyId_PrevAndNext(
				session, cooperationAgreement, companyId, orderByComparator,
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

	protected CooperationAgreement getByCompanyId_PrevAndNext(
		Session session, CooperationAgreement cooperationAgreement,
		long companyId,
		OrderByComparator<CooperationAgreement> orderByComparator,
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

		sb.append(_SQL_SELECT_COOPERATIONAGREEMENT_WHERE);

		sb.append(_FINDER_COLUMN_COMPANYID_COMPANYID_2);

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
			sb.append(CooperationAgreementModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(companyId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						cooperationAgreement)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<CooperationAgreement> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the cooperation agreements where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	@Override
	public void removeByCompanyId(long companyId) {
		for (CooperationAgreement cooperationAgreement :
				findByCompanyId(
					companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(cooperationAgreement);
		}
	}

	/**
	 * Returns the number of cooperation agreements where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching cooperation agreements
	 */
	@Override
	public int countByCompanyId(long companyId) {
		FinderPath finderPath = _finderPathCountByCompanyId;

		Object[] finderArgs = new Object[] {companyId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_COOPERATIONAGREEMENT_WHERE);

			sb.append(_FINDER_COLUMN_COMPANYID_COMPANYID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

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

	private static final String _FINDER_COLUMN_COMPANYID_COMPANYID_2 =
		"cooperationAgreement.companyId = ?";

	private FinderPath _finderPathWithPaginationFindByStatus;
	private FinderPath _finderPathWithoutPaginationFindByStatus;
	private FinderPath _finderPathCountByStatus;

	/**
	 * Returns all the cooperation agreements where status = &#63;.
	 *
	 * @param status the status
	 * @return the matching cooperation agreements
	 */
	@Override
	public List<CooperationAgreement> findByStatus(String status) {
		return findByStatus(status, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the cooperation agreements where status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param status the status
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @return the range of matching cooperation agreements
	 */
	@Override
	public List<CooperationAgreement> findByStatus(
		String status, int start, int end) {

		return findByStatus(status, start, end, null);
	}

	/**
	 * Returns an ordered range of all the cooperation agreements where status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param status the status
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching cooperation agreements
	 */
	@Override
	public List<CooperationAgreement> findByStatus(
		String status, int start, int end,
		OrderByComparator<CooperationAgreement> orderByComparator) {

		return findByStatus(status, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the cooperation agreements where status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param status the status
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching cooperation agreements
	 */
	@Override
	public List<CooperationAgreement> findByStatus(
		String status, int start, int end,
		OrderByComparator<CooperationAgreement> orderByComparator,
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

		List<CooperationAgreement> list = null;

		if (useFinderCache) {
			list = (List<CooperationAgreement>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (CooperationAgreement cooperationAgreement : list) {
					if (!status.equals(cooperationAgreement.getStatus())) {
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

			sb.append(_SQL_SELECT_COOPERATIONAGREEMENT_WHERE);

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
				sb.append(CooperationAgreementModelImpl.ORDER_BY_JPQL);
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

				list = (List<CooperationAgreement>)QueryUtil.list(
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
	 * Returns the first cooperation agreement in the ordered set where status = &#63;.
	 *
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a matching cooperation agreement could not be found
	 */
	@Override
	public CooperationAgreement findByStatus_First(
			String status,
			OrderByComparator<CooperationAgreement> orderByComparator)
		throws NoSuchCooperationAgreementException {

		CooperationAgreement cooperationAgreement = fetchByStatus_First(
			status, orderByComparator);

		if (cooperationAgreement != null) {
			return cooperationAgreement;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("status=");
		sb.append(status);

		sb.append("}");

		throw new NoSuchCooperationAgreementException(sb.toString());
	}

	/**
	 * Returns the first cooperation agreement in the ordered set where status = &#63;.
	 *
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching cooperation agreement, or <code>null</code> if a matching cooperation agreement could not be found
	 */
	@Override
	public CooperationAgreement fetchByStatus_First(
		String status,
		OrderByComparator<CooperationAgreement> orderByComparator) {

		List<CooperationAgreement> list = findByStatus(
			status, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last cooperation agreement in the ordered set where status = &#63;.
	 *
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a matching cooperation agreement could not be found
	 */
	@Override
	public CooperationAgreement findByStatus_Last(
			String status,
			OrderByComparator<CooperationAgreement> orderByComparator)
		throws NoSuchCooperationAgreementException {

		CooperationAgreement cooperationAgreement = fetchByStatus_Last(
			status, orderByComparator);

		if (cooperationAgreement != null) {
			return cooperationAgreement;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("status=");
		sb.append(status);

		sb.append("}");

		throw new NoSuchCooperationAgreementException(sb.toString());
	}

	/**
	 * Returns the last cooperation agreement in the ordered set where status = &#63;.
	 *
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching cooperation agreement, or <code>null</code> if a matching cooperation agreement could not be found
	 */
	@Override
	public CooperationAgreement fetchByStatus_Last(
		String status,
		OrderByComparator<CooperationAgreement> orderByComparator) {

		int count = countByStatus(status);

		if (count == 0) {
			return null;
		}

		List<CooperationAgreement> list = findByStatus(
			status, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the cooperation agreements before and after the current cooperation agreement in the ordered set where status = &#63;.
	 *
	 * @param agreementId the primary key of the current cooperation agreement
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a cooperation agreement with the primary key could not be found
	 */
	@Override
	public CooperationAgreement[] findByStatus_PrevAndNext(
			long agreementId, String status,
			OrderByComparator<CooperationAgreement> orderByComparator)
		throws NoSuchCooperationAgreementException {

		status = Objects.toString(status, "");

		CooperationAgreement cooperationAgreement = findByPrimaryKey(
			agreementId);

		Session session = null;

		try {
			session = openSession();

			CooperationAgreement[] array = new CooperationAgreementImpl[3];

			array[0] = getByStatus_PrevAndNext(
				session, cooperationAgreement, status, orderByComparator, true);

			array[1] = cooperationAgreement;

			array[2] = getByStatus_PrevAndNext(
				session, cooperationAgreement, status, orderByComparator,
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

	protected CooperationAgreement getByStatus_PrevAndNext(
		Session session, CooperationAgreement cooperationAgreement,
		String status,
		OrderByComparator<CooperationAgreement> orderByComparator,
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

		sb.append(_SQL_SELECT_COOPERATIONAGREEMENT_WHERE);

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
			sb.append(CooperationAgreementModelImpl.ORDER_BY_JPQL);
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
					orderByComparator.getOrderByConditionValues(
						cooperationAgreement)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<CooperationAgreement> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the cooperation agreements where status = &#63; from the database.
	 *
	 * @param status the status
	 */
	@Override
	public void removeByStatus(String status) {
		for (CooperationAgreement cooperationAgreement :
				findByStatus(
					status, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(cooperationAgreement);
		}
	}

	/**
	 * Returns the number of cooperation agreements where status = &#63;.
	 *
	 * @param status the status
	 * @return the number of matching cooperation agreements
	 */
	@Override
	public int countByStatus(String status) {
		status = Objects.toString(status, "");

		FinderPath finderPath = _finderPathCountByStatus;

		Object[] finderArgs = new Object[] {status};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_COOPERATIONAGREEMENT_WHERE);

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
		"cooperationAgreement.status = ?";

	private static final String _FINDER_COLUMN_STATUS_STATUS_3 =
		"(cooperationAgreement.status IS NULL OR cooperationAgreement.status = '')";

	private FinderPath _finderPathWithPaginationFindByRootAgreementId;
	private FinderPath _finderPathWithoutPaginationFindByRootAgreementId;
	private FinderPath _finderPathCountByRootAgreementId;

	/**
	 * Returns all the cooperation agreements where rootAgreementId = &#63;.
	 *
	 * @param rootAgreementId the root agreement ID
	 * @return the matching cooperation agreements
	 */
	@Override
	public List<CooperationAgreement> findByRootAgreementId(
		long rootAgreementId) {

		return findByRootAgreementId(
			rootAgreementId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the cooperation agreements where rootAgreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param rootAgreementId the root agreement ID
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @return the range of matching cooperation agreements
	 */
	@Override
	public List<CooperationAgreement> findByRootAgreementId(
		long rootAgreementId, int start, int end) {

		return findByRootAgreementId(rootAgreementId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the cooperation agreements where rootAgreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param rootAgreementId the root agreement ID
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching cooperation agreements
	 */
	@Override
	public List<CooperationAgreement> findByRootAgreementId(
		long rootAgreementId, int start, int end,
		OrderByComparator<CooperationAgreement> orderByComparator) {

		return findByRootAgreementId(
			rootAgreementId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the cooperation agreements where rootAgreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param rootAgreementId the root agreement ID
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching cooperation agreements
	 */
	@Override
	public List<CooperationAgreement> findByRootAgreementId(
		long rootAgreementId, int start, int end,
		OrderByComparator<CooperationAgreement> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByRootAgreementId;
				finderArgs = new Object[] {rootAgreementId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByRootAgreementId;
			finderArgs = new Object[] {
				rootAgreementId, start, end, orderByComparator
			};
		}

		List<CooperationAgreement> list = null;

		if (useFinderCache) {
			list = (List<CooperationAgreement>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (CooperationAgreement cooperationAgreement : list) {
					if (rootAgreementId !=
							cooperationAgreement.getRootAgreementId()) {

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

			sb.append(_SQL_SELECT_COOPERATIONAGREEMENT_WHERE);

			sb.append(_FINDER_COLUMN_ROOTAGREEMENTID_ROOTAGREEMENTID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(CooperationAgreementModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(rootAgreementId);

				list = (List<CooperationAgreement>)QueryUtil.list(
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
	 * Returns the first cooperation agreement in the ordered set where rootAgreementId = &#63;.
	 *
	 * @param rootAgreementId the root agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a matching cooperation agreement could not be found
	 */
	@Override
	public CooperationAgreement findByRootAgreementId_First(
			long rootAgreementId,
			OrderByComparator<CooperationAgreement> orderByComparator)
		throws NoSuchCooperationAgreementException {

		CooperationAgreement cooperationAgreement =
			fetchByRootAgreementId_First(rootAgreementId, orderByComparator);

		if (cooperationAgreement != null) {
			return cooperationAgreement;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("rootAgreementId=");
		sb.append(rootAgreementId);

		sb.append("}");

		throw new NoSuchCooperationAgreementException(sb.toString());
	}

	/**
	 * Returns the first cooperation agreement in the ordered set where rootAgreementId = &#63;.
	 *
	 * @param rootAgreementId the root agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching cooperation agreement, or <code>null</code> if a matching cooperation agreement could not be found
	 */
	@Override
	public CooperationAgreement fetchByRootAgreementId_First(
		long rootAgreementId,
		OrderByComparator<CooperationAgreement> orderByComparator) {

		List<CooperationAgreement> list = findByRootAgreementId(
			rootAgreementId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last cooperation agreement in the ordered set where rootAgreementId = &#63;.
	 *
	 * @param rootAgreementId the root agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a matching cooperation agreement could not be found
	 */
	@Override
	public CooperationAgreement findByRootAgreementId_Last(
			long rootAgreementId,
			OrderByComparator<CooperationAgreement> orderByComparator)
		throws NoSuchCooperationAgreementException {

		CooperationAgreement cooperationAgreement = fetchByRootAgreementId_Last(
			rootAgreementId, orderByComparator);

		if (cooperationAgreement != null) {
			return cooperationAgreement;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("rootAgreementId=");
		sb.append(rootAgreementId);

		sb.append("}");

		throw new NoSuchCooperationAgreementException(sb.toString());
	}

	/**
	 * Returns the last cooperation agreement in the ordered set where rootAgreementId = &#63;.
	 *
	 * @param rootAgreementId the root agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching cooperation agreement, or <code>null</code> if a matching cooperation agreement could not be found
	 */
	@Override
	public CooperationAgreement fetchByRootAgreementId_Last(
		long rootAgreementId,
		OrderByComparator<CooperationAgreement> orderByComparator) {

		int count = countByRootAgreementId(rootAgreementId);

		if (count == 0) {
			return null;
		}

		List<CooperationAgreement> list = findByRootAgreementId(
			rootAgreementId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the cooperation agreements before and after the current cooperation agreement in the ordered set where rootAgreementId = &#63;.
	 *
	 * @param agreementId the primary key of the current cooperation agreement
	 * @param rootAgreementId the root agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a cooperation agreement with the primary key could not be found
	 */
	@Override
	public CooperationAgreement[] findByRootAgreementId_PrevAndNext(
			long agreementId, long rootAgreementId,
			OrderByComparator<CooperationAgreement> orderByComparator)
		throws NoSuchCooperationAgreementException {

		CooperationAgreement cooperationAgreement = findByPrimaryKey(
			agreementId);

		Session session = null;

		try {
			session = openSession();

			CooperationAgreement[] array = new CooperationAgreementImpl[3];

			array[0] = getByRootAgreementId_PrevAndNext(
				session, cooperationAgreement, rootAgreementId,
				orderByComparator, true);

			array[1] = cooperationAgreement;

			array[2] = getByRootAgreementId_PrevAndNext(
				session, cooperationAgreement, rootAgreementId,
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

	protected CooperationAgreement getByRootAgreementId_PrevAndNext(
		Session session, CooperationAgreement cooperationAgreement,
		long rootAgreementId,
		OrderByComparator<CooperationAgreement> orderByComparator,
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

		sb.append(_SQL_SELECT_COOPERATIONAGREEMENT_WHERE);

		sb.append(_FINDER_COLUMN_ROOTAGREEMENTID_ROOTAGREEMENTID_2);

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
			sb.append(CooperationAgreementModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(rootAgreementId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						cooperationAgreement)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<CooperationAgreement> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the cooperation agreements where rootAgreementId = &#63; from the database.
	 *
	 * @param rootAgreementId the root agreement ID
	 */
	@Override
	public void removeByRootAgreementId(long rootAgreementId) {
		for (CooperationAgreement cooperationAgreement :
				findByRootAgreementId(
					rootAgreementId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(cooperationAgreement);
		}
	}

	/**
	 * Returns the number of cooperation agreements where rootAgreementId = &#63;.
	 *
	 * @param rootAgreementId the root agreement ID
	 * @return the number of matching cooperation agreements
	 */
	@Override
	public int countByRootAgreementId(long rootAgreementId) {
		FinderPath finderPath = _finderPathCountByRootAgreementId;

		Object[] finderArgs = new Object[] {rootAgreementId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_COOPERATIONAGREEMENT_WHERE);

			sb.append(_FINDER_COLUMN_ROOTAGREEMENTID_ROOTAGREEMENTID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(rootAgreementId);

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
		_FINDER_COLUMN_ROOTAGREEMENTID_ROOTAGREEMENTID_2 =
			"cooperationAgreement.rootAgreementId = ?";

	public CooperationAgreementPersistenceImpl() {
		Map<String, String> dbColumnNames = new HashMap<String, String>();

		dbColumnNames.put("number", "number_");

		setDBColumnNames(dbColumnNames);

		setModelClass(CooperationAgreement.class);

		setModelImplClass(CooperationAgreementImpl.class);
		setModelPKClass(long.class);

		setTable(CooperationAgreementTable.INSTANCE);
	}

	/**
	 * Caches the cooperation agreement in the entity cache if it is enabled.
	 *
	 * @param cooperationAgreement the cooperation agreement
	 */
	@Override
	public void cacheResult(CooperationAgreement cooperationAgreement) {
		entityCache.putResult(
			CooperationAgreementImpl.class,
			cooperationAgreement.getPrimaryKey(), cooperationAgreement);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the cooperation agreements in the entity cache if it is enabled.
	 *
	 * @param cooperationAgreements the cooperation agreements
	 */
	@Override
	public void cacheResult(List<CooperationAgreement> cooperationAgreements) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (cooperationAgreements.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (CooperationAgreement cooperationAgreement :
				cooperationAgreements) {

			if (entityCache.getResult(
					CooperationAgreementImpl.class,
					cooperationAgreement.getPrimaryKey()) == null) {

				cacheResult(cooperationAgreement);
			}
		}
	}

	/**
	 * Clears the cache for all cooperation agreements.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(CooperationAgreementImpl.class);

		finderCache.clearCache(CooperationAgreementImpl.class);
	}

	/**
	 * Clears the cache for the cooperation agreement.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(CooperationAgreement cooperationAgreement) {
		entityCache.removeResult(
			CooperationAgreementImpl.class, cooperationAgreement);
	}

	@Override
	public void clearCache(List<CooperationAgreement> cooperationAgreements) {
		for (CooperationAgreement cooperationAgreement :
				cooperationAgreements) {

			entityCache.removeResult(
				CooperationAgreementImpl.class, cooperationAgreement);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(CooperationAgreementImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(
				CooperationAgreementImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new cooperation agreement with the primary key. Does not add the cooperation agreement to the database.
	 *
	 * @param agreementId the primary key for the new cooperation agreement
	 * @return the new cooperation agreement
	 */
	@Override
	public CooperationAgreement create(long agreementId) {
		CooperationAgreement cooperationAgreement =
			new CooperationAgreementImpl();

		cooperationAgreement.setNew(true);
		cooperationAgreement.setPrimaryKey(agreementId);

		cooperationAgreement.setCompanyId(CompanyThreadLocal.getCompanyId());

		return cooperationAgreement;
	}

	/**
	 * Removes the cooperation agreement with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param agreementId the primary key of the cooperation agreement
	 * @return the cooperation agreement that was removed
	 * @throws NoSuchCooperationAgreementException if a cooperation agreement with the primary key could not be found
	 */
	@Override
	public CooperationAgreement remove(long agreementId)
		throws NoSuchCooperationAgreementException {

		return remove((Serializable)agreementId);
	}

	/**
	 * Removes the cooperation agreement with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the cooperation agreement
	 * @return the cooperation agreement that was removed
	 * @throws NoSuchCooperationAgreementException if a cooperation agreement with the primary key could not be found
	 */
	@Override
	public CooperationAgreement remove(Serializable primaryKey)
		throws NoSuchCooperationAgreementException {

		Session session = null;

		try {
			session = openSession();

			CooperationAgreement cooperationAgreement =
				(CooperationAgreement)session.get(
					CooperationAgreementImpl.class, primaryKey);

			if (cooperationAgreement == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchCooperationAgreementException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(cooperationAgreement);
		}
		catch (NoSuchCooperationAgreementException noSuchEntityException) {
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
	protected CooperationAgreement removeImpl(
		CooperationAgreement cooperationAgreement) {

		Session session = null;

		try {
			session = openSession();

			if (!session.contains(cooperationAgreement)) {
				cooperationAgreement = (CooperationAgreement)session.get(
					CooperationAgreementImpl.class,
					cooperationAgreement.getPrimaryKeyObj());
			}

			if (cooperationAgreement != null) {
				session.delete(cooperationAgreement);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (cooperationAgreement != null) {
			clearCache(cooperationAgreement);
		}

		return cooperationAgreement;
	}

	@Override
	public CooperationAgreement updateImpl(
		CooperationAgreement cooperationAgreement) {

		boolean isNew = cooperationAgreement.isNew();

		if (!(cooperationAgreement instanceof CooperationAgreementModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(cooperationAgreement.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					cooperationAgreement);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in cooperationAgreement proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom CooperationAgreement implementation " +
					cooperationAgreement.getClass());
		}

		CooperationAgreementModelImpl cooperationAgreementModelImpl =
			(CooperationAgreementModelImpl)cooperationAgreement;

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (cooperationAgreement.getCreateDate() == null)) {
			if (serviceContext == null) {
				cooperationAgreement.setCreateDate(date);
			}
			else {
				cooperationAgreement.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		if (!cooperationAgreementModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				cooperationAgreement.setModifiedDate(date);
			}
			else {
				cooperationAgreement.setModifiedDate(
					serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(cooperationAgreement);
			}
			else {
				cooperationAgreement = (CooperationAgreement)session.merge(
					cooperationAgreement);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			CooperationAgreementImpl.class, cooperationAgreementModelImpl,
			false, true);

		if (isNew) {
			cooperationAgreement.setNew(false);
		}

		cooperationAgreement.resetOriginalValues();

		return cooperationAgreement;
	}

	/**
	 * Returns the cooperation agreement with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the cooperation agreement
	 * @return the cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a cooperation agreement with the primary key could not be found
	 */
	@Override
	public CooperationAgreement findByPrimaryKey(Serializable primaryKey)
		throws NoSuchCooperationAgreementException {

		CooperationAgreement cooperationAgreement = fetchByPrimaryKey(
			primaryKey);

		if (cooperationAgreement == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchCooperationAgreementException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return cooperationAgreement;
	}

	/**
	 * Returns the cooperation agreement with the primary key or throws a <code>NoSuchCooperationAgreementException</code> if it could not be found.
	 *
	 * @param agreementId the primary key of the cooperation agreement
	 * @return the cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a cooperation agreement with the primary key could not be found
	 */
	@Override
	public CooperationAgreement findByPrimaryKey(long agreementId)
		throws NoSuchCooperationAgreementException {

		return findByPrimaryKey((Serializable)agreementId);
	}

	/**
	 * Returns the cooperation agreement with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param agreementId the primary key of the cooperation agreement
	 * @return the cooperation agreement, or <code>null</code> if a cooperation agreement with the primary key could not be found
	 */
	@Override
	public CooperationAgreement fetchByPrimaryKey(long agreementId) {
		return fetchByPrimaryKey((Serializable)agreementId);
	}

	/**
	 * Returns all the cooperation agreements.
	 *
	 * @return the cooperation agreements
	 */
	@Override
	public List<CooperationAgreement> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the cooperation agreements.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @return the range of cooperation agreements
	 */
	@Override
	public List<CooperationAgreement> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the cooperation agreements.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of cooperation agreements
	 */
	@Override
	public List<CooperationAgreement> findAll(
		int start, int end,
		OrderByComparator<CooperationAgreement> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the cooperation agreements.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of cooperation agreements
	 */
	@Override
	public List<CooperationAgreement> findAll(
		int start, int end,
		OrderByComparator<CooperationAgreement> orderByComparator,
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

		List<CooperationAgreement> list = null;

		if (useFinderCache) {
			list = (List<CooperationAgreement>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_COOPERATIONAGREEMENT);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_COOPERATIONAGREEMENT;

				sql = sql.concat(CooperationAgreementModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<CooperationAgreement>)QueryUtil.list(
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
	 * Removes all the cooperation agreements from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (CooperationAgreement cooperationAgreement : findAll()) {
			remove(cooperationAgreement);
		}
	}

	/**
	 * Returns the number of cooperation agreements.
	 *
	 * @return the number of cooperation agreements
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
					_SQL_COUNT_COOPERATIONAGREEMENT);

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
		return "agreementId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_COOPERATIONAGREEMENT;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return CooperationAgreementModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the cooperation agreement persistence.
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

		_finderPathWithPaginationFindByCompanyId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByCompanyId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"companyId"}, true);

		_finderPathWithoutPaginationFindByCompanyId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByCompanyId",
			new String[] {Long.class.getName()}, new String[] {"companyId"},
			true);

		_finderPathCountByCompanyId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByCompanyId",
			new String[] {Long.class.getName()}, new String[] {"companyId"},
			false);

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

		_finderPathWithPaginationFindByRootAgreementId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByRootAgreementId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"rootAgreementId"}, true);

		_finderPathWithoutPaginationFindByRootAgreementId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByRootAgreementId",
			new String[] {Long.class.getName()},
			new String[] {"rootAgreementId"}, true);

		_finderPathCountByRootAgreementId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByRootAgreementId",
			new String[] {Long.class.getName()},
			new String[] {"rootAgreementId"}, false);

		CooperationAgreementUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		CooperationAgreementUtil.setPersistence(null);

		entityCache.removeCache(CooperationAgreementImpl.class.getName());
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

	private static final String _SQL_SELECT_COOPERATIONAGREEMENT =
		"SELECT cooperationAgreement FROM CooperationAgreement cooperationAgreement";

	private static final String _SQL_SELECT_COOPERATIONAGREEMENT_WHERE =
		"SELECT cooperationAgreement FROM CooperationAgreement cooperationAgreement WHERE ";

	private static final String _SQL_COUNT_COOPERATIONAGREEMENT =
		"SELECT COUNT(cooperationAgreement) FROM CooperationAgreement cooperationAgreement";

	private static final String _SQL_COUNT_COOPERATIONAGREEMENT_WHERE =
		"SELECT COUNT(cooperationAgreement) FROM CooperationAgreement cooperationAgreement WHERE ";

	private static final String _FILTER_ENTITY_TABLE_FILTER_PK_COLUMN =
		"cooperationAgreement.agreementId";

	private static final String _FILTER_SQL_SELECT_COOPERATIONAGREEMENT_WHERE =
		"SELECT DISTINCT {cooperationAgreement.*} FROM Opora_CooperationAgreement cooperationAgreement WHERE ";

	private static final String
		_FILTER_SQL_SELECT_COOPERATIONAGREEMENT_NO_INLINE_DISTINCT_WHERE_1 =
			"SELECT {Opora_CooperationAgreement.*} FROM (SELECT DISTINCT cooperationAgreement.agreementId FROM Opora_CooperationAgreement cooperationAgreement WHERE ";

	private static final String
		_FILTER_SQL_SELECT_COOPERATIONAGREEMENT_NO_INLINE_DISTINCT_WHERE_2 =
			") TEMP_TABLE INNER JOIN Opora_CooperationAgreement ON TEMP_TABLE.agreementId = Opora_CooperationAgreement.agreementId";

	private static final String _FILTER_SQL_COUNT_COOPERATIONAGREEMENT_WHERE =
		"SELECT COUNT(DISTINCT cooperationAgreement.agreementId) AS COUNT_VALUE FROM Opora_CooperationAgreement cooperationAgreement WHERE ";

	private static final String _FILTER_ENTITY_ALIAS = "cooperationAgreement";

	private static final String _FILTER_ENTITY_TABLE =
		"Opora_CooperationAgreement";

	private static final String _ORDER_BY_ENTITY_ALIAS =
		"cooperationAgreement.";

	private static final String _ORDER_BY_ENTITY_TABLE =
		"Opora_CooperationAgreement.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No CooperationAgreement exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No CooperationAgreement exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		CooperationAgreementPersistenceImpl.class);

	private static final Set<String> _badColumnNames = SetUtil.fromArray(
		new String[] {"number"});

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}