/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.diagnostics.exception.NoSuchAttemptException;
import ru.opora.diagnostics.model.Attempt;

/**
 * The persistence interface for the attempt service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see AttemptUtil
 * @generated
 */
@ProviderType
public interface AttemptPersistence extends BasePersistence<Attempt> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link AttemptUtil} to access the attempt persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the attempts where diagnosticSessionId = &#63;.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @return the matching attempts
	 */
	public java.util.List<Attempt> findByDiagnosticSessionId(
		long diagnosticSessionId);

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
	public java.util.List<Attempt> findByDiagnosticSessionId(
		long diagnosticSessionId, int start, int end);

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
	public java.util.List<Attempt> findByDiagnosticSessionId(
		long diagnosticSessionId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Attempt>
			orderByComparator);

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
	public java.util.List<Attempt> findByDiagnosticSessionId(
		long diagnosticSessionId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Attempt>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first attempt in the ordered set where diagnosticSessionId = &#63;.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attempt
	 * @throws NoSuchAttemptException if a matching attempt could not be found
	 */
	public Attempt findByDiagnosticSessionId_First(
			long diagnosticSessionId,
			com.liferay.portal.kernel.util.OrderByComparator<Attempt>
				orderByComparator)
		throws NoSuchAttemptException;

	/**
	 * Returns the first attempt in the ordered set where diagnosticSessionId = &#63;.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attempt, or <code>null</code> if a matching attempt could not be found
	 */
	public Attempt fetchByDiagnosticSessionId_First(
		long diagnosticSessionId,
		com.liferay.portal.kernel.util.OrderByComparator<Attempt>
			orderByComparator);

	/**
	 * Returns the last attempt in the ordered set where diagnosticSessionId = &#63;.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attempt
	 * @throws NoSuchAttemptException if a matching attempt could not be found
	 */
	public Attempt findByDiagnosticSessionId_Last(
			long diagnosticSessionId,
			com.liferay.portal.kernel.util.OrderByComparator<Attempt>
				orderByComparator)
		throws NoSuchAttemptException;

	/**
	 * Returns the last attempt in the ordered set where diagnosticSessionId = &#63;.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attempt, or <code>null</code> if a matching attempt could not be found
	 */
	public Attempt fetchByDiagnosticSessionId_Last(
		long diagnosticSessionId,
		com.liferay.portal.kernel.util.OrderByComparator<Attempt>
			orderByComparator);

	/**
	 * Returns the attempts before and after the current attempt in the ordered set where diagnosticSessionId = &#63;.
	 *
	 * @param attemptId the primary key of the current attempt
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next attempt
	 * @throws NoSuchAttemptException if a attempt with the primary key could not be found
	 */
	public Attempt[] findByDiagnosticSessionId_PrevAndNext(
			long attemptId, long diagnosticSessionId,
			com.liferay.portal.kernel.util.OrderByComparator<Attempt>
				orderByComparator)
		throws NoSuchAttemptException;

	/**
	 * Removes all the attempts where diagnosticSessionId = &#63; from the database.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 */
	public void removeByDiagnosticSessionId(long diagnosticSessionId);

	/**
	 * Returns the number of attempts where diagnosticSessionId = &#63;.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @return the number of matching attempts
	 */
	public int countByDiagnosticSessionId(long diagnosticSessionId);

	/**
	 * Returns all the attempts where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the matching attempts
	 */
	public java.util.List<Attempt> findByUserId(long userId);

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
	public java.util.List<Attempt> findByUserId(
		long userId, int start, int end);

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
	public java.util.List<Attempt> findByUserId(
		long userId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Attempt>
			orderByComparator);

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
	public java.util.List<Attempt> findByUserId(
		long userId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Attempt>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first attempt in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attempt
	 * @throws NoSuchAttemptException if a matching attempt could not be found
	 */
	public Attempt findByUserId_First(
			long userId,
			com.liferay.portal.kernel.util.OrderByComparator<Attempt>
				orderByComparator)
		throws NoSuchAttemptException;

	/**
	 * Returns the first attempt in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attempt, or <code>null</code> if a matching attempt could not be found
	 */
	public Attempt fetchByUserId_First(
		long userId,
		com.liferay.portal.kernel.util.OrderByComparator<Attempt>
			orderByComparator);

	/**
	 * Returns the last attempt in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attempt
	 * @throws NoSuchAttemptException if a matching attempt could not be found
	 */
	public Attempt findByUserId_Last(
			long userId,
			com.liferay.portal.kernel.util.OrderByComparator<Attempt>
				orderByComparator)
		throws NoSuchAttemptException;

	/**
	 * Returns the last attempt in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attempt, or <code>null</code> if a matching attempt could not be found
	 */
	public Attempt fetchByUserId_Last(
		long userId,
		com.liferay.portal.kernel.util.OrderByComparator<Attempt>
			orderByComparator);

	/**
	 * Returns the attempts before and after the current attempt in the ordered set where userId = &#63;.
	 *
	 * @param attemptId the primary key of the current attempt
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next attempt
	 * @throws NoSuchAttemptException if a attempt with the primary key could not be found
	 */
	public Attempt[] findByUserId_PrevAndNext(
			long attemptId, long userId,
			com.liferay.portal.kernel.util.OrderByComparator<Attempt>
				orderByComparator)
		throws NoSuchAttemptException;

	/**
	 * Removes all the attempts where userId = &#63; from the database.
	 *
	 * @param userId the user ID
	 */
	public void removeByUserId(long userId);

	/**
	 * Returns the number of attempts where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the number of matching attempts
	 */
	public int countByUserId(long userId);

	/**
	 * Returns all the attempts where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching attempts
	 */
	public java.util.List<Attempt> findByGroupId(long groupId);

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
	public java.util.List<Attempt> findByGroupId(
		long groupId, int start, int end);

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
	public java.util.List<Attempt> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Attempt>
			orderByComparator);

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
	public java.util.List<Attempt> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Attempt>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first attempt in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attempt
	 * @throws NoSuchAttemptException if a matching attempt could not be found
	 */
	public Attempt findByGroupId_First(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<Attempt>
				orderByComparator)
		throws NoSuchAttemptException;

	/**
	 * Returns the first attempt in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attempt, or <code>null</code> if a matching attempt could not be found
	 */
	public Attempt fetchByGroupId_First(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<Attempt>
			orderByComparator);

	/**
	 * Returns the last attempt in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attempt
	 * @throws NoSuchAttemptException if a matching attempt could not be found
	 */
	public Attempt findByGroupId_Last(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<Attempt>
				orderByComparator)
		throws NoSuchAttemptException;

	/**
	 * Returns the last attempt in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attempt, or <code>null</code> if a matching attempt could not be found
	 */
	public Attempt fetchByGroupId_Last(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<Attempt>
			orderByComparator);

	/**
	 * Returns the attempts before and after the current attempt in the ordered set where groupId = &#63;.
	 *
	 * @param attemptId the primary key of the current attempt
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next attempt
	 * @throws NoSuchAttemptException if a attempt with the primary key could not be found
	 */
	public Attempt[] findByGroupId_PrevAndNext(
			long attemptId, long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<Attempt>
				orderByComparator)
		throws NoSuchAttemptException;

	/**
	 * Removes all the attempts where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public void removeByGroupId(long groupId);

	/**
	 * Returns the number of attempts where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching attempts
	 */
	public int countByGroupId(long groupId);

	/**
	 * Returns all the attempts where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the matching attempts
	 */
	public java.util.List<Attempt> findBySchoolId(long schoolId);

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
	public java.util.List<Attempt> findBySchoolId(
		long schoolId, int start, int end);

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
	public java.util.List<Attempt> findBySchoolId(
		long schoolId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Attempt>
			orderByComparator);

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
	public java.util.List<Attempt> findBySchoolId(
		long schoolId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Attempt>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first attempt in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attempt
	 * @throws NoSuchAttemptException if a matching attempt could not be found
	 */
	public Attempt findBySchoolId_First(
			long schoolId,
			com.liferay.portal.kernel.util.OrderByComparator<Attempt>
				orderByComparator)
		throws NoSuchAttemptException;

	/**
	 * Returns the first attempt in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attempt, or <code>null</code> if a matching attempt could not be found
	 */
	public Attempt fetchBySchoolId_First(
		long schoolId,
		com.liferay.portal.kernel.util.OrderByComparator<Attempt>
			orderByComparator);

	/**
	 * Returns the last attempt in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attempt
	 * @throws NoSuchAttemptException if a matching attempt could not be found
	 */
	public Attempt findBySchoolId_Last(
			long schoolId,
			com.liferay.portal.kernel.util.OrderByComparator<Attempt>
				orderByComparator)
		throws NoSuchAttemptException;

	/**
	 * Returns the last attempt in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attempt, or <code>null</code> if a matching attempt could not be found
	 */
	public Attempt fetchBySchoolId_Last(
		long schoolId,
		com.liferay.portal.kernel.util.OrderByComparator<Attempt>
			orderByComparator);

	/**
	 * Returns the attempts before and after the current attempt in the ordered set where schoolId = &#63;.
	 *
	 * @param attemptId the primary key of the current attempt
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next attempt
	 * @throws NoSuchAttemptException if a attempt with the primary key could not be found
	 */
	public Attempt[] findBySchoolId_PrevAndNext(
			long attemptId, long schoolId,
			com.liferay.portal.kernel.util.OrderByComparator<Attempt>
				orderByComparator)
		throws NoSuchAttemptException;

	/**
	 * Removes all the attempts where schoolId = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 */
	public void removeBySchoolId(long schoolId);

	/**
	 * Returns the number of attempts where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the number of matching attempts
	 */
	public int countBySchoolId(long schoolId);

	/**
	 * Returns the attempt where diagnosticSessionId = &#63; and userId = &#63; or throws a <code>NoSuchAttemptException</code> if it could not be found.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param userId the user ID
	 * @return the matching attempt
	 * @throws NoSuchAttemptException if a matching attempt could not be found
	 */
	public Attempt findByS_U(long diagnosticSessionId, long userId)
		throws NoSuchAttemptException;

	/**
	 * Returns the attempt where diagnosticSessionId = &#63; and userId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param userId the user ID
	 * @return the matching attempt, or <code>null</code> if a matching attempt could not be found
	 */
	public Attempt fetchByS_U(long diagnosticSessionId, long userId);

	/**
	 * Returns the attempt where diagnosticSessionId = &#63; and userId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param userId the user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching attempt, or <code>null</code> if a matching attempt could not be found
	 */
	public Attempt fetchByS_U(
		long diagnosticSessionId, long userId, boolean useFinderCache);

	/**
	 * Removes the attempt where diagnosticSessionId = &#63; and userId = &#63; from the database.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param userId the user ID
	 * @return the attempt that was removed
	 */
	public Attempt removeByS_U(long diagnosticSessionId, long userId)
		throws NoSuchAttemptException;

	/**
	 * Returns the number of attempts where diagnosticSessionId = &#63; and userId = &#63;.
	 *
	 * @param diagnosticSessionId the diagnostic session ID
	 * @param userId the user ID
	 * @return the number of matching attempts
	 */
	public int countByS_U(long diagnosticSessionId, long userId);

	/**
	 * Caches the attempt in the entity cache if it is enabled.
	 *
	 * @param attempt the attempt
	 */
	public void cacheResult(Attempt attempt);

	/**
	 * Caches the attempts in the entity cache if it is enabled.
	 *
	 * @param attempts the attempts
	 */
	public void cacheResult(java.util.List<Attempt> attempts);

	/**
	 * Creates a new attempt with the primary key. Does not add the attempt to the database.
	 *
	 * @param attemptId the primary key for the new attempt
	 * @return the new attempt
	 */
	public Attempt create(long attemptId);

	/**
	 * Removes the attempt with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param attemptId the primary key of the attempt
	 * @return the attempt that was removed
	 * @throws NoSuchAttemptException if a attempt with the primary key could not be found
	 */
	public Attempt remove(long attemptId) throws NoSuchAttemptException;

	public Attempt updateImpl(Attempt attempt);

	/**
	 * Returns the attempt with the primary key or throws a <code>NoSuchAttemptException</code> if it could not be found.
	 *
	 * @param attemptId the primary key of the attempt
	 * @return the attempt
	 * @throws NoSuchAttemptException if a attempt with the primary key could not be found
	 */
	public Attempt findByPrimaryKey(long attemptId)
		throws NoSuchAttemptException;

	/**
	 * Returns the attempt with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param attemptId the primary key of the attempt
	 * @return the attempt, or <code>null</code> if a attempt with the primary key could not be found
	 */
	public Attempt fetchByPrimaryKey(long attemptId);

	/**
	 * Returns all the attempts.
	 *
	 * @return the attempts
	 */
	public java.util.List<Attempt> findAll();

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
	public java.util.List<Attempt> findAll(int start, int end);

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
	public java.util.List<Attempt> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Attempt>
			orderByComparator);

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
	public java.util.List<Attempt> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Attempt>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the attempts from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of attempts.
	 *
	 * @return the number of attempts
	 */
	public int countAll();

}