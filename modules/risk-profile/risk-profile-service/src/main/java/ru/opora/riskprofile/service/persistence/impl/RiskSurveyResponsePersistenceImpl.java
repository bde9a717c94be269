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
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import ru.opora.riskprofile.exception.NoSuchRiskSurveyResponseException;
import ru.opora.riskprofile.model.RiskSurveyResponse;
import ru.opora.riskprofile.model.RiskSurveyResponseTable;
import ru.opora.riskprofile.model.impl.RiskSurveyResponseImpl;
import ru.opora.riskprofile.model.impl.RiskSurveyResponseModelImpl;
import ru.opora.riskprofile.service.persistence.RiskSurveyResponsePersistence;
import ru.opora.riskprofile.service.persistence.RiskSurveyResponseUtil;
import ru.opora.riskprofile.service.persistence.impl.constants.OporaRpPersistenceConstants;

/**
 * The persistence implementation for the risk survey response service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @generated
 */
@Component(service = RiskSurveyResponsePersistence.class)
public class RiskSurveyResponsePersistenceImpl
	extends BasePersistenceImpl<RiskSurveyResponse>
	implements RiskSurveyResponsePersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>RiskSurveyResponseUtil</code> to access the risk survey response persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		RiskSurveyResponseImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathWithPaginationFindByS_Y;
	private FinderPath _finderPathWithoutPaginationFindByS_Y;
	private FinderPath _finderPathCountByS_Y;

	/**
	 * Returns all the risk survey responses where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @return the matching risk survey responses
	 */
	@Override
	public List<RiskSurveyResponse> findByS_Y(long schoolId, int year) {
		return findByS_Y(
			schoolId, year, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the risk survey responses where schoolId = &#63; and year = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskSurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param start the lower bound of the range of risk survey responses
	 * @param end the upper bound of the range of risk survey responses (not inclusive)
	 * @return the range of matching risk survey responses
	 */
	@Override
	public List<RiskSurveyResponse> findByS_Y(
		long schoolId, int year, int start, int end) {

		return findByS_Y(schoolId, year, start, end, null);
	}

	/**
	 * Returns an ordered range of all the risk survey responses where schoolId = &#63; and year = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskSurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param start the lower bound of the range of risk survey responses
	 * @param end the upper bound of the range of risk survey responses (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk survey responses
	 */
	@Override
	public List<RiskSurveyResponse> findByS_Y(
		long schoolId, int year, int start, int end,
		OrderByComparator<RiskSurveyResponse> orderByComparator) {

		return findByS_Y(schoolId, year, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the risk survey responses where schoolId = &#63; and year = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskSurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param start the lower bound of the range of risk survey responses
	 * @param end the upper bound of the range of risk survey responses (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching risk survey responses
	 */
	@Override
	public List<RiskSurveyResponse> findByS_Y(
		long schoolId, int year, int start, int end,
		OrderByComparator<RiskSurveyResponse> orderByComparator,
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

		List<RiskSurveyResponse> list = null;

		if (useFinderCache) {
			list = (List<RiskSurveyResponse>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (RiskSurveyResponse riskSurveyResponse : list) {
					if ((schoolId != riskSurveyResponse.getSchoolId()) ||
						(year != riskSurveyResponse.getYear())) {

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

			sb.append(_SQL_SELECT_RISKSURVEYRESPONSE_WHERE);

			sb.append(_FINDER_COLUMN_S_Y_SCHOOLID_2);

			sb.append(_FINDER_COLUMN_S_Y_YEAR_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(RiskSurveyResponseModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(schoolId);

				queryPos.add(year);

				list = (List<RiskSurveyResponse>)QueryUtil.list(
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
	 * Returns the first risk survey response in the ordered set where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk survey response
	 * @throws NoSuchRiskSurveyResponseException if a matching risk survey response could not be found
	 */
	@Override
	public RiskSurveyResponse findByS_Y_First(
			long schoolId, int year,
			OrderByComparator<RiskSurveyResponse> orderByComparator)
		throws NoSuchRiskSurveyResponseException {

		RiskSurveyResponse riskSurveyResponse = fetchByS_Y_First(
			schoolId, year, orderByComparator);

		if (riskSurveyResponse != null) {
			return riskSurveyResponse;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("schoolId=");
		sb.append(schoolId);

		sb.append(", year=");
		sb.append(year);

		sb.append("}");

		throw new NoSuchRiskSurveyResponseException(sb.toString());
	}

	/**
	 * Returns the first risk survey response in the ordered set where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk survey response, or <code>null</code> if a matching risk survey response could not be found
	 */
	@Override
	public RiskSurveyResponse fetchByS_Y_First(
		long schoolId, int year,
		OrderByComparator<RiskSurveyResponse> orderByComparator) {

		List<RiskSurveyResponse> list = findByS_Y(
			schoolId, year, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last risk survey response in the ordered set where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk survey response
	 * @throws NoSuchRiskSurveyResponseException if a matching risk survey response could not be found
	 */
	@Override
	public RiskSurveyResponse findByS_Y_Last(
			long schoolId, int year,
			OrderByComparator<RiskSurveyResponse> orderByComparator)
		throws NoSuchRiskSurveyResponseException {

		RiskSurveyResponse riskSurveyResponse = fetchByS_Y_Last(
			schoolId, year, orderByComparator);

		if (riskSurveyResponse != null) {
			return riskSurveyResponse;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("schoolId=");
		sb.append(schoolId);

		sb.append(", year=");
		sb.append(year);

		sb.append("}");

		throw new NoSuchRiskSurveyResponseException(sb.toString());
	}

	/**
	 * Returns the last risk survey response in the ordered set where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk survey response, or <code>null</code> if a matching risk survey response could not be found
	 */
	@Override
	public RiskSurveyResponse fetchByS_Y_Last(
		long schoolId, int year,
		OrderByComparator<RiskSurveyResponse> orderByComparator) {

		int count = countByS_Y(schoolId, year);

		if (count == 0) {
			return null;
		}

		List<RiskSurveyResponse> list = findByS_Y(
			schoolId, year, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the risk survey responses before and after the current risk survey response in the ordered set where schoolId = &#63; and year = &#63;.
	 *
	 * @param riskSurveyResponseId the primary key of the current risk survey response
	 * @param schoolId the school ID
	 * @param year the year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk survey response
	 * @throws NoSuchRiskSurveyResponseException if a risk survey response with the primary key could not be found
	 */
	@Override
	public RiskSurveyResponse[] findByS_Y_PrevAndNext(
			long riskSurveyResponseId, long schoolId, int year,
			OrderByComparator<RiskSurveyResponse> orderByComparator)
		throws NoSuchRiskSurveyResponseException {

		RiskSurveyResponse riskSurveyResponse = findByPrimaryKey(
			riskSurveyResponseId);

		Session session = null;

		try {
			session = openSession();

			RiskSurveyResponse[] array = new RiskSurveyResponseImpl[3];

			array[0] = getByS_Y_PrevAndNext(
				session, riskSurveyResponse, schoolId, year, orderByComparator,
				true);

			array[1] = riskSurveyResponse;

			array[2] = getByS_Y_PrevAndNext(
				session, riskSurveyResponse, schoolId, year, orderByComparator,
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

	protected RiskSurveyResponse getByS_Y_PrevAndNext(
		Session session, RiskSurveyResponse riskSurveyResponse, long schoolId,
		int year, OrderByComparator<RiskSurveyResponse> orderByComparator,
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

		sb.append(_SQL_SELECT_RISKSURVEYRESPONSE_WHERE);

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
			sb.append(RiskSurveyResponseModelImpl.ORDER_BY_JPQL);
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
					orderByComparator.getOrderByConditionValues(
						riskSurveyResponse)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<RiskSurveyResponse> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the risk survey responses where schoolId = &#63; and year = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 */
	@Override
	public void removeByS_Y(long schoolId, int year) {
		for (RiskSurveyResponse riskSurveyResponse :
				findByS_Y(
					schoolId, year, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(riskSurveyResponse);
		}
	}

	/**
	 * Returns the number of risk survey responses where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @return the number of matching risk survey responses
	 */
	@Override
	public int countByS_Y(long schoolId, int year) {
		FinderPath finderPath = _finderPathCountByS_Y;

		Object[] finderArgs = new Object[] {schoolId, year};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_RISKSURVEYRESPONSE_WHERE);

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
		"riskSurveyResponse.schoolId = ? AND ";

	private static final String _FINDER_COLUMN_S_Y_YEAR_2 =
		"riskSurveyResponse.year = ?";

	private FinderPath _finderPathFetchByS_Y_U;

	/**
	 * Returns the risk survey response where schoolId = &#63; and year = &#63; and respondentUserId = &#63; or throws a <code>NoSuchRiskSurveyResponseException</code> if it could not be found.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param respondentUserId the respondent user ID
	 * @return the matching risk survey response
	 * @throws NoSuchRiskSurveyResponseException if a matching risk survey response could not be found
	 */
	@Override
	public RiskSurveyResponse findByS_Y_U(
			long schoolId, int year, long respondentUserId)
		throws NoSuchRiskSurveyResponseException {

		RiskSurveyResponse riskSurveyResponse = fetchByS_Y_U(
			schoolId, year, respondentUserId);

		if (riskSurveyResponse == null) {
			StringBundler sb = new StringBundler(8);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("schoolId=");
			sb.append(schoolId);

			sb.append(", year=");
			sb.append(year);

			sb.append(", respondentUserId=");
			sb.append(respondentUserId);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchRiskSurveyResponseException(sb.toString());
		}

		return riskSurveyResponse;
	}

	/**
	 * Returns the risk survey response where schoolId = &#63; and year = &#63; and respondentUserId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param respondentUserId the respondent user ID
	 * @return the matching risk survey response, or <code>null</code> if a matching risk survey response could not be found
	 */
	@Override
	public RiskSurveyResponse fetchByS_Y_U(
		long schoolId, int year, long respondentUserId) {

		return fetchByS_Y_U(schoolId, year, respondentUserId, true);
	}

	/**
	 * Returns the risk survey response where schoolId = &#63; and year = &#63; and respondentUserId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param respondentUserId the respondent user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching risk survey response, or <code>null</code> if a matching risk survey response could not be found
	 */
	@Override
	public RiskSurveyResponse fetchByS_Y_U(
		long schoolId, int year, long respondentUserId,
		boolean useFinderCache) {

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {schoolId, year, respondentUserId};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByS_Y_U, finderArgs, this);
		}

		if (result instanceof RiskSurveyResponse) {
			RiskSurveyResponse riskSurveyResponse = (RiskSurveyResponse)result;

			if ((schoolId != riskSurveyResponse.getSchoolId()) ||
				(year != riskSurveyResponse.getYear()) ||
				(respondentUserId !=
					riskSurveyResponse.getRespondentUserId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(5);

			sb.append(_SQL_SELECT_RISKSURVEYRESPONSE_WHERE);

			sb.append(_FINDER_COLUMN_S_Y_U_SCHOOLID_2);

			sb.append(_FINDER_COLUMN_S_Y_U_YEAR_2);

			sb.append(_FINDER_COLUMN_S_Y_U_RESPONDENTUSERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(schoolId);

				queryPos.add(year);

				queryPos.add(respondentUserId);

				List<RiskSurveyResponse> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByS_Y_U, finderArgs, list);
					}
				}
				else {
					RiskSurveyResponse riskSurveyResponse = list.get(0);

					result = riskSurveyResponse;

					cacheResult(riskSurveyResponse);
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
			return (RiskSurveyResponse)result;
		}
	}

	/**
	 * Removes the risk survey response where schoolId = &#63; and year = &#63; and respondentUserId = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param respondentUserId the respondent user ID
	 * @return the risk survey response that was removed
	 */
	@Override
	public RiskSurveyResponse removeByS_Y_U(
			long schoolId, int year, long respondentUserId)
		throws NoSuchRiskSurveyResponseException {

		RiskSurveyResponse riskSurveyResponse = findByS_Y_U(
			schoolId, year, respondentUserId);

		return remove(riskSurveyResponse);
	}

	/**
	 * Returns the number of risk survey responses where schoolId = &#63; and year = &#63; and respondentUserId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param respondentUserId the respondent user ID
	 * @return the number of matching risk survey responses
	 */
	@Override
	public int countByS_Y_U(long schoolId, int year, long respondentUserId) {
		RiskSurveyResponse riskSurveyResponse = fetchByS_Y_U(
			schoolId, year, respondentUserId);

		if (riskSurveyResponse == null) {
			return 0;
		}

		return 1;
	}

	private static final String _FINDER_COLUMN_S_Y_U_SCHOOLID_2 =
		"riskSurveyResponse.schoolId = ? AND ";

	private static final String _FINDER_COLUMN_S_Y_U_YEAR_2 =
		"riskSurveyResponse.year = ? AND ";

	private static final String _FINDER_COLUMN_S_Y_U_RESPONDENTUSERID_2 =
		"riskSurveyResponse.respondentUserId = ?";

	private FinderPath _finderPathWithPaginationFindByResponseCode;
	private FinderPath _finderPathWithoutPaginationFindByResponseCode;
	private FinderPath _finderPathCountByResponseCode;

	/**
	 * Returns all the risk survey responses where responseCode = &#63;.
	 *
	 * @param responseCode the response code
	 * @return the matching risk survey responses
	 */
	@Override
	public List<RiskSurveyResponse> findByResponseCode(String responseCode) {
		return findByResponseCode(
			responseCode, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the risk survey responses where responseCode = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskSurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param responseCode the response code
	 * @param start the lower bound of the range of risk survey responses
	 * @param end the upper bound of the range of risk survey responses (not inclusive)
	 * @return the range of matching risk survey responses
	 */
	@Override
	public List<RiskSurveyResponse> findByResponseCode(
		String responseCode, int start, int end) {

		return findByResponseCode(responseCode, start, end, null);
	}

	/**
	 * Returns an ordered range of all the risk survey responses where responseCode = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskSurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param responseCode the response code
	 * @param start the lower bound of the range of risk survey responses
	 * @param end the upper bound of the range of risk survey responses (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk survey responses
	 */
	@Override
	public List<RiskSurveyResponse> findByResponseCode(
		String responseCode, int start, int end,
		OrderByComparator<RiskSurveyResponse> orderByComparator) {

		return findByResponseCode(
			responseCode, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the risk survey responses where responseCode = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskSurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param responseCode the response code
	 * @param start the lower bound of the range of risk survey responses
	 * @param end the upper bound of the range of risk survey responses (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching risk survey responses
	 */
	@Override
	public List<RiskSurveyResponse> findByResponseCode(
		String responseCode, int start, int end,
		OrderByComparator<RiskSurveyResponse> orderByComparator,
		boolean useFinderCache) {

		responseCode = Objects.toString(responseCode, "");

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByResponseCode;
				finderArgs = new Object[] {responseCode};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByResponseCode;
			finderArgs = new Object[] {
				responseCode, start, end, orderByComparator
			};
		}

		List<RiskSurveyResponse> list = null;

		if (useFinderCache) {
			list = (List<RiskSurveyResponse>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (RiskSurveyResponse riskSurveyResponse : list) {
					if (!responseCode.equals(
							riskSurveyResponse.getResponseCode())) {

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

			sb.append(_SQL_SELECT_RISKSURVEYRESPONSE_WHERE);

			boolean bindResponseCode = false;

			if (responseCode.isEmpty()) {
				sb.append(_FINDER_COLUMN_RESPONSECODE_RESPONSECODE_3);
			}
			else {
				bindResponseCode = true;

				sb.append(_FINDER_COLUMN_RESPONSECODE_RESPONSECODE_2);
			}

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(RiskSurveyResponseModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				if (bindResponseCode) {
					queryPos.add(responseCode);
				}

				list = (List<RiskSurveyResponse>)QueryUtil.list(
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
	 * Returns the first risk survey response in the ordered set where responseCode = &#63;.
	 *
	 * @param responseCode the response code
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk survey response
	 * @throws NoSuchRiskSurveyResponseException if a matching risk survey response could not be found
	 */
	@Override
	public RiskSurveyResponse findByResponseCode_First(
			String responseCode,
			OrderByComparator<RiskSurveyResponse> orderByComparator)
		throws NoSuchRiskSurveyResponseException {

		RiskSurveyResponse riskSurveyResponse = fetchByResponseCode_First(
			responseCode, orderByComparator);

		if (riskSurveyResponse != null) {
			return riskSurveyResponse;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("responseCode=");
		sb.append(responseCode);

		sb.append("}");

		throw new NoSuchRiskSurveyResponseException(sb.toString());
	}

	/**
	 * Returns the first risk survey response in the ordered set where responseCode = &#63;.
	 *
	 * @param responseCode the response code
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk survey response, or <code>null</code> if a matching risk survey response could not be found
	 */
	@Override
	public RiskSurveyResponse fetchByResponseCode_First(
		String responseCode,
		OrderByComparator<RiskSurveyResponse> orderByComparator) {

		List<RiskSurveyResponse> list = findByResponseCode(
			responseCode, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last risk survey response in the ordered set where responseCode = &#63;.
	 *
	 * @param responseCode the response code
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk survey response
	 * @throws NoSuchRiskSurveyResponseException if a matching risk survey response could not be found
	 */
	@Override
	public RiskSurveyResponse findByResponseCode_Last(
			String responseCode,
			OrderByComparator<RiskSurveyResponse> orderByComparator)
		throws NoSuchRiskSurveyResponseException {

		RiskSurveyResponse riskSurveyResponse = fetchByResponseCode_Last(
			responseCode, orderByComparator);

		if (riskSurveyResponse != null) {
			return riskSurveyResponse;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("responseCode=");
		sb.append(responseCode);

		sb.append("}");

		throw new NoSuchRiskSurveyResponseException(sb.toString());
	}

	/**
	 * Returns the last risk survey response in the ordered set where responseCode = &#63;.
	 *
	 * @param responseCode the response code
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk survey response, or <code>null</code> if a matching risk survey response could not be found
	 */
	@Override
	public RiskSurveyResponse fetchByResponseCode_Last(
		String responseCode,
		OrderByComparator<RiskSurveyResponse> orderByComparator) {

		int count = countByResponseCode(responseCode);

		if (count == 0) {
			return null;
		}

		List<RiskSurveyResponse> list = findByResponseCode(
			responseCode, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the risk survey responses before and after the current risk survey response in the ordered set where responseCode = &#63;.
	 *
	 * @param riskSurveyResponseId the primary key of the current risk survey response
	 * @param responseCode the response code
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk survey response
	 * @throws NoSuchRiskSurveyResponseException if a risk survey response with the primary key could not be found
	 */
	@Override
	public RiskSurveyResponse[] findByResponseCode_PrevAndNext(
			long riskSurveyResponseId, String responseCode,
			OrderByComparator<RiskSurveyResponse> orderByComparator)
		throws NoSuchRiskSurveyResponseException {

		responseCode = Objects.toString(responseCode, "");

		RiskSurveyResponse riskSurveyResponse = findByPrimaryKey(
			riskSurveyResponseId);

		Session session = null;

		try {
			session = openSession();

			RiskSurveyResponse[] array = new RiskSurveyResponseImpl[3];

			array[0] = getByResponseCode_PrevAndNext(
				session, riskSurveyResponse, responseCode, orderByComparator,
				true);

			array[1] = riskSurveyResponse;

			array[2] = getByResponseCode_PrevAndNext(
				session, riskSurveyResponse, responseCode, orderByComparator,
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

	protected RiskSurveyResponse getByResponseCode_PrevAndNext(
		Session session, RiskSurveyResponse riskSurveyResponse,
		String responseCode,
		OrderByComparator<RiskSurveyResponse> orderByComparator,
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

		sb.append(_SQL_SELECT_RISKSURVEYRESPONSE_WHERE);

		boolean bindResponseCode = false;

		if (responseCode.isEmpty()) {
			sb.append(_FINDER_COLUMN_RESPONSECODE_RESPONSECODE_3);
		}
		else {
			bindResponseCode = true;

			sb.append(_FINDER_COLUMN_RESPONSECODE_RESPONSECODE_2);
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
			sb.append(RiskSurveyResponseModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		if (bindResponseCode) {
			queryPos.add(responseCode);
		}

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						riskSurveyResponse)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<RiskSurveyResponse> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the risk survey responses where responseCode = &#63; from the database.
	 *
	 * @param responseCode the response code
	 */
	@Override
	public void removeByResponseCode(String responseCode) {
		for (RiskSurveyResponse riskSurveyResponse :
				findByResponseCode(
					responseCode, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(riskSurveyResponse);
		}
	}

	/**
	 * Returns the number of risk survey responses where responseCode = &#63;.
	 *
	 * @param responseCode the response code
	 * @return the number of matching risk survey responses
	 */
	@Override
	public int countByResponseCode(String responseCode) {
		responseCode = Objects.toString(responseCode, "");

		FinderPath finderPath = _finderPathCountByResponseCode;

		Object[] finderArgs = new Object[] {responseCode};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_RISKSURVEYRESPONSE_WHERE);

			boolean bindResponseCode = false;

			if (responseCode.isEmpty()) {
				sb.append(_FINDER_COLUMN_RESPONSECODE_RESPONSECODE_3);
			}
			else {
				bindResponseCode = true;

				sb.append(_FINDER_COLUMN_RESPONSECODE_RESPONSECODE_2);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				if (bindResponseCode) {
					queryPos.add(responseCode);
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

	private static final String _FINDER_COLUMN_RESPONSECODE_RESPONSECODE_2 =
		"riskSurveyResponse.responseCode = ?";

	private static final String _FINDER_COLUMN_RESPONSECODE_RESPONSECODE_3 =
		"(riskSurveyResponse.responseCode IS NULL OR riskSurveyResponse.responseCode = '')";

	public RiskSurveyResponsePersistenceImpl() {
		setModelClass(RiskSurveyResponse.class);

		setModelImplClass(RiskSurveyResponseImpl.class);
		setModelPKClass(long.class);

		setTable(RiskSurveyResponseTable.INSTANCE);
	}

	/**
	 * Caches the risk survey response in the entity cache if it is enabled.
	 *
	 * @param riskSurveyResponse the risk survey response
	 */
	@Override
	public void cacheResult(RiskSurveyResponse riskSurveyResponse) {
		entityCache.putResult(
			RiskSurveyResponseImpl.class, riskSurveyResponse.getPrimaryKey(),
			riskSurveyResponse);

		finderCache.putResult(
			_finderPathFetchByS_Y_U,
			new Object[] {
				riskSurveyResponse.getSchoolId(), riskSurveyResponse.getYear(),
				riskSurveyResponse.getRespondentUserId()
			},
			riskSurveyResponse);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the risk survey responses in the entity cache if it is enabled.
	 *
	 * @param riskSurveyResponses the risk survey responses
	 */
	@Override
	public void cacheResult(List<RiskSurveyResponse> riskSurveyResponses) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (riskSurveyResponses.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (RiskSurveyResponse riskSurveyResponse : riskSurveyResponses) {
			if (entityCache.getResult(
					RiskSurveyResponseImpl.class,
					riskSurveyResponse.getPrimaryKey()) == null) {

				cacheResult(riskSurveyResponse);
			}
		}
	}

	/**
	 * Clears the cache for all risk survey responses.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(RiskSurveyResponseImpl.class);

		finderCache.clearCache(RiskSurveyResponseImpl.class);
	}

	/**
	 * Clears the cache for the risk survey response.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(RiskSurveyResponse riskSurveyResponse) {
		entityCache.removeResult(
			RiskSurveyResponseImpl.class, riskSurveyResponse);
	}

	@Override
	public void clearCache(List<RiskSurveyResponse> riskSurveyResponses) {
		for (RiskSurveyResponse riskSurveyResponse : riskSurveyResponses) {
			entityCache.removeResult(
				RiskSurveyResponseImpl.class, riskSurveyResponse);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(RiskSurveyResponseImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(RiskSurveyResponseImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		RiskSurveyResponseModelImpl riskSurveyResponseModelImpl) {

		Object[] args = new Object[] {
			riskSurveyResponseModelImpl.getSchoolId(),
			riskSurveyResponseModelImpl.getYear(),
			riskSurveyResponseModelImpl.getRespondentUserId()
		};

		finderCache.putResult(
			_finderPathFetchByS_Y_U, args, riskSurveyResponseModelImpl);
	}

	/**
	 * Creates a new risk survey response with the primary key. Does not add the risk survey response to the database.
	 *
	 * @param riskSurveyResponseId the primary key for the new risk survey response
	 * @return the new risk survey response
	 */
	@Override
	public RiskSurveyResponse create(long riskSurveyResponseId) {
		RiskSurveyResponse riskSurveyResponse = new RiskSurveyResponseImpl();

		riskSurveyResponse.setNew(true);
		riskSurveyResponse.setPrimaryKey(riskSurveyResponseId);

		riskSurveyResponse.setCompanyId(CompanyThreadLocal.getCompanyId());

		return riskSurveyResponse;
	}

	/**
	 * Removes the risk survey response with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param riskSurveyResponseId the primary key of the risk survey response
	 * @return the risk survey response that was removed
	 * @throws NoSuchRiskSurveyResponseException if a risk survey response with the primary key could not be found
	 */
	@Override
	public RiskSurveyResponse remove(long riskSurveyResponseId)
		throws NoSuchRiskSurveyResponseException {

		return remove((Serializable)riskSurveyResponseId);
	}

	/**
	 * Removes the risk survey response with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the risk survey response
	 * @return the risk survey response that was removed
	 * @throws NoSuchRiskSurveyResponseException if a risk survey response with the primary key could not be found
	 */
	@Override
	public RiskSurveyResponse remove(Serializable primaryKey)
		throws NoSuchRiskSurveyResponseException {

		Session session = null;

		try {
			session = openSession();

			RiskSurveyResponse riskSurveyResponse =
				(RiskSurveyResponse)session.get(
					RiskSurveyResponseImpl.class, primaryKey);

			if (riskSurveyResponse == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchRiskSurveyResponseException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(riskSurveyResponse);
		}
		catch (NoSuchRiskSurveyResponseException noSuchEntityException) {
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
	protected RiskSurveyResponse removeImpl(
		RiskSurveyResponse riskSurveyResponse) {

		Session session = null;

		try {
			session = openSession();

			if (!session.contains(riskSurveyResponse)) {
				riskSurveyResponse = (RiskSurveyResponse)session.get(
					RiskSurveyResponseImpl.class,
					riskSurveyResponse.getPrimaryKeyObj());
			}

			if (riskSurveyResponse != null) {
				session.delete(riskSurveyResponse);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (riskSurveyResponse != null) {
			clearCache(riskSurveyResponse);
		}

		return riskSurveyResponse;
	}

	@Override
	public RiskSurveyResponse updateImpl(
		RiskSurveyResponse riskSurveyResponse) {

		boolean isNew = riskSurveyResponse.isNew();

		if (!(riskSurveyResponse instanceof RiskSurveyResponseModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(riskSurveyResponse.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					riskSurveyResponse);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in riskSurveyResponse proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom RiskSurveyResponse implementation " +
					riskSurveyResponse.getClass());
		}

		RiskSurveyResponseModelImpl riskSurveyResponseModelImpl =
			(RiskSurveyResponseModelImpl)riskSurveyResponse;

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (riskSurveyResponse.getCreateDate() == null)) {
			if (serviceContext == null) {
				riskSurveyResponse.setCreateDate(date);
			}
			else {
				riskSurveyResponse.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		if (!riskSurveyResponseModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				riskSurveyResponse.setModifiedDate(date);
			}
			else {
				riskSurveyResponse.setModifiedDate(
					serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(riskSurveyResponse);
			}
			else {
				riskSurveyResponse = (RiskSurveyResponse)session.merge(
					riskSurveyResponse);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			RiskSurveyResponseImpl.class, riskSurveyResponseModelImpl, false,
			true);

		cacheUniqueFindersCache(riskSurveyResponseModelImpl);

		if (isNew) {
			riskSurveyResponse.setNew(false);
		}

		riskSurveyResponse.resetOriginalValues();

		return riskSurveyResponse;
	}

	/**
	 * Returns the risk survey response with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the risk survey response
	 * @return the risk survey response
	 * @throws NoSuchRiskSurveyResponseException if a risk survey response with the primary key could not be found
	 */
	@Override
	public RiskSurveyResponse findByPrimaryKey(Serializable primaryKey)
		throws NoSuchRiskSurveyResponseException {

		RiskSurveyResponse riskSurveyResponse = fetchByPrimaryKey(primaryKey);

		if (riskSurveyResponse == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchRiskSurveyResponseException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return riskSurveyResponse;
	}

	/**
	 * Returns the risk survey response with the primary key or throws a <code>NoSuchRiskSurveyResponseException</code> if it could not be found.
	 *
	 * @param riskSurveyResponseId the primary key of the risk survey response
	 * @return the risk survey response
	 * @throws NoSuchRiskSurveyResponseException if a risk survey response with the primary key could not be found
	 */
	@Override
	public RiskSurveyResponse findByPrimaryKey(long riskSurveyResponseId)
		throws NoSuchRiskSurveyResponseException {

		return findByPrimaryKey((Serializable)riskSurveyResponseId);
	}

	/**
	 * Returns the risk survey response with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param riskSurveyResponseId the primary key of the risk survey response
	 * @return the risk survey response, or <code>null</code> if a risk survey response with the primary key could not be found
	 */
	@Override
	public RiskSurveyResponse fetchByPrimaryKey(long riskSurveyResponseId) {
		return fetchByPrimaryKey((Serializable)riskSurveyResponseId);
	}

	/**
	 * Returns all the risk survey responses.
	 *
	 * @return the risk survey responses
	 */
	@Override
	public List<RiskSurveyResponse> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the risk survey responses.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskSurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk survey responses
	 * @param end the upper bound of the range of risk survey responses (not inclusive)
	 * @return the range of risk survey responses
	 */
	@Override
	public List<RiskSurveyResponse> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the risk survey responses.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskSurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk survey responses
	 * @param end the upper bound of the range of risk survey responses (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of risk survey responses
	 */
	@Override
	public List<RiskSurveyResponse> findAll(
		int start, int end,
		OrderByComparator<RiskSurveyResponse> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the risk survey responses.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskSurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk survey responses
	 * @param end the upper bound of the range of risk survey responses (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of risk survey responses
	 */
	@Override
	public List<RiskSurveyResponse> findAll(
		int start, int end,
		OrderByComparator<RiskSurveyResponse> orderByComparator,
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

		List<RiskSurveyResponse> list = null;

		if (useFinderCache) {
			list = (List<RiskSurveyResponse>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_RISKSURVEYRESPONSE);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_RISKSURVEYRESPONSE;

				sql = sql.concat(RiskSurveyResponseModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<RiskSurveyResponse>)QueryUtil.list(
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
	 * Removes all the risk survey responses from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (RiskSurveyResponse riskSurveyResponse : findAll()) {
			remove(riskSurveyResponse);
		}
	}

	/**
	 * Returns the number of risk survey responses.
	 *
	 * @return the number of risk survey responses
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
					_SQL_COUNT_RISKSURVEYRESPONSE);

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
		return "riskSurveyResponseId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_RISKSURVEYRESPONSE;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return RiskSurveyResponseModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the risk survey response persistence.
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

		_finderPathFetchByS_Y_U = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByS_Y_U",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Long.class.getName()
			},
			new String[] {"schoolId", "year", "respondentUserId"}, true);

		_finderPathWithPaginationFindByResponseCode = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByResponseCode",
			new String[] {
				String.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"responseCode"}, true);

		_finderPathWithoutPaginationFindByResponseCode = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByResponseCode",
			new String[] {String.class.getName()},
			new String[] {"responseCode"}, true);

		_finderPathCountByResponseCode = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByResponseCode",
			new String[] {String.class.getName()},
			new String[] {"responseCode"}, false);

		RiskSurveyResponseUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		RiskSurveyResponseUtil.setPersistence(null);

		entityCache.removeCache(RiskSurveyResponseImpl.class.getName());
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

	private static final String _SQL_SELECT_RISKSURVEYRESPONSE =
		"SELECT riskSurveyResponse FROM RiskSurveyResponse riskSurveyResponse";

	private static final String _SQL_SELECT_RISKSURVEYRESPONSE_WHERE =
		"SELECT riskSurveyResponse FROM RiskSurveyResponse riskSurveyResponse WHERE ";

	private static final String _SQL_COUNT_RISKSURVEYRESPONSE =
		"SELECT COUNT(riskSurveyResponse) FROM RiskSurveyResponse riskSurveyResponse";

	private static final String _SQL_COUNT_RISKSURVEYRESPONSE_WHERE =
		"SELECT COUNT(riskSurveyResponse) FROM RiskSurveyResponse riskSurveyResponse WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "riskSurveyResponse.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No RiskSurveyResponse exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No RiskSurveyResponse exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		RiskSurveyResponsePersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}