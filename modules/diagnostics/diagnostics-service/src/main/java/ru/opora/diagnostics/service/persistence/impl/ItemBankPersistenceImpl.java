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

import ru.opora.diagnostics.exception.NoSuchItemBankException;
import ru.opora.diagnostics.model.ItemBank;
import ru.opora.diagnostics.model.ItemBankTable;
import ru.opora.diagnostics.model.impl.ItemBankImpl;
import ru.opora.diagnostics.model.impl.ItemBankModelImpl;
import ru.opora.diagnostics.service.persistence.ItemBankPersistence;
import ru.opora.diagnostics.service.persistence.ItemBankUtil;
import ru.opora.diagnostics.service.persistence.impl.constants.OporaDiagPersistenceConstants;

/**
 * The persistence implementation for the item bank service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @generated
 */
@Component(service = ItemBankPersistence.class)
public class ItemBankPersistenceImpl
	extends BasePersistenceImpl<ItemBank> implements ItemBankPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>ItemBankUtil</code> to access the item bank persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		ItemBankImpl.class.getName();

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
	 * Returns all the item banks where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching item banks
	 */
	@Override
	public List<ItemBank> findByCompanyId(long companyId) {
		return findByCompanyId(
			companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the item banks where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ItemBankModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of item banks
	 * @param end the upper bound of the range of item banks (not inclusive)
	 * @return the range of matching item banks
	 */
	@Override
	public List<ItemBank> findByCompanyId(long companyId, int start, int end) {
		return findByCompanyId(companyId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the item banks where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ItemBankModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of item banks
	 * @param end the upper bound of the range of item banks (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching item banks
	 */
	@Override
	public List<ItemBank> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<ItemBank> orderByComparator) {

		return findByCompanyId(companyId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the item banks where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ItemBankModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of item banks
	 * @param end the upper bound of the range of item banks (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching item banks
	 */
	@Override
	public List<ItemBank> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<ItemBank> orderByComparator, boolean useFinderCache) {

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

		List<ItemBank> list = null;

		if (useFinderCache) {
			list = (List<ItemBank>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (ItemBank itemBank : list) {
					if (companyId != itemBank.getCompanyId()) {
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

			sb.append(_SQL_SELECT_ITEMBANK_WHERE);

			sb.append(_FINDER_COLUMN_COMPANYID_COMPANYID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(ItemBankModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				list = (List<ItemBank>)QueryUtil.list(
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
	 * Returns the first item bank in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching item bank
	 * @throws NoSuchItemBankException if a matching item bank could not be found
	 */
	@Override
	public ItemBank findByCompanyId_First(
			long companyId, OrderByComparator<ItemBank> orderByComparator)
		throws NoSuchItemBankException {

		ItemBank itemBank = fetchByCompanyId_First(
			companyId, orderByComparator);

		if (itemBank != null) {
			return itemBank;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchItemBankException(sb.toString());
	}

	/**
	 * Returns the first item bank in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching item bank, or <code>null</code> if a matching item bank could not be found
	 */
	@Override
	public ItemBank fetchByCompanyId_First(
		long companyId, OrderByComparator<ItemBank> orderByComparator) {

		List<ItemBank> list = findByCompanyId(
			companyId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last item bank in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching item bank
	 * @throws NoSuchItemBankException if a matching item bank could not be found
	 */
	@Override
	public ItemBank findByCompanyId_Last(
			long companyId, OrderByComparator<ItemBank> orderByComparator)
		throws NoSuchItemBankException {

		ItemBank itemBank = fetchByCompanyId_Last(companyId, orderByComparator);

		if (itemBank != null) {
			return itemBank;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchItemBankException(sb.toString());
	}

	/**
	 * Returns the last item bank in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching item bank, or <code>null</code> if a matching item bank could not be found
	 */
	@Override
	public ItemBank fetchByCompanyId_Last(
		long companyId, OrderByComparator<ItemBank> orderByComparator) {

		int count = countByCompanyId(companyId);

		if (count == 0) {
			return null;
		}

		List<ItemBank> list = findByCompanyId(
			companyId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the item banks before and after the current item bank in the ordered set where companyId = &#63;.
	 *
	 * @param itemBankId the primary key of the current item bank
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next item bank
	 * @throws NoSuchItemBankException if a item bank with the primary key could not be found
	 */
	@Override
	public ItemBank[] findByCompanyId_PrevAndNext(
			long itemBankId, long companyId,
			OrderByComparator<ItemBank> orderByComparator)
		throws NoSuchItemBankException {

		ItemBank itemBank = findByPrimaryKey(itemBankId);

		Session session = null;

		try {
			session = openSession();

			ItemBank[] array = new ItemBankImpl[3];

			array[0] = getByCompanyId_PrevAndNext(
				session, itemBank, companyId, orderByComparator, true);

			array[1] = itemBank;

			array[2] = getByCompanyId_PrevAndNext(
				session, itemBank, companyId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected ItemBank getByCompanyId_PrevAndNext(
		Session session, ItemBank itemBank, long companyId,
		OrderByComparator<ItemBank> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_ITEMBANK_WHERE);

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
			sb.append(ItemBankModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(companyId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(itemBank)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<ItemBank> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the item banks where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	@Override
	public void removeByCompanyId(long companyId) {
		for (ItemBank itemBank :
				findByCompanyId(
					companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(itemBank);
		}
	}

	/**
	 * Returns the number of item banks where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching item banks
	 */
	@Override
	public int countByCompanyId(long companyId) {
		FinderPath finderPath = _finderPathCountByCompanyId;

		Object[] finderArgs = new Object[] {companyId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_ITEMBANK_WHERE);

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
		"itemBank.companyId = ?";

	private FinderPath _finderPathFetchByC_V;

	/**
	 * Returns the item bank where companyId = &#63; and version = &#63; or throws a <code>NoSuchItemBankException</code> if it could not be found.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @return the matching item bank
	 * @throws NoSuchItemBankException if a matching item bank could not be found
	 */
	@Override
	public ItemBank findByC_V(long companyId, int version)
		throws NoSuchItemBankException {

		ItemBank itemBank = fetchByC_V(companyId, version);

		if (itemBank == null) {
			StringBundler sb = new StringBundler(6);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("companyId=");
			sb.append(companyId);

			sb.append(", version=");
			sb.append(version);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchItemBankException(sb.toString());
		}

		return itemBank;
	}

	/**
	 * Returns the item bank where companyId = &#63; and version = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @return the matching item bank, or <code>null</code> if a matching item bank could not be found
	 */
	@Override
	public ItemBank fetchByC_V(long companyId, int version) {
		return fetchByC_V(companyId, version, true);
	}

	/**
	 * Returns the item bank where companyId = &#63; and version = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching item bank, or <code>null</code> if a matching item bank could not be found
	 */
	@Override
	public ItemBank fetchByC_V(
		long companyId, int version, boolean useFinderCache) {

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {companyId, version};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByC_V, finderArgs, this);
		}

		if (result instanceof ItemBank) {
			ItemBank itemBank = (ItemBank)result;

			if ((companyId != itemBank.getCompanyId()) ||
				(version != itemBank.getVersion())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_ITEMBANK_WHERE);

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

				List<ItemBank> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByC_V, finderArgs, list);
					}
				}
				else {
					if (list.size() > 1) {
						Collections.sort(list, Collections.reverseOrder());

						if (_log.isWarnEnabled()) {
							if (!useFinderCache) {
								finderArgs = new Object[] {companyId, version};
							}

							_log.warn(
								"ItemBankPersistenceImpl.fetchByC_V(long, int, boolean) with parameters (" +
									StringUtil.merge(finderArgs) +
										") yields a result set with more than 1 result. This violates the logical unique restriction. There is no order guarantee on which result is returned by this finder.");
						}
					}

					ItemBank itemBank = list.get(0);

					result = itemBank;

					cacheResult(itemBank);
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
			return (ItemBank)result;
		}
	}

	/**
	 * Removes the item bank where companyId = &#63; and version = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @return the item bank that was removed
	 */
	@Override
	public ItemBank removeByC_V(long companyId, int version)
		throws NoSuchItemBankException {

		ItemBank itemBank = findByC_V(companyId, version);

		return remove(itemBank);
	}

	/**
	 * Returns the number of item banks where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @return the number of matching item banks
	 */
	@Override
	public int countByC_V(long companyId, int version) {
		ItemBank itemBank = fetchByC_V(companyId, version);

		if (itemBank == null) {
			return 0;
		}

		return 1;
	}

	private static final String _FINDER_COLUMN_C_V_COMPANYID_2 =
		"itemBank.companyId = ? AND ";

	private static final String _FINDER_COLUMN_C_V_VERSION_2 =
		"itemBank.version = ?";

	public ItemBankPersistenceImpl() {
		setModelClass(ItemBank.class);

		setModelImplClass(ItemBankImpl.class);
		setModelPKClass(long.class);

		setTable(ItemBankTable.INSTANCE);
	}

	/**
	 * Caches the item bank in the entity cache if it is enabled.
	 *
	 * @param itemBank the item bank
	 */
	@Override
	public void cacheResult(ItemBank itemBank) {
		entityCache.putResult(
			ItemBankImpl.class, itemBank.getPrimaryKey(), itemBank);

		finderCache.putResult(
			_finderPathFetchByC_V,
			new Object[] {itemBank.getCompanyId(), itemBank.getVersion()},
			itemBank);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the item banks in the entity cache if it is enabled.
	 *
	 * @param itemBanks the item banks
	 */
	@Override
	public void cacheResult(List<ItemBank> itemBanks) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (itemBanks.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (ItemBank itemBank : itemBanks) {
			if (entityCache.getResult(
					ItemBankImpl.class, itemBank.getPrimaryKey()) == null) {

				cacheResult(itemBank);
			}
		}
	}

	/**
	 * Clears the cache for all item banks.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(ItemBankImpl.class);

		finderCache.clearCache(ItemBankImpl.class);
	}

	/**
	 * Clears the cache for the item bank.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(ItemBank itemBank) {
		entityCache.removeResult(ItemBankImpl.class, itemBank);
	}

	@Override
	public void clearCache(List<ItemBank> itemBanks) {
		for (ItemBank itemBank : itemBanks) {
			entityCache.removeResult(ItemBankImpl.class, itemBank);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(ItemBankImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(ItemBankImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		ItemBankModelImpl itemBankModelImpl) {

		Object[] args = new Object[] {
			itemBankModelImpl.getCompanyId(), itemBankModelImpl.getVersion()
		};

		finderCache.putResult(_finderPathFetchByC_V, args, itemBankModelImpl);
	}

	/**
	 * Creates a new item bank with the primary key. Does not add the item bank to the database.
	 *
	 * @param itemBankId the primary key for the new item bank
	 * @return the new item bank
	 */
	@Override
	public ItemBank create(long itemBankId) {
		ItemBank itemBank = new ItemBankImpl();

		itemBank.setNew(true);
		itemBank.setPrimaryKey(itemBankId);

		itemBank.setCompanyId(CompanyThreadLocal.getCompanyId());

		return itemBank;
	}

	/**
	 * Removes the item bank with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param itemBankId the primary key of the item bank
	 * @return the item bank that was removed
	 * @throws NoSuchItemBankException if a item bank with the primary key could not be found
	 */
	@Override
	public ItemBank remove(long itemBankId) throws NoSuchItemBankException {
		return remove((Serializable)itemBankId);
	}

	/**
	 * Removes the item bank with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the item bank
	 * @return the item bank that was removed
	 * @throws NoSuchItemBankException if a item bank with the primary key could not be found
	 */
	@Override
	public ItemBank remove(Serializable primaryKey)
		throws NoSuchItemBankException {

		Session session = null;

		try {
			session = openSession();

			ItemBank itemBank = (ItemBank)session.get(
				ItemBankImpl.class, primaryKey);

			if (itemBank == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchItemBankException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(itemBank);
		}
		catch (NoSuchItemBankException noSuchEntityException) {
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
	protected ItemBank removeImpl(ItemBank itemBank) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(itemBank)) {
				itemBank = (ItemBank)session.get(
					ItemBankImpl.class, itemBank.getPrimaryKeyObj());
			}

			if (itemBank != null) {
				session.delete(itemBank);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (itemBank != null) {
			clearCache(itemBank);
		}

		return itemBank;
	}

	@Override
	public ItemBank updateImpl(ItemBank itemBank) {
		boolean isNew = itemBank.isNew();

		if (!(itemBank instanceof ItemBankModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(itemBank.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(itemBank);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in itemBank proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom ItemBank implementation " +
					itemBank.getClass());
		}

		ItemBankModelImpl itemBankModelImpl = (ItemBankModelImpl)itemBank;

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (itemBank.getCreateDate() == null)) {
			if (serviceContext == null) {
				itemBank.setCreateDate(date);
			}
			else {
				itemBank.setCreateDate(serviceContext.getCreateDate(date));
			}
		}

		if (!itemBankModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				itemBank.setModifiedDate(date);
			}
			else {
				itemBank.setModifiedDate(serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(itemBank);
			}
			else {
				itemBank = (ItemBank)session.merge(itemBank);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			ItemBankImpl.class, itemBankModelImpl, false, true);

		cacheUniqueFindersCache(itemBankModelImpl);

		if (isNew) {
			itemBank.setNew(false);
		}

		itemBank.resetOriginalValues();

		return itemBank;
	}

	/**
	 * Returns the item bank with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the item bank
	 * @return the item bank
	 * @throws NoSuchItemBankException if a item bank with the primary key could not be found
	 */
	@Override
	public ItemBank findByPrimaryKey(Serializable primaryKey)
		throws NoSuchItemBankException {

		ItemBank itemBank = fetchByPrimaryKey(primaryKey);

		if (itemBank == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchItemBankException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return itemBank;
	}

	/**
	 * Returns the item bank with the primary key or throws a <code>NoSuchItemBankException</code> if it could not be found.
	 *
	 * @param itemBankId the primary key of the item bank
	 * @return the item bank
	 * @throws NoSuchItemBankException if a item bank with the primary key could not be found
	 */
	@Override
	public ItemBank findByPrimaryKey(long itemBankId)
		throws NoSuchItemBankException {

		return findByPrimaryKey((Serializable)itemBankId);
	}

	/**
	 * Returns the item bank with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param itemBankId the primary key of the item bank
	 * @return the item bank, or <code>null</code> if a item bank with the primary key could not be found
	 */
	@Override
	public ItemBank fetchByPrimaryKey(long itemBankId) {
		return fetchByPrimaryKey((Serializable)itemBankId);
	}

	/**
	 * Returns all the item banks.
	 *
	 * @return the item banks
	 */
	@Override
	public List<ItemBank> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the item banks.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ItemBankModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of item banks
	 * @param end the upper bound of the range of item banks (not inclusive)
	 * @return the range of item banks
	 */
	@Override
	public List<ItemBank> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the item banks.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ItemBankModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of item banks
	 * @param end the upper bound of the range of item banks (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of item banks
	 */
	@Override
	public List<ItemBank> findAll(
		int start, int end, OrderByComparator<ItemBank> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the item banks.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ItemBankModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of item banks
	 * @param end the upper bound of the range of item banks (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of item banks
	 */
	@Override
	public List<ItemBank> findAll(
		int start, int end, OrderByComparator<ItemBank> orderByComparator,
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

		List<ItemBank> list = null;

		if (useFinderCache) {
			list = (List<ItemBank>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_ITEMBANK);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_ITEMBANK;

				sql = sql.concat(ItemBankModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<ItemBank>)QueryUtil.list(
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
	 * Removes all the item banks from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (ItemBank itemBank : findAll()) {
			remove(itemBank);
		}
	}

	/**
	 * Returns the number of item banks.
	 *
	 * @return the number of item banks
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_ITEMBANK);

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
		return "itemBankId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_ITEMBANK;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return ItemBankModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the item bank persistence.
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

		_finderPathFetchByC_V = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByC_V",
			new String[] {Long.class.getName(), Integer.class.getName()},
			new String[] {"companyId", "version"}, true);

		ItemBankUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		ItemBankUtil.setPersistence(null);

		entityCache.removeCache(ItemBankImpl.class.getName());
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

	private static final String _SQL_SELECT_ITEMBANK =
		"SELECT itemBank FROM ItemBank itemBank";

	private static final String _SQL_SELECT_ITEMBANK_WHERE =
		"SELECT itemBank FROM ItemBank itemBank WHERE ";

	private static final String _SQL_COUNT_ITEMBANK =
		"SELECT COUNT(itemBank) FROM ItemBank itemBank";

	private static final String _SQL_COUNT_ITEMBANK_WHERE =
		"SELECT COUNT(itemBank) FROM ItemBank itemBank WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "itemBank.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No ItemBank exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No ItemBank exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		ItemBankPersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}