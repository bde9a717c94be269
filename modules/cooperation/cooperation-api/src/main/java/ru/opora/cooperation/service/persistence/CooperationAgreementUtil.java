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

import ru.opora.cooperation.model.CooperationAgreement;

/**
 * The persistence utility for the cooperation agreement service. This utility wraps <code>ru.opora.cooperation.service.persistence.impl.CooperationAgreementPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see CooperationAgreementPersistence
 * @generated
 */
public class CooperationAgreementUtil {

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
	public static void clearCache(CooperationAgreement cooperationAgreement) {
		getPersistence().clearCache(cooperationAgreement);
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
	public static Map<Serializable, CooperationAgreement> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<CooperationAgreement> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<CooperationAgreement> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<CooperationAgreement> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<CooperationAgreement> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static CooperationAgreement update(
		CooperationAgreement cooperationAgreement) {

		return getPersistence().update(cooperationAgreement);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static CooperationAgreement update(
		CooperationAgreement cooperationAgreement,
		ServiceContext serviceContext) {

		return getPersistence().update(cooperationAgreement, serviceContext);
	}

	/**
	 * Returns all the cooperation agreements where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching cooperation agreements
	 */
	public static List<CooperationAgreement> findByGroupId(long groupId) {
		return getPersistence().findByGroupId(groupId);
	}

	/**
	 * Returns a range of all the cooperation agreements where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @return the range of matching cooperation agreements
	 */
	public static List<CooperationAgreement> findByGroupId(
		long groupId, int start, int end) {

		return getPersistence().findByGroupId(groupId, start, end);
	}

	/**
	 * Returns an ordered range of all the cooperation agreements where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching cooperation agreements
	 */
	public static List<CooperationAgreement> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<CooperationAgreement> orderByComparator) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the cooperation agreements where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching cooperation agreements
	 */
	public static List<CooperationAgreement> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<CooperationAgreement> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first cooperation agreement in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a matching cooperation agreement could not be found
	 */
	public static CooperationAgreement findByGroupId_First(
			long groupId,
			OrderByComparator<CooperationAgreement> orderByComparator)
		throws ru.opora.cooperation.exception.
			NoSuchCooperationAgreementException {

		return getPersistence().findByGroupId_First(groupId, orderByComparator);
	}

	/**
	 * Returns the first cooperation agreement in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching cooperation agreement, or <code>null</code> if a matching cooperation agreement could not be found
	 */
	public static CooperationAgreement fetchByGroupId_First(
		long groupId,
		OrderByComparator<CooperationAgreement> orderByComparator) {

		return getPersistence().fetchByGroupId_First(
			groupId, orderByComparator);
	}

	/**
	 * Returns the last cooperation agreement in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a matching cooperation agreement could not be found
	 */
	public static CooperationAgreement findByGroupId_Last(
			long groupId,
			OrderByComparator<CooperationAgreement> orderByComparator)
		throws ru.opora.cooperation.exception.
			NoSuchCooperationAgreementException {

		return getPersistence().findByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the last cooperation agreement in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching cooperation agreement, or <code>null</code> if a matching cooperation agreement could not be found
	 */
	public static CooperationAgreement fetchByGroupId_Last(
		long groupId,
		OrderByComparator<CooperationAgreement> orderByComparator) {

		return getPersistence().fetchByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the cooperation agreements before and after the current cooperation agreement in the ordered set where groupId = &#63;.
	 *
	 * @param agreementId the primary key of the current cooperation agreement
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a cooperation agreement with the primary key could not be found
	 */
	public static CooperationAgreement[] findByGroupId_PrevAndNext(
			long agreementId, long groupId,
			OrderByComparator<CooperationAgreement> orderByComparator)
		throws ru.opora.cooperation.exception.
			NoSuchCooperationAgreementException {

		return getPersistence().findByGroupId_PrevAndNext(
			agreementId, groupId, orderByComparator);
	}

	/**
	 * Returns all the cooperation agreements that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching cooperation agreements that the user has permission to view
	 */
	public static List<CooperationAgreement> filterFindByGroupId(long groupId) {
		return getPersistence().filterFindByGroupId(groupId);
	}

	/**
	 * Returns a range of all the cooperation agreements that the user has permission to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @return the range of matching cooperation agreements that the user has permission to view
	 */
	public static List<CooperationAgreement> filterFindByGroupId(
		long groupId, int start, int end) {

		return getPersistence().filterFindByGroupId(groupId, start, end);
	}

	/**
	 * Returns an ordered range of all the cooperation agreements that the user has permissions to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching cooperation agreements that the user has permission to view
	 */
	public static List<CooperationAgreement> filterFindByGroupId(
		long groupId, int start, int end,
		OrderByComparator<CooperationAgreement> orderByComparator) {

		return getPersistence().filterFindByGroupId(
			groupId, start, end, orderByComparator);
	}

	/**
	 * Returns the cooperation agreements before and after the current cooperation agreement in the ordered set of cooperation agreements that the user has permission to view where groupId = &#63;.
	 *
	 * @param agreementId the primary key of the current cooperation agreement
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a cooperation agreement with the primary key could not be found
	 */
	public static CooperationAgreement[] filterFindByGroupId_PrevAndNext(
			long agreementId, long groupId,
			OrderByComparator<CooperationAgreement> orderByComparator)
		throws ru.opora.cooperation.exception.
			NoSuchCooperationAgreementException {

		return getPersistence().filterFindByGroupId_PrevAndNext(
			agreementId, groupId, orderByComparator);
	}

	/**
	 * Removes all the cooperation agreements where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public static void removeByGroupId(long groupId) {
		getPersistence().removeByGroupId(groupId);
	}

	/**
	 * Returns the number of cooperation agreements where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching cooperation agreements
	 */
	public static int countByGroupId(long groupId) {
		return getPersistence().countByGroupId(groupId);
	}

	/**
	 * Returns the number of cooperation agreements that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching cooperation agreements that the user has permission to view
	 */
	public static int filterCountByGroupId(long groupId) {
		return getPersistence().filterCountByGroupId(groupId);
	}

	/**
	 * Returns all the cooperation agreements where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching cooperation agreements
	 */
	public static List<CooperationAgreement> findByCompanyId(long companyId) {
		return getPersistence().findByCompanyId(companyId);
	}

	/**
	 * Returns a range of all the cooperation agreements where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @return the range of matching cooperation agreements
	 */
	public static List<CooperationAgreement> findByCompanyId(
		long companyId, int start, int end) {

		return getPersistence().findByCompanyId(companyId, start, end);
	}

	/**
	 * Returns an ordered range of all the cooperation agreements where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching cooperation agreements
	 */
	public static List<CooperationAgreement> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<CooperationAgreement> orderByComparator) {

		return getPersistence().findByCompanyId(
			companyId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the cooperation agreements where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching cooperation agreements
	 */
	public static List<CooperationAgreement> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<CooperationAgreement> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByCompanyId(
			companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first cooperation agreement in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a matching cooperation agreement could not be found
	 */
	public static CooperationAgreement findByCompanyId_First(
			long companyId,
			OrderByComparator<CooperationAgreement> orderByComparator)
		throws ru.opora.cooperation.exception.
			NoSuchCooperationAgreementException {

		return getPersistence().findByCompanyId_First(
			companyId, orderByComparator);
	}

	/**
	 * Returns the first cooperation agreement in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching cooperation agreement, or <code>null</code> if a matching cooperation agreement could not be found
	 */
	public static CooperationAgreement fetchByCompanyId_First(
		long companyId,
		OrderByComparator<CooperationAgreement> orderByComparator) {

		return getPersistence().fetchByCompanyId_First(
			companyId, orderByComparator);
	}

	/**
	 * Returns the last cooperation agreement in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a matching cooperation agreement could not be found
	 */
	public static CooperationAgreement findByCompanyId_Last(
			long companyId,
			OrderByComparator<CooperationAgreement> orderByComparator)
		throws ru.opora.cooperation.exception.
			NoSuchCooperationAgreementException {

		return getPersistence().findByCompanyId_Last(
			companyId, orderByComparator);
	}

	/**
	 * Returns the last cooperation agreement in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching cooperation agreement, or <code>null</code> if a matching cooperation agreement could not be found
	 */
	public static CooperationAgreement fetchByCompanyId_Last(
		long companyId,
		OrderByComparator<CooperationAgreement> orderByComparator) {

		return getPersistence().fetchByCompanyId_Last(
			companyId, orderByComparator);
	}

	/**
	 * Returns the cooperation agreements before and after the current cooperation agreement in the ordered set where companyId = &#63;.
	 *
	 * @param agreementId the primary key of the current cooperation agreement
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a cooperation agreement with the primary key could not be found
	 */
	public static CooperationAgreement[] findByCompanyId_PrevAndNext(
			long agreementId, long companyId,
			OrderByComparator<CooperationAgreement> orderByComparator)
		throws ru.opora.cooperation.exception.
			NoSuchCooperationAgreementException {

		return getPersistence().findByCompanyId_PrevAndNext(
			agreementId, companyId, orderByComparator);
	}

	/**
	 * Removes all the cooperation agreements where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	public static void removeByCompanyId(long companyId) {
		getPersistence().removeByCompanyId(companyId);
	}

	/**
	 * Returns the number of cooperation agreements where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching cooperation agreements
	 */
	public static int countByCompanyId(long companyId) {
		return getPersistence().countByCompanyId(companyId);
	}

	/**
	 * Returns all the cooperation agreements where status = &#63;.
	 *
	 * @param status the status
	 * @return the matching cooperation agreements
	 */
	public static List<CooperationAgreement> findByStatus(String status) {
		return getPersistence().findByStatus(status);
	}

	/**
	 * Returns a range of all the cooperation agreements where status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param status the status
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @return the range of matching cooperation agreements
	 */
	public static List<CooperationAgreement> findByStatus(
		String status, int start, int end) {

		return getPersistence().findByStatus(status, start, end);
	}

	/**
	 * Returns an ordered range of all the cooperation agreements where status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param status the status
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching cooperation agreements
	 */
	public static List<CooperationAgreement> findByStatus(
		String status, int start, int end,
		OrderByComparator<CooperationAgreement> orderByComparator) {

		return getPersistence().findByStatus(
			status, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the cooperation agreements where status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param status the status
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching cooperation agreements
	 */
	public static List<CooperationAgreement> findByStatus(
		String status, int start, int end,
		OrderByComparator<CooperationAgreement> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByStatus(
			status, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first cooperation agreement in the ordered set where status = &#63;.
	 *
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a matching cooperation agreement could not be found
	 */
	public static CooperationAgreement findByStatus_First(
			String status,
			OrderByComparator<CooperationAgreement> orderByComparator)
		throws ru.opora.cooperation.exception.
			NoSuchCooperationAgreementException {

		return getPersistence().findByStatus_First(status, orderByComparator);
	}

	/**
	 * Returns the first cooperation agreement in the ordered set where status = &#63;.
	 *
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching cooperation agreement, or <code>null</code> if a matching cooperation agreement could not be found
	 */
	public static CooperationAgreement fetchByStatus_First(
		String status,
		OrderByComparator<CooperationAgreement> orderByComparator) {

		return getPersistence().fetchByStatus_First(status, orderByComparator);
	}

	/**
	 * Returns the last cooperation agreement in the ordered set where status = &#63;.
	 *
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a matching cooperation agreement could not be found
	 */
	public static CooperationAgreement findByStatus_Last(
			String status,
			OrderByComparator<CooperationAgreement> orderByComparator)
		throws ru.opora.cooperation.exception.
			NoSuchCooperationAgreementException {

		return getPersistence().findByStatus_Last(status, orderByComparator);
	}

	/**
	 * Returns the last cooperation agreement in the ordered set where status = &#63;.
	 *
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching cooperation agreement, or <code>null</code> if a matching cooperation agreement could not be found
	 */
	public static CooperationAgreement fetchByStatus_Last(
		String status,
		OrderByComparator<CooperationAgreement> orderByComparator) {

		return getPersistence().fetchByStatus_Last(status, orderByComparator);
	}

	/**
	 * Returns the cooperation agreements before and after the current cooperation agreement in the ordered set where status = &#63;.
	 *
	 * @param agreementId the primary key of the current cooperation agreement
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a cooperation agreement with the primary key could not be found
	 */
	public static CooperationAgreement[] findByStatus_PrevAndNext(
			long agreementId, String status,
			OrderByComparator<CooperationAgreement> orderByComparator)
		throws ru.opora.cooperation.exception.
			NoSuchCooperationAgreementException {

		return getPersistence().findByStatus_PrevAndNext(
			agreementId, status, orderByComparator);
	}

	/**
	 * Removes all the cooperation agreements where status = &#63; from the database.
	 *
	 * @param status the status
	 */
	public static void removeByStatus(String status) {
		getPersistence().removeByStatus(status);
	}

	/**
	 * Returns the number of cooperation agreements where status = &#63;.
	 *
	 * @param status the status
	 * @return the number of matching cooperation agreements
	 */
	public static int countByStatus(String status) {
		return getPersistence().countByStatus(status);
	}

	/**
	 * Returns all the cooperation agreements where rootAgreementId = &#63;.
	 *
	 * @param rootAgreementId the root agreement ID
	 * @return the matching cooperation agreements
	 */
	public static List<CooperationAgreement> findByRootAgreementId(
		long rootAgreementId) {

		return getPersistence().findByRootAgreementId(rootAgreementId);
	}

	/**
	 * Returns a range of all the cooperation agreements where rootAgreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param rootAgreementId the root agreement ID
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @return the range of matching cooperation agreements
	 */
	public static List<CooperationAgreement> findByRootAgreementId(
		long rootAgreementId, int start, int end) {

		return getPersistence().findByRootAgreementId(
			rootAgreementId, start, end);
	}

	/**
	 * Returns an ordered range of all the cooperation agreements where rootAgreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param rootAgreementId the root agreement ID
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching cooperation agreements
	 */
	public static List<CooperationAgreement> findByRootAgreementId(
		long rootAgreementId, int start, int end,
		OrderByComparator<CooperationAgreement> orderByComparator) {

		return getPersistence().findByRootAgreementId(
			rootAgreementId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the cooperation agreements where rootAgreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param rootAgreementId the root agreement ID
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching cooperation agreements
	 */
	public static List<CooperationAgreement> findByRootAgreementId(
		long rootAgreementId, int start, int end,
		OrderByComparator<CooperationAgreement> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByRootAgreementId(
			rootAgreementId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first cooperation agreement in the ordered set where rootAgreementId = &#63;.
	 *
	 * @param rootAgreementId the root agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a matching cooperation agreement could not be found
	 */
	public static CooperationAgreement findByRootAgreementId_First(
			long rootAgreementId,
			OrderByComparator<CooperationAgreement> orderByComparator)
		throws ru.opora.cooperation.exception.
			NoSuchCooperationAgreementException {

		return getPersistence().findByRootAgreementId_First(
			rootAgreementId, orderByComparator);
	}

	/**
	 * Returns the first cooperation agreement in the ordered set where rootAgreementId = &#63;.
	 *
	 * @param rootAgreementId the root agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching cooperation agreement, or <code>null</code> if a matching cooperation agreement could not be found
	 */
	public static CooperationAgreement fetchByRootAgreementId_First(
		long rootAgreementId,
		OrderByComparator<CooperationAgreement> orderByComparator) {

		return getPersistence().fetchByRootAgreementId_First(
			rootAgreementId, orderByComparator);
	}

	/**
	 * Returns the last cooperation agreement in the ordered set where rootAgreementId = &#63;.
	 *
	 * @param rootAgreementId the root agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a matching cooperation agreement could not be found
	 */
	public static CooperationAgreement findByRootAgreementId_Last(
			long rootAgreementId,
			OrderByComparator<CooperationAgreement> orderByComparator)
		throws ru.opora.cooperation.exception.
			NoSuchCooperationAgreementException {

		return getPersistence().findByRootAgreementId_Last(
			rootAgreementId, orderByComparator);
	}

	/**
	 * Returns the last cooperation agreement in the ordered set where rootAgreementId = &#63;.
	 *
	 * @param rootAgreementId the root agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching cooperation agreement, or <code>null</code> if a matching cooperation agreement could not be found
	 */
	public static CooperationAgreement fetchByRootAgreementId_Last(
		long rootAgreementId,
		OrderByComparator<CooperationAgreement> orderByComparator) {

		return getPersistence().fetchByRootAgreementId_Last(
			rootAgreementId, orderByComparator);
	}

	/**
	 * Returns the cooperation agreements before and after the current cooperation agreement in the ordered set where rootAgreementId = &#63;.
	 *
	 * @param agreementId the primary key of the current cooperation agreement
	 * @param rootAgreementId the root agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a cooperation agreement with the primary key could not be found
	 */
	public static CooperationAgreement[] findByRootAgreementId_PrevAndNext(
			long agreementId, long rootAgreementId,
			OrderByComparator<CooperationAgreement> orderByComparator)
		throws ru.opora.cooperation.exception.
			NoSuchCooperationAgreementException {

		return getPersistence().findByRootAgreementId_PrevAndNext(
			agreementId, rootAgreementId, orderByComparator);
	}

	/**
	 * Removes all the cooperation agreements where rootAgreementId = &#63; from the database.
	 *
	 * @param rootAgreementId the root agreement ID
	 */
	public static void removeByRootAgreementId(long rootAgreementId) {
		getPersistence().removeByRootAgreementId(rootAgreementId);
	}

	/**
	 * Returns the number of cooperation agreements where rootAgreementId = &#63;.
	 *
	 * @param rootAgreementId the root agreement ID
	 * @return the number of matching cooperation agreements
	 */
	public static int countByRootAgreementId(long rootAgreementId) {
		return getPersistence().countByRootAgreementId(rootAgreementId);
	}

	/**
	 * Caches the cooperation agreement in the entity cache if it is enabled.
	 *
	 * @param cooperationAgreement the cooperation agreement
	 */
	public static void cacheResult(CooperationAgreement cooperationAgreement) {
		getPersistence().cacheResult(cooperationAgreement);
	}

	/**
	 * Caches the cooperation agreements in the entity cache if it is enabled.
	 *
	 * @param cooperationAgreements the cooperation agreements
	 */
	public static void cacheResult(
		List<CooperationAgreement> cooperationAgreements) {

		getPersistence().cacheResult(cooperationAgreements);
	}

	/**
	 * Creates a new cooperation agreement with the primary key. Does not add the cooperation agreement to the database.
	 *
	 * @param agreementId the primary key for the new cooperation agreement
	 * @return the new cooperation agreement
	 */
	public static CooperationAgreement create(long agreementId) {
		return getPersistence().create(agreementId);
	}

	/**
	 * Removes the cooperation agreement with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param agreementId the primary key of the cooperation agreement
	 * @return the cooperation agreement that was removed
	 * @throws NoSuchCooperationAgreementException if a cooperation agreement with the primary key could not be found
	 */
	public static CooperationAgreement remove(long agreementId)
		throws ru.opora.cooperation.exception.
			NoSuchCooperationAgreementException {

		return getPersistence().remove(agreementId);
	}

	public static CooperationAgreement updateImpl(
		CooperationAgreement cooperationAgreement) {

		return getPersistence().updateImpl(cooperationAgreement);
	}

	/**
	 * Returns the cooperation agreement with the primary key or throws a <code>NoSuchCooperationAgreementException</code> if it could not be found.
	 *
	 * @param agreementId the primary key of the cooperation agreement
	 * @return the cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a cooperation agreement with the primary key could not be found
	 */
	public static CooperationAgreement findByPrimaryKey(long agreementId)
		throws ru.opora.cooperation.exception.
			NoSuchCooperationAgreementException {

		return getPersistence().findByPrimaryKey(agreementId);
	}

	/**
	 * Returns the cooperation agreement with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param agreementId the primary key of the cooperation agreement
	 * @return the cooperation agreement, or <code>null</code> if a cooperation agreement with the primary key could not be found
	 */
	public static CooperationAgreement fetchByPrimaryKey(long agreementId) {
		return getPersistence().fetchByPrimaryKey(agreementId);
	}

	/**
	 * Returns all the cooperation agreements.
	 *
	 * @return the cooperation agreements
	 */
	public static List<CooperationAgreement> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the cooperation agreements.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @return the range of cooperation agreements
	 */
	public static List<CooperationAgreement> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the cooperation agreements.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of cooperation agreements
	 */
	public static List<CooperationAgreement> findAll(
		int start, int end,
		OrderByComparator<CooperationAgreement> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the cooperation agreements.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of cooperation agreements
	 */
	public static List<CooperationAgreement> findAll(
		int start, int end,
		OrderByComparator<CooperationAgreement> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the cooperation agreements from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of cooperation agreements.
	 *
	 * @return the number of cooperation agreements
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static CooperationAgreementPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(
		CooperationAgreementPersistence persistence) {

		_persistence = persistence;
	}

	private static volatile CooperationAgreementPersistence _persistence;

}