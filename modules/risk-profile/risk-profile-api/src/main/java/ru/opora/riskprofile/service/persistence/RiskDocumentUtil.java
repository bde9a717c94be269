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

import ru.opora.riskprofile.model.RiskDocument;

/**
 * The persistence utility for the risk document service. This utility wraps <code>ru.opora.riskprofile.service.persistence.impl.RiskDocumentPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see RiskDocumentPersistence
 * @generated
 */
public class RiskDocumentUtil {

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
	public static void clearCache(RiskDocument riskDocument) {
		getPersistence().clearCache(riskDocument);
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
	public static Map<Serializable, RiskDocument> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<RiskDocument> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<RiskDocument> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<RiskDocument> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<RiskDocument> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static RiskDocument update(RiskDocument riskDocument) {
		return getPersistence().update(riskDocument);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static RiskDocument update(
		RiskDocument riskDocument, ServiceContext serviceContext) {

		return getPersistence().update(riskDocument, serviceContext);
	}

	/**
	 * Returns all the risk documents where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching risk documents
	 */
	public static List<RiskDocument> findByGroupId(long groupId) {
		return getPersistence().findByGroupId(groupId);
	}

	/**
	 * Returns a range of all the risk documents where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of risk documents
	 * @param end the upper bound of the range of risk documents (not inclusive)
	 * @return the range of matching risk documents
	 */
	public static List<RiskDocument> findByGroupId(
		long groupId, int start, int end) {

		return getPersistence().findByGroupId(groupId, start, end);
	}

	/**
	 * Returns an ordered range of all the risk documents where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of risk documents
	 * @param end the upper bound of the range of risk documents (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk documents
	 */
	public static List<RiskDocument> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<RiskDocument> orderByComparator) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the risk documents where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of risk documents
	 * @param end the upper bound of the range of risk documents (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching risk documents
	 */
	public static List<RiskDocument> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<RiskDocument> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first risk document in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk document
	 * @throws NoSuchRiskDocumentException if a matching risk document could not be found
	 */
	public static RiskDocument findByGroupId_First(
			long groupId, OrderByComparator<RiskDocument> orderByComparator)
		throws ru.opora.riskprofile.exception.NoSuchRiskDocumentException {

		return getPersistence().findByGroupId_First(groupId, orderByComparator);
	}

	/**
	 * Returns the first risk document in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk document, or <code>null</code> if a matching risk document could not be found
	 */
	public static RiskDocument fetchByGroupId_First(
		long groupId, OrderByComparator<RiskDocument> orderByComparator) {

		return getPersistence().fetchByGroupId_First(
			groupId, orderByComparator);
	}

	/**
	 * Returns the last risk document in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk document
	 * @throws NoSuchRiskDocumentException if a matching risk document could not be found
	 */
	public static RiskDocument findByGroupId_Last(
			long groupId, OrderByComparator<RiskDocument> orderByComparator)
		throws ru.opora.riskprofile.exception.NoSuchRiskDocumentException {

		return getPersistence().findByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the last risk document in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk document, or <code>null</code> if a matching risk document could not be found
	 */
	public static RiskDocument fetchByGroupId_Last(
		long groupId, OrderByComparator<RiskDocument> orderByComparator) {

		return getPersistence().fetchByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the risk documents before and after the current risk document in the ordered set where groupId = &#63;.
	 *
	 * @param riskDocumentId the primary key of the current risk document
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk document
	 * @throws NoSuchRiskDocumentException if a risk document with the primary key could not be found
	 */
	public static RiskDocument[] findByGroupId_PrevAndNext(
			long riskDocumentId, long groupId,
			OrderByComparator<RiskDocument> orderByComparator)
		throws ru.opora.riskprofile.exception.NoSuchRiskDocumentException {

		return getPersistence().findByGroupId_PrevAndNext(
			riskDocumentId, groupId, orderByComparator);
	}

	/**
	 * Returns all the risk documents that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching risk documents that the user has permission to view
	 */
	public static List<RiskDocument> filterFindByGroupId(long groupId) {
		return getPersistence().filterFindByGroupId(groupId);
	}

	/**
	 * Returns a range of all the risk documents that the user has permission to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of risk documents
	 * @param end the upper bound of the range of risk documents (not inclusive)
	 * @return the range of matching risk documents that the user has permission to view
	 */
	public static List<RiskDocument> filterFindByGroupId(
		long groupId, int start, int end) {

		return getPersistence().filterFindByGroupId(groupId, start, end);
	}

	/**
	 * Returns an ordered range of all the risk documents that the user has permissions to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of risk documents
	 * @param end the upper bound of the range of risk documents (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk documents that the user has permission to view
	 */
	public static List<RiskDocument> filterFindByGroupId(
		long groupId, int start, int end,
		OrderByComparator<RiskDocument> orderByComparator) {

		return getPersistence().filterFindByGroupId(
			groupId, start, end, orderByComparator);
	}

	/**
	 * Returns the risk documents before and after the current risk document in the ordered set of risk documents that the user has permission to view where groupId = &#63;.
	 *
	 * @param riskDocumentId the primary key of the current risk document
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk document
	 * @throws NoSuchRiskDocumentException if a risk document with the primary key could not be found
	 */
	public static RiskDocument[] filterFindByGroupId_PrevAndNext(
			long riskDocumentId, long groupId,
			OrderByComparator<RiskDocument> orderByComparator)
		throws ru.opora.riskprofile.exception.NoSuchRiskDocumentException {

		return getPersistence().filterFindByGroupId_PrevAndNext(
			riskDocumentId, groupId, orderByComparator);
	}

	/**
	 * Removes all the risk documents where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public static void removeByGroupId(long groupId) {
		getPersistence().removeByGroupId(groupId);
	}

	/**
	 * Returns the number of risk documents where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching risk documents
	 */
	public static int countByGroupId(long groupId) {
		return getPersistence().countByGroupId(groupId);
	}

	/**
	 * Returns the number of risk documents that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching risk documents that the user has permission to view
	 */
	public static int filterCountByGroupId(long groupId) {
		return getPersistence().filterCountByGroupId(groupId);
	}

	/**
	 * Returns all the risk documents where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @return the matching risk documents
	 */
	public static List<RiskDocument> findByS_Y(long schoolId, int year) {
		return getPersistence().findByS_Y(schoolId, year);
	}

	/**
	 * Returns a range of all the risk documents where schoolId = &#63; and year = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param start the lower bound of the range of risk documents
	 * @param end the upper bound of the range of risk documents (not inclusive)
	 * @return the range of matching risk documents
	 */
	public static List<RiskDocument> findByS_Y(
		long schoolId, int year, int start, int end) {

		return getPersistence().findByS_Y(schoolId, year, start, end);
	}

	/**
	 * Returns an ordered range of all the risk documents where schoolId = &#63; and year = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param start the lower bound of the range of risk documents
	 * @param end the upper bound of the range of risk documents (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk documents
	 */
	public static List<RiskDocument> findByS_Y(
		long schoolId, int year, int start, int end,
		OrderByComparator<RiskDocument> orderByComparator) {

		return getPersistence().findByS_Y(
			schoolId, year, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the risk documents where schoolId = &#63; and year = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param start the lower bound of the range of risk documents
	 * @param end the upper bound of the range of risk documents (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching risk documents
	 */
	public static List<RiskDocument> findByS_Y(
		long schoolId, int year, int start, int end,
		OrderByComparator<RiskDocument> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByS_Y(
			schoolId, year, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first risk document in the ordered set where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk document
	 * @throws NoSuchRiskDocumentException if a matching risk document could not be found
	 */
	public static RiskDocument findByS_Y_First(
			long schoolId, int year,
			OrderByComparator<RiskDocument> orderByComparator)
		throws ru.opora.riskprofile.exception.NoSuchRiskDocumentException {

		return getPersistence().findByS_Y_First(
			schoolId, year, orderByComparator);
	}

	/**
	 * Returns the first risk document in the ordered set where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk document, or <code>null</code> if a matching risk document could not be found
	 */
	public static RiskDocument fetchByS_Y_First(
		long schoolId, int year,
		OrderByComparator<RiskDocument> orderByComparator) {

		return getPersistence().fetchByS_Y_First(
			schoolId, year, orderByComparator);
	}

	/**
	 * Returns the last risk document in the ordered set where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk document
	 * @throws NoSuchRiskDocumentException if a matching risk document could not be found
	 */
	public static RiskDocument findByS_Y_Last(
			long schoolId, int year,
			OrderByComparator<RiskDocument> orderByComparator)
		throws ru.opora.riskprofile.exception.NoSuchRiskDocumentException {

		return getPersistence().findByS_Y_Last(
			schoolId, year, orderByComparator);
	}

	/**
	 * Returns the last risk document in the ordered set where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk document, or <code>null</code> if a matching risk document could not be found
	 */
	public static RiskDocument fetchByS_Y_Last(
		long schoolId, int year,
		OrderByComparator<RiskDocument> orderByComparator) {

		return getPersistence().fetchByS_Y_Last(
			schoolId, year, orderByComparator);
	}

	/**
	 * Returns the risk documents before and after the current risk document in the ordered set where schoolId = &#63; and year = &#63;.
	 *
	 * @param riskDocumentId the primary key of the current risk document
	 * @param schoolId the school ID
	 * @param year the year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk document
	 * @throws NoSuchRiskDocumentException if a risk document with the primary key could not be found
	 */
	public static RiskDocument[] findByS_Y_PrevAndNext(
			long riskDocumentId, long schoolId, int year,
			OrderByComparator<RiskDocument> orderByComparator)
		throws ru.opora.riskprofile.exception.NoSuchRiskDocumentException {

		return getPersistence().findByS_Y_PrevAndNext(
			riskDocumentId, schoolId, year, orderByComparator);
	}

	/**
	 * Removes all the risk documents where schoolId = &#63; and year = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 */
	public static void removeByS_Y(long schoolId, int year) {
		getPersistence().removeByS_Y(schoolId, year);
	}

	/**
	 * Returns the number of risk documents where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @return the number of matching risk documents
	 */
	public static int countByS_Y(long schoolId, int year) {
		return getPersistence().countByS_Y(schoolId, year);
	}

	/**
	 * Caches the risk document in the entity cache if it is enabled.
	 *
	 * @param riskDocument the risk document
	 */
	public static void cacheResult(RiskDocument riskDocument) {
		getPersistence().cacheResult(riskDocument);
	}

	/**
	 * Caches the risk documents in the entity cache if it is enabled.
	 *
	 * @param riskDocuments the risk documents
	 */
	public static void cacheResult(List<RiskDocument> riskDocuments) {
		getPersistence().cacheResult(riskDocuments);
	}

	/**
	 * Creates a new risk document with the primary key. Does not add the risk document to the database.
	 *
	 * @param riskDocumentId the primary key for the new risk document
	 * @return the new risk document
	 */
	public static RiskDocument create(long riskDocumentId) {
		return getPersistence().create(riskDocumentId);
	}

	/**
	 * Removes the risk document with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param riskDocumentId the primary key of the risk document
	 * @return the risk document that was removed
	 * @throws NoSuchRiskDocumentException if a risk document with the primary key could not be found
	 */
	public static RiskDocument remove(long riskDocumentId)
		throws ru.opora.riskprofile.exception.NoSuchRiskDocumentException {

		return getPersistence().remove(riskDocumentId);
	}

	public static RiskDocument updateImpl(RiskDocument riskDocument) {
		return getPersistence().updateImpl(riskDocument);
	}

	/**
	 * Returns the risk document with the primary key or throws a <code>NoSuchRiskDocumentException</code> if it could not be found.
	 *
	 * @param riskDocumentId the primary key of the risk document
	 * @return the risk document
	 * @throws NoSuchRiskDocumentException if a risk document with the primary key could not be found
	 */
	public static RiskDocument findByPrimaryKey(long riskDocumentId)
		throws ru.opora.riskprofile.exception.NoSuchRiskDocumentException {

		return getPersistence().findByPrimaryKey(riskDocumentId);
	}

	/**
	 * Returns the risk document with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param riskDocumentId the primary key of the risk document
	 * @return the risk document, or <code>null</code> if a risk document with the primary key could not be found
	 */
	public static RiskDocument fetchByPrimaryKey(long riskDocumentId) {
		return getPersistence().fetchByPrimaryKey(riskDocumentId);
	}

	/**
	 * Returns all the risk documents.
	 *
	 * @return the risk documents
	 */
	public static List<RiskDocument> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the risk documents.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk documents
	 * @param end the upper bound of the range of risk documents (not inclusive)
	 * @return the range of risk documents
	 */
	public static List<RiskDocument> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the risk documents.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk documents
	 * @param end the upper bound of the range of risk documents (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of risk documents
	 */
	public static List<RiskDocument> findAll(
		int start, int end, OrderByComparator<RiskDocument> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the risk documents.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk documents
	 * @param end the upper bound of the range of risk documents (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of risk documents
	 */
	public static List<RiskDocument> findAll(
		int start, int end, OrderByComparator<RiskDocument> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the risk documents from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of risk documents.
	 *
	 * @return the number of risk documents
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static RiskDocumentPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(RiskDocumentPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile RiskDocumentPersistence _persistence;

}