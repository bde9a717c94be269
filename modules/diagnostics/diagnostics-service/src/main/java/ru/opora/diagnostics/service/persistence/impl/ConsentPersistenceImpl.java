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

import ru.opora.diagnostics.exception.NoSuchConsentException;
import ru.opora.diagnostics.model.Consent;
import ru.opora.diagnostics.model.ConsentTable;
import ru.opora.diagnostics.model.impl.ConsentImpl;
import ru.opora.diagnostics.model.impl.ConsentModelImpl;
import ru.opora.diagnostics.service.persistence.ConsentPersistence;
import ru.opora.diagnostics.service.persistence.ConsentUtil;
import ru.opora.diagnostics.service.persistence.impl.constants.OporaDiagPersistenceConstants;

/**
 * The persistence implementation for the consent service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @generated
 */
@Component(service = ConsentPersistence.class)
public class ConsentPersistenceImpl
	extends BasePersistenceImpl<Consent> implements ConsentPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>ConsentUtil</code> to access the consent persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		ConsentImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathWithPaginationFindByC_U;
	private FinderPath _finderPathWithoutPaginationFindByC_U;
	private FinderPath _finderPathCountByC_U;

	/**
	 * Returns all the consents where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @return the matching consents
	 */
	@Override
	public List<Consent> findByC_U(long companyId, long userId) {
		return findByC_U(
			companyId, userId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the consents where companyId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ConsentModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of consents
	 * @param end the upper bound of the range of consents (not inclusive)
	 * @return the range of matching consents
	 */
	@Override
	public List<Consent> findByC_U(
		long companyId, long userId, int start, int end) {

		return findByC_U(companyId, userId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the consents where companyId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ConsentModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of consents
	 * @param end the upper bound of the range of consents (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching consents
	 */
	@Override
	public List<Consent> findByC_U(
		long companyId, long userId, int start, int end,
		OrderByComparator<Consent> orderByComparator) {

		return findByC_U(
			companyId, userId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the consents where companyId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ConsentModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of consents
	 * @param end the upper bound of the range of consents (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching consents
	 */
	@Override
	public List<Consent> findByC_U(
		long companyId, long userId, int start, int end,
		OrderByComparator<Consent> orderByComparator, boolean useFinderCache) {

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

		List<Consent> list = null;

		if (useFinderCache) {
			list = (List<Consent>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (Consent consent : list) {
					if ((companyId != consent.getCompanyId()) ||
						(userId != consent.getUserId())) {

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

			sb.append(_SQL_SELECT_CONSENT_WHERE);

			sb.append(_FINDER_COLUMN_C_U_COMPANYID_2);

			sb.append(_FINDER_COLUMN_C_U_USERID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(ConsentModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				queryPos.add(userId);

				list = (List<Consent>)QueryUtil.list(
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
	 * Returns the first consent in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching consent
	 * @throws NoSuchConsentException if a matching consent could not be found
	 */
	@Override
	public Consent findByC_U_First(
			long companyId, long userId,
			OrderByComparator<Consent> orderByComparator)
		throws NoSuchConsentException {

		Consent consent = fetchByC_U_First(
			companyId, userId, orderByComparator);

		if (consent != null) {
			return consent;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", userId=");
		sb.append(userId);

		sb.append("}");

		throw new NoSuchConsentException(sb.toString());
	}

	/**
	 * Returns the first consent in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching consent, or <code>null</code> if a matching consent could not be found
	 */
	@Override
	public Consent fetchByC_U_First(
		long companyId, long userId,
		OrderByComparator<Consent> orderByComparator) {

		List<Consent> list = findByC_U(
			companyId, userId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last consent in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching consent
	 * @throws NoSuchConsentException if a matching consent could not be found
	 */
	@Override
	public Consent findByC_U_Last(
			long companyId, long userId,
			OrderByComparator<Consent> orderByComparator)
		throws NoSuchConsentException {

		Consent consent = fetchByC_U_Last(companyId, userId, orderByComparator);

		if (consent != null) {
			return consent;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", userId=");
		sb.append(userId);

		sb.append("}");

		throw new NoSuchConsentException(sb.toString());
	}

	/**
	 * Returns the last consent in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching consent, or <code>null</code> if a matching consent could not be found
	 */
	@Override
	public Consent fetchByC_U_Last(
		long companyId, long userId,
		OrderByComparator<Consent> orderByComparator) {

		int count = countByC_U(companyId, userId);

		if (count == 0) {
			return null;
		}

		List<Consent> list = findByC_U(
			companyId, userId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the consents before and after the current consent in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param consentId the primary key of the current consent
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next consent
	 * @throws NoSuchConsentException if a consent with the primary key could not be found
	 */
	@Override
	public Consent[] findByC_U_PrevAndNext(
			long consentId, long companyId, long userId,
			OrderByComparator<Consent> orderByComparator)
		throws NoSuchConsentException {

		Consent consent = findByPrimaryKey(consentId);

		Session session = null;

		try {
			session = openSession();

			Consent[] array = new ConsentImpl[3];

			array[0] = getByC_U_PrevAndNext(
				session, consent, companyId, userId, orderByComparator, true);

			array[1] = consent;

			array[2] = getByC_U_PrevAndNext(
				session, consent, companyId, userId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected Consent getByC_U_PrevAndNext(
		Session session, Consent consent, long companyId, long userId,
		OrderByComparator<Consent> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				5 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(4);
		}

		sb.append(_SQL_SELECT_CONSENT_WHERE);

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
			sb.append(ConsentModelImpl.ORDER_BY_JPQL);
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
					orderByComparator.getOrderByConditionValues(consent)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<Consent> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the consents where companyId = &#63; and userId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 */
	@Override
	public void removeByC_U(long companyId, long userId) {
		for (Consent consent :
				findByC_U(
					companyId, userId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(consent);
		}
	}

	/**
	 * Returns the number of consents where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @return the number of matching consents
	 */
	@Override
	public int countByC_U(long companyId, long userId) {
		FinderPath finderPath = _finderPathCountByC_U;

		Object[] finderArgs = new Object[] {companyId, userId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_CONSENT_WHERE);

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
		"consent.companyId = ? AND ";

	private static final String _FINDER_COLUMN_C_U_USERID_2 =
		"consent.userId = ?";

	public ConsentPersistenceImpl() {
		setModelClass(Consent.class);

		setModelImplClass(ConsentImpl.class);
		setModelPKClass(long.class);

		setTable(ConsentTable.INSTANCE);
	}

	/**
	 * Caches the consent in the entity cache if it is enabled.
	 *
	 * @param consent the consent
	 */
	@Override
	public void cacheResult(Consent consent) {
		entityCache.putResult(
			ConsentImpl.class, consent.getPrimaryKey(), consent);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the consents in the entity cache if it is enabled.
	 *
	 * @param consents the consents
	 */
	@Override
	public void cacheResult(List<Consent> consents) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (consents.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (Consent consent : consents) {
			if (entityCache.getResult(
					ConsentImpl.class, consent.getPrimaryKey()) == null) {

				cacheResult(consent);
			}
		}
	}

	/**
	 * Clears the cache for all consents.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(ConsentImpl.class);

		finderCache.clearCache(ConsentImpl.class);
	}

	/**
	 * Clears the cache for the consent.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(Consent consent) {
		entityCache.removeResult(ConsentImpl.class, consent);
	}

	@Override
	public void clearCache(List<Consent> consents) {
		for (Consent consent : consents) {
			entityCache.removeResult(ConsentImpl.class, consent);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(ConsentImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(ConsentImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new consent with the primary key. Does not add the consent to the database.
	 *
	 * @param consentId the primary key for the new consent
	 * @return the new consent
	 */
	@Override
	public Consent create(long consentId) {
		Consent consent = new ConsentImpl();

		consent.setNew(true);
		consent.setPrimaryKey(consentId);

		consent.setCompanyId(CompanyThreadLocal.getCompanyId());

		return consent;
	}

	/**
	 * Removes the consent with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param consentId the primary key of the consent
	 * @return the consent that was removed
	 * @throws NoSuchConsentException if a consent with the primary key could not be found
	 */
	@Override
	public Consent remove(long consentId) throws NoSuchConsentException {
		return remove((Serializable)consentId);
	}

	/**
	 * Removes the consent with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the consent
	 * @return the consent that was removed
	 * @throws NoSuchConsentException if a consent with the primary key could not be found
	 */
	@Override
	public Consent remove(Serializable primaryKey)
		throws NoSuchConsentException {

		Session session = null;

		try {
			session = openSession();

			Consent consent = (Consent)session.get(
				ConsentImpl.class, primaryKey);

			if (consent == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchConsentException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(consent);
		}
		catch (NoSuchConsentException noSuchEntityException) {
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
	protected Consent removeImpl(Consent consent) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(consent)) {
				consent = (Consent)session.get(
					ConsentImpl.class, consent.getPrimaryKeyObj());
			}

			if (consent != null) {
				session.delete(consent);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (consent != null) {
			clearCache(consent);
		}

		return consent;
	}

	@Override
	public Consent updateImpl(Consent consent) {
		boolean isNew = consent.isNew();

		if (!(consent instanceof ConsentModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(consent.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(consent);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in consent proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom Consent implementation " +
					consent.getClass());
		}

		ConsentModelImpl consentModelImpl = (ConsentModelImpl)consent;

		if (isNew && (consent.getCreateDate() == null)) {
			ServiceContext serviceContext =
				ServiceContextThreadLocal.getServiceContext();

			Date date = new Date();

			if (serviceContext == null) {
				consent.setCreateDate(date);
			}
			else {
				consent.setCreateDate(serviceContext.getCreateDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(consent);
			}
			else {
				consent = (Consent)session.merge(consent);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(ConsentImpl.class, consentModelImpl, false, true);

		if (isNew) {
			consent.setNew(false);
		}

		consent.resetOriginalValues();

		return consent;
	}

	/**
	 * Returns the consent with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the consent
	 * @return the consent
	 * @throws NoSuchConsentException if a consent with the primary key could not be found
	 */
	@Override
	public Consent findByPrimaryKey(Serializable primaryKey)
		throws NoSuchConsentException {

		Consent consent = fetchByPrimaryKey(primaryKey);

		if (consent == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchConsentException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return consent;
	}

	/**
	 * Returns the consent with the primary key or throws a <code>NoSuchConsentException</code> if it could not be found.
	 *
	 * @param consentId the primary key of the consent
	 * @return the consent
	 * @throws NoSuchConsentException if a consent with the primary key could not be found
	 */
	@Override
	public Consent findByPrimaryKey(long consentId)
		throws NoSuchConsentException {

		return findByPrimaryKey((Serializable)consentId);
	}

	/**
	 * Returns the consent with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param consentId the primary key of the consent
	 * @return the consent, or <code>null</code> if a consent with the primary key could not be found
	 */
	@Override
	public Consent fetchByPrimaryKey(long consentId) {
		return fetchByPrimaryKey((Serializable)consentId);
	}

	/**
	 * Returns all the consents.
	 *
	 * @return the consents
	 */
	@Override
	public List<Consent> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the consents.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ConsentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of consents
	 * @param end the upper bound of the range of consents (not inclusive)
	 * @return the range of consents
	 */
	@Override
	public List<Consent> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the consents.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ConsentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of consents
	 * @param end the upper bound of the range of consents (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of consents
	 */
	@Override
	public List<Consent> findAll(
		int start, int end, OrderByComparator<Consent> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the consents.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ConsentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of consents
	 * @param end the upper bound of the range of consents (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of consents
	 */
	@Override
	public List<Consent> findAll(
		int start, int end, OrderByComparator<Consent> orderByComparator,
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

		List<Consent> list = null;

		if (useFinderCache) {
			list = (List<Consent>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_CONSENT);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_CONSENT;

				sql = sql.concat(ConsentModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<Consent>)QueryUtil.list(
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
	 * Removes all the consents from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (Consent consent : findAll()) {
			remove(consent);
		}
	}

	/**
	 * Returns the number of consents.
	 *
	 * @return the number of consents
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_CONSENT);

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
		return "consentId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_CONSENT;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return ConsentModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the consent persistence.
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

		ConsentUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		ConsentUtil.setPersistence(null);

		entityCache.removeCache(ConsentImpl.class.getName());
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

	private static final String _SQL_SELECT_CONSENT =
		"SELECT consent FROM Consent consent";

	private static final String _SQL_SELECT_CONSENT_WHERE =
		"SELECT consent FROM Consent consent WHERE ";

	private static final String _SQL_COUNT_CONSENT =
		"SELECT COUNT(consent) FROM Consent consent";

	private static final String _SQL_COUNT_CONSENT_WHERE =
		"SELECT COUNT(consent) FROM Consent consent WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "consent.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No Consent exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No Consent exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		ConsentPersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}