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
import com.liferay.portal.kernel.service.persistence.impl.BasePersistenceImpl;
import com.liferay.portal.kernel.util.GetterUtil;
import com.liferay.portal.kernel.util.OrderByComparator;
import com.liferay.portal.kernel.util.PropsKeys;
import com.liferay.portal.kernel.util.PropsUtil;
import com.liferay.portal.kernel.util.ProxyUtil;

import java.io.Serializable;

import java.lang.reflect.InvocationHandler;

import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import ru.opora.cooperation.exception.NoSuchAgreementModuleException;
import ru.opora.cooperation.model.AgreementModule;
import ru.opora.cooperation.model.AgreementModuleTable;
import ru.opora.cooperation.model.impl.AgreementModuleImpl;
import ru.opora.cooperation.model.impl.AgreementModuleModelImpl;
import ru.opora.cooperation.service.persistence.AgreementModulePersistence;
import ru.opora.cooperation.service.persistence.AgreementModuleUtil;
import ru.opora.cooperation.service.persistence.impl.constants.OporaPersistenceConstants;

/**
 * The persistence implementation for the agreement module service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @generated
 */
@Component(service = AgreementModulePersistence.class)
public class AgreementModulePersistenceImpl
	extends BasePersistenceImpl<AgreementModule>
	implements AgreementModulePersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>AgreementModuleUtil</code> to access the agreement module persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		AgreementModuleImpl.class.getName();

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
	 * Returns all the agreement modules where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @return the matching agreement modules
	 */
	@Override
	public List<AgreementModule> findByAgreementId(long agreementId) {
		return findByAgreementId(
			agreementId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the agreement modules where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementModuleModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement modules
	 * @param end the upper bound of the range of agreement modules (not inclusive)
	 * @return the range of matching agreement modules
	 */
	@Override
	public List<AgreementModule> findByAgreementId(
		long agreementId, int start, int end) {

		return findByAgreementId(agreementId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the agreement modules where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementModuleModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement modules
	 * @param end the upper bound of the range of agreement modules (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching agreement modules
	 */
	@Override
	public List<AgreementModule> findByAgreementId(
		long agreementId, int start, int end,
		OrderByComparator<AgreementModule> orderByComparator) {

		return findByAgreementId(
			agreementId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the agreement modules where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementModuleModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement modules
	 * @param end the upper bound of the range of agreement modules (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching agreement modules
	 */
	@Override
	public List<AgreementModule> findByAgreementId(
		long agreementId, int start, int end,
		OrderByComparator<AgreementModule> orderByComparator,
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

		List<AgreementModule> list = null;

		if (useFinderCache) {
			list = (List<AgreementModule>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (AgreementModule agreementModule : list) {
					if (agreementId != agreementModule.getAgreementId()) {
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

			sb.append(_SQL_SELECT_AGREEMENTMODULE_WHERE);

			sb.append(_FINDER_COLUMN_AGREEMENTID_AGREEMENTID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(AgreementModuleModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(agreementId);

				list = (List<AgreementModule>)QueryUtil.list(
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
	 * Returns the first agreement module in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement module
	 * @throws NoSuchAgreementModuleException if a matching agreement module could not be found
	 */
	@Override
	public AgreementModule findByAgreementId_First(
			long agreementId,
			OrderByComparator<AgreementModule> orderByComparator)
		throws NoSuchAgreementModuleException {

		AgreementModule agreementModule = fetchByAgreementId_First(
			agreementId, orderByComparator);

		if (agreementModule != null) {
			return agreementModule;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("agreementId=");
		sb.append(agreementId);

		sb.append("}");

		throw new NoSuchAgreementModuleException(sb.toString());
	}

	/**
	 * Returns the first agreement module in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement module, or <code>null</code> if a matching agreement module could not be found
	 */
	@Override
	public AgreementModule fetchByAgreementId_First(
		long agreementId,
		OrderByComparator<AgreementModule> orderByComparator) {

		List<AgreementModule> list = findByAgreementId(
			agreementId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last agreement module in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement module
	 * @throws NoSuchAgreementModuleException if a matching agreement module could not be found
	 */
	@Override
	public AgreementModule findByAgreementId_Last(
			long agreementId,
			OrderByComparator<AgreementModule> orderByComparator)
		throws NoSuchAgreementModuleException {

		AgreementModule agreementModule = fetchByAgreementId_Last(
			agreementId, orderByComparator);

		if (agreementModule != null) {
			return agreementModule;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("agreementId=");
		sb.append(agreementId);

		sb.append("}");

		throw new NoSuchAgreementModuleException(sb.toString());
	}

	/**
	 * Returns the last agreement module in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement module, or <code>null</code> if a matching agreement module could not be found
	 */
	@Override
	public AgreementModule fetchByAgreementId_Last(
		long agreementId,
		OrderByComparator<AgreementModule> orderByComparator) {

		int count = countByAgreementId(agreementId);

		if (count == 0) {
			return null;
		}

		List<AgreementModule> list = findByAgreementId(
			agreementId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the agreement modules before and after the current agreement module in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementModuleId the primary key of the current agreement module
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next agreement module
	 * @throws NoSuchAgreementModuleException if a agreement module with the primary key could not be found
	 */
	@Override
	public AgreementModule[] findByAgreementId_PrevAndNext(
			long agreementModuleId, long agreementId,
			OrderByComparator<AgreementModule> orderByComparator)
		throws NoSuchAgreementModuleException {

		AgreementModule agreementModule = findByPrimaryKey(agreementModuleId);

		Session session = null;

		try {
			session = openSession();

			AgreementModule[] array = new AgreementModuleImpl[3];

			array[0] = getByAgreementId_PrevAndNext(
				session, agreementModule, agreementId, orderByComparator, true);

			array[1] = agreementModule;

			array[2] = getByAgreementId_PrevAndNext(
				session, agreementModule, agreementId, orderByComparator,
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

	protected AgreementModule getByAgreementId_PrevAndNext(
		Session session, AgreementModule agreementModule, long agreementId,
		OrderByComparator<AgreementModule> orderByComparator,
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

		sb.append(_SQL_SELECT_AGREEMENTMODULE_WHERE);

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
			sb.append(AgreementModuleModelImpl.ORDER_BY_JPQL);
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
						agreementModule)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<AgreementModule> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the agreement modules where agreementId = &#63; from the database.
	 *
	 * @param agreementId the agreement ID
	 */
	@Override
	public void removeByAgreementId(long agreementId) {
		for (AgreementModule agreementModule :
				findByAgreementId(
					agreementId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(agreementModule);
		}
	}

	/**
	 * Returns the number of agreement modules where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @return the number of matching agreement modules
	 */
	@Override
	public int countByAgreementId(long agreementId) {
		FinderPath finderPath = _finderPathCountByAgreementId;

		Object[] finderArgs = new Object[] {agreementId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_AGREEMENTMODULE_WHERE);

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
		"agreementModule.agreementId = ?";

	public AgreementModulePersistenceImpl() {
		setModelClass(AgreementModule.class);

		setModelImplClass(AgreementModuleImpl.class);
		setModelPKClass(long.class);

		setTable(AgreementModuleTable.INSTANCE);
	}

	/**
	 * Caches the agreement module in the entity cache if it is enabled.
	 *
	 * @param agreementModule the agreement module
	 */
	@Override
	public void cacheResult(AgreementModule agreementModule) {
		entityCache.putResult(
			AgreementModuleImpl.class, agreementModule.getPrimaryKey(),
			agreementModule);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the agreement modules in the entity cache if it is enabled.
	 *
	 * @param agreementModules the agreement modules
	 */
	@Override
	public void cacheResult(List<AgreementModule> agreementModules) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (agreementModules.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (AgreementModule agreementModule : agreementModules) {
			if (entityCache.getResult(
					AgreementModuleImpl.class,
					agreementModule.getPrimaryKey()) == null) {

				cacheResult(agreementModule);
			}
		}
	}

	/**
	 * Clears the cache for all agreement modules.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(AgreementModuleImpl.class);

		finderCache.clearCache(AgreementModuleImpl.class);
	}

	/**
	 * Clears the cache for the agreement module.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(AgreementModule agreementModule) {
		entityCache.removeResult(AgreementModuleImpl.class, agreementModule);
	}

	@Override
	public void clearCache(List<AgreementModule> agreementModules) {
		for (AgreementModule agreementModule : agreementModules) {
			entityCache.removeResult(
				AgreementModuleImpl.class, agreementModule);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(AgreementModuleImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(AgreementModuleImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new agreement module with the primary key. Does not add the agreement module to the database.
	 *
	 * @param agreementModuleId the primary key for the new agreement module
	 * @return the new agreement module
	 */
	@Override
	public AgreementModule create(long agreementModuleId) {
		AgreementModule agreementModule = new AgreementModuleImpl();

		agreementModule.setNew(true);
		agreementModule.setPrimaryKey(agreementModuleId);

		agreementModule.setCompanyId(CompanyThreadLocal.getCompanyId());

		return agreementModule;
	}

	/**
	 * Removes the agreement module with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param agreementModuleId the primary key of the agreement module
	 * @return the agreement module that was removed
	 * @throws NoSuchAgreementModuleException if a agreement module with the primary key could not be found
	 */
	@Override
	public AgreementModule remove(long agreementModuleId)
		throws NoSuchAgreementModuleException {

		return remove((Serializable)agreementModuleId);
	}

	/**
	 * Removes the agreement module with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the agreement module
	 * @return the agreement module that was removed
	 * @throws NoSuchAgreementModuleException if a agreement module with the primary key could not be found
	 */
	@Override
	public AgreementModule remove(Serializable primaryKey)
		throws NoSuchAgreementModuleException {

		Session session = null;

		try {
			session = openSession();

			AgreementModule agreementModule = (AgreementModule)session.get(
				AgreementModuleImpl.class, primaryKey);

			if (agreementModule == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchAgreementModuleException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(agreementModule);
		}
		catch (NoSuchAgreementModuleException noSuchEntityException) {
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
	protected AgreementModule removeImpl(AgreementModule agreementModule) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(agreementModule)) {
				agreementModule = (AgreementModule)session.get(
					AgreementModuleImpl.class,
					agreementModule.getPrimaryKeyObj());
			}

			if (agreementModule != null) {
				session.delete(agreementModule);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (agreementModule != null) {
			clearCache(agreementModule);
		}

		return agreementModule;
	}

	@Override
	public AgreementModule updateImpl(AgreementModule agreementModule) {
		boolean isNew = agreementModule.isNew();

		if (!(agreementModule instanceof AgreementModuleModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(agreementModule.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					agreementModule);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in agreementModule proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom AgreementModule implementation " +
					agreementModule.getClass());
		}

		AgreementModuleModelImpl agreementModuleModelImpl =
			(AgreementModuleModelImpl)agreementModule;

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(agreementModule);
			}
			else {
				agreementModule = (AgreementModule)session.merge(
					agreementModule);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			AgreementModuleImpl.class, agreementModuleModelImpl, false, true);

		if (isNew) {
			agreementModule.setNew(false);
		}

		agreementModule.resetOriginalValues();

		return agreementModule;
	}

	/**
	 * Returns the agreement module with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the agreement module
	 * @return the agreement module
	 * @throws NoSuchAgreementModuleException if a agreement module with the primary key could not be found
	 */
	@Override
	public AgreementModule findByPrimaryKey(Serializable primaryKey)
		throws NoSuchAgreementModuleException {

		AgreementModule agreementModule = fetchByPrimaryKey(primaryKey);

		if (agreementModule == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchAgreementModuleException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return agreementModule;
	}

	/**
	 * Returns the agreement module with the primary key or throws a <code>NoSuchAgreementModuleException</code> if it could not be found.
	 *
	 * @param agreementModuleId the primary key of the agreement module
	 * @return the agreement module
	 * @throws NoSuchAgreementModuleException if a agreement module with the primary key could not be found
	 */
	@Override
	public AgreementModule findByPrimaryKey(long agreementModuleId)
		throws NoSuchAgreementModuleException {

		return findByPrimaryKey((Serializable)agreementModuleId);
	}

	/**
	 * Returns the agreement module with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param agreementModuleId the primary key of the agreement module
	 * @return the agreement module, or <code>null</code> if a agreement module with the primary key could not be found
	 */
	@Override
	public AgreementModule fetchByPrimaryKey(long agreementModuleId) {
		return fetchByPrimaryKey((Serializable)agreementModuleId);
	}

	/**
	 * Returns all the agreement modules.
	 *
	 * @return the agreement modules
	 */
	@Override
	public List<AgreementModule> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the agreement modules.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementModuleModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement modules
	 * @param end the upper bound of the range of agreement modules (not inclusive)
	 * @return the range of agreement modules
	 */
	@Override
	public List<AgreementModule> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the agreement modules.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementModuleModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement modules
	 * @param end the upper bound of the range of agreement modules (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of agreement modules
	 */
	@Override
	public List<AgreementModule> findAll(
		int start, int end,
		OrderByComparator<AgreementModule> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the agreement modules.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementModuleModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement modules
	 * @param end the upper bound of the range of agreement modules (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of agreement modules
	 */
	@Override
	public List<AgreementModule> findAll(
		int start, int end,
		OrderByComparator<AgreementModule> orderByComparator,
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

		List<AgreementModule> list = null;

		if (useFinderCache) {
			list = (List<AgreementModule>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_AGREEMENTMODULE);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_AGREEMENTMODULE;

				sql = sql.concat(AgreementModuleModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<AgreementModule>)QueryUtil.list(
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
	 * Removes all the agreement modules from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (AgreementModule agreementModule : findAll()) {
			remove(agreementModule);
		}
	}

	/**
	 * Returns the number of agreement modules.
	 *
	 * @return the number of agreement modules
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_AGREEMENTMODULE);

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
		return "agreementModuleId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_AGREEMENTMODULE;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return AgreementModuleModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the agreement module persistence.
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

		AgreementModuleUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		AgreementModuleUtil.setPersistence(null);

		entityCache.removeCache(AgreementModuleImpl.class.getName());
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

	private static final String _SQL_SELECT_AGREEMENTMODULE =
		"SELECT agreementModule FROM AgreementModule agreementModule";

	private static final String _SQL_SELECT_AGREEMENTMODULE_WHERE =
		"SELECT agreementModule FROM AgreementModule agreementModule WHERE ";

	private static final String _SQL_COUNT_AGREEMENTMODULE =
		"SELECT COUNT(agreementModule) FROM AgreementModule agreementModule";

	private static final String _SQL_COUNT_AGREEMENTMODULE_WHERE =
		"SELECT COUNT(agreementModule) FROM AgreementModule agreementModule WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "agreementModule.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No AgreementModule exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No AgreementModule exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		AgreementModulePersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}