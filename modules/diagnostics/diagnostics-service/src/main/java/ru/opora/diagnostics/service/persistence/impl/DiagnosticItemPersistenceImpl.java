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
import com.liferay.portal.kernel.util.SetUtil;
import com.liferay.portal.kernel.util.StringUtil;

import java.io.Serializable;

import java.lang.reflect.InvocationHandler;

import java.util.Collections;
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

import ru.opora.diagnostics.exception.NoSuchDiagnosticItemException;
import ru.opora.diagnostics.model.DiagnosticItem;
import ru.opora.diagnostics.model.DiagnosticItemTable;
import ru.opora.diagnostics.model.impl.DiagnosticItemImpl;
import ru.opora.diagnostics.model.impl.DiagnosticItemModelImpl;
import ru.opora.diagnostics.service.persistence.DiagnosticItemPersistence;
import ru.opora.diagnostics.service.persistence.DiagnosticItemUtil;
import ru.opora.diagnostics.service.persistence.impl.constants.OporaDiagPersistenceConstants;

/**
 * The persistence implementation for the diagnostic item service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @generated
 */
@Component(service = DiagnosticItemPersistence.class)
public class DiagnosticItemPersistenceImpl
	extends BasePersistenceImpl<DiagnosticItem>
	implements DiagnosticItemPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>DiagnosticItemUtil</code> to access the diagnostic item persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		DiagnosticItemImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathWithPaginationFindByC_V;
	private FinderPath _finderPathWithoutPaginationFindByC_V;
	private FinderPath _finderPathCountByC_V;

	/**
	 * Returns all the diagnostic items where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @return the matching diagnostic items
	 */
	@Override
	public List<DiagnosticItem> findByC_V(long companyId, int version) {
		return findByC_V(
			companyId, version, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the diagnostic items where companyId = &#63; and version = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticItemModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param start the lower bound of the range of diagnostic items
	 * @param end the upper bound of the range of diagnostic items (not inclusive)
	 * @return the range of matching diagnostic items
	 */
	@Override
	public List<DiagnosticItem> findByC_V(
		long companyId, int version, int start, int end) {

		return findByC_V(companyId, version, start, end, null);
	}

	/**
	 * Returns an ordered range of all the diagnostic items where companyId = &#63; and version = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticItemModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param start the lower bound of the range of diagnostic items
	 * @param end the upper bound of the range of diagnostic items (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching diagnostic items
	 */
	@Override
	public List<DiagnosticItem> findByC_V(
		long companyId, int version, int start, int end,
		OrderByComparator<DiagnosticItem> orderByComparator) {

		return findByC_V(
			companyId, version, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the diagnostic items where companyId = &#63; and version = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticItemModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param start the lower bound of the range of diagnostic items
	 * @param end the upper bound of the range of diagnostic items (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching diagnostic items
	 */
	@Override
	public List<DiagnosticItem> findByC_V(
		long companyId, int version, int start, int end,
		OrderByComparator<DiagnosticItem> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByC_V;
				finderArgs = new Object[] {companyId, version};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByC_V;
			finderArgs = new Object[] {
				companyId, version, start, end, orderByComparator
			};
		}

		List<DiagnosticItem> list = null;

		if (useFinderCache) {
			list = (List<DiagnosticItem>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (DiagnosticItem diagnosticItem : list) {
					if ((companyId != diagnosticItem.getCompanyId()) ||
						(version != diagnosticItem.getVersion())) {

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

			sb.append(_SQL_SELECT_DIAGNOSTICITEM_WHERE);

			sb.append(_FINDER_COLUMN_C_V_COMPANYID_2);

			sb.append(_FINDER_COLUMN_C_V_VERSION_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(DiagnosticItemModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				queryPos.add(version);

				list = (List<DiagnosticItem>)QueryUtil.list(
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
	 * Returns the first diagnostic item in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching diagnostic item
	 * @throws NoSuchDiagnosticItemException if a matching diagnostic item could not be found
	 */
	@Override
	public DiagnosticItem findByC_V_First(
			long companyId, int version,
			OrderByComparator<DiagnosticItem> orderByComparator)
		throws NoSuchDiagnosticItemException {

		DiagnosticItem diagnosticItem = fetchByC_V_First(
			companyId, version, orderByComparator);

		if (diagnosticItem != null) {
			return diagnosticItem;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", version=");
		sb.append(version);

		sb.append("}");

		throw new NoSuchDiagnosticItemException(sb.toString());
	}

	/**
	 * Returns the first diagnostic item in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching diagnostic item, or <code>null</code> if a matching diagnostic item could not be found
	 */
	@Override
	public DiagnosticItem fetchByC_V_First(
		long companyId, int version,
		OrderByComparator<DiagnosticItem> orderByComparator) {

		List<DiagnosticItem> list = findByC_V(
			companyId, version, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last diagnostic item in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching diagnostic item
	 * @throws NoSuchDiagnosticItemException if a matching diagnostic item could not be found
	 */
	@Override
	public DiagnosticItem findByC_V_Last(
			long companyId, int version,
			OrderByComparator<DiagnosticItem> orderByComparator)
		throws NoSuchDiagnosticItemException {

		DiagnosticItem diagnosticItem = fetchByC_V_Last(
			companyId, version, orderByComparator);

		if (diagnosticItem != null) {
			return diagnosticItem;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", version=");
		sb.append(version);

		sb.append("}");

		throw new NoSuchDiagnosticItemException(sb.toString());
	}

	/**
	 * Returns the last diagnostic item in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching diagnostic item, or <code>null</code> if a matching diagnostic item could not be found
	 */
	@Override
	public DiagnosticItem fetchByC_V_Last(
		long companyId, int version,
		OrderByComparator<DiagnosticItem> orderByComparator) {

		int count = countByC_V(companyId, version);

		if (count == 0) {
			return null;
		}

		List<DiagnosticItem> list = findByC_V(
			companyId, version, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the diagnostic items before and after the current diagnostic item in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param diagnosticItemId the primary key of the current diagnostic item
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next diagnostic item
	 * @throws NoSuchDiagnosticItemException if a diagnostic item with the primary key could not be found
	 */
	@Override
	public DiagnosticItem[] findByC_V_PrevAndNext(
			long diagnosticItemId, long companyId, int version,
			OrderByComparator<DiagnosticItem> orderByComparator)
		throws NoSuchDiagnosticItemException {

		DiagnosticItem diagnosticItem = findByPrimaryKey(diagnosticItemId);

		Session session = null;

		try {
			session = openSession();

			DiagnosticItem[] array = new DiagnosticItemImpl[3];

			array[0] = getByC_V_PrevAndNext(
				session, diagnosticItem, companyId, version, orderByComparator,
				true);

			array[1] = diagnosticItem;

			array[2] = getByC_V_PrevAndNext(
				session, diagnosticItem, companyId, version, orderByComparator,
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

	protected DiagnosticItem getByC_V_PrevAndNext(
		Session session, DiagnosticItem diagnosticItem, long companyId,
		int version, OrderByComparator<DiagnosticItem> orderByComparator,
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

		sb.append(_SQL_SELECT_DIAGNOSTICITEM_WHERE);

		sb.append(_FINDER_COLUMN_C_V_COMPANYID_2);

		sb.append(_FINDER_COLUMN_C_V_VERSION_2);

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
			sb.append(DiagnosticItemModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(companyId);

		queryPos.add(version);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						diagnosticItem)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<DiagnosticItem> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the diagnostic items where companyId = &#63; and version = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 */
	@Override
	public void removeByC_V(long companyId, int version) {
		for (DiagnosticItem diagnosticItem :
				findByC_V(
					companyId, version, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(diagnosticItem);
		}
	}

	/**
	 * Returns the number of diagnostic items where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @return the number of matching diagnostic items
	 */
	@Override
	public int countByC_V(long companyId, int version) {
		FinderPath finderPath = _finderPathCountByC_V;

		Object[] finderArgs = new Object[] {companyId, version};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_DIAGNOSTICITEM_WHERE);

			sb.append(_FINDER_COLUMN_C_V_COMPANYID_2);

			sb.append(_FINDER_COLUMN_C_V_VERSION_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				queryPos.add(version);

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

	private static final String _FINDER_COLUMN_C_V_COMPANYID_2 =
		"diagnosticItem.companyId = ? AND ";

	private static final String _FINDER_COLUMN_C_V_VERSION_2 =
		"diagnosticItem.version = ?";

	private FinderPath _finderPathFetchByC_V_C;

	/**
	 * Returns the diagnostic item where companyId = &#63; and version = &#63; and code = &#63; or throws a <code>NoSuchDiagnosticItemException</code> if it could not be found.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the matching diagnostic item
	 * @throws NoSuchDiagnosticItemException if a matching diagnostic item could not be found
	 */
	@Override
	public DiagnosticItem findByC_V_C(long companyId, int version, String code)
		throws NoSuchDiagnosticItemException {

		DiagnosticItem diagnosticItem = fetchByC_V_C(companyId, version, code);

		if (diagnosticItem == null) {
			StringBundler sb = new StringBundler(8);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("companyId=");
			sb.append(companyId);

			sb.append(", version=");
			sb.append(version);

			sb.append(", code=");
			sb.append(code);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchDiagnosticItemException(sb.toString());
		}

		return diagnosticItem;
	}

	/**
	 * Returns the diagnostic item where companyId = &#63; and version = &#63; and code = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the matching diagnostic item, or <code>null</code> if a matching diagnostic item could not be found
	 */
	@Override
	public DiagnosticItem fetchByC_V_C(
		long companyId, int version, String code) {

		return fetchByC_V_C(companyId, version, code, true);
	}

	/**
	 * Returns the diagnostic item where companyId = &#63; and version = &#63; and code = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching diagnostic item, or <code>null</code> if a matching diagnostic item could not be found
	 */
	@Override
	public DiagnosticItem fetchByC_V_C(
		long companyId, int version, String code, boolean useFinderCache) {

		code = Objects.toString(code, "");

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {companyId, version, code};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByC_V_C, finderArgs, this);
		}

		if (result instanceof DiagnosticItem) {
			DiagnosticItem diagnosticItem = (DiagnosticItem)result;

			if ((companyId != diagnosticItem.getCompanyId()) ||
				(version != diagnosticItem.getVersion()) ||
				!Objects.equals(code, diagnosticItem.getCode())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(5);

			sb.append(_SQL_SELECT_DIAGNOSTICITEM_WHERE);

			sb.append(_FINDER_COLUMN_C_V_C_COMPANYID_2);

			sb.append(_FINDER_COLUMN_C_V_C_VERSION_2);

			boolean bindCode = false;

			if (code.isEmpty()) {
				sb.append(_FINDER_COLUMN_C_V_C_CODE_3);
			}
			else {
				bindCode = true;

				sb.append(_FINDER_COLUMN_C_V_C_CODE_2);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				queryPos.add(version);

				if (bindCode) {
					queryPos.add(code);
				}

				List<DiagnosticItem> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByC_V_C, finderArgs, list);
					}
				}
				else {
					if (list.size() > 1) {
						Collections.sort(list, Collections.reverseOrder());

						if (_log.isWarnEnabled()) {
							if (!useFinderCache) {
								finderArgs = new Object[] {
									companyId, version, code
								};
							}

							_log.warn(
								"DiagnosticItemPersistenceImpl.fetchByC_V_C(long, int, String, boolean) with parameters (" +
									StringUtil.merge(finderArgs) +
										") yields a result set with more than 1 result. This violates the logical unique restriction. There is no order guarantee on which result is returned by this finder.");
						}
					}

					DiagnosticItem diagnosticItem = list.get(0);

					result = diagnosticItem;

					cacheResult(diagnosticItem);
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
			return (DiagnosticItem)result;
		}
	}

	/**
	 * Removes the diagnostic item where companyId = &#63; and version = &#63; and code = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the diagnostic item that was removed
	 */
	@Override
	public DiagnosticItem removeByC_V_C(
			long companyId, int version, String code)
		throws NoSuchDiagnosticItemException {

		DiagnosticItem diagnosticItem = findByC_V_C(companyId, version, code);

		return remove(diagnosticItem);
	}

	/**
	 * Returns the number of diagnostic items where companyId = &#63; and version = &#63; and code = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the number of matching diagnostic items
	 */
	@Override
	public int countByC_V_C(long companyId, int version, String code) {
		DiagnosticItem diagnosticItem = fetchByC_V_C(companyId, version, code);

		if (diagnosticItem == null) {
			return 0;
		}

		return 1;
	}

	private static final String _FINDER_COLUMN_C_V_C_COMPANYID_2 =
		"diagnosticItem.companyId = ? AND ";

	private static final String _FINDER_COLUMN_C_V_C_VERSION_2 =
		"diagnosticItem.version = ? AND ";

	private static final String _FINDER_COLUMN_C_V_C_CODE_2 =
		"diagnosticItem.code = ?";

	private static final String _FINDER_COLUMN_C_V_C_CODE_3 =
		"(diagnosticItem.code IS NULL OR diagnosticItem.code = '')";

	public DiagnosticItemPersistenceImpl() {
		Map<String, String> dbColumnNames = new HashMap<String, String>();

		dbColumnNames.put("code", "code_");
		dbColumnNames.put("text", "text_");

		setDBColumnNames(dbColumnNames);

		setModelClass(DiagnosticItem.class);

		setModelImplClass(DiagnosticItemImpl.class);
		setModelPKClass(long.class);

		setTable(DiagnosticItemTable.INSTANCE);
	}

	/**
	 * Caches the diagnostic item in the entity cache if it is enabled.
	 *
	 * @param diagnosticItem the diagnostic item
	 */
	@Override
	public void cacheResult(DiagnosticItem diagnosticItem) {
		entityCache.putResult(
			DiagnosticItemImpl.class, diagnosticItem.getPrimaryKey(),
			diagnosticItem);

		finderCache.putResult(
			_finderPathFetchByC_V_C,
			new Object[] {
				diagnosticItem.getCompanyId(), diagnosticItem.getVersion(),
				diagnosticItem.getCode()
			},
			diagnosticItem);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the diagnostic items in the entity cache if it is enabled.
	 *
	 * @param diagnosticItems the diagnostic items
	 */
	@Override
	public void cacheResult(List<DiagnosticItem> diagnosticItems) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (diagnosticItems.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (DiagnosticItem diagnosticItem : diagnosticItems) {
			if (entityCache.getResult(
					DiagnosticItemImpl.class, diagnosticItem.getPrimaryKey()) ==
						null) {

				cacheResult(diagnosticItem);
			}
		}
	}

	/**
	 * Clears the cache for all diagnostic items.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(DiagnosticItemImpl.class);

		finderCache.clearCache(DiagnosticItemImpl.class);
	}

	/**
	 * Clears the cache for the diagnostic item.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(DiagnosticItem diagnosticItem) {
		entityCache.removeResult(DiagnosticItemImpl.class, diagnosticItem);
	}

	@Override
	public void clearCache(List<DiagnosticItem> diagnosticItems) {
		for (DiagnosticItem diagnosticItem : diagnosticItems) {
			entityCache.removeResult(DiagnosticItemImpl.class, diagnosticItem);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(DiagnosticItemImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(DiagnosticItemImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		DiagnosticItemModelImpl diagnosticItemModelImpl) {

		Object[] args = new Object[] {
			diagnosticItemModelImpl.getCompanyId(),
			diagnosticItemModelImpl.getVersion(),
			diagnosticItemModelImpl.getCode()
		};

		finderCache.putResult(
			_finderPathFetchByC_V_C, args, diagnosticItemModelImpl);
	}

	/**
	 * Creates a new diagnostic item with the primary key. Does not add the diagnostic item to the database.
	 *
	 * @param diagnosticItemId the primary key for the new diagnostic item
	 * @return the new diagnostic item
	 */
	@Override
	public DiagnosticItem create(long diagnosticItemId) {
		DiagnosticItem diagnosticItem = new DiagnosticItemImpl();

		diagnosticItem.setNew(true);
		diagnosticItem.setPrimaryKey(diagnosticItemId);

		diagnosticItem.setCompanyId(CompanyThreadLocal.getCompanyId());

		return diagnosticItem;
	}

	/**
	 * Removes the diagnostic item with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param diagnosticItemId the primary key of the diagnostic item
	 * @return the diagnostic item that was removed
	 * @throws NoSuchDiagnosticItemException if a diagnostic item with the primary key could not be found
	 */
	@Override
	public DiagnosticItem remove(long diagnosticItemId)
		throws NoSuchDiagnosticItemException {

		return remove((Serializable)diagnosticItemId);
	}

	/**
	 * Removes the diagnostic item with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the diagnostic item
	 * @return the diagnostic item that was removed
	 * @throws NoSuchDiagnosticItemException if a diagnostic item with the primary key could not be found
	 */
	@Override
	public DiagnosticItem remove(Serializable primaryKey)
		throws NoSuchDiagnosticItemException {

		Session session = null;

		try {
			session = openSession();

			DiagnosticItem diagnosticItem = (DiagnosticItem)session.get(
				DiagnosticItemImpl.class, primaryKey);

			if (diagnosticItem == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchDiagnosticItemException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(diagnosticItem);
		}
		catch (NoSuchDiagnosticItemException noSuchEntityException) {
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
	protected DiagnosticItem removeImpl(DiagnosticItem diagnosticItem) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(diagnosticItem)) {
				diagnosticItem = (DiagnosticItem)session.get(
					DiagnosticItemImpl.class,
					diagnosticItem.getPrimaryKeyObj());
			}

			if (diagnosticItem != null) {
				session.delete(diagnosticItem);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (diagnosticItem != null) {
			clearCache(diagnosticItem);
		}

		return diagnosticItem;
	}

	@Override
	public DiagnosticItem updateImpl(DiagnosticItem diagnosticItem) {
		boolean isNew = diagnosticItem.isNew();

		if (!(diagnosticItem instanceof DiagnosticItemModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(diagnosticItem.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					diagnosticItem);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in diagnosticItem proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom DiagnosticItem implementation " +
					diagnosticItem.getClass());
		}

		DiagnosticItemModelImpl diagnosticItemModelImpl =
			(DiagnosticItemModelImpl)diagnosticItem;

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (diagnosticItem.getCreateDate() == null)) {
			if (serviceContext == null) {
				diagnosticItem.setCreateDate(date);
			}
			else {
				diagnosticItem.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		if (!diagnosticItemModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				diagnosticItem.setModifiedDate(date);
			}
			else {
				diagnosticItem.setModifiedDate(
					serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(diagnosticItem);
			}
			else {
				diagnosticItem = (DiagnosticItem)session.merge(diagnosticItem);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			DiagnosticItemImpl.class, diagnosticItemModelImpl, false, true);

		cacheUniqueFindersCache(diagnosticItemModelImpl);

		if (isNew) {
			diagnosticItem.setNew(false);
		}

		diagnosticItem.resetOriginalValues();

		return diagnosticItem;
	}

	/**
	 * Returns the diagnostic item with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the diagnostic item
	 * @return the diagnostic item
	 * @throws NoSuchDiagnosticItemException if a diagnostic item with the primary key could not be found
	 */
	@Override
	public DiagnosticItem findByPrimaryKey(Serializable primaryKey)
		throws NoSuchDiagnosticItemException {

		DiagnosticItem diagnosticItem = fetchByPrimaryKey(primaryKey);

		if (diagnosticItem == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchDiagnosticItemException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return diagnosticItem;
	}

	/**
	 * Returns the diagnostic item with the primary key or throws a <code>NoSuchDiagnosticItemException</code> if it could not be found.
	 *
	 * @param diagnosticItemId the primary key of the diagnostic item
	 * @return the diagnostic item
	 * @throws NoSuchDiagnosticItemException if a diagnostic item with the primary key could not be found
	 */
	@Override
	public DiagnosticItem findByPrimaryKey(long diagnosticItemId)
		throws NoSuchDiagnosticItemException {

		return findByPrimaryKey((Serializable)diagnosticItemId);
	}

	/**
	 * Returns the diagnostic item with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param diagnosticItemId the primary key of the diagnostic item
	 * @return the diagnostic item, or <code>null</code> if a diagnostic item with the primary key could not be found
	 */
	@Override
	public DiagnosticItem fetchByPrimaryKey(long diagnosticItemId) {
		return fetchByPrimaryKey((Serializable)diagnosticItemId);
	}

	/**
	 * Returns all the diagnostic items.
	 *
	 * @return the diagnostic items
	 */
	@Override
	public List<DiagnosticItem> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the diagnostic items.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticItemModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of diagnostic items
	 * @param end the upper bound of the range of diagnostic items (not inclusive)
	 * @return the range of diagnostic items
	 */
	@Override
	public List<DiagnosticItem> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the diagnostic items.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticItemModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of diagnostic items
	 * @param end the upper bound of the range of diagnostic items (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of diagnostic items
	 */
	@Override
	public List<DiagnosticItem> findAll(
		int start, int end,
		OrderByComparator<DiagnosticItem> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the diagnostic items.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticItemModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of diagnostic items
	 * @param end the upper bound of the range of diagnostic items (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of diagnostic items
	 */
	@Override
	public List<DiagnosticItem> findAll(
		int start, int end, OrderByComparator<DiagnosticItem> orderByComparator,
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

		List<DiagnosticItem> list = null;

		if (useFinderCache) {
			list = (List<DiagnosticItem>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_DIAGNOSTICITEM);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_DIAGNOSTICITEM;

				sql = sql.concat(DiagnosticItemModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<DiagnosticItem>)QueryUtil.list(
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
	 * Removes all the diagnostic items from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (DiagnosticItem diagnosticItem : findAll()) {
			remove(diagnosticItem);
		}
	}

	/**
	 * Returns the number of diagnostic items.
	 *
	 * @return the number of diagnostic items
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_DIAGNOSTICITEM);

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
		return "diagnosticItemId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_DIAGNOSTICITEM;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return DiagnosticItemModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the diagnostic item persistence.
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

		_finderPathWithPaginationFindByC_V = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByC_V",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), Integer.class.getName(),
				OrderByComparator.class.getName()
			},
			new String[] {"companyId", "version"}, true);

		_finderPathWithoutPaginationFindByC_V = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByC_V",
			new String[] {Long.class.getName(), Integer.class.getName()},
			new String[] {"companyId", "version"}, true);

		_finderPathCountByC_V = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByC_V",
			new String[] {Long.class.getName(), Integer.class.getName()},
			new String[] {"companyId", "version"}, false);

		_finderPathFetchByC_V_C = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByC_V_C",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				String.class.getName()
			},
			new String[] {"companyId", "version", "code_"}, true);

		DiagnosticItemUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		DiagnosticItemUtil.setPersistence(null);

		entityCache.removeCache(DiagnosticItemImpl.class.getName());
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

	private static final String _SQL_SELECT_DIAGNOSTICITEM =
		"SELECT diagnosticItem FROM DiagnosticItem diagnosticItem";

	private static final String _SQL_SELECT_DIAGNOSTICITEM_WHERE =
		"SELECT diagnosticItem FROM DiagnosticItem diagnosticItem WHERE ";

	private static final String _SQL_COUNT_DIAGNOSTICITEM =
		"SELECT COUNT(diagnosticItem) FROM DiagnosticItem diagnosticItem";

	private static final String _SQL_COUNT_DIAGNOSTICITEM_WHERE =
		"SELECT COUNT(diagnosticItem) FROM DiagnosticItem diagnosticItem WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "diagnosticItem.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No DiagnosticItem exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No DiagnosticItem exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		DiagnosticItemPersistenceImpl.class);

	private static final Set<String> _badColumnNames = SetUtil.fromArray(
		new String[] {"code", "text"});

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}