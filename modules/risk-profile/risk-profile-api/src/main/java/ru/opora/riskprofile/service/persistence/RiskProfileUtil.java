/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service.persistence;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;
import java.util.Map;
import java.util.Set;

import ru.opora.riskprofile.model.RiskProfile;

/**
 * The persistence utility for the risk profile service. This utility wraps <code>ru.opora.riskprofile.service.persistence.impl.RiskProfilePersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see RiskProfilePersistence
 * @generated
 */
public class RiskProfileUtil {

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
	public static void clearCache(RiskProfile riskProfile) {
		getPersistence().clearCache(riskProfile);
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
	public static Map<Serializable, RiskProfile> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<RiskProfile> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<RiskProfile> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<RiskProfile> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<RiskProfile> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static RiskProfile update(RiskProfile riskProfile) {
		return getPersistence().update(riskProfile);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static RiskProfile update(
		RiskProfile riskProfile, ServiceContext serviceContext) {

		return getPersistence().update(riskProfile, serviceContext);
	}

	/**
	 * Returns all the risk profiles where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching risk profiles
	 */
	public static List<RiskProfile> findByGroupId(long groupId) {
		return getPersistence().findByGroupId(groupId);
	}

	/**
	 * Returns a range of all the risk profiles where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of risk profiles
	 * @param end the upper bound of the range of risk profiles (not inclusive)
	 * @return the range of matching risk profiles
	 */
	public static List<RiskProfile> findByGroupId(
		long groupId, int start, int end) {

		return getPersistence().findByGroupId(groupId, start, end);
	}

	/**
	 * Returns an ordered range of all the risk profiles where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of risk profiles
	 * @param end the upper bound of the range of risk profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk profiles
	 */
	public static List<RiskProfile> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<RiskProfile> orderByComparator) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the risk profiles where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of risk profiles
	 * @param end the upper bound of the range of risk profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching risk profiles
	 */
	public static List<RiskProfile> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<RiskProfile> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first risk profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk profile
	 * @throws NoSuchRiskProfileException if a matching risk profile could not be found
	 */
	public static RiskProfile findByGroupId_First(
			long groupId, OrderByComparator<RiskProfile> orderByComparator)
		throws ru.opora.riskprofile.exception.NoSuchRiskProfileException {

		return getPersistence().findByGroupId_First(groupId, orderByComparator);
	}

	/**
	 * Returns the first risk profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk profile, or <code>null</code> if a matching risk profile could not be found
	 */
	public static RiskProfile fetchByGroupId_First(
		long groupId, OrderByComparator<RiskProfile> orderByComparator) {

		return getPersistence().fetchByGroupId_First(
			groupId, orderByComparator);
	}

	/**
	 * Returns the last risk profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk profile
	 * @throws NoSuchRiskProfileException if a matching risk profile could not be found
	 */
	public static RiskProfile findByGroupId_Last(
			long groupId, OrderByComparator<RiskProfile> orderByComparator)
		throws ru.opora.riskprofile.exception.NoSuchRiskProfileException {

		return getPersistence().findByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the last risk profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk profile, or <code>null</code> if a matching risk profile could not be found
	 */
	public static RiskProfile fetchByGroupId_Last(
		long groupId, OrderByComparator<RiskProfile> orderByComparator) {

		return getPersistence().fetchByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the risk profiles before and after the current risk profile in the ordered set where groupId = &#63;.
	 *
	 * @param riskProfileId the primary key of the current risk profile
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk profile
	 * @throws NoSuchRiskProfileException if a risk profile with the primary key could not be found
	 */
	public static RiskProfile[] findByGroupId_PrevAndNext(
			long riskProfileId, long groupId,
			OrderByComparator<RiskProfile> orderByComparator)
		throws ru.opora.riskprofile.exception.NoSuchRiskProfileException {

		return getPersistence().findByGroupId_PrevAndNext(
			riskProfileId, groupId, orderByComparator);
	}

	/**
	 * Removes all the risk profiles where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public static void removeByGroupId(long groupId) {
		getPersistence().removeByGroupId(groupId);
	}

	/**
	 * Returns the number of risk profiles where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching risk profiles
	 */
	public static int countByGroupId(long groupId) {
		return getPersistence().countByGroupId(groupId);
	}

	/**
	 * Returns all the risk profiles where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the matching risk profiles
	 */
	public static List<RiskProfile> findBySchoolId(long schoolId) {
		return getPersistence().findBySchoolId(schoolId);
	}

	/**
	 * Returns a range of all the risk profiles where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskProfileModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of risk profiles
	 * @param end the upper bound of the range of risk profiles (not inclusive)
	 * @return the range of matching risk profiles
	 */
	public static List<RiskProfile> findBySchoolId(
		long schoolId, int start, int end) {

		return getPersistence().findBySchoolId(schoolId, start, end);
	}

	/**
	 * Returns an ordered range of all the risk profiles where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskProfileModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of risk profiles
	 * @param end the upper bound of the range of risk profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk profiles
	 */
	public static List<RiskProfile> findBySchoolId(
		long schoolId, int start, int end,
		OrderByComparator<RiskProfile> orderByComparator) {

		return getPersistence().findBySchoolId(
			schoolId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the risk profiles where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskProfileModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of risk profiles
	 * @param end the upper bound of the range of risk profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching risk profiles
	 */
	public static List<RiskProfile> findBySchoolId(
		long schoolId, int start, int end,
		OrderByComparator<RiskProfile> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findBySchoolId(
			schoolId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first risk profile in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk profile
	 * @throws NoSuchRiskProfileException if a matching risk profile could not be found
	 */
	public static RiskProfile findBySchoolId_First(
			long schoolId, OrderByComparator<RiskProfile> orderByComparator)
		throws ru.opora.riskprofile.exception.NoSuchRiskProfileException {

		return getPersistence().findBySchoolId_First(
			schoolId, orderByComparator);
	}

	/**
	 * Returns the first risk profile in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk profile, or <code>null</code> if a matching risk profile could not be found
	 */
	public static RiskProfile fetchBySchoolId_First(
		long schoolId, OrderByComparator<RiskProfile> orderByComparator) {

		return getPersistence().fetchBySchoolId_First(
			schoolId, orderByComparator);
	}

	/**
	 * Returns the last risk profile in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk profile
	 * @throws NoSuchRiskProfileException if a matching risk profile could not be found
	 */
	public static RiskProfile findBySchoolId_Last(
			long schoolId, OrderByComparator<RiskProfile> orderByComparator)
		throws ru.opora.riskprofile.exception.NoSuchRiskProfileException {

		return getPersistence().findBySchoolId_Last(
			schoolId, orderByComparator);
	}

	/**
	 * Returns the last risk profile in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk profile, or <code>null</code> if a matching risk profile could not be found
	 */
	public static RiskProfile fetchBySchoolId_Last(
		long schoolId, OrderByComparator<RiskProfile> orderByComparator) {

		return getPersistence().fetchBySchoolId_Last(
			schoolId, orderByComparator);
	}

	/**
	 * Returns the risk profiles before and after the current risk profile in the ordered set where schoolId = &#63;.
	 *
	 * @param riskProfileId the primary key of the current risk profile
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk profile
	 * @throws NoSuchRiskProfileException if a risk profile with the primary key could not be found
	 */
	public static RiskProfile[] findBySchoolId_PrevAndNext(
			long riskProfileId, long schoolId,
			OrderByComparator<RiskProfile> orderByComparator)
		throws ru.opora.riskprofile.exception.NoSuchRiskProfileException {

		return getPersistence().findBySchoolId_PrevAndNext(
			riskProfileId, schoolId, orderByComparator);
	}

	/**
	 * Removes all the risk profiles where schoolId = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 */
	public static void removeBySchoolId(long schoolId) {
		getPersistence().removeBySchoolId(schoolId);
	}

	/**
	 * Returns the number of risk profiles where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the number of matching risk profiles
	 */
	public static int countBySchoolId(long schoolId) {
		return getPersistence().countBySchoolId(schoolId);
	}

	/**
	 * Returns the risk profile where schoolId = &#63; and year = &#63; or throws a <code>NoSuchRiskProfileException</code> if it could not be found.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @return the matching risk profile
	 * @throws NoSuchRiskProfileException if a matching risk profile could not be found
	 */
	public static RiskProfile findByS_Y(long schoolId, int year)
		throws ru.opora.riskprofile.exception.NoSuchRiskProfileException {

		return getPersistence().findByS_Y(schoolId, year);
	}

	/**
	 * Returns the risk profile where schoolId = &#63; and year = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @return the matching risk profile, or <code>null</code> if a matching risk profile could not be found
	 */
	public static RiskProfile fetchByS_Y(long schoolId, int year) {
		return getPersistence().fetchByS_Y(schoolId, year);
	}

	/**
	 * Returns the risk profile where schoolId = &#63; and year = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching risk profile, or <code>null</code> if a matching risk profile could not be found
	 */
	public static RiskProfile fetchByS_Y(
		long schoolId, int year, boolean useFinderCache) {

		return getPersistence().fetchByS_Y(schoolId, year, useFinderCache);
	}

	/**
	 * Removes the risk profile where schoolId = &#63; and year = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @return the risk profile that was removed
	 */
	public static RiskProfile removeByS_Y(long schoolId, int year)
		throws ru.opora.riskprofile.exception.NoSuchRiskProfileException {

		return getPersistence().removeByS_Y(schoolId, year);
	}

	/**
	 * Returns the number of risk profiles where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @return the number of matching risk profiles
	 */
	public static int countByS_Y(long schoolId, int year) {
		return getPersistence().countByS_Y(schoolId, year);
	}

	/**
	 * Caches the risk profile in the entity cache if it is enabled.
	 *
	 * @param riskProfile the risk profile
	 */
	public static void cacheResult(RiskProfile riskProfile) {
		getPersistence().cacheResult(riskProfile);
	}

	/**
	 * Caches the risk profiles in the entity cache if it is enabled.
	 *
	 * @param riskProfiles the risk profiles
	 */
	public static void cacheResult(List<RiskProfile> riskProfiles) {
		getPersistence().cacheResult(riskProfiles);
	}

	/**
	 * Creates a new risk profile with the primary key. Does not add the risk profile to the database.
	 *
	 * @param riskProfileId the primary key for the new risk profile
	 * @return the new risk profile
	 */
	public static RiskProfile create(long riskProfileId) {
		return getPersistence().create(riskProfileId);
	}

	/**
	 * Removes the risk profile with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param riskProfileId the primary key of the risk profile
	 * @return the risk profile that was removed
	 * @throws NoSuchRiskProfileException if a risk profile with the primary key could not be found
	 */
	public static RiskProfile remove(long riskProfileId)
		throws ru.opora.riskprofile.exception.NoSuchRiskProfileException {

		return getPersistence().remove(riskProfileId);
	}

	public static RiskProfile updateImpl(RiskProfile riskProfile) {
		return getPersistence().updateImpl(riskProfile);
	}

	/**
	 * Returns the risk profile with the primary key or throws a <code>NoSuchRiskProfileException</code> if it could not be found.
	 *
	 * @param riskProfileId the primary key of the risk profile
	 * @return the risk profile
	 * @throws NoSuchRiskProfileException if a risk profile with the primary key could not be found
	 */
	public static RiskProfile findByPrimaryKey(long riskProfileId)
		throws ru.opora.riskprofile.exception.NoSuchRiskProfileException {

		return getPersistence().findByPrimaryKey(riskProfileId);
	}

	/**
	 * Returns the risk profile with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param riskProfileId the primary key of the risk profile
	 * @return the risk profile, or <code>null</code> if a risk profile with the primary key could not be found
	 */
	public static RiskProfile fetchByPrimaryKey(long riskProfileId) {
		return getPersistence().fetchByPrimaryKey(riskProfileId);
	}

	/**
	 * Returns all the risk profiles.
	 *
	 * @return the risk profiles
	 */
	public static List<RiskProfile> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the risk profiles.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskProfileModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk profiles
	 * @param end the upper bound of the range of risk profiles (not inclusive)
	 * @return the range of risk profiles
	 */
	public static List<RiskProfile> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the risk profiles.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskProfileModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk profiles
	 * @param end the upper bound of the range of risk profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of risk profiles
	 */
	public static List<RiskProfile> findAll(
		int start, int end, OrderByComparator<RiskProfile> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the risk profiles.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskProfileModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk profiles
	 * @param end the upper bound of the range of risk profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of risk profiles
	 */
	public static List<RiskProfile> findAll(
		int start, int end, OrderByComparator<RiskProfile> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the risk profiles from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of risk profiles.
	 *
	 * @return the number of risk profiles
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static RiskProfilePersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(RiskProfilePersistence persistence) {
		_persistence = persistence;
	}

	private static volatile RiskProfilePersistence _persistence;

}