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
import com.liferay.portal.kernel.util.StringUtil;

import java.io.Serializable;

import java.lang.reflect.InvocationHandler;

import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import ru.opora.diagnostics.exception.NoSuchCourseEnrolmentException;
import ru.opora.diagnostics.model.CourseEnrolment;
import ru.opora.diagnostics.model.CourseEnrolmentTable;
import ru.opora.diagnostics.model.impl.CourseEnrolmentImpl;
import ru.opora.diagnostics.model.impl.CourseEnrolmentModelImpl;
import ru.opora.diagnostics.service.persistence.CourseEnrolmentPersistence;
import ru.opora.diagnostics.service.persistence.CourseEnrolmentUtil;
import ru.opora.diagnostics.service.persistence.impl.constants.OporaDiagPersistenceConstants;

/**
 * The persistence implementation for the course enrolment service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @generated
 */
@Component(service = CourseEnrolmentPersistence.class)
public class CourseEnrolmentPersistenceImpl
	extends BasePersistenceImpl<CourseEnrolment>
	implements CourseEnrolmentPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>CourseEnrolmentUtil</code> to access the course enrolment persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		CourseEnrolmentImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathWithPaginationFindByCourseId;
	private FinderPath _finderPathWithoutPaginationFindByCourseId;
	private FinderPath _finderPathCountByCourseId;

	/**
	 * Returns all the course enrolments where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @return the matching course enrolments
	 */
	@Override
	public List<CourseEnrolment> findByCourseId(long courseId) {
		return findByCourseId(
			courseId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the course enrolments where courseId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseEnrolmentModelImpl</code>.
	 * </p>
	 *
	 * @param courseId the course ID
	 * @param start the lower bound of the range of course enrolments
	 * @param end the upper bound of the range of course enrolments (not inclusive)
	 * @return the range of matching course enrolments
	 */
	@Override
	public List<CourseEnrolment> findByCourseId(
		long courseId, int start, int end) {

		return findByCourseId(courseId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the course enrolments where courseId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseEnrolmentModelImpl</code>.
	 * </p>
	 *
	 * @param courseId the course ID
	 * @param start the lower bound of the range of course enrolments
	 * @param end the upper bound of the range of course enrolments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching course enrolments
	 */
	@Override
	public List<CourseEnrolment> findByCourseId(
		long courseId, int start, int end,
		OrderByComparator<CourseEnrolment> orderByComparator) {

		return findByCourseId(courseId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the course enrolments where courseId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseEnrolmentModelImpl</code>.
	 * </p>
	 *
	 * @param courseId the course ID
	 * @param start the lower bound of the range of course enrolments
	 * @param end the upper bound of the range of course enrolments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching course enrolments
	 */
	@Override
	public List<CourseEnrolment> findByCourseId(
		long courseId, int start, int end,
		OrderByComparator<CourseEnrolment> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByCourseId;
				finderArgs = new Object[] {courseId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByCourseId;
			finderArgs = new Object[] {courseId, start, end, orderByComparator};
		}

		List<CourseEnrolment> list = null;

		if (useFinderCache) {
			list = (List<CourseEnrolment>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (CourseEnrolment courseEnrolment : list) {
					if (courseId != courseEnrolment.getCourseId()) {
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

			sb.append(_SQL_SELECT_COURSEENROLMENT_WHERE);

			sb.append(_FINDER_COLUMN_COURSEID_COURSEID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(CourseEnrolmentModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(courseId);

				list = (List<CourseEnrolment>)QueryUtil.list(
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
	 * Returns the first course enrolment in the ordered set where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course enrolment
	 * @throws NoSuchCourseEnrolmentException if a matching course enrolment could not be found
	 */
	@Override
	public CourseEnrolment findByCourseId_First(
			long courseId, OrderByComparator<CourseEnrolment> orderByComparator)
		throws NoSuchCourseEnrolmentException {

		CourseEnrolment courseEnrolment = fetchByCourseId_First(
			courseId, orderByComparator);

		if (courseEnrolment != null) {
			return courseEnrolment;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("courseId=");
		sb.append(courseId);

		sb.append("}");

		throw new NoSuchCourseEnrolmentException(sb.toString());
	}

	/**
	 * Returns the first course enrolment in the ordered set where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course enrolment, or <code>null</code> if a matching course enrolment could not be found
	 */
	@Override
	public CourseEnrolment fetchByCourseId_First(
		long courseId, OrderByComparator<CourseEnrolment> orderByComparator) {

		List<CourseEnrolment> list = findByCourseId(
			courseId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last course enrolment in the ordered set where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course enrolment
	 * @throws NoSuchCourseEnrolmentException if a matching course enrolment could not be found
	 */
	@Override
	public CourseEnrolment findByCourseId_Last(
			long courseId, OrderByComparator<CourseEnrolment> orderByComparator)
		throws NoSuchCourseEnrolmentException {

		CourseEnrolment courseEnrolment = fetchByCourseId_Last(
			courseId, orderByComparator);

		if (courseEnrolment != null) {
			return courseEnrolment;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("courseId=");
		sb.append(courseId);

		sb.append("}");

		throw new NoSuchCourseEnrolmentException(sb.toString());
	}

	/**
	 * Returns the last course enrolment in the ordered set where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course enrolment, or <code>null</code> if a matching course enrolment could not be found
	 */
	@Override
	public CourseEnrolment fetchByCourseId_Last(
		long courseId, OrderByComparator<CourseEnrolment> orderByComparator) {

		int count = countByCourseId(courseId);

		if (count == 0) {
			return null;
		}

		List<CourseEnrolment> list = findByCourseId(
			courseId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the course enrolments before and after the current course enrolment in the ordered set where courseId = &#63;.
	 *
	 * @param courseEnrolmentId the primary key of the current course enrolment
	 * @param courseId the course ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next course enrolment
	 * @throws NoSuchCourseEnrolmentException if a course enrolment with the primary key could not be found
	 */
	@Override
	public CourseEnrolment[] findByCourseId_PrevAndNext(
			long courseEnrolmentId, long courseId,
			OrderByComparator<CourseEnrolment> orderByComparator)
		throws NoSuchCourseEnrolmentException {

		CourseEnrolment courseEnrolment = findByPrimaryKey(courseEnrolmentId);

		Session session = null;

		try {
			session = openSession();

			CourseEnrolment[] array = new CourseEnrolmentImpl[3];

			array[0] = getByCourseId_PrevAndNext(
				session, courseEnrolment, courseId, orderByComparator, true);

			array[1] = courseEnrolment;

			array[2] = getByCourseId_PrevAndNext(
				session, courseEnrolment, courseId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected CourseEnrolment getByCourseId_PrevAndNext(
		Session session, CourseEnrolment courseEnrolment, long courseId,
		OrderByComparator<CourseEnrolment> orderByComparator,
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

		sb.append(_SQL_SELECT_COURSEENROLMENT_WHERE);

		sb.append(_FINDER_COLUMN_COURSEID_COURSEID_2);

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
			sb.append(CourseEnrolmentModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(courseId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						courseEnrolment)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<CourseEnrolment> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the course enrolments where courseId = &#63; from the database.
	 *
	 * @param courseId the course ID
	 */
	@Override
	public void removeByCourseId(long courseId) {
		for (CourseEnrolment courseEnrolment :
				findByCourseId(
					courseId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(courseEnrolment);
		}
	}

	/**
	 * Returns the number of course enrolments where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @return the number of matching course enrolments
	 */
	@Override
	public int countByCourseId(long courseId) {
		FinderPath finderPath = _finderPathCountByCourseId;

		Object[] finderArgs = new Object[] {courseId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_COURSEENROLMENT_WHERE);

			sb.append(_FINDER_COLUMN_COURSEID_COURSEID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(courseId);

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

	private static final String _FINDER_COLUMN_COURSEID_COURSEID_2 =
		"courseEnrolment.courseId = ?";

	private FinderPath _finderPathWithPaginationFindByUserId;
	private FinderPath _finderPathWithoutPaginationFindByUserId;
	private FinderPath _finderPathCountByUserId;

	/**
	 * Returns all the course enrolments where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the matching course enrolments
	 */
	@Override
	public List<CourseEnrolment> findByUserId(long userId) {
		return findByUserId(userId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the course enrolments where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseEnrolmentModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of course enrolments
	 * @param end the upper bound of the range of course enrolments (not inclusive)
	 * @return the range of matching course enrolments
	 */
	@Override
	public List<CourseEnrolment> findByUserId(long userId, int start, int end) {
		return findByUserId(userId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the course enrolments where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseEnrolmentModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of course enrolments
	 * @param end the upper bound of the range of course enrolments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching course enrolments
	 */
	@Override
	public List<CourseEnrolment> findByUserId(
		long userId, int start, int end,
		OrderByComparator<CourseEnrolment> orderByComparator) {

		return findByUserId(userId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the course enrolments where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseEnrolmentModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of course enrolments
	 * @param end the upper bound of the range of course enrolments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching course enrolments
	 */
	@Override
	public List<CourseEnrolment> findByUserId(
		long userId, int start, int end,
		OrderByComparator<CourseEnrolment> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByUserId;
				finderArgs = new Object[] {userId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByUserId;
			finderArgs = new Object[] {userId, start, end, orderByComparator};
		}

		List<CourseEnrolment> list = null;

		if (useFinderCache) {
			list = (List<CourseEnrolment>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (CourseEnrolment courseEnrolment : list) {
					if (userId != courseEnrolment.getUserId()) {
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

			sb.append(_SQL_SELECT_COURSEENROLMENT_WHERE);

			sb.append(_FINDER_COLUMN_USERID_USERID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(CourseEnrolmentModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(userId);

				list = (List<CourseEnrolment>)QueryUtil.list(
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
	 * Returns the first course enrolment in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course enrolment
	 * @throws NoSuchCourseEnrolmentException if a matching course enrolment could not be found
	 */
	@Override
	public CourseEnrolment findByUserId_First(
			long userId, OrderByComparator<CourseEnrolment> orderByComparator)
		throws NoSuchCourseEnrolmentException {

		CourseEnrolment courseEnrolment = fetchByUserId_First(
			userId, orderByComparator);

		if (courseEnrolment != null) {
			return courseEnrolment;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("userId=");
		sb.append(userId);

		sb.append("}");

		throw new NoSuchCourseEnrolmentException(sb.toString());
	}

	/**
	 * Returns the first course enrolment in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course enrolment, or <code>null</code> if a matching course enrolment could not be found
	 */
	@Override
	public CourseEnrolment fetchByUserId_First(
		long userId, OrderByComparator<CourseEnrolment> orderByComparator) {

		List<CourseEnrolment> list = findByUserId(
			userId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last course enrolment in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course enrolment
	 * @throws NoSuchCourseEnrolmentException if a matching course enrolment could not be found
	 */
	@Override
	public CourseEnrolment findByUserId_Last(
			long userId, OrderByComparator<CourseEnrolment> orderByComparator)
		throws NoSuchCourseEnrolmentException {

		CourseEnrolment courseEnrolment = fetchByUserId_Last(
			userId, orderByComparator);

		if (courseEnrolment != null) {
			return courseEnrolment;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("userId=");
		sb.append(userId);

		sb.append("}");

		throw new NoSuchCourseEnrolmentException(sb.toString());
	}

	/**
	 * Returns the last course enrolment in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course enrolment, or <code>null</code> if a matching course enrolment could not be found
	 */
	@Override
	public CourseEnrolment fetchByUserId_Last(
		long userId, OrderByComparator<CourseEnrolment> orderByComparator) {

		int count = countByUserId(userId);

		if (count == 0) {
			return null;
		}

		List<CourseEnrolment> list = findByUserId(
			userId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the course enrolments before and after the current course enrolment in the ordered set where userId = &#63;.
	 *
	 * @param courseEnrolmentId the primary key of the current course enrolment
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next course enrolment
	 * @throws NoSuchCourseEnrolmentException if a course enrolment with the primary key could not be found
	 */
	@Override
	public CourseEnrolment[] findByUserId_PrevAndNext(
			long courseEnrolmentId, long userId,
			OrderByComparator<CourseEnrolment> orderByComparator)
		throws NoSuchCourseEnrolmentException {

		CourseEnrolment courseEnrolment = findByPrimaryKey(courseEnrolmentId);

		Session session = null;

		try {
			session = openSession();

			CourseEnrolment[] array = new CourseEnrolmentImpl[3];

			array[0] = getByUserId_PrevAndNext(
				session, courseEnrolment, userId, orderByComparator, true);

			array[1] = courseEnrolment;

			array[2] = getByUserId_PrevAndNext(
				session, courseEnrolment, userId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected CourseEnrolment getByUserId_PrevAndNext(
		Session session, CourseEnrolment courseEnrolment, long userId,
		OrderByComparator<CourseEnrolment> orderByComparator,
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

		sb.append(_SQL_SELECT_COURSEENROLMENT_WHERE);

		sb.append(_FINDER_COLUMN_USERID_USERID_2);

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
			sb.append(CourseEnrolmentModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(userId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						courseEnrolment)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<CourseEnrolment> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the course enrolments where userId = &#63; from the database.
	 *
	 * @param userId the user ID
	 */
	@Override
	public void removeByUserId(long userId) {
		for (CourseEnrolment courseEnrolment :
				findByUserId(
					userId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(courseEnrolment);
		}
	}

	/**
	 * Returns the number of course enrolments where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the number of matching course enrolments
	 */
	@Override
	public int countByUserId(long userId) {
		FinderPath finderPath = _finderPathCountByUserId;

		Object[] finderArgs = new Object[] {userId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_COURSEENROLMENT_WHERE);

			sb.append(_FINDER_COLUMN_USERID_USERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(userId);

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

	private static final String _FINDER_COLUMN_USERID_USERID_2 =
		"courseEnrolment.userId = ?";

	private FinderPath _finderPathFetchByC_U;

	/**
	 * Returns the course enrolment where courseId = &#63; and userId = &#63; or throws a <code>NoSuchCourseEnrolmentException</code> if it could not be found.
	 *
	 * @param courseId the course ID
	 * @param userId the user ID
	 * @return the matching course enrolment
	 * @throws NoSuchCourseEnrolmentException if a matching course enrolment could not be found
	 */
	@Override
	public CourseEnrolment findByC_U(long courseId, long userId)
		throws NoSuchCourseEnrolmentException {

		CourseEnrolment courseEnrolment = fetchByC_U(courseId, userId);

		if (courseEnrolment == null) {
			StringBundler sb = new StringBundler(6);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("courseId=");
			sb.append(courseId);

			sb.append(", userId=");
			sb.append(userId);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchCourseEnrolmentException(sb.toString());
		}

		return courseEnrolment;
	}

	/**
	 * Returns the course enrolment where courseId = &#63; and userId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param courseId the course ID
	 * @param userId the user ID
	 * @return the matching course enrolment, or <code>null</code> if a matching course enrolment could not be found
	 */
	@Override
	public CourseEnrolment fetchByC_U(long courseId, long userId) {
		return fetchByC_U(courseId, userId, true);
	}

	/**
	 * Returns the course enrolment where courseId = &#63; and userId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param courseId the course ID
	 * @param userId the user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching course enrolment, or <code>null</code> if a matching course enrolment could not be found
	 */
	@Override
	public CourseEnrolment fetchByC_U(
		long courseId, long userId, boolean useFinderCache) {

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {courseId, userId};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByC_U, finderArgs, this);
		}

		if (result instanceof CourseEnrolment) {
			CourseEnrolment courseEnrolment = (CourseEnrolment)result;

			if ((courseId != courseEnrolment.getCourseId()) ||
				(userId != courseEnrolment.getUserId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_COURSEENROLMENT_WHERE);

			sb.append(_FINDER_COLUMN_C_U_COURSEID_2);

			sb.append(_FINDER_COLUMN_C_U_USERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(courseId);

				queryPos.add(userId);

				List<CourseEnrolment> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByC_U, finderArgs, list);
					}
				}
				else {
					if (list.size() > 1) {
						Collections.sort(list, Collections.reverseOrder());

						if (_log.isWarnEnabled()) {
							if (!useFinderCache) {
								finderArgs = new Object[] {courseId, userId};
							}

							_log.warn(
								"CourseEnrolmentPersistenceImpl.fetchByC_U(long, long, boolean) with parameters (" +
									StringUtil.merge(finderArgs) +
										") yields a result set with more than 1 result. This violates the logical unique restriction. There is no order guarantee on which result is returned by this finder.");
						}
					}

					CourseEnrolment courseEnrolment = list.get(0);

					result = courseEnrolment;

					cacheResult(courseEnrolment);
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
			return (CourseEnrolment)result;
		}
	}

	/**
	 * Removes the course enrolment where courseId = &#63; and userId = &#63; from the database.
	 *
	 * @param courseId the course ID
	 * @param userId the user ID
	 * @return the course enrolment that was removed
	 */
	@Override
	public CourseEnrolment removeByC_U(long courseId, long userId)
		throws NoSuchCourseEnrolmentException {

		CourseEnrolment courseEnrolment = findByC_U(courseId, userId);

		return remove(courseEnrolment);
	}

	/**
	 * Returns the number of course enrolments where courseId = &#63; and userId = &#63;.
	 *
	 * @param courseId the course ID
	 * @param userId the user ID
	 * @return the number of matching course enrolments
	 */
	@Override
	public int countByC_U(long courseId, long userId) {
		CourseEnrolment courseEnrolment = fetchByC_U(courseId, userId);

		if (courseEnrolment == null) {
			return 0;
		}

		return 1;
	}

	private static final String _FINDER_COLUMN_C_U_COURSEID_2 =
		"courseEnrolment.courseId = ? AND ";

	private static final String _FINDER_COLUMN_C_U_USERID_2 =
		"courseEnrolment.userId = ?";

	public CourseEnrolmentPersistenceImpl() {
		setModelClass(CourseEnrolment.class);

		setModelImplClass(CourseEnrolmentImpl.class);
		setModelPKClass(long.class);

		setTable(CourseEnrolmentTable.INSTANCE);
	}

	/**
	 * Caches the course enrolment in the entity cache if it is enabled.
	 *
	 * @param courseEnrolment the course enrolment
	 */
	@Override
	public void cacheResult(CourseEnrolment courseEnrolment) {
		entityCache.putResult(
			CourseEnrolmentImpl.class, courseEnrolment.getPrimaryKey(),
			courseEnrolment);

		finderCache.putResult(
			_finderPathFetchByC_U,
			new Object[] {
				courseEnrolment.getCourseId(), courseEnrolment.getUserId()
			},
			courseEnrolment);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the course enrolments in the entity cache if it is enabled.
	 *
	 * @param courseEnrolments the course enrolments
	 */
	@Override
	public void cacheResult(List<CourseEnrolment> courseEnrolments) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (courseEnrolments.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (CourseEnrolment courseEnrolment : courseEnrolments) {
			if (entityCache.getResult(
					CourseEnrolmentImpl.class,
					courseEnrolment.getPrimaryKey()) == null) {

				cacheResult(courseEnrolment);
			}
		}
	}

	/**
	 * Clears the cache for all course enrolments.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(CourseEnrolmentImpl.class);

		finderCache.clearCache(CourseEnrolmentImpl.class);
	}

	/**
	 * Clears the cache for the course enrolment.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(CourseEnrolment courseEnrolment) {
		entityCache.removeResult(CourseEnrolmentImpl.class, courseEnrolment);
	}

	@Override
	public void clearCache(List<CourseEnrolment> courseEnrolments) {
		for (CourseEnrolment courseEnrolment : courseEnrolments) {
			entityCache.removeResult(
				CourseEnrolmentImpl.class, courseEnrolment);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(CourseEnrolmentImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(CourseEnrolmentImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		CourseEnrolmentModelImpl courseEnrolmentModelImpl) {

		Object[] args = new Object[] {
			courseEnrolmentModelImpl.getCourseId(),
			courseEnrolmentModelImpl.getUserId()
		};

		finderCache.putResult(
			_finderPathFetchByC_U, args, courseEnrolmentModelImpl);
	}

	/**
	 * Creates a new course enrolment with the primary key. Does not add the course enrolment to the database.
	 *
	 * @param courseEnrolmentId the primary key for the new course enrolment
	 * @return the new course enrolment
	 */
	@Override
	public CourseEnrolment create(long courseEnrolmentId) {
		CourseEnrolment courseEnrolment = new CourseEnrolmentImpl();

		courseEnrolment.setNew(true);
		courseEnrolment.setPrimaryKey(courseEnrolmentId);

		courseEnrolment.setCompanyId(CompanyThreadLocal.getCompanyId());

		return courseEnrolment;
	}

	/**
	 * Removes the course enrolment with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param courseEnrolmentId the primary key of the course enrolment
	 * @return the course enrolment that was removed
	 * @throws NoSuchCourseEnrolmentException if a course enrolment with the primary key could not be found
	 */
	@Override
	public CourseEnrolment remove(long courseEnrolmentId)
		throws NoSuchCourseEnrolmentException {

		return remove((Serializable)courseEnrolmentId);
	}

	/**
	 * Removes the course enrolment with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the course enrolment
	 * @return the course enrolment that was removed
	 * @throws NoSuchCourseEnrolmentException if a course enrolment with the primary key could not be found
	 */
	@Override
	public CourseEnrolment remove(Serializable primaryKey)
		throws NoSuchCourseEnrolmentException {

		Session session = null;

		try {
			session = openSession();

			CourseEnrolment courseEnrolment = (CourseEnrolment)session.get(
				CourseEnrolmentImpl.class, primaryKey);

			if (courseEnrolment == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchCourseEnrolmentException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(courseEnrolment);
		}
		catch (NoSuchCourseEnrolmentException noSuchEntityException) {
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
	protected CourseEnrolment removeImpl(CourseEnrolment courseEnrolment) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(courseEnrolment)) {
				courseEnrolment = (CourseEnrolment)session.get(
					CourseEnrolmentImpl.class,
					courseEnrolment.getPrimaryKeyObj());
			}

			if (courseEnrolment != null) {
				session.delete(courseEnrolment);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (courseEnrolment != null) {
			clearCache(courseEnrolment);
		}

		return courseEnrolment;
	}

	@Override
	public CourseEnrolment updateImpl(CourseEnrolment courseEnrolment) {
		boolean isNew = courseEnrolment.isNew();

		if (!(courseEnrolment instanceof CourseEnrolmentModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(courseEnrolment.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					courseEnrolment);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in courseEnrolment proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom CourseEnrolment implementation " +
					courseEnrolment.getClass());
		}

		CourseEnrolmentModelImpl courseEnrolmentModelImpl =
			(CourseEnrolmentModelImpl)courseEnrolment;

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (courseEnrolment.getCreateDate() == null)) {
			if (serviceContext == null) {
				courseEnrolment.setCreateDate(date);
			}
			else {
				courseEnrolment.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		if (!courseEnrolmentModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				courseEnrolment.setModifiedDate(date);
			}
			else {
				courseEnrolment.setModifiedDate(
					serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(courseEnrolment);
			}
			else {
				courseEnrolment = (CourseEnrolment)session.merge(
					courseEnrolment);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			CourseEnrolmentImpl.class, courseEnrolmentModelImpl, false, true);

		cacheUniqueFindersCache(courseEnrolmentModelImpl);

		if (isNew) {
			courseEnrolment.setNew(false);
		}

		courseEnrolment.resetOriginalValues();

		return courseEnrolment;
	}

	/**
	 * Returns the course enrolment with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the course enrolment
	 * @return the course enrolment
	 * @throws NoSuchCourseEnrolmentException if a course enrolment with the primary key could not be found
	 */
	@Override
	public CourseEnrolment findByPrimaryKey(Serializable primaryKey)
		throws NoSuchCourseEnrolmentException {

		CourseEnrolment courseEnrolment = fetchByPrimaryKey(primaryKey);

		if (courseEnrolment == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchCourseEnrolmentException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return courseEnrolment;
	}

	/**
	 * Returns the course enrolment with the primary key or throws a <code>NoSuchCourseEnrolmentException</code> if it could not be found.
	 *
	 * @param courseEnrolmentId the primary key of the course enrolment
	 * @return the course enrolment
	 * @throws NoSuchCourseEnrolmentException if a course enrolment with the primary key could not be found
	 */
	@Override
	public CourseEnrolment findByPrimaryKey(long courseEnrolmentId)
		throws NoSuchCourseEnrolmentException {

		return findByPrimaryKey((Serializable)courseEnrolmentId);
	}

	/**
	 * Returns the course enrolment with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param courseEnrolmentId the primary key of the course enrolment
	 * @return the course enrolment, or <code>null</code> if a course enrolment with the primary key could not be found
	 */
	@Override
	public CourseEnrolment fetchByPrimaryKey(long courseEnrolmentId) {
		return fetchByPrimaryKey((Serializable)courseEnrolmentId);
	}

	/**
	 * Returns all the course enrolments.
	 *
	 * @return the course enrolments
	 */
	@Override
	public List<CourseEnrolment> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the course enrolments.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseEnrolmentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of course enrolments
	 * @param end the upper bound of the range of course enrolments (not inclusive)
	 * @return the range of course enrolments
	 */
	@Override
	public List<CourseEnrolment> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the course enrolments.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseEnrolmentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of course enrolments
	 * @param end the upper bound of the range of course enrolments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of course enrolments
	 */
	@Override
	public List<CourseEnrolment> findAll(
		int start, int end,
		OrderByComparator<CourseEnrolment> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the course enrolments.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseEnrolmentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of course enrolments
	 * @param end the upper bound of the range of course enrolments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of course enrolments
	 */
	@Override
	public List<CourseEnrolment> findAll(
		int start, int end,
		OrderByComparator<CourseEnrolment> orderByComparator,
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

		List<CourseEnrolment> list = null;

		if (useFinderCache) {
			list = (List<CourseEnrolment>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_COURSEENROLMENT);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_COURSEENROLMENT;

				sql = sql.concat(CourseEnrolmentModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<CourseEnrolment>)QueryUtil.list(
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
	 * Removes all the course enrolments from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (CourseEnrolment courseEnrolment : findAll()) {
			remove(courseEnrolment);
		}
	}

	/**
	 * Returns the number of course enrolments.
	 *
	 * @return the number of course enrolments
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_COURSEENROLMENT);

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
		return "courseEnrolmentId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_COURSEENROLMENT;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return CourseEnrolmentModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the course enrolment persistence.
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

		_finderPathWithPaginationFindByCourseId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByCourseId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"courseId"}, true);

		_finderPathWithoutPaginationFindByCourseId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByCourseId",
			new String[] {Long.class.getName()}, new String[] {"courseId"},
			true);

		_finderPathCountByCourseId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByCourseId",
			new String[] {Long.class.getName()}, new String[] {"courseId"},
			false);

		_finderPathWithPaginationFindByUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByUserId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"userId"}, true);

		_finderPathWithoutPaginationFindByUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByUserId",
			new String[] {Long.class.getName()}, new String[] {"userId"}, true);

		_finderPathCountByUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByUserId",
			new String[] {Long.class.getName()}, new String[] {"userId"},
			false);

		_finderPathFetchByC_U = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByC_U",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"courseId", "userId"}, true);

		CourseEnrolmentUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		CourseEnrolmentUtil.setPersistence(null);

		entityCache.removeCache(CourseEnrolmentImpl.class.getName());
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

	private static final String _SQL_SELECT_COURSEENROLMENT =
		"SELECT courseEnrolment FROM CourseEnrolment courseEnrolment";

	private static final String _SQL_SELECT_COURSEENROLMENT_WHERE =
		"SELECT courseEnrolment FROM CourseEnrolment courseEnrolment WHERE ";

	private static final String _SQL_COUNT_COURSEENROLMENT =
		"SELECT COUNT(courseEnrolment) FROM CourseEnrolment courseEnrolment";

	private static final String _SQL_COUNT_COURSEENROLMENT_WHERE =
		"SELECT COUNT(courseEnrolment) FROM CourseEnrolment courseEnrolment WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "courseEnrolment.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No CourseEnrolment exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No CourseEnrolment exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		CourseEnrolmentPersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}