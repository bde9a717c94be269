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

import ru.opora.diagnostics.model.CompetenceArea;

/**
 * The persistence utility for the competence area service. This utility wraps <code>ru.opora.diagnostics.service.persistence.impl.CompetenceAreaPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see CompetenceAreaPersistence
 * @generated
 */
public class CompetenceAreaUtil {

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
	public static void clearCache(CompetenceArea competenceArea) {
		getPersistence().clearCache(competenceArea);
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
	public static Map<Serializable, CompetenceArea> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<CompetenceArea> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<CompetenceArea> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<CompetenceArea> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<CompetenceArea> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static CompetenceArea update(CompetenceArea competenceArea) {
		return getPersistence().update(competenceArea);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static CompetenceArea update(
		CompetenceArea competenceArea, ServiceContext serviceContext) {

		return getPersistence().update(competenceArea, serviceContext);
	}

	/**
	 * Returns all the competence areas where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @return the matching competence areas
	 */
	public static List<CompetenceArea> findByC_V(long companyId, int version) {
		return getPersistence().findByC_V(companyId, version);
	}

	/**
	 * Returns a range of all the competence areas where companyId = &#63; and version = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceAreaModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param start the lower bound of the range of competence areas
	 * @param end the upper bound of the range of competence areas (not inclusive)
	 * @return the range of matching competence areas
	 */
	public static List<CompetenceArea> findByC_V(
		long companyId, int version, int start, int end) {

		return getPersistence().findByC_V(companyId, version, start, end);
	}

	/**
	 * Returns an ordered range of all the competence areas where companyId = &#63; and version = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceAreaModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param start the lower bound of the range of competence areas
	 * @param end the upper bound of the range of competence areas (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching competence areas
	 */
	public static List<CompetenceArea> findByC_V(
		long companyId, int version, int start, int end,
		OrderByComparator<CompetenceArea> orderByComparator) {

		return getPersistence().findByC_V(
			companyId, version, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the competence areas where companyId = &#63; and version = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceAreaModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param start the lower bound of the range of competence areas
	 * @param end the upper bound of the range of competence areas (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching competence areas
	 */
	public static List<CompetenceArea> findByC_V(
		long companyId, int version, int start, int end,
		OrderByComparator<CompetenceArea> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByC_V(
			companyId, version, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first competence area in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching competence area
	 * @throws NoSuchCompetenceAreaException if a matching competence area could not be found
	 */
	public static CompetenceArea findByC_V_First(
			long companyId, int version,
			OrderByComparator<CompetenceArea> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchCompetenceAreaException {

		return getPersistence().findByC_V_First(
			companyId, version, orderByComparator);
	}

	/**
	 * Returns the first competence area in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching competence area, or <code>null</code> if a matching competence area could not be found
	 */
	public static CompetenceArea fetchByC_V_First(
		long companyId, int version,
		OrderByComparator<CompetenceArea> orderByComparator) {

		return getPersistence().fetchByC_V_First(
			companyId, version, orderByComparator);
	}

	/**
	 * Returns the last competence area in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching competence area
	 * @throws NoSuchCompetenceAreaException if a matching competence area could not be found
	 */
	public static CompetenceArea findByC_V_Last(
			long companyId, int version,
			OrderByComparator<CompetenceArea> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchCompetenceAreaException {

		return getPersistence().findByC_V_Last(
			companyId, version, orderByComparator);
	}

	/**
	 * Returns the last competence area in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching competence area, or <code>null</code> if a matching competence area could not be found
	 */
	public static CompetenceArea fetchByC_V_Last(
		long companyId, int version,
		OrderByComparator<CompetenceArea> orderByComparator) {

		return getPersistence().fetchByC_V_Last(
			companyId, version, orderByComparator);
	}

	/**
	 * Returns the competence areas before and after the current competence area in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param competenceAreaId the primary key of the current competence area
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next competence area
	 * @throws NoSuchCompetenceAreaException if a competence area with the primary key could not be found
	 */
	public static CompetenceArea[] findByC_V_PrevAndNext(
			long competenceAreaId, long companyId, int version,
			OrderByComparator<CompetenceArea> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchCompetenceAreaException {

		return getPersistence().findByC_V_PrevAndNext(
			competenceAreaId, companyId, version, orderByComparator);
	}

	/**
	 * Removes all the competence areas where companyId = &#63; and version = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 */
	public static void removeByC_V(long companyId, int version) {
		getPersistence().removeByC_V(companyId, version);
	}

	/**
	 * Returns the number of competence areas where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @return the number of matching competence areas
	 */
	public static int countByC_V(long companyId, int version) {
		return getPersistence().countByC_V(companyId, version);
	}

	/**
	 * Returns the competence area where companyId = &#63; and version = &#63; and code = &#63; or throws a <code>NoSuchCompetenceAreaException</code> if it could not be found.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the matching competence area
	 * @throws NoSuchCompetenceAreaException if a matching competence area could not be found
	 */
	public static CompetenceArea findByC_V_C(
			long companyId, int version, String code)
		throws ru.opora.diagnostics.exception.NoSuchCompetenceAreaException {

		return getPersistence().findByC_V_C(companyId, version, code);
	}

	/**
	 * Returns the competence area where companyId = &#63; and version = &#63; and code = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the matching competence area, or <code>null</code> if a matching competence area could not be found
	 */
	public static CompetenceArea fetchByC_V_C(
		long companyId, int version, String code) {

		return getPersistence().fetchByC_V_C(companyId, version, code);
	}

	/**
	 * Returns the competence area where companyId = &#63; and version = &#63; and code = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching competence area, or <code>null</code> if a matching competence area could not be found
	 */
	public static CompetenceArea fetchByC_V_C(
		long companyId, int version, String code, boolean useFinderCache) {

		return getPersistence().fetchByC_V_C(
			companyId, version, code, useFinderCache);
	}

	/**
	 * Removes the competence area where companyId = &#63; and version = &#63; and code = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the competence area that was removed
	 */
	public static CompetenceArea removeByC_V_C(
			long companyId, int version, String code)
		throws ru.opora.diagnostics.exception.NoSuchCompetenceAreaException {

		return getPersistence().removeByC_V_C(companyId, version, code);
	}

	/**
	 * Returns the number of competence areas where companyId = &#63; and version = &#63; and code = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the number of matching competence areas
	 */
	public static int countByC_V_C(long companyId, int version, String code) {
		return getPersistence().countByC_V_C(companyId, version, code);
	}

	/**
	 * Caches the competence area in the entity cache if it is enabled.
	 *
	 * @param competenceArea the competence area
	 */
	public static void cacheResult(CompetenceArea competenceArea) {
		getPersistence().cacheResult(competenceArea);
	}

	/**
	 * Caches the competence areas in the entity cache if it is enabled.
	 *
	 * @param competenceAreas the competence areas
	 */
	public static void cacheResult(List<CompetenceArea> competenceAreas) {
		getPersistence().cacheResult(competenceAreas);
	}

	/**
	 * Creates a new competence area with the primary key. Does not add the competence area to the database.
	 *
	 * @param competenceAreaId the primary key for the new competence area
	 * @return the new competence area
	 */
	public static CompetenceArea create(long competenceAreaId) {
		return getPersistence().create(competenceAreaId);
	}

	/**
	 * Removes the competence area with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param competenceAreaId the primary key of the competence area
	 * @return the competence area that was removed
	 * @throws NoSuchCompetenceAreaException if a competence area with the primary key could not be found
	 */
	public static CompetenceArea remove(long competenceAreaId)
		throws ru.opora.diagnostics.exception.NoSuchCompetenceAreaException {

		return getPersistence().remove(competenceAreaId);
	}

	public static CompetenceArea updateImpl(CompetenceArea competenceArea) {
		return getPersistence().updateImpl(competenceArea);
	}

	/**
	 * Returns the competence area with the primary key or throws a <code>NoSuchCompetenceAreaException</code> if it could not be found.
	 *
	 * @param competenceAreaId the primary key of the competence area
	 * @return the competence area
	 * @throws NoSuchCompetenceAreaException if a competence area with the primary key could not be found
	 */
	public static CompetenceArea findByPrimaryKey(long competenceAreaId)
		throws ru.opora.diagnostics.exception.NoSuchCompetenceAreaException {

		return getPersistence().findByPrimaryKey(competenceAreaId);
	}

	/**
	 * Returns the competence area with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param competenceAreaId the primary key of the competence area
	 * @return the competence area, or <code>null</code> if a competence area with the primary key could not be found
	 */
	public static CompetenceArea fetchByPrimaryKey(long competenceAreaId) {
		return getPersistence().fetchByPrimaryKey(competenceAreaId);
	}

	/**
	 * Returns all the competence areas.
	 *
	 * @return the competence areas
	 */
	public static List<CompetenceArea> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the competence areas.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceAreaModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of competence areas
	 * @param end the upper bound of the range of competence areas (not inclusive)
	 * @return the range of competence areas
	 */
	public static List<CompetenceArea> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the competence areas.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceAreaModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of competence areas
	 * @param end the upper bound of the range of competence areas (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of competence areas
	 */
	public static List<CompetenceArea> findAll(
		int start, int end,
		OrderByComparator<CompetenceArea> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the competence areas.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceAreaModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of competence areas
	 * @param end the upper bound of the range of competence areas (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of competence areas
	 */
	public static List<CompetenceArea> findAll(
		int start, int end, OrderByComparator<CompetenceArea> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the competence areas from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of competence areas.
	 *
	 * @return the number of competence areas
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static CompetenceAreaPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(CompetenceAreaPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile CompetenceAreaPersistence _persistence;

}