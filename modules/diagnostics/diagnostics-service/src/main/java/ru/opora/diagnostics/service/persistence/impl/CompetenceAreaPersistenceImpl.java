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

import ru.opora.diagnostics.exception.NoSuchCompetenceAreaException;
import ru.opora.diagnostics.model.CompetenceArea;
import ru.opora.diagnostics.model.CompetenceAreaTable;
import ru.opora.diagnostics.model.impl.CompetenceAreaImpl;
import ru.opora.diagnostics.model.impl.CompetenceAreaModelImpl;
import ru.opora.diagnostics.service.persistence.CompetenceAreaPersistence;
import ru.opora.diagnostics.service.persistence.CompetenceAreaUtil;
import ru.opora.diagnostics.service.persistence.impl.constants.OporaDiagPersistenceConstants;

/**
 * The persistence implementation for the competence area service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @generated
 */
@Component(service = CompetenceAreaPersistence.class)
public class CompetenceAreaPersistenceImpl
	extends BasePersistenceImpl<CompetenceArea>
	implements CompetenceAreaPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>CompetenceAreaUtil</code> to access the competence area persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		CompetenceAreaImpl.class.getName();

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
	 * Returns all the competence areas where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @return the matching competence areas
	 */
	@Override
	public List<CompetenceArea> findByC_V(long companyId, int version) {
		return findByC_V(
			companyId, version, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the competence areas where companyId = &#63; and version = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceAreaModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param start the lower bound of the range of competence areas
	 * @param end the upper bound of the range of competence areas (not inclusive)
	 * @return the range of matching competence areas
	 */
	@Override
	public List<CompetenceArea> findByC_V(
		long companyId, int version, int start, int end) {

		return findByC_V(companyId, version, start, end, null);
	}

	/**
	 * Returns an ordered range of all the competence areas where companyId = &#63; and version = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceAreaModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param start the lower bound of the range of competence areas
	 * @param end the upper bound of the range of competence areas (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching competence areas
	 */
	@Override
	public List<CompetenceArea> findByC_V(
		long companyId, int version, int start, int end,
		OrderByComparator<CompetenceArea> orderByComparator) {

		return findByC_V(
			companyId, version, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the competence areas where companyId = &#63; and version = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceAreaModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param start the lower bound of the range of competence areas
	 * @param end the upper bound of the range of competence areas (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching competence areas
	 */
	@Override
	public List<CompetenceArea> findByC_V(
		long companyId, int version, int start, int end,
		OrderByComparator<CompetenceArea> orderByComparator,
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

		List<CompetenceArea> list = null;

		if (useFinderCache) {
			list = (List<CompetenceArea>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (CompetenceArea competenceArea : list) {
					if ((companyId != competenceArea.getCompanyId()) ||
						(version != competenceArea.getVersion())) {

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

			sb.append(_SQL_SELECT_COMPETENCEAREA_WHERE);

			sb.append(_FINDER_COLUMN_C_V_COMPANYID_2);

			sb.append(_FINDER_COLUMN_C_V_VERSION_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(CompetenceAreaModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				queryPos.add(version);

				list = (List<CompetenceArea>)QueryUtil.list(
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
	 * Returns the first competence area in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching competence area
	 * @throws NoSuchCompetenceAreaException if a matching competence area could not be found
	 */
	@Override
	public CompetenceArea findByC_V_First(
			long companyId, int version,
			OrderByComparator<CompetenceArea> orderByComparator)
		throws NoSuchCompetenceAreaException {

		CompetenceArea competenceArea = fetchByC_V_First(
			companyId, version, orderByComparator);

		if (competenceArea != null) {
			return competenceArea;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", version=");
		sb.append(version);

		sb.append("}");

		throw new NoSuchCompetenceAreaException(sb.toString());
	}

	/**
	 * Returns the first competence area in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching competence area, or <code>null</code> if a matching competence area could not be found
	 */
	@Override
	public CompetenceArea fetchByC_V_First(
		long companyId, int version,
		OrderByComparator<CompetenceArea> orderByComparator) {

		List<CompetenceArea> list = findByC_V(
			companyId, version, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last competence area in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching competence area
	 * @throws NoSuchCompetenceAreaException if a matching competence area could not be found
	 */
	@Override
	public CompetenceArea findByC_V_Last(
			long companyId, int version,
			OrderByComparator<CompetenceArea> orderByComparator)
		throws NoSuchCompetenceAreaException {

		CompetenceArea competenceArea = fetchByC_V_Last(
			companyId, version, orderByComparator);

		if (competenceArea != null) {
			return competenceArea;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", version=");
		sb.append(version);

		sb.append("}");

		throw new NoSuchCompetenceAreaException(sb.toString());
	}

	/**
	 * Returns the last competence area in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching competence area, or <code>null</code> if a matching competence area could not be found
	 */
	@Override
	public CompetenceArea fetchByC_V_Last(
		long companyId, int version,
		OrderByComparator<CompetenceArea> orderByComparator) {

		int count = countByC_V(companyId, version);

		if (count == 0) {
			return null;
		}

		List<CompetenceArea> list = findByC_V(
			companyId, version, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the competence areas before and after the current competence area in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param competenceAreaId the primary key of the current competence area
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next competence area
	 * @throws NoSuchCompetenceAreaException if a competence area with the primary key could not be found
	 */
	@Override
	public CompetenceArea[] findByC_V_PrevAndNext(
			long competenceAreaId, long companyId, int version,
			OrderByComparator<CompetenceArea> orderByComparator)
		throws NoSuchCompetenceAreaException {

		CompetenceArea competenceArea = findByPrimaryKey(competenceAreaId);

		Session session = null;

		try {
			session = openSession();

			CompetenceArea[] array = new CompetenceAreaImpl[3];

			array[0] = getByC_V_PrevAndNext(
				session, competenceArea, companyId, version, orderByComparator,
				true);

			array[1] = competenceArea;

			array[2] = getByC_V_PrevAndNext(
				session, competenceArea, companyId, version, orderByComparator,
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

	protected CompetenceArea getByC_V_PrevAndNext(
		Session session, CompetenceArea competenceArea, long companyId,
		int version, OrderByComparator<CompetenceArea> orderByComparator,
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

		sb.append(_SQL_SELECT_COMPETENCEAREA_WHERE);

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
			sb.append(CompetenceAreaModelImpl.ORDER_BY_JPQL);
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
						competenceArea)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<CompetenceArea> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the competence areas where companyId = &#63; and version = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 */
	@Override
	public void removeByC_V(long companyId, int version) {
		for (CompetenceArea competenceArea :
				findByC_V(
					companyId, version, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(competenceArea);
		}
	}

	/**
	 * Returns the number of competence areas where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @return the number of matching competence areas
	 */
	@Override
	public int countByC_V(long companyId, int version) {
		FinderPath finderPath = _finderPathCountByC_V;

		Object[] finderArgs = new Object[] {companyId, version};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_COMPETENCEAREA_WHERE);

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
		"competenceArea.companyId = ? AND ";

	private static final String _FINDER_COLUMN_C_V_VERSION_2 =
		"competenceArea.version = ?";

	private FinderPath _finderPathFetchByC_V_C;

	/**
	 * Returns the competence area where companyId = &#63; and version = &#63; and code = &#63; or throws a <code>NoSuchCompetenceAreaException</code> if it could not be found.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the matching competence area
	 * @throws NoSuchCompetenceAreaException if a matching competence area could not be found
	 */
	@Override
	public CompetenceArea findByC_V_C(long companyId, int version, String code)
		throws NoSuchCompetenceAreaException {

		CompetenceArea competenceArea = fetchByC_V_C(companyId, version, code);

		if (competenceArea == null) {
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

			throw new NoSuchCompetenceAreaException(sb.toString());
		}

		return competenceArea;
	}

	/**
	 * Returns the competence area where companyId = &#63; and version = &#63; and code = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the matching competence area, or <code>null</code> if a matching competence area could not be found
	 */
	@Override
	public CompetenceArea fetchByC_V_C(
		long companyId, int version, String code) {

		return fetchByC_V_C(companyId, version, code, true);
	}

	/**
	 * Returns the competence area where companyId = &#63; and version = &#63; and code = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching competence area, or <code>null</code> if a matching competence area could not be found
	 */
	@Override
	public CompetenceArea fetchByC_V_C(
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

		if (result instanceof CompetenceArea) {
			CompetenceArea competenceArea = (CompetenceArea)result;

			if ((companyId != competenceArea.getCompanyId()) ||
				(version != competenceArea.getVersion()) ||
				!Objects.equals(code, competenceArea.getCode())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(5);

			sb.append(_SQL_SELECT_COMPETENCEAREA_WHERE);

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

				List<CompetenceArea> list = query.list();

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
								"CompetenceAreaPersistenceImpl.fetchByC_V_C(long, int, String, boolean) with parameters (" +
									StringUtil.merge(finderArgs) +
										") yields a result set with more than 1 result. This violates the logical unique restriction. There is no order guarantee on which result is returned by this finder.");
						}
					}

					CompetenceArea competenceArea = list.get(0);

					result = competenceArea;

					cacheResult(competenceArea);
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
			return (CompetenceArea)result;
		}
	}

	/**
	 * Removes the competence area where companyId = &#63; and version = &#63; and code = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the competence area that was removed
	 */
	@Override
	public CompetenceArea removeByC_V_C(
			long companyId, int version, String code)
		throws NoSuchCompetenceAreaException {

		CompetenceArea competenceArea = findByC_V_C(companyId, version, code);

		return remove(competenceArea);
	}

	/**
	 * Returns the number of competence areas where companyId = &#63; and version = &#63; and code = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the number of matching competence areas
	 */
	@Override
	public int countByC_V_C(long companyId, int version, String code) {
		CompetenceArea competenceArea = fetchByC_V_C(companyId, version, code);

		if (competenceArea == null) {
			return 0;
		}

		return 1;
	}

	private static final String _FINDER_COLUMN_C_V_C_COMPANYID_2 =
		"competenceArea.companyId = ? AND ";

	private static final String _FINDER_COLUMN_C_V_C_VERSION_2 =
		"competenceArea.version = ? AND ";

	private static final String _FINDER_COLUMN_C_V_C_CODE_2 =
		"competenceArea.code = ?";

	private static final String _FINDER_COLUMN_C_V_C_CODE_3 =
		"(competenceArea.code IS NULL OR competenceArea.code = '')";

	public CompetenceAreaPersistenceImpl() {
		Map<String, String> dbColumnNames = new HashMap<String, String>();

		dbColumnNames.put("code", "code_");

		setDBColumnNames(dbColumnNames);

		setModelClass(CompetenceArea.class);

		setModelImplClass(CompetenceAreaImpl.class);
		setModelPKClass(long.class);

		setTable(CompetenceAreaTable.INSTANCE);
	}

	/**
	 * Caches the competence area in the entity cache if it is enabled.
	 *
	 * @param competenceArea the competence area
	 */
	@Override
	public void cacheResult(CompetenceArea competenceArea) {
		entityCache.putResult(
			CompetenceAreaImpl.class, competenceArea.getPrimaryKey(),
			competenceArea);

		finderCache.putResult(
			_finderPathFetchByC_V_C,
			new Object[] {
				competenceArea.getCompanyId(), competenceArea.getVersion(),
				competenceArea.getCode()
			},
			competenceArea);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the competence areas in the entity cache if it is enabled.
	 *
	 * @param competenceAreas the competence areas
	 */
	@Override
	public void cacheResult(List<CompetenceArea> competenceAreas) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (competenceAreas.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (CompetenceArea competenceArea : competenceAreas) {
			if (entityCache.getResult(
					CompetenceAreaImpl.class, competenceArea.getPrimaryKey()) ==
						null) {

				cacheResult(competenceArea);
			}
		}
	}

	/**
	 * Clears the cache for all competence areas.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(CompetenceAreaImpl.class);

		finderCache.clearCache(CompetenceAreaImpl.class);
	}

	/**
	 * Clears the cache for the competence area.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(CompetenceArea competenceArea) {
		entityCache.removeResult(CompetenceAreaImpl.class, competenceArea);
	}

	@Override
	public void clearCache(List<CompetenceArea> competenceAreas) {
		for (CompetenceArea competenceArea : competenceAreas) {
			entityCache.removeResult(CompetenceAreaImpl.class, competenceArea);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(CompetenceAreaImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(CompetenceAreaImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		CompetenceAreaModelImpl competenceAreaModelImpl) {

		Object[] args = new Object[] {
			competenceAreaModelImpl.getCompanyId(),
			competenceAreaModelImpl.getVersion(),
			competenceAreaModelImpl.getCode()
		};

		finderCache.putResult(
			_finderPathFetchByC_V_C, args, competenceAreaModelImpl);
	}

	/**
	 * Creates a new competence area with the primary key. Does not add the competence area to the database.
	 *
	 * @param competenceAreaId the primary key for the new competence area
	 * @return the new competence area
	 */
	@Override
	public CompetenceArea create(long competenceAreaId) {
		CompetenceArea competenceArea = new CompetenceAreaImpl();

		competenceArea.setNew(true);
		competenceArea.setPrimaryKey(competenceAreaId);

		competenceArea.setCompanyId(CompanyThreadLocal.getCompanyId());

		return competenceArea;
	}

	/**
	 * Removes the competence area with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param competenceAreaId the primary key of the competence area
	 * @return the competence area that was removed
	 * @throws NoSuchCompetenceAreaException if a competence area with the primary key could not be found
	 */
	@Override
	public CompetenceArea remove(long competenceAreaId)
		throws NoSuchCompetenceAreaException {

		return remove((Serializable)competenceAreaId);
	}

	/**
	 * Removes the competence area with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the competence area
	 * @return the competence area that was removed
	 * @throws NoSuchCompetenceAreaException if a competence area with the primary key could not be found
	 */
	@Override
	public CompetenceArea remove(Serializable primaryKey)
		throws NoSuchCompetenceAreaException {

		Session session = null;

		try {
			session = openSession();

			CompetenceArea competenceArea = (CompetenceArea)session.get(
				CompetenceAreaImpl.class, primaryKey);

			if (competenceArea == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchCompetenceAreaException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(competenceArea);
		}
		catch (NoSuchCompetenceAreaException noSuchEntityException) {
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
	protected CompetenceArea removeImpl(CompetenceArea competenceArea) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(competenceArea)) {
				competenceArea = (CompetenceArea)session.get(
					CompetenceAreaImpl.class,
					competenceArea.getPrimaryKeyObj());
			}

			if (competenceArea != null) {
				session.delete(competenceArea);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (competenceArea != null) {
			clearCache(competenceArea);
		}

		return competenceArea;
	}

	@Override
	public CompetenceArea updateImpl(CompetenceArea competenceArea) {
		boolean isNew = competenceArea.isNew();

		if (!(competenceArea instanceof CompetenceAreaModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(competenceArea.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					competenceArea);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in competenceArea proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom CompetenceArea implementation " +
					competenceArea.getClass());
		}

		CompetenceAreaModelImpl competenceAreaModelImpl =
			(CompetenceAreaModelImpl)competenceArea;

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (competenceArea.getCreateDate() == null)) {
			if (serviceContext == null) {
				competenceArea.setCreateDate(date);
			}
			else {
				competenceArea.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		if (!competenceAreaModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				competenceArea.setModifiedDate(date);
			}
			else {
				competenceArea.setModifiedDate(
					serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(competenceArea);
			}
			else {
				competenceArea = (CompetenceArea)session.merge(competenceArea);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			CompetenceAreaImpl.class, competenceAreaModelImpl, false, true);

		cacheUniqueFindersCache(competenceAreaModelImpl);

		if (isNew) {
			competenceArea.setNew(false);
		}

		competenceArea.resetOriginalValues();

		return competenceArea;
	}

	/**
	 * Returns the competence area with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the competence area
	 * @return the competence area
	 * @throws NoSuchCompetenceAreaException if a competence area with the primary key could not be found
	 */
	@Override
	public CompetenceArea findByPrimaryKey(Serializable primaryKey)
		throws NoSuchCompetenceAreaException {

		CompetenceArea competenceArea = fetchByPrimaryKey(primaryKey);

		if (competenceArea == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchCompetenceAreaException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return competenceArea;
	}

	/**
	 * Returns the competence area with the primary key or throws a <code>NoSuchCompetenceAreaException</code> if it could not be found.
	 *
	 * @param competenceAreaId the primary key of the competence area
	 * @return the competence area
	 * @throws NoSuchCompetenceAreaException if a competence area with the primary key could not be found
	 */
	@Override
	public CompetenceArea findByPrimaryKey(long competenceAreaId)
		throws NoSuchCompetenceAreaException {

		return findByPrimaryKey((Serializable)competenceAreaId);
	}

	/**
	 * Returns the competence area with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param competenceAreaId the primary key of the competence area
	 * @return the competence area, or <code>null</code> if a competence area with the primary key could not be found
	 */
	@Override
	public CompetenceArea fetchByPrimaryKey(long competenceAreaId) {
		return fetchByPrimaryKey((Serializable)competenceAreaId);
	}

	/**
	 * Returns all the competence areas.
	 *
	 * @return the competence areas
	 */
	@Override
	public List<CompetenceArea> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the competence areas.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceAreaModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of competence areas
	 * @param end the upper bound of the range of competence areas (not inclusive)
	 * @return the range of competence areas
	 */
	@Override
	public List<CompetenceArea> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the competence areas.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceAreaModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of competence areas
	 * @param end the upper bound of the range of competence areas (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of competence areas
	 */
	@Override
	public List<CompetenceArea> findAll(
		int start, int end,
		OrderByComparator<CompetenceArea> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the competence areas.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceAreaModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of competence areas
	 * @param end the upper bound of the range of competence areas (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of competence areas
	 */
	@Override
	public List<CompetenceArea> findAll(
		int start, int end, OrderByComparator<CompetenceArea> orderByComparator,
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

		List<CompetenceArea> list = null;

		if (useFinderCache) {
			list = (List<CompetenceArea>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_COMPETENCEAREA);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_COMPETENCEAREA;

				sql = sql.concat(CompetenceAreaModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<CompetenceArea>)QueryUtil.list(
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
	 * Removes all the competence areas from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (CompetenceArea competenceArea : findAll()) {
			remove(competenceArea);
		}
	}

	/**
	 * Returns the number of competence areas.
	 *
	 * @return the number of competence areas
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_COMPETENCEAREA);

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
		return "competenceAreaId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_COMPETENCEAREA;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return CompetenceAreaModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the competence area persistence.
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

		CompetenceAreaUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		CompetenceAreaUtil.setPersistence(null);

		entityCache.removeCache(CompetenceAreaImpl.class.getName());
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

	private static final String _SQL_SELECT_COMPETENCEAREA =
		"SELECT competenceArea FROM CompetenceArea competenceArea";

	private static final String _SQL_SELECT_COMPETENCEAREA_WHERE =
		"SELECT competenceArea FROM CompetenceArea competenceArea WHERE ";

	private static final String _SQL_COUNT_COMPETENCEAREA =
		"SELECT COUNT(competenceArea) FROM CompetenceArea competenceArea";

	private static final String _SQL_COUNT_COMPETENCEAREA_WHERE =
		"SELECT COUNT(competenceArea) FROM CompetenceArea competenceArea WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "competenceArea.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No CompetenceArea exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No CompetenceArea exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		CompetenceAreaPersistenceImpl.class);

	private static final Set<String> _badColumnNames = SetUtil.fromArray(
		new String[] {"code"});

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}