/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service.persistence;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;
import java.util.Map;
import java.util.Set;

import ru.opora.diagnostics.model.Consent;

/**
 * The persistence utility for the consent service. This utility wraps <code>ru.opora.diagnostics.service.persistence.impl.ConsentPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see ConsentPersistence
 * @generated
 */
public class ConsentUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#clearCache()
	 */
	public static void clearCache() {
		getPersistence().clearCache();
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#clearCache(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static void clearCache(Consent consent) {
		getPersistence().clearCache(consent);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#countWithDynamicQuery(DynamicQuery)
	 */
	public static long countWithDynamicQuery(DynamicQuery dynamicQuery) {
		return getPersistence().countWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#fetchByPrimaryKeys(Set)
	 */
	public static Map<Serializable, Consent> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<Consent> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<Consent> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<Consent> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<Consent> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static Consent update(Consent consent) {
		return getPersistence().update(consent);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static Consent update(
		Consent consent, ServiceContext serviceContext) {

		return getPersistence().update(consent, serviceContext);
	}

	/**
	 * Returns all the consents where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @return the matching consents
	 */
	public static List<Consent> findByC_U(long companyId, long userId) {
		return getPersistence().findByC_U(companyId, userId);
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
	public static List<Consent> findByC_U(
		long companyId, long userId, int start, int end) {

		return getPersistence().findByC_U(companyId, userId, start, end);
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
	public static List<Consent> findByC_U(
		long companyId, long userId, int start, int end,
		OrderByComparator<Consent> orderByComparator) {

		return getPersistence().findByC_U(
			companyId, userId, start, end, orderByComparator);
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
	public static List<Consent> findByC_U(
		long companyId, long userId, int start, int end,
		OrderByComparator<Consent> orderByComparator, boolean useFinderCache) {

		return getPersistence().findByC_U(
			companyId, userId, start, end, orderByComparator, useFinderCache);
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
	public static Consent findByC_U_First(
			long companyId, long userId,
			OrderByComparator<Consent> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchConsentException {

		return getPersistence().findByC_U_First(
			companyId, userId, orderByComparator);
	}

	/**
	 * Returns the first consent in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching consent, or <code>null</code> if a matching consent could not be found
	 */
	public static Consent fetchByC_U_First(
		long companyId, long userId,
		OrderByComparator<Consent> orderByComparator) {

		return getPersistence().fetchByC_U_First(
			companyId, userId, orderByComparator);
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
	public static Consent findByC_U_Last(
			long companyId, long userId,
			OrderByComparator<Consent> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchConsentException {

		return getPersistence().findByC_U_Last(
			companyId, userId, orderByComparator);
	}

	/**
	 * Returns the last consent in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching consent, or <code>null</code> if a matching consent could not be found
	 */
	public static Consent fetchByC_U_Last(
		long companyId, long userId,
		OrderByComparator<Consent> orderByComparator) {

		return getPersistence().fetchByC_U_Last(
			companyId, userId, orderByComparator);
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
	public static Consent[] findByC_U_PrevAndNext(
			long consentId, long companyId, long userId,
			OrderByComparator<Consent> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchConsentException {

		return getPersistence().findByC_U_PrevAndNext(
			consentId, companyId, userId, orderByComparator);
	}

	/**
	 * Removes all the consents where companyId = &#63; and userId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 */
	public static void removeByC_U(long companyId, long userId) {
		getPersistence().removeByC_U(companyId, userId);
	}

	/**
	 * Returns the number of consents where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @return the number of matching consents
	 */
	public static int countByC_U(long companyId, long userId) {
		return getPersistence().countByC_U(companyId, userId);
	}

	/**
	 * Caches the consent in the entity cache if it is enabled.
	 *
	 * @param consent the consent
	 */
	public static void cacheResult(Consent consent) {
		getPersistence().cacheResult(consent);
	}

	/**
	 * Caches the consents in the entity cache if it is enabled.
	 *
	 * @param consents the consents
	 */
	public static void cacheResult(List<Consent> consents) {
		getPersistence().cacheResult(consents);
	}

	/**
	 * Creates a new consent with the primary key. Does not add the consent to the database.
	 *
	 * @param consentId the primary key for the new consent
	 * @return the new consent
	 */
	public static Consent create(long consentId) {
		return getPersistence().create(consentId);
	}

	/**
	 * Removes the consent with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param consentId the primary key of the consent
	 * @return the consent that was removed
	 * @throws NoSuchConsentException if a consent with the primary key could not be found
	 */
	public static Consent remove(long consentId)
		throws ru.opora.diagnostics.exception.NoSuchConsentException {

		return getPersistence().remove(consentId);
	}

	public static Consent updateImpl(Consent consent) {
		return getPersistence().updateImpl(consent);
	}

	/**
	 * Returns the consent with the primary key or throws a <code>NoSuchConsentException</code> if it could not be found.
	 *
	 * @param consentId the primary key of the consent
	 * @return the consent
	 * @throws NoSuchConsentException if a consent with the primary key could not be found
	 */
	public static Consent findByPrimaryKey(long consentId)
		throws ru.opora.diagnostics.exception.NoSuchConsentException {

		return getPersistence().findByPrimaryKey(consentId);
	}

	/**
	 * Returns the consent with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param consentId the primary key of the consent
	 * @return the consent, or <code>null</code> if a consent with the primary key could not be found
	 */
	public static Consent fetchByPrimaryKey(long consentId) {
		return getPersistence().fetchByPrimaryKey(consentId);
	}

	/**
	 * Returns all the consents.
	 *
	 * @return the consents
	 */
	public static List<Consent> findAll() {
		return getPersistence().findAll();
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
	public static List<Consent> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
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
	public static List<Consent> findAll(
		int start, int end, OrderByComparator<Consent> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
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
	public static List<Consent> findAll(
		int start, int end, OrderByComparator<Consent> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the consents from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of consents.
	 *
	 * @return the number of consents
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static ConsentPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(ConsentPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile ConsentPersistence _persistence;

}