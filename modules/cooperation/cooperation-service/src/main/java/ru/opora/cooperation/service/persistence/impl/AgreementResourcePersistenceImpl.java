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

import ru.opora.cooperation.exception.NoSuchAgreementResourceException;
import ru.opora.cooperation.model.AgreementResource;
import ru.opora.cooperation.model.AgreementResourceTable;
import ru.opora.cooperation.model.impl.AgreementResourceImpl;
import ru.opora.cooperation.model.impl.AgreementResourceModelImpl;
import ru.opora.cooperation.service.persistence.AgreementResourcePersistence;
import ru.opora.cooperation.service.persistence.AgreementResourceUtil;
import ru.opora.cooperation.service.persistence.impl.constants.OporaPersistenceConstants;

/**
 * The persistence implementation for the agreement resource service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @generated
 */
@Component(service = AgreementResourcePersistence.class)
public class AgreementResourcePersistenceImpl
	extends BasePersistenceImpl<AgreementResource>
	implements AgreementResourcePersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>AgreementResourceUtil</code> to access the agreement resource persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		AgreementResourceImpl.class.getName();

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
	 * Returns all the agreement resources where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @return the matching agreement resources
	 */
	@Override
	public List<AgreementResource> findByAgreementId(long agreementId) {
		return findByAgreementId(
			agreementId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the agreement resources where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementResourceModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement resources
	 * @param end the upper bound of the range of agreement resources (not inclusive)
	 * @return the range of matching agreement resources
	 */
	@Override
	public List<AgreementResource> findByAgreementId(
		long agreementId, int start, int end) {

		return findByAgreementId(agreementId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the agreement resources where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementResourceModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement resources
	 * @param end the upper bound of the range of agreement resources (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching agreement resources
	 */
	@Override
	public List<AgreementResource> findByAgreementId(
		long agreementId, int start, int end,
		OrderByComparator<AgreementResource> orderByComparator) {

		return findByAgreementId(
			agreementId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the agreement resources where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementResourceModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement resources
	 * @param end the upper bound of the range of agreement resources (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching agreement resources
	 */
	@Override
	public List<AgreementResource> findByAgreementId(
		long agreementId, int start, int end,
		OrderByComparator<AgreementResource> orderByComparator,
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

		List<AgreementResource> list = null;

		if (useFinderCache) {
			list = (List<AgreementResource>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (AgreementResource agreementResource : list) {
					if (agreementId != agreementResource.getAgreementId()) {
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

			sb.append(_SQL_SELECT_AGREEMENTRESOURCE_WHERE);

			sb.append(_FINDER_COLUMN_AGREEMENTID_AGREEMENTID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(AgreementResourceModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(agreementId);

				list = (List<AgreementResource>)QueryUtil.list(
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
	 * Returns the first agreement resource in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement resource
	 * @throws NoSuchAgreementResourceException if a matching agreement resource could not be found
	 */
	@Override
	public AgreementResource findByAgreementId_First(
			long agreementId,
			OrderByComparator<AgreementResource> orderByComparator)
		throws NoSuchAgreementResourceException {

		AgreementResource agreementResource = fetchByAgreementId_First(
			agreementId, orderByComparator);

		if (agreementResource != null) {
			return agreementResource;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("agreementId=");
		sb.append(agreementId);

		sb.append("}");

		throw new NoSuchAgreementResourceException(sb.toString());
	}

	/**
	 * Returns the first agreement resource in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement resource, or <code>null</code> if a matching agreement resource could not be found
	 */
	@Override
	public AgreementResource fetchByAgreementId_First(
		long agreementId,
		OrderByComparator<AgreementResource> orderByComparator) {

		List<AgreementResource> list = findByAgreementId(
			agreementId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last agreement resource in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement resource
	 * @throws NoSuchAgreementResourceException if a matching agreement resource could not be found
	 */
	@Override
	public AgreementResource findByAgreementId_Last(
			long agreementId,
			OrderByComparator<AgreementResource> orderByComparator)
		throws NoSuchAgreementResourceException {

		AgreementResource agreementResource = fetchByAgreementId_Last(
			agreementId, orderByComparator);

		if (agreementResource != null) {
			return agreementResource;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("agreementId=");
		sb.append(agreementId);

		sb.append("}");

		throw new NoSuchAgreementResourceException(sb.toString());
	}

	/**
	 * Returns the last agreement resource in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement resource, or <code>null</code> if a matching agreement resource could not be found
	 */
	@Override
	public AgreementResource fetchByAgreementId_Last(
		long agreementId,
		OrderByComparator<AgreementResource> orderByComparator) {

		int count = countByAgreementId(agreementId);

		if (count == 0) {
			return null;
		}

		List<AgreementResource> list = findByAgreementId(
			agreementId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the agreement resources before and after the current agreement resource in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementResourceId the primary key of the current agreement resource
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next agreement resource
	 * @throws NoSuchAgreementResourceException if a agreement resource with the primary key could not be found
	 */
	@Override
	public AgreementResource[] findByAgreementId_PrevAndNext(
			long agreementResourceId, long agreementId,
			OrderByComparator<AgreementResource> orderByComparator)
		throws NoSuchAgreementResourceException {

		AgreementResource agreementResource = findByPrimaryKey(
			agreementResourceId);

		Session session = null;

		try {
			session = openSession();

			AgreementResource[] array = new AgreementResourceImpl[3];

			array[0] = getByAgreementId_PrevAndNext(
				session, agreementResource, agreementId, orderByComparator,
				true);

			array[1] = agreementResource;

			array[2] = getByAgreementId_PrevAndNext(
				session, agreementResource, agreementId, orderByComparator,
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

	protected AgreementResource getByAgreementId_PrevAndNext(
		Session session, AgreementResource agreementResource, long agreementId,
		OrderByComparator<AgreementResource> orderByComparator,
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

		sb.append(_SQL_SELECT_AGREEMENTRESOURCE_WHERE);

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
			sb.append(AgreementResourceModelImpl.ORDER_BY_JPQL);
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
						agreementResource)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<AgreementResource> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the agreement resources where agreementId = &#63; from the database.
	 *
	 * @param agreementId the agreement ID
	 */
	@Override
	public void removeByAgreementId(long agreementId) {
		for (AgreementResource agreementResource :
				findByAgreementId(
					agreementId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(agreementResource);
		}
	}

	/**
	 * Returns the number of agreement resources where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @return the number of matching agreement resources
	 */
	@Override
	public int countByAgreementId(long agreementId) {
		FinderPath finderPath = _finderPathCountByAgreementId;

		Object[] finderArgs = new Object[] {agreementId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_AGREEMENTRESOURCE_WHERE);

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
		"agreementResource.agreementId = ?";

	public AgreementResourcePersistenceImpl() {
		setModelClass(AgreementResource.class);

		setModelImplClass(AgreementResourceImpl.class);
		setModelPKClass(long.class);

		setTable(AgreementResourceTable.INSTANCE);
	}

	/**
	 * Caches the agreement resource in the entity cache if it is enabled.
	 *
	 * @param agreementResource the agreement resource
	 */
	@Override
	public void cacheResult(AgreementResource agreementResource) {
		entityCache.putResult(
			AgreementResourceImpl.class, agreementResource.getPrimaryKey(),
			agreementResource);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the agreement resources in the entity cache if it is enabled.
	 *
	 * @param agreementResources the agreement resources
	 */
	@Override
	public void cacheResult(List<AgreementResource> agreementResources) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (agreementResources.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (AgreementResource agreementResource : agreementResources) {
			if (entityCache.getResult(
					AgreementResourceImpl.class,
					agreementResource.getPrimaryKey()) == null) {

				cacheResult(agreementResource);
			}
		}
	}

	/**
	 * Clears the cache for all agreement resources.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(AgreementResourceImpl.class);

		finderCache.clearCache(AgreementResourceImpl.class);
	}

	/**
	 * Clears the cache for the agreement resource.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(AgreementResource agreementResource) {
		entityCache.removeResult(
			AgreementResourceImpl.class, agreementResource);
	}

	@Override
	public void clearCache(List<AgreementResource> agreementResources) {
		for (AgreementResource agreementResource : agreementResources) {
			entityCache.removeResult(
				AgreementResourceImpl.class, agreementResource);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(AgreementResourceImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(AgreementResourceImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new agreement resource with the primary key. Does not add the agreement resource to the database.
	 *
	 * @param agreementResourceId the primary key for the new agreement resource
	 * @return the new agreement resource
	 */
	@Override
	public AgreementResource create(long agreementResourceId) {
		AgreementResource agreementResource = new AgreementResourceImpl();

		agreementResource.setNew(true);
		agreementResource.setPrimaryKey(agreementResourceId);

		agreementResource.setCompanyId(CompanyThreadLocal.getCompanyId());

		return agreementResource;
	}

	/**
	 * Removes the agreement resource with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param agreementResourceId the primary key of the agreement resource
	 * @return the agreement resource that was removed
	 * @throws NoSuchAgreementResourceException if a agreement resource with the primary key could not be found
	 */
	@Override
	public AgreementResource remove(long agreementResourceId)
		throws NoSuchAgreementResourceException {

		return remove((Serializable)agreementResourceId);
	}

	/**
	 * Removes the agreement resource with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the agreement resource
	 * @return the agreement resource that was removed
	 * @throws NoSuchAgreementResourceException if a agreement resource with the primary key could not be found
	 */
	@Override
	public AgreementResource remove(Serializable primaryKey)
		throws NoSuchAgreementResourceException {

		Session session = null;

		try {
			session = openSession();

			AgreementResource agreementResource =
				(AgreementResource)session.get(
					AgreementResourceImpl.class, primaryKey);

			if (agreementResource == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchAgreementResourceException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(agreementResource);
		}
		catch (NoSuchAgreementResourceException noSuchEntityException) {
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
	protected AgreementResource removeImpl(
		AgreementResource agreementResource) {

		Session session = null;

		try {
			session = openSession();

			if (!session.contains(agreementResource)) {
				agreementResource = (AgreementResource)session.get(
					AgreementResourceImpl.class,
					agreementResource.getPrimaryKeyObj());
			}

			if (agreementResource != null) {
				session.delete(agreementResource);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (agreementResource != null) {
			clearCache(agreementResource);
		}

		return agreementResource;
	}

	@Override
	public AgreementResource updateImpl(AgreementResource agreementResource) {
		boolean isNew = agreementResource.isNew();

		if (!(agreementResource instanceof AgreementResourceModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(agreementResource.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					agreementResource);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in agreementResource proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom AgreementResource implementation " +
					agreementResource.getClass());
		}

		AgreementResourceModelImpl agreementResourceModelImpl =
			(AgreementResourceModelImpl)agreementResource;

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(agreementResource);
			}
			else {
				agreementResource = (AgreementResource)session.merge(
					agreementResource);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			AgreementResourceImpl.class, agreementResourceModelImpl, false,
			true);

		if (isNew) {
			agreementResource.setNew(false);
		}

		agreementResource.resetOriginalValues();

		return agreementResource;
	}

	/**
	 * Returns the agreement resource with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the agreement resource
	 * @return the agreement resource
	 * @throws NoSuchAgreementResourceException if a agreement resource with the primary key could not be found
	 */
	@Override
	public AgreementResource findByPrimaryKey(Serializable primaryKey)
		throws NoSuchAgreementResourceException {

		AgreementResource agreementResource = fetchByPrimaryKey(primaryKey);

		if (agreementResource == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchAgreementResourceException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return agreementResource;
	}

	/**
	 * Returns the agreement resource with the primary key or throws a <code>NoSuchAgreementResourceException</code> if it could not be found.
	 *
	 * @param agreementResourceId the primary key of the agreement resource
	 * @return the agreement resource
	 * @throws NoSuchAgreementResourceException if a agreement resource with the primary key could not be found
	 */
	@Override
	public AgreementResource findByPrimaryKey(long agreementResourceId)
		throws NoSuchAgreementResourceException {

		return findByPrimaryKey((Serializable)agreementResourceId);
	}

	/**
	 * Returns the agreement resource with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param agreementResourceId the primary key of the agreement resource
	 * @return the agreement resource, or <code>null</code> if a agreement resource with the primary key could not be found
	 */
	@Override
	public AgreementResource fetchByPrimaryKey(long agreementResourceId) {
		return fetchByPrimaryKey((Serializable)agreementResourceId);
	}

	/**
	 * Returns all the agreement resources.
	 *
	 * @return the agreement resources
	 */
	@Override
	public List<AgreementResource> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the agreement resources.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementResourceModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement resources
	 * @param end the upper bound of the range of agreement resources (not inclusive)
	 * @return the range of agreement resources
	 */
	@Override
	public List<AgreementResource> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the agreement resources.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementResourceModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement resources
	 * @param end the upper bound of the range of agreement resources (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of agreement resources
	 */
	@Override
	public List<AgreementResource> findAll(
		int start, int end,
		OrderByComparator<AgreementResource> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the agreement resources.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementResourceModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement resources
	 * @param end the upper bound of the range of agreement resources (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of agreement resources
	 */
	@Override
	public List<AgreementResource> findAll(
		int start, int end,
		OrderByComparator<AgreementResource> orderByComparator,
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

		List<AgreementResource> list = null;

		if (useFinderCache) {
			list = (List<AgreementResource>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_AGREEMENTRESOURCE);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_AGREEMENTRESOURCE;

				sql = sql.concat(AgreementResourceModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<AgreementResource>)QueryUtil.list(
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
	 * Removes all the agreement resources from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (AgreementResource agreementResource : findAll()) {
			remove(agreementResource);
		}
	}

	/**
	 * Returns the number of agreement resources.
	 *
	 * @return the number of agreement resources
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_AGREEMENTRESOURCE);

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
		return "agreementResourceId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_AGREEMENTRESOURCE;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return AgreementResourceModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the agreement resource persistence.
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

		AgreementResourceUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		AgreementResourceUtil.setPersistence(null);

		entityCache.removeCache(AgreementResourceImpl.class.getName());
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

	private static final String _SQL_SELECT_AGREEMENTRESOURCE =
		"SELECT agreementResource FROM AgreementResource agreementResource";

	private static final String _SQL_SELECT_AGREEMENTRESOURCE_WHERE =
		"SELECT agreementResource FROM AgreementResource agreementResource WHERE ";

	private static final String _SQL_COUNT_AGREEMENTRESOURCE =
		"SELECT COUNT(agreementResource) FROM AgreementResource agreementResource";

	private static final String _SQL_COUNT_AGREEMENTRESOURCE_WHERE =
		"SELECT COUNT(agreementResource) FROM AgreementResource agreementResource WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "agreementResource.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No AgreementResource exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No AgreementResource exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		AgreementResourcePersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}