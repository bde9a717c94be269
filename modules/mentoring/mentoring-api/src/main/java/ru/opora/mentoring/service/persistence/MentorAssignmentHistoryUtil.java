/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.service.persistence;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;
import java.util.Map;
import java.util.Set;

import ru.opora.mentoring.model.MentorAssignmentHistory;

/**
 * The persistence utility for the mentor assignment history service. This utility wraps <code>ru.opora.mentoring.service.persistence.impl.MentorAssignmentHistoryPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see MentorAssignmentHistoryPersistence
 * @generated
 */
public class MentorAssignmentHistoryUtil {

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
	public static void clearCache(
		MentorAssignmentHistory mentorAssignmentHistory) {

		getPersistence().clearCache(mentorAssignmentHistory);
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
	public static Map<Serializable, MentorAssignmentHistory> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<MentorAssignmentHistory> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<MentorAssignmentHistory> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<MentorAssignmentHistory> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<MentorAssignmentHistory> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static MentorAssignmentHistory update(
		MentorAssignmentHistory mentorAssignmentHistory) {

		return getPersistence().update(mentorAssignmentHistory);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static MentorAssignmentHistory update(
		MentorAssignmentHistory mentorAssignmentHistory,
		ServiceContext serviceContext) {

		return getPersistence().update(mentorAssignmentHistory, serviceContext);
	}

	/**
	 * Returns all the mentor assignment histories where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @return the matching mentor assignment histories
	 */
	public static List<MentorAssignmentHistory> findByMentorAssignmentId(
		long mentorAssignmentId) {

		return getPersistence().findByMentorAssignmentId(mentorAssignmentId);
	}

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
	public static List<MentorAssignmentHistory> findByMentorAssignmentId(
		long mentorAssignmentId, int start, int end) {

		return getPersistence().findByMentorAssignmentId(
			mentorAssignmentId, start, end);
	}

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
	public static List<MentorAssignmentHistory> findByMentorAssignmentId(
		long mentorAssignmentId, int start, int end,
		OrderByComparator<MentorAssignmentHistory> orderByComparator) {

		return getPersistence().findByMentorAssignmentId(
			mentorAssignmentId, start, end, orderByComparator);
	}

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
	public static List<MentorAssignmentHistory> findByMentorAssignmentId(
		long mentorAssignmentId, int start, int end,
		OrderByComparator<MentorAssignmentHistory> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByMentorAssignmentId(
			mentorAssignmentId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first mentor assignment history in the ordered set where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment history
	 * @throws NoSuchMentorAssignmentHistoryException if a matching mentor assignment history could not be found
	 */
	public static MentorAssignmentHistory findByMentorAssignmentId_First(
			long mentorAssignmentId,
			OrderByComparator<MentorAssignmentHistory> orderByComparator)
		throws ru.opora.mentoring.exception.
			NoSuchMentorAssignmentHistoryException {

		return getPersistence().findByMentorAssignmentId_First(
			mentorAssignmentId, orderByComparator);
	}

	/**
	 * Returns the first mentor assignment history in the ordered set where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor assignment history, or <code>null</code> if a matching mentor assignment history could not be found
	 */
	public static MentorAssignmentHistory fetchByMentorAssignmentId_First(
		long mentorAssignmentId,
		OrderByComparator<MentorAssignmentHistory> orderByComparator) {

		return getPersistence().fetchByMentorAssignmentId_First(
			mentorAssignmentId, orderByComparator);
	}

	/**
	 * Returns the last mentor assignment history in the ordered set where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment history
	 * @throws NoSuchMentorAssignmentHistoryException if a matching mentor assignment history could not be found
	 */
	public static MentorAssignmentHistory findByMentorAssignmentId_Last(
			long mentorAssignmentId,
			OrderByComparator<MentorAssignmentHistory> orderByComparator)
		throws ru.opora.mentoring.exception.
			NoSuchMentorAssignmentHistoryException {

		return getPersistence().findByMentorAssignmentId_Last(
			mentorAssignmentId, orderByComparator);
	}

	/**
	 * Returns the last mentor assignment history in the ordered set where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor assignment history, or <code>null</code> if a matching mentor assignment history could not be found
	 */
	public static MentorAssignmentHistory fetchByMentorAssignmentId_Last(
		long mentorAssignmentId,
		OrderByComparator<MentorAssignmentHistory> orderByComparator) {

		return getPersistence().fetchByMentorAssignmentId_Last(
			mentorAssignmentId, orderByComparator);
	}

	/**
	 * Returns the mentor assignment histories before and after the current mentor assignment history in the ordered set where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentHistoryId the primary key of the current mentor assignment history
	 * @param mentorAssignmentId the mentor assignment ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor assignment history
	 * @throws NoSuchMentorAssignmentHistoryException if a mentor assignment history with the primary key could not be found
	 */
	public static MentorAssignmentHistory[]
			findByMentorAssignmentId_PrevAndNext(
				long mentorAssignmentHistoryId, long mentorAssignmentId,
				OrderByComparator<MentorAssignmentHistory> orderByComparator)
		throws ru.opora.mentoring.exception.
			NoSuchMentorAssignmentHistoryException {

		return getPersistence().findByMentorAssignmentId_PrevAndNext(
			mentorAssignmentHistoryId, mentorAssignmentId, orderByComparator);
	}

	/**
	 * Removes all the mentor assignment histories where mentorAssignmentId = &#63; from the database.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 */
	public static void removeByMentorAssignmentId(long mentorAssignmentId) {
		getPersistence().removeByMentorAssignmentId(mentorAssignmentId);
	}

	/**
	 * Returns the number of mentor assignment histories where mentorAssignmentId = &#63;.
	 *
	 * @param mentorAssignmentId the mentor assignment ID
	 * @return the number of matching mentor assignment histories
	 */
	public static int countByMentorAssignmentId(long mentorAssignmentId) {
		return getPersistence().countByMentorAssignmentId(mentorAssignmentId);
	}

	/**
	 * Caches the mentor assignment history in the entity cache if it is enabled.
	 *
	 * @param mentorAssignmentHistory the mentor assignment history
	 */
	public static void cacheResult(
		MentorAssignmentHistory mentorAssignmentHistory) {

		getPersistence().cacheResult(mentorAssignmentHistory);
	}

	/**
	 * Caches the mentor assignment histories in the entity cache if it is enabled.
	 *
	 * @param mentorAssignmentHistories the mentor assignment histories
	 */
	public static void cacheResult(
		List<MentorAssignmentHistory> mentorAssignmentHistories) {

		getPersistence().cacheResult(mentorAssignmentHistories);
	}

	/**
	 * Creates a new mentor assignment history with the primary key. Does not add the mentor assignment history to the database.
	 *
	 * @param mentorAssignmentHistoryId the primary key for the new mentor assignment history
	 * @return the new mentor assignment history
	 */
	public static MentorAssignmentHistory create(
		long mentorAssignmentHistoryId) {

		return getPersistence().create(mentorAssignmentHistoryId);
	}

	/**
	 * Removes the mentor assignment history with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param mentorAssignmentHistoryId the primary key of the mentor assignment history
	 * @return the mentor assignment history that was removed
	 * @throws NoSuchMentorAssignmentHistoryException if a mentor assignment history with the primary key could not be found
	 */
	public static MentorAssignmentHistory remove(long mentorAssignmentHistoryId)
		throws ru.opora.mentoring.exception.
			NoSuchMentorAssignmentHistoryException {

		return getPersistence().remove(mentorAssignmentHistoryId);
	}

	public static MentorAssignmentHistory updateImpl(
		MentorAssignmentHistory mentorAssignmentHistory) {

		return getPersistence().updateImpl(mentorAssignmentHistory);
	}

	/**
	 * Returns the mentor assignment history with the primary key or throws a <code>NoSuchMentorAssignmentHistoryException</code> if it could not be found.
	 *
	 * @param mentorAssignmentHistoryId the primary key of the mentor assignment history
	 * @return the mentor assignment history
	 * @throws NoSuchMentorAssignmentHistoryException if a mentor assignment history with the primary key could not be found
	 */
	public static MentorAssignmentHistory findByPrimaryKey(
			long mentorAssignmentHistoryId)
		throws ru.opora.mentoring.exception.
			NoSuchMentorAssignmentHistoryException {

		return getPersistence().findByPrimaryKey(mentorAssignmentHistoryId);
	}

	/**
	 * Returns the mentor assignment history with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param mentorAssignmentHistoryId the primary key of the mentor assignment history
	 * @return the mentor assignment history, or <code>null</code> if a mentor assignment history with the primary key could not be found
	 */
	public static MentorAssignmentHistory fetchByPrimaryKey(
		long mentorAssignmentHistoryId) {

		return getPersistence().fetchByPrimaryKey(mentorAssignmentHistoryId);
	}

	/**
	 * Returns all the mentor assignment histories.
	 *
	 * @return the mentor assignment histories
	 */
	public static List<MentorAssignmentHistory> findAll() {
		return getPersistence().findAll();
	}

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
	public static List<MentorAssignmentHistory> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

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
	public static List<MentorAssignmentHistory> findAll(
		int start, int end,
		OrderByComparator<MentorAssignmentHistory> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

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
	public static List<MentorAssignmentHistory> findAll(
		int start, int end,
		OrderByComparator<MentorAssignmentHistory> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the mentor assignment histories from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of mentor assignment histories.
	 *
	 * @return the number of mentor assignment histories
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static MentorAssignmentHistoryPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(
		MentorAssignmentHistoryPersistence persistence) {

		_persistence = persistence;
	}

	private static volatile MentorAssignmentHistoryPersistence _persistence;

}