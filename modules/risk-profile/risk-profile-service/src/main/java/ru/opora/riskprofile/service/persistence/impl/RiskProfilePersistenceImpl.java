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

import ru.opora.riskprofile.exception.NoSuchRiskProfileException;
import ru.opora.riskprofile.model.RiskProfile;
import ru.opora.riskprofile.model.RiskProfileTable;
import ru.opora.riskprofile.model.impl.RiskProfileImpl;
import ru.opora.riskprofile.model.impl.RiskProfileModelImpl;
import ru.opora.riskprofile.service.persistence.RiskProfilePersistence;
import ru.opora.riskprofile.service.persistence.RiskProfileUtil;
import ru.opora.riskprofile.service.persistence.impl.constants.OporaRpPersistenceConstants;

/**
 * The persistence implementation for the risk profile service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @generated
 */
@Component(service = RiskProfilePersistence.class)
public class RiskProfilePersistenceImpl
	extends BasePersistenceImpl<RiskProfile> implements RiskProfilePersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>RiskProfileUtil</code> to access the risk profile persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		RiskProfileImpl.class.getName();

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
	 * Returns all the risk profiles where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching risk profiles
	 */
	@Override
	public List<RiskProfile> findByGroupId(long groupId) {
		return findByGroupId(
			groupId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the risk profiles where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of risk profiles
	 * @param end the upper bound of the range of risk profiles (not inclusive)
	 * @return the range of matching risk profiles
	 */
	@Override
	public List<RiskProfile> findByGroupId(long groupId, int start, int end) {
		return findByGroupId(groupId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the risk profiles where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of risk profiles
	 * @param end the upper bound of the range of risk profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk profiles
	 */
	@Override
	public List<RiskProfile> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<RiskProfile> orderByComparator) {

		return findByGroupId(groupId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the risk profiles where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of risk profiles
	 * @param end the upper bound of the range of risk profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching risk profiles
	 */
	@Override
	public List<RiskProfile> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<RiskProfile> orderByComparator,
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

		List<RiskProfile> list = null;

		if (useFinderCache) {
			list = (List<RiskProfile>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (RiskProfile riskProfile : list) {
					if (groupId != riskProfile.getGroupId()) {
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

			sb.append(_SQL_SELECT_RISKPROFILE_WHERE);

			sb.append(_FINDER_COLUMN_GROUPID_GROUPID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(RiskProfileModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

				list = (List<RiskProfile>)QueryUtil.list(
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
	 * Returns the first risk profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk profile
	 * @throws NoSuchRiskProfileException if a matching risk profile could not be found
	 */
	@Override
	public RiskProfile findByGroupId_First(
			long groupId, OrderByComparator<RiskProfile> orderByComparator)
		throws NoSuchRiskProfileException {

		RiskProfile riskProfile = fetchByGroupId_First(
			groupId, orderByComparator);

		if (riskProfile != null) {
			return riskProfile;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append("}");

		throw new NoSuchRiskProfileException(sb.toString());
	}

	/**
	 * Returns the first risk profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk profile, or <code>null</code> if a matching risk profile could not be found
	 */
	@Override
	public RiskProfile fetchByGroupId_First(
		long groupId, OrderByComparator<RiskProfile> orderByComparator) {

		List<RiskProfile> list = findByGroupId(
			groupId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last risk profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk profile
	 * @throws NoSuchRiskProfileException if a matching risk profile could not be found
	 */
	@Override
	public RiskProfile findByGroupId_Last(
			long groupId, OrderByComparator<RiskProfile> orderByComparator)
		throws NoSuchRiskProfileException {

		RiskProfile riskProfile = fetchByGroupId_Last(
			groupId, orderByComparator);

		if (riskProfile != null) {
			return riskProfile;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append("}");

		throw new NoSuchRiskProfileException(sb.toString());
	}

	/**
	 * Returns the last risk profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk profile, or <code>null</code> if a matching risk profile could not be found
	 */
	@Override
	public RiskProfile fetchByGroupId_Last(
		long groupId, OrderByComparator<RiskProfile> orderByComparator) {

		int count = countByGroupId(groupId);

		if (count == 0) {
			return null;
		}

		List<RiskProfile> list = findByGroupId(
			groupId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the risk profiles before and after the current risk profile in the ordered set where groupId = &#63;.
	 *
	 * @param riskProfileId the primary key of the current risk profile
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk profile
	 * @throws NoSuchRiskProfileException if a risk profile with the primary key could not be found
	 */
	@Override
	public RiskProfile[] findByGroupId_PrevAndNext(
			long riskProfileId, long groupId,
			OrderByComparator<RiskProfile> orderByComparator)
		throws NoSuchRiskProfileException {

		RiskProfile riskProfile = findByPrimaryKey(riskProfileId);

		Session session = null;

		try {
			session = openSession();

			RiskProfile[] array = new RiskProfileImpl[3];

			array[0] = getByGroupId_PrevAndNext(
				session, riskProfile, groupId, orderByComparator, true);

			array[1] = riskProfile;

			array[2] = getByGroupId_PrevAndNext(
				session, riskProfile, groupId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected RiskProfile getByGroupId_PrevAndNext(
		Session session, RiskProfile riskProfile, long groupId,
		OrderByComparator<RiskProfile> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_RISKPROFILE_WHERE);

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
			sb.append(RiskProfileModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(groupId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(riskProfile)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<RiskProfile> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the risk profiles where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	@Override
	public void removeByGroupId(long groupId) {
		for (RiskProfile riskProfile :
				findByGroupId(
					groupId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(riskProfile);
		}
	}

	/**
	 * Returns the number of risk profiles where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching risk profiles
	 */
	@Override
	public int countByGroupId(long groupId) {
		FinderPath finderPath = _finderPathCountByGroupId;

		Object[] finderArgs = new Object[] {groupId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_RISKPROFILE_WHERE);

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
		"riskProfile.groupId = ?";

	private FinderPath _finderPathWithPaginationFindBySchoolId;
	private FinderPath _finderPathWithoutPaginationFindBySchoolId;
	private FinderPath _finderPathCountBySchoolId;

	/**
	 * Returns all the risk profiles where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the matching risk profiles
	 */
	@Override
	public List<RiskProfile> findBySchoolId(long schoolId) {
		return findBySchoolId(
			schoolId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the risk profiles where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskProfileModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of risk profiles
	 * @param end the upper bound of the range of risk profiles (not inclusive)
	 * @return the range of matching risk profiles
	 */
	@Override
	public List<RiskProfile> findBySchoolId(long schoolId, int start, int end) {
		return findBySchoolId(schoolId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the risk profiles where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskProfileModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of risk profiles
	 * @param end the upper bound of the range of risk profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk profiles
	 */
	@Override
	public List<RiskProfile> findBySchoolId(
		long schoolId, int start, int end,
		OrderByComparator<RiskProfile> orderByComparator) {

		return findBySchoolId(schoolId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the risk profiles where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskProfileModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of risk profiles
	 * @param end the upper bound of the range of risk profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching risk profiles
	 */
	@Override
	public List<RiskProfile> findBySchoolId(
		long schoolId, int start, int end,
		OrderByComparator<RiskProfile> orderByComparator,
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

		List<RiskProfile> list = null;

		if (useFinderCache) {
			list = (List<RiskProfile>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (RiskProfile riskProfile : list) {
					if (schoolId != riskProfile.getSchoolId()) {
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

			sb.append(_SQL_SELECT_RISKPROFILE_WHERE);

			sb.append(_FINDER_COLUMN_SCHOOLID_SCHOOLID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(RiskProfileModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(schoolId);

				list = (List<RiskProfile>)QueryUtil.list(
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
	 * Returns the first risk profile in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk profile
	 * @throws NoSuchRiskProfileException if a matching risk profile could not be found
	 */
	@Override
	public RiskProfile findBySchoolId_First(
			long schoolId, OrderByComparator<RiskProfile> orderByComparator)
		throws NoSuchRiskProfileException {

		RiskProfile riskProfile = fetchBySchoolId_First(
			schoolId, orderByComparator);

		if (riskProfile != null) {
			return riskProfile;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("schoolId=");
		sb.append(schoolId);

		sb.append("}");

		throw new NoSuchRiskProfileException(sb.toString());
	}

	/**
	 * Returns the first risk profile in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk profile, or <code>null</code> if a matching risk profile could not be found
	 */
	@Override
	public RiskProfile fetchBySchoolId_First(
		long schoolId, OrderByComparator<RiskProfile> orderByComparator) {

		List<RiskProfile> list = findBySchoolId(
			schoolId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last risk profile in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk profile
	 * @throws NoSuchRiskProfileException if a matching risk profile could not be found
	 */
	@Override
	public RiskProfile findBySchoolId_Last(
			long schoolId, OrderByComparator<RiskProfile> orderByComparator)
		throws NoSuchRiskProfileException {

		RiskProfile riskProfile = fetchBySchoolId_Last(
			schoolId, orderByComparator);

		if (riskProfile != null) {
			return riskProfile;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("schoolId=");
		sb.append(schoolId);

		sb.append("}");

		throw new NoSuchRiskProfileException(sb.toString());
	}

	/**
	 * Returns the last risk profile in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk profile, or <code>null</code> if a matching risk profile could not be found
	 */
	@Override
	public RiskProfile fetchBySchoolId_Last(
		long schoolId, OrderByComparator<RiskProfile> orderByComparator) {

		int count = countBySchoolId(schoolId);

		if (count == 0) {
			return null;
		}

		List<RiskProfile> list = findBySchoolId(
			schoolId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the risk profiles before and after the current risk profile in the ordered set where schoolId = &#63;.
	 *
	 * @param riskProfileId the primary key of the current risk profile
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk profile
	 * @throws NoSuchRiskProfileException if a risk profile with the primary key could not be found
	 */
	@Override
	public RiskProfile[] findBySchoolId_PrevAndNext(
			long riskProfileId, long schoolId,
			OrderByComparator<RiskProfile> orderByComparator)
		throws NoSuchRiskProfileException {

		RiskProfile riskProfile = findByPrimaryKey(riskProfileId);

		Session session = null;

		try {
			session = openSession();

			RiskProfile[] array = new RiskProfileImpl[3];

			array[0] = getBySchoolId_PrevAndNext(
				session, riskProfile, schoolId, orderByComparator, true);

			array[1] = riskProfile;

			array[2] = getBySchoolId_PrevAndNext(
				session, riskProfile, schoolId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected RiskProfile getBySchoolId_PrevAndNext(
		Session session, RiskProfile riskProfile, long schoolId,
		OrderByComparator<RiskProfile> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_RISKPROFILE_WHERE);

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
			sb.append(RiskProfileModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(schoolId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(riskProfile)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<RiskProfile> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the risk profiles where schoolId = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 */
	@Override
	public void removeBySchoolId(long schoolId) {
		for (RiskProfile riskProfile :
				findBySchoolId(
					schoolId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(riskProfile);
		}
	}

	/**
	 * Returns the number of risk profiles where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the number of matching risk profiles
	 */
	@Override
	public int countBySchoolId(long schoolId) {
		FinderPath finderPath = _finderPathCountBySchoolId;

		Object[] finderArgs = new Object[] {schoolId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_RISKPROFILE_WHERE);

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
		"riskProfile.schoolId = ?";

	private FinderPath _finderPathFetchByS_Y;

	/**
	 * Returns the risk profile where schoolId = &#63; and year = &#63; or throws a <code>NoSuchRiskProfileException</code> if it could not be found.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @return the matching risk profile
	 * @throws NoSuchRiskProfileException if a matching risk profile could not be found
	 */
	@Override
	public RiskProfile findByS_Y(long schoolId, int year)
		throws NoSuchRiskProfileException {

		RiskProfile riskProfile = fetchByS_Y(schoolId, year);

		if (riskProfile == null) {
			StringBundler sb = new StringBundler(6);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("schoolId=");
			sb.append(schoolId);

			sb.append(", year=");
			sb.append(year);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchRiskProfileException(sb.toString());
		}

		return riskProfile;
	}

	/**
	 * Returns the risk profile where schoolId = &#63; and year = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @return the matching risk profile, or <code>null</code> if a matching risk profile could not be found
	 */
	@Override
	public RiskProfile fetchByS_Y(long schoolId, int year) {
		return fetchByS_Y(schoolId, year, true);
	}

	/**
	 * Returns the risk profile where schoolId = &#63; and year = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching risk profile, or <code>null</code> if a matching risk profile could not be found
	 */
	@Override
	public RiskProfile fetchByS_Y(
		long schoolId, int year, boolean useFinderCache) {

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {schoolId, year};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByS_Y, finderArgs, this);
		}

		if (result instanceof RiskProfile) {
			RiskProfile riskProfile = (RiskProfile)result;

			if ((schoolId != riskProfile.getSchoolId()) ||
				(year != riskProfile.getYear())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_RISKPROFILE_WHERE);

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

				List<RiskProfile> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByS_Y, finderArgs, list);
					}
				}
				else {
					RiskProfile riskProfile = list.get(0);

					result = riskProfile;

					cacheResult(riskProfile);
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
			return (RiskProfile)result;
		}
	}

	/**
	 * Removes the risk profile where schoolId = &#63; and year = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @return the risk profile that was removed
	 */
	@Override
	public RiskProfile removeByS_Y(long schoolId, int year)
		throws NoSuchRiskProfileException {

		RiskProfile riskProfile = findByS_Y(schoolId, year);

		return remove(riskProfile);
	}

	/**
	 * Returns the number of risk profiles where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @return the number of matching risk profiles
	 */
	@Override
	public int countByS_Y(long schoolId, int year) {
		RiskProfile riskProfile = fetchByS_Y(schoolId, year);

		if (riskProfile == null) {
			return 0;
		}

		return 1;
	}

	private static final String _FINDER_COLUMN_S_Y_SCHOOLID_2 =
		"riskProfile.schoolId = ? AND ";

	private static final String _FINDER_COLUMN_S_Y_YEAR_2 =
		"riskProfile.year = ?";

	public RiskProfilePersistenceImpl() {
		setModelClass(RiskProfile.class);

		setModelImplClass(RiskProfileImpl.class);
		setModelPKClass(long.class);

		setTable(RiskProfileTable.INSTANCE);
	}

	/**
	 * Caches the risk profile in the entity cache if it is enabled.
	 *
	 * @param riskProfile the risk profile
	 */
	@Override
	public void cacheResult(RiskProfile riskProfile) {
		entityCache.putResult(
			RiskProfileImpl.class, riskProfile.getPrimaryKey(), riskProfile);

		finderCache.putResult(
			_finderPathFetchByS_Y,
			new Object[] {riskProfile.getSchoolId(), riskProfile.getYear()},
			riskProfile);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the risk profiles in the entity cache if it is enabled.
	 *
	 * @param riskProfiles the risk profiles
	 */
	@Override
	public void cacheResult(List<RiskProfile> riskProfiles) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (riskProfiles.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (RiskProfile riskProfile : riskProfiles) {
			if (entityCache.getResult(
					RiskProfileImpl.class, riskProfile.getPrimaryKey()) ==
						null) {

				cacheResult(riskProfile);
			}
		}
	}

	/**
	 * Clears the cache for all risk profiles.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(RiskProfileImpl.class);

		finderCache.clearCache(RiskProfileImpl.class);
	}

	/**
	 * Clears the cache for the risk profile.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(RiskProfile riskProfile) {
		entityCache.removeResult(RiskProfileImpl.class, riskProfile);
	}

	@Override
	public void clearCache(List<RiskProfile> riskProfiles) {
		for (RiskProfile riskProfile : riskProfiles) {
			entityCache.removeResult(RiskProfileImpl.class, riskProfile);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(RiskProfileImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(RiskProfileImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		RiskProfileModelImpl riskProfileModelImpl) {

		Object[] args = new Object[] {
			riskProfileModelImpl.getSchoolId(), riskProfileModelImpl.getYear()
		};

		finderCache.putResult(
			_finderPathFetchByS_Y, args, riskProfileModelImpl);
	}

	/**
	 * Creates a new risk profile with the primary key. Does not add the risk profile to the database.
	 *
	 * @param riskProfileId the primary key for the new risk profile
	 * @return the new risk profile
	 */
	@Override
	public RiskProfile create(long riskProfileId) {
		RiskProfile riskProfile = new RiskProfileImpl();

		riskProfile.setNew(true);
		riskProfile.setPrimaryKey(riskProfileId);

		riskProfile.setCompanyId(CompanyThreadLocal.getCompanyId());

		return riskProfile;
	}

	/**
	 * Removes the risk profile with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param riskProfileId the primary key of the risk profile
	 * @return the risk profile that was removed
	 * @throws NoSuchRiskProfileException if a risk profile with the primary key could not be found
	 */
	@Override
	public RiskProfile remove(long riskProfileId)
		throws NoSuchRiskProfileException {

		return remove((Serializable)riskProfileId);
	}

	/**
	 * Removes the risk profile with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the risk profile
	 * @return the risk profile that was removed
	 * @throws NoSuchRiskProfileException if a risk profile with the primary key could not be found
	 */
	@Override
	public RiskProfile remove(Serializable primaryKey)
		throws NoSuchRiskProfileException {

		Session session = null;

		try {
			session = openSession();

			RiskProfile riskProfile = (RiskProfile)session.get(
				RiskProfileImpl.class, primaryKey);

			if (riskProfile == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchRiskProfileException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(riskProfile);
		}
		catch (NoSuchRiskProfileException noSuchEntityException) {
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
	protected RiskProfile removeImpl(RiskProfile riskProfile) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(riskProfile)) {
				riskProfile = (RiskProfile)session.get(
					RiskProfileImpl.class, riskProfile.getPrimaryKeyObj());
			}

			if (riskProfile != null) {
				session.delete(riskProfile);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (riskProfile != null) {
			clearCache(riskProfile);
		}

		return riskProfile;
	}

	@Override
	public RiskProfile updateImpl(RiskProfile riskProfile) {
		boolean isNew = riskProfile.isNew();

		if (!(riskProfile instanceof RiskProfileModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(riskProfile.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(riskProfile);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in riskProfile proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom RiskProfile implementation " +
					riskProfile.getClass());
		}

		RiskProfileModelImpl riskProfileModelImpl =
			(RiskProfileModelImpl)riskProfile;

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (riskProfile.getCreateDate() == null)) {
			if (serviceContext == null) {
				riskProfile.setCreateDate(date);
			}
			else {
				riskProfile.setCreateDate(serviceContext.getCreateDate(date));
			}
		}

		if (!riskProfileModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				riskProfile.setModifiedDate(date);
			}
			else {
				riskProfile.setModifiedDate(
					serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(riskProfile);
			}
			else {
				riskProfile = (RiskProfile)session.merge(riskProfile);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			RiskProfileImpl.class, riskProfileModelImpl, false, true);

		cacheUniqueFindersCache(riskProfileModelImpl);

		if (isNew) {
			riskProfile.setNew(false);
		}

		riskProfile.resetOriginalValues();

		return riskProfile;
	}

	/**
	 * Returns the risk profile with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the risk profile
	 * @return the risk profile
	 * @throws NoSuchRiskProfileException if a risk profile with the primary key could not be found
	 */
	@Override
	public RiskProfile findByPrimaryKey(Serializable primaryKey)
		throws NoSuchRiskProfileException {

		RiskProfile riskProfile = fetchByPrimaryKey(primaryKey);

		if (riskProfile == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchRiskProfileException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return riskProfile;
	}

	/**
	 * Returns the risk profile with the primary key or throws a <code>NoSuchRiskProfileException</code> if it could not be found.
	 *
	 * @param riskProfileId the primary key of the risk profile
	 * @return the risk profile
	 * @throws NoSuchRiskProfileException if a risk profile with the primary key could not be found
	 */
	@Override
	public RiskProfile findByPrimaryKey(long riskProfileId)
		throws NoSuchRiskProfileException {

		return findByPrimaryKey((Serializable)riskProfileId);
	}

	/**
	 * Returns the risk profile with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param riskProfileId the primary key of the risk profile
	 * @return the risk profile, or <code>null</code> if a risk profile with the primary key could not be found
	 */
	@Override
	public RiskProfile fetchByPrimaryKey(long riskProfileId) {
		return fetchByPrimaryKey((Serializable)riskProfileId);
	}

	/**
	 * Returns all the risk profiles.
	 *
	 * @return the risk profiles
	 */
	@Override
	public List<RiskProfile> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the risk profiles.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskProfileModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk profiles
	 * @param end the upper bound of the range of risk profiles (not inclusive)
	 * @return the range of risk profiles
	 */
	@Override
	public List<RiskProfile> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the risk profiles.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskProfileModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk profiles
	 * @param end the upper bound of the range of risk profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of risk profiles
	 */
	@Override
	public List<RiskProfile> findAll(
		int start, int end, OrderByComparator<RiskProfile> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the risk profiles.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskProfileModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk profiles
	 * @param end the upper bound of the range of risk profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of risk profiles
	 */
	@Override
	public List<RiskProfile> findAll(
		int start, int end, OrderByComparator<RiskProfile> orderByComparator,
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

		List<RiskProfile> list = null;

		if (useFinderCache) {
			list = (List<RiskProfile>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_RISKPROFILE);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_RISKPROFILE;

				sql = sql.concat(RiskProfileModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<RiskProfile>)QueryUtil.list(
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
	 * Removes all the risk profiles from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (RiskProfile riskProfile : findAll()) {
			remove(riskProfile);
		}
	}

	/**
	 * Returns the number of risk profiles.
	 *
	 * @return the number of risk profiles
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_RISKPROFILE);

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
		return "riskProfileId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_RISKPROFILE;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return RiskProfileModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the risk profile persistence.
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

		_finderPathFetchByS_Y = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByS_Y",
			new String[] {Long.class.getName(), Integer.class.getName()},
			new String[] {"schoolId", "year"}, true);

		RiskProfileUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		RiskProfileUtil.setPersistence(null);

		entityCache.removeCache(RiskProfileImpl.class.getName());
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

	private static final String _SQL_SELECT_RISKPROFILE =
		"SELECT riskProfile FROM RiskProfile riskProfile";

	private static final String _SQL_SELECT_RISKPROFILE_WHERE =
		"SELECT riskProfile FROM RiskProfile riskProfile WHERE ";

	private static final String _SQL_COUNT_RISKPROFILE =
		"SELECT COUNT(riskProfile) FROM RiskProfile riskProfile";

	private static final String _SQL_COUNT_RISKPROFILE_WHERE =
		"SELECT COUNT(riskProfile) FROM RiskProfile riskProfile WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "riskProfile.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No RiskProfile exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No RiskProfile exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		RiskProfilePersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}