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
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import ru.opora.riskprofile.exception.NoSuchRiskDocumentException;
import ru.opora.riskprofile.model.RiskDocument;
import ru.opora.riskprofile.model.RiskDocumentTable;
import ru.opora.riskprofile.model.impl.RiskDocumentImpl;
import ru.opora.riskprofile.model.impl.RiskDocumentModelImpl;
import ru.opora.riskprofile.service.persistence.RiskDocumentPersistence;
import ru.opora.riskprofile.service.persistence.RiskDocumentUtil;
import ru.opora.riskprofile.service.persistence.impl.constants.OporaRpPersistenceConstants;

/**
 * The persistence implementation for the risk document service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @generated
 */
@Component(service = RiskDocumentPersistence.class)
public class RiskDocumentPersistenceImpl
	extends BasePersistenceImpl<RiskDocument>
	implements RiskDocumentPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>RiskDocumentUtil</code> to access the risk document persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		RiskDocumentImpl.class.getName();

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
	 * Returns all the risk documents where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching risk documents
	 */
	@Override
	public List<RiskDocument> findByGroupId(long groupId) {
		return findByGroupId(
			groupId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the risk documents where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of risk documents
	 * @param end the upper bound of the range of risk documents (not inclusive)
	 * @return the range of matching risk documents
	 */
	@Override
	public List<RiskDocument> findByGroupId(long groupId, int start, int end) {
		return findByGroupId(groupId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the risk documents where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of risk documents
	 * @param end the upper bound of the range of risk documents (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk documents
	 */
	@Override
	public List<RiskDocument> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<RiskDocument> orderByComparator) {

		return findByGroupId(groupId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the risk documents where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of risk documents
	 * @param end the upper bound of the range of risk documents (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching risk documents
	 */
	@Override
	public List<RiskDocument> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<RiskDocument> orderByComparator,
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

		List<RiskDocument> list = null;

		if (useFinderCache) {
			list = (List<RiskDocument>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (RiskDocument riskDocument : list) {
					if (groupId != riskDocument.getGroupId()) {
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

			sb.append(_SQL_SELECT_RISKDOCUMENT_WHERE);

			sb.append(_FINDER_COLUMN_GROUPID_GROUPID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(RiskDocumentModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

				list = (List<RiskDocument>)QueryUtil.list(
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
	 * Returns the first risk document in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk document
	 * @throws NoSuchRiskDocumentException if a matching risk document could not be found
	 */
	@Override
	public RiskDocument findByGroupId_First(
			long groupId, OrderByComparator<RiskDocument> orderByComparator)
		throws NoSuchRiskDocumentException {

		RiskDocument riskDocument = fetchByGroupId_First(
			groupId, orderByComparator);

		if (riskDocument != null) {
			return riskDocument;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append("}");

		throw new NoSuchRiskDocumentException(sb.toString());
	}

	/**
	 * Returns the first risk document in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk document, or <code>null</code> if a matching risk document could not be found
	 */
	@Override
	public RiskDocument fetchByGroupId_First(
		long groupId, OrderByComparator<RiskDocument> orderByComparator) {

		List<RiskDocument> list = findByGroupId(
			groupId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last risk document in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk document
	 * @throws NoSuchRiskDocumentException if a matching risk document could not be found
	 */
	@Override
	public RiskDocument findByGroupId_Last(
			long groupId, OrderByComparator<RiskDocument> orderByComparator)
		throws NoSuchRiskDocumentException {

		RiskDocument riskDocument = fetchByGroupId_Last(
			groupId, orderByComparator);

		if (riskDocument != null) {
			return riskDocument;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append("}");

		throw new NoSuchRiskDocumentException(sb.toString());
	}

	/**
	 * Returns the last risk document in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk document, or <code>null</code> if a matching risk document could not be found
	 */
	@Override
	public RiskDocument fetchByGroupId_Last(
		long groupId, OrderByComparator<RiskDocument> orderByComparator) {

		int count = countByGroupId(groupId);

		if (count == 0) {
			return null;
		}

		List<RiskDocument> list = findByGroupId(
			groupId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the risk documents before and after the current risk document in the ordered set where groupId = &#63;.
	 *
	 * @param riskDocumentId the primary key of the current risk document
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk document
	 * @throws NoSuchRiskDocumentException if a risk document with the primary key could not be found
	 */
	@Override
	public RiskDocument[] findByGroupId_PrevAndNext(
			long riskDocumentId, long groupId,
			OrderByComparator<RiskDocument> orderByComparator)
		throws NoSuchRiskDocumentException {

		RiskDocument riskDocument = findByPrimaryKey(riskDocumentId);

		Session session = null;

		try {
			session = openSession();

			RiskDocument[] array = new RiskDocumentImpl[3];

			array[0] = getByGroupId_PrevAndNext(
				session, riskDocument, groupId, orderByComparator, true);

			array[1] = riskDocument;

			array[2] = getByGroupId_PrevAndNext(
				session, riskDocument, groupId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected RiskDocument getByGroupId_PrevAndNext(
		Session session, RiskDocument riskDocument, long groupId,
		OrderByComparator<RiskDocument> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_RISKDOCUMENT_WHERE);

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
			sb.append(RiskDocumentModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(groupId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(riskDocument)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<RiskDocument> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Returns all the risk documents that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching risk documents that the user has permission to view
	 */
	@Override
	public List<RiskDocument> filterFindByGroupId(long groupId) {
		return filterFindByGroupId(
			groupId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the risk documents that the user has permission to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of risk documents
	 * @param end the upper bound of the range of risk documents (not inclusive)
	 * @return the range of matching risk documents that the user has permission to view
	 */
	@Override
	public List<RiskDocument> filterFindByGroupId(
		long groupId, int start, int end) {

		return filterFindByGroupId(groupId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the risk documents that the user has permissions to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of risk documents
	 * @param end the upper bound of the range of risk documents (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk documents that the user has permission to view
	 */
	@Override
	public List<RiskDocument> filterFindByGroupId(
		long groupId, int start, int end,
		OrderByComparator<RiskDocument> orderByComparator) {

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
			sb.append(_FILTER_SQL_SELECT_RISKDOCUMENT_WHERE);
		}
		else {
			sb.append(
				_FILTER_SQL_SELECT_RISKDOCUMENT_NO_INLINE_DISTINCT_WHERE_1);
		}

		sb.append(_FINDER_COLUMN_GROUPID_GROUPID_2);

		if (!getDB().isSupportsInlineDistinct()) {
			sb.append(
				_FILTER_SQL_SELECT_RISKDOCUMENT_NO_INLINE_DISTINCT_WHERE_2);
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
				sb.append(RiskDocumentModelImpl.ORDER_BY_SQL_INLINE_DISTINCT);
			}
			else {
				sb.append(RiskDocumentModelImpl.ORDER_BY_SQL);
			}
		}

		String sql = InlineSQLHelperUtil.replacePermissionCheck(
			sb.toString(), RiskDocument.class.getName(),
			_FILTER_ENTITY_TABLE_FILTER_PK_COLUMN, groupId);

		Session session = null;

		try {
			session = openSession();

			SQLQuery sqlQuery = session.createSynchronizedSQLQuery(sql);

			if (getDB().isSupportsInlineDistinct()) {
				sqlQuery.addEntity(
					_FILTER_ENTITY_ALIAS, RiskDocumentImpl.class);
			}
			else {
				sqlQuery.addEntity(
					_FILTER_ENTITY_TABLE, RiskDocumentImpl.class);
			}

			QueryPos queryPos = QueryPos.getInstance(sqlQuery);

			queryPos.add(groupId);

			return (List<RiskDocument>)QueryUtil.list(
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
	 * Returns the risk documents before and after the current risk document in the ordered set of risk documents that the user has permission to view where groupId = &#63;.
	 *
	 * @param riskDocumentId the primary key of the current risk document
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk document
	 * @throws NoSuchRiskDocumentException if a risk document with the primary key could not be found
	 */
	@Override
	public RiskDocument[] filterFindByGroupId_PrevAndNext(
			long riskDocumentId, long groupId,
			OrderByComparator<RiskDocument> orderByComparator)
		throws NoSuchRiskDocumentException {

		if (!InlineSQLHelperUtil.isEnabled(groupId)) {
			return findByGroupId_PrevAndNext(
				riskDocumentId, groupId, orderByComparator);
		}

		RiskDocument riskDocument = findByPrimaryKey(riskDocumentId);

		Session session = null;

		try {
			session = openSession();

			RiskDocument[] array = new RiskDocumentImpl[3];

			array[0] = filterGetByGroupId_PrevAndNext(
				session, riskDocument, groupId, orderByComparator, true);

			array[1] = riskDocument;

			array[2] = filterGetByGroupId_PrevAndNext(
				session, riskDocument, groupId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected RiskDocument filterGetByGroupId_PrevAndNext(
		Session session, RiskDocument riskDocument, long groupId,
		OrderByComparator<RiskDocument> orderByComparator, boolean previous) {

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
			sb.append(_FILTER_SQL_SELECT_RISKDOCUMENT_WHERE);
		}
		else {
			sb.append(
				_FILTER_SQL_SELECT_RISKDOCUMENT_NO_INLINE_DISTINCT_WHERE_1);
		}

		sb.append(_FINDER_COLUMN_GROUPID_GROUPID_2);

		if (!getDB().isSupportsInlineDistinct()) {
			sb.append(
				_FILTER_SQL_SELECT_RISKDOCUMENT_NO_INLINE_DISTINCT_WHERE_2);
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
				sb.append(RiskDocumentModelImpl.ORDER_BY_SQL_INLINE_DISTINCT);
			}
			else {
				sb.append(RiskDocumentModelImpl.ORDER_BY_SQL);
			}
		}

		String sql = InlineSQLHelperUtil.replacePermissionCheck(
			sb.toString(), RiskDocument.class.getName(),
			_FILTER_ENTITY_TABLE_FILTER_PK_COLUMN, groupId);

		SQLQuery sqlQuery = session.createSynchronizedSQLQuery(sql);

		sqlQuery.setFirstResult(0);
		sqlQuery.setMaxResults(2);

		if (getDB().isSupportsInlineDistinct()) {
			sqlQuery.addEntity(_FILTER_ENTITY_ALIAS, RiskDocumentImpl.class);
		}
		else {
			sqlQuery.addEntity(_FILTER_ENTITY_TABLE, RiskDocumentImpl.class);
		}

		QueryPos queryPos = QueryPos.getInstance(sqlQuery);

		queryPos.add(groupId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(riskDocument)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<RiskDocument> list = sqlQuery.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the risk documents where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	@Override
	public void removeByGroupId(long groupId) {
		for (RiskDocument riskDocument :
				findByGroupId(
					groupId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(riskDocument);
		}
	}

	/**
	 * Returns the number of risk documents where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching risk documents
	 */
	@Override
	public int countByGroupId(long groupId) {
		FinderPath finderPath = _finderPathCountByGroupId;

		Object[] finderArgs = new Object[] {groupId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_RISKDOCUMENT_WHERE);

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
	 * Returns the number of risk documents that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching risk documents that the user has permission to view
	 */
	@Override
	public int filterCountByGroupId(long groupId) {
		if (!InlineSQLHelperUtil.isEnabled(groupId)) {
			return countByGroupId(groupId);
		}

		StringBundler sb = new StringBundler(2);

		sb.append(_FILTER_SQL_COUNT_RISKDOCUMENT_WHERE);

		sb.append(_FINDER_COLUMN_GROUPID_GROUPID_2);

		String sql = InlineSQLHelperUtil.replacePermissionCheck(
			sb.toString(), RiskDocument.class.getName(),
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
		"riskDocument.groupId = ?";

	private FinderPath _finderPathWithPaginationFindByS_Y;
	private FinderPath _finderPathWithoutPaginationFindByS_Y;
	private FinderPath _finderPathCountByS_Y;

	/**
	 * Returns all the risk documents where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @return the matching risk documents
	 */
	@Override
	public List<RiskDocument> findByS_Y(long schoolId, int year) {
		return findByS_Y(
			schoolId, year, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the risk documents where schoolId = &#63; and year = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param start the lower bound of the range of risk documents
	 * @param end the upper bound of the range of risk documents (not inclusive)
	 * @return the range of matching risk documents
	 */
	@Override
	public List<RiskDocument> findByS_Y(
		long schoolId, int year, int start, int end) {

		return findByS_Y(schoolId, year, start, end, null);
	}

	/**
	 * Returns an ordered range of all the risk documents where schoolId = &#63; and year = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param start the lower bound of the range of risk documents
	 * @param end the upper bound of the range of risk documents (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk documents
	 */
	@Override
	public List<RiskDocument> findByS_Y(
		long schoolId, int year, int start, int end,
		OrderByComparator<RiskDocument> orderByComparator) {

		return findByS_Y(schoolId, year, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the risk documents where schoolId = &#63; and year = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param start the lower bound of the range of risk documents
	 * @param end the upper bound of the range of risk documents (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching risk documents
	 */
	@Override
	public List<RiskDocument> findByS_Y(
		long schoolId, int year, int start, int end,
		OrderByComparator<RiskDocument> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByS_Y;
				finderArgs = new Object[] {schoolId, year};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByS_Y;
			finderArgs = new Object[] {
				schoolId, year, start, end, orderByComparator
			};
		}

		List<RiskDocument> list = null;

		if (useFinderCache) {
			list = (List<RiskDocument>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (RiskDocument riskDocument : list) {
					if ((schoolId != riskDocument.getSchoolId()) ||
						(year != riskDocument.getYear())) {

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

			sb.append(_SQL_SELECT_RISKDOCUMENT_WHERE);

			sb.append(_FINDER_COLUMN_S_Y_SCHOOLID_2);

			sb.append(_FINDER_COLUMN_S_Y_YEAR_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(RiskDocumentModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(schoolId);

				queryPos.add(year);

				list = (List<RiskDocument>)QueryUtil.list(
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
	 * Returns the first risk document in the ordered set where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk document
	 * @throws NoSuchRiskDocumentException if a matching risk document could not be found
	 */
	@Override
	public RiskDocument findByS_Y_First(
			long schoolId, int year,
			OrderByComparator<RiskDocument> orderByComparator)
		throws NoSuchRiskDocumentException {

		RiskDocument riskDocument = fetchByS_Y_First(
			schoolId, year, orderByComparator);

		if (riskDocument != null) {
			return riskDocument;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("schoolId=");
		sb.append(schoolId);

		sb.append(", year=");
		sb.append(year);

		sb.append("}");

		throw new NoSuchRiskDocumentException(sb.toString());
	}

	/**
	 * Returns the first risk document in the ordered set where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk document, or <code>null</code> if a matching risk document could not be found
	 */
	@Override
	public RiskDocument fetchByS_Y_First(
		long schoolId, int year,
		OrderByComparator<RiskDocument> orderByComparator) {

		List<RiskDocument> list = findByS_Y(
			schoolId, year, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last risk document in the ordered set where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk document
	 * @throws NoSuchRiskDocumentException if a matching risk document could not be found
	 */
	@Override
	public RiskDocument findByS_Y_Last(
			long schoolId, int year,
			OrderByComparator<RiskDocument> orderByComparator)
		throws NoSuchRiskDocumentException {

		RiskDocument riskDocument = fetchByS_Y_Last(
			schoolId, year, orderByComparator);

		if (riskDocument != null) {
			return riskDocument;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("schoolId=");
		sb.append(schoolId);

		sb.append(", year=");
		sb.append(year);

		sb.append("}");

		throw new NoSuchRiskDocumentException(sb.toString());
	}

	/**
	 * Returns the last risk document in the ordered set where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk document, or <code>null</code> if a matching risk document could not be found
	 */
	@Override
	public RiskDocument fetchByS_Y_Last(
		long schoolId, int year,
		OrderByComparator<RiskDocument> orderByComparator) {

		int count = countByS_Y(schoolId, year);

		if (count == 0) {
			return null;
		}

		List<RiskDocument> list = findByS_Y(
			schoolId, year, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the risk documents before and after the current risk document in the ordered set where schoolId = &#63; and year = &#63;.
	 *
	 * @param riskDocumentId the primary key of the current risk document
	 * @param schoolId the school ID
	 * @param year the year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk document
	 * @throws NoSuchRiskDocumentException if a risk document with the primary key could not be found
	 */
	@Override
	public RiskDocument[] findByS_Y_PrevAndNext(
			long riskDocumentId, long schoolId, int year,
			OrderByComparator<RiskDocument> orderByComparator)
		throws NoSuchRiskDocumentException {

		RiskDocument riskDocument = findByPrimaryKey(riskDocumentId);

		Session session = null;

		try {
			session = openSession();

			RiskDocument[] array = new RiskDocumentImpl[3];

			array[0] = getByS_Y_PrevAndNext(
				session, riskDocument, schoolId, year, orderByComparator, true);

			array[1] = riskDocument;

			array[2] = getByS_Y_PrevAndNext(
				session, riskDocument, schoolId, year, orderByComparator,
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

	protected RiskDocument getByS_Y_PrevAndNext(
		Session session, RiskDocument riskDocument, long schoolId, int year,
		OrderByComparator<RiskDocument> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				5 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(4);
		}

		sb.append(_SQL_SELECT_RISKDOCUMENT_WHERE);

		sb.append(_FINDER_COLUMN_S_Y_SCHOOLID_2);

		sb.append(_FINDER_COLUMN_S_Y_YEAR_2);

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
			sb.append(RiskDocumentModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(schoolId);

		queryPos.add(year);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(riskDocument)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<RiskDocument> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the risk documents where schoolId = &#63; and year = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 */
	@Override
	public void removeByS_Y(long schoolId, int year) {
		for (RiskDocument riskDocument :
				findByS_Y(
					schoolId, year, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(riskDocument);
		}
	}

	/**
	 * Returns the number of risk documents where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @return the number of matching risk documents
	 */
	@Override
	public int countByS_Y(long schoolId, int year) {
		FinderPath finderPath = _finderPathCountByS_Y;

		Object[] finderArgs = new Object[] {schoolId, year};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_RISKDOCUMENT_WHERE);

			sb.append(_FINDER_COLUMN_S_Y_SCHOOLID_2);

			sb.append(_FINDER_COLUMN_S_Y_YEAR_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(schoolId);

				queryPos.add(year);

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

	private static final String _FINDER_COLUMN_S_Y_SCHOOLID_2 =
		"riskDocument.schoolId = ? AND ";

	private static final String _FINDER_COLUMN_S_Y_YEAR_2 =
		"riskDocument.year = ?";

	public RiskDocumentPersistenceImpl() {
		setModelClass(RiskDocument.class);

		setModelImplClass(RiskDocumentImpl.class);
		setModelPKClass(long.class);

		setTable(RiskDocumentTable.INSTANCE);
	}

	/**
	 * Caches the risk document in the entity cache if it is enabled.
	 *
	 * @param riskDocument the risk document
	 */
	@Override
	public void cacheResult(RiskDocument riskDocument) {
		entityCache.putResult(
			RiskDocumentImpl.class, riskDocument.getPrimaryKey(), riskDocument);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the risk documents in the entity cache if it is enabled.
	 *
	 * @param riskDocuments the risk documents
	 */
	@Override
	public void cacheResult(List<RiskDocument> riskDocuments) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (riskDocuments.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (RiskDocument riskDocument : riskDocuments) {
			if (entityCache.getResult(
					RiskDocumentImpl.class, riskDocument.getPrimaryKey()) ==
						null) {

				cacheResult(riskDocument);
			}
		}
	}

	/**
	 * Clears the cache for all risk documents.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(RiskDocumentImpl.class);

		finderCache.clearCache(RiskDocumentImpl.class);
	}

	/**
	 * Clears the cache for the risk document.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(RiskDocument riskDocument) {
		entityCache.removeResult(RiskDocumentImpl.class, riskDocument);
	}

	@Override
	public void clearCache(List<RiskDocument> riskDocuments) {
		for (RiskDocument riskDocument : riskDocuments) {
			entityCache.removeResult(RiskDocumentImpl.class, riskDocument);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(RiskDocumentImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(RiskDocumentImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new risk document with the primary key. Does not add the risk document to the database.
	 *
	 * @param riskDocumentId the primary key for the new risk document
	 * @return the new risk document
	 */
	@Override
	public RiskDocument create(long riskDocumentId) {
		RiskDocument riskDocument = new RiskDocumentImpl();

		riskDocument.setNew(true);
		riskDocument.setPrimaryKey(riskDocumentId);

		riskDocument.setCompanyId(CompanyThreadLocal.getCompanyId());

		return riskDocument;
	}

	/**
	 * Removes the risk document with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param riskDocumentId the primary key of the risk document
	 * @return the risk document that was removed
	 * @throws NoSuchRiskDocumentException if a risk document with the primary key could not be found
	 */
	@Override
	public RiskDocument remove(long riskDocumentId)
		throws NoSuchRiskDocumentException {

		return remove((Serializable)riskDocumentId);
	}

	/**
	 * Removes the risk document with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the risk document
	 * @return the risk document that was removed
	 * @throws NoSuchRiskDocumentException if a risk document with the primary key could not be found
	 */
	@Override
	public RiskDocument remove(Serializable primaryKey)
		throws NoSuchRiskDocumentException {

		Session session = null;

		try {
			session = openSession();

			RiskDocument riskDocument = (RiskDocument)session.get(
				RiskDocumentImpl.class, primaryKey);

			if (riskDocument == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchRiskDocumentException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(riskDocument);
		}
		catch (NoSuchRiskDocumentException noSuchEntityException) {
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
	protected RiskDocument removeImpl(RiskDocument riskDocument) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(riskDocument)) {
				riskDocument = (RiskDocument)session.get(
					RiskDocumentImpl.class, riskDocument.getPrimaryKeyObj());
			}

			if (riskDocument != null) {
				session.delete(riskDocument);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (riskDocument != null) {
			clearCache(riskDocument);
		}

		return riskDocument;
	}

	@Override
	public RiskDocument updateImpl(RiskDocument riskDocument) {
		boolean isNew = riskDocument.isNew();

		if (!(riskDocument instanceof RiskDocumentModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(riskDocument.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					riskDocument);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in riskDocument proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom RiskDocument implementation " +
					riskDocument.getClass());
		}

		RiskDocumentModelImpl riskDocumentModelImpl =
			(RiskDocumentModelImpl)riskDocument;

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (riskDocument.getCreateDate() == null)) {
			if (serviceContext == null) {
				riskDocument.setCreateDate(date);
			}
			else {
				riskDocument.setCreateDate(serviceContext.getCreateDate(date));
			}
		}

		if (!riskDocumentModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				riskDocument.setModifiedDate(date);
			}
			else {
				riskDocument.setModifiedDate(
					serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(riskDocument);
			}
			else {
				riskDocument = (RiskDocument)session.merge(riskDocument);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			RiskDocumentImpl.class, riskDocumentModelImpl, false, true);

		if (isNew) {
			riskDocument.setNew(false);
		}

		riskDocument.resetOriginalValues();

		return riskDocument;
	}

	/**
	 * Returns the risk document with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the risk document
	 * @return the risk document
	 * @throws NoSuchRiskDocumentException if a risk document with the primary key could not be found
	 */
	@Override
	public RiskDocument findByPrimaryKey(Serializable primaryKey)
		throws NoSuchRiskDocumentException {

		RiskDocument riskDocument = fetchByPrimaryKey(primaryKey);

		if (riskDocument == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchRiskDocumentException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return riskDocument;
	}

	/**
	 * Returns the risk document with the primary key or throws a <code>NoSuchRiskDocumentException</code> if it could not be found.
	 *
	 * @param riskDocumentId the primary key of the risk document
	 * @return the risk document
	 * @throws NoSuchRiskDocumentException if a risk document with the primary key could not be found
	 */
	@Override
	public RiskDocument findByPrimaryKey(long riskDocumentId)
		throws NoSuchRiskDocumentException {

		return findByPrimaryKey((Serializable)riskDocumentId);
	}

	/**
	 * Returns the risk document with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param riskDocumentId the primary key of the risk document
	 * @return the risk document, or <code>null</code> if a risk document with the primary key could not be found
	 */
	@Override
	public RiskDocument fetchByPrimaryKey(long riskDocumentId) {
		return fetchByPrimaryKey((Serializable)riskDocumentId);
	}

	/**
	 * Returns all the risk documents.
	 *
	 * @return the risk documents
	 */
	@Override
	public List<RiskDocument> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the risk documents.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk documents
	 * @param end the upper bound of the range of risk documents (not inclusive)
	 * @return the range of risk documents
	 */
	@Override
	public List<RiskDocument> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the risk documents.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk documents
	 * @param end the upper bound of the range of risk documents (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of risk documents
	 */
	@Override
	public List<RiskDocument> findAll(
		int start, int end, OrderByComparator<RiskDocument> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the risk documents.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk documents
	 * @param end the upper bound of the range of risk documents (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of risk documents
	 */
	@Override
	public List<RiskDocument> findAll(
		int start, int end, OrderByComparator<RiskDocument> orderByComparator,
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

		List<RiskDocument> list = null;

		if (useFinderCache) {
			list = (List<RiskDocument>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_RISKDOCUMENT);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_RISKDOCUMENT;

				sql = sql.concat(RiskDocumentModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<RiskDocument>)QueryUtil.list(
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
	 * Removes all the risk documents from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (RiskDocument riskDocument : findAll()) {
			remove(riskDocument);
		}
	}

	/**
	 * Returns the number of risk documents.
	 *
	 * @return the number of risk documents
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_RISKDOCUMENT);

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
		return "riskDocumentId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_RISKDOCUMENT;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return RiskDocumentModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the risk document persistence.
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

		_finderPathWithPaginationFindByS_Y = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByS_Y",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), Integer.class.getName(),
				OrderByComparator.class.getName()
			},
			new String[] {"schoolId", "year"}, true);

		_finderPathWithoutPaginationFindByS_Y = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByS_Y",
			new String[] {Long.class.getName(), Integer.class.getName()},
			new String[] {"schoolId", "year"}, true);

		_finderPathCountByS_Y = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByS_Y",
			new String[] {Long.class.getName(), Integer.class.getName()},
			new String[] {"schoolId", "year"}, false);

		RiskDocumentUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		RiskDocumentUtil.setPersistence(null);

		entityCache.removeCache(RiskDocumentImpl.class.getName());
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

	private static final String _SQL_SELECT_RISKDOCUMENT =
		"SELECT riskDocument FROM RiskDocument riskDocument";

	private static final String _SQL_SELECT_RISKDOCUMENT_WHERE =
		"SELECT riskDocument FROM RiskDocument riskDocument WHERE ";

	private static final String _SQL_COUNT_RISKDOCUMENT =
		"SELECT COUNT(riskDocument) FROM RiskDocument riskDocument";

	private static final String _SQL_COUNT_RISKDOCUMENT_WHERE =
		"SELECT COUNT(riskDocument) FROM RiskDocument riskDocument WHERE ";

	private static final String _FILTER_ENTITY_TABLE_FILTER_PK_COLUMN =
		"riskDocument.riskDocumentId";

	private static final String _FILTER_SQL_SELECT_RISKDOCUMENT_WHERE =
		"SELECT DISTINCT {riskDocument.*} FROM OporaRp_RiskDocument riskDocument WHERE ";

	private static final String
		_FILTER_SQL_SELECT_RISKDOCUMENT_NO_INLINE_DISTINCT_WHERE_1 =
			"SELECT {OporaRp_RiskDocument.*} FROM (SELECT DISTINCT riskDocument.riskDocumentId FROM OporaRp_RiskDocument riskDocument WHERE ";

	private static final String
		_FILTER_SQL_SELECT_RISKDOCUMENT_NO_INLINE_DISTINCT_WHERE_2 =
			") TEMP_TABLE INNER JOIN OporaRp_RiskDocument ON TEMP_TABLE.riskDocumentId = OporaRp_RiskDocument.riskDocumentId";

	private static final String _FILTER_SQL_COUNT_RISKDOCUMENT_WHERE =
		"SELECT COUNT(DISTINCT riskDocument.riskDocumentId) AS COUNT_VALUE FROM OporaRp_RiskDocument riskDocument WHERE ";

	private static final String _FILTER_ENTITY_ALIAS = "riskDocument";

	private static final String _FILTER_ENTITY_TABLE = "OporaRp_RiskDocument";

	private static final String _ORDER_BY_ENTITY_ALIAS = "riskDocument.";

	private static final String _ORDER_BY_ENTITY_TABLE =
		"OporaRp_RiskDocument.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No RiskDocument exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No RiskDocument exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		RiskDocumentPersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}