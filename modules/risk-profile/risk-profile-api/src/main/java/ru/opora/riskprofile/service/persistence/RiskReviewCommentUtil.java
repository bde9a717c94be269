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

import ru.opora.riskprofile.model.RiskReviewComment;

/**
 * The persistence utility for the risk review comment service. This utility wraps <code>ru.opora.riskprofile.service.persistence.impl.RiskReviewCommentPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see RiskReviewCommentPersistence
 * @generated
 */
public class RiskReviewCommentUtil {

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
	public static void clearCache(RiskReviewComment riskReviewComment) {
		getPersistence().clearCache(riskReviewComment);
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
	public static Map<Serializable, RiskReviewComment> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<RiskReviewComment> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<RiskReviewComment> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<RiskReviewComment> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<RiskReviewComment> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static RiskReviewComment update(
		RiskReviewComment riskReviewComment) {

		return getPersistence().update(riskReviewComment);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static RiskReviewComment update(
		RiskReviewComment riskReviewComment, ServiceContext serviceContext) {

		return getPersistence().update(riskReviewComment, serviceContext);
	}

	/**
	 * Returns all the risk review comments where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @return the matching risk review comments
	 */
	public static List<RiskReviewComment> findByRiskDocumentId(
		long riskDocumentId) {

		return getPersistence().findByRiskDocumentId(riskDocumentId);
	}

	/**
	 * Returns a range of all the risk review comments where riskDocumentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskReviewCommentModelImpl</code>.
	 * </p>
	 *
	 * @param riskDocumentId the risk document ID
	 * @param start the lower bound of the range of risk review comments
	 * @param end the upper bound of the range of risk review comments (not inclusive)
	 * @return the range of matching risk review comments
	 */
	public static List<RiskReviewComment> findByRiskDocumentId(
		long riskDocumentId, int start, int end) {

		return getPersistence().findByRiskDocumentId(
			riskDocumentId, start, end);
	}

	/**
	 * Returns an ordered range of all the risk review comments where riskDocumentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskReviewCommentModelImpl</code>.
	 * </p>
	 *
	 * @param riskDocumentId the risk document ID
	 * @param start the lower bound of the range of risk review comments
	 * @param end the upper bound of the range of risk review comments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk review comments
	 */
	public static List<RiskReviewComment> findByRiskDocumentId(
		long riskDocumentId, int start, int end,
		OrderByComparator<RiskReviewComment> orderByComparator) {

		return getPersistence().findByRiskDocumentId(
			riskDocumentId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the risk review comments where riskDocumentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskReviewCommentModelImpl</code>.
	 * </p>
	 *
	 * @param riskDocumentId the risk document ID
	 * @param start the lower bound of the range of risk review comments
	 * @param end the upper bound of the range of risk review comments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching risk review comments
	 */
	public static List<RiskReviewComment> findByRiskDocumentId(
		long riskDocumentId, int start, int end,
		OrderByComparator<RiskReviewComment> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByRiskDocumentId(
			riskDocumentId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first risk review comment in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk review comment
	 * @throws NoSuchRiskReviewCommentException if a matching risk review comment could not be found
	 */
	public static RiskReviewComment findByRiskDocumentId_First(
			long riskDocumentId,
			OrderByComparator<RiskReviewComment> orderByComparator)
		throws ru.opora.riskprofile.exception.NoSuchRiskReviewCommentException {

		return getPersistence().findByRiskDocumentId_First(
			riskDocumentId, orderByComparator);
	}

	/**
	 * Returns the first risk review comment in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk review comment, or <code>null</code> if a matching risk review comment could not be found
	 */
	public static RiskReviewComment fetchByRiskDocumentId_First(
		long riskDocumentId,
		OrderByComparator<RiskReviewComment> orderByComparator) {

		return getPersistence().fetchByRiskDocumentId_First(
			riskDocumentId, orderByComparator);
	}

	/**
	 * Returns the last risk review comment in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk review comment
	 * @throws NoSuchRiskReviewCommentException if a matching risk review comment could not be found
	 */
	public static RiskReviewComment findByRiskDocumentId_Last(
			long riskDocumentId,
			OrderByComparator<RiskReviewComment> orderByComparator)
		throws ru.opora.riskprofile.exception.NoSuchRiskReviewCommentException {

		return getPersistence().findByRiskDocumentId_Last(
			riskDocumentId, orderByComparator);
	}

	/**
	 * Returns the last risk review comment in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk review comment, or <code>null</code> if a matching risk review comment could not be found
	 */
	public static RiskReviewComment fetchByRiskDocumentId_Last(
		long riskDocumentId,
		OrderByComparator<RiskReviewComment> orderByComparator) {

		return getPersistence().fetchByRiskDocumentId_Last(
			riskDocumentId, orderByComparator);
	}

	/**
	 * Returns the risk review comments before and after the current risk review comment in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskReviewCommentId the primary key of the current risk review comment
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk review comment
	 * @throws NoSuchRiskReviewCommentException if a risk review comment with the primary key could not be found
	 */
	public static RiskReviewComment[] findByRiskDocumentId_PrevAndNext(
			long riskReviewCommentId, long riskDocumentId,
			OrderByComparator<RiskReviewComment> orderByComparator)
		throws ru.opora.riskprofile.exception.NoSuchRiskReviewCommentException {

		return getPersistence().findByRiskDocumentId_PrevAndNext(
			riskReviewCommentId, riskDocumentId, orderByComparator);
	}

	/**
	 * Removes all the risk review comments where riskDocumentId = &#63; from the database.
	 *
	 * @param riskDocumentId the risk document ID
	 */
	public static void removeByRiskDocumentId(long riskDocumentId) {
		getPersistence().removeByRiskDocumentId(riskDocumentId);
	}

	/**
	 * Returns the number of risk review comments where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @return the number of matching risk review comments
	 */
	public static int countByRiskDocumentId(long riskDocumentId) {
		return getPersistence().countByRiskDocumentId(riskDocumentId);
	}

	/**
	 * Caches the risk review comment in the entity cache if it is enabled.
	 *
	 * @param riskReviewComment the risk review comment
	 */
	public static void cacheResult(RiskReviewComment riskReviewComment) {
		getPersistence().cacheResult(riskReviewComment);
	}

	/**
	 * Caches the risk review comments in the entity cache if it is enabled.
	 *
	 * @param riskReviewComments the risk review comments
	 */
	public static void cacheResult(List<RiskReviewComment> riskReviewComments) {
		getPersistence().cacheResult(riskReviewComments);
	}

	/**
	 * Creates a new risk review comment with the primary key. Does not add the risk review comment to the database.
	 *
	 * @param riskReviewCommentId the primary key for the new risk review comment
	 * @return the new risk review comment
	 */
	public static RiskReviewComment create(long riskReviewCommentId) {
		return getPersistence().create(riskReviewCommentId);
	}

	/**
	 * Removes the risk review comment with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param riskReviewCommentId the primary key of the risk review comment
	 * @return the risk review comment that was removed
	 * @throws NoSuchRiskReviewCommentException if a risk review comment with the primary key could not be found
	 */
	public static RiskReviewComment remove(long riskReviewCommentId)
		throws ru.opora.riskprofile.exception.NoSuchRiskReviewCommentException {

		return getPersistence().remove(riskReviewCommentId);
	}

	public static RiskReviewComment updateImpl(
		RiskReviewComment riskReviewComment) {

		return getPersistence().updateImpl(riskReviewComment);
	}

	/**
	 * Returns the risk review comment with the primary key or throws a <code>NoSuchRiskReviewCommentException</code> if it could not be found.
	 *
	 * @param riskReviewCommentId the primary key of the risk review comment
	 * @return the risk review comment
	 * @throws NoSuchRiskReviewCommentException if a risk review comment with the primary key could not be found
	 */
	public static RiskReviewComment findByPrimaryKey(long riskReviewCommentId)
		throws ru.opora.riskprofile.exception.NoSuchRiskReviewCommentException {

		return getPersistence().findByPrimaryKey(riskReviewCommentId);
	}

	/**
	 * Returns the risk review comment with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param riskReviewCommentId the primary key of the risk review comment
	 * @return the risk review comment, or <code>null</code> if a risk review comment with the primary key could not be found
	 */
	public static RiskReviewComment fetchByPrimaryKey(
		long riskReviewCommentId) {

		return getPersistence().fetchByPrimaryKey(riskReviewCommentId);
	}

	/**
	 * Returns all the risk review comments.
	 *
	 * @return the risk review comments
	 */
	public static List<RiskReviewComment> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the risk review comments.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskReviewCommentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk review comments
	 * @param end the upper bound of the range of risk review comments (not inclusive)
	 * @return the range of risk review comments
	 */
	public static List<RiskReviewComment> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the risk review comments.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskReviewCommentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk review comments
	 * @param end the upper bound of the range of risk review comments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of risk review comments
	 */
	public static List<RiskReviewComment> findAll(
		int start, int end,
		OrderByComparator<RiskReviewComment> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the risk review comments.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskReviewCommentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk review comments
	 * @param end the upper bound of the range of risk review comments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of risk review comments
	 */
	public static List<RiskReviewComment> findAll(
		int start, int end,
		OrderByComparator<RiskReviewComment> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the risk review comments from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of risk review comments.
	 *
	 * @return the number of risk review comments
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static RiskReviewCommentPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(
		RiskReviewCommentPersistence persistence) {

		_persistence = persistence;
	}

	private static volatile RiskReviewCommentPersistence _persistence;

}