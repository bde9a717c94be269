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
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import ru.opora.schools.exception.NoSuchSchoolContextException;
import ru.opora.schools.model.SchoolContext;
import ru.opora.schools.model.SchoolContextTable;
import ru.opora.schools.model.impl.SchoolContextImpl;
import ru.opora.schools.model.impl.SchoolContextModelImpl;
import ru.opora.schools.service.persistence.SchoolContextPersistence;
import ru.opora.schools.service.persistence.SchoolContextUtil;
import ru.opora.schools.service.persistence.impl.constants.OporaPersistenceConstants;

/**
 * The persistence implementation for the school context service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @generated
 */
@Component(service = SchoolContextPersistence.class)
public class SchoolContextPersistenceImpl
	extends BasePersistenceImpl<SchoolContext>
	implements SchoolContextPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>SchoolContextUtil</code> to access the school context persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		SchoolContextImpl.class.getName();

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
	 * Returns all the school contexts where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the matching school contexts
	 */
	@Override
	public List<SchoolContext> findBySchoolId(long schoolId) {
		return findBySchoolId(
			schoolId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the school contexts where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolContextModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of school contexts
	 * @param end the upper bound of the range of school contexts (not inclusive)
	 * @return the range of matching school contexts
	 */
	@Override
	public List<SchoolContext> findBySchoolId(
		long schoolId, int start, int end) {

		return findBySchoolId(schoolId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the school contexts where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolContextModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of school contexts
	 * @param end the upper bound of the range of school contexts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching school contexts
	 */
	@Override
	public List<SchoolContext> findBySchoolId(
		long schoolId, int start, int end,
		OrderByComparator<SchoolContext> orderByComparator) {

		return findBySchoolId(schoolId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the school contexts where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolContextModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of school contexts
	 * @param end the upper bound of the range of school contexts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching school contexts
	 */
	@Override
	public List<SchoolContext> findBySchoolId(
		long schoolId, int start, int end,
		OrderByComparator<SchoolContext> orderByComparator,
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

		List<SchoolContext> list = null;

		if (useFinderCache) {
			list = (List<SchoolContext>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (SchoolContext schoolContext : list) {
					if (schoolId != schoolContext.getSchoolId()) {
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

			sb.append(_SQL_SELECT_SCHOOLCONTEXT_WHERE);

			sb.append(_FINDER_COLUMN_SCHOOLID_SCHOOLID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(SchoolContextModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(schoolId);

				list = (List<SchoolContext>)QueryUtil.list(
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
	 * Returns the first school context in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school context
	 * @throws NoSuchSchoolContextException if a matching school context could not be found
	 */
	@Override
	public SchoolContext findBySchoolId_First(
			long schoolId, OrderByComparator<SchoolContext> orderByComparator)
		throws NoSuchSchoolContextException {

		SchoolContext schoolContext = fetchBySchoolId_First(
			schoolId, orderByComparator);

		if (schoolContext != null) {
			return schoolContext;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("schoolId=");
		sb.append(schoolId);

		sb.append("}");

		throw new NoSuchSchoolContextException(sb.toString());
	}

	/**
	 * Returns the first school context in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school context, or <code>null</code> if a matching school context could not be found
	 */
	@Override
	public SchoolContext fetchBySchoolId_First(
		long schoolId, OrderByComparator<SchoolContext> orderByComparator) {

		List<SchoolContext> list = findBySchoolId(
			schoolId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last school context in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school context
	 * @throws NoSuchSchoolContextException if a matching school context could not be found
	 */
	@Override
	public SchoolContext findBySchoolId_Last(
			long schoolId, OrderByComparator<SchoolContext> orderByComparator)
		throws NoSuchSchoolContextException {

		SchoolContext schoolContext = fetchBySchoolId_Last(
			schoolId, orderByComparator);

		if (schoolContext != null) {
			return schoolContext;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("schoolId=");
		sb.append(schoolId);

		sb.append("}");

		throw new NoSuchSchoolContextException(sb.toString());
	}

	/**
	 * Returns the last school context in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school context, or <code>null</code> if a matching school context could not be found
	 */
	@Override
	public SchoolContext fetchBySchoolId_Last(
		long schoolId, OrderByComparator<SchoolContext> orderByComparator) {

		int count = countBySchoolId(schoolId);

		if (count == 0) {
			return null;
		}

		List<SchoolContext> list = findBySchoolId(
			schoolId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the school contexts before and after the current school context in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolContextId the primary key of the current school context
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next school context
	 * @throws NoSuchSchoolContextException if a school context with the primary key could not be found
	 */
	@Override
	public SchoolContext[] findBySchoolId_PrevAndNext(
			long schoolContextId, long schoolId,
			OrderByComparator<SchoolContext> orderByComparator)
		throws NoSuchSchoolContextException {

		SchoolContext schoolContext = findByPrimaryKey(schoolContextId);

		Session session = null;

		try {
			session = openSession();

			SchoolContext[] array = new SchoolContextImpl[3];

			array[0] = getBySchoolId_PrevAndNext(
				session, schoolContext, schoolId, orderByComparator, true);

			array[1] = schoolContext;

			array[2] = getBySchoolId_PrevAndNext(
				session, schoolContext, schoolId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected SchoolContext getBySchoolId_PrevAndNext(
		Session session, SchoolContext schoolContext, long schoolId,
		OrderByComparator<SchoolContext> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_SCHOOLCONTEXT_WHERE);

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
			sb.append(SchoolContextModelImpl.ORDER_BY_JPQL);
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
						schoolContext)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<SchoolContext> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the school contexts where schoolId = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 */
	@Override
	public void removeBySchoolId(long schoolId) {
		for (SchoolContext schoolContext :
				findBySchoolId(
					schoolId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(schoolContext);
		}
	}

	/**
	 * Returns the number of school contexts where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the number of matching school contexts
	 */
	@Override
	public int countBySchoolId(long schoolId) {
		FinderPath finderPath = _finderPathCountBySchoolId;

		Object[] finderArgs = new Object[] {schoolId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_SCHOOLCONTEXT_WHERE);

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
		"schoolContext.schoolId = ?";

	private FinderPath _finderPathFetchByS_CY;

	/**
	 * Returns the school context where schoolId = &#63; and contextYear = &#63; or throws a <code>NoSuchSchoolContextException</code> if it could not be found.
	 *
	 * @param schoolId the school ID
	 * @param contextYear the context year
	 * @return the matching school context
	 * @throws NoSuchSchoolContextException if a matching school context could not be found
	 */
	@Override
	public SchoolContext findByS_CY(long schoolId, int contextYear)
		throws NoSuchSchoolContextException {

		SchoolContext schoolContext = fetchByS_CY(schoolId, contextYear);

		if (schoolContext == null) {
			StringBundler sb = new StringBundler(6);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("schoolId=");
			sb.append(schoolId);

			sb.append(", contextYear=");
			sb.append(contextYear);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchSchoolContextException(sb.toString());
		}

		return schoolContext;
	}

	/**
	 * Returns the school context where schoolId = &#63; and contextYear = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param schoolId the school ID
	 * @param contextYear the context year
	 * @return the matching school context, or <code>null</code> if a matching school context could not be found
	 */
	@Override
	public SchoolContext fetchByS_CY(long schoolId, int contextYear) {
		return fetchByS_CY(schoolId, contextYear, true);
	}

	/**
	 * Returns the school context where schoolId = &#63; and contextYear = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param schoolId the school ID
	 * @param contextYear the context year
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching school context, or <code>null</code> if a matching school context could not be found
	 */
	@Override
	public SchoolContext fetchByS_CY(
		long schoolId, int contextYear, boolean useFinderCache) {

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {schoolId, contextYear};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByS_CY, finderArgs, this);
		}

		if (result instanceof SchoolContext) {
			SchoolContext schoolContext = (SchoolContext)result;

			if ((schoolId != schoolContext.getSchoolId()) ||
				(contextYear != schoolContext.getContextYear())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_SCHOOLCONTEXT_WHERE);

			sb.append(_FINDER_COLUMN_S_CY_SCHOOLID_2);

			sb.append(_FINDER_COLUMN_S_CY_CONTEXTYEAR_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(schoolId);

				queryPos.add(contextYear);

				List<SchoolContext> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByS_CY, finderArgs, list);
					}
				}
				else {
					SchoolContext schoolContext = list.get(0);

					result = schoolContext;

					cacheResult(schoolContext);
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
			return (SchoolContext)result;
		}
	}

	/**
	 * Removes the school context where schoolId = &#63; and contextYear = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 * @param contextYear the context year
	 * @return the school context that was removed
	 */
	@Override
	public SchoolContext removeByS_CY(long schoolId, int contextYear)
		throws NoSuchSchoolContextException {

		SchoolContext schoolContext = findByS_CY(schoolId, contextYear);

		return remove(schoolContext);
	}

	/**
	 * Returns the number of school contexts where schoolId = &#63; and contextYear = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param contextYear the context year
	 * @return the number of matching school contexts
	 */
	@Override
	public int countByS_CY(long schoolId, int contextYear) {
		SchoolContext schoolContext = fetchByS_CY(schoolId, contextYear);

		if (schoolContext == null) {
			return 0;
		}

		return 1;
	}

	private static final String _FINDER_COLUMN_S_CY_SCHOOLID_2 =
		"schoolContext.schoolId = ? AND ";

	private static final String _FINDER_COLUMN_S_CY_CONTEXTYEAR_2 =
		"schoolContext.contextYear = ?";

	public SchoolContextPersistenceImpl() {
		setModelClass(SchoolContext.class);

		setModelImplClass(SchoolContextImpl.class);
		setModelPKClass(long.class);

		setTable(SchoolContextTable.INSTANCE);
	}

	/**
	 * Caches the school context in the entity cache if it is enabled.
	 *
	 * @param schoolContext the school context
	 */
	@Override
	public void cacheResult(SchoolContext schoolContext) {
		entityCache.putResult(
			SchoolContextImpl.class, schoolContext.getPrimaryKey(),
			schoolContext);

		finderCache.putResult(
			_finderPathFetchByS_CY,
			new Object[] {
				schoolContext.getSchoolId(), schoolContext.getContextYear()
			},
			schoolContext);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the school contexts in the entity cache if it is enabled.
	 *
	 * @param schoolContexts the school contexts
	 */
	@Override
	public void cacheResult(List<SchoolContext> schoolContexts) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (schoolContexts.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (SchoolContext schoolContext : schoolContexts) {
			if (entityCache.getResult(
					SchoolContextImpl.class, schoolContext.getPrimaryKey()) ==
						null) {

				cacheResult(schoolContext);
			}
		}
	}

	/**
	 * Clears the cache for all school contexts.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(SchoolContextImpl.class);

		finderCache.clearCache(SchoolContextImpl.class);
	}

	/**
	 * Clears the cache for the school context.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(SchoolContext schoolContext) {
		entityCache.removeResult(SchoolContextImpl.class, schoolContext);
	}

	@Override
	public void clearCache(List<SchoolContext> schoolContexts) {
		for (SchoolContext schoolContext : schoolContexts) {
			entityCache.removeResult(SchoolContextImpl.class, schoolContext);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(SchoolContextImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(SchoolContextImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		SchoolContextModelImpl schoolContextModelImpl) {

		Object[] args = new Object[] {
			schoolContextModelImpl.getSchoolId(),
			schoolContextModelImpl.getContextYear()
		};

		finderCache.putResult(
			_finderPathFetchByS_CY, args, schoolContextModelImpl);
	}

	/**
	 * Creates a new school context with the primary key. Does not add the school context to the database.
	 *
	 * @param schoolContextId the primary key for the new school context
	 * @return the new school context
	 */
	@Override
	public SchoolContext create(long schoolContextId) {
		SchoolContext schoolContext = new SchoolContextImpl();

		schoolContext.setNew(true);
		schoolContext.setPrimaryKey(schoolContextId);

		schoolContext.setCompanyId(CompanyThreadLocal.getCompanyId());

		return schoolContext;
	}

	/**
	 * Removes the school context with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param schoolContextId the primary key of the school context
	 * @return the school context that was removed
	 * @throws NoSuchSchoolContextException if a school context with the primary key could not be found
	 */
	@Override
	public SchoolContext remove(long schoolContextId)
		throws NoSuchSchoolContextException {

		return remove((Serializable)schoolContextId);
	}

	/**
	 * Removes the school context with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the school context
	 * @return the school context that was removed
	 * @throws NoSuchSchoolContextException if a school context with the primary key could not be found
	 */
	@Override
	public SchoolContext remove(Serializable primaryKey)
		throws NoSuchSchoolContextException {

		Session session = null;

		try {
			session = openSession();

			SchoolContext schoolContext = (SchoolContext)session.get(
				SchoolContextImpl.class, primaryKey);

			if (schoolContext == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchSchoolContextException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(schoolContext);
		}
		catch (NoSuchSchoolContextException noSuchEntityException) {
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
	protected SchoolContext removeImpl(SchoolContext schoolContext) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(schoolContext)) {
				schoolContext = (SchoolContext)session.get(
					SchoolContextImpl.class, schoolContext.getPrimaryKeyObj());
			}

			if (schoolContext != null) {
				session.delete(schoolContext);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (schoolContext != null) {
			clearCache(schoolContext);
		}

		return schoolContext;
	}

	@Override
	public SchoolContext updateImpl(SchoolContext schoolContext) {
		boolean isNew = schoolContext.isNew();

		if (!(schoolContext instanceof SchoolContextModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(schoolContext.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					schoolContext);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in schoolContext proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom SchoolContext implementation " +
					schoolContext.getClass());
		}

		SchoolContextModelImpl schoolContextModelImpl =
			(SchoolContextModelImpl)schoolContext;

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (schoolContext.getCreateDate() == null)) {
			if (serviceContext == null) {
				schoolContext.setCreateDate(date);
			}
			else {
				schoolContext.setCreateDate(serviceContext.getCreateDate(date));
			}
		}

		if (!schoolContextModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				schoolContext.setModifiedDate(date);
			}
			else {
				schoolContext.setModifiedDate(
					serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(schoolContext);
			}
			else {
				schoolContext = (SchoolContext)session.merge(schoolContext);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			SchoolContextImpl.class, schoolContextModelImpl, false, true);

		cacheUniqueFindersCache(schoolContextModelImpl);

		if (isNew) {
			schoolContext.setNew(false);
		}

		schoolContext.resetOriginalValues();

		return schoolContext;
	}

	/**
	 * Returns the school context with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the school context
	 * @return the school context
	 * @throws NoSuchSchoolContextException if a school context with the primary key could not be found
	 */
	@Override
	public SchoolContext findByPrimaryKey(Serializable primaryKey)
		throws NoSuchSchoolContextException {

		SchoolContext schoolContext = fetchByPrimaryKey(primaryKey);

		if (schoolContext == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchSchoolContextException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return schoolContext;
	}

	/**
	 * Returns the school context with the primary key or throws a <code>NoSuchSchoolContextException</code> if it could not be found.
	 *
	 * @param schoolContextId the primary key of the school context
	 * @return the school context
	 * @throws NoSuchSchoolContextException if a school context with the primary key could not be found
	 */
	@Override
	public SchoolContext findByPrimaryKey(long schoolContextId)
		throws NoSuchSchoolContextException {

		return findByPrimaryKey((Serializable)schoolContextId);
	}

	/**
	 * Returns the school context with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param schoolContextId the primary key of the school context
	 * @return the school context, or <code>null</code> if a school context with the primary key could not be found
	 */
	@Override
	public SchoolContext fetchByPrimaryKey(long schoolContextId) {
		return fetchByPrimaryKey((Serializable)schoolContextId);
	}

	/**
	 * Returns all the school contexts.
	 *
	 * @return the school contexts
	 */
	@Override
	public List<SchoolContext> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the school contexts.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolContextModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of school contexts
	 * @param end the upper bound of the range of school contexts (not inclusive)
	 * @return the range of school contexts
	 */
	@Override
	public List<SchoolContext> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the school contexts.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolContextModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of school contexts
	 * @param end the upper bound of the range of school contexts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of school contexts
	 */
	@Override
	public List<SchoolContext> findAll(
		int start, int end,
		OrderByComparator<SchoolContext> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the school contexts.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolContextModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of school contexts
	 * @param end the upper bound of the range of school contexts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of school contexts
	 */
	@Override
	public List<SchoolContext> findAll(
		int start, int end, OrderByComparator<SchoolContext> orderByComparator,
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

		List<SchoolContext> list = null;

		if (useFinderCache) {
			list = (List<SchoolContext>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_SCHOOLCONTEXT);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_SCHOOLCONTEXT;

				sql = sql.concat(SchoolContextModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<SchoolContext>)QueryUtil.list(
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
	 * Removes all the school contexts from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (SchoolContext schoolContext : findAll()) {
			remove(schoolContext);
		}
	}

	/**
	 * Returns the number of school contexts.
	 *
	 * @return the number of school contexts
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_SCHOOLCONTEXT);

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
		return "schoolContextId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_SCHOOLCONTEXT;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return SchoolContextModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the school context persistence.
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

		_finderPathFetchByS_CY = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByS_CY",
			new String[] {Long.class.getName(), Integer.class.getName()},
			new String[] {"schoolId", "contextYear"}, true);

		SchoolContextUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		SchoolContextUtil.setPersistence(null);

		entityCache.removeCache(SchoolContextImpl.class.getName());
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

	private static final String _SQL_SELECT_SCHOOLCONTEXT =
		"SELECT schoolContext FROM SchoolContext schoolContext";

	private static final String _SQL_SELECT_SCHOOLCONTEXT_WHERE =
		"SELECT schoolContext FROM SchoolContext schoolContext WHERE ";

	private static final String _SQL_COUNT_SCHOOLCONTEXT =
		"SELECT COUNT(schoolContext) FROM SchoolContext schoolContext";

	private static final String _SQL_COUNT_SCHOOLCONTEXT_WHERE =
		"SELECT COUNT(schoolContext) FROM SchoolContext schoolContext WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "schoolContext.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No SchoolContext exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No SchoolContext exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		SchoolContextPersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}