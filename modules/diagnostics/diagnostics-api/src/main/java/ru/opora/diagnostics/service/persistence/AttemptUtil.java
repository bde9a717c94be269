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

import ru.opora.diagnostics.model.Attempt;

/**
 * The persistence utility for the attempt service. This utility wraps <code>ru.opora.diagnostics.service.persistence.impl.AttemptPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see AttemptPersistence
 * @generated
 */
public class AttemptUtil {

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
	public static void clearCache(Attempt attempt) {
		getPersistence().clearCache(attempt);
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
	public static Map<Serializable, Attempt> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<Attempt> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<Attempt> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<Attempt> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<Attempt> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static Attempt update(Attempt attempt) {
		return getPersistence().update(attempt);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static Attempt update(
		Attempt attempt, ServiceContext serviceContext) {

		return getPersistence().update(attempt, serviceContext);
	}

	/**
	 * Returns all the attempts where diagnosticSessionId = &#63;.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @return the matching attempts
	 */
	public static List<Attempt> findByDiagnosticSessionId(
		long diagnosticSessionId) {

		return getPersistence().findByDiagnosticSessionId(diagnosticSessionId);
	}

	/**
	 * Returns a range of all the attempts where diagnosticSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttemptModelImpl</code>.
	 * </p>
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param start the lower bound of the range of attempts
	 * @param end the upper bound of the range of attempts (not inclusive)
	 * @return the range of matching attempts
	 */
	public static List<Attempt> findByDiagnosticSessionId(
		long diagnosticSessionId, int start, int end) {

		return getPersistence().findByDiagnosticSessionId(
			diagnosticSessionId, start, end);
	}

	/**
	 * Returns an ordered range of all the attempts where diagnosticSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttemptModelImpl</code>.
	 * </p>
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param start the lower bound of the range of attempts
	 * @param end the upper bound of the range of attempts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching attempts
	 */
	public static List<Attempt> findByDiagnosticSessionId(
		long diagnosticSessionId, int start, int end,
		OrderByComparator<Attempt> orderByComparator) {

		return getPersistence().findByDiagnosticSessionId(
			diagnosticSessionId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the attempts where diagnosticSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttemptModelImpl</code>.
	 * </p>
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param start the lower bound of the range of attempts
	 * @param end the upper bound of the range of attempts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching attempts
	 */
	public static List<Attempt> findByDiagnosticSessionId(
		long diagnosticSessionId, int start, int end,
		OrderByComparator<Attempt> orderByComparator, boolean useFinderCache) {

		return getPersistence().findByDiagnosticSessionId(
			diagnosticSessionId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first attempt in the ordered set where diagnosticSessionId = &#63;.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attempt
	 * @throws NoSuchAttemptException if a matching attempt could not be found
	 */
	public static Attempt findByDiagnosticSessionId_First(
			long diagnosticSessionId,
			OrderByComparator<Attempt> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchAttemptException {

		return getPersistence().findByDiagnosticSessionId_First(
			diagnosticSessionId, orderByComparator);
	}

	/**
	 * Returns the first attempt in the ordered set where diagnosticSessionId = &#63;.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attempt, or <code>null</code> if a matching attempt could not be found
	 */
	public static Attempt fetchByDiagnosticSessionId_First(
		long diagnosticSessionId,
		OrderByComparator<Attempt> orderByComparator) {

		return getPersistence().fetchByDiagnosticSessionId_First(
			diagnosticSessionId, orderByComparator);
	}

	/**
	 * Returns the last attempt in the ordered set where diagnosticSessionId = &#63;.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attempt
	 * @throws NoSuchAttemptException if a matching attempt could not be found
	 */
	public static Attempt findByDiagnosticSessionId_Last(
			long diagnosticSessionId,
			OrderByComparator<Attempt> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchAttemptException {

		return getPersistence().findByDiagnosticSessionId_Last(
			diagnosticSessionId, orderByComparator);
	}

	/**
	 * Returns the last attempt in the ordered set where diagnosticSessionId = &#63;.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attempt, or <code>null</code> if a matching attempt could not be found
	 */
	public static Attempt fetchByDiagnosticSessionId_Last(
		long diagnosticSessionId,
		OrderByComparator<Attempt> orderByComparator) {

		return getPersistence().fetchByDiagnosticSessionId_Last(
			diagnosticSessionId, orderByComparator);
	}

	/**
	 * Returns the attempts before and after the current attempt in the ordered set where diagnosticSessionId = &#63;.
	 *
	 * @param attemptId the primary key of the current attempt
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next attempt
	 * @throws NoSuchAttemptException if a attempt with the primary key could not be found
	 */
	public static Attempt[] findByDiagnosticSessionId_PrevAndNext(
			long attemptId, long diagnosticSessionId,
			OrderByComparator<Attempt> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchAttemptException {

		return getPersistence().findByDiagnosticSessionId_PrevAndNext(
			attemptId, diagnosticSessionId, orderByComparator);
	}

	/**
	 * Removes all the attempts where diagnosticSessionId = &#63; from the database.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 */
	public static void removeByDiagnosticSessionId(long diagnosticSessionId) {
		getPersistence().removeByDiagnosticSessionId(diagnosticSessionId);
	}

	/**
	 * Returns the number of attempts where diagnosticSessionId = &#63;.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @return the number of matching attempts
	 */
	public static int countByDiagnosticSessionId(long diagnosticSessionId) {
		return getPersistence().countByDiagnosticSessionId(diagnosticSessionId);
	}

	/**
	 * Returns all the attempts where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the matching attempts
	 */
	public static List<Attempt> findByUserId(long userId) {
		return getPersistence().findByUserId(userId);
	}

	/**
	 * Returns a range of all the attempts where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttemptModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of attempts
	 * @param end the upper bound of the range of attempts (not inclusive)
	 * @return the range of matching attempts
	 */
	public static List<Attempt> findByUserId(long userId, int start, int end) {
		return getPersistence().findByUserId(userId, start, end);
	}

	/**
	 * Returns an ordered range of all the attempts where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttemptModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of attempts
	 * @param end the upper bound of the range of attempts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching attempts
	 */
	public static List<Attempt> findByUserId(
		long userId, int start, int end,
		OrderByComparator<Attempt> orderByComparator) {

		return getPersistence().findByUserId(
			userId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the attempts where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttemptModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of attempts
	 * @param end the upper bound of the range of attempts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching attempts
	 */
	public static List<Attempt> findByUserId(
		long userId, int start, int end,
		OrderByComparator<Attempt> orderByComparator, boolean useFinderCache) {

		return getPersistence().findByUserId(
			userId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first attempt in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attempt
	 * @throws NoSuchAttemptException if a matching attempt could not be found
	 */
	public static Attempt findByUserId_First(
			long userId, OrderByComparator<Attempt> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchAttemptException {

		return getPersistence().findByUserId_First(userId, orderByComparator);
	}

	/**
	 * Returns the first attempt in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attempt, or <code>null</code> if a matching attempt could not be found
	 */
	public static Attempt fetchByUserId_First(
		long userId, OrderByComparator<Attempt> orderByComparator) {

		return getPersistence().fetchByUserId_First(userId, orderByComparator);
	}

	/**
	 * Returns the last attempt in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attempt
	 * @throws NoSuchAttemptException if a matching attempt could not be found
	 */
	public static Attempt findByUserId_Last(
			long userId, OrderByComparator<Attempt> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchAttemptException {

		return getPersistence().findByUserId_Last(userId, orderByComparator);
	}

	/**
	 * Returns the last attempt in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attempt, or <code>null</code> if a matching attempt could not be found
	 */
	public static Attempt fetchByUserId_Last(
		long userId, OrderByComparator<Attempt> orderByComparator) {

		return getPersistence().fetchByUserId_Last(userId, orderByComparator);
	}

	/**
	 * Returns the attempts before and after the current attempt in the ordered set where userId = &#63;.
	 *
	 * @param attemptId the primary key of the current attempt
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next attempt
	 * @throws NoSuchAttemptException if a attempt with the primary key could not be found
	 */
	public static Attempt[] findByUserId_PrevAndNext(
			long attemptId, long userId,
			OrderByComparator<Attempt> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchAttemptException {

		return getPersistence().findByUserId_PrevAndNext(
			attemptId, userId, orderByComparator);
	}

	/**
	 * Removes all the attempts where userId = &#63; from the database.
	 *
	 * @param userId the user ID
	 */
	public static void removeByUserId(long userId) {
		getPersistence().removeByUserId(userId);
	}

	/**
	 * Returns the number of attempts where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the number of matching attempts
	 */
	public static int countByUserId(long userId) {
		return getPersistence().countByUserId(userId);
	}

	/**
	 * Returns all the attempts where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching attempts
	 */
	public static List<Attempt> findByGroupId(long groupId) {
		return getPersistence().findByGroupId(groupId);
	}

	/**
	 * Returns a range of all the attempts where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttemptModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of attempts
	 * @param end the upper bound of the range of attempts (not inclusive)
	 * @return the range of matching attempts
	 */
	public static List<Attempt> findByGroupId(
		long groupId, int start, int end) {

		return getPersistence().findByGroupId(groupId, start, end);
	}

	/**
	 * Returns an ordered range of all the attempts where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttemptModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of attempts
	 * @param end the upper bound of the range of attempts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching attempts
	 */
	public static List<Attempt> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<Attempt> orderByComparator) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the attempts where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttemptModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of attempts
	 * @param end the upper bound of the range of attempts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching attempts
	 */
	public static List<Attempt> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<Attempt> orderByComparator, boolean useFinderCache) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first attempt in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attempt
	 * @throws NoSuchAttemptException if a matching attempt could not be found
	 */
	public static Attempt findByGroupId_First(
			long groupId, OrderByComparator<Attempt> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchAttemptException {

		return getPersistence().findByGroupId_First(groupId, orderByComparator);
	}

	/**
	 * Returns the first attempt in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attempt, or <code>null</code> if a matching attempt could not be found
	 */
	public static Attempt fetchByGroupId_First(
		long groupId, OrderByComparator<Attempt> orderByComparator) {

		return getPersistence().fetchByGroupId_First(
			groupId, orderByComparator);
	}

	/**
	 * Returns the last attempt in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attempt
	 * @throws NoSuchAttemptException if a matching attempt could not be found
	 */
	public static Attempt findByGroupId_Last(
			long groupId, OrderByComparator<Attempt> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchAttemptException {

		return getPersistence().findByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the last attempt in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attempt, or <code>null</code> if a matching attempt could not be found
	 */
	public static Attempt fetchByGroupId_Last(
		long groupId, OrderByComparator<Attempt> orderByComparator) {

		return getPersistence().fetchByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the attempts before and after the current attempt in the ordered set where groupId = &#63;.
	 *
	 * @param attemptId the primary key of the current attempt
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next attempt
	 * @throws NoSuchAttemptException if a attempt with the primary key could not be found
	 */
	public static Attempt[] findByGroupId_PrevAndNext(
			long attemptId, long groupId,
			OrderByComparator<Attempt> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchAttemptException {

		return getPersistence().findByGroupId_PrevAndNext(
			attemptId, groupId, orderByComparator);
	}

	/**
	 * Removes all the attempts where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public static void removeByGroupId(long groupId) {
		getPersistence().removeByGroupId(groupId);
	}

	/**
	 * Returns the number of attempts where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching attempts
	 */
	public static int countByGroupId(long groupId) {
		return getPersistence().countByGroupId(groupId);
	}

	/**
	 * Returns all the attempts where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the matching attempts
	 */
	public static List<Attempt> findBySchoolId(long schoolId) {
		return getPersistence().findBySchoolId(schoolId);
	}

	/**
	 * Returns a range of all the attempts where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttemptModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of attempts
	 * @param end the upper bound of the range of attempts (not inclusive)
	 * @return the range of matching attempts
	 */
	public static List<Attempt> findBySchoolId(
		long schoolId, int start, int end) {

		return getPersistence().findBySchoolId(schoolId, start, end);
	}

	/**
	 * Returns an ordered range of all the attempts where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttemptModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of attempts
	 * @param end the upper bound of the range of attempts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching attempts
	 */
	public static List<Attempt> findBySchoolId(
		long schoolId, int start, int end,
		OrderByComparator<Attempt> orderByComparator) {

		return getPersistence().findBySchoolId(
			schoolId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the attempts where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttemptModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of attempts
	 * @param end the upper bound of the range of attempts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching attempts
	 */
	public static List<Attempt> findBySchoolId(
		long schoolId, int start, int end,
		OrderByComparator<Attempt> orderByComparator, boolean useFinderCache) {

		return getPersistence().findBySchoolId(
			schoolId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first attempt in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attempt
	 * @throws NoSuchAttemptException if a matching attempt could not be found
	 */
	public static Attempt findBySchoolId_First(
			long schoolId, OrderByComparator<Attempt> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchAttemptException {

		return getPersistence().findBySchoolId_First(
			schoolId, orderByComparator);
	}

	/**
	 * Returns the first attempt in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attempt, or <code>null</code> if a matching attempt could not be found
	 */
	public static Attempt fetchBySchoolId_First(
		long schoolId, OrderByComparator<Attempt> orderByComparator) {

		return getPersistence().fetchBySchoolId_First(
			schoolId, orderByComparator);
	}

	/**
	 * Returns the last attempt in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attempt
	 * @throws NoSuchAttemptException if a matching attempt could not be found
	 */
	public static Attempt findBySchoolId_Last(
			long schoolId, OrderByComparator<Attempt> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchAttemptException {

		return getPersistence().findBySchoolId_Last(
			schoolId, orderByComparator);
	}

	/**
	 * Returns the last attempt in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attempt, or <code>null</code> if a matching attempt could not be found
	 */
	public static Attempt fetchBySchoolId_Last(
		long schoolId, OrderByComparator<Attempt> orderByComparator) {

		return getPersistence().fetchBySchoolId_Last(
			schoolId, orderByComparator);
	}

	/**
	 * Returns the attempts before and after the current attempt in the ordered set where schoolId = &#63;.
	 *
	 * @param attemptId the primary key of the current attempt
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next attempt
	 * @throws NoSuchAttemptException if a attempt with the primary key could not be found
	 */
	public static Attempt[] findBySchoolId_PrevAndNext(
			long attemptId, long schoolId,
			OrderByComparator<Attempt> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchAttemptException {

		return getPersistence().findBySchoolId_PrevAndNext(
			attemptId, schoolId, orderByComparator);
	}

	/**
	 * Removes all the attempts where schoolId = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 */
	public static void removeBySchoolId(long schoolId) {
		getPersistence().removeBySchoolId(schoolId);
	}

	/**
	 * Returns the number of attempts where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the number of matching attempts
	 */
	public static int countBySchoolId(long schoolId) {
		return getPersistence().countBySchoolId(schoolId);
	}

	/**
	 * Returns the attempt where diagnosticSessionId = &#63; and userId = &#63; or throws a <code>NoSuchAttemptException</code> if it could not be found.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param userId the user ID
	 * @return the matching attempt
	 * @throws NoSuchAttemptException if a matching attempt could not be found
	 */
	public static Attempt findByS_U(long diagnosticSessionId, long userId)
		throws ru.opora.diagnostics.exception.NoSuchAttemptException {

		return getPersistence().findByS_U(diagnosticSessionId, userId);
	}

	/**
	 * Returns the attempt where diagnosticSessionId = &#63; and userId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param userId the user ID
	 * @return the matching attempt, or <code>null</code> if a matching attempt could not be found
	 */
	public static Attempt fetchByS_U(long diagnosticSessionId, long userId) {
		return getPersistence().fetchByS_U(diagnosticSessionId, userId);
	}

	/**
	 * Returns the attempt where diagnosticSessionId = &#63; and userId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param userId the user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching attempt, or <code>null</code> if a matching attempt could not be found
	 */
	public static Attempt fetchByS_U(
		long diagnosticSessionId, long userId, boolean useFinderCache) {

		return getPersistence().fetchByS_U(
			diagnosticSessionId, userId, useFinderCache);
	}

	/**
	 * Removes the attempt where diagnosticSessionId = &#63; and userId = &#63; from the database.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param userId the user ID
	 * @return the attempt that was removed
	 */
	public static Attempt removeByS_U(long diagnosticSessionId, long userId)
		throws ru.opora.diagnostics.exception.NoSuchAttemptException {

		return getPersistence().removeByS_U(diagnosticSessionId, userId);
	}

	/**
	 * Returns the number of attempts where diagnosticSessionId = &#63; and userId = &#63;.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param userId the user ID
	 * @return the number of matching attempts
	 */
	public static int countByS_U(long diagnosticSessionId, long userId) {
		return getPersistence().countByS_U(diagnosticSessionId, userId);
	}

	/**
	 * Caches the attempt in the entity cache if it is enabled.
	 *
	 * @param attempt the attempt
	 */
	public static void cacheResult(Attempt attempt) {
		getPersistence().cacheResult(attempt);
	}

	/**
	 * Caches the attempts in the entity cache if it is enabled.
	 *
	 * @param attempts the attempts
	 */
	public static void cacheResult(List<Attempt> attempts) {
		getPersistence().cacheResult(attempts);
	}

	/**
	 * Creates a new attempt with the primary key. Does not add the attempt to the database.
	 *
	 * @param attemptId the primary key for the new attempt
	 * @return the new attempt
	 */
	public static Attempt create(long attemptId) {
		return getPersistence().create(attemptId);
	}

	/**
	 * Removes the attempt with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param attemptId the primary key of the attempt
	 * @return the attempt that was removed
	 * @throws NoSuchAttemptException if a attempt with the primary key could not be found
	 */
	public static Attempt remove(long attemptId)
		throws ru.opora.diagnostics.exception.NoSuchAttemptException {

		return getPersistence().remove(attemptId);
	}

	public static Attempt updateImpl(Attempt attempt) {
		return getPersistence().updateImpl(attempt);
	}

	/**
	 * Returns the attempt with the primary key or throws a <code>NoSuchAttemptException</code> if it could not be found.
	 *
	 * @param attemptId the primary key of the attempt
	 * @return the attempt
	 * @throws NoSuchAttemptException if a attempt with the primary key could not be found
	 */
	public static Attempt findByPrimaryKey(long attemptId)
		throws ru.opora.diagnostics.exception.NoSuchAttemptException {

		return getPersistence().findByPrimaryKey(attemptId);
	}

	/**
	 * Returns the attempt with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param attemptId the primary key of the attempt
	 * @return the attempt, or <code>null</code> if a attempt with the primary key could not be found
	 */
	public static Attempt fetchByPrimaryKey(long attemptId) {
		return getPersistence().fetchByPrimaryKey(attemptId);
	}

	/**
	 * Returns all the attempts.
	 *
	 * @return the attempts
	 */
	public static List<Attempt> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the attempts.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttemptModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of attempts
	 * @param end the upper bound of the range of attempts (not inclusive)
	 * @return the range of attempts
	 */
	public static List<Attempt> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the attempts.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttemptModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of attempts
	 * @param end the upper bound of the range of attempts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of attempts
	 */
	public static List<Attempt> findAll(
		int start, int end, OrderByComparator<Attempt> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the attempts.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttemptModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of attempts
	 * @param end the upper bound of the range of attempts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of attempts
	 */
	public static List<Attempt> findAll(
		int start, int end, OrderByComparator<Attempt> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the attempts from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of attempts.
	 *
	 * @return the number of attempts
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static AttemptPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(AttemptPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile AttemptPersistence _persistence;

}