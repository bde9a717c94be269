/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.diagnostics.exception.NoSuchDiagnosticSessionException;
import ru.opora.diagnostics.model.DiagnosticSession;

/**
 * The persistence interface for the diagnostic session service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see DiagnosticSessionUtil
 * @generated
 */
@ProviderType
public interface DiagnosticSessionPersistence
	extends BasePersistence<DiagnosticSession> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link DiagnosticSessionUtil} to access the diagnostic session persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the diagnostic sessions where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching diagnostic sessions
	 */
	public java.util.List<DiagnosticSession> findByGroupId(long groupId);

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
	public java.util.List<DiagnosticSession> findByGroupId(
		long groupId, int start, int end);

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
	public java.util.List<DiagnosticSession> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<DiagnosticSession>
			orderByComparator);

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
	public java.util.List<DiagnosticSession> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<DiagnosticSession>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first diagnostic session in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching diagnostic session
	 * @throws NoSuchDiagnosticSessionException if a matching diagnostic session could not be found
	 */
	public DiagnosticSession findByGroupId_First(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<DiagnosticSession>
				orderByComparator)
		throws NoSuchDiagnosticSessionException;

	/**
	 * Returns the first diagnostic session in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching diagnostic session, or <code>null</code> if a matching diagnostic session could not be found
	 */
	public DiagnosticSession fetchByGroupId_First(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<DiagnosticSession>
			orderByComparator);

	/**
	 * Returns the last diagnostic session in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching diagnostic session
	 * @throws NoSuchDiagnosticSessionException if a matching diagnostic session could not be found
	 */
	public DiagnosticSession findByGroupId_Last(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<DiagnosticSession>
				orderByComparator)
		throws NoSuchDiagnosticSessionException;

	/**
	 * Returns the last diagnostic session in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching diagnostic session, or <code>null</code> if a matching diagnostic session could not be found
	 */
	public DiagnosticSession fetchByGroupId_Last(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<DiagnosticSession>
			orderByComparator);

	/**
	 * Returns the diagnostic sessions before and after the current diagnostic session in the ordered set where groupId = &#63;.
	 *
	 * @param diagnosticSessionId the primary key of the current diagnostic session
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next diagnostic session
	 * @throws NoSuchDiagnosticSessionException if a diagnostic session with the primary key could not be found
	 */
	public DiagnosticSession[] findByGroupId_PrevAndNext(
			long diagnosticSessionId, long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<DiagnosticSession>
				orderByComparator)
		throws NoSuchDiagnosticSessionException;

	/**
	 * Removes all the diagnostic sessions where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public void removeByGroupId(long groupId);

	/**
	 * Returns the number of diagnostic sessions where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching diagnostic sessions
	 */
	public int countByGroupId(long groupId);

	/**
	 * Returns all the diagnostic sessions where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the matching diagnostic sessions
	 */
	public java.util.List<DiagnosticSession> findBySchoolId(long schoolId);

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
	public java.util.List<DiagnosticSession> findBySchoolId(
		long schoolId, int start, int end);

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
	public java.util.List<DiagnosticSession> findBySchoolId(
		long schoolId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<DiagnosticSession>
			orderByComparator);

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
	public java.util.List<DiagnosticSession> findBySchoolId(
		long schoolId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<DiagnosticSession>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first diagnostic session in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching diagnostic session
	 * @throws NoSuchDiagnosticSessionException if a matching diagnostic session could not be found
	 */
	public DiagnosticSession findBySchoolId_First(
			long schoolId,
			com.liferay.portal.kernel.util.OrderByComparator<DiagnosticSession>
				orderByComparator)
		throws NoSuchDiagnosticSessionException;

	/**
	 * Returns the first diagnostic session in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching diagnostic session, or <code>null</code> if a matching diagnostic session could not be found
	 */
	public DiagnosticSession fetchBySchoolId_First(
		long schoolId,
		com.liferay.portal.kernel.util.OrderByComparator<DiagnosticSession>
			orderByComparator);

	/**
	 * Returns the last diagnostic session in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching diagnostic session
	 * @throws NoSuchDiagnosticSessionException if a matching diagnostic session could not be found
	 */
	public DiagnosticSession findBySchoolId_Last(
			long schoolId,
			com.liferay.portal.kernel.util.OrderByComparator<DiagnosticSession>
				orderByComparator)
		throws NoSuchDiagnosticSessionException;

	/**
	 * Returns the last diagnostic session in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching diagnostic session, or <code>null</code> if a matching diagnostic session could not be found
	 */
	public DiagnosticSession fetchBySchoolId_Last(
		long schoolId,
		com.liferay.portal.kernel.util.OrderByComparator<DiagnosticSession>
			orderByComparator);

	/**
	 * Returns the diagnostic sessions before and after the current diagnostic session in the ordered set where schoolId = &#63;.
	 *
	 * @param diagnosticSessionId the primary key of the current diagnostic session
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next diagnostic session
	 * @throws NoSuchDiagnosticSessionException if a diagnostic session with the primary key could not be found
	 */
	public DiagnosticSession[] findBySchoolId_PrevAndNext(
			long diagnosticSessionId, long schoolId,
			com.liferay.portal.kernel.util.OrderByComparator<DiagnosticSession>
				orderByComparator)
		throws NoSuchDiagnosticSessionException;

	/**
	 * Removes all the diagnostic sessions where schoolId = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 */
	public void removeBySchoolId(long schoolId);

	/**
	 * Returns the number of diagnostic sessions where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the number of matching diagnostic sessions
	 */
	public int countBySchoolId(long schoolId);

	/**
	 * Caches the diagnostic session in the entity cache if it is enabled.
	 *
	 * @param diagnosticSession the diagnostic session
	 */
	public void cacheResult(DiagnosticSession diagnosticSession);

	/**
	 * Caches the diagnostic sessions in the entity cache if it is enabled.
	 *
	 * @param diagnosticSessions the diagnostic sessions
	 */
	public void cacheResult(
		java.util.List<DiagnosticSession> diagnosticSessions);

	/**
	 * Creates a new diagnostic session with the primary key. Does not add the diagnostic session to the database.
	 *
	 * @param diagnosticSessionId the primary key for the new diagnostic session
	 * @return the new diagnostic session
	 */
	public DiagnosticSession create(long diagnosticSessionId);

	/**
	 * Removes the diagnostic session with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param diagnosticSessionId the primary key of the diagnostic session
	 * @return the diagnostic session that was removed
	 * @throws NoSuchDiagnosticSessionException if a diagnostic session with the primary key could not be found
	 */
	public DiagnosticSession remove(long diagnosticSessionId)
		throws NoSuchDiagnosticSessionException;

	public DiagnosticSession updateImpl(DiagnosticSession diagnosticSession);

	/**
	 * Returns the diagnostic session with the primary key or throws a <code>NoSuchDiagnosticSessionException</code> if it could not be found.
	 *
	 * @param diagnosticSessionId the primary key of the diagnostic session
	 * @return the diagnostic session
	 * @throws NoSuchDiagnosticSessionException if a diagnostic session with the primary key could not be found
	 */
	public DiagnosticSession findByPrimaryKey(long diagnosticSessionId)
		throws NoSuchDiagnosticSessionException;

	/**
	 * Returns the diagnostic session with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param diagnosticSessionId the primary key of the diagnostic session
	 * @return the diagnostic session, or <code>null</code> if a diagnostic session with the primary key could not be found
	 */
	public DiagnosticSession fetchByPrimaryKey(long diagnosticSessionId);

	/**
	 * Returns all the diagnostic sessions.
	 *
	 * @return the diagnostic sessions
	 */
	public java.util.List<DiagnosticSession> findAll();

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
	public java.util.List<DiagnosticSession> findAll(int start, int end);

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
	public java.util.List<DiagnosticSession> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<DiagnosticSession>
			orderByComparator);

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
	public java.util.List<DiagnosticSession> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<DiagnosticSession>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the diagnostic sessions from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of diagnostic sessions.
	 *
	 * @return the number of diagnostic sessions
	 */
	public int countAll();

}