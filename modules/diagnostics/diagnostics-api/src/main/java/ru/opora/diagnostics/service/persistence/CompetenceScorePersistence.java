/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.diagnostics.exception.NoSuchCompetenceScoreException;
import ru.opora.diagnostics.model.CompetenceScore;

/**
 * The persistence interface for the competence score service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see CompetenceScoreUtil
 * @generated
 */
@ProviderType
public interface CompetenceScorePersistence
	extends BasePersistence<CompetenceScore> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link CompetenceScoreUtil} to access the competence score persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the competence scores where attemptId = &#63;.
	 *
	 * @param attemptId the attempt ID
	 * @return the matching competence scores
	 */
	public java.util.List<CompetenceScore> findByAttemptId(long attemptId);

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
	public java.util.List<CompetenceScore> findByAttemptId(
		long attemptId, int start, int end);

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
	public java.util.List<CompetenceScore> findByAttemptId(
		long attemptId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CompetenceScore>
			orderByComparator);

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
	public java.util.List<CompetenceScore> findByAttemptId(
		long attemptId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CompetenceScore>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first competence score in the ordered set where attemptId = &#63;.
	 *
	 * @param attemptId the attempt ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching competence score
	 * @throws NoSuchCompetenceScoreException if a matching competence score could not be found
	 */
	public CompetenceScore findByAttemptId_First(
			long attemptId,
			com.liferay.portal.kernel.util.OrderByComparator<CompetenceScore>
				orderByComparator)
		throws NoSuchCompetenceScoreException;

	/**
	 * Returns the first competence score in the ordered set where attemptId = &#63;.
	 *
	 * @param attemptId the attempt ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching competence score, or <code>null</code> if a matching competence score could not be found
	 */
	public CompetenceScore fetchByAttemptId_First(
		long attemptId,
		com.liferay.portal.kernel.util.OrderByComparator<CompetenceScore>
			orderByComparator);

	/**
	 * Returns the last competence score in the ordered set where attemptId = &#63;.
	 *
	 * @param attemptId the attempt ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching competence score
	 * @throws NoSuchCompetenceScoreException if a matching competence score could not be found
	 */
	public CompetenceScore findByAttemptId_Last(
			long attemptId,
			com.liferay.portal.kernel.util.OrderByComparator<CompetenceScore>
				orderByComparator)
		throws NoSuchCompetenceScoreException;

	/**
	 * Returns the last competence score in the ordered set where attemptId = &#63;.
	 *
	 * @param attemptId the attempt ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching competence score, or <code>null</code> if a matching competence score could not be found
	 */
	public CompetenceScore fetchByAttemptId_Last(
		long attemptId,
		com.liferay.portal.kernel.util.OrderByComparator<CompetenceScore>
			orderByComparator);

	/**
	 * Returns the competence scores before and after the current competence score in the ordered set where attemptId = &#63;.
	 *
	 * @param competenceScoreId the primary key of the current competence score
	 * @param attemptId the attempt ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next competence score
	 * @throws NoSuchCompetenceScoreException if a competence score with the primary key could not be found
	 */
	public CompetenceScore[] findByAttemptId_PrevAndNext(
			long competenceScoreId, long attemptId,
			com.liferay.portal.kernel.util.OrderByComparator<CompetenceScore>
				orderByComparator)
		throws NoSuchCompetenceScoreException;

	/**
	 * Removes all the competence scores where attemptId = &#63; from the database.
	 *
	 * @param attemptId the attempt ID
	 */
	public void removeByAttemptId(long attemptId);

	/**
	 * Returns the number of competence scores where attemptId = &#63;.
	 *
	 * @param attemptId the attempt ID
	 * @return the number of matching competence scores
	 */
	public int countByAttemptId(long attemptId);

	/**
	 * Caches the competence score in the entity cache if it is enabled.
	 *
	 * @param competenceScore the competence score
	 */
	public void cacheResult(CompetenceScore competenceScore);

	/**
	 * Caches the competence scores in the entity cache if it is enabled.
	 *
	 * @param competenceScores the competence scores
	 */
	public void cacheResult(java.util.List<CompetenceScore> competenceScores);

	/**
	 * Creates a new competence score with the primary key. Does not add the competence score to the database.
	 *
	 * @param competenceScoreId the primary key for the new competence score
	 * @return the new competence score
	 */
	public CompetenceScore create(long competenceScoreId);

	/**
	 * Removes the competence score with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param competenceScoreId the primary key of the competence score
	 * @return the competence score that was removed
	 * @throws NoSuchCompetenceScoreException if a competence score with the primary key could not be found
	 */
	public CompetenceScore remove(long competenceScoreId)
		throws NoSuchCompetenceScoreException;

	public CompetenceScore updateImpl(CompetenceScore competenceScore);

	/**
	 * Returns the competence score with the primary key or throws a <code>NoSuchCompetenceScoreException</code> if it could not be found.
	 *
	 * @param competenceScoreId the primary key of the competence score
	 * @return the competence score
	 * @throws NoSuchCompetenceScoreException if a competence score with the primary key could not be found
	 */
	public CompetenceScore findByPrimaryKey(long competenceScoreId)
		throws NoSuchCompetenceScoreException;

	/**
	 * Returns the competence score with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param competenceScoreId the primary key of the competence score
	 * @return the competence score, or <code>null</code> if a competence score with the primary key could not be found
	 */
	public CompetenceScore fetchByPrimaryKey(long competenceScoreId);

	/**
	 * Returns all the competence scores.
	 *
	 * @return the competence scores
	 */
	public java.util.List<CompetenceScore> findAll();

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
	public java.util.List<CompetenceScore> findAll(int start, int end);

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
	public java.util.List<CompetenceScore> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CompetenceScore>
			orderByComparator);

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
	public java.util.List<CompetenceScore> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CompetenceScore>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the competence scores from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of competence scores.
	 *
	 * @return the number of competence scores
	 */
	public int countAll();

}