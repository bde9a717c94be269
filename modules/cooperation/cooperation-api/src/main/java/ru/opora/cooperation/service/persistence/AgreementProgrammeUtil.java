/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.service.persistence;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;
import java.util.Map;
import java.util.Set;

import ru.opora.cooperation.model.AgreementProgramme;

/**
 * The persistence utility for the agreement programme service. This utility wraps <code>ru.opora.cooperation.service.persistence.impl.AgreementProgrammePersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see AgreementProgrammePersistence
 * @generated
 */
public class AgreementProgrammeUtil {

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
	public static void clearCache(AgreementProgramme agreementProgramme) {
		getPersistence().clearCache(agreementProgramme);
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
	public static Map<Serializable, AgreementProgramme> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<AgreementProgramme> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<AgreementProgramme> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<AgreementProgramme> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<AgreementProgramme> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static AgreementProgramme update(
		AgreementProgramme agreementProgramme) {

		return getPersistence().update(agreementProgramme);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static AgreementProgramme update(
		AgreementProgramme agreementProgramme, ServiceContext serviceContext) {

		return getPersistence().update(agreementProgramme, serviceContext);
	}

	/**
	 * Returns all the agreement programmes where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @return the matching agreement programmes
	 */
	public static List<AgreementProgramme> findByAgreementId(long agreementId) {
		return getPersistence().findByAgreementId(agreementId);
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
	public static List<AgreementProgramme> findByAgreementId(
		long agreementId, int start, int end) {

		return getPersistence().findByAgreementId(agreementId, start, end);
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
	public static List<AgreementProgramme> findByAgreementId(
		long agreementId, int start, int end,
		OrderByComparator<AgreementProgramme> orderByComparator) {

		return getPersistence().findByAgreementId(
			agreementId, start, end, orderByComparator);
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
	public static List<AgreementProgramme> findByAgreementId(
		long agreementId, int start, int end,
		OrderByComparator<AgreementProgramme> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByAgreementId(
			agreementId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first agreement programme in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement programme
	 * @throws NoSuchAgreementProgrammeException if a matching agreement programme could not be found
	 */
	public static AgreementProgramme findByAgreementId_First(
			long agreementId,
			OrderByComparator<AgreementProgramme> orderByComparator)
		throws ru.opora.cooperation.exception.
			NoSuchAgreementProgrammeException {

		return getPersistence().findByAgreementId_First(
			agreementId, orderByComparator);
	}

	/**
	 * Returns the first agreement programme in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement programme, or <code>null</code> if a matching agreement programme could not be found
	 */
	public static AgreementProgramme fetchByAgreementId_First(
		long agreementId,
		OrderByComparator<AgreementProgramme> orderByComparator) {

		return getPersistence().fetchByAgreementId_First(
			agreementId, orderByComparator);
	}

	/**
	 * Returns the last agreement programme in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement programme
	 * @throws NoSuchAgreementProgrammeException if a matching agreement programme could not be found
	 */
	public static AgreementProgramme findByAgreementId_Last(
			long agreementId,
			OrderByComparator<AgreementProgramme> orderByComparator)
		throws ru.opora.cooperation.exception.
			NoSuchAgreementProgrammeException {

		return getPersistence().findByAgreementId_Last(
			agreementId, orderByComparator);
	}

	/**
	 * Returns the last agreement programme in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement programme, or <code>null</code> if a matching agreement programme could not be found
	 */
	public static AgreementProgramme fetchByAgreementId_Last(
		long agreementId,
		OrderByComparator<AgreementProgramme> orderByComparator) {

		return getPersistence().fetchByAgreementId_Last(
			agreementId, orderByComparator);
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
	public static AgreementProgramme[] findByAgreementId_PrevAndNext(
			long agreementProgrammeId, long agreementId,
			OrderByComparator<AgreementProgramme> orderByComparator)
		throws ru.opora.cooperation.exception.
			NoSuchAgreementProgrammeException {

		return getPersistence().findByAgreementId_PrevAndNext(
			agreementProgrammeId, agreementId, orderByComparator);
	}

	/**
	 * Removes all the agreement programmes where agreementId = &#63; from the database.
	 *
	 * @param agreementId the agreement ID
	 */
	public static void removeByAgreementId(long agreementId) {
		getPersistence().removeByAgreementId(agreementId);
	}

	/**
	 * Returns the number of agreement programmes where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @return the number of matching agreement programmes
	 */
	public static int countByAgreementId(long agreementId) {
		return getPersistence().countByAgreementId(agreementId);
	}

	/**
	 * Caches the agreement programme in the entity cache if it is enabled.
	 *
	 * @param agreementProgramme the agreement programme
	 */
	public static void cacheResult(AgreementProgramme agreementProgramme) {
		getPersistence().cacheResult(agreementProgramme);
	}

	/**
	 * Caches the agreement programmes in the entity cache if it is enabled.
	 *
	 * @param agreementProgrammes the agreement programmes
	 */
	public static void cacheResult(
		List<AgreementProgramme> agreementProgrammes) {

		getPersistence().cacheResult(agreementProgrammes);
	}

	/**
	 * Creates a new agreement programme with the primary key. Does not add the agreement programme to the database.
	 *
	 * @param agreementProgrammeId the primary key for the new agreement programme
	 * @return the new agreement programme
	 */
	public static AgreementProgramme create(long agreementProgrammeId) {
		return getPersistence().create(agreementProgrammeId);
	}

	/**
	 * Removes the agreement programme with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param agreementProgrammeId the primary key of the agreement programme
	 * @return the agreement programme that was removed
	 * @throws NoSuchAgreementProgrammeException if a agreement programme with the primary key could not be found
	 */
	public static AgreementProgramme remove(long agreementProgrammeId)
		throws ru.opora.cooperation.exception.
			NoSuchAgreementProgrammeException {

		return getPersistence().remove(agreementProgrammeId);
	}

	public static AgreementProgramme updateImpl(
		AgreementProgramme agreementProgramme) {

		return getPersistence().updateImpl(agreementProgramme);
	}

	/**
	 * Returns the agreement programme with the primary key or throws a <code>NoSuchAgreementProgrammeException</code> if it could not be found.
	 *
	 * @param agreementProgrammeId the primary key of the agreement programme
	 * @return the agreement programme
	 * @throws NoSuchAgreementProgrammeException if a agreement programme with the primary key could not be found
	 */
	public static AgreementProgramme findByPrimaryKey(long agreementProgrammeId)
		throws ru.opora.cooperation.exception.
			NoSuchAgreementProgrammeException {

		return getPersistence().findByPrimaryKey(agreementProgrammeId);
	}

	/**
	 * Returns the agreement programme with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param agreementProgrammeId the primary key of the agreement programme
	 * @return the agreement programme, or <code>null</code> if a agreement programme with the primary key could not be found
	 */
	public static AgreementProgramme fetchByPrimaryKey(
		long agreementProgrammeId) {

		return getPersistence().fetchByPrimaryKey(agreementProgrammeId);
	}

	/**
	 * Returns all the agreement programmes.
	 *
	 * @return the agreement programmes
	 */
	public static List<AgreementProgramme> findAll() {
		return getPersistence().findAll();
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
	public static List<AgreementProgramme> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
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
	public static List<AgreementProgramme> findAll(
		int start, int end,
		OrderByComparator<AgreementProgramme> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
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
	public static List<AgreementProgramme> findAll(
		int start, int end,
		OrderByComparator<AgreementProgramme> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the agreement programmes from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of agreement programmes.
	 *
	 * @return the number of agreement programmes
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static AgreementProgrammePersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(
		AgreementProgrammePersistence persistence) {

		_persistence = persistence;
	}

	private static volatile AgreementProgrammePersistence _persistence;

}