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

import ru.opora.diagnostics.model.DiagnosticSession;

/**
 * The persistence utility for the diagnostic session service. This utility wraps <code>ru.opora.diagnostics.service.persistence.impl.DiagnosticSessionPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see DiagnosticSessionPersistence
 * @generated
 */
public class DiagnosticSessionUtil {

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
	public static void clearCache(DiagnosticSession diagnosticSession) {
		getPersistence().clearCache(diagnosticSession);
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
	public static Map<Serializable, DiagnosticSession> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<DiagnosticSession> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<DiagnosticSession> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<DiagnosticSession> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<DiagnosticSession> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static DiagnosticSession update(
		DiagnosticSession diagnosticSession) {

		return getPersistence().update(diagnosticSession);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static DiagnosticSession update(
		DiagnosticSession diagnosticSession, ServiceContext serviceContext) {

		return getPersistence().update(diagnosticSession, serviceContext);
	}

	/**
	 * Returns all the diagnostic sessions where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching diagnostic sessions
	 */
	public static List<DiagnosticSession> findByGroupId(long groupId) {
		return getPersistence().findByGroupId(groupId);
	}

	/**
	 * Returns a range of all the diagnostic sessions where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticSessionModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of diagnostic sessions
	 * @param end the upper bound of the range of diagnostic sessions (not inclusive)
	 * @return the range of matching diagnostic sessions
	 */
	public static List<DiagnosticSession> findByGroupId(
		long groupId, int start, int end) {

		return getPersistence().findByGroupId(groupId, start, end);
	}

	/**
	 * Returns an ordered range of all the diagnostic sessions where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticSessionModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of diagnostic sessions
	 * @param end the upper bound of the range of diagnostic sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching diagnostic sessions
	 */
	public static List<DiagnosticSession> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<DiagnosticSession> orderByComparator) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the diagnostic sessions where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticSessionModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of diagnostic sessions
	 * @param end the upper bound of the range of diagnostic sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching diagnostic sessions
	 */
	public static List<DiagnosticSession> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<DiagnosticSession> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first diagnostic session in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching diagnostic session
	 * @throws NoSuchDiagnosticSessionException if a matching diagnostic session could not be found
	 */
	public static DiagnosticSession findByGroupId_First(
			long groupId,
			OrderByComparator<DiagnosticSession> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchDiagnosticSessionException {

		return getPersistence().findByGroupId_First(groupId, orderByComparator);
	}

	/**
	 * Returns the first diagnostic session in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching diagnostic session, or <code>null</code> if a matching diagnostic session could not be found
	 */
	public static DiagnosticSession fetchByGroupId_First(
		long groupId, OrderByComparator<DiagnosticSession> orderByComparator) {

		return getPersistence().fetchByGroupId_First(
			groupId, orderByComparator);
	}

	/**
	 * Returns the last diagnostic session in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching diagnostic session
	 * @throws NoSuchDiagnosticSessionException if a matching diagnostic session could not be found
	 */
	public static DiagnosticSession findByGroupId_Last(
			long groupId,
			OrderByComparator<DiagnosticSession> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchDiagnosticSessionException {

		return getPersistence().findByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the last diagnostic session in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching diagnostic session, or <code>null</code> if a matching diagnostic session could not be found
	 */
	public static DiagnosticSession fetchByGroupId_Last(
		long groupId, OrderByComparator<DiagnosticSession> orderByComparator) {

		return getPersistence().fetchByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the diagnostic sessions before and after the current diagnostic session in the ordered set where groupId = &#63;.
	 *
	 * @param diagnosticSessionId the primary key of the current diagnostic session
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next diagnostic session
	 * @throws NoSuchDiagnosticSessionException if a diagnostic session with the primary key could not be found
	 */
	public static DiagnosticSession[] findByGroupId_PrevAndNext(
			long diagnosticSessionId, long groupId,
			OrderByComparator<DiagnosticSession> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchDiagnosticSessionException {

		return getPersistence().findByGroupId_PrevAndNext(
			diagnosticSessionId, groupId, orderByComparator);
	}

	/**
	 * Removes all the diagnostic sessions where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public static void removeByGroupId(long groupId) {
		getPersistence().removeByGroupId(groupId);
	}

	/**
	 * Returns the number of diagnostic sessions where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching diagnostic sessions
	 */
	public static int countByGroupId(long groupId) {
		return getPersistence().countByGroupId(groupId);
	}

	/**
	 * Returns all the diagnostic sessions where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the matching diagnostic sessions
	 */
	public static List<DiagnosticSession> findBySchoolId(long schoolId) {
		return getPersistence().findBySchoolId(schoolId);
	}

	/**
	 * Returns a range of all the diagnostic sessions where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticSessionModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of diagnostic sessions
	 * @param end the upper bound of the range of diagnostic sessions (not inclusive)
	 * @return the range of matching diagnostic sessions
	 */
	public static List<DiagnosticSession> findBySchoolId(
		long schoolId, int start, int end) {

		return getPersistence().findBySchoolId(schoolId, start, end);
	}

	/**
	 * Returns an ordered range of all the diagnostic sessions where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticSessionModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of diagnostic sessions
	 * @param end the upper bound of the range of diagnostic sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching diagnostic sessions
	 */
	public static List<DiagnosticSession> findBySchoolId(
		long schoolId, int start, int end,
		OrderByComparator<DiagnosticSession> orderByComparator) {

		return getPersistence().findBySchoolId(
			schoolId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the diagnostic sessions where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticSessionModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of diagnostic sessions
	 * @param end the upper bound of the range of diagnostic sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching diagnostic sessions
	 */
	public static List<DiagnosticSession> findBySchoolId(
		long schoolId, int start, int end,
		OrderByComparator<DiagnosticSession> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findBySchoolId(
			schoolId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first diagnostic session in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching diagnostic session
	 * @throws NoSuchDiagnosticSessionException if a matching diagnostic session could not be found
	 */
	public static DiagnosticSession findBySchoolId_First(
			long schoolId,
			OrderByComparator<DiagnosticSession> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchDiagnosticSessionException {

		return getPersistence().findBySchoolId_First(
			schoolId, orderByComparator);
	}

	/**
	 * Returns the first diagnostic session in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching diagnostic session, or <code>null</code> if a matching diagnostic session could not be found
	 */
	public static DiagnosticSession fetchBySchoolId_First(
		long schoolId, OrderByComparator<DiagnosticSession> orderByComparator) {

		return getPersistence().fetchBySchoolId_First(
			schoolId, orderByComparator);
	}

	/**
	 * Returns the last diagnostic session in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching diagnostic session
	 * @throws NoSuchDiagnosticSessionException if a matching diagnostic session could not be found
	 */
	public static DiagnosticSession findBySchoolId_Last(
			long schoolId,
			OrderByComparator<DiagnosticSession> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchDiagnosticSessionException {

		return getPersistence().findBySchoolId_Last(
			schoolId, orderByComparator);
	}

	/**
	 * Returns the last diagnostic session in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching diagnostic session, or <code>null</code> if a matching diagnostic session could not be found
	 */
	public static DiagnosticSession fetchBySchoolId_Last(
		long schoolId, OrderByComparator<DiagnosticSession> orderByComparator) {

		return getPersistence().fetchBySchoolId_Last(
			schoolId, orderByComparator);
	}

	/**
	 * Returns the diagnostic sessions before and after the current diagnostic session in the ordered set where schoolId = &#63;.
	 *
	 * @param diagnosticSessionId the primary key of the current diagnostic session
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next diagnostic session
	 * @throws NoSuchDiagnosticSessionException if a diagnostic session with the primary key could not be found
	 */
	public static DiagnosticSession[] findBySchoolId_PrevAndNext(
			long diagnosticSessionId, long schoolId,
			OrderByComparator<DiagnosticSession> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchDiagnosticSessionException {

		return getPersistence().findBySchoolId_PrevAndNext(
			diagnosticSessionId, schoolId, orderByComparator);
	}

	/**
	 * Removes all the diagnostic sessions where schoolId = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 */
	public static void removeBySchoolId(long schoolId) {
		getPersistence().removeBySchoolId(schoolId);
	}

	/**
	 * Returns the number of diagnostic sessions where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the number of matching diagnostic sessions
	 */
	public static int countBySchoolId(long schoolId) {
		return getPersistence().countBySchoolId(schoolId);
	}

	/**
	 * Caches the diagnostic session in the entity cache if it is enabled.
	 *
	 * @param diagnosticSession the diagnostic session
	 */
	public static void cacheResult(DiagnosticSession diagnosticSession) {
		getPersistence().cacheResult(diagnosticSession);
	}

	/**
	 * Caches the diagnostic sessions in the entity cache if it is enabled.
	 *
	 * @param diagnosticSessions the diagnostic sessions
	 */
	public static void cacheResult(List<DiagnosticSession> diagnosticSessions) {
		getPersistence().cacheResult(diagnosticSessions);
	}

	/**
	 * Creates a new diagnostic session with the primary key. Does not add the diagnostic session to the database.
	 *
	 * @param diagnosticSessionId the primary key for the new diagnostic session
	 * @return the new diagnostic session
	 */
	public static DiagnosticSession create(long diagnosticSessionId) {
		return getPersistence().create(diagnosticSessionId);
	}

	/**
	 * Removes the diagnostic session with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param diagnosticSessionId the primary key of the diagnostic session
	 * @return the diagnostic session that was removed
	 * @throws NoSuchDiagnosticSessionException if a diagnostic session with the primary key could not be found
	 */
	public static DiagnosticSession remove(long diagnosticSessionId)
		throws ru.opora.diagnostics.exception.NoSuchDiagnosticSessionException {

		return getPersistence().remove(diagnosticSessionId);
	}

	public static DiagnosticSession updateImpl(
		DiagnosticSession diagnosticSession) {

		return getPersistence().updateImpl(diagnosticSession);
	}

	/**
	 * Returns the diagnostic session with the primary key or throws a <code>NoSuchDiagnosticSessionException</code> if it could not be found.
	 *
	 * @param diagnosticSessionId the primary key of the diagnostic session
	 * @return the diagnostic session
	 * @throws NoSuchDiagnosticSessionException if a diagnostic session with the primary key could not be found
	 */
	public static DiagnosticSession findByPrimaryKey(long diagnosticSessionId)
		throws ru.opora.diagnostics.exception.NoSuchDiagnosticSessionException {

		return getPersistence().findByPrimaryKey(diagnosticSessionId);
	}

	/**
	 * Returns the diagnostic session with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param diagnosticSessionId the primary key of the diagnostic session
	 * @return the diagnostic session, or <code>null</code> if a diagnostic session with the primary key could not be found
	 */
	public static DiagnosticSession fetchByPrimaryKey(
		long diagnosticSessionId) {

		return getPersistence().fetchByPrimaryKey(diagnosticSessionId);
	}

	/**
	 * Returns all the diagnostic sessions.
	 *
	 * @return the diagnostic sessions
	 */
	public static List<DiagnosticSession> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the diagnostic sessions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticSessionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of diagnostic sessions
	 * @param end the upper bound of the range of diagnostic sessions (not inclusive)
	 * @return the range of diagnostic sessions
	 */
	public static List<DiagnosticSession> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the diagnostic sessions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticSessionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of diagnostic sessions
	 * @param end the upper bound of the range of diagnostic sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of diagnostic sessions
	 */
	public static List<DiagnosticSession> findAll(
		int start, int end,
		OrderByComparator<DiagnosticSession> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the diagnostic sessions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticSessionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of diagnostic sessions
	 * @param end the upper bound of the range of diagnostic sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of diagnostic sessions
	 */
	public static List<DiagnosticSession> findAll(
		int start, int end,
		OrderByComparator<DiagnosticSession> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the diagnostic sessions from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of diagnostic sessions.
	 *
	 * @return the number of diagnostic sessions
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static DiagnosticSessionPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(
		DiagnosticSessionPersistence persistence) {

		_persistence = persistence;
	}

	private static volatile DiagnosticSessionPersistence _persistence;

}