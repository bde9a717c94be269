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

import ru.opora.diagnostics.exception.NoSuchCompetenceException;
import ru.opora.diagnostics.model.Competence;
import ru.opora.diagnostics.model.CompetenceTable;
import ru.opora.diagnostics.model.impl.CompetenceImpl;
import ru.opora.diagnostics.model.impl.CompetenceModelImpl;
import ru.opora.diagnostics.service.persistence.CompetencePersistence;
import ru.opora.diagnostics.service.persistence.CompetenceUtil;
import ru.opora.diagnostics.service.persistence.impl.constants.OporaDiagPersistenceConstants;

/**
 * The persistence implementation for the competence service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @generated
 */
@Component(service = CompetencePersistence.class)
public class CompetencePersistenceImpl
	extends BasePersistenceImpl<Competence> implements CompetencePersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>CompetenceUtil</code> to access the competence persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		CompetenceImpl.class.getName();

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
	 * Returns all the competences where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @return the matching competences
	 */
	@Override
	public List<Competence> findByC_V(long companyId, int version) {
		return findByC_V(
			companyId, version, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the competences where companyId = &#63; and version = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param start the lower bound of the range of competences
	 * @param end the upper bound of the range of competences (not inclusive)
	 * @return the range of matching competences
	 */
	@Override
	public List<Competence> findByC_V(
		long companyId, int version, int start, int end) {

		return findByC_V(companyId, version, start, end, null);
	}

	/**
	 * Returns an ordered range of all the competences where companyId = &#63; and version = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param start the lower bound of the range of competences
	 * @param end the upper bound of the range of competences (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching competences
	 */
	@Override
	public List<Competence> findByC_V(
		long companyId, int version, int start, int end,
		OrderByComparator<Competence> orderByComparator) {

		return findByC_V(
			companyId, version, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the competences where companyId = &#63; and version = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param start the lower bound of the range of competences
	 * @param end the upper bound of the range of competences (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching competences
	 */
	@Override
	public List<Competence> findByC_V(
		long companyId, int version, int start, int end,
		OrderByComparator<Competence> orderByComparator,
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

		List<Competence> list = null;

		if (useFinderCache) {
			list = (List<Competence>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (Competence competence : list) {
					if ((companyId != competence.getCompanyId()) ||
						(version != competence.getVersion())) {

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

			sb.append(_SQL_SELECT_COMPETENCE_WHERE);

			sb.append(_FINDER_COLUMN_C_V_COMPANYID_2);

			sb.append(_FINDER_COLUMN_C_V_VERSION_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(CompetenceModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				queryPos.add(version);

				list = (List<Competence>)QueryUtil.list(
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
	 * Returns the first competence in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching competence
	 * @throws NoSuchCompetenceException if a matching competence could not be found
	 */
	@Override
	public Competence findByC_V_First(
			long companyId, int version,
			OrderByComparator<Competence> orderByComparator)
		throws NoSuchCompetenceException {

		Competence competence = fetchByC_V_First(
			companyId, version, orderByComparator);

		if (competence != null) {
			return competence;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", version=");
		sb.append(version);

		sb.append("}");

		throw new NoSuchCompetenceException(sb.toString());
	}

	/**
	 * Returns the first competence in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching competence, or <code>null</code> if a matching competence could not be found
	 */
	@Override
	public Competence fetchByC_V_First(
		long companyId, int version,
		OrderByComparator<Competence> orderByComparator) {

		List<Competence> list = findByC_V(
			companyId, version, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last competence in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching competence
	 * @throws NoSuchCompetenceException if a matching competence could not be found
	 */
	@Override
	public Competence findByC_V_Last(
			long companyId, int version,
			OrderByComparator<Competence> orderByComparator)
		throws NoSuchCompetenceException {

		Competence competence = fetchByC_V_Last(
			companyId, version, orderByComparator);

		if (competence != null) {
			return competence;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", version=");
		sb.append(version);

		sb.append("}");

		throw new NoSuchCompetenceException(sb.toString());
	}

	/**
	 * Returns the last competence in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching competence, or <code>null</code> if a matching competence could not be found
	 */
	@Override
	public Competence fetchByC_V_Last(
		long companyId, int version,
		OrderByComparator<Competence> orderByComparator) {

		int count = countByC_V(companyId, version);

		if (count == 0) {
			return null;
		}

		List<Competence> list = findByC_V(
			companyId, version, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the competences before and after the current competence in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param competenceId the primary key of the current competence
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next competence
	 * @throws NoSuchCompetenceException if a competence with the primary key could not be found
	 */
	@Override
	public Competence[] findByC_V_PrevAndNext(
			long competenceId, long companyId, int version,
			OrderByComparator<Competence> orderByComparator)
		throws NoSuchCompetenceException {

		Competence competence = findByPrimaryKey(competenceId);

		Session session = null;

		try {
			session = openSession();

			Competence[] array = new CompetenceImpl[3];

			array[0] = getByC_V_PrevAndNext(
				session, competence, companyId, version, orderByComparator,
				true);

			array[1] = competence;

			array[2] = getByC_V_PrevAndNext(
				session, competence, companyId, version, orderByComparator,
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

	protected Competence getByC_V_PrevAndNext(
		Session session, Competence competence, long companyId, int version,
		OrderByComparator<Competence> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				5 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(4);
		}

		sb.append(_SQL_SELECT_COMPETENCE_WHERE);

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
			sb.append(CompetenceModelImpl.ORDER_BY_JPQL);
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
					orderByComparator.getOrderByConditionValues(competence)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<Competence> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the competences where companyId = &#63; and version = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 */
	@Override
	public void removeByC_V(long companyId, int version) {
		for (Competence competence :
				findByC_V(
					companyId, version, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(competence);
		}
	}

	/**
	 * Returns the number of competences where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @return the number of matching competences
	 */
	@Override
	public int countByC_V(long companyId, int version) {
		FinderPath finderPath = _finderPathCountByC_V;

		Object[] finderArgs = new Object[] {companyId, version};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_COMPETENCE_WHERE);

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
		"competence.companyId = ? AND ";

	private static final String _FINDER_COLUMN_C_V_VERSION_2 =
		"competence.version = ?";

	private FinderPath _finderPathFetchByC_V_C;

	/**
	 * Returns the competence where companyId = &#63; and version = &#63; and code = &#63; or throws a <code>NoSuchCompetenceException</code> if it could not be found.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the matching competence
	 * @throws NoSuchCompetenceException if a matching competence could not be found
	 */
	@Override
	public Competence findByC_V_C(long companyId, int version, String code)
		throws NoSuchCompetenceException {

		Competence competence = fetchByC_V_C(companyId, version, code);

		if (competence == null) {
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

			throw new NoSuchCompetenceException(sb.toString());
		}

		return competence;
	}

	/**
	 * Returns the competence where companyId = &#63; and version = &#63; and code = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the matching competence, or <code>null</code> if a matching competence could not be found
	 */
	@Override
	public Competence fetchByC_V_C(long companyId, int version, String code) {
		return fetchByC_V_C(companyId, version, code, true);
	}

	/**
	 * Returns the competence where companyId = &#63; and version = &#63; and code = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching competence, or <code>null</code> if a matching competence could not be found
	 */
	@Override
	public Competence fetchByC_V_C(
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

		if (result instanceof Competence) {
			Competence competence = (Competence)result;

			if ((companyId != competence.getCompanyId()) ||
				(version != competence.getVersion()) ||
				!Objects.equals(code, competence.getCode())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(5);

			sb.append(_SQL_SELECT_COMPETENCE_WHERE);

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

				List<Competence> list = query.list();

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
								"CompetencePersistenceImpl.fetchByC_V_C(long, int, String, boolean) with parameters (" +
									StringUtil.merge(finderArgs) +
										") yields a result set with more than 1 result. This violates the logical unique restriction. There is no order guarantee on which result is returned by this finder.");
						}
					}

					Competence competence = list.get(0);

					result = competence;

					cacheResult(competence);
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
			return (Competence)result;
		}
	}

	/**
	 * Removes the competence where companyId = &#63; and version = &#63; and code = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the competence that was removed
	 */
	@Override
	public Competence removeByC_V_C(long companyId, int version, String code)
		throws NoSuchCompetenceException {

		Competence competence = findByC_V_C(companyId, version, code);

		return remove(competence);
	}

	/**
	 * Returns the number of competences where companyId = &#63; and version = &#63; and code = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the number of matching competences
	 */
	@Override
	public int countByC_V_C(long companyId, int version, String code) {
		Competence competence = fetchByC_V_C(companyId, version, code);

		if (competence == null) {
			return 0;
		}

		return 1;
	}

	private static final String _FINDER_COLUMN_C_V_C_COMPANYID_2 =
		"competence.companyId = ? AND ";

	private static final String _FINDER_COLUMN_C_V_C_VERSION_2 =
		"competence.version = ? AND ";

	private static final String _FINDER_COLUMN_C_V_C_CODE_2 =
		"competence.code = ?";

	private static final String _FINDER_COLUMN_C_V_C_CODE_3 =
		"(competence.code IS NULL OR competence.code = '')";

	public CompetencePersistenceImpl() {
		Map<String, String> dbColumnNames = new HashMap<String, String>();

		dbColumnNames.put("code", "code_");

		setDBColumnNames(dbColumnNames);

		setModelClass(Competence.class);

		setModelImplClass(CompetenceImpl.class);
		setModelPKClass(long.class);

		setTable(CompetenceTable.INSTANCE);
	}

	/**
	 * Caches the competence in the entity cache if it is enabled.
	 *
	 * @param competence the competence
	 */
	@Override
	public void cacheResult(Competence competence) {
		entityCache.putResult(
			CompetenceImpl.class, competence.getPrimaryKey(), competence);

		finderCache.putResult(
			_finderPathFetchByC_V_C,
			new Object[] {
				competence.getCompanyId(), competence.getVersion(),
				competence.getCode()
			},
			competence);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the competences in the entity cache if it is enabled.
	 *
	 * @param competences the competences
	 */
	@Override
	public void cacheResult(List<Competence> competences) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (competences.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (Competence competence : competences) {
			if (entityCache.getResult(
					CompetenceImpl.class, competence.getPrimaryKey()) == null) {

				cacheResult(competence);
			}
		}
	}

	/**
	 * Clears the cache for all competences.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(CompetenceImpl.class);

		finderCache.clearCache(CompetenceImpl.class);
	}

	/**
	 * Clears the cache for the competence.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(Competence competence) {
		entityCache.removeResult(CompetenceImpl.class, competence);
	}

	@Override
	public void clearCache(List<Competence> competences) {
		for (Competence competence : competences) {
			entityCache.removeResult(CompetenceImpl.class, competence);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(CompetenceImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(CompetenceImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		CompetenceModelImpl competenceModelImpl) {

		Object[] args = new Object[] {
			competenceModelImpl.getCompanyId(),
			competenceModelImpl.getVersion(), competenceModelImpl.getCode()
		};

		finderCache.putResult(
			_finderPathFetchByC_V_C, args, competenceModelImpl);
	}

	/**
	 * Creates a new competence with the primary key. Does not add the competence to the database.
	 *
	 * @param competenceId the primary key for the new competence
	 * @return the new competence
	 */
	@Override
	public Competence create(long competenceId) {
		Competence competence = new CompetenceImpl();

		competence.setNew(true);
		competence.setPrimaryKey(competenceId);

		competence.setCompanyId(CompanyThreadLocal.getCompanyId());

		return competence;
	}

	/**
	 * Removes the competence with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param competenceId the primary key of the competence
	 * @return the competence that was removed
	 * @throws NoSuchCompetenceException if a competence with the primary key could not be found
	 */
	@Override
	public Competence remove(long competenceId)
		throws NoSuchCompetenceException {

		return remove((Serializable)competenceId);
	}

	/**
	 * Removes the competence with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the competence
	 * @return the competence that was removed
	 * @throws NoSuchCompetenceException if a competence with the primary key could not be found
	 */
	@Override
	public Competence remove(Serializable primaryKey)
		throws NoSuchCompetenceException {

		Session session = null;

		try {
			session = openSession();

			Competence competence = (Competence)session.get(
				CompetenceImpl.class, primaryKey);

			if (competence == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchCompetenceException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(competence);
		}
		catch (NoSuchCompetenceException noSuchEntityException) {
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
	protected Competence removeImpl(Competence competence) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(competence)) {
				competence = (Competence)session.get(
					CompetenceImpl.class, competence.getPrimaryKeyObj());
			}

			if (competence != null) {
				session.delete(competence);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (competence != null) {
			clearCache(competence);
		}

		return competence;
	}

	@Override
	public Competence updateImpl(Competence competence) {
		boolean isNew = competence.isNew();

		if (!(competence instanceof CompetenceModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(competence.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(competence);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in competence proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom Competence implementation " +
					competence.getClass());
		}

		CompetenceModelImpl competenceModelImpl =
			(CompetenceModelImpl)competence;

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (competence.getCreateDate() == null)) {
			if (serviceContext == null) {
				competence.setCreateDate(date);
			}
			else {
				competence.setCreateDate(serviceContext.getCreateDate(date));
			}
		}

		if (!competenceModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				competence.setModifiedDate(date);
			}
			else {
				competence.setModifiedDate(
					serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(competence);
			}
			else {
				competence = (Competence)session.merge(competence);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			CompetenceImpl.class, competenceModelImpl, false, true);

		cacheUniqueFindersCache(competenceModelImpl);

		if (isNew) {
			competence.setNew(false);
		}

		competence.resetOriginalValues();

		return competence;
	}

	/**
	 * Returns the competence with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the competence
	 * @return the competence
	 * @throws NoSuchCompetenceException if a competence with the primary key could not be found
	 */
	@Override
	public Competence findByPrimaryKey(Serializable primaryKey)
		throws NoSuchCompetenceException {

		Competence competence = fetchByPrimaryKey(primaryKey);

		if (competence == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchCompetenceException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return competence;
	}

	/**
	 * Returns the competence with the primary key or throws a <code>NoSuchCompetenceException</code> if it could not be found.
	 *
	 * @param competenceId the primary key of the competence
	 * @return the competence
	 * @throws NoSuchCompetenceException if a competence with the primary key could not be found
	 */
	@Override
	public Competence findByPrimaryKey(long competenceId)
		throws NoSuchCompetenceException {

		return findByPrimaryKey((Serializable)competenceId);
	}

	/**
	 * Returns the competence with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param competenceId the primary key of the competence
	 * @return the competence, or <code>null</code> if a competence with the primary key could not be found
	 */
	@Override
	public Competence fetchByPrimaryKey(long competenceId) {
		return fetchByPrimaryKey((Serializable)competenceId);
	}

	/**
	 * Returns all the competences.
	 *
	 * @return the competences
	 */
	@Override
	public List<Competence> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the competences.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of competences
	 * @param end the upper bound of the range of competences (not inclusive)
	 * @return the range of competences
	 */
	@Override
	public List<Competence> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the competences.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of competences
	 * @param end the upper bound of the range of competences (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of competences
	 */
	@Override
	public List<Competence> findAll(
		int start, int end, OrderByComparator<Competence> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the competences.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of competences
	 * @param end the upper bound of the range of competences (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of competences
	 */
	@Override
	public List<Competence> findAll(
		int start, int end, OrderByComparator<Competence> orderByComparator,
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

		List<Competence> list = null;

		if (useFinderCache) {
			list = (List<Competence>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_COMPETENCE);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_COMPETENCE;

				sql = sql.concat(CompetenceModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<Competence>)QueryUtil.list(
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
	 * Removes all the competences from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (Competence competence : findAll()) {
			remove(competence);
		}
	}

	/**
	 * Returns the number of competences.
	 *
	 * @return the number of competences
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_COMPETENCE);

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
		return "competenceId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_COMPETENCE;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return CompetenceModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the competence persistence.
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

		CompetenceUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		CompetenceUtil.setPersistence(null);

		entityCache.removeCache(CompetenceImpl.class.getName());
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

	private static final String _SQL_SELECT_COMPETENCE =
		"SELECT competence FROM Competence competence";

	private static final String _SQL_SELECT_COMPETENCE_WHERE =
		"SELECT competence FROM Competence competence WHERE ";

	private static final String _SQL_COUNT_COMPETENCE =
		"SELECT COUNT(competence) FROM Competence competence";

	private static final String _SQL_COUNT_COMPETENCE_WHERE =
		"SELECT COUNT(competence) FROM Competence competence WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "competence.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No Competence exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No Competence exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		CompetencePersistenceImpl.class);

	private static final Set<String> _badColumnNames = SetUtil.fromArray(
		new String[] {"code"});

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}