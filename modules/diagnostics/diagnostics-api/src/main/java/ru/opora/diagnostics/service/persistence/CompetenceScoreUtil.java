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

import ru.opora.diagnostics.model.CompetenceScore;

/**
 * The persistence utility for the competence score service. This utility wraps <code>ru.opora.diagnostics.service.persistence.impl.CompetenceScorePersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see CompetenceScorePersistence
 * @generated
 */
public class CompetenceScoreUtil {

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
	public static void clearCache(CompetenceScore competenceScore) {
		getPersistence().clearCache(competenceScore);
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
	public static Map<Serializable, CompetenceScore> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<CompetenceScore> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<CompetenceScore> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<CompetenceScore> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<CompetenceScore> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static CompetenceScore update(CompetenceScore competenceScore) {
		return getPersistence().update(competenceScore);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static CompetenceScore update(
		CompetenceScore competenceScore, ServiceContext serviceContext) {

		return getPersistence().update(competenceScore, serviceContext);
	}

	/**
	 * Returns all the competence scores where attemptId = &#63;.
	 *
	 * @param attemptId the attempt ID
	 * @return the matching competence scores
	 */
	public static List<CompetenceScore> findByAttemptId(long attemptId) {
		return getPersistence().findByAttemptId(attemptId);
	}

	/**
	 * Returns a range of all the competence scores where attemptId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceScoreModelImpl</code>.
	 * </p>
	 *
	 * @param attemptId the attempt ID
	 * @param start the lower bound of the range of competence scores
	 * @param end the upper bound of the range of competence scores (not inclusive)
	 * @return the range of matching competence scores
	 */
	public static List<CompetenceScore> findByAttemptId(
		long attemptId, int start, int end) {

		return getPersistence().findByAttemptId(attemptId, start, end);
	}

	/**
	 * Returns an ordered range of all the competence scores where attemptId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceScoreModelImpl</code>.
	 * </p>
	 *
	 * @param attemptId the attempt ID
	 * @param start the lower bound of the range of competence scores
	 * @param end the upper bound of the range of competence scores (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching competence scores
	 */
	public static List<CompetenceScore> findByAttemptId(
		long attemptId, int start, int end,
		OrderByComparator<CompetenceScore> orderByComparator) {

		return getPersistence().findByAttemptId(
			attemptId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the competence scores where attemptId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceScoreModelImpl</code>.
	 * </p>
	 *
	 * @param attemptId the attempt ID
	 * @param start the lower bound of the range of competence scores
	 * @param end the upper bound of the range of competence scores (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching competence scores
	 */
	public static List<CompetenceScore> findByAttemptId(
		long attemptId, int start, int end,
		OrderByComparator<CompetenceScore> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByAttemptId(
			attemptId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first competence score in the ordered set where attemptId = &#63;.
	 *
	 * @param attemptId the attempt ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching competence score
	 * @throws NoSuchCompetenceScoreException if a matching competence score could not be found
	 */
	public static CompetenceScore findByAttemptId_First(
			long attemptId,
			OrderByComparator<CompetenceScore> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchCompetenceScoreException {

		return getPersistence().findByAttemptId_First(
			attemptId, orderByComparator);
	}

	/**
	 * Returns the first competence score in the ordered set where attemptId = &#63;.
	 *
	 * @param attemptId the attempt ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching competence score, or <code>null</code> if a matching competence score could not be found
	 */
	public static CompetenceScore fetchByAttemptId_First(
		long attemptId, OrderByComparator<CompetenceScore> orderByComparator) {

		return getPersistence().fetchByAttemptId_First(
			attemptId, orderByComparator);
	}

	/**
	 * Returns the last competence score in the ordered set where attemptId = &#63;.
	 *
	 * @param attemptId the attempt ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching competence score
	 * @throws NoSuchCompetenceScoreException if a matching competence score could not be found
	 */
	public static CompetenceScore findByAttemptId_Last(
			long attemptId,
			OrderByComparator<CompetenceScore> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchCompetenceScoreException {

		return getPersistence().findByAttemptId_Last(
			attemptId, orderByComparator);
	}

	/**
	 * Returns the last competence score in the ordered set where attemptId = &#63;.
	 *
	 * @param attemptId the attempt ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching competence score, or <code>null</code> if a matching competence score could not be found
	 */
	public static CompetenceScore fetchByAttemptId_Last(
		long attemptId, OrderByComparator<CompetenceScore> orderByComparator) {

		return getPersistence().fetchByAttemptId_Last(
			attemptId, orderByComparator);
	}

	/**
	 * Returns the competence scores before and after the current competence score in the ordered set where attemptId = &#63;.
	 *
	 * @param competenceScoreId the primary key of the current competence score
	 * @param attemptId the attempt ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next competence score
	 * @throws NoSuchCompetenceScoreException if a competence score with the primary key could not be found
	 */
	public static CompetenceScore[] findByAttemptId_PrevAndNext(
			long competenceScoreId, long attemptId,
			OrderByComparator<CompetenceScore> orderByComparator)
		throws ru.opora.diagnostics.exception.NoSuchCompetenceScoreException {

		return getPersistence().findByAttemptId_PrevAndNext(
			competenceScoreId, attemptId, orderByComparator);
	}

	/**
	 * Removes all the competence scores where attemptId = &#63; from the database.
	 *
	 * @param attemptId the attempt ID
	 */
	public static void removeByAttemptId(long attemptId) {
		getPersistence().removeByAttemptId(attemptId);
	}

	/**
	 * Returns the number of competence scores where attemptId = &#63;.
	 *
	 * @param attemptId the attempt ID
	 * @return the number of matching competence scores
	 */
	public static int countByAttemptId(long attemptId) {
		return getPersistence().countByAttemptId(attemptId);
	}

	/**
	 * Caches the competence score in the entity cache if it is enabled.
	 *
	 * @param competenceScore the competence score
	 */
	public static void cacheResult(CompetenceScore competenceScore) {
		getPersistence().cacheResult(competenceScore);
	}

	/**
	 * Caches the competence scores in the entity cache if it is enabled.
	 *
	 * @param competenceScores the competence scores
	 */
	public static void cacheResult(List<CompetenceScore> competenceScores) {
		getPersistence().cacheResult(competenceScores);
	}

	/**
	 * Creates a new competence score with the primary key. Does not add the competence score to the database.
	 *
	 * @param competenceScoreId the primary key for the new competence score
	 * @return the new competence score
	 */
	public static CompetenceScore create(long competenceScoreId) {
		return getPersistence().create(competenceScoreId);
	}

	/**
	 * Removes the competence score with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param competenceScoreId the primary key of the competence score
	 * @return the competence score that was removed
	 * @throws NoSuchCompetenceScoreException if a competence score with the primary key could not be found
	 */
	public static CompetenceScore remove(long competenceScoreId)
		throws ru.opora.diagnostics.exception.NoSuchCompetenceScoreException {

		return getPersistence().remove(competenceScoreId);
	}

	public static CompetenceScore updateImpl(CompetenceScore competenceScore) {
		return getPersistence().updateImpl(competenceScore);
	}

	/**
	 * Returns the competence score with the primary key or throws a <code>NoSuchCompetenceScoreException</code> if it could not be found.
	 *
	 * @param competenceScoreId the primary key of the competence score
	 * @return the competence score
	 * @throws NoSuchCompetenceScoreException if a competence score with the primary key could not be found
	 */
	public static CompetenceScore findByPrimaryKey(long competenceScoreId)
		throws ru.opora.diagnostics.exception.NoSuchCompetenceScoreException {

		return getPersistence().findByPrimaryKey(competenceScoreId);
	}

	/**
	 * Returns the competence score with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param competenceScoreId the primary key of the competence score
	 * @return the competence score, or <code>null</code> if a competence score with the primary key could not be found
	 */
	public static CompetenceScore fetchByPrimaryKey(long competenceScoreId) {
		return getPersistence().fetchByPrimaryKey(competenceScoreId);
	}

	/**
	 * Returns all the competence scores.
	 *
	 * @return the competence scores
	 */
	public static List<CompetenceScore> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the competence scores.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceScoreModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of competence scores
	 * @param end the upper bound of the range of competence scores (not inclusive)
	 * @return the range of competence scores
	 */
	public static List<CompetenceScore> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the competence scores.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceScoreModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of competence scores
	 * @param end the upper bound of the range of competence scores (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of competence scores
	 */
	public static List<CompetenceScore> findAll(
		int start, int end,
		OrderByComparator<CompetenceScore> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the competence scores.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceScoreModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of competence scores
	 * @param end the upper bound of the range of competence scores (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of competence scores
	 */
	public static List<CompetenceScore> findAll(
		int start, int end,
		OrderByComparator<CompetenceScore> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the competence scores from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of competence scores.
	 *
	 * @return the number of competence scores
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static CompetenceScorePersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(CompetenceScorePersistence persistence) {
		_persistence = persistence;
	}

	private static volatile CompetenceScorePersistence _persistence;

}