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

import ru.opora.cooperation.model.AgreementParty;

/**
 * The persistence utility for the agreement party service. This utility wraps <code>ru.opora.cooperation.service.persistence.impl.AgreementPartyPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see AgreementPartyPersistence
 * @generated
 */
public class AgreementPartyUtil {

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
	public static void clearCache(AgreementParty agreementParty) {
		getPersistence().clearCache(agreementParty);
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
	public static Map<Serializable, AgreementParty> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<AgreementParty> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<AgreementParty> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<AgreementParty> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<AgreementParty> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static AgreementParty update(AgreementParty agreementParty) {
		return getPersistence().update(agreementParty);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static AgreementParty update(
		AgreementParty agreementParty, ServiceContext serviceContext) {

		return getPersistence().update(agreementParty, serviceContext);
	}

	/**
	 * Returns all the agreement parties where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @return the matching agreement parties
	 */
	public static List<AgreementParty> findByAgreementId(long agreementId) {
		return getPersistence().findByAgreementId(agreementId);
	}

	/**
	 * Returns a range of all the agreement parties where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @return the range of matching agreement parties
	 */
	public static List<AgreementParty> findByAgreementId(
		long agreementId, int start, int end) {

		return getPersistence().findByAgreementId(agreementId, start, end);
	}

	/**
	 * Returns an ordered range of all the agreement parties where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching agreement parties
	 */
	public static List<AgreementParty> findByAgreementId(
		long agreementId, int start, int end,
		OrderByComparator<AgreementParty> orderByComparator) {

		return getPersistence().findByAgreementId(
			agreementId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the agreement parties where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching agreement parties
	 */
	public static List<AgreementParty> findByAgreementId(
		long agreementId, int start, int end,
		OrderByComparator<AgreementParty> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByAgreementId(
			agreementId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first agreement party in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement party
	 * @throws NoSuchAgreementPartyException if a matching agreement party could not be found
	 */
	public static AgreementParty findByAgreementId_First(
			long agreementId,
			OrderByComparator<AgreementParty> orderByComparator)
		throws ru.opora.cooperation.exception.NoSuchAgreementPartyException {

		return getPersistence().findByAgreementId_First(
			agreementId, orderByComparator);
	}

	/**
	 * Returns the first agreement party in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement party, or <code>null</code> if a matching agreement party could not be found
	 */
	public static AgreementParty fetchByAgreementId_First(
		long agreementId, OrderByComparator<AgreementParty> orderByComparator) {

		return getPersistence().fetchByAgreementId_First(
			agreementId, orderByComparator);
	}

	/**
	 * Returns the last agreement party in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement party
	 * @throws NoSuchAgreementPartyException if a matching agreement party could not be found
	 */
	public static AgreementParty findByAgreementId_Last(
			long agreementId,
			OrderByComparator<AgreementParty> orderByComparator)
		throws ru.opora.cooperation.exception.NoSuchAgreementPartyException {

		return getPersistence().findByAgreementId_Last(
			agreementId, orderByComparator);
	}

	/**
	 * Returns the last agreement party in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement party, or <code>null</code> if a matching agreement party could not be found
	 */
	public static AgreementParty fetchByAgreementId_Last(
		long agreementId, OrderByComparator<AgreementParty> orderByComparator) {

		return getPersistence().fetchByAgreementId_Last(
			agreementId, orderByComparator);
	}

	/**
	 * Returns the agreement parties before and after the current agreement party in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementPartyId the primary key of the current agreement party
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next agreement party
	 * @throws NoSuchAgreementPartyException if a agreement party with the primary key could not be found
	 */
	public static AgreementParty[] findByAgreementId_PrevAndNext(
			long agreementPartyId, long agreementId,
			OrderByComparator<AgreementParty> orderByComparator)
		throws ru.opora.cooperation.exception.NoSuchAgreementPartyException {

		return getPersistence().findByAgreementId_PrevAndNext(
			agreementPartyId, agreementId, orderByComparator);
	}

	/**
	 * Removes all the agreement parties where agreementId = &#63; from the database.
	 *
	 * @param agreementId the agreement ID
	 */
	public static void removeByAgreementId(long agreementId) {
		getPersistence().removeByAgreementId(agreementId);
	}

	/**
	 * Returns the number of agreement parties where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @return the number of matching agreement parties
	 */
	public static int countByAgreementId(long agreementId) {
		return getPersistence().countByAgreementId(agreementId);
	}

	/**
	 * Returns all the agreement parties where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the matching agreement parties
	 */
	public static List<AgreementParty> findBySchoolId(long schoolId) {
		return getPersistence().findBySchoolId(schoolId);
	}

	/**
	 * Returns a range of all the agreement parties where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @return the range of matching agreement parties
	 */
	public static List<AgreementParty> findBySchoolId(
		long schoolId, int start, int end) {

		return getPersistence().findBySchoolId(schoolId, start, end);
	}

	/**
	 * Returns an ordered range of all the agreement parties where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching agreement parties
	 */
	public static List<AgreementParty> findBySchoolId(
		long schoolId, int start, int end,
		OrderByComparator<AgreementParty> orderByComparator) {

		return getPersistence().findBySchoolId(
			schoolId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the agreement parties where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching agreement parties
	 */
	public static List<AgreementParty> findBySchoolId(
		long schoolId, int start, int end,
		OrderByComparator<AgreementParty> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findBySchoolId(
			schoolId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first agreement party in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement party
	 * @throws NoSuchAgreementPartyException if a matching agreement party could not be found
	 */
	public static AgreementParty findBySchoolId_First(
			long schoolId, OrderByComparator<AgreementParty> orderByComparator)
		throws ru.opora.cooperation.exception.NoSuchAgreementPartyException {

		return getPersistence().findBySchoolId_First(
			schoolId, orderByComparator);
	}

	/**
	 * Returns the first agreement party in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement party, or <code>null</code> if a matching agreement party could not be found
	 */
	public static AgreementParty fetchBySchoolId_First(
		long schoolId, OrderByComparator<AgreementParty> orderByComparator) {

		return getPersistence().fetchBySchoolId_First(
			schoolId, orderByComparator);
	}

	/**
	 * Returns the last agreement party in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement party
	 * @throws NoSuchAgreementPartyException if a matching agreement party could not be found
	 */
	public static AgreementParty findBySchoolId_Last(
			long schoolId, OrderByComparator<AgreementParty> orderByComparator)
		throws ru.opora.cooperation.exception.NoSuchAgreementPartyException {

		return getPersistence().findBySchoolId_Last(
			schoolId, orderByComparator);
	}

	/**
	 * Returns the last agreement party in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement party, or <code>null</code> if a matching agreement party could not be found
	 */
	public static AgreementParty fetchBySchoolId_Last(
		long schoolId, OrderByComparator<AgreementParty> orderByComparator) {

		return getPersistence().fetchBySchoolId_Last(
			schoolId, orderByComparator);
	}

	/**
	 * Returns the agreement parties before and after the current agreement party in the ordered set where schoolId = &#63;.
	 *
	 * @param agreementPartyId the primary key of the current agreement party
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next agreement party
	 * @throws NoSuchAgreementPartyException if a agreement party with the primary key could not be found
	 */
	public static AgreementParty[] findBySchoolId_PrevAndNext(
			long agreementPartyId, long schoolId,
			OrderByComparator<AgreementParty> orderByComparator)
		throws ru.opora.cooperation.exception.NoSuchAgreementPartyException {

		return getPersistence().findBySchoolId_PrevAndNext(
			agreementPartyId, schoolId, orderByComparator);
	}

	/**
	 * Removes all the agreement parties where schoolId = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 */
	public static void removeBySchoolId(long schoolId) {
		getPersistence().removeBySchoolId(schoolId);
	}

	/**
	 * Returns the number of agreement parties where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the number of matching agreement parties
	 */
	public static int countBySchoolId(long schoolId) {
		return getPersistence().countBySchoolId(schoolId);
	}

	/**
	 * Returns all the agreement parties where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @return the matching agreement parties
	 */
	public static List<AgreementParty> findByOrganizationId(
		long organizationId) {

		return getPersistence().findByOrganizationId(organizationId);
	}

	/**
	 * Returns a range of all the agreement parties where organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @return the range of matching agreement parties
	 */
	public static List<AgreementParty> findByOrganizationId(
		long organizationId, int start, int end) {

		return getPersistence().findByOrganizationId(
			organizationId, start, end);
	}

	/**
	 * Returns an ordered range of all the agreement parties where organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching agreement parties
	 */
	public static List<AgreementParty> findByOrganizationId(
		long organizationId, int start, int end,
		OrderByComparator<AgreementParty> orderByComparator) {

		return getPersistence().findByOrganizationId(
			organizationId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the agreement parties where organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching agreement parties
	 */
	public static List<AgreementParty> findByOrganizationId(
		long organizationId, int start, int end,
		OrderByComparator<AgreementParty> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByOrganizationId(
			organizationId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first agreement party in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement party
	 * @throws NoSuchAgreementPartyException if a matching agreement party could not be found
	 */
	public static AgreementParty findByOrganizationId_First(
			long organizationId,
			OrderByComparator<AgreementParty> orderByComparator)
		throws ru.opora.cooperation.exception.NoSuchAgreementPartyException {

		return getPersistence().findByOrganizationId_First(
			organizationId, orderByComparator);
	}

	/**
	 * Returns the first agreement party in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement party, or <code>null</code> if a matching agreement party could not be found
	 */
	public static AgreementParty fetchByOrganizationId_First(
		long organizationId,
		OrderByComparator<AgreementParty> orderByComparator) {

		return getPersistence().fetchByOrganizationId_First(
			organizationId, orderByComparator);
	}

	/**
	 * Returns the last agreement party in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement party
	 * @throws NoSuchAgreementPartyException if a matching agreement party could not be found
	 */
	public static AgreementParty findByOrganizationId_Last(
			long organizationId,
			OrderByComparator<AgreementParty> orderByComparator)
		throws ru.opora.cooperation.exception.NoSuchAgreementPartyException {

		return getPersistence().findByOrganizationId_Last(
			organizationId, orderByComparator);
	}

	/**
	 * Returns the last agreement party in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement party, or <code>null</code> if a matching agreement party could not be found
	 */
	public static AgreementParty fetchByOrganizationId_Last(
		long organizationId,
		OrderByComparator<AgreementParty> orderByComparator) {

		return getPersistence().fetchByOrganizationId_Last(
			organizationId, orderByComparator);
	}

	/**
	 * Returns the agreement parties before and after the current agreement party in the ordered set where organizationId = &#63;.
	 *
	 * @param agreementPartyId the primary key of the current agreement party
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next agreement party
	 * @throws NoSuchAgreementPartyException if a agreement party with the primary key could not be found
	 */
	public static AgreementParty[] findByOrganizationId_PrevAndNext(
			long agreementPartyId, long organizationId,
			OrderByComparator<AgreementParty> orderByComparator)
		throws ru.opora.cooperation.exception.NoSuchAgreementPartyException {

		return getPersistence().findByOrganizationId_PrevAndNext(
			agreementPartyId, organizationId, orderByComparator);
	}

	/**
	 * Removes all the agreement parties where organizationId = &#63; from the database.
	 *
	 * @param organizationId the organization ID
	 */
	public static void removeByOrganizationId(long organizationId) {
		getPersistence().removeByOrganizationId(organizationId);
	}

	/**
	 * Returns the number of agreement parties where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @return the number of matching agreement parties
	 */
	public static int countByOrganizationId(long organizationId) {
		return getPersistence().countByOrganizationId(organizationId);
	}

	/**
	 * Caches the agreement party in the entity cache if it is enabled.
	 *
	 * @param agreementParty the agreement party
	 */
	public static void cacheResult(AgreementParty agreementParty) {
		getPersistence().cacheResult(agreementParty);
	}

	/**
	 * Caches the agreement parties in the entity cache if it is enabled.
	 *
	 * @param agreementParties the agreement parties
	 */
	public static void cacheResult(List<AgreementParty> agreementParties) {
		getPersistence().cacheResult(agreementParties);
	}

	/**
	 * Creates a new agreement party with the primary key. Does not add the agreement party to the database.
	 *
	 * @param agreementPartyId the primary key for the new agreement party
	 * @return the new agreement party
	 */
	public static AgreementParty create(long agreementPartyId) {
		return getPersistence().create(agreementPartyId);
	}

	/**
	 * Removes the agreement party with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param agreementPartyId the primary key of the agreement party
	 * @return the agreement party that was removed
	 * @throws NoSuchAgreementPartyException if a agreement party with the primary key could not be found
	 */
	public static AgreementParty remove(long agreementPartyId)
		throws ru.opora.cooperation.exception.NoSuchAgreementPartyException {

		return getPersistence().remove(agreementPartyId);
	}

	public static AgreementParty updateImpl(AgreementParty agreementParty) {
		return getPersistence().updateImpl(agreementParty);
	}

	/**
	 * Returns the agreement party with the primary key or throws a <code>NoSuchAgreementPartyException</code> if it could not be found.
	 *
	 * @param agreementPartyId the primary key of the agreement party
	 * @return the agreement party
	 * @throws NoSuchAgreementPartyException if a agreement party with the primary key could not be found
	 */
	public static AgreementParty findByPrimaryKey(long agreementPartyId)
		throws ru.opora.cooperation.exception.NoSuchAgreementPartyException {

		return getPersistence().findByPrimaryKey(agreementPartyId);
	}

	/**
	 * Returns the agreement party with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param agreementPartyId the primary key of the agreement party
	 * @return the agreement party, or <code>null</code> if a agreement party with the primary key could not be found
	 */
	public static AgreementParty fetchByPrimaryKey(long agreementPartyId) {
		return getPersistence().fetchByPrimaryKey(agreementPartyId);
	}

	/**
	 * Returns all the agreement parties.
	 *
	 * @return the agreement parties
	 */
	public static List<AgreementParty> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the agreement parties.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @return the range of agreement parties
	 */
	public static List<AgreementParty> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the agreement parties.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of agreement parties
	 */
	public static List<AgreementParty> findAll(
		int start, int end,
		OrderByComparator<AgreementParty> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the agreement parties.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of agreement parties
	 */
	public static List<AgreementParty> findAll(
		int start, int end, OrderByComparator<AgreementParty> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the agreement parties from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of agreement parties.
	 *
	 * @return the number of agreement parties
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static AgreementPartyPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(AgreementPartyPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile AgreementPartyPersistence _persistence;

}