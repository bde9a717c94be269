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

import ru.opora.diagnostics.model.Competence;

/**
 * The persistence utility for the competence service. This utility wraps <code>ru.opora.diagnostics.service.persistence.impl.CompetencePersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see CompetencePersistence
 * @generated
 */
public class CompetenceUtil {

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
	public static void clearCache(Competence competence) {
		getPersistence().clearCache(competence);
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
	public static Map<Serializable, Competence> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<Competence> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<Competence> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<Competence> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<Competence> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static Competence update(Competence competence) {
		return getPersistence().update(competence);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static Competence update(
		Competence competence, ServiceContext serviceContext) {

		return getPersistence().update(competence, serviceContext);
	}

	/**
	 * Returns all the competences where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @return the matching competences
	 */
	public static List<Competence> findByC_V(long companyId, int version) {
		return getPersistence().findByC_V(companyId, version);
	}

	/**
	 * Returns a range of all the competences where companyId = &#63; and version = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param start the lower bound of the range of competences
	 * @param end the upper bound of the range of competences (not inclusive)
	 * @return the range of matching competences
	 */
	public static List<Competence> findByC_V(
		long companyId, int version, int start, int end) {

		return getPersistence().findByC_V(companyId, version, start, end);
	}

	/**
	 * Returns an ordered range of all the competences where companyId = &#63; and version = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param start the lower bound of the range of competences
	 * @param end the upper bound of the range of competences (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching competences
	 */
	public static List<Competence> findByC_V(
		long companyId, int version, int start, int end,
		OrderByComparator<Competence> orderByComparator) {

		return getPersistence().findByC_V(
			companyId, version, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the competences where companyId = &#63; and version = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param start the lower bound of the range of competences
	 * @param end the upper bound of the range of competences (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching competences
	 */
	public static List<Competence> findByC_V(
		long companyId, int version, int start, int end,
		OrderByComparator<Competence> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByC_V(
			companyId, version, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first competence in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching competence
	 * @throws NoSuchCompetenceException if a matching competence could not be found
	 */
	public static Competence findByC_V_First(
			long companyId, int version,
			OrderByComparator<Competence> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchCompetenceException {

		return getPersistence().findByC_V_First(
			companyId, version, orderByComparator);
	}

	/**
	 * Returns the first competence in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching competence, or <code>null</code> if a matching competence could not be found
	 */
	public static Competence fetchByC_V_First(
		long companyId, int version,
		OrderByComparator<Competence> orderByComparator) {

		return getPersistence().fetchByC_V_First(
			companyId, version, orderByComparator);
	}

	/**
	 * Returns the last competence in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching competence
	 * @throws NoSuchCompetenceException if a matching competence could not be found
	 */
	public static Competence findByC_V_Last(
			long companyId, int version,
			OrderByComparator<Competence> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchCompetenceException {

		return getPersistence().findByC_V_Last(
			companyId, version, orderByComparator);
	}

	/**
	 * Returns the last competence in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching competence, or <code>null</code> if a matching competence could not be found
	 */
	public static Competence fetchByC_V_Last(
		long companyId, int version,
		OrderByComparator<Competence> orderByComparator) {

		return getPersistence().fetchByC_V_Last(
			companyId, version, orderByComparator);
	}

	/**
	 * Returns the competences before and after the current competence in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param competenceId the primary key of the current competence
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next competence
	 * @throws NoSuchCompetenceException if a competence with the primary key could not be found
	 */
	public static Competence[] findByC_V_PrevAndNext(
			long competenceId, long companyId, int version,
			OrderByComparator<Competence> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchCompetenceException {

		return getPersistence().findByC_V_PrevAndNext(
			competenceId, companyId, version, orderByComparator);
	}

	/**
	 * Removes all the competences where companyId = &#63; and version = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 */
	public static void removeByC_V(long companyId, int version) {
		getPersistence().removeByC_V(companyId, version);
	}

	/**
	 * Returns the number of competences where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @return the number of matching competences
	 */
	public static int countByC_V(long companyId, int version) {
		return getPersistence().countByC_V(companyId, version);
	}

	/**
	 * Returns the competence where companyId = &#63; and version = &#63; and code = &#63; or throws a <code>NoSuchCompetenceException</code> if it could not be found.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the matching competence
	 * @throws NoSuchCompetenceException if a matching competence could not be found
	 */
	public static Competence findByC_V_C(
			long companyId, int version, String code)
		throws ru.opora.diagnostics.exception.NoSuchCompetenceException {

		return getPersistence().findByC_V_C(companyId, version, code);
	}

	/**
	 * Returns the competence where companyId = &#63; and version = &#63; and code = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the matching competence, or <code>null</code> if a matching competence could not be found
	 */
	public static Competence fetchByC_V_C(
		long companyId, int version, String code) {

		return getPersistence().fetchByC_V_C(companyId, version, code);
	}

	/**
	 * Returns the competence where companyId = &#63; and version = &#63; and code = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching competence, or <code>null</code> if a matching competence could not be found
	 */
	public static Competence fetchByC_V_C(
		long companyId, int version, String code, boolean useFinderCache) {

		return getPersistence().fetchByC_V_C(
			companyId, version, code, useFinderCache);
	}

	/**
	 * Removes the competence where companyId = &#63; and version = &#63; and code = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the competence that was removed
	 */
	public static Competence removeByC_V_C(
			long companyId, int version, String code)
		throws ru.opora.diagnostics.exception.NoSuchCompetenceException {

		return getPersistence().removeByC_V_C(companyId, version, code);
	}

	/**
	 * Returns the number of competences where companyId = &#63; and version = &#63; and code = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the number of matching competences
	 */
	public static int countByC_V_C(long companyId, int version, String code) {
		return getPersistence().countByC_V_C(companyId, version, code);
	}

	/**
	 * Caches the competence in the entity cache if it is enabled.
	 *
	 * @param competence the competence
	 */
	public static void cacheResult(Competence competence) {
		getPersistence().cacheResult(competence);
	}

	/**
	 * Caches the competences in the entity cache if it is enabled.
	 *
	 * @param competences the competences
	 */
	public static void cacheResult(List<Competence> competences) {
		getPersistence().cacheResult(competences);
	}

	/**
	 * Creates a new competence with the primary key. Does not add the competence to the database.
	 *
	 * @param competenceId the primary key for the new competence
	 * @return the new competence
	 */
	public static Competence create(long competenceId) {
		return getPersistence().create(competenceId);
	}

	/**
	 * Removes the competence with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param competenceId the primary key of the competence
	 * @return the competence that was removed
	 * @throws NoSuchCompetenceException if a competence with the primary key could not be found
	 */
	public static Competence remove(long competenceId)
		throws ru.opora.diagnostics.exception.NoSuchCompetenceException {

		return getPersistence().remove(competenceId);
	}

	public static Competence updateImpl(Competence competence) {
		return getPersistence().updateImpl(competence);
	}

	/**
	 * Returns the competence with the primary key or throws a <code>NoSuchCompetenceException</code> if it could not be found.
	 *
	 * @param competenceId the primary key of the competence
	 * @return the competence
	 * @throws NoSuchCompetenceException if a competence with the primary key could not be found
	 */
	public static Competence findByPrimaryKey(long competenceId)
		throws ru.opora.diagnostics.exception.NoSuchCompetenceException {

		return getPersistence().findByPrimaryKey(competenceId);
	}

	/**
	 * Returns the competence with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param competenceId the primary key of the competence
	 * @return the competence, or <code>null</code> if a competence with the primary key could not be found
	 */
	public static Competence fetchByPrimaryKey(long competenceId) {
		return getPersistence().fetchByPrimaryKey(competenceId);
	}

	/**
	 * Returns all the competences.
	 *
	 * @return the competences
	 */
	public static List<Competence> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the competences.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of competences
	 * @param end the upper bound of the range of competences (not inclusive)
	 * @return the range of competences
	 */
	public static List<Competence> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the competences.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of competences
	 * @param end the upper bound of the range of competences (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of competences
	 */
	public static List<Competence> findAll(
		int start, int end, OrderByComparator<Competence> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the competences.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of competences
	 * @param end the upper bound of the range of competences (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of competences
	 */
	public static List<Competence> findAll(
		int start, int end, OrderByComparator<Competence> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the competences from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of competences.
	 *
	 * @return the number of competences
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static CompetencePersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(CompetencePersistence persistence) {
		_persistence = persistence;
	}

	private static volatile CompetencePersistence _persistence;

}