/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.mentoring.exception.NoSuchMentorAssignmentHistoryException;
import ru.opora.mentoring.model.MentorAssignmentHistory;

/**
 * The persistence interface for the mentor assignment history service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see MentorAssignmentHistoryUtil
 * @generated
 */
@ProviderType
public interface MentorAssignmentHistoryPersistence
	extends BasePersistence<MentorAssignmentHistory> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link MentorAssignmentHistoryUtil} to access the mentor assignment history persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the mentor assignment histories where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @return the matching mentor assignment histories
	 */
	public java.util.List<MentorAssignmentHistory> findByMentorAssignmentId(
		long mentorAssignmentId);

	/**
	 * Returns a range of all the mentor assignment histories where mentorAssignmentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentHistoryModelImpl</code>.
	 * </p>
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param start the lower bound of the range of mentor assignment histories
	 * @param end the upper bound of the range of mentor assignment histories (not inclusive)
	 * @return the range of matching mentor assignment histories
	 */
	public java.util.List<MentorAssignmentHistory> findByMentorAssignmentId(
		long mentorAssignmentId, int start, int end);

	/**
	 * Returns an ordered range of all the mentor assignment histories where mentorAssignmentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentHistoryModelImpl</code>.
	 * </p>
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param start the lower bound of the range of mentor assignment histories
	 * @param end the upper bound of the range of mentor assignment histories (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentor assignment histories
	 */
	public java.util.List<MentorAssignmentHistory> findByMentorAssignmentId(
		long mentorAssignmentId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator
			<MentorAssignmentHistory> orderByComparator);

	/**
	 * Returns an ordered range of all the mentor assignment histories where mentorAssignmentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentHistoryModelImpl</code>.
	 * </p>
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param start the lower bound of the range of mentor assignment histories
	 * @param end the upper bound of the range of mentor assignment histories (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentor assignment histories
	 */
	public java.util.List<MentorAssignmentHistory> findByMentorAssignmentId(
		long mentorAssignmentId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator
			<MentorAssignmentHistory> orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first mentor assignment history in the ordered set where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment history
	 * @throws NoSuchMentorAssignmentHistoryException if a matching mentor assignment history could not be found
	 */
	public MentorAssignmentHistory findByMentorAssignmentId_First(
			long mentorAssignmentId,
			com.liferay.portal.kernel.util.OrderByComparator
				<MentorAssignmentHistory> orderByComparator)
		throws NoSuchMentorAssignmentHistoryException;

	/**
	 * Returns the first mentor assignment history in the ordered set where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment history, or <code>null</code> if a matching mentor assignment history could not be found
	 */
	public MentorAssignmentHistory fetchByMentorAssignmentId_First(
		long mentorAssignmentId,
		com.liferay.portal.kernel.util.OrderByComparator
			<MentorAssignmentHistory> orderByComparator);

	/**
	 * Returns the last mentor assignment history in the ordered set where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment history
	 * @throws NoSuchMentorAssignmentHistoryException if a matching mentor assignment history could not be found
	 */
	public MentorAssignmentHistory findByMentorAssignmentId_Last(
			long mentorAssignmentId,
			com.liferay.portal.kernel.util.OrderByComparator
				<MentorAssignmentHistory> orderByComparator)
		throws NoSuchMentorAssignmentHistoryException;

	/**
	 * Returns the last mentor assignment history in the ordered set where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment history, or <code>null</code> if a matching mentor assignment history could not be found
	 */
	public MentorAssignmentHistory fetchByMentorAssignmentId_Last(
		long mentorAssignmentId,
		com.liferay.portal.kernel.util.OrderByComparator
			<MentorAssignmentHistory> orderByComparator);

	/**
	 * Returns the mentor assignment histories before and after the current mentor assignment history in the ordered set where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentHistoryId the primary key of the current mentor assignment history
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor assignment history
	 * @throws NoSuchMentorAssignmentHistoryException if a mentor assignment history with the primary key could not be found
	 */
	public MentorAssignmentHistory[] findByMentorAssignmentId_PrevAndNext(
			long mentorAssignmentHistoryId, long mentorAssignmentId,
			com.liferay.portal.kernel.util.OrderByComparator
				<MentorAssignmentHistory> orderByComparator)
		throws NoSuchMentorAssignmentHistoryException;

	/**
	 * Removes all the mentor assignment histories where mentorAssignmentId = &#63; from the database.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 */
	public void removeByMentorAssignmentId(long mentorAssignmentId);

	/**
	 * Returns the number of mentor assignment histories where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @return the number of matching mentor assignment histories
	 */
	public int countByMentorAssignmentId(long mentorAssignmentId);

	/**
	 * Caches the mentor assignment history in the entity cache if it is enabled.
	 *
	 * @param mentorAssignmentHistory the mentor assignment history
	 */
	public void cacheResult(MentorAssignmentHistory mentorAssignmentHistory);

	/**
	 * Caches the mentor assignment histories in the entity cache if it is enabled.
	 *
	 * @param mentorAssignmentHistories the mentor assignment histories
	 */
	public void cacheResult(
		java.util.List<MentorAssignmentHistory> mentorAssignmentHistories);

	/**
	 * Creates a new mentor assignment history with the primary key. Does not add the mentor assignment history to the database.
	 *
	 * @param mentorAssignmentHistoryId the primary key for the new mentor assignment history
	 * @return the new mentor assignment history
	 */
	public MentorAssignmentHistory create(long mentorAssignmentHistoryId);

	/**
	 * Removes the mentor assignment history with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param mentorAssignmentHistoryId the primary key of the mentor assignment history
	 * @return the mentor assignment history that was removed
	 * @throws NoSuchMentorAssignmentHistoryException if a mentor assignment history with the primary key could not be found
	 */
	public MentorAssignmentHistory remove(long mentorAssignmentHistoryId)
		throws NoSuchMentorAssignmentHistoryException;

	public MentorAssignmentHistory updateImpl(
		MentorAssignmentHistory mentorAssignmentHistory);

	/**
	 * Returns the mentor assignment history with the primary key or throws a <code>NoSuchMentorAssignmentHistoryException</code> if it could not be found.
	 *
	 * @param mentorAssignmentHistoryId the primary key of the mentor assignment history
	 * @return the mentor assignment history
	 * @throws NoSuchMentorAssignmentHistoryException if a mentor assignment history with the primary key could not be found
	 */
	public MentorAssignmentHistory findByPrimaryKey(
			long mentorAssignmentHistoryId)
		throws NoSuchMentorAssignmentHistoryException;

	/**
	 * Returns the mentor assignment history with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param mentorAssignmentHistoryId the primary key of the mentor assignment history
	 * @return the mentor assignment history, or <code>null</code> if a mentor assignment history with the primary key could not be found
	 */
	public MentorAssignmentHistory fetchByPrimaryKey(
		long mentorAssignmentHistoryId);

	/**
	 * Returns all the mentor assignment histories.
	 *
	 * @return the mentor assignment histories
	 */
	public java.util.List<MentorAssignmentHistory> findAll();

	/**
	 * Returns a range of all the mentor assignment histories.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentHistoryModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentor assignment histories
	 * @param end the upper bound of the range of mentor assignment histories (not inclusive)
	 * @return the range of mentor assignment histories
	 */
	public java.util.List<MentorAssignmentHistory> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the mentor assignment histories.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentHistoryModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentor assignment histories
	 * @param end the upper bound of the range of mentor assignment histories (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of mentor assignment histories
	 */
	public java.util.List<MentorAssignmentHistory> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator
			<MentorAssignmentHistory> orderByComparator);

	/**
	 * Returns an ordered range of all the mentor assignment histories.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorAssignmentHistoryModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentor assignment histories
	 * @param end the upper bound of the range of mentor assignment histories (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of mentor assignment histories
	 */
	public java.util.List<MentorAssignmentHistory> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator
			<MentorAssignmentHistory> orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the mentor assignment histories from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of mentor assignment histories.
	 *
	 * @return the number of mentor assignment histories
	 */
	public int countAll();

}