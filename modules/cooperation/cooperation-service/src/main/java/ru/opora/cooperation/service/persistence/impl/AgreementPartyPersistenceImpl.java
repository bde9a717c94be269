/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.service.persistence.impl;

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

import ru.opora.cooperation.exception.NoSuchAgreementPartyException;
import ru.opora.cooperation.model.AgreementParty;
import ru.opora.cooperation.model.AgreementPartyTable;
import ru.opora.cooperation.model.impl.AgreementPartyImpl;
import ru.opora.cooperation.model.impl.AgreementPartyModelImpl;
import ru.opora.cooperation.service.persistence.AgreementPartyPersistence;
import ru.opora.cooperation.service.persistence.AgreementPartyUtil;
import ru.opora.cooperation.service.persistence.impl.constants.OporaPersistenceConstants;

/**
 * The persistence implementation for the agreement party service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @generated
 */
@Component(service = AgreementPartyPersistence.class)
public class AgreementPartyPersistenceImpl
	extends BasePersistenceImpl<AgreementParty>
	implements AgreementPartyPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>AgreementPartyUtil</code> to access the agreement party persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		AgreementPartyImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathWithPaginationFindByAgreementId;
	private FinderPath _finderPathWithoutPaginationFindByAgreementId;
	private FinderPath _finderPathCountByAgreementId;

	/**
	 * Returns all the agreement parties where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @return the matching agreement parties
	 */
	@Override
	public List<AgreementParty> findByAgreementId(long agreementId) {
		return findByAgreementId(
			agreementId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the agreement parties where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @return the range of matching agreement parties
	 */
	@Override
	public List<AgreementParty> findByAgreementId(
		long agreementId, int start, int end) {

		return findByAgreementId(agreementId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the agreement parties where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching agreement parties
	 */
	@Override
	public List<AgreementParty> findByAgreementId(
		long agreementId, int start, int end,
		OrderByComparator<AgreementParty> orderByComparator) {

		return findByAgreementId(
			agreementId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the agreement parties where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching agreement parties
	 */
	@Override
	public List<AgreementParty> findByAgreementId(
		long agreementId, int start, int end,
		OrderByComparator<AgreementParty> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByAgreementId;
				finderArgs = new Object[] {agreementId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByAgreementId;
			finderArgs = new Object[] {
				agreementId, start, end, orderByComparator
			};
		}

		List<AgreementParty> list = null;

		if (useFinderCache) {
			list = (List<AgreementParty>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (AgreementParty agreementParty : list) {
					if (agreementId != agreementParty.getAgreementId()) {
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

			sb.append(_SQL_SELECT_AGREEMENTPARTY_WHERE);

			sb.append(_FINDER_COLUMN_AGREEMENTID_AGREEMENTID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(AgreementPartyModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(agreementId);

				list = (List<AgreementParty>)QueryUtil.list(
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
	 * Returns the first agreement party in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement party
	 * @throws NoSuchAgreementPartyException if a matching agreement party could not be found
	 */
	@Override
	public AgreementParty findByAgreementId_First(
			long agreementId,
			OrderByComparator<AgreementParty> orderByComparator)
		throws NoSuchAgreementPartyException {

		AgreementParty agreementParty = fetchByAgreementId_First(
			agreementId, orderByComparator);

		if (agreementParty != null) {
			return agreementParty;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("agreementId=");
		sb.append(agreementId);

		sb.append("}");

		throw new NoSuchAgreementPartyException(sb.toString());
	}

	/**
	 * Returns the first agreement party in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement party, or <code>null</code> if a matching agreement party could not be found
	 */
	@Override
	public AgreementParty fetchByAgreementId_First(
		long agreementId, OrderByComparator<AgreementParty> orderByComparator) {

		List<AgreementParty> list = findByAgreementId(
			agreementId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last agreement party in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement party
	 * @throws NoSuchAgreementPartyException if a matching agreement party could not be found
	 */
	@Override
	public AgreementParty findByAgreementId_Last(
			long agreementId,
			OrderByComparator<AgreementParty> orderByComparator)
		throws NoSuchAgreementPartyException {

		AgreementParty agreementParty = fetchByAgreementId_Last(
			agreementId, orderByComparator);

		if (agreementParty != null) {
			return agreementParty;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("agreementId=");
		sb.append(agreementId);

		sb.append("}");

		throw new NoSuchAgreementPartyException(sb.toString());
	}

	/**
	 * Returns the last agreement party in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement party, or <code>null</code> if a matching agreement party could not be found
	 */
	@Override
	public AgreementParty fetchByAgreementId_Last(
		long agreementId, OrderByComparator<AgreementParty> orderByComparator) {

		int count = countByAgreementId(agreementId);

		if (count == 0) {
			return null;
		}

		List<AgreementParty> list = findByAgreementId(
			agreementId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the agreement parties before and after the current agreement party in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementPartyId the primary key of the current agreement party
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next agreement party
	 * @throws NoSuchAgreementPartyException if a agreement party with the primary key could not be found
	 */
	@Override
	public AgreementParty[] findByAgreementId_PrevAndNext(
			long agreementPartyId, long agreementId,
			OrderByComparator<AgreementParty> orderByComparator)
		throws NoSuchAgreementPartyException {

		AgreementParty agreementParty = findByPrimaryKey(agreementPartyId);

		Session session = null;

		try {
			session = openSession();

			AgreementParty[] array = new AgreementPartyImpl[3];

			array[0] = getByAgreementId_PrevAndNext(
				session, agreementParty, agreementId, orderByComparator, true);

			array[1] = agreementParty;

			array[2] = getByAgreementId_PrevAndNext(
				session, agreementParty, agreementId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected AgreementParty getByAgreementId_PrevAndNext(
		Session session, AgreementParty agreementParty, long agreementId,
		OrderByComparator<AgreementParty> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_AGREEMENTPARTY_WHERE);

		sb.append(_FINDER_COLUMN_AGREEMENTID_AGREEMENTID_2);

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
			sb.append(AgreementPartyModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(agreementId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						agreementParty)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<AgreementParty> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the agreement parties where agreementId = &#63; from the database.
	 *
	 * @param agreementId the agreement ID
	 */
	@Override
	public void removeByAgreementId(long agreementId) {
		for (AgreementParty agreementParty :
				findByAgreementId(
					agreementId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(agreementParty);
		}
	}

	/**
	 * Returns the number of agreement parties where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @return the number of matching agreement parties
	 */
	@Override
	public int countByAgreementId(long agreementId) {
		FinderPath finderPath = _finderPathCountByAgreementId;

		Object[] finderArgs = new Object[] {agreementId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_AGREEMENTPARTY_WHERE);

			sb.append(_FINDER_COLUMN_AGREEMENTID_AGREEMENTID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(agreementId);

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

	private static final String _FINDER_COLUMN_AGREEMENTID_AGREEMENTID_2 =
		"agreementParty.agreementId = ?";

	private FinderPath _finderPathWithPaginationFindBySchoolId;
	private FinderPath _finderPathWithoutPaginationFindBySchoolId;
	private FinderPath _finderPathCountBySchoolId;

	/**
	 * Returns all the agreement parties where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the matching agreement parties
	 */
	@Override
	public List<AgreementParty> findBySchoolId(long schoolId) {
		return findBySchoolId(
			schoolId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the agreement parties where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @return the range of matching agreement parties
	 */
	@Override
	public List<AgreementParty> findBySchoolId(
		long schoolId, int start, int end) {

		return findBySchoolId(schoolId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the agreement parties where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching agreement parties
	 */
	@Override
	public List<AgreementParty> findBySchoolId(
		long schoolId, int start, int end,
		OrderByComparator<AgreementParty> orderByComparator) {

		return findBySchoolId(schoolId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the agreement parties where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching agreement parties
	 */
	@Override
	public List<AgreementParty> findBySchoolId(
		long schoolId, int start, int end,
		OrderByComparator<AgreementParty> orderByComparator,
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

		List<AgreementParty> list = null;

		if (useFinderCache) {
			list = (List<AgreementParty>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (AgreementParty agreementParty : list) {
					if (schoolId != agreementParty.getSchoolId()) {
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

			sb.append(_SQL_SELECT_AGREEMENTPARTY_WHERE);

			sb.append(_FINDER_COLUMN_SCHOOLID_SCHOOLID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(AgreementPartyModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(schoolId);

				list = (List<AgreementParty>)QueryUtil.list(
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
	 * Returns the first agreement party in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement party
	 * @throws NoSuchAgreementPartyException if a matching agreement party could not be found
	 */
	@Override
	public AgreementParty findBySchoolId_First(
			long schoolId, OrderByComparator<AgreementParty> orderByComparator)
		throws NoSuchAgreementPartyException {

		AgreementParty agreementParty = fetchBySchoolId_First(
			schoolId, orderByComparator);

		if (agreementParty != null) {
			return agreementParty;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("schoolId=");
		sb.append(schoolId);

		sb.append("}");

		throw new NoSuchAgreementPartyException(sb.toString());
	}

	/**
	 * Returns the first agreement party in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement party, or <code>null</code> if a matching agreement party could not be found
	 */
	@Override
	public AgreementParty fetchBySchoolId_First(
		long schoolId, OrderByComparator<AgreementParty> orderByComparator) {

		List<AgreementParty> list = findBySchoolId(
			schoolId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last agreement party in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement party
	 * @throws NoSuchAgreementPartyException if a matching agreement party could not be found
	 */
	@Override
	public AgreementParty findBySchoolId_Last(
			long schoolId, OrderByComparator<AgreementParty> orderByComparator)
		throws NoSuchAgreementPartyException {

		AgreementParty agreementParty = fetchBySchoolId_Last(
			schoolId, orderByComparator);

		if (agreementParty != null) {
			return agreementParty;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("schoolId=");
		sb.append(schoolId);

		sb.append("}");

		throw new NoSuchAgreementPartyException(sb.toString());
	}

	/**
	 * Returns the last agreement party in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement party, or <code>null</code> if a matching agreement party could not be found
	 */
	@Override
	public AgreementParty fetchBySchoolId_Last(
		long schoolId, OrderByComparator<AgreementParty> orderByComparator) {

		int count = countBySchoolId(schoolId);

		if (count == 0) {
			return null;
		}

		List<AgreementParty> list = findBySchoolId(
			schoolId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the agreement parties before and after the current agreement party in the ordered set where schoolId = &#63;.
	 *
	 * @param agreementPartyId the primary key of the current agreement party
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next agreement party
	 * @throws NoSuchAgreementPartyException if a agreement party with the primary key could not be found
	 */
	@Override
	public AgreementParty[] findBySchoolId_PrevAndNext(
			long agreementPartyId, long schoolId,
			OrderByComparator<AgreementParty> orderByComparator)
		throws NoSuchAgreementPartyException {

		AgreementParty agreementParty = findByPrimaryKey(agreementPartyId);

		Session session = null;

		try {
			session = openSession();

			AgreementParty[] array = new AgreementPartyImpl[3];

			array[0] = getBySchoolId_PrevAndNext(
				session, agreementParty, schoolId, orderByComparator, true);

			array[1] = agreementParty;

			array[2] = getBySchoolId_PrevAndNext(
				session, agreementParty, schoolId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected AgreementParty getBySchoolId_PrevAndNext(
		Session session, AgreementParty agreementParty, long schoolId,
		OrderByComparator<AgreementParty> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_AGREEMENTPARTY_WHERE);

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
			sb.append(AgreementPartyModelImpl.ORDER_BY_JPQL);
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
						agreementParty)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<AgreementParty> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the agreement parties where schoolId = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 */
	@Override
	public void removeBySchoolId(long schoolId) {
		for (AgreementParty agreementParty :
				findBySchoolId(
					schoolId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(agreementParty);
		}
	}

	/**
	 * Returns the number of agreement parties where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the number of matching agreement parties
	 */
	@Override
	public int countBySchoolId(long schoolId) {
		FinderPath finderPath = _finderPathCountBySchoolId;

		Object[] finderArgs = new Object[] {schoolId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_AGREEMENTPARTY_WHERE);

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
		"agreementParty.schoolId = ?";

	private FinderPath _finderPathWithPaginationFindByOrganizationId;
	private FinderPath _finderPathWithoutPaginationFindByOrganizationId;
	private FinderPath _finderPathCountByOrganizationId;

	/**
	 * Returns all the agreement parties where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @return the matching agreement parties
	 */
	@Override
	public List<AgreementParty> findByOrganizationId(long organizationId) {
		return findByOrganizationId(
			organizationId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the agreement parties where organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @return the range of matching agreement parties
	 */
	@Override
	public List<AgreementParty> findByOrganizationId(
		long organizationId, int start, int end) {

		return findByOrganizationId(organizationId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the agreement parties where organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching agreement parties
	 */
	@Override
	public List<AgreementParty> findByOrganizationId(
		long organizationId, int start, int end,
		OrderByComparator<AgreementParty> orderByComparator) {

		return findByOrganizationId(
			organizationId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the agreement parties where organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching agreement parties
	 */
	@Override
	public List<AgreementParty> findByOrganizationId(
		long organizationId, int start, int end,
		OrderByComparator<AgreementParty> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByOrganizationId;
				finderArgs = new Object[] {organizationId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByOrganizationId;
			finderArgs = new Object[] {
				organizationId, start, end, orderByComparator
			};
		}

		List<AgreementParty> list = null;

		if (useFinderCache) {
			list = (List<AgreementParty>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (AgreementParty agreementParty : list) {
					if (organizationId != agreementParty.getOrganizationId()) {
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

			sb.append(_SQL_SELECT_AGREEMENTPARTY_WHERE);

			sb.append(_FINDER_COLUMN_ORGANIZATIONID_ORGANIZATIONID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(AgreementPartyModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(organizationId);

				list = (List<AgreementParty>)QueryUtil.list(
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
	 * Returns the first agreement party in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement party
	 * @throws NoSuchAgreementPartyException if a matching agreement party could not be found
	 */
	@Override
	public AgreementParty findByOrganizationId_First(
			long organizationId,
			OrderByComparator<AgreementParty> orderByComparator)
		throws NoSuchAgreementPartyException {

		AgreementParty agreementParty = fetchByOrganizationId_First(
			organizationId, orderByComparator);

		if (agreementParty != null) {
			return agreementParty;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("organizationId=");
		sb.append(organizationId);

		sb.append("}");

		throw new NoSuchAgreementPartyException(sb.toString());
	}

	/**
	 * Returns the first agreement party in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement party, or <code>null</code> if a matching agreement party could not be found
	 */
	@Override
	public AgreementParty fetchByOrganizationId_First(
		long organizationId,
		OrderByComparator<AgreementParty> orderByComparator) {

		List<AgreementParty> list = findByOrganizationId(
			organizationId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last agreement party in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement party
	 * @throws NoSuchAgreementPartyException if a matching agreement party could not be found
	 */
	@Override
	public AgreementParty findByOrganizationId_Last(
			long organizationId,
			OrderByComparator<AgreementParty> orderByComparator)
		throws NoSuchAgreementPartyException {

		AgreementParty agreementParty = fetchByOrganizationId_Last(
			organizationId, orderByComparator);

		if (agreementParty != null) {
			return agreementParty;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("organizationId=");
		sb.append(organizationId);

		sb.append("}");

		throw new NoSuchAgreementPartyException(sb.toString());
	}

	/**
	 * Returns the last agreement party in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement party, or <code>null</code> if a matching agreement party could not be found
	 */
	@Override
	public AgreementParty fetchByOrganizationId_Last(
		long organizationId,
		OrderByComparator<AgreementParty> orderByComparator) {

		int count = countByOrganizationId(organizationId);

		if (count == 0) {
			return null;
		}

		List<AgreementParty> list = findByOrganizationId(
			organizationId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the agreement parties before and after the current agreement party in the ordered set where organizationId = &#63;.
	 *
	 * @param agreementPartyId the primary key of the current agreement party
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next agreement party
	 * @throws NoSuchAgreementPartyException if a agreement party with the primary key could not be found
	 */
	@Override
	public AgreementParty[] findByOrganizationId_PrevAndNext(
			long agreementPartyId, long organizationId,
			OrderByComparator<AgreementParty> orderByComparator)
		throws NoSuchAgreementPartyException {

		AgreementParty agreementParty = findByPrimaryKey(agreementPartyId);

		Session session = null;

		try {
			session = openSession();

			AgreementParty[] array = new AgreementPartyImpl[3];

			array[0] = getByOrganizationId_PrevAndNext(
				session, agreementParty, organizationId, orderByComparator,
				true);

			array[1] = agreementParty;

			array[2] = getByOrganizationId_PrevAndNext(
				session, agreementParty, organizationId, orderByComparator,
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

	protected AgreementParty getByOrganizationId_PrevAndNext(
		Session session, AgreementParty agreementParty, long organizationId,
		OrderByComparator<AgreementParty> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_AGREEMENTPARTY_WHERE);

		sb.append(_FINDER_COLUMN_ORGANIZATIONID_ORGANIZATIONID_2);

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
			sb.append(AgreementPartyModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(organizationId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						agreementParty)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<AgreementParty> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the agreement parties where organizationId = &#63; from the database.
	 *
	 * @param organizationId the organization ID
	 */
	@Override
	public void removeByOrganizationId(long organizationId) {
		for (AgreementParty agreementParty :
				findByOrganizationId(
					organizationId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(agreementParty);
		}
	}

	/**
	 * Returns the number of agreement parties where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @return the number of matching agreement parties
	 */
	@Override
	public int countByOrganizationId(long organizationId) {
		FinderPath finderPath = _finderPathCountByOrganizationId;

		Object[] finderArgs = new Object[] {organizationId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_AGREEMENTPARTY_WHERE);

			sb.append(_FINDER_COLUMN_ORGANIZATIONID_ORGANIZATIONID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(organizationId);

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

	private static final String _FINDER_COLUMN_ORGANIZATIONID_ORGANIZATIONID_2 =
		"agreementParty.organizationId = ?";

	public AgreementPartyPersistenceImpl() {
		setModelClass(AgreementParty.class);

		setModelImplClass(AgreementPartyImpl.class);
		setModelPKClass(long.class);

		setTable(AgreementPartyTable.INSTANCE);
	}

	/**
	 * Caches the agreement party in the entity cache if it is enabled.
	 *
	 * @param agreementParty the agreement party
	 */
	@Override
	public void cacheResult(AgreementParty agreementParty) {
		entityCache.putResult(
			AgreementPartyImpl.class, agreementParty.getPrimaryKey(),
			agreementParty);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the agreement parties in the entity cache if it is enabled.
	 *
	 * @param agreementParties the agreement parties
	 */
	@Override
	public void cacheResult(List<AgreementParty> agreementParties) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (agreementParties.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (AgreementParty agreementParty : agreementParties) {
			if (entityCache.getResult(
					AgreementPartyImpl.class, agreementParty.getPrimaryKey()) ==
						null) {

				cacheResult(agreementParty);
			}
		}
	}

	/**
	 * Clears the cache for all agreement parties.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(AgreementPartyImpl.class);

		finderCache.clearCache(AgreementPartyImpl.class);
	}

	/**
	 * Clears the cache for the agreement party.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(AgreementParty agreementParty) {
		entityCache.removeResult(AgreementPartyImpl.class, agreementParty);
	}

	@Override
	public void clearCache(List<AgreementParty> agreementParties) {
		for (AgreementParty agreementParty : agreementParties) {
			entityCache.removeResult(AgreementPartyImpl.class, agreementParty);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(AgreementPartyImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(AgreementPartyImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new agreement party with the primary key. Does not add the agreement party to the database.
	 *
	 * @param agreementPartyId the primary key for the new agreement party
	 * @return the new agreement party
	 */
	@Override
	public AgreementParty create(long agreementPartyId) {
		AgreementParty agreementParty = new AgreementPartyImpl();

		agreementParty.setNew(true);
		agreementParty.setPrimaryKey(agreementPartyId);

		agreementParty.setCompanyId(CompanyThreadLocal.getCompanyId());

		return agreementParty;
	}

	/**
	 * Removes the agreement party with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param agreementPartyId the primary key of the agreement party
	 * @return the agreement party that was removed
	 * @throws NoSuchAgreementPartyException if a agreement party with the primary key could not be found
	 */
	@Override
	public AgreementParty remove(long agreementPartyId)
		throws NoSuchAgreementPartyException {

		return remove((Serializable)agreementPartyId);
	}

	/**
	 * Removes the agreement party with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the agreement party
	 * @return the agreement party that was removed
	 * @throws NoSuchAgreementPartyException if a agreement party with the primary key could not be found
	 */
	@Override
	public AgreementParty remove(Serializable primaryKey)
		throws NoSuchAgreementPartyException {

		Session session = null;

		try {
			session = openSession();

			AgreementParty agreementParty = (AgreementParty)session.get(
				AgreementPartyImpl.class, primaryKey);

			if (agreementParty == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchAgreementPartyException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(agreementParty);
		}
		catch (NoSuchAgreementPartyException noSuchEntityException) {
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
	protected AgreementParty removeImpl(AgreementParty agreementParty) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(agreementParty)) {
				agreementParty = (AgreementParty)session.get(
					AgreementPartyImpl.class,
					agreementParty.getPrimaryKeyObj());
			}

			if (agreementParty != null) {
				session.delete(agreementParty);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (agreementParty != null) {
			clearCache(agreementParty);
		}

		return agreementParty;
	}

	@Override
	public AgreementParty updateImpl(AgreementParty agreementParty) {
		boolean isNew = agreementParty.isNew();

		if (!(agreementParty instanceof AgreementPartyModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(agreementParty.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					agreementParty);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in agreementParty proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom AgreementParty implementation " +
					agreementParty.getClass());
		}

		AgreementPartyModelImpl agreementPartyModelImpl =
			(AgreementPartyModelImpl)agreementParty;

		if (isNew && (agreementParty.getCreateDate() == null)) {
			ServiceContext serviceContext =
				ServiceContextThreadLocal.getServiceContext();

			Date date = new Date();

			if (serviceContext == null) {
				agreementParty.setCreateDate(date);
			}
			else {
				agreementParty.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(agreementParty);
			}
			else {
				agreementParty = (AgreementParty)session.merge(agreementParty);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			AgreementPartyImpl.class, agreementPartyModelImpl, false, true);

		if (isNew) {
			agreementParty.setNew(false);
		}

		agreementParty.resetOriginalValues();

		return agreementParty;
	}

	/**
	 * Returns the agreement party with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the agreement party
	 * @return the agreement party
	 * @throws NoSuchAgreementPartyException if a agreement party with the primary key could not be found
	 */
	@Override
	public AgreementParty findByPrimaryKey(Serializable primaryKey)
		throws NoSuchAgreementPartyException {

		AgreementParty agreementParty = fetchByPrimaryKey(primaryKey);

		if (agreementParty == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchAgreementPartyException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return agreementParty;
	}

	/**
	 * Returns the agreement party with the primary key or throws a <code>NoSuchAgreementPartyException</code> if it could not be found.
	 *
	 * @param agreementPartyId the primary key of the agreement party
	 * @return the agreement party
	 * @throws NoSuchAgreementPartyException if a agreement party with the primary key could not be found
	 */
	@Override
	public AgreementParty findByPrimaryKey(long agreementPartyId)
		throws NoSuchAgreementPartyException {

		return findByPrimaryKey((Serializable)agreementPartyId);
	}

	/**
	 * Returns the agreement party with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param agreementPartyId the primary key of the agreement party
	 * @return the agreement party, or <code>null</code> if a agreement party with the primary key could not be found
	 */
	@Override
	public AgreementParty fetchByPrimaryKey(long agreementPartyId) {
		return fetchByPrimaryKey((Serializable)agreementPartyId);
	}

	/**
	 * Returns all the agreement parties.
	 *
	 * @return the agreement parties
	 */
	@Override
	public List<AgreementParty> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the agreement parties.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @return the range of agreement parties
	 */
	@Override
	public List<AgreementParty> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the agreement parties.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of agreement parties
	 */
	@Override
	public List<AgreementParty> findAll(
		int start, int end,
		OrderByComparator<AgreementParty> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the agreement parties.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of agreement parties
	 */
	@Override
	public List<AgreementParty> findAll(
		int start, int end, OrderByComparator<AgreementParty> orderByComparator,
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

		List<AgreementParty> list = null;

		if (useFinderCache) {
			list = (List<AgreementParty>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_AGREEMENTPARTY);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_AGREEMENTPARTY;

				sql = sql.concat(AgreementPartyModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<AgreementParty>)QueryUtil.list(
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
	 * Removes all the agreement parties from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (AgreementParty agreementParty : findAll()) {
			remove(agreementParty);
		}
	}

	/**
	 * Returns the number of agreement parties.
	 *
	 * @return the number of agreement parties
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_AGREEMENTPARTY);

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
		return "agreementPartyId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_AGREEMENTPARTY;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return AgreementPartyModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the agreement party persistence.
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

		_finderPathWithPaginationFindByAgreementId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByAgreementId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"agreementId"}, true);

		_finderPathWithoutPaginationFindByAgreementId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByAgreementId",
			new String[] {Long.class.getName()}, new String[] {"agreementId"},
			true);

		_finderPathCountByAgreementId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByAgreementId",
			new String[] {Long.class.getName()}, new String[] {"agreementId"},
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

		_finderPathWithPaginationFindByOrganizationId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByOrganizationId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"organizationId"}, true);

		_finderPathWithoutPaginationFindByOrganizationId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByOrganizationId",
			new String[] {Long.class.getName()},
			new String[] {"organizationId"}, true);

		_finderPathCountByOrganizationId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByOrganizationId",
			new String[] {Long.class.getName()},
			new String[] {"organizationId"}, false);

		AgreementPartyUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		AgreementPartyUtil.setPersistence(null);

		entityCache.removeCache(AgreementPartyImpl.class.getName());
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

	private static final String _SQL_SELECT_AGREEMENTPARTY =
		"SELECT agreementParty FROM AgreementParty agreementParty";

	private static final String _SQL_SELECT_AGREEMENTPARTY_WHERE =
		"SELECT agreementParty FROM AgreementParty agreementParty WHERE ";

	private static final String _SQL_COUNT_AGREEMENTPARTY =
		"SELECT COUNT(agreementParty) FROM AgreementParty agreementParty";

	private static final String _SQL_COUNT_AGREEMENTPARTY_WHERE =
		"SELECT COUNT(agreementParty) FROM AgreementParty agreementParty WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "agreementParty.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No AgreementParty exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No AgreementParty exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		AgreementPartyPersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}