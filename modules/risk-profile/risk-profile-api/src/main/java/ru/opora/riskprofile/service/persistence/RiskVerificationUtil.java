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

import ru.opora.riskprofile.model.RiskVerification;

/**
 * The persistence utility for the risk verification service. This utility wraps <code>ru.opora.riskprofile.service.persistence.impl.RiskVerificationPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see RiskVerificationPersistence
 * @generated
 */
public class RiskVerificationUtil {

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
	public static void clearCache(RiskVerification riskVerification) {
		getPersistence().clearCache(riskVerification);
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
	public static Map<Serializable, RiskVerification> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<RiskVerification> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<RiskVerification> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<RiskVerification> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<RiskVerification> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static RiskVerification update(RiskVerification riskVerification) {
		return getPersistence().update(riskVerification);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static RiskVerification update(
		RiskVerification riskVerification, ServiceContext serviceContext) {

		return getPersistence().update(riskVerification, serviceContext);
	}

	/**
	 * Returns all the risk verifications where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @return the matching risk verifications
	 */
	public static List<RiskVerification> findByRiskProfileId(
		long riskProfileId) {

		return getPersistence().findByRiskProfileId(riskProfileId);
	}

	/**
	 * Returns a range of all the risk verifications where riskProfileId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskVerificationModelImpl</code>.
	 * </p>
	 *
	 * @param riskProfileId the risk profile ID
	 * @param start the lower bound of the range of risk verifications
	 * @param end the upper bound of the range of risk verifications (not inclusive)
	 * @return the range of matching risk verifications
	 */
	public static List<RiskVerification> findByRiskProfileId(
		long riskProfileId, int start, int end) {

		return getPersistence().findByRiskProfileId(riskProfileId, start, end);
	}

	/**
	 * Returns an ordered range of all the risk verifications where riskProfileId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskVerificationModelImpl</code>.
	 * </p>
	 *
	 * @param riskProfileId the risk profile ID
	 * @param start the lower bound of the range of risk verifications
	 * @param end the upper bound of the range of risk verifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk verifications
	 */
	public static List<RiskVerification> findByRiskProfileId(
		long riskProfileId, int start, int end,
		OrderByComparator<RiskVerification> orderByComparator) {

		return getPersistence().findByRiskProfileId(
			riskProfileId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the risk verifications where riskProfileId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskVerificationModelImpl</code>.
	 * </p>
	 *
	 * @param riskProfileId the risk profile ID
	 * @param start the lower bound of the range of risk verifications
	 * @param end the upper bound of the range of risk verifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching risk verifications
	 */
	public static List<RiskVerification> findByRiskProfileId(
		long riskProfileId, int start, int end,
		OrderByComparator<RiskVerification> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByRiskProfileId(
			riskProfileId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first risk verification in the ordered set where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk verification
	 * @throws NoSuchRiskVerificationException if a matching risk verification could not be found
	 */
	public static RiskVerification findByRiskProfileId_First(
			long riskProfileId,
			OrderByComparator<RiskVerification> orderByComparator)
		throws ru.opora.riskprofile.exception.NoSuchRiskVerificationException {

		return getPersistence().findByRiskProfileId_First(
			riskProfileId, orderByComparator);
	}

	/**
	 * Returns the first risk verification in the ordered set where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk verification, or <code>null</code> if a matching risk verification could not be found
	 */
	public static RiskVerification fetchByRiskProfileId_First(
		long riskProfileId,
		OrderByComparator<RiskVerification> orderByComparator) {

		return getPersistence().fetchByRiskProfileId_First(
			riskProfileId, orderByComparator);
	}

	/**
	 * Returns the last risk verification in the ordered set where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk verification
	 * @throws NoSuchRiskVerificationException if a matching risk verification could not be found
	 */
	public static RiskVerification findByRiskProfileId_Last(
			long riskProfileId,
			OrderByComparator<RiskVerification> orderByComparator)
		throws ru.opora.riskprofile.exception.NoSuchRiskVerificationException {

		return getPersistence().findByRiskProfileId_Last(
			riskProfileId, orderByComparator);
	}

	/**
	 * Returns the last risk verification in the ordered set where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk verification, or <code>null</code> if a matching risk verification could not be found
	 */
	public static RiskVerification fetchByRiskProfileId_Last(
		long riskProfileId,
		OrderByComparator<RiskVerification> orderByComparator) {

		return getPersistence().fetchByRiskProfileId_Last(
			riskProfileId, orderByComparator);
	}

	/**
	 * Returns the risk verifications before and after the current risk verification in the ordered set where riskProfileId = &#63;.
	 *
	 * @param riskVerificationId the primary key of the current risk verification
	 * @param riskProfileId the risk profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk verification
	 * @throws NoSuchRiskVerificationException if a risk verification with the primary key could not be found
	 */
	public static RiskVerification[] findByRiskProfileId_PrevAndNext(
			long riskVerificationId, long riskProfileId,
			OrderByComparator<RiskVerification> orderByComparator)
		throws ru.opora.riskprofile.exception.NoSuchRiskVerificationException {

		return getPersistence().findByRiskProfileId_PrevAndNext(
			riskVerificationId, riskProfileId, orderByComparator);
	}

	/**
	 * Removes all the risk verifications where riskProfileId = &#63; from the database.
	 *
	 * @param riskProfileId the risk profile ID
	 */
	public static void removeByRiskProfileId(long riskProfileId) {
		getPersistence().removeByRiskProfileId(riskProfileId);
	}

	/**
	 * Returns the number of risk verifications where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @return the number of matching risk verifications
	 */
	public static int countByRiskProfileId(long riskProfileId) {
		return getPersistence().countByRiskProfileId(riskProfileId);
	}

	/**
	 * Caches the risk verification in the entity cache if it is enabled.
	 *
	 * @param riskVerification the risk verification
	 */
	public static void cacheResult(RiskVerification riskVerification) {
		getPersistence().cacheResult(riskVerification);
	}

	/**
	 * Caches the risk verifications in the entity cache if it is enabled.
	 *
	 * @param riskVerifications the risk verifications
	 */
	public static void cacheResult(List<RiskVerification> riskVerifications) {
		getPersistence().cacheResult(riskVerifications);
	}

	/**
	 * Creates a new risk verification with the primary key. Does not add the risk verification to the database.
	 *
	 * @param riskVerificationId the primary key for the new risk verification
	 * @return the new risk verification
	 */
	public static RiskVerification create(long riskVerificationId) {
		return getPersistence().create(riskVerificationId);
	}

	/**
	 * Removes the risk verification with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param riskVerificationId the primary key of the risk verification
	 * @return the risk verification that was removed
	 * @throws NoSuchRiskVerificationException if a risk verification with the primary key could not be found
	 */
	public static RiskVerification remove(long riskVerificationId)
		throws ru.opora.riskprofile.exception.NoSuchRiskVerificationException {

		return getPersistence().remove(riskVerificationId);
	}

	public static RiskVerification updateImpl(
		RiskVerification riskVerification) {

		return getPersistence().updateImpl(riskVerification);
	}

	/**
	 * Returns the risk verification with the primary key or throws a <code>NoSuchRiskVerificationException</code> if it could not be found.
	 *
	 * @param riskVerificationId the primary key of the risk verification
	 * @return the risk verification
	 * @throws NoSuchRiskVerificationException if a risk verification with the primary key could not be found
	 */
	public static RiskVerification findByPrimaryKey(long riskVerificationId)
		throws ru.opora.riskprofile.exception.NoSuchRiskVerificationException {

		return getPersistence().findByPrimaryKey(riskVerificationId);
	}

	/**
	 * Returns the risk verification with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param riskVerificationId the primary key of the risk verification
	 * @return the risk verification, or <code>null</code> if a risk verification with the primary key could not be found
	 */
	public static RiskVerification fetchByPrimaryKey(long riskVerificationId) {
		return getPersistence().fetchByPrimaryKey(riskVerificationId);
	}

	/**
	 * Returns all the risk verifications.
	 *
	 * @return the risk verifications
	 */
	public static List<RiskVerification> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the risk verifications.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskVerificationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk verifications
	 * @param end the upper bound of the range of risk verifications (not inclusive)
	 * @return the range of risk verifications
	 */
	public static List<RiskVerification> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the risk verifications.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskVerificationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk verifications
	 * @param end the upper bound of the range of risk verifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of risk verifications
	 */
	public static List<RiskVerification> findAll(
		int start, int end,
		OrderByComparator<RiskVerification> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the risk verifications.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskVerificationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk verifications
	 * @param end the upper bound of the range of risk verifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of risk verifications
	 */
	public static List<RiskVerification> findAll(
		int start, int end,
		OrderByComparator<RiskVerification> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the risk verifications from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of risk verifications.
	 *
	 * @return the number of risk verifications
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static RiskVerificationPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(RiskVerificationPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile RiskVerificationPersistence _persistence;

}