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

import ru.opora.diagnostics.exception.NoSuchResultViewException;
import ru.opora.diagnostics.model.ResultView;
import ru.opora.diagnostics.model.ResultViewTable;
import ru.opora.diagnostics.model.impl.ResultViewImpl;
import ru.opora.diagnostics.model.impl.ResultViewModelImpl;
import ru.opora.diagnostics.service.persistence.ResultViewPersistence;
import ru.opora.diagnostics.service.persistence.ResultViewUtil;
import ru.opora.diagnostics.service.persistence.impl.constants.OporaDiagPersistenceConstants;

/**
 * The persistence implementation for the result view service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @generated
 */
@Component(service = ResultViewPersistence.class)
public class ResultViewPersistenceImpl
	extends BasePersistenceImpl<ResultView> implements ResultViewPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>ResultViewUtil</code> to access the result view persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		ResultViewImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathWithPaginationFindByTeacherUserId;
	private FinderPath _finderPathWithoutPaginationFindByTeacherUserId;
	private FinderPath _finderPathCountByTeacherUserId;

	/**
	 * Returns all the result views where teacherUserId = &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @return the matching result views
	 */
	@Override
	public List<ResultView> findByTeacherUserId(long teacherUserId) {
		return findByTeacherUserId(
			teacherUserId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the result views where teacherUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param teacherUserId the teacher user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @return the range of matching result views
	 */
	@Override
	public List<ResultView> findByTeacherUserId(
		long teacherUserId, int start, int end) {

		return findByTeacherUserId(teacherUserId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the result views where teacherUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param teacherUserId the teacher user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching result views
	 */
	@Override
	public List<ResultView> findByTeacherUserId(
		long teacherUserId, int start, int end,
		OrderByComparator<ResultView> orderByComparator) {

		return findByTeacherUserId(
			teacherUserId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the result views where teacherUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param teacherUserId the teacher user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching result views
	 */
	@Override
	public List<ResultView> findByTeacherUserId(
		long teacherUserId, int start, int end,
		OrderByComparator<ResultView> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByTeacherUserId;
				finderArgs = new Object[] {teacherUserId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByTeacherUserId;
			finderArgs = new Object[] {
				teacherUserId, start, end, orderByComparator
			};
		}

		List<ResultView> list = null;

		if (useFinderCache) {
			list = (List<ResultView>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (ResultView resultView : list) {
					if (teacherUserId != resultView.getTeacherUserId()) {
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

			sb.append(_SQL_SELECT_RESULTVIEW_WHERE);

			sb.append(_FINDER_COLUMN_TEACHERUSERID_TEACHERUSERID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(ResultViewModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(teacherUserId);

				list = (List<ResultView>)QueryUtil.list(
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
	 * Returns the first result view in the ordered set where teacherUserId = &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	@Override
	public ResultView findByTeacherUserId_First(
			long teacherUserId, OrderByComparator<ResultView> orderByComparator)
		throws NoSuchResultViewException {

		ResultView resultView = fetchByTeacherUserId_First(
			teacherUserId, orderByComparator);

		if (resultView != null) {
			return resultView;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("teacherUserId=");
		sb.append(teacherUserId);

		sb.append("}");

		throw new NoSuchResultViewException(sb.toString());
	}

	/**
	 * Returns the first result view in the ordered set where teacherUserId = &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view, or <code>null</code> if a matching result view could not be found
	 */
	@Override
	public ResultView fetchByTeacherUserId_First(
		long teacherUserId, OrderByComparator<ResultView> orderByComparator) {

		List<ResultView> list = findByTeacherUserId(
			teacherUserId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last result view in the ordered set where teacherUserId = &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	@Override
	public ResultView findByTeacherUserId_Last(
			long teacherUserId, OrderByComparator<ResultView> orderByComparator)
		throws NoSuchResultViewException {

		ResultView resultView = fetchByTeacherUserId_Last(
			teacherUserId, orderByComparator);

		if (resultView != null) {
			return resultView;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("teacherUserId=");
		sb.append(teacherUserId);

		sb.append("}");

		throw new NoSuchResultViewException(sb.toString());
	}

	/**
	 * Returns the last result view in the ordered set where teacherUserId = &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view, or <code>null</code> if a matching result view could not be found
	 */
	@Override
	public ResultView fetchByTeacherUserId_Last(
		long teacherUserId, OrderByComparator<ResultView> orderByComparator) {

		int count = countByTeacherUserId(teacherUserId);

		if (count == 0) {
			return null;
		}

		List<ResultView> list = findByTeacherUserId(
			teacherUserId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the result views before and after the current result view in the ordered set where teacherUserId = &#63;.
	 *
	 * @param resultViewId the primary key of the current result view
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next result view
	 * @throws NoSuchResultViewException if a result view with the primary key could not be found
	 */
	@Override
	public ResultView[] findByTeacherUserId_PrevAndNext(
			long resultViewId, long teacherUserId,
			OrderByComparator<ResultView> orderByComparator)
		throws NoSuchResultViewException {

		ResultView resultView = findByPrimaryKey(resultViewId);

		Session session = null;

		try {
			session = openSession();

			ResultView[] array = new ResultViewImpl[3];

			array[0] = getByTeacherUserId_PrevAndNext(
				session, resultView, teacherUserId, orderByComparator, true);

			array[1] = resultView;

			array[2] = getByTeacherUserId_PrevAndNext(
				session, resultView, teacherUserId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected ResultView getByTeacherUserId_PrevAndNext(
		Session session, ResultView resultView, long teacherUserId,
		OrderByComparator<ResultView> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_RESULTVIEW_WHERE);

		sb.append(_FINDER_COLUMN_TEACHERUSERID_TEACHERUSERID_2);

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
			sb.append(ResultViewModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(teacherUserId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(resultView)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<ResultView> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the result views where teacherUserId = &#63; from the database.
	 *
	 * @param teacherUserId the teacher user ID
	 */
	@Override
	public void removeByTeacherUserId(long teacherUserId) {
		for (ResultView resultView :
				findByTeacherUserId(
					teacherUserId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(resultView);
		}
	}

	/**
	 * Returns the number of result views where teacherUserId = &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @return the number of matching result views
	 */
	@Override
	public int countByTeacherUserId(long teacherUserId) {
		FinderPath finderPath = _finderPathCountByTeacherUserId;

		Object[] finderArgs = new Object[] {teacherUserId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_RESULTVIEW_WHERE);

			sb.append(_FINDER_COLUMN_TEACHERUSERID_TEACHERUSERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(teacherUserId);

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

	private static final String _FINDER_COLUMN_TEACHERUSERID_TEACHERUSERID_2 =
		"resultView.teacherUserId = ?";

	private FinderPath _finderPathWithPaginationFindByT_NotU;
	private FinderPath _finderPathWithPaginationCountByT_NotU;

	/**
	 * Returns all the result views where teacherUserId = &#63; and userId &ne; &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @return the matching result views
	 */
	@Override
	public List<ResultView> findByT_NotU(long teacherUserId, long userId) {
		return findByT_NotU(
			teacherUserId, userId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the result views where teacherUserId = &#63; and userId &ne; &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @return the range of matching result views
	 */
	@Override
	public List<ResultView> findByT_NotU(
		long teacherUserId, long userId, int start, int end) {

		return findByT_NotU(teacherUserId, userId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the result views where teacherUserId = &#63; and userId &ne; &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching result views
	 */
	@Override
	public List<ResultView> findByT_NotU(
		long teacherUserId, long userId, int start, int end,
		OrderByComparator<ResultView> orderByComparator) {

		return findByT_NotU(
			teacherUserId, userId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the result views where teacherUserId = &#63; and userId &ne; &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching result views
	 */
	@Override
	public List<ResultView> findByT_NotU(
		long teacherUserId, long userId, int start, int end,
		OrderByComparator<ResultView> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		finderPath = _finderPathWithPaginationFindByT_NotU;
		finderArgs = new Object[] {
			teacherUserId, userId, start, end, orderByComparator
		};

		List<ResultView> list = null;

		if (useFinderCache) {
			list = (List<ResultView>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (ResultView resultView : list) {
					if ((teacherUserId != resultView.getTeacherUserId()) ||
						(userId == resultView.getUserId())) {

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

			sb.append(_SQL_SELECT_RESULTVIEW_WHERE);

			sb.append(_FINDER_COLUMN_T_NOTU_TEACHERUSERID_2);

			sb.append(_FINDER_COLUMN_T_NOTU_USERID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(ResultViewModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(teacherUserId);

				queryPos.add(userId);

				list = (List<ResultView>)QueryUtil.list(
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
	 * Returns the first result view in the ordered set where teacherUserId = &#63; and userId &ne; &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	@Override
	public ResultView findByT_NotU_First(
			long teacherUserId, long userId,
			OrderByComparator<ResultView> orderByComparator)
		throws NoSuchResultViewException {

		ResultView resultView = fetchByT_NotU_First(
			teacherUserId, userId, orderByComparator);

		if (resultView != null) {
			return resultView;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("teacherUserId=");
		sb.append(teacherUserId);

		sb.append(", userId!=");
		sb.append(userId);

		sb.append("}");

		throw new NoSuchResultViewException(sb.toString());
	}

	/**
	 * Returns the first result view in the ordered set where teacherUserId = &#63; and userId &ne; &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view, or <code>null</code> if a matching result view could not be found
	 */
	@Override
	public ResultView fetchByT_NotU_First(
		long teacherUserId, long userId,
		OrderByComparator<ResultView> orderByComparator) {

		List<ResultView> list = findByT_NotU(
			teacherUserId, userId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last result view in the ordered set where teacherUserId = &#63; and userId &ne; &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	@Override
	public ResultView findByT_NotU_Last(
			long teacherUserId, long userId,
			OrderByComparator<ResultView> orderByComparator)
		throws NoSuchResultViewException {

		ResultView resultView = fetchByT_NotU_Last(
			teacherUserId, userId, orderByComparator);

		if (resultView != null) {
			return resultView;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("teacherUserId=");
		sb.append(teacherUserId);

		sb.append(", userId!=");
		sb.append(userId);

		sb.append("}");

		throw new NoSuchResultViewException(sb.toString());
	}

	/**
	 * Returns the last result view in the ordered set where teacherUserId = &#63; and userId &ne; &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view, or <code>null</code> if a matching result view could not be found
	 */
	@Override
	public ResultView fetchByT_NotU_Last(
		long teacherUserId, long userId,
		OrderByComparator<ResultView> orderByComparator) {

		int count = countByT_NotU(teacherUserId, userId);

		if (count == 0) {
			return null;
		}

		List<ResultView> list = findByT_NotU(
			teacherUserId, userId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the result views before and after the current result view in the ordered set where teacherUserId = &#63; and userId &ne; &#63;.
	 *
	 * @param resultViewId the primary key of the current result view
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next result view
	 * @throws NoSuchResultViewException if a result view with the primary key could not be found
	 */
	@Override
	public ResultView[] findByT_NotU_PrevAndNext(
			long resultViewId, long teacherUserId, long userId,
			OrderByComparator<ResultView> orderByComparator)
		throws NoSuchResultViewException {

		ResultView resultView = findByPrimaryKey(resultViewId);

		Session session = null;

		try {
			session = openSession();

			ResultView[] array = new ResultViewImpl[3];

			array[0] = getByT_NotU_PrevAndNext(
				session, resultView, teacherUserId, userId, orderByComparator,
				true);

			array[1] = resultView;

			array[2] = getByT_NotU_PrevAndNext(
				session, resultView, teacherUserId, userId, orderByComparator,
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

	protected ResultView getByT_NotU_PrevAndNext(
		Session session, ResultView resultView, long teacherUserId, long userId,
		OrderByComparator<ResultView> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				5 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(4);
		}

		sb.append(_SQL_SELECT_RESULTVIEW_WHERE);

		sb.append(_FINDER_COLUMN_T_NOTU_TEACHERUSERID_2);

		sb.append(_FINDER_COLUMN_T_NOTU_USERID_2);

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
			sb.append(ResultViewModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(teacherUserId);

		queryPos.add(userId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(resultView)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<ResultView> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the result views where teacherUserId = &#63; and userId &ne; &#63; from the database.
	 *
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 */
	@Override
	public void removeByT_NotU(long teacherUserId, long userId) {
		for (ResultView resultView :
				findByT_NotU(
					teacherUserId, userId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(resultView);
		}
	}

	/**
	 * Returns the number of result views where teacherUserId = &#63; and userId &ne; &#63;.
	 *
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @return the number of matching result views
	 */
	@Override
	public int countByT_NotU(long teacherUserId, long userId) {
		FinderPath finderPath = _finderPathWithPaginationCountByT_NotU;

		Object[] finderArgs = new Object[] {teacherUserId, userId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_RESULTVIEW_WHERE);

			sb.append(_FINDER_COLUMN_T_NOTU_TEACHERUSERID_2);

			sb.append(_FINDER_COLUMN_T_NOTU_USERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(teacherUserId);

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

	private static final String _FINDER_COLUMN_T_NOTU_TEACHERUSERID_2 =
		"resultView.teacherUserId = ? AND ";

	private static final String _FINDER_COLUMN_T_NOTU_USERID_2 =
		"resultView.userId != ?";

	private FinderPath _finderPathWithPaginationFindByGroupId;
	private FinderPath _finderPathWithoutPaginationFindByGroupId;
	private FinderPath _finderPathCountByGroupId;

	/**
	 * Returns all the result views where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching result views
	 */
	@Override
	public List<ResultView> findByGroupId(long groupId) {
		return findByGroupId(
			groupId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the result views where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @return the range of matching result views
	 */
	@Override
	public List<ResultView> findByGroupId(long groupId, int start, int end) {
		return findByGroupId(groupId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the result views where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching result views
	 */
	@Override
	public List<ResultView> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<ResultView> orderByComparator) {

		return findByGroupId(groupId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the result views where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching result views
	 */
	@Override
	public List<ResultView> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<ResultView> orderByComparator,
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

		List<ResultView> list = null;

		if (useFinderCache) {
			list = (List<ResultView>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (ResultView resultView : list) {
					if (groupId != resultView.getGroupId()) {
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

			sb.append(_SQL_SELECT_RESULTVIEW_WHERE);

			sb.append(_FINDER_COLUMN_GROUPID_GROUPID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(ResultViewModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

				list = (List<ResultView>)QueryUtil.list(
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
	 * Returns the first result view in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	@Override
	public ResultView findByGroupId_First(
			long groupId, OrderByComparator<ResultView> orderByComparator)
		throws NoSuchResultViewException {

		ResultView resultView = fetchByGroupId_First(
			groupId, orderByComparator);

		if (resultView != null) {
			return resultView;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append("}");

		throw new NoSuchResultViewException(sb.toString());
	}

	/**
	 * Returns the first result view in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view, or <code>null</code> if a matching result view could not be found
	 */
	@Override
	public ResultView fetchByGroupId_First(
		long groupId, OrderByComparator<ResultView> orderByComparator) {

		List<ResultView> list = findByGroupId(groupId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last result view in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	@Override
	public ResultView findByGroupId_Last(
			long groupId, OrderByComparator<ResultView> orderByComparator)
		throws NoSuchResultViewException {

		ResultView resultView = fetchByGroupId_Last(groupId, orderByComparator);

		if (resultView != null) {
			return resultView;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append("}");

		throw new NoSuchResultViewException(sb.toString());
	}

	/**
	 * Returns the last result view in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view, or <code>null</code> if a matching result view could not be found
	 */
	@Override
	public ResultView fetchByGroupId_Last(
		long groupId, OrderByComparator<ResultView> orderByComparator) {

		int count = countByGroupId(groupId);

		if (count == 0) {
			return null;
		}

		List<ResultView> list = findByGroupId(
			groupId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the result views before and after the current result view in the ordered set where groupId = &#63;.
	 *
	 * @param resultViewId the primary key of the current result view
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next result view
	 * @throws NoSuchResultViewException if a result view with the primary key could not be found
	 */
	@Override
	public ResultView[] findByGroupId_PrevAndNext(
			long resultViewId, long groupId,
			OrderByComparator<ResultView> orderByComparator)
		throws NoSuchResultViewException {

		ResultView resultView = findByPrimaryKey(resultViewId);

		Session session = null;

		try {
			session = openSession();

			ResultView[] array = new ResultViewImpl[3];

			array[0] = getByGroupId_PrevAndNext(
				session, resultView, groupId, orderByComparator, true);

			array[1] = resultView;

			array[2] = getByGroupId_PrevAndNext(
				session, resultView, groupId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected ResultView getByGroupId_PrevAndNext(
		Session session, ResultView resultView, long groupId,
		OrderByComparator<ResultView> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_RESULTVIEW_WHERE);

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
			sb.append(ResultViewModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(groupId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(resultView)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<ResultView> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the result views where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	@Override
	public void removeByGroupId(long groupId) {
		for (ResultView resultView :
				findByGroupId(
					groupId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(resultView);
		}
	}

	/**
	 * Returns the number of result views where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching result views
	 */
	@Override
	public int countByGroupId(long groupId) {
		FinderPath finderPath = _finderPathCountByGroupId;

		Object[] finderArgs = new Object[] {groupId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_RESULTVIEW_WHERE);

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

	private static final String _FINDER_COLUMN_GROUPID_GROUPID_2 =
		"resultView.groupId = ?";

	private FinderPath _finderPathWithPaginationFindByG_T;
	private FinderPath _finderPathWithoutPaginationFindByG_T;
	private FinderPath _finderPathCountByG_T;

	/**
	 * Returns all the result views where groupId = &#63; and teacherUserId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @return the matching result views
	 */
	@Override
	public List<ResultView> findByG_T(long groupId, long teacherUserId) {
		return findByG_T(
			groupId, teacherUserId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the result views where groupId = &#63; and teacherUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @return the range of matching result views
	 */
	@Override
	public List<ResultView> findByG_T(
		long groupId, long teacherUserId, int start, int end) {

		return findByG_T(groupId, teacherUserId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the result views where groupId = &#63; and teacherUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching result views
	 */
	@Override
	public List<ResultView> findByG_T(
		long groupId, long teacherUserId, int start, int end,
		OrderByComparator<ResultView> orderByComparator) {

		return findByG_T(
			groupId, teacherUserId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the result views where groupId = &#63; and teacherUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching result views
	 */
	@Override
	public List<ResultView> findByG_T(
		long groupId, long teacherUserId, int start, int end,
		OrderByComparator<ResultView> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByG_T;
				finderArgs = new Object[] {groupId, teacherUserId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByG_T;
			finderArgs = new Object[] {
				groupId, teacherUserId, start, end, orderByComparator
			};
		}

		List<ResultView> list = null;

		if (useFinderCache) {
			list = (List<ResultView>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (ResultView resultView : list) {
					if ((groupId != resultView.getGroupId()) ||
						(teacherUserId != resultView.getTeacherUserId())) {

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

			sb.append(_SQL_SELECT_RESULTVIEW_WHERE);

			sb.append(_FINDER_COLUMN_G_T_GROUPID_2);

			sb.append(_FINDER_COLUMN_G_T_TEACHERUSERID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(ResultViewModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

				queryPos.add(teacherUserId);

				list = (List<ResultView>)QueryUtil.list(
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
	 * Returns the first result view in the ordered set where groupId = &#63; and teacherUserId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	@Override
	public ResultView findByG_T_First(
			long groupId, long teacherUserId,
			OrderByComparator<ResultView> orderByComparator)
		throws NoSuchResultViewException {

		ResultView resultView = fetchByG_T_First(
			groupId, teacherUserId, orderByComparator);

		if (resultView != null) {
			return resultView;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append(", teacherUserId=");
		sb.append(teacherUserId);

		sb.append("}");

		throw new NoSuchResultViewException(sb.toString());
	}

	/**
	 * Returns the first result view in the ordered set where groupId = &#63; and teacherUserId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view, or <code>null</code> if a matching result view could not be found
	 */
	@Override
	public ResultView fetchByG_T_First(
		long groupId, long teacherUserId,
		OrderByComparator<ResultView> orderByComparator) {

		List<ResultView> list = findByG_T(
			groupId, teacherUserId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last result view in the ordered set where groupId = &#63; and teacherUserId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	@Override
	public ResultView findByG_T_Last(
			long groupId, long teacherUserId,
			OrderByComparator<ResultView> orderByComparator)
		throws NoSuchResultViewException {

		ResultView resultView = fetchByG_T_Last(
			groupId, teacherUserId, orderByComparator);

		if (resultView != null) {
			return resultView;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append(", teacherUserId=");
		sb.append(teacherUserId);

		sb.append("}");

		throw new NoSuchResultViewException(sb.toString());
	}

	/**
	 * Returns the last result view in the ordered set where groupId = &#63; and teacherUserId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view, or <code>null</code> if a matching result view could not be found
	 */
	@Override
	public ResultView fetchByG_T_Last(
		long groupId, long teacherUserId,
		OrderByComparator<ResultView> orderByComparator) {

		int count = countByG_T(groupId, teacherUserId);

		if (count == 0) {
			return null;
		}

		List<ResultView> list = findByG_T(
			groupId, teacherUserId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the result views before and after the current result view in the ordered set where groupId = &#63; and teacherUserId = &#63;.
	 *
	 * @param resultViewId the primary key of the current result view
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next result view
	 * @throws NoSuchResultViewException if a result view with the primary key could not be found
	 */
	@Override
	public ResultView[] findByG_T_PrevAndNext(
			long resultViewId, long groupId, long teacherUserId,
			OrderByComparator<ResultView> orderByComparator)
		throws NoSuchResultViewException {

		ResultView resultView = findByPrimaryKey(resultViewId);

		Session session = null;

		try {
			session = openSession();

			ResultView[] array = new ResultViewImpl[3];

			array[0] = getByG_T_PrevAndNext(
				session, resultView, groupId, teacherUserId, orderByComparator,
				true);

			array[1] = resultView;

			array[2] = getByG_T_PrevAndNext(
				session, resultView, groupId, teacherUserId, orderByComparator,
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

	protected ResultView getByG_T_PrevAndNext(
		Session session, ResultView resultView, long groupId,
		long teacherUserId, OrderByComparator<ResultView> orderByComparator,
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

		sb.append(_SQL_SELECT_RESULTVIEW_WHERE);

		sb.append(_FINDER_COLUMN_G_T_GROUPID_2);

		sb.append(_FINDER_COLUMN_G_T_TEACHERUSERID_2);

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
			sb.append(ResultViewModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(groupId);

		queryPos.add(teacherUserId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(resultView)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<ResultView> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the result views where groupId = &#63; and teacherUserId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 */
	@Override
	public void removeByG_T(long groupId, long teacherUserId) {
		for (ResultView resultView :
				findByG_T(
					groupId, teacherUserId, QueryUtil.ALL_POS,
					QueryUtil.ALL_POS, null)) {

			remove(resultView);
		}
	}

	/**
	 * Returns the number of result views where groupId = &#63; and teacherUserId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @return the number of matching result views
	 */
	@Override
	public int countByG_T(long groupId, long teacherUserId) {
		FinderPath finderPath = _finderPathCountByG_T;

		Object[] finderArgs = new Object[] {groupId, teacherUserId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_RESULTVIEW_WHERE);

			sb.append(_FINDER_COLUMN_G_T_GROUPID_2);

			sb.append(_FINDER_COLUMN_G_T_TEACHERUSERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

				queryPos.add(teacherUserId);

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

	private static final String _FINDER_COLUMN_G_T_GROUPID_2 =
		"resultView.groupId = ? AND ";

	private static final String _FINDER_COLUMN_G_T_TEACHERUSERID_2 =
		"resultView.teacherUserId = ?";

	private FinderPath _finderPathWithPaginationFindByG_U;
	private FinderPath _finderPathWithoutPaginationFindByG_U;
	private FinderPath _finderPathCountByG_U;

	/**
	 * Returns all the result views where groupId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @return the matching result views
	 */
	@Override
	public List<ResultView> findByG_U(long groupId, long userId) {
		return findByG_U(
			groupId, userId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the result views where groupId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @return the range of matching result views
	 */
	@Override
	public List<ResultView> findByG_U(
		long groupId, long userId, int start, int end) {

		return findByG_U(groupId, userId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the result views where groupId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching result views
	 */
	@Override
	public List<ResultView> findByG_U(
		long groupId, long userId, int start, int end,
		OrderByComparator<ResultView> orderByComparator) {

		return findByG_U(groupId, userId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the result views where groupId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching result views
	 */
	@Override
	public List<ResultView> findByG_U(
		long groupId, long userId, int start, int end,
		OrderByComparator<ResultView> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByG_U;
				finderArgs = new Object[] {groupId, userId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByG_U;
			finderArgs = new Object[] {
				groupId, userId, start, end, orderByComparator
			};
		}

		List<ResultView> list = null;

		if (useFinderCache) {
			list = (List<ResultView>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (ResultView resultView : list) {
					if ((groupId != resultView.getGroupId()) ||
						(userId != resultView.getUserId())) {

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

			sb.append(_SQL_SELECT_RESULTVIEW_WHERE);

			sb.append(_FINDER_COLUMN_G_U_GROUPID_2);

			sb.append(_FINDER_COLUMN_G_U_USERID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(ResultViewModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

				queryPos.add(userId);

				list = (List<ResultView>)QueryUtil.list(
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
	 * Returns the first result view in the ordered set where groupId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	@Override
	public ResultView findByG_U_First(
			long groupId, long userId,
			OrderByComparator<ResultView> orderByComparator)
		throws NoSuchResultViewException {

		ResultView resultView = fetchByG_U_First(
			groupId, userId, orderByComparator);

		if (resultView != null) {
			return resultView;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append(", userId=");
		sb.append(userId);

		sb.append("}");

		throw new NoSuchResultViewException(sb.toString());
	}

	/**
	 * Returns the first result view in the ordered set where groupId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view, or <code>null</code> if a matching result view could not be found
	 */
	@Override
	public ResultView fetchByG_U_First(
		long groupId, long userId,
		OrderByComparator<ResultView> orderByComparator) {

		List<ResultView> list = findByG_U(
			groupId, userId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last result view in the ordered set where groupId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	@Override
	public ResultView findByG_U_Last(
			long groupId, long userId,
			OrderByComparator<ResultView> orderByComparator)
		throws NoSuchResultViewException {

		ResultView resultView = fetchByG_U_Last(
			groupId, userId, orderByComparator);

		if (resultView != null) {
			return resultView;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append(", userId=");
		sb.append(userId);

		sb.append("}");

		throw new NoSuchResultViewException(sb.toString());
	}

	/**
	 * Returns the last result view in the ordered set where groupId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view, or <code>null</code> if a matching result view could not be found
	 */
	@Override
	public ResultView fetchByG_U_Last(
		long groupId, long userId,
		OrderByComparator<ResultView> orderByComparator) {

		int count = countByG_U(groupId, userId);

		if (count == 0) {
			return null;
		}

		List<ResultView> list = findByG_U(
			groupId, userId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the result views before and after the current result view in the ordered set where groupId = &#63; and userId = &#63;.
	 *
	 * @param resultViewId the primary key of the current result view
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next result view
	 * @throws NoSuchResultViewException if a result view with the primary key could not be found
	 */
	@Override
	public ResultView[] findByG_U_PrevAndNext(
			long resultViewId, long groupId, long userId,
			OrderByComparator<ResultView> orderByComparator)
		throws NoSuchResultViewException {

		ResultView resultView = findByPrimaryKey(resultViewId);

		Session session = null;

		try {
			session = openSession();

			ResultView[] array = new ResultViewImpl[3];

			array[0] = getByG_U_PrevAndNext(
				session, resultView, groupId, userId, orderByComparator, true);

			array[1] = resultView;

			array[2] = getByG_U_PrevAndNext(
				session, resultView, groupId, userId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected ResultView getByG_U_PrevAndNext(
		Session session, ResultView resultView, long groupId, long userId,
		OrderByComparator<ResultView> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				5 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(4);
		}

		sb.append(_SQL_SELECT_RESULTVIEW_WHERE);

		sb.append(_FINDER_COLUMN_G_U_GROUPID_2);

		sb.append(_FINDER_COLUMN_G_U_USERID_2);

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
			sb.append(ResultViewModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(groupId);

		queryPos.add(userId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(resultView)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<ResultView> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the result views where groupId = &#63; and userId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 */
	@Override
	public void removeByG_U(long groupId, long userId) {
		for (ResultView resultView :
				findByG_U(
					groupId, userId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(resultView);
		}
	}

	/**
	 * Returns the number of result views where groupId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @return the number of matching result views
	 */
	@Override
	public int countByG_U(long groupId, long userId) {
		FinderPath finderPath = _finderPathCountByG_U;

		Object[] finderArgs = new Object[] {groupId, userId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_RESULTVIEW_WHERE);

			sb.append(_FINDER_COLUMN_G_U_GROUPID_2);

			sb.append(_FINDER_COLUMN_G_U_USERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

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

	private static final String _FINDER_COLUMN_G_U_GROUPID_2 =
		"resultView.groupId = ? AND ";

	private static final String _FINDER_COLUMN_G_U_USERID_2 =
		"resultView.userId = ?";

	private FinderPath _finderPathWithPaginationFindByG_T_U;
	private FinderPath _finderPathWithoutPaginationFindByG_T_U;
	private FinderPath _finderPathCountByG_T_U;

	/**
	 * Returns all the result views where groupId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @return the matching result views
	 */
	@Override
	public List<ResultView> findByG_T_U(
		long groupId, long teacherUserId, long userId) {

		return findByG_T_U(
			groupId, teacherUserId, userId, QueryUtil.ALL_POS,
			QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the result views where groupId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @return the range of matching result views
	 */
	@Override
	public List<ResultView> findByG_T_U(
		long groupId, long teacherUserId, long userId, int start, int end) {

		return findByG_T_U(groupId, teacherUserId, userId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the result views where groupId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching result views
	 */
	@Override
	public List<ResultView> findByG_T_U(
		long groupId, long teacherUserId, long userId, int start, int end,
		OrderByComparator<ResultView> orderByComparator) {

		return findByG_T_U(
			groupId, teacherUserId, userId, start, end, orderByComparator,
			true);
	}

	/**
	 * Returns an ordered range of all the result views where groupId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching result views
	 */
	@Override
	public List<ResultView> findByG_T_U(
		long groupId, long teacherUserId, long userId, int start, int end,
		OrderByComparator<ResultView> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByG_T_U;
				finderArgs = new Object[] {groupId, teacherUserId, userId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByG_T_U;
			finderArgs = new Object[] {
				groupId, teacherUserId, userId, start, end, orderByComparator
			};
		}

		List<ResultView> list = null;

		if (useFinderCache) {
			list = (List<ResultView>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (ResultView resultView : list) {
					if ((groupId != resultView.getGroupId()) ||
						(teacherUserId != resultView.getTeacherUserId()) ||
						(userId != resultView.getUserId())) {

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
					5 + (orderByComparator.getOrderByFields().length * 2));
			}
			else {
				sb = new StringBundler(5);
			}

			sb.append(_SQL_SELECT_RESULTVIEW_WHERE);

			sb.append(_FINDER_COLUMN_G_T_U_GROUPID_2);

			sb.append(_FINDER_COLUMN_G_T_U_TEACHERUSERID_2);

			sb.append(_FINDER_COLUMN_G_T_U_USERID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(ResultViewModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

				queryPos.add(teacherUserId);

				queryPos.add(userId);

				list = (List<ResultView>)QueryUtil.list(
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
	 * Returns the first result view in the ordered set where groupId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	@Override
	public ResultView findByG_T_U_First(
			long groupId, long teacherUserId, long userId,
			OrderByComparator<ResultView> orderByComparator)
		throws NoSuchResultViewException {

		ResultView resultView = fetchByG_T_U_First(
			groupId, teacherUserId, userId, orderByComparator);

		if (resultView != null) {
			return resultView;
		}

		StringBundler sb = new StringBundler(8);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append(", teacherUserId=");
		sb.append(teacherUserId);

		sb.append(", userId=");
		sb.append(userId);

		sb.append("}");

		throw new NoSuchResultViewException(sb.toString());
	}

	/**
	 * Returns the first result view in the ordered set where groupId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view, or <code>null</code> if a matching result view could not be found
	 */
	@Override
	public ResultView fetchByG_T_U_First(
		long groupId, long teacherUserId, long userId,
		OrderByComparator<ResultView> orderByComparator) {

		List<ResultView> list = findByG_T_U(
			groupId, teacherUserId, userId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last result view in the ordered set where groupId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	@Override
	public ResultView findByG_T_U_Last(
			long groupId, long teacherUserId, long userId,
			OrderByComparator<ResultView> orderByComparator)
		throws NoSuchResultViewException {

		ResultView resultView = fetchByG_T_U_Last(
			groupId, teacherUserId, userId, orderByComparator);

		if (resultView != null) {
			return resultView;
		}

		StringBundler sb = new StringBundler(8);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append(", teacherUserId=");
		sb.append(teacherUserId);

		sb.append(", userId=");
		sb.append(userId);

		sb.append("}");

		throw new NoSuchResultViewException(sb.toString());
	}

	/**
	 * Returns the last result view in the ordered set where groupId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view, or <code>null</code> if a matching result view could not be found
	 */
	@Override
	public ResultView fetchByG_T_U_Last(
		long groupId, long teacherUserId, long userId,
		OrderByComparator<ResultView> orderByComparator) {

		int count = countByG_T_U(groupId, teacherUserId, userId);

		if (count == 0) {
			return null;
		}

		List<ResultView> list = findByG_T_U(
			groupId, teacherUserId, userId, count - 1, count,
			orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the result views before and after the current result view in the ordered set where groupId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param resultViewId the primary key of the current result view
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next result view
	 * @throws NoSuchResultViewException if a result view with the primary key could not be found
	 */
	@Override
	public ResultView[] findByG_T_U_PrevAndNext(
			long resultViewId, long groupId, long teacherUserId, long userId,
			OrderByComparator<ResultView> orderByComparator)
		throws NoSuchResultViewException {

		ResultView resultView = findByPrimaryKey(resultViewId);

		Session session = null;

		try {
			session = openSession();

			ResultView[] array = new ResultViewImpl[3];

			array[0] = getByG_T_U_PrevAndNext(
				session, resultView, groupId, teacherUserId, userId,
				orderByComparator, true);

			array[1] = resultView;

			array[2] = getByG_T_U_PrevAndNext(
				session, resultView, groupId, teacherUserId, userId,
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

	protected ResultView getByG_T_U_PrevAndNext(
		Session session, ResultView resultView, long groupId,
		long teacherUserId, long userId,
		OrderByComparator<ResultView> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				6 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(5);
		}

		sb.append(_SQL_SELECT_RESULTVIEW_WHERE);

		sb.append(_FINDER_COLUMN_G_T_U_GROUPID_2);

		sb.append(_FINDER_COLUMN_G_T_U_TEACHERUSERID_2);

		sb.append(_FINDER_COLUMN_G_T_U_USERID_2);

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
			sb.append(ResultViewModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(groupId);

		queryPos.add(teacherUserId);

		queryPos.add(userId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(resultView)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<ResultView> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the result views where groupId = &#63; and teacherUserId = &#63; and userId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 */
	@Override
	public void removeByG_T_U(long groupId, long teacherUserId, long userId) {
		for (ResultView resultView :
				findByG_T_U(
					groupId, teacherUserId, userId, QueryUtil.ALL_POS,
					QueryUtil.ALL_POS, null)) {

			remove(resultView);
		}
	}

	/**
	 * Returns the number of result views where groupId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @return the number of matching result views
	 */
	@Override
	public int countByG_T_U(long groupId, long teacherUserId, long userId) {
		FinderPath finderPath = _finderPathCountByG_T_U;

		Object[] finderArgs = new Object[] {groupId, teacherUserId, userId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_COUNT_RESULTVIEW_WHERE);

			sb.append(_FINDER_COLUMN_G_T_U_GROUPID_2);

			sb.append(_FINDER_COLUMN_G_T_U_TEACHERUSERID_2);

			sb.append(_FINDER_COLUMN_G_T_U_USERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

				queryPos.add(teacherUserId);

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

	private static final String _FINDER_COLUMN_G_T_U_GROUPID_2 =
		"resultView.groupId = ? AND ";

	private static final String _FINDER_COLUMN_G_T_U_TEACHERUSERID_2 =
		"resultView.teacherUserId = ? AND ";

	private static final String _FINDER_COLUMN_G_T_U_USERID_2 =
		"resultView.userId = ?";

	private FinderPath _finderPathWithPaginationFindByCompanyId;
	private FinderPath _finderPathWithoutPaginationFindByCompanyId;
	private FinderPath _finderPathCountByCompanyId;

	/**
	 * Returns all the result views where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching result views
	 */
	@Override
	public List<ResultView> findByCompanyId(long companyId) {
		return findByCompanyId(
			companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the result views where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @return the range of matching result views
	 */
	@Override
	public List<ResultView> findByCompanyId(
		long companyId, int start, int end) {

		return findByCompanyId(companyId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the result views where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching result views
	 */
	@Override
	public List<ResultView> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<ResultView> orderByComparator) {

		return findByCompanyId(companyId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the result views where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching result views
	 */
	@Override
	public List<ResultView> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<ResultView> orderByComparator,
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

		List<ResultView> list = null;

		if (useFinderCache) {
			list = (List<ResultView>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (ResultView resultView : list) {
					if (companyId != resultView.getCompanyId()) {
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

			sb.append(_SQL_SELECT_RESULTVIEW_WHERE);

			sb.append(_FINDER_COLUMN_COMPANYID_COMPANYID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(ResultViewModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				list = (List<ResultView>)QueryUtil.list(
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
	 * Returns the first result view in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	@Override
	public ResultView findByCompanyId_First(
			long companyId, OrderByComparator<ResultView> orderByComparator)
		throws NoSuchResultViewException {

		ResultView resultView = fetchByCompanyId_First(
			companyId, orderByComparator);

		if (resultView != null) {
			return resultView;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchResultViewException(sb.toString());
	}

	/**
	 * Returns the first result view in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view, or <code>null</code> if a matching result view could not be found
	 */
	@Override
	public ResultView fetchByCompanyId_First(
		long companyId, OrderByComparator<ResultView> orderByComparator) {

		List<ResultView> list = findByCompanyId(
			companyId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last result view in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	@Override
	public ResultView findByCompanyId_Last(
			long companyId, OrderByComparator<ResultView> orderByComparator)
		throws NoSuchResultViewException {

		ResultView resultView = fetchByCompanyId_Last(
			companyId, orderByComparator);

		if (resultView != null) {
			return resultView;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchResultViewException(sb.toString());
	}

	/**
	 * Returns the last result view in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view, or <code>null</code> if a matching result view could not be found
	 */
	@Override
	public ResultView fetchByCompanyId_Last(
		long companyId, OrderByComparator<ResultView> orderByComparator) {

		int count = countByCompanyId(companyId);

		if (count == 0) {
			return null;
		}

		List<ResultView> list = findByCompanyId(
			companyId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the result views before and after the current result view in the ordered set where companyId = &#63;.
	 *
	 * @param resultViewId the primary key of the current result view
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next result view
	 * @throws NoSuchResultViewException if a result view with the primary key could not be found
	 */
	@Override
	public ResultView[] findByCompanyId_PrevAndNext(
			long resultViewId, long companyId,
			OrderByComparator<ResultView> orderByComparator)
		throws NoSuchResultViewException {

		ResultView resultView = findByPrimaryKey(resultViewId);

		Session session = null;

		try {
			session = openSession();

			ResultView[] array = new ResultViewImpl[3];

			array[0] = getByCompanyId_PrevAndNext(
				session, resultView, companyId, orderByComparator, true);

			array[1] = resultView;

			array[2] = getByCompanyId_PrevAndNext(
				session, resultView, companyId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected ResultView getByCompanyId_PrevAndNext(
		Session session, ResultView resultView, long companyId,
		OrderByComparator<ResultView> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_RESULTVIEW_WHERE);

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
			sb.append(ResultViewModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(companyId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(resultView)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<ResultView> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the result views where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	@Override
	public void removeByCompanyId(long companyId) {
		for (ResultView resultView :
				findByCompanyId(
					companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(resultView);
		}
	}

	/**
	 * Returns the number of result views where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching result views
	 */
	@Override
	public int countByCompanyId(long companyId) {
		FinderPath finderPath = _finderPathCountByCompanyId;

		Object[] finderArgs = new Object[] {companyId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_RESULTVIEW_WHERE);

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
		"resultView.companyId = ?";

	private FinderPath _finderPathWithPaginationFindByC_T;
	private FinderPath _finderPathWithoutPaginationFindByC_T;
	private FinderPath _finderPathCountByC_T;

	/**
	 * Returns all the result views where companyId = &#63; and teacherUserId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @return the matching result views
	 */
	@Override
	public List<ResultView> findByC_T(long companyId, long teacherUserId) {
		return findByC_T(
			companyId, teacherUserId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
			null);
	}

	/**
	 * Returns a range of all the result views where companyId = &#63; and teacherUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @return the range of matching result views
	 */
	@Override
	public List<ResultView> findByC_T(
		long companyId, long teacherUserId, int start, int end) {

		return findByC_T(companyId, teacherUserId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the result views where companyId = &#63; and teacherUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching result views
	 */
	@Override
	public List<ResultView> findByC_T(
		long companyId, long teacherUserId, int start, int end,
		OrderByComparator<ResultView> orderByComparator) {

		return findByC_T(
			companyId, teacherUserId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the result views where companyId = &#63; and teacherUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching result views
	 */
	@Override
	public List<ResultView> findByC_T(
		long companyId, long teacherUserId, int start, int end,
		OrderByComparator<ResultView> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByC_T;
				finderArgs = new Object[] {companyId, teacherUserId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByC_T;
			finderArgs = new Object[] {
				companyId, teacherUserId, start, end, orderByComparator
			};
		}

		List<ResultView> list = null;

		if (useFinderCache) {
			list = (List<ResultView>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (ResultView resultView : list) {
					if ((companyId != resultView.getCompanyId()) ||
						(teacherUserId != resultView.getTeacherUserId())) {

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

			sb.append(_SQL_SELECT_RESULTVIEW_WHERE);

			sb.append(_FINDER_COLUMN_C_T_COMPANYID_2);

			sb.append(_FINDER_COLUMN_C_T_TEACHERUSERID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(ResultViewModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				queryPos.add(teacherUserId);

				list = (List<ResultView>)QueryUtil.list(
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
	 * Returns the first result view in the ordered set where companyId = &#63; and teacherUserId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	@Override
	public ResultView findByC_T_First(
			long companyId, long teacherUserId,
			OrderByComparator<ResultView> orderByComparator)
		throws NoSuchResultViewException {

		ResultView resultView = fetchByC_T_First(
			companyId, teacherUserId, orderByComparator);

		if (resultView != null) {
			return resultView;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", teacherUserId=");
		sb.append(teacherUserId);

		sb.append("}");

		throw new NoSuchResultViewException(sb.toString());
	}

	/**
	 * Returns the first result view in the ordered set where companyId = &#63; and teacherUserId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view, or <code>null</code> if a matching result view could not be found
	 */
	@Override
	public ResultView fetchByC_T_First(
		long companyId, long teacherUserId,
		OrderByComparator<ResultView> orderByComparator) {

		List<ResultView> list = findByC_T(
			companyId, teacherUserId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last result view in the ordered set where companyId = &#63; and teacherUserId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	@Override
	public ResultView findByC_T_Last(
			long companyId, long teacherUserId,
			OrderByComparator<ResultView> orderByComparator)
		throws NoSuchResultViewException {

		ResultView resultView = fetchByC_T_Last(
			companyId, teacherUserId, orderByComparator);

		if (resultView != null) {
			return resultView;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", teacherUserId=");
		sb.append(teacherUserId);

		sb.append("}");

		throw new NoSuchResultViewException(sb.toString());
	}

	/**
	 * Returns the last result view in the ordered set where companyId = &#63; and teacherUserId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view, or <code>null</code> if a matching result view could not be found
	 */
	@Override
	public ResultView fetchByC_T_Last(
		long companyId, long teacherUserId,
		OrderByComparator<ResultView> orderByComparator) {

		int count = countByC_T(companyId, teacherUserId);

		if (count == 0) {
			return null;
		}

		List<ResultView> list = findByC_T(
			companyId, teacherUserId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the result views before and after the current result view in the ordered set where companyId = &#63; and teacherUserId = &#63;.
	 *
	 * @param resultViewId the primary key of the current result view
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next result view
	 * @throws NoSuchResultViewException if a result view with the primary key could not be found
	 */
	@Override
	public ResultView[] findByC_T_PrevAndNext(
			long resultViewId, long companyId, long teacherUserId,
			OrderByComparator<ResultView> orderByComparator)
		throws NoSuchResultViewException {

		ResultView resultView = findByPrimaryKey(resultViewId);

		Session session = null;

		try {
			session = openSession();

			ResultView[] array = new ResultViewImpl[3];

			array[0] = getByC_T_PrevAndNext(
				session, resultView, companyId, teacherUserId,
				orderByComparator, true);

			array[1] = resultView;

			array[2] = getByC_T_PrevAndNext(
				session, resultView, companyId, teacherUserId,
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

	protected ResultView getByC_T_PrevAndNext(
		Session session, ResultView resultView, long companyId,
		long teacherUserId, OrderByComparator<ResultView> orderByComparator,
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

		sb.append(_SQL_SELECT_RESULTVIEW_WHERE);

		sb.append(_FINDER_COLUMN_C_T_COMPANYID_2);

		sb.append(_FINDER_COLUMN_C_T_TEACHERUSERID_2);

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
			sb.append(ResultViewModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(companyId);

		queryPos.add(teacherUserId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(resultView)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<ResultView> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the result views where companyId = &#63; and teacherUserId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 */
	@Override
	public void removeByC_T(long companyId, long teacherUserId) {
		for (ResultView resultView :
				findByC_T(
					companyId, teacherUserId, QueryUtil.ALL_POS,
					QueryUtil.ALL_POS, null)) {

			remove(resultView);
		}
	}

	/**
	 * Returns the number of result views where companyId = &#63; and teacherUserId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @return the number of matching result views
	 */
	@Override
	public int countByC_T(long companyId, long teacherUserId) {
		FinderPath finderPath = _finderPathCountByC_T;

		Object[] finderArgs = new Object[] {companyId, teacherUserId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_RESULTVIEW_WHERE);

			sb.append(_FINDER_COLUMN_C_T_COMPANYID_2);

			sb.append(_FINDER_COLUMN_C_T_TEACHERUSERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				queryPos.add(teacherUserId);

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

	private static final String _FINDER_COLUMN_C_T_COMPANYID_2 =
		"resultView.companyId = ? AND ";

	private static final String _FINDER_COLUMN_C_T_TEACHERUSERID_2 =
		"resultView.teacherUserId = ?";

	private FinderPath _finderPathWithPaginationFindByC_U;
	private FinderPath _finderPathWithoutPaginationFindByC_U;
	private FinderPath _finderPathCountByC_U;

	/**
	 * Returns all the result views where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @return the matching result views
	 */
	@Override
	public List<ResultView> findByC_U(long companyId, long userId) {
		return findByC_U(
			companyId, userId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the result views where companyId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @return the range of matching result views
	 */
	@Override
	public List<ResultView> findByC_U(
		long companyId, long userId, int start, int end) {

		return findByC_U(companyId, userId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the result views where companyId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching result views
	 */
	@Override
	public List<ResultView> findByC_U(
		long companyId, long userId, int start, int end,
		OrderByComparator<ResultView> orderByComparator) {

		return findByC_U(
			companyId, userId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the result views where companyId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching result views
	 */
	@Override
	public List<ResultView> findByC_U(
		long companyId, long userId, int start, int end,
		OrderByComparator<ResultView> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByC_U;
				finderArgs = new Object[] {companyId, userId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByC_U;
			finderArgs = new Object[] {
				companyId, userId, start, end, orderByComparator
			};
		}

		List<ResultView> list = null;

		if (useFinderCache) {
			list = (List<ResultView>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (ResultView resultView : list) {
					if ((companyId != resultView.getCompanyId()) ||
						(userId != resultView.getUserId())) {

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

			sb.append(_SQL_SELECT_RESULTVIEW_WHERE);

			sb.append(_FINDER_COLUMN_C_U_COMPANYID_2);

			sb.append(_FINDER_COLUMN_C_U_USERID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(ResultViewModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				queryPos.add(userId);

				list = (List<ResultView>)QueryUtil.list(
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
	 * Returns the first result view in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	@Override
	public ResultView findByC_U_First(
			long companyId, long userId,
			OrderByComparator<ResultView> orderByComparator)
		throws NoSuchResultViewException {

		ResultView resultView = fetchByC_U_First(
			companyId, userId, orderByComparator);

		if (resultView != null) {
			return resultView;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", userId=");
		sb.append(userId);

		sb.append("}");

		throw new NoSuchResultViewException(sb.toString());
	}

	/**
	 * Returns the first result view in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view, or <code>null</code> if a matching result view could not be found
	 */
	@Override
	public ResultView fetchByC_U_First(
		long companyId, long userId,
		OrderByComparator<ResultView> orderByComparator) {

		List<ResultView> list = findByC_U(
			companyId, userId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last result view in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	@Override
	public ResultView findByC_U_Last(
			long companyId, long userId,
			OrderByComparator<ResultView> orderByComparator)
		throws NoSuchResultViewException {

		ResultView resultView = fetchByC_U_Last(
			companyId, userId, orderByComparator);

		if (resultView != null) {
			return resultView;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", userId=");
		sb.append(userId);

		sb.append("}");

		throw new NoSuchResultViewException(sb.toString());
	}

	/**
	 * Returns the last result view in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view, or <code>null</code> if a matching result view could not be found
	 */
	@Override
	public ResultView fetchByC_U_Last(
		long companyId, long userId,
		OrderByComparator<ResultView> orderByComparator) {

		int count = countByC_U(companyId, userId);

		if (count == 0) {
			return null;
		}

		List<ResultView> list = findByC_U(
			companyId, userId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the result views before and after the current result view in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param resultViewId the primary key of the current result view
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next result view
	 * @throws NoSuchResultViewException if a result view with the primary key could not be found
	 */
	@Override
	public ResultView[] findByC_U_PrevAndNext(
			long resultViewId, long companyId, long userId,
			OrderByComparator<ResultView> orderByComparator)
		throws NoSuchResultViewException {

		ResultView resultView = findByPrimaryKey(resultViewId);

		Session session = null;

		try {
			session = openSession();

			ResultView[] array = new ResultViewImpl[3];

			array[0] = getByC_U_PrevAndNext(
				session, resultView, companyId, userId, orderByComparator,
				true);

			array[1] = resultView;

			array[2] = getByC_U_PrevAndNext(
				session, resultView, companyId, userId, orderByComparator,
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

	protected ResultView getByC_U_PrevAndNext(
		Session session, ResultView resultView, long companyId, long userId,
		OrderByComparator<ResultView> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				5 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(4);
		}

		sb.append(_SQL_SELECT_RESULTVIEW_WHERE);

		sb.append(_FINDER_COLUMN_C_U_COMPANYID_2);

		sb.append(_FINDER_COLUMN_C_U_USERID_2);

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
			sb.append(ResultViewModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(companyId);

		queryPos.add(userId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(resultView)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<ResultView> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the result views where companyId = &#63; and userId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 */
	@Override
	public void removeByC_U(long companyId, long userId) {
		for (ResultView resultView :
				findByC_U(
					companyId, userId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(resultView);
		}
	}

	/**
	 * Returns the number of result views where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @return the number of matching result views
	 */
	@Override
	public int countByC_U(long companyId, long userId) {
		FinderPath finderPath = _finderPathCountByC_U;

		Object[] finderArgs = new Object[] {companyId, userId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_RESULTVIEW_WHERE);

			sb.append(_FINDER_COLUMN_C_U_COMPANYID_2);

			sb.append(_FINDER_COLUMN_C_U_USERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

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

	private static final String _FINDER_COLUMN_C_U_COMPANYID_2 =
		"resultView.companyId = ? AND ";

	private static final String _FINDER_COLUMN_C_U_USERID_2 =
		"resultView.userId = ?";

	private FinderPath _finderPathWithPaginationFindByC_T_U;
	private FinderPath _finderPathWithoutPaginationFindByC_T_U;
	private FinderPath _finderPathCountByC_T_U;

	/**
	 * Returns all the result views where companyId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @return the matching result views
	 */
	@Override
	public List<ResultView> findByC_T_U(
		long companyId, long teacherUserId, long userId) {

		return findByC_T_U(
			companyId, teacherUserId, userId, QueryUtil.ALL_POS,
			QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the result views where companyId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @return the range of matching result views
	 */
	@Override
	public List<ResultView> findByC_T_U(
		long companyId, long teacherUserId, long userId, int start, int end) {

		return findByC_T_U(companyId, teacherUserId, userId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the result views where companyId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching result views
	 */
	@Override
	public List<ResultView> findByC_T_U(
		long companyId, long teacherUserId, long userId, int start, int end,
		OrderByComparator<ResultView> orderByComparator) {

		return findByC_T_U(
			companyId, teacherUserId, userId, start, end, orderByComparator,
			true);
	}

	/**
	 * Returns an ordered range of all the result views where companyId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching result views
	 */
	@Override
	public List<ResultView> findByC_T_U(
		long companyId, long teacherUserId, long userId, int start, int end,
		OrderByComparator<ResultView> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByC_T_U;
				finderArgs = new Object[] {companyId, teacherUserId, userId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByC_T_U;
			finderArgs = new Object[] {
				companyId, teacherUserId, userId, start, end, orderByComparator
			};
		}

		List<ResultView> list = null;

		if (useFinderCache) {
			list = (List<ResultView>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (ResultView resultView : list) {
					if ((companyId != resultView.getCompanyId()) ||
						(teacherUserId != resultView.getTeacherUserId()) ||
						(userId != resultView.getUserId())) {

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
					5 + (orderByComparator.getOrderByFields().length * 2));
			}
			else {
				sb = new StringBundler(5);
			}

			sb.append(_SQL_SELECT_RESULTVIEW_WHERE);

			sb.append(_FINDER_COLUMN_C_T_U_COMPANYID_2);

			sb.append(_FINDER_COLUMN_C_T_U_TEACHERUSERID_2);

			sb.append(_FINDER_COLUMN_C_T_U_USERID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(ResultViewModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				queryPos.add(teacherUserId);

				queryPos.add(userId);

				list = (List<ResultView>)QueryUtil.list(
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
	 * Returns the first result view in the ordered set where companyId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	@Override
	public ResultView findByC_T_U_First(
			long companyId, long teacherUserId, long userId,
			OrderByComparator<ResultView> orderByComparator)
		throws NoSuchResultViewException {

		ResultView resultView = fetchByC_T_U_First(
			companyId, teacherUserId, userId, orderByComparator);

		if (resultView != null) {
			return resultView;
		}

		StringBundler sb = new StringBundler(8);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", teacherUserId=");
		sb.append(teacherUserId);

		sb.append(", userId=");
		sb.append(userId);

		sb.append("}");

		throw new NoSuchResultViewException(sb.toString());
	}

	/**
	 * Returns the first result view in the ordered set where companyId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching result view, or <code>null</code> if a matching result view could not be found
	 */
	@Override
	public ResultView fetchByC_T_U_First(
		long companyId, long teacherUserId, long userId,
		OrderByComparator<ResultView> orderByComparator) {

		List<ResultView> list = findByC_T_U(
			companyId, teacherUserId, userId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last result view in the ordered set where companyId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view
	 * @throws NoSuchResultViewException if a matching result view could not be found
	 */
	@Override
	public ResultView findByC_T_U_Last(
			long companyId, long teacherUserId, long userId,
			OrderByComparator<ResultView> orderByComparator)
		throws NoSuchResultViewException {

		ResultView resultView = fetchByC_T_U_Last(
			companyId, teacherUserId, userId, orderByComparator);

		if (resultView != null) {
			return resultView;
		}

		StringBundler sb = new StringBundler(8);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", teacherUserId=");
		sb.append(teacherUserId);

		sb.append(", userId=");
		sb.append(userId);

		sb.append("}");

		throw new NoSuchResultViewException(sb.toString());
	}

	/**
	 * Returns the last result view in the ordered set where companyId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching result view, or <code>null</code> if a matching result view could not be found
	 */
	@Override
	public ResultView fetchByC_T_U_Last(
		long companyId, long teacherUserId, long userId,
		OrderByComparator<ResultView> orderByComparator) {

		int count = countByC_T_U(companyId, teacherUserId, userId);

		if (count == 0) {
			return null;
		}

		List<ResultView> list = findByC_T_U(
			companyId, teacherUserId, userId, count - 1, count,
			orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the result views before and after the current result view in the ordered set where companyId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param resultViewId the primary key of the current result view
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next result view
	 * @throws NoSuchResultViewException if a result view with the primary key could not be found
	 */
	@Override
	public ResultView[] findByC_T_U_PrevAndNext(
			long resultViewId, long companyId, long teacherUserId, long userId,
			OrderByComparator<ResultView> orderByComparator)
		throws NoSuchResultViewException {

		ResultView resultView = findByPrimaryKey(resultViewId);

		Session session = null;

		try {
			session = openSession();

			ResultView[] array = new ResultViewImpl[3];

			array[0] = getByC_T_U_PrevAndNext(
				session, resultView, companyId, teacherUserId, userId,
				orderByComparator, true);

			array[1] = resultView;

			array[2] = getByC_T_U_PrevAndNext(
				session, resultView, companyId, teacherUserId, userId,
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

	protected ResultView getByC_T_U_PrevAndNext(
		Session session, ResultView resultView, long companyId,
		long teacherUserId, long userId,
		OrderByComparator<ResultView> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				6 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(5);
		}

		sb.append(_SQL_SELECT_RESULTVIEW_WHERE);

		sb.append(_FINDER_COLUMN_C_T_U_COMPANYID_2);

		sb.append(_FINDER_COLUMN_C_T_U_TEACHERUSERID_2);

		sb.append(_FINDER_COLUMN_C_T_U_USERID_2);

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
			sb.append(ResultViewModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(companyId);

		queryPos.add(teacherUserId);

		queryPos.add(userId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(resultView)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<ResultView> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the result views where companyId = &#63; and teacherUserId = &#63; and userId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 */
	@Override
	public void removeByC_T_U(long companyId, long teacherUserId, long userId) {
		for (ResultView resultView :
				findByC_T_U(
					companyId, teacherUserId, userId, QueryUtil.ALL_POS,
					QueryUtil.ALL_POS, null)) {

			remove(resultView);
		}
	}

	/**
	 * Returns the number of result views where companyId = &#63; and teacherUserId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param teacherUserId the teacher user ID
	 * @param userId the user ID
	 * @return the number of matching result views
	 */
	@Override
	public int countByC_T_U(long companyId, long teacherUserId, long userId) {
		FinderPath finderPath = _finderPathCountByC_T_U;

		Object[] finderArgs = new Object[] {companyId, teacherUserId, userId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_COUNT_RESULTVIEW_WHERE);

			sb.append(_FINDER_COLUMN_C_T_U_COMPANYID_2);

			sb.append(_FINDER_COLUMN_C_T_U_TEACHERUSERID_2);

			sb.append(_FINDER_COLUMN_C_T_U_USERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				queryPos.add(teacherUserId);

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

	private static final String _FINDER_COLUMN_C_T_U_COMPANYID_2 =
		"resultView.companyId = ? AND ";

	private static final String _FINDER_COLUMN_C_T_U_TEACHERUSERID_2 =
		"resultView.teacherUserId = ? AND ";

	private static final String _FINDER_COLUMN_C_T_U_USERID_2 =
		"resultView.userId = ?";

	public ResultViewPersistenceImpl() {
		setModelClass(ResultView.class);

		setModelImplClass(ResultViewImpl.class);
		setModelPKClass(long.class);

		setTable(ResultViewTable.INSTANCE);
	}

	/**
	 * Caches the result view in the entity cache if it is enabled.
	 *
	 * @param resultView the result view
	 */
	@Override
	public void cacheResult(ResultView resultView) {
		entityCache.putResult(
			ResultViewImpl.class, resultView.getPrimaryKey(), resultView);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the result views in the entity cache if it is enabled.
	 *
	 * @param resultViews the result views
	 */
	@Override
	public void cacheResult(List<ResultView> resultViews) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (resultViews.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (ResultView resultView : resultViews) {
			if (entityCache.getResult(
					ResultViewImpl.class, resultView.getPrimaryKey()) == null) {

				cacheResult(resultView);
			}
		}
	}

	/**
	 * Clears the cache for all result views.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(ResultViewImpl.class);

		finderCache.clearCache(ResultViewImpl.class);
	}

	/**
	 * Clears the cache for the result view.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(ResultView resultView) {
		entityCache.removeResult(ResultViewImpl.class, resultView);
	}

	@Override
	public void clearCache(List<ResultView> resultViews) {
		for (ResultView resultView : resultViews) {
			entityCache.removeResult(ResultViewImpl.class, resultView);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(ResultViewImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(ResultViewImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new result view with the primary key. Does not add the result view to the database.
	 *
	 * @param resultViewId the primary key for the new result view
	 * @return the new result view
	 */
	@Override
	public ResultView create(long resultViewId) {
		ResultView resultView = new ResultViewImpl();

		resultView.setNew(true);
		resultView.setPrimaryKey(resultViewId);

		resultView.setCompanyId(CompanyThreadLocal.getCompanyId());

		return resultView;
	}

	/**
	 * Removes the result view with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param resultViewId the primary key of the result view
	 * @return the result view that was removed
	 * @throws NoSuchResultViewException if a result view with the primary key could not be found
	 */
	@Override
	public ResultView remove(long resultViewId)
		throws NoSuchResultViewException {

		return remove((Serializable)resultViewId);
	}

	/**
	 * Removes the result view with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the result view
	 * @return the result view that was removed
	 * @throws NoSuchResultViewException if a result view with the primary key could not be found
	 */
	@Override
	public ResultView remove(Serializable primaryKey)
		throws NoSuchResultViewException {

		Session session = null;

		try {
			session = openSession();

			ResultView resultView = (ResultView)session.get(
				ResultViewImpl.class, primaryKey);

			if (resultView == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchResultViewException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(resultView);
		}
		catch (NoSuchResultViewException noSuchEntityException) {
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
	protected ResultView removeImpl(ResultView resultView) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(resultView)) {
				resultView = (ResultView)session.get(
					ResultViewImpl.class, resultView.getPrimaryKeyObj());
			}

			if (resultView != null) {
				session.delete(resultView);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (resultView != null) {
			clearCache(resultView);
		}

		return resultView;
	}

	@Override
	public ResultView updateImpl(ResultView resultView) {
		boolean isNew = resultView.isNew();

		if (!(resultView instanceof ResultViewModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(resultView.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(resultView);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in resultView proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom ResultView implementation " +
					resultView.getClass());
		}

		ResultViewModelImpl resultViewModelImpl =
			(ResultViewModelImpl)resultView;

		if (isNew && (resultView.getCreateDate() == null)) {
			ServiceContext serviceContext =
				ServiceContextThreadLocal.getServiceContext();

			Date date = new Date();

			if (serviceContext == null) {
				resultView.setCreateDate(date);
			}
			else {
				resultView.setCreateDate(serviceContext.getCreateDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(resultView);
			}
			else {
				resultView = (ResultView)session.merge(resultView);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			ResultViewImpl.class, resultViewModelImpl, false, true);

		if (isNew) {
			resultView.setNew(false);
		}

		resultView.resetOriginalValues();

		return resultView;
	}

	/**
	 * Returns the result view with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the result view
	 * @return the result view
	 * @throws NoSuchResultViewException if a result view with the primary key could not be found
	 */
	@Override
	public ResultView findByPrimaryKey(Serializable primaryKey)
		throws NoSuchResultViewException {

		ResultView resultView = fetchByPrimaryKey(primaryKey);

		if (resultView == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchResultViewException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return resultView;
	}

	/**
	 * Returns the result view with the primary key or throws a <code>NoSuchResultViewException</code> if it could not be found.
	 *
	 * @param resultViewId the primary key of the result view
	 * @return the result view
	 * @throws NoSuchResultViewException if a result view with the primary key could not be found
	 */
	@Override
	public ResultView findByPrimaryKey(long resultViewId)
		throws NoSuchResultViewException {

		return findByPrimaryKey((Serializable)resultViewId);
	}

	/**
	 * Returns the result view with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param resultViewId the primary key of the result view
	 * @return the result view, or <code>null</code> if a result view with the primary key could not be found
	 */
	@Override
	public ResultView fetchByPrimaryKey(long resultViewId) {
		return fetchByPrimaryKey((Serializable)resultViewId);
	}

	/**
	 * Returns all the result views.
	 *
	 * @return the result views
	 */
	@Override
	public List<ResultView> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the result views.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @return the range of result views
	 */
	@Override
	public List<ResultView> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the result views.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of result views
	 */
	@Override
	public List<ResultView> findAll(
		int start, int end, OrderByComparator<ResultView> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the result views.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of result views
	 */
	@Override
	public List<ResultView> findAll(
		int start, int end, OrderByComparator<ResultView> orderByComparator,
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

		List<ResultView> list = null;

		if (useFinderCache) {
			list = (List<ResultView>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_RESULTVIEW);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_RESULTVIEW;

				sql = sql.concat(ResultViewModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<ResultView>)QueryUtil.list(
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
	 * Removes all the result views from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (ResultView resultView : findAll()) {
			remove(resultView);
		}
	}

	/**
	 * Returns the number of result views.
	 *
	 * @return the number of result views
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_RESULTVIEW);

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
		return "resultViewId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_RESULTVIEW;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return ResultViewModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the result view persistence.
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

		_finderPathWithPaginationFindByTeacherUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByTeacherUserId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"teacherUserId"}, true);

		_finderPathWithoutPaginationFindByTeacherUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByTeacherUserId",
			new String[] {Long.class.getName()}, new String[] {"teacherUserId"},
			true);

		_finderPathCountByTeacherUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByTeacherUserId",
			new String[] {Long.class.getName()}, new String[] {"teacherUserId"},
			false);

		_finderPathWithPaginationFindByT_NotU = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByT_NotU",
			new String[] {
				Long.class.getName(), Long.class.getName(),
				Integer.class.getName(), Integer.class.getName(),
				OrderByComparator.class.getName()
			},
			new String[] {"teacherUserId", "userId"}, true);

		_finderPathWithPaginationCountByT_NotU = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "countByT_NotU",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"teacherUserId", "userId"}, false);

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

		_finderPathWithPaginationFindByG_T = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByG_T",
			new String[] {
				Long.class.getName(), Long.class.getName(),
				Integer.class.getName(), Integer.class.getName(),
				OrderByComparator.class.getName()
			},
			new String[] {"groupId", "teacherUserId"}, true);

		_finderPathWithoutPaginationFindByG_T = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByG_T",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"groupId", "teacherUserId"}, true);

		_finderPathCountByG_T = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByG_T",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"groupId", "teacherUserId"}, false);

		_finderPathWithPaginationFindByG_U = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByG_U",
			new String[] {
				Long.class.getName(), Long.class.getName(),
				Integer.class.getName(), Integer.class.getName(),
				OrderByComparator.class.getName()
			},
			new String[] {"groupId", "userId"}, true);

		_finderPathWithoutPaginationFindByG_U = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByG_U",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"groupId", "userId"}, true);

		_finderPathCountByG_U = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByG_U",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"groupId", "userId"}, false);

		_finderPathWithPaginationFindByG_T_U = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByG_T_U",
			new String[] {
				Long.class.getName(), Long.class.getName(),
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"groupId", "teacherUserId", "userId"}, true);

		_finderPathWithoutPaginationFindByG_T_U = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByG_T_U",
			new String[] {
				Long.class.getName(), Long.class.getName(), Long.class.getName()
			},
			new String[] {"groupId", "teacherUserId", "userId"}, true);

		_finderPathCountByG_T_U = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByG_T_U",
			new String[] {
				Long.class.getName(), Long.class.getName(), Long.class.getName()
			},
			new String[] {"groupId", "teacherUserId", "userId"}, false);

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

		_finderPathWithPaginationFindByC_T = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByC_T",
			new String[] {
				Long.class.getName(), Long.class.getName(),
				Integer.class.getName(), Integer.class.getName(),
				OrderByComparator.class.getName()
			},
			new String[] {"companyId", "teacherUserId"}, true);

		_finderPathWithoutPaginationFindByC_T = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByC_T",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"companyId", "teacherUserId"}, true);

		_finderPathCountByC_T = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByC_T",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"companyId", "teacherUserId"}, false);

		_finderPathWithPaginationFindByC_U = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByC_U",
			new String[] {
				Long.class.getName(), Long.class.getName(),
				Integer.class.getName(), Integer.class.getName(),
				OrderByComparator.class.getName()
			},
			new String[] {"companyId", "userId"}, true);

		_finderPathWithoutPaginationFindByC_U = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByC_U",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"companyId", "userId"}, true);

		_finderPathCountByC_U = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByC_U",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"companyId", "userId"}, false);

		_finderPathWithPaginationFindByC_T_U = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByC_T_U",
			new String[] {
				Long.class.getName(), Long.class.getName(),
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"companyId", "teacherUserId", "userId"}, true);

		_finderPathWithoutPaginationFindByC_T_U = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByC_T_U",
			new String[] {
				Long.class.getName(), Long.class.getName(), Long.class.getName()
			},
			new String[] {"companyId", "teacherUserId", "userId"}, true);

		_finderPathCountByC_T_U = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByC_T_U",
			new String[] {
				Long.class.getName(), Long.class.getName(), Long.class.getName()
			},
			new String[] {"companyId", "teacherUserId", "userId"}, false);

		ResultViewUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		ResultViewUtil.setPersistence(null);

		entityCache.removeCache(ResultViewImpl.class.getName());
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

	private static final String _SQL_SELECT_RESULTVIEW =
		"SELECT resultView FROM ResultView resultView";

	private static final String _SQL_SELECT_RESULTVIEW_WHERE =
		"SELECT resultView FROM ResultView resultView WHERE ";

	private static final String _SQL_COUNT_RESULTVIEW =
		"SELECT COUNT(resultView) FROM ResultView resultView";

	private static final String _SQL_COUNT_RESULTVIEW_WHERE =
		"SELECT COUNT(resultView) FROM ResultView resultView WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "resultView.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No ResultView exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No ResultView exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		ResultViewPersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}