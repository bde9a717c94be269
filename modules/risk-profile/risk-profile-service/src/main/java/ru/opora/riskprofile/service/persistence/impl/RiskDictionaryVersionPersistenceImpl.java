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

import ru.opora.riskprofile.exception.NoSuchRiskDictionaryVersionException;
import ru.opora.riskprofile.model.RiskDictionaryVersion;
import ru.opora.riskprofile.model.RiskDictionaryVersionTable;
import ru.opora.riskprofile.model.impl.RiskDictionaryVersionImpl;
import ru.opora.riskprofile.model.impl.RiskDictionaryVersionModelImpl;
import ru.opora.riskprofile.service.persistence.RiskDictionaryVersionPersistence;
import ru.opora.riskprofile.service.persistence.RiskDictionaryVersionUtil;
import ru.opora.riskprofile.service.persistence.impl.constants.OporaRpPersistenceConstants;

/**
 * The persistence implementation for the risk dictionary version service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @generated
 */
@Component(service = RiskDictionaryVersionPersistence.class)
public class RiskDictionaryVersionPersistenceImpl
	extends BasePersistenceImpl<RiskDictionaryVersion>
	implements RiskDictionaryVersionPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>RiskDictionaryVersionUtil</code> to access the risk dictionary version persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		RiskDictionaryVersionImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathWithPaginationFindByCompanyId;
	private FinderPath _finderPathWithoutPaginationFindByCompanyId;
	private FinderPath _finderPathCountByCompanyId;

	/**
	 * Returns all the risk dictionary versions where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching risk dictionary versions
	 */
	@Override
	public List<RiskDictionaryVersion> findByCompanyId(long companyId) {
		return findByCompanyId(
			companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the risk dictionary versions where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDictionaryVersionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of risk dictionary versions
	 * @param end the upper bound of the range of risk dictionary versions (not inclusive)
	 * @return the range of matching risk dictionary versions
	 */
	@Override
	public List<RiskDictionaryVersion> findByCompanyId(
		long companyId, int start, int end) {

		return findByCompanyId(companyId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the risk dictionary versions where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDictionaryVersionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of risk dictionary versions
	 * @param end the upper bound of the range of risk dictionary versions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk dictionary versions
	 */
	@Override
	public List<RiskDictionaryVersion> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<RiskDictionaryVersion> orderByComparator) {

		return findByCompanyId(companyId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the risk dictionary versions where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDictionaryVersionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of risk dictionary versions
	 * @param end the upper bound of the range of risk dictionary versions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching risk dictionary versions
	 */
	@Override
	public List<RiskDictionaryVersion> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<RiskDictionaryVersion> orderByComparator,
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

		List<RiskDictionaryVersion> list = null;

		if (useFinderCache) {
			list = (List<RiskDictionaryVersion>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (RiskDictionaryVersion riskDictionaryVersion : list) {
					if (companyId != riskDictionaryVersion.getCompanyId()) {
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

			sb.append(_SQL_SELECT_RISKDICTIONARYVERSION_WHERE);

			sb.append(_FINDER_COLUMN_COMPANYID_COMPANYID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(RiskDictionaryVersionModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				list = (List<RiskDictionaryVersion>)QueryUtil.list(
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
	 * Returns the first risk dictionary version in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk dictionary version
	 * @throws NoSuchRiskDictionaryVersionException if a matching risk dictionary version could not be found
	 */
	@Override
	public RiskDictionaryVersion findByCompanyId_First(
			long companyId,
			OrderByComparator<RiskDictionaryVersion> orderByComparator)
		throws NoSuchRiskDictionaryVersionException {

		RiskDictionaryVersion riskDictionaryVersion = fetchByCompanyId_First(
			companyId, orderByComparator);

		if (riskDictionaryVersion != null) {
			return riskDictionaryVersion;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchRiskDictionaryVersionException(sb.toString());
	}

	/**
	 * Returns the first risk dictionary version in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk dictionary version, or <code>null</code> if a matching risk dictionary version could not be found
	 */
	@Override
	public RiskDictionaryVersion fetchByCompanyId_First(
		long companyId,
		OrderByComparator<RiskDictionaryVersion> orderByComparator) {

		List<RiskDictionaryVersion> list = findByCompanyId(
			companyId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last risk dictionary version in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk dictionary version
	 * @throws NoSuchRiskDictionaryVersionException if a matching risk dictionary version could not be found
	 */
	@Override
	public RiskDictionaryVersion findByCompanyId_Last(
			long companyId,
			OrderByComparator<RiskDictionaryVersion> orderByComparator)
		throws NoSuchRiskDictionaryVersionException {

		RiskDictionaryVersion riskDictionaryVersion = fetchByCompanyId_Last(
			companyId, orderByComparator);

		if (riskDictionaryVersion != null) {
			return riskDictionaryVersion;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchRiskDictionaryVersionException(sb.toString());
	}

	/**
	 * Returns the last risk dictionary version in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk dictionary version, or <code>null</code> if a matching risk dictionary version could not be found
	 */
	@Override
	public RiskDictionaryVersion fetchByCompanyId_Last(
		long companyId,
		OrderByComparator<RiskDictionaryVersion> orderByComparator) {

		int count = countByCompanyId(companyId);

		if (count == 0) {
			return null;
		}

		List<RiskDictionaryVersion> list = findByCompanyId(
			companyId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the risk dictionary versions before and after the current risk dictionary version in the ordered set where companyId = &#63;.
	 *
	 * @param riskDictionaryVersionId the primary key of the current risk dictionary version
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk dictionary version
	 * @throws NoSuchRiskDictionaryVersionException if a risk dictionary version with the primary key could not be found
	 */
	@Override
	public RiskDictionaryVersion[] findByCompanyId_PrevAndNext(
			long riskDictionaryVersionId, long companyId,
			OrderByComparator<RiskDictionaryVersion> orderByComparator)
		throws NoSuchRiskDictionaryVersionException {

		RiskDictionaryVersion riskDictionaryVersion = findByPrimaryKey(
			riskDictionaryVersionId);

		Session session = null;

		try {
			session = openSession();

			RiskDictionaryVersion[] array = new RiskDictionaryVersionImpl[3];

			array[0] = getByCompanyId_PrevAndNext(
				session, riskDictionaryVersion, companyId, orderByComparator,
				true);

			array[1] = riskDictionaryVersion;

			array[2] = getByCompanyId_PrevAndNext(
				session, riskDictionaryVersion, companyId, orderByComparator,
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

	protected RiskDictionaryVersion getByCompanyId_PrevAndNext(
		Session session, RiskDictionaryVersion riskDictionaryVersion,
		long companyId,
		OrderByComparator<RiskDictionaryVersion> orderByComparator,
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

		sb.append(_SQL_SELECT_RISKDICTIONARYVERSION_WHERE);

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
			sb.append(RiskDictionaryVersionModelImpl.ORDER_BY_JPQL);
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
						riskDictionaryVersion)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<RiskDictionaryVersion> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the risk dictionary versions where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	@Override
	public void removeByCompanyId(long companyId) {
		for (RiskDictionaryVersion riskDictionaryVersion :
				findByCompanyId(
					companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(riskDictionaryVersion);
		}
	}

	/**
	 * Returns the number of risk dictionary versions where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching risk dictionary versions
	 */
	@Override
	public int countByCompanyId(long companyId) {
		FinderPath finderPath = _finderPathCountByCompanyId;

		Object[] finderArgs = new Object[] {companyId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_RISKDICTIONARYVERSION_WHERE);

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
		"riskDictionaryVersion.companyId = ?";

	private FinderPath _finderPathFetchByC_Y;

	/**
	 * Returns the risk dictionary version where companyId = &#63; and fromYear = &#63; or throws a <code>NoSuchRiskDictionaryVersionException</code> if it could not be found.
	 *
	 * @param companyId the company ID
	 * @param fromYear the from year
	 * @return the matching risk dictionary version
	 * @throws NoSuchRiskDictionaryVersionException if a matching risk dictionary version could not be found
	 */
	@Override
	public RiskDictionaryVersion findByC_Y(long companyId, int fromYear)
		throws NoSuchRiskDictionaryVersionException {

		RiskDictionaryVersion riskDictionaryVersion = fetchByC_Y(
			companyId, fromYear);

		if (riskDictionaryVersion == null) {
			StringBundler sb = new StringBundler(6);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("companyId=");
			sb.append(companyId);

			sb.append(", fromYear=");
			sb.append(fromYear);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchRiskDictionaryVersionException(sb.toString());
		}

		return riskDictionaryVersion;
	}

	/**
	 * Returns the risk dictionary version where companyId = &#63; and fromYear = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param companyId the company ID
	 * @param fromYear the from year
	 * @return the matching risk dictionary version, or <code>null</code> if a matching risk dictionary version could not be found
	 */
	@Override
	public RiskDictionaryVersion fetchByC_Y(long companyId, int fromYear) {
		return fetchByC_Y(companyId, fromYear, true);
	}

	/**
	 * Returns the risk dictionary version where companyId = &#63; and fromYear = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param companyId the company ID
	 * @param fromYear the from year
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching risk dictionary version, or <code>null</code> if a matching risk dictionary version could not be found
	 */
	@Override
	public RiskDictionaryVersion fetchByC_Y(
		long companyId, int fromYear, boolean useFinderCache) {

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {companyId, fromYear};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByC_Y, finderArgs, this);
		}

		if (result instanceof RiskDictionaryVersion) {
			RiskDictionaryVersion riskDictionaryVersion =
				(RiskDictionaryVersion)result;

			if ((companyId != riskDictionaryVersion.getCompanyId()) ||
				(fromYear != riskDictionaryVersion.getFromYear())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_RISKDICTIONARYVERSION_WHERE);

			sb.append(_FINDER_COLUMN_C_Y_COMPANYID_2);

			sb.append(_FINDER_COLUMN_C_Y_FROMYEAR_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				queryPos.add(fromYear);

				List<RiskDictionaryVersion> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByC_Y, finderArgs, list);
					}
				}
				else {
					RiskDictionaryVersion riskDictionaryVersion = list.get(0);

					result = riskDictionaryVersion;

					cacheResult(riskDictionaryVersion);
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
			return (RiskDictionaryVersion)result;
		}
	}

	/**
	 * Removes the risk dictionary version where companyId = &#63; and fromYear = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param fromYear the from year
	 * @return the risk dictionary version that was removed
	 */
	@Override
	public RiskDictionaryVersion removeByC_Y(long companyId, int fromYear)
		throws NoSuchRiskDictionaryVersionException {

		RiskDictionaryVersion riskDictionaryVersion = findByC_Y(
			companyId, fromYear);

		return remove(riskDictionaryVersion);
	}

	/**
	 * Returns the number of risk dictionary versions where companyId = &#63; and fromYear = &#63;.
	 *
	 * @param companyId the company ID
	 * @param fromYear the from year
	 * @return the number of matching risk dictionary versions
	 */
	@Override
	public int countByC_Y(long companyId, int fromYear) {
		RiskDictionaryVersion riskDictionaryVersion = fetchByC_Y(
			companyId, fromYear);

		if (riskDictionaryVersion == null) {
			return 0;
		}

		return 1;
	}

	private static final String _FINDER_COLUMN_C_Y_COMPANYID_2 =
		"riskDictionaryVersion.companyId = ? AND ";

	private static final String _FINDER_COLUMN_C_Y_FROMYEAR_2 =
		"riskDictionaryVersion.fromYear = ?";

	public RiskDictionaryVersionPersistenceImpl() {
		setModelClass(RiskDictionaryVersion.class);

		setModelImplClass(RiskDictionaryVersionImpl.class);
		setModelPKClass(long.class);

		setTable(RiskDictionaryVersionTable.INSTANCE);
	}

	/**
	 * Caches the risk dictionary version in the entity cache if it is enabled.
	 *
	 * @param riskDictionaryVersion the risk dictionary version
	 */
	@Override
	public void cacheResult(RiskDictionaryVersion riskDictionaryVersion) {
		entityCache.putResult(
			RiskDictionaryVersionImpl.class,
			riskDictionaryVersion.getPrimaryKey(), riskDictionaryVersion);

		finderCache.putResult(
			_finderPathFetchByC_Y,
			new Object[] {
				riskDictionaryVersion.getCompanyId(),
				riskDictionaryVersion.getFromYear()
			},
			riskDictionaryVersion);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the risk dictionary versions in the entity cache if it is enabled.
	 *
	 * @param riskDictionaryVersions the risk dictionary versions
	 */
	@Override
	public void cacheResult(
		List<RiskDictionaryVersion> riskDictionaryVersions) {

		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (riskDictionaryVersions.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (RiskDictionaryVersion riskDictionaryVersion :
				riskDictionaryVersions) {

			if (entityCache.getResult(
					RiskDictionaryVersionImpl.class,
					riskDictionaryVersion.getPrimaryKey()) == null) {

				cacheResult(riskDictionaryVersion);
			}
		}
	}

	/**
	 * Clears the cache for all risk dictionary versions.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(RiskDictionaryVersionImpl.class);

		finderCache.clearCache(RiskDictionaryVersionImpl.class);
	}

	/**
	 * Clears the cache for the risk dictionary version.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(RiskDictionaryVersion riskDictionaryVersion) {
		entityCache.removeResult(
			RiskDictionaryVersionImpl.class, riskDictionaryVersion);
	}

	@Override
	public void clearCache(List<RiskDictionaryVersion> riskDictionaryVersions) {
		for (RiskDictionaryVersion riskDictionaryVersion :
				riskDictionaryVersions) {

			entityCache.removeResult(
				RiskDictionaryVersionImpl.class, riskDictionaryVersion);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(RiskDictionaryVersionImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(
				RiskDictionaryVersionImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		RiskDictionaryVersionModelImpl riskDictionaryVersionModelImpl) {

		Object[] args = new Object[] {
			riskDictionaryVersionModelImpl.getCompanyId(),
			riskDictionaryVersionModelImpl.getFromYear()
		};

		finderCache.putResult(
			_finderPathFetchByC_Y, args, riskDictionaryVersionModelImpl);
	}

	/**
	 * Creates a new risk dictionary version with the primary key. Does not add the risk dictionary version to the database.
	 *
	 * @param riskDictionaryVersionId the primary key for the new risk dictionary version
	 * @return the new risk dictionary version
	 */
	@Override
	public RiskDictionaryVersion create(long riskDictionaryVersionId) {
		RiskDictionaryVersion riskDictionaryVersion =
			new RiskDictionaryVersionImpl();

		riskDictionaryVersion.setNew(true);
		riskDictionaryVersion.setPrimaryKey(riskDictionaryVersionId);

		riskDictionaryVersion.setCompanyId(CompanyThreadLocal.getCompanyId());

		return riskDictionaryVersion;
	}

	/**
	 * Removes the risk dictionary version with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param riskDictionaryVersionId the primary key of the risk dictionary version
	 * @return the risk dictionary version that was removed
	 * @throws NoSuchRiskDictionaryVersionException if a risk dictionary version with the primary key could not be found
	 */
	@Override
	public RiskDictionaryVersion remove(long riskDictionaryVersionId)
		throws NoSuchRiskDictionaryVersionException {

		return remove((Serializable)riskDictionaryVersionId);
	}

	/**
	 * Removes the risk dictionary version with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the risk dictionary version
	 * @return the risk dictionary version that was removed
	 * @throws NoSuchRiskDictionaryVersionException if a risk dictionary version with the primary key could not be found
	 */
	@Override
	public RiskDictionaryVersion remove(Serializable primaryKey)
		throws NoSuchRiskDictionaryVersionException {

		Session session = null;

		try {
			session = openSession();

			RiskDictionaryVersion riskDictionaryVersion =
				(RiskDictionaryVersion)session.get(
					RiskDictionaryVersionImpl.class, primaryKey);

			if (riskDictionaryVersion == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchRiskDictionaryVersionException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(riskDictionaryVersion);
		}
		catch (NoSuchRiskDictionaryVersionException noSuchEntityException) {
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
	protected RiskDictionaryVersion removeImpl(
		RiskDictionaryVersion riskDictionaryVersion) {

		Session session = null;

		try {
			session = openSession();

			if (!session.contains(riskDictionaryVersion)) {
				riskDictionaryVersion = (RiskDictionaryVersion)session.get(
					RiskDictionaryVersionImpl.class,
					riskDictionaryVersion.getPrimaryKeyObj());
			}

			if (riskDictionaryVersion != null) {
				session.delete(riskDictionaryVersion);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (riskDictionaryVersion != null) {
			clearCache(riskDictionaryVersion);
		}

		return riskDictionaryVersion;
	}

	@Override
	public RiskDictionaryVersion updateImpl(
		RiskDictionaryVersion riskDictionaryVersion) {

		boolean isNew = riskDictionaryVersion.isNew();

		if (!(riskDictionaryVersion instanceof
				RiskDictionaryVersionModelImpl)) {

			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(riskDictionaryVersion.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					riskDictionaryVersion);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in riskDictionaryVersion proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom RiskDictionaryVersion implementation " +
					riskDictionaryVersion.getClass());
		}

		RiskDictionaryVersionModelImpl riskDictionaryVersionModelImpl =
			(RiskDictionaryVersionModelImpl)riskDictionaryVersion;

		if (isNew && (riskDictionaryVersion.getCreateDate() == null)) {
			ServiceContext serviceContext =
				ServiceContextThreadLocal.getServiceContext();

			Date date = new Date();

			if (serviceContext == null) {
				riskDictionaryVersion.setCreateDate(date);
			}
			else {
				riskDictionaryVersion.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(riskDictionaryVersion);
			}
			else {
				riskDictionaryVersion = (RiskDictionaryVersion)session.merge(
					riskDictionaryVersion);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			RiskDictionaryVersionImpl.class, riskDictionaryVersionModelImpl,
			false, true);

		cacheUniqueFindersCache(riskDictionaryVersionModelImpl);

		if (isNew) {
			riskDictionaryVersion.setNew(false);
		}

		riskDictionaryVersion.resetOriginalValues();

		return riskDictionaryVersion;
	}

	/**
	 * Returns the risk dictionary version with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the risk dictionary version
	 * @return the risk dictionary version
	 * @throws NoSuchRiskDictionaryVersionException if a risk dictionary version with the primary key could not be found
	 */
	@Override
	public RiskDictionaryVersion findByPrimaryKey(Serializable primaryKey)
		throws NoSuchRiskDictionaryVersionException {

		RiskDictionaryVersion riskDictionaryVersion = fetchByPrimaryKey(
			primaryKey);

		if (riskDictionaryVersion == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchRiskDictionaryVersionException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return riskDictionaryVersion;
	}

	/**
	 * Returns the risk dictionary version with the primary key or throws a <code>NoSuchRiskDictionaryVersionException</code> if it could not be found.
	 *
	 * @param riskDictionaryVersionId the primary key of the risk dictionary version
	 * @return the risk dictionary version
	 * @throws NoSuchRiskDictionaryVersionException if a risk dictionary version with the primary key could not be found
	 */
	@Override
	public RiskDictionaryVersion findByPrimaryKey(long riskDictionaryVersionId)
		throws NoSuchRiskDictionaryVersionException {

		return findByPrimaryKey((Serializable)riskDictionaryVersionId);
	}

	/**
	 * Returns the risk dictionary version with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param riskDictionaryVersionId the primary key of the risk dictionary version
	 * @return the risk dictionary version, or <code>null</code> if a risk dictionary version with the primary key could not be found
	 */
	@Override
	public RiskDictionaryVersion fetchByPrimaryKey(
		long riskDictionaryVersionId) {

		return fetchByPrimaryKey((Serializable)riskDictionaryVersionId);
	}

	/**
	 * Returns all the risk dictionary versions.
	 *
	 * @return the risk dictionary versions
	 */
	@Override
	public List<RiskDictionaryVersion> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the risk dictionary versions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDictionaryVersionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk dictionary versions
	 * @param end the upper bound of the range of risk dictionary versions (not inclusive)
	 * @return the range of risk dictionary versions
	 */
	@Override
	public List<RiskDictionaryVersion> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the risk dictionary versions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDictionaryVersionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk dictionary versions
	 * @param end the upper bound of the range of risk dictionary versions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of risk dictionary versions
	 */
	@Override
	public List<RiskDictionaryVersion> findAll(
		int start, int end,
		OrderByComparator<RiskDictionaryVersion> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the risk dictionary versions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDictionaryVersionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk dictionary versions
	 * @param end the upper bound of the range of risk dictionary versions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of risk dictionary versions
	 */
	@Override
	public List<RiskDictionaryVersion> findAll(
		int start, int end,
		OrderByComparator<RiskDictionaryVersion> orderByComparator,
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

		List<RiskDictionaryVersion> list = null;

		if (useFinderCache) {
			list = (List<RiskDictionaryVersion>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_RISKDICTIONARYVERSION);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_RISKDICTIONARYVERSION;

				sql = sql.concat(RiskDictionaryVersionModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<RiskDictionaryVersion>)QueryUtil.list(
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
	 * Removes all the risk dictionary versions from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (RiskDictionaryVersion riskDictionaryVersion : findAll()) {
			remove(riskDictionaryVersion);
		}
	}

	/**
	 * Returns the number of risk dictionary versions.
	 *
	 * @return the number of risk dictionary versions
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
					_SQL_COUNT_RISKDICTIONARYVERSION);

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
		return "riskDictionaryVersionId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_RISKDICTIONARYVERSION;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return RiskDictionaryVersionModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the risk dictionary version persistence.
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

		_finderPathFetchByC_Y = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByC_Y",
			new String[] {Long.class.getName(), Integer.class.getName()},
			new String[] {"companyId", "fromYear"}, true);

		RiskDictionaryVersionUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		RiskDictionaryVersionUtil.setPersistence(null);

		entityCache.removeCache(RiskDictionaryVersionImpl.class.getName());
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

	private static final String _SQL_SELECT_RISKDICTIONARYVERSION =
		"SELECT riskDictionaryVersion FROM RiskDictionaryVersion riskDictionaryVersion";

	private static final String _SQL_SELECT_RISKDICTIONARYVERSION_WHERE =
		"SELECT riskDictionaryVersion FROM RiskDictionaryVersion riskDictionaryVersion WHERE ";

	private static final String _SQL_COUNT_RISKDICTIONARYVERSION =
		"SELECT COUNT(riskDictionaryVersion) FROM RiskDictionaryVersion riskDictionaryVersion";

	private static final String _SQL_COUNT_RISKDICTIONARYVERSION_WHERE =
		"SELECT COUNT(riskDictionaryVersion) FROM RiskDictionaryVersion riskDictionaryVersion WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS =
		"riskDictionaryVersion.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No RiskDictionaryVersion exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No RiskDictionaryVersion exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		RiskDictionaryVersionPersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}