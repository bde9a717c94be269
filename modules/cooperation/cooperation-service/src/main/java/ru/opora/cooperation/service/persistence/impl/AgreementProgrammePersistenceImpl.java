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

import ru.opora.cooperation.exception.NoSuchAgreementProgrammeException;
import ru.opora.cooperation.model.AgreementProgramme;
import ru.opora.cooperation.model.AgreementProgrammeTable;
import ru.opora.cooperation.model.impl.AgreementProgrammeImpl;
import ru.opora.cooperation.model.impl.AgreementProgrammeModelImpl;
import ru.opora.cooperation.service.persistence.AgreementProgrammePersistence;
import ru.opora.cooperation.service.persistence.AgreementProgrammeUtil;
import ru.opora.cooperation.service.persistence.impl.constants.OporaPersistenceConstants;

/**
 * The persistence implementation for the agreement programme service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @generated
 */
@Component(service = AgreementProgrammePersistence.class)
public class AgreementProgrammePersistenceImpl
	extends BasePersistenceImpl<AgreementProgramme>
	implements AgreementProgrammePersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>AgreementProgrammeUtil</code> to access the agreement programme persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		AgreementProgrammeImpl.class.getName();

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
	 * Returns all the agreement programmes where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @return the matching agreement programmes
	 */
	@Override
	public List<AgreementProgramme> findByAgreementId(long agreementId) {
		return findByAgreementId(
			agreementId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the agreement programmes where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementProgrammeModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement programmes
	 * @param end the upper bound of the range of agreement programmes (not inclusive)
	 * @return the range of matching agreement programmes
	 */
	@Override
	public List<AgreementProgramme> findByAgreementId(
		long agreementId, int start, int end) {

		return findByAgreementId(agreementId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the agreement programmes where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementProgrammeModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement programmes
	 * @param end the upper bound of the range of agreement programmes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching agreement programmes
	 */
	@Override
	public List<AgreementProgramme> findByAgreementId(
		long agreementId, int start, int end,
		OrderByComparator<AgreementProgramme> orderByComparator) {

		return findByAgreementId(
			agreementId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the agreement programmes where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementProgrammeModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement programmes
	 * @param end the upper bound of the range of agreement programmes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching agreement programmes
	 */
	@Override
	public List<AgreementProgramme> findByAgreementId(
		long agreementId, int start, int end,
		OrderByComparator<AgreementProgramme> orderByComparator,
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

		List<AgreementProgramme> list = null;

		if (useFinderCache) {
			list = (List<AgreementProgramme>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (AgreementProgramme agreementProgramme : list) {
					if (agreementId != agreementProgramme.getAgreementId()) {
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

			sb.append(_SQL_SELECT_AGREEMENTPROGRAMME_WHERE);

			sb.append(_FINDER_COLUMN_AGREEMENTID_AGREEMENTID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(AgreementProgrammeModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(agreementId);

				list = (List<AgreementProgramme>)QueryUtil.list(
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
	 * Returns the first agreement programme in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement programme
	 * @throws NoSuchAgreementProgrammeException if a matching agreement programme could not be found
	 */
	@Override
	public AgreementProgramme findByAgreementId_First(
			long agreementId,
			OrderByComparator<AgreementProgramme> orderByComparator)
		throws NoSuchAgreementProgrammeException {

		AgreementProgramme agreementProgramme = fetchByAgreementId_First(
			agreementId, orderByComparator);

		if (agreementProgramme != null) {
			return agreementProgramme;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("agreementId=");
		sb.append(agreementId);

		sb.append("}");

		throw new NoSuchAgreementProgrammeException(sb.toString());
	}

	/**
	 * Returns the first agreement programme in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement programme, or <code>null</code> if a matching agreement programme could not be found
	 */
	@Override
	public AgreementProgramme fetchByAgreementId_First(
		long agreementId,
		OrderByComparator<AgreementProgramme> orderByComparator) {

		List<AgreementProgramme> list = findByAgreementId(
			agreementId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last agreement programme in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement programme
	 * @throws NoSuchAgreementProgrammeException if a matching agreement programme could not be found
	 */
	@Override
	public AgreementProgramme findByAgreementId_Last(
			long agreementId,
			OrderByComparator<AgreementProgramme> orderByComparator)
		throws NoSuchAgreementProgrammeException {

		AgreementProgramme agreementProgramme = fetchByAgreementId_Last(
			agreementId, orderByComparator);

		if (agreementProgramme != null) {
			return agreementProgramme;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("agreementId=");
		sb.append(agreementId);

		sb.append("}");

		throw new NoSuchAgreementProgrammeException(sb.toString());
	}

	/**
	 * Returns the last agreement programme in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement programme, or <code>null</code> if a matching agreement programme could not be found
	 */
	@Override
	public AgreementProgramme fetchByAgreementId_Last(
		long agreementId,
		OrderByComparator<AgreementProgramme> orderByComparator) {

		int count = countByAgreementId(agreementId);

		if (count == 0) {
			return null;
		}

		List<AgreementProgramme> list = findByAgreementId(
			agreementId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the agreement programmes before and after the current agreement programme in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementProgrammeId the primary key of the current agreement programme
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next agreement programme
	 * @throws NoSuchAgreementProgrammeException if a agreement programme with the primary key could not be found
	 */
	@Override
	public AgreementProgramme[] findByAgreementId_PrevAndNext(
			long agreementProgrammeId, long agreementId,
			OrderByComparator<AgreementProgramme> orderByComparator)
		throws NoSuchAgreementProgrammeException {

		AgreementProgramme agreementProgramme = findByPrimaryKey(
			agreementProgrammeId);

		Session session = null;

		try {
			session = openSession();

			AgreementProgramme[] array = new AgreementProgrammeImpl[3];

			array[0] = getByAgreementId_PrevAndNext(
				session, agreementProgramme, agreementId, orderByComparator,
				true);

			array[1] = agreementProgramme;

			array[2] = getByAgreementId_PrevAndNext(
				session, agreementProgramme, agreementId, orderByComparator,
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

	protected AgreementProgramme getByAgreementId_PrevAndNext(
		Session session, AgreementProgramme agreementProgramme,
		long agreementId,
		OrderByComparator<AgreementProgramme> orderByComparator,
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

		sb.append(_SQL_SELECT_AGREEMENTPROGRAMME_WHERE);

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
			sb.append(AgreementProgrammeModelImpl.ORDER_BY_JPQL);
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
						agreementProgramme)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<AgreementProgramme> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the agreement programmes where agreementId = &#63; from the database.
	 *
	 * @param agreementId the agreement ID
	 */
	@Override
	public void removeByAgreementId(long agreementId) {
		for (AgreementProgramme agreementProgramme :
				findByAgreementId(
					agreementId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(agreementProgramme);
		}
	}

	/**
	 * Returns the number of agreement programmes where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @return the number of matching agreement programmes
	 */
	@Override
	public int countByAgreementId(long agreementId) {
		FinderPath finderPath = _finderPathCountByAgreementId;

		Object[] finderArgs = new Object[] {agreementId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_AGREEMENTPROGRAMME_WHERE);

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
		"agreementProgramme.agreementId = ?";

	public AgreementProgrammePersistenceImpl() {
		setModelClass(AgreementProgramme.class);

		setModelImplClass(AgreementProgrammeImpl.class);
		setModelPKClass(long.class);

		setTable(AgreementProgrammeTable.INSTANCE);
	}

	/**
	 * Caches the agreement programme in the entity cache if it is enabled.
	 *
	 * @param agreementProgramme the agreement programme
	 */
	@Override
	public void cacheResult(AgreementProgramme agreementProgramme) {
		entityCache.putResult(
			AgreementProgrammeImpl.class, agreementProgramme.getPrimaryKey(),
			agreementProgramme);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the agreement programmes in the entity cache if it is enabled.
	 *
	 * @param agreementProgrammes the agreement programmes
	 */
	@Override
	public void cacheResult(List<AgreementProgramme> agreementProgrammes) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (agreementProgrammes.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (AgreementProgramme agreementProgramme : agreementProgrammes) {
			if (entityCache.getResult(
					AgreementProgrammeImpl.class,
					agreementProgramme.getPrimaryKey()) == null) {

				cacheResult(agreementProgramme);
			}
		}
	}

	/**
	 * Clears the cache for all agreement programmes.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(AgreementProgrammeImpl.class);

		finderCache.clearCache(AgreementProgrammeImpl.class);
	}

	/**
	 * Clears the cache for the agreement programme.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(AgreementProgramme agreementProgramme) {
		entityCache.removeResult(
			AgreementProgrammeImpl.class, agreementProgramme);
	}

	@Override
	public void clearCache(List<AgreementProgramme> agreementProgrammes) {
		for (AgreementProgramme agreementProgramme : agreementProgrammes) {
			entityCache.removeResult(
				AgreementProgrammeImpl.class, agreementProgramme);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(AgreementProgrammeImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(AgreementProgrammeImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new agreement programme with the primary key. Does not add the agreement programme to the database.
	 *
	 * @param agreementProgrammeId the primary key for the new agreement programme
	 * @return the new agreement programme
	 */
	@Override
	public AgreementProgramme create(long agreementProgrammeId) {
		AgreementProgramme agreementProgramme = new AgreementProgrammeImpl();

		agreementProgramme.setNew(true);
		agreementProgramme.setPrimaryKey(agreementProgrammeId);

		agreementProgramme.setCompanyId(CompanyThreadLocal.getCompanyId());

		return agreementProgramme;
	}

	/**
	 * Removes the agreement programme with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param agreementProgrammeId the primary key of the agreement programme
	 * @return the agreement programme that was removed
	 * @throws NoSuchAgreementProgrammeException if a agreement programme with the primary key could not be found
	 */
	@Override
	public AgreementProgramme remove(long agreementProgrammeId)
		throws NoSuchAgreementProgrammeException {

		return remove((Serializable)agreementProgrammeId);
	}

	/**
	 * Removes the agreement programme with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the agreement programme
	 * @return the agreement programme that was removed
	 * @throws NoSuchAgreementProgrammeException if a agreement programme with the primary key could not be found
	 */
	@Override
	public AgreementProgramme remove(Serializable primaryKey)
		throws NoSuchAgreementProgrammeException {

		Session session = null;

		try {
			session = openSession();

			AgreementProgramme agreementProgramme =
				(AgreementProgramme)session.get(
					AgreementProgrammeImpl.class, primaryKey);

			if (agreementProgramme == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchAgreementProgrammeException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(agreementProgramme);
		}
		catch (NoSuchAgreementProgrammeException noSuchEntityException) {
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
	protected AgreementProgramme removeImpl(
		AgreementProgramme agreementProgramme) {

		Session session = null;

		try {
			session = openSession();

			if (!session.contains(agreementProgramme)) {
				agreementProgramme = (AgreementProgramme)session.get(
					AgreementProgrammeImpl.class,
					agreementProgramme.getPrimaryKeyObj());
			}

			if (agreementProgramme != null) {
				session.delete(agreementProgramme);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (agreementProgramme != null) {
			clearCache(agreementProgramme);
		}

		return agreementProgramme;
	}

	@Override
	public AgreementProgramme updateImpl(
		AgreementProgramme agreementProgramme) {

		boolean isNew = agreementProgramme.isNew();

		if (!(agreementProgramme instanceof AgreementProgrammeModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(agreementProgramme.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					agreementProgramme);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in agreementProgramme proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom AgreementProgramme implementation " +
					agreementProgramme.getClass());
		}

		AgreementProgrammeModelImpl agreementProgrammeModelImpl =
			(AgreementProgrammeModelImpl)agreementProgramme;

		if (isNew && (agreementProgramme.getCreateDate() == null)) {
			ServiceContext serviceContext =
				ServiceContextThreadLocal.getServiceContext();

			Date date = new Date();

			if (serviceContext == null) {
				agreementProgramme.setCreateDate(date);
			}
			else {
				agreementProgramme.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(agreementProgramme);
			}
			else {
				agreementProgramme = (AgreementProgramme)session.merge(
					agreementProgramme);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			AgreementProgrammeImpl.class, agreementProgrammeModelImpl, false,
			true);

		if (isNew) {
			agreementProgramme.setNew(false);
		}

		agreementProgramme.resetOriginalValues();

		return agreementProgramme;
	}

	/**
	 * Returns the agreement programme with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the agreement programme
	 * @return the agreement programme
	 * @throws NoSuchAgreementProgrammeException if a agreement programme with the primary key could not be found
	 */
	@Override
	public AgreementProgramme findByPrimaryKey(Serializable primaryKey)
		throws NoSuchAgreementProgrammeException {

		AgreementProgramme agreementProgramme = fetchByPrimaryKey(primaryKey);

		if (agreementProgramme == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchAgreementProgrammeException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return agreementProgramme;
	}

	/**
	 * Returns the agreement programme with the primary key or throws a <code>NoSuchAgreementProgrammeException</code> if it could not be found.
	 *
	 * @param agreementProgrammeId the primary key of the agreement programme
	 * @return the agreement programme
	 * @throws NoSuchAgreementProgrammeException if a agreement programme with the primary key could not be found
	 */
	@Override
	public AgreementProgramme findByPrimaryKey(long agreementProgrammeId)
		throws NoSuchAgreementProgrammeException {

		return findByPrimaryKey((Serializable)agreementProgrammeId);
	}

	/**
	 * Returns the agreement programme with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param agreementProgrammeId the primary key of the agreement programme
	 * @return the agreement programme, or <code>null</code> if a agreement programme with the primary key could not be found
	 */
	@Override
	public AgreementProgramme fetchByPrimaryKey(long agreementProgrammeId) {
		return fetchByPrimaryKey((Serializable)agreementProgrammeId);
	}

	/**
	 * Returns all the agreement programmes.
	 *
	 * @return the agreement programmes
	 */
	@Override
	public List<AgreementProgramme> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the agreement programmes.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementProgrammeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement programmes
	 * @param end the upper bound of the range of agreement programmes (not inclusive)
	 * @return the range of agreement programmes
	 */
	@Override
	public List<AgreementProgramme> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the agreement programmes.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementProgrammeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement programmes
	 * @param end the upper bound of the range of agreement programmes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of agreement programmes
	 */
	@Override
	public List<AgreementProgramme> findAll(
		int start, int end,
		OrderByComparator<AgreementProgramme> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the agreement programmes.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementProgrammeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement programmes
	 * @param end the upper bound of the range of agreement programmes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of agreement programmes
	 */
	@Override
	public List<AgreementProgramme> findAll(
		int start, int end,
		OrderByComparator<AgreementProgramme> orderByComparator,
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

		List<AgreementProgramme> list = null;

		if (useFinderCache) {
			list = (List<AgreementProgramme>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_AGREEMENTPROGRAMME);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_AGREEMENTPROGRAMME;

				sql = sql.concat(AgreementProgrammeModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<AgreementProgramme>)QueryUtil.list(
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
	 * Removes all the agreement programmes from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (AgreementProgramme agreementProgramme : findAll()) {
			remove(agreementProgramme);
		}
	}

	/**
	 * Returns the number of agreement programmes.
	 *
	 * @return the number of agreement programmes
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
					_SQL_COUNT_AGREEMENTPROGRAMME);

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
		return "agreementProgrammeId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_AGREEMENTPROGRAMME;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return AgreementProgrammeModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the agreement programme persistence.
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

		AgreementProgrammeUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		AgreementProgrammeUtil.setPersistence(null);

		entityCache.removeCache(AgreementProgrammeImpl.class.getName());
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

	private static final String _SQL_SELECT_AGREEMENTPROGRAMME =
		"SELECT agreementProgramme FROM AgreementProgramme agreementProgramme";

	private static final String _SQL_SELECT_AGREEMENTPROGRAMME_WHERE =
		"SELECT agreementProgramme FROM AgreementProgramme agreementProgramme WHERE ";

	private static final String _SQL_COUNT_AGREEMENTPROGRAMME =
		"SELECT COUNT(agreementProgramme) FROM AgreementProgramme agreementProgramme";

	private static final String _SQL_COUNT_AGREEMENTPROGRAMME_WHERE =
		"SELECT COUNT(agreementProgramme) FROM AgreementProgramme agreementProgramme WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "agreementProgramme.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No AgreementProgramme exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No AgreementProgramme exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		AgreementProgrammePersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}