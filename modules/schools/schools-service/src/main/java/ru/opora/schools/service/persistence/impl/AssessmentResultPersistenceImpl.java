/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.schools.service.persistence.impl;

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

import ru.opora.schools.exception.NoSuchAssessmentResultException;
import ru.opora.schools.model.AssessmentResult;
import ru.opora.schools.model.AssessmentResultTable;
import ru.opora.schools.model.impl.AssessmentResultImpl;
import ru.opora.schools.model.impl.AssessmentResultModelImpl;
import ru.opora.schools.service.persistence.AssessmentResultPersistence;
import ru.opora.schools.service.persistence.AssessmentResultUtil;
import ru.opora.schools.service.persistence.impl.constants.OporaPersistenceConstants;

/**
 * The persistence implementation for the assessment result service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @generated
 */
@Component(service = AssessmentResultPersistence.class)
public class AssessmentResultPersistenceImpl
	extends BasePersistenceImpl<AssessmentResult>
	implements AssessmentResultPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>AssessmentResultUtil</code> to access the assessment result persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		AssessmentResultImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathWithPaginationFindBySchoolId;
	private FinderPath _finderPathWithoutPaginationFindBySchoolId;
	private FinderPath _finderPathCountBySchoolId;

	/**
	 * Returns all the assessment results where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the matching assessment results
	 */
	@Override
	public List<AssessmentResult> findBySchoolId(long schoolId) {
		return findBySchoolId(
			schoolId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the assessment results where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AssessmentResultModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of assessment results
	 * @param end the upper bound of the range of assessment results (not inclusive)
	 * @return the range of matching assessment results
	 */
	@Override
	public List<AssessmentResult> findBySchoolId(
		long schoolId, int start, int end) {

		return findBySchoolId(schoolId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the assessment results where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AssessmentResultModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of assessment results
	 * @param end the upper bound of the range of assessment results (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching assessment results
	 */
	@Override
	public List<AssessmentResult> findBySchoolId(
		long schoolId, int start, int end,
		OrderByComparator<AssessmentResult> orderByComparator) {

		return findBySchoolId(schoolId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the assessment results where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AssessmentResultModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of assessment results
	 * @param end the upper bound of the range of assessment results (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching assessment results
	 */
	@Override
	public List<AssessmentResult> findBySchoolId(
		long schoolId, int start, int end,
		OrderByComparator<AssessmentResult> orderByComparator,
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

		List<AssessmentResult> list = null;

		if (useFinderCache) {
			list = (List<AssessmentResult>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (AssessmentResult assessmentResult : list) {
					if (schoolId != assessmentResult.getSchoolId()) {
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

			sb.append(_SQL_SELECT_ASSESSMENTRESULT_WHERE);

			sb.append(_FINDER_COLUMN_SCHOOLID_SCHOOLID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(AssessmentResultModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(schoolId);

				list = (List<AssessmentResult>)QueryUtil.list(
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
	 * Returns the first assessment result in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching assessment result
	 * @throws NoSuchAssessmentResultException if a matching assessment result could not be found
	 */
	@Override
	public AssessmentResult findBySchoolId_First(
			long schoolId,
			OrderByComparator<AssessmentResult> orderByComparator)
		throws NoSuchAssessmentResultException {

		AssessmentResult assessmentResult = fetchBySchoolId_First(
			schoolId, orderByComparator);

		if (assessmentResult != null) {
			return assessmentResult;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("schoolId=");
		sb.append(schoolId);

		sb.append("}");

		throw new NoSuchAssessmentResultException(sb.toString());
	}

	/**
	 * Returns the first assessment result in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching assessment result, or <code>null</code> if a matching assessment result could not be found
	 */
	@Override
	public AssessmentResult fetchBySchoolId_First(
		long schoolId, OrderByComparator<AssessmentResult> orderByComparator) {

		List<AssessmentResult> list = findBySchoolId(
			schoolId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last assessment result in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching assessment result
	 * @throws NoSuchAssessmentResultException if a matching assessment result could not be found
	 */
	@Override
	public AssessmentResult findBySchoolId_Last(
			long schoolId,
			OrderByComparator<AssessmentResult> orderByComparator)
		throws NoSuchAssessmentResultException {

		AssessmentResult assessmentResult = fetchBySchoolId_Last(
			schoolId, orderByComparator);

		if (assessmentResult != null) {
			return assessmentResult;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("schoolId=");
		sb.append(schoolId);

		sb.append("}");

		throw new NoSuchAssessmentResultException(sb.toString());
	}

	/**
	 * Returns the last assessment result in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching assessment result, or <code>null</code> if a matching assessment result could not be found
	 */
	@Override
	public AssessmentResult fetchBySchoolId_Last(
		long schoolId, OrderByComparator<AssessmentResult> orderByComparator) {

		int count = countBySchoolId(schoolId);

		if (count == 0) {
			return null;
		}

		List<AssessmentResult> list = findBySchoolId(
			schoolId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the assessment results before and after the current assessment result in the ordered set where schoolId = &#63;.
	 *
	 * @param assessmentResultId the primary key of the current assessment result
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next assessment result
	 * @throws NoSuchAssessmentResultException if a assessment result with the primary key could not be found
	 */
	@Override
	public AssessmentResult[] findBySchoolId_PrevAndNext(
			long assessmentResultId, long schoolId,
			OrderByComparator<AssessmentResult> orderByComparator)
		throws NoSuchAssessmentResultException {

		AssessmentResult assessmentResult = findByPrimaryKey(
			assessmentResultId);

		Session session = null;

		try {
			session = openSession();

			AssessmentResult[] array = new AssessmentResultImpl[3];

			array[0] = getBySchoolId_PrevAndNext(
				session, assessmentResult, schoolId, orderByComparator, true);

			array[1] = assessmentResult;

			array[2] = getBySchoolId_PrevAndNext(
				session, assessmentResult, schoolId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected AssessmentResult getBySchoolId_PrevAndNext(
		Session session, AssessmentResult assessmentResult, long schoolId,
		OrderByComparator<AssessmentResult> orderByComparator,
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

		sb.append(_SQL_SELECT_ASSESSMENTRESULT_WHERE);

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
			sb.append(AssessmentResultModelImpl.ORDER_BY_JPQL);
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
						assessmentResult)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<AssessmentResult> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the assessment results where schoolId = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 */
	@Override
	public void removeBySchoolId(long schoolId) {
		for (AssessmentResult assessmentResult :
				findBySchoolId(
					schoolId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(assessmentResult);
		}
	}

	/**
	 * Returns the number of assessment results where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the number of matching assessment results
	 */
	@Override
	public int countBySchoolId(long schoolId) {
		FinderPath finderPath = _finderPathCountBySchoolId;

		Object[] finderArgs = new Object[] {schoolId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_ASSESSMENTRESULT_WHERE);

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
		"assessmentResult.schoolId = ?";

	private FinderPath _finderPathWithPaginationFindByG_AY;
	private FinderPath _finderPathWithoutPaginationFindByG_AY;
	private FinderPath _finderPathCountByG_AY;

	/**
	 * Returns all the assessment results where groupId = &#63; and assessmentYear = &#63;.
	 *
	 * @param groupId the group ID
	 * @param assessmentYear the assessment year
	 * @return the matching assessment results
	 */
	@Override
	public List<AssessmentResult> findByG_AY(long groupId, int assessmentYear) {
		return findByG_AY(
			groupId, assessmentYear, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
			null);
	}

	/**
	 * Returns a range of all the assessment results where groupId = &#63; and assessmentYear = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AssessmentResultModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param assessmentYear the assessment year
	 * @param start the lower bound of the range of assessment results
	 * @param end the upper bound of the range of assessment results (not inclusive)
	 * @return the range of matching assessment results
	 */
	@Override
	public List<AssessmentResult> findByG_AY(
		long groupId, int assessmentYear, int start, int end) {

		return findByG_AY(groupId, assessmentYear, start, end, null);
	}

	/**
	 * Returns an ordered range of all the assessment results where groupId = &#63; and assessmentYear = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AssessmentResultModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param assessmentYear the assessment year
	 * @param start the lower bound of the range of assessment results
	 * @param end the upper bound of the range of assessment results (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching assessment results
	 */
	@Override
	public List<AssessmentResult> findByG_AY(
		long groupId, int assessmentYear, int start, int end,
		OrderByComparator<AssessmentResult> orderByComparator) {

		return findByG_AY(
			groupId, assessmentYear, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the assessment results where groupId = &#63; and assessmentYear = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AssessmentResultModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param assessmentYear the assessment year
	 * @param start the lower bound of the range of assessment results
	 * @param end the upper bound of the range of assessment results (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching assessment results
	 */
	@Override
	public List<AssessmentResult> findByG_AY(
		long groupId, int assessmentYear, int start, int end,
		OrderByComparator<AssessmentResult> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByG_AY;
				finderArgs = new Object[] {groupId, assessmentYear};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByG_AY;
			finderArgs = new Object[] {
				groupId, assessmentYear, start, end, orderByComparator
			};
		}

		List<AssessmentResult> list = null;

		if (useFinderCache) {
			list = (List<AssessmentResult>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (AssessmentResult assessmentResult : list) {
					if ((groupId != assessmentResult.getGroupId()) ||
						(assessmentYear !=
							assessmentResult.getAssessmentYear())) {

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

			sb.append(_SQL_SELECT_ASSESSMENTRESULT_WHERE);

			sb.append(_FINDER_COLUMN_G_AY_GROUPID_2);

			sb.append(_FINDER_COLUMN_G_AY_ASSESSMENTYEAR_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(AssessmentResultModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

				queryPos.add(assessmentYear);

				list = (List<AssessmentResult>)QueryUtil.list(
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
	 * Returns the first assessment result in the ordered set where groupId = &#63; and assessmentYear = &#63;.
	 *
	 * @param groupId the group ID
	 * @param assessmentYear the assessment year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching assessment result
	 * @throws NoSuchAssessmentResultException if a matching assessment result could not be found
	 */
	@Override
	public AssessmentResult findByG_AY_First(
			long groupId, int assessmentYear,
			OrderByComparator<AssessmentResult> orderByComparator)
		throws NoSuchAssessmentResultException {

		AssessmentResult assessmentResult = fetchByG_AY_First(
			groupId, assessmentYear, orderByComparator);

		if (assessmentResult != null) {
			return assessmentResult;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append(", assessmentYear=");
		sb.append(assessmentYear);

		sb.append("}");

		throw new NoSuchAssessmentResultException(sb.toString());
	}

	/**
	 * Returns the first assessment result in the ordered set where groupId = &#63; and assessmentYear = &#63;.
	 *
	 * @param groupId the group ID
	 * @param assessmentYear the assessment year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching assessment result, or <code>null</code> if a matching assessment result could not be found
	 */
	@Override
	public AssessmentResult fetchByG_AY_First(
		long groupId, int assessmentYear,
		OrderByComparator<AssessmentResult> orderByComparator) {

		List<AssessmentResult> list = findByG_AY(
			groupId, assessmentYear, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last assessment result in the ordered set where groupId = &#63; and assessmentYear = &#63;.
	 *
	 * @param groupId the group ID
	 * @param assessmentYear the assessment year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching assessment result
	 * @throws NoSuchAssessmentResultException if a matching assessment result could not be found
	 */
	@Override
	public AssessmentResult findByG_AY_Last(
			long groupId, int assessmentYear,
			OrderByComparator<AssessmentResult> orderByComparator)
		throws NoSuchAssessmentResultException {

		AssessmentResult assessmentResult = fetchByG_AY_Last(
			groupId, assessmentYear, orderByComparator);

		if (assessmentResult != null) {
			return assessmentResult;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append(", assessmentYear=");
		sb.append(assessmentYear);

		sb.append("}");

		throw new NoSuchAssessmentResultException(sb.toString());
	}

	/**
	 * Returns the last assessment result in the ordered set where groupId = &#63; and assessmentYear = &#63;.
	 *
	 * @param groupId the group ID
	 * @param assessmentYear the assessment year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching assessment result, or <code>null</code> if a matching assessment result could not be found
	 */
	@Override
	public AssessmentResult fetchByG_AY_Last(
		long groupId, int assessmentYear,
		OrderByComparator<AssessmentResult> orderByComparator) {

		int count = countByG_AY(groupId, assessmentYear);

		if (count == 0) {
			return null;
		}

		List<AssessmentResult> list = findByG_AY(
			groupId, assessmentYear, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the assessment results before and after the current assessment result in the ordered set where groupId = &#63; and assessmentYear = &#63;.
	 *
	 * @param assessmentResultId the primary key of the current assessment result
	 * @param groupId the group ID
	 * @param assessmentYear the assessment year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next assessment result
	 * @throws NoSuchAssessmentResultException if a assessment result with the primary key could not be found
	 */
	@Override
	public AssessmentResult[] findByG_AY_PrevAndNext(
			long assessmentResultId, long groupId, int assessmentYear,
			OrderByComparator<AssessmentResult> orderByComparator)
		throws NoSuchAssessmentResultException {

		AssessmentResult assessmentResult = findByPrimaryKey(
			assessmentResultId);

		Session session = null;

		try {
			session = openSession();

			AssessmentResult[] array = new AssessmentResultImpl[3];

			array[0] = getByG_AY_PrevAndNext(
				session, assessmentResult, groupId, assessmentYear,
				orderByComparator, true);

			array[1] = assessmentResult;

			array[2] = getByG_AY_PrevAndNext(
				session, assessmentResult, groupId, assessmentYear,
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

	protected AssessmentResult getByG_AY_PrevAndNext(
		Session session, AssessmentResult assessmentResult, long groupId,
		int assessmentYear,
		OrderByComparator<AssessmentResult> orderByComparator,
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

		sb.append(_SQL_SELECT_ASSESSMENTRESULT_WHERE);

		sb.append(_FINDER_COLUMN_G_AY_GROUPID_2);

		sb.append(_FINDER_COLUMN_G_AY_ASSESSMENTYEAR_2);

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
			sb.append(AssessmentResultModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(groupId);

		queryPos.add(assessmentYear);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						assessmentResult)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<AssessmentResult> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the assessment results where groupId = &#63; and assessmentYear = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param assessmentYear the assessment year
	 */
	@Override
	public void removeByG_AY(long groupId, int assessmentYear) {
		for (AssessmentResult assessmentResult :
				findByG_AY(
					groupId, assessmentYear, QueryUtil.ALL_POS,
					QueryUtil.ALL_POS, null)) {

			remove(assessmentResult);
		}
	}

	/**
	 * Returns the number of assessment results where groupId = &#63; and assessmentYear = &#63;.
	 *
	 * @param groupId the group ID
	 * @param assessmentYear the assessment year
	 * @return the number of matching assessment results
	 */
	@Override
	public int countByG_AY(long groupId, int assessmentYear) {
		FinderPath finderPath = _finderPathCountByG_AY;

		Object[] finderArgs = new Object[] {groupId, assessmentYear};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_ASSESSMENTRESULT_WHERE);

			sb.append(_FINDER_COLUMN_G_AY_GROUPID_2);

			sb.append(_FINDER_COLUMN_G_AY_ASSESSMENTYEAR_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

				queryPos.add(assessmentYear);

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

	private static final String _FINDER_COLUMN_G_AY_GROUPID_2 =
		"assessmentResult.groupId = ? AND ";

	private static final String _FINDER_COLUMN_G_AY_ASSESSMENTYEAR_2 =
		"assessmentResult.assessmentYear = ?";

	private FinderPath _finderPathFetchByS_AY_AT_G_S;

	/**
	 * Returns the assessment result where schoolId = &#63; and assessmentYear = &#63; and assessmentType = &#63; and grade = &#63; and subject = &#63; or throws a <code>NoSuchAssessmentResultException</code> if it could not be found.
	 *
	 * @param schoolId the school ID
	 * @param assessmentYear the assessment year
	 * @param assessmentType the assessment type
	 * @param grade the grade
	 * @param subject the subject
	 * @return the matching assessment result
	 * @throws NoSuchAssessmentResultException if a matching assessment result could not be found
	 */
	@Override
	public AssessmentResult findByS_AY_AT_G_S(
			long schoolId, int assessmentYear, String assessmentType, int grade,
			String subject)
		throws NoSuchAssessmentResultException {

		AssessmentResult assessmentResult = fetchByS_AY_AT_G_S(
			schoolId, assessmentYear, assessmentType, grade, subject);

		if (assessmentResult == null) {
			StringBundler sb = new StringBundler(12);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("schoolId=");
			sb.append(schoolId);

			sb.append(", assessmentYear=");
			sb.append(assessmentYear);

			sb.append(", assessmentType=");
			sb.append(assessmentType);

			sb.append(", grade=");
			sb.append(grade);

			sb.append(", subject=");
			sb.append(subject);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchAssessmentResultException(sb.toString());
		}

		return assessmentResult;
	}

	/**
	 * Returns the assessment result where schoolId = &#63; and assessmentYear = &#63; and assessmentType = &#63; and grade = &#63; and subject = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param schoolId the school ID
	 * @param assessmentYear the assessment year
	 * @param assessmentType the assessment type
	 * @param grade the grade
	 * @param subject the subject
	 * @return the matching assessment result, or <code>null</code> if a matching assessment result could not be found
	 */
	@Override
	public AssessmentResult fetchByS_AY_AT_G_S(
		long schoolId, int assessmentYear, String assessmentType, int grade,
		String subject) {

		return fetchByS_AY_AT_G_S(
			schoolId, assessmentYear, assessmentType, grade, subject, true);
	}

	/**
	 * Returns the assessment result where schoolId = &#63; and assessmentYear = &#63; and assessmentType = &#63; and grade = &#63; and subject = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param schoolId the school ID
	 * @param assessmentYear the assessment year
	 * @param assessmentType the assessment type
	 * @param grade the grade
	 * @param subject the subject
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching assessment result, or <code>null</code> if a matching assessment result could not be found
	 */
	@Override
	public AssessmentResult fetchByS_AY_AT_G_S(
		long schoolId, int assessmentYear, String assessmentType, int grade,
		String subject, boolean useFinderCache) {

		assessmentType = Objects.toString(assessmentType, "");
		subject = Objects.toString(subject, "");

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {
				schoolId, assessmentYear, assessmentType, grade, subject
			};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByS_AY_AT_G_S, finderArgs, this);
		}

		if (result instanceof AssessmentResult) {
			AssessmentResult assessmentResult = (AssessmentResult)result;

			if ((schoolId != assessmentResult.getSchoolId()) ||
				(assessmentYear != assessmentResult.getAssessmentYear()) ||
				!Objects.equals(
					assessmentType, assessmentResult.getAssessmentType()) ||
				(grade != assessmentResult.getGrade()) ||
				!Objects.equals(subject, assessmentResult.getSubject())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(7);

			sb.append(_SQL_SELECT_ASSESSMENTRESULT_WHERE);

			sb.append(_FINDER_COLUMN_S_AY_AT_G_S_SCHOOLID_2);

			sb.append(_FINDER_COLUMN_S_AY_AT_G_S_ASSESSMENTYEAR_2);

			boolean bindAssessmentType = false;

			if (assessmentType.isEmpty()) {
				sb.append(_FINDER_COLUMN_S_AY_AT_G_S_ASSESSMENTTYPE_3);
			}
			else {
				bindAssessmentType = true;

				sb.append(_FINDER_COLUMN_S_AY_AT_G_S_ASSESSMENTTYPE_2);
			}

			sb.append(_FINDER_COLUMN_S_AY_AT_G_S_GRADE_2);

			boolean bindSubject = false;

			if (subject.isEmpty()) {
				sb.append(_FINDER_COLUMN_S_AY_AT_G_S_SUBJECT_3);
			}
			else {
				bindSubject = true;

				sb.append(_FINDER_COLUMN_S_AY_AT_G_S_SUBJECT_2);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(schoolId);

				queryPos.add(assessmentYear);

				if (bindAssessmentType) {
					queryPos.add(assessmentType);
				}

				queryPos.add(grade);

				if (bindSubject) {
					queryPos.add(subject);
				}

				List<AssessmentResult> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByS_AY_AT_G_S, finderArgs, list);
					}
				}
				else {
					AssessmentResult assessmentResult = list.get(0);

					result = assessmentResult;

					cacheResult(assessmentResult);
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
			return (AssessmentResult)result;
		}
	}

	/**
	 * Removes the assessment result where schoolId = &#63; and assessmentYear = &#63; and assessmentType = &#63; and grade = &#63; and subject = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 * @param assessmentYear the assessment year
	 * @param assessmentType the assessment type
	 * @param grade the grade
	 * @param subject the subject
	 * @return the assessment result that was removed
	 */
	@Override
	public AssessmentResult removeByS_AY_AT_G_S(
			long schoolId, int assessmentYear, String assessmentType, int grade,
			String subject)
		throws NoSuchAssessmentResultException {

		AssessmentResult assessmentResult = findByS_AY_AT_G_S(
			schoolId, assessmentYear, assessmentType, grade, subject);

		return remove(assessmentResult);
	}

	/**
	 * Returns the number of assessment results where schoolId = &#63; and assessmentYear = &#63; and assessmentType = &#63; and grade = &#63; and subject = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param assessmentYear the assessment year
	 * @param assessmentType the assessment type
	 * @param grade the grade
	 * @param subject the subject
	 * @return the number of matching assessment results
	 */
	@Override
	public int countByS_AY_AT_G_S(
		long schoolId, int assessmentYear, String assessmentType, int grade,
		String subject) {

		AssessmentResult assessmentResult = fetchByS_AY_AT_G_S(
			schoolId, assessmentYear, assessmentType, grade, subject);

		if (assessmentResult == null) {
			return 0;
		}

		return 1;
	}

	private static final String _FINDER_COLUMN_S_AY_AT_G_S_SCHOOLID_2 =
		"assessmentResult.schoolId = ? AND ";

	private static final String _FINDER_COLUMN_S_AY_AT_G_S_ASSESSMENTYEAR_2 =
		"assessmentResult.assessmentYear = ? AND ";

	private static final String _FINDER_COLUMN_S_AY_AT_G_S_ASSESSMENTTYPE_2 =
		"assessmentResult.assessmentType = ? AND ";

	private static final String _FINDER_COLUMN_S_AY_AT_G_S_ASSESSMENTTYPE_3 =
		"(assessmentResult.assessmentType IS NULL OR assessmentResult.assessmentType = '') AND ";

	private static final String _FINDER_COLUMN_S_AY_AT_G_S_GRADE_2 =
		"assessmentResult.grade = ? AND ";

	private static final String _FINDER_COLUMN_S_AY_AT_G_S_SUBJECT_2 =
		"assessmentResult.subject = ?";

	private static final String _FINDER_COLUMN_S_AY_AT_G_S_SUBJECT_3 =
		"(assessmentResult.subject IS NULL OR assessmentResult.subject = '')";

	public AssessmentResultPersistenceImpl() {
		setModelClass(AssessmentResult.class);

		setModelImplClass(AssessmentResultImpl.class);
		setModelPKClass(long.class);

		setTable(AssessmentResultTable.INSTANCE);
	}

	/**
	 * Caches the assessment result in the entity cache if it is enabled.
	 *
	 * @param assessmentResult the assessment result
	 */
	@Override
	public void cacheResult(AssessmentResult assessmentResult) {
		entityCache.putResult(
			AssessmentResultImpl.class, assessmentResult.getPrimaryKey(),
			assessmentResult);

		finderCache.putResult(
			_finderPathFetchByS_AY_AT_G_S,
			new Object[] {
				assessmentResult.getSchoolId(),
				assessmentResult.getAssessmentYear(),
				assessmentResult.getAssessmentType(),
				assessmentResult.getGrade(), assessmentResult.getSubject()
			},
			assessmentResult);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the assessment results in the entity cache if it is enabled.
	 *
	 * @param assessmentResults the assessment results
	 */
	@Override
	public void cacheResult(List<AssessmentResult> assessmentResults) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (assessmentResults.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (AssessmentResult assessmentResult : assessmentResults) {
			if (entityCache.getResult(
					AssessmentResultImpl.class,
					assessmentResult.getPrimaryKey()) == null) {

				cacheResult(assessmentResult);
			}
		}
	}

	/**
	 * Clears the cache for all assessment results.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(AssessmentResultImpl.class);

		finderCache.clearCache(AssessmentResultImpl.class);
	}

	/**
	 * Clears the cache for the assessment result.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(AssessmentResult assessmentResult) {
		entityCache.removeResult(AssessmentResultImpl.class, assessmentResult);
	}

	@Override
	public void clearCache(List<AssessmentResult> assessmentResults) {
		for (AssessmentResult assessmentResult : assessmentResults) {
			entityCache.removeResult(
				AssessmentResultImpl.class, assessmentResult);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(AssessmentResultImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(AssessmentResultImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		AssessmentResultModelImpl assessmentResultModelImpl) {

		Object[] args = new Object[] {
			assessmentResultModelImpl.getSchoolId(),
			assessmentResultModelImpl.getAssessmentYear(),
			assessmentResultModelImpl.getAssessmentType(),
			assessmentResultModelImpl.getGrade(),
			assessmentResultModelImpl.getSubject()
		};

		finderCache.putResult(
			_finderPathFetchByS_AY_AT_G_S, args, assessmentResultModelImpl);
	}

	/**
	 * Creates a new assessment result with the primary key. Does not add the assessment result to the database.
	 *
	 * @param assessmentResultId the primary key for the new assessment result
	 * @return the new assessment result
	 */
	@Override
	public AssessmentResult create(long assessmentResultId) {
		AssessmentResult assessmentResult = new AssessmentResultImpl();

		assessmentResult.setNew(true);
		assessmentResult.setPrimaryKey(assessmentResultId);

		assessmentResult.setCompanyId(CompanyThreadLocal.getCompanyId());

		return assessmentResult;
	}

	/**
	 * Removes the assessment result with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param assessmentResultId the primary key of the assessment result
	 * @return the assessment result that was removed
	 * @throws NoSuchAssessmentResultException if a assessment result with the primary key could not be found
	 */
	@Override
	public AssessmentResult remove(long assessmentResultId)
		throws NoSuchAssessmentResultException {

		return remove((Serializable)assessmentResultId);
	}

	/**
	 * Removes the assessment result with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the assessment result
	 * @return the assessment result that was removed
	 * @throws NoSuchAssessmentResultException if a assessment result with the primary key could not be found
	 */
	@Override
	public AssessmentResult remove(Serializable primaryKey)
		throws NoSuchAssessmentResultException {

		Session session = null;

		try {
			session = openSession();

			AssessmentResult assessmentResult = (AssessmentResult)session.get(
				AssessmentResultImpl.class, primaryKey);

			if (assessmentResult == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchAssessmentResultException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(assessmentResult);
		}
		catch (NoSuchAssessmentResultException noSuchEntityException) {
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
	protected AssessmentResult removeImpl(AssessmentResult assessmentResult) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(assessmentResult)) {
				assessmentResult = (AssessmentResult)session.get(
					AssessmentResultImpl.class,
					assessmentResult.getPrimaryKeyObj());
			}

			if (assessmentResult != null) {
				session.delete(assessmentResult);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (assessmentResult != null) {
			clearCache(assessmentResult);
		}

		return assessmentResult;
	}

	@Override
	public AssessmentResult updateImpl(AssessmentResult assessmentResult) {
		boolean isNew = assessmentResult.isNew();

		if (!(assessmentResult instanceof AssessmentResultModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(assessmentResult.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					assessmentResult);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in assessmentResult proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom AssessmentResult implementation " +
					assessmentResult.getClass());
		}

		AssessmentResultModelImpl assessmentResultModelImpl =
			(AssessmentResultModelImpl)assessmentResult;

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (assessmentResult.getCreateDate() == null)) {
			if (serviceContext == null) {
				assessmentResult.setCreateDate(date);
			}
			else {
				assessmentResult.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		if (!assessmentResultModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				assessmentResult.setModifiedDate(date);
			}
			else {
				assessmentResult.setModifiedDate(
					serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(assessmentResult);
			}
			else {
				assessmentResult = (AssessmentResult)session.merge(
					assessmentResult);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			AssessmentResultImpl.class, assessmentResultModelImpl, false, true);

		cacheUniqueFindersCache(assessmentResultModelImpl);

		if (isNew) {
			assessmentResult.setNew(false);
		}

		assessmentResult.resetOriginalValues();

		return assessmentResult;
	}

	/**
	 * Returns the assessment result with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the assessment result
	 * @return the assessment result
	 * @throws NoSuchAssessmentResultException if a assessment result with the primary key could not be found
	 */
	@Override
	public AssessmentResult findByPrimaryKey(Serializable primaryKey)
		throws NoSuchAssessmentResultException {

		AssessmentResult assessmentResult = fetchByPrimaryKey(primaryKey);

		if (assessmentResult == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchAssessmentResultException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return assessmentResult;
	}

	/**
	 * Returns the assessment result with the primary key or throws a <code>NoSuchAssessmentResultException</code> if it could not be found.
	 *
	 * @param assessmentResultId the primary key of the assessment result
	 * @return the assessment result
	 * @throws NoSuchAssessmentResultException if a assessment result with the primary key could not be found
	 */
	@Override
	public AssessmentResult findByPrimaryKey(long assessmentResultId)
		throws NoSuchAssessmentResultException {

		return findByPrimaryKey((Serializable)assessmentResultId);
	}

	/**
	 * Returns the assessment result with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param assessmentResultId the primary key of the assessment result
	 * @return the assessment result, or <code>null</code> if a assessment result with the primary key could not be found
	 */
	@Override
	public AssessmentResult fetchByPrimaryKey(long assessmentResultId) {
		return fetchByPrimaryKey((Serializable)assessmentResultId);
	}

	/**
	 * Returns all the assessment results.
	 *
	 * @return the assessment results
	 */
	@Override
	public List<AssessmentResult> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the assessment results.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AssessmentResultModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of assessment results
	 * @param end the upper bound of the range of assessment results (not inclusive)
	 * @return the range of assessment results
	 */
	@Override
	public List<AssessmentResult> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the assessment results.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AssessmentResultModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of assessment results
	 * @param end the upper bound of the range of assessment results (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of assessment results
	 */
	@Override
	public List<AssessmentResult> findAll(
		int start, int end,
		OrderByComparator<AssessmentResult> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the assessment results.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AssessmentResultModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of assessment results
	 * @param end the upper bound of the range of assessment results (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of assessment results
	 */
	@Override
	public List<AssessmentResult> findAll(
		int start, int end,
		OrderByComparator<AssessmentResult> orderByComparator,
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

		List<AssessmentResult> list = null;

		if (useFinderCache) {
			list = (List<AssessmentResult>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_ASSESSMENTRESULT);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_ASSESSMENTRESULT;

				sql = sql.concat(AssessmentResultModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<AssessmentResult>)QueryUtil.list(
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
	 * Removes all the assessment results from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (AssessmentResult assessmentResult : findAll()) {
			remove(assessmentResult);
		}
	}

	/**
	 * Returns the number of assessment results.
	 *
	 * @return the number of assessment results
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_ASSESSMENTRESULT);

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
		return "assessmentResultId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_ASSESSMENTRESULT;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return AssessmentResultModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the assessment result persistence.
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

		_finderPathWithPaginationFindByG_AY = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByG_AY",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), Integer.class.getName(),
				OrderByComparator.class.getName()
			},
			new String[] {"groupId", "assessmentYear"}, true);

		_finderPathWithoutPaginationFindByG_AY = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByG_AY",
			new String[] {Long.class.getName(), Integer.class.getName()},
			new String[] {"groupId", "assessmentYear"}, true);

		_finderPathCountByG_AY = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByG_AY",
			new String[] {Long.class.getName(), Integer.class.getName()},
			new String[] {"groupId", "assessmentYear"}, false);

		_finderPathFetchByS_AY_AT_G_S = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByS_AY_AT_G_S",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				String.class.getName(), Integer.class.getName(),
				String.class.getName()
			},
			new String[] {
				"schoolId", "assessmentYear", "assessmentType", "grade",
				"subject"
			},
			true);

		AssessmentResultUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		AssessmentResultUtil.setPersistence(null);

		entityCache.removeCache(AssessmentResultImpl.class.getName());
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

	private static final String _SQL_SELECT_ASSESSMENTRESULT =
		"SELECT assessmentResult FROM AssessmentResult assessmentResult";

	private static final String _SQL_SELECT_ASSESSMENTRESULT_WHERE =
		"SELECT assessmentResult FROM AssessmentResult assessmentResult WHERE ";

	private static final String _SQL_COUNT_ASSESSMENTRESULT =
		"SELECT COUNT(assessmentResult) FROM AssessmentResult assessmentResult";

	private static final String _SQL_COUNT_ASSESSMENTRESULT_WHERE =
		"SELECT COUNT(assessmentResult) FROM AssessmentResult assessmentResult WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "assessmentResult.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No AssessmentResult exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No AssessmentResult exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		AssessmentResultPersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}