/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.riskprofile.exception.NoSuchRiskReviewCommentException;
import ru.opora.riskprofile.model.RiskReviewComment;

/**
 * The persistence interface for the risk review comment service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see RiskReviewCommentUtil
 * @generated
 */
@ProviderType
public interface RiskReviewCommentPersistence
	extends BasePersistence<RiskReviewComment> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link RiskReviewCommentUtil} to access the risk review comment persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the risk review comments where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @return the matching risk review comments
	 */
	public java.util.List<RiskReviewComment> findByRiskDocumentId(
		long riskDocumentId);

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
	public java.util.List<RiskReviewComment> findByRiskDocumentId(
		long riskDocumentId, int start, int end);

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
	public java.util.List<RiskReviewComment> findByRiskDocumentId(
		long riskDocumentId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskReviewComment>
			orderByComparator);

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
	public java.util.List<RiskReviewComment> findByRiskDocumentId(
		long riskDocumentId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskReviewComment>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first risk review comment in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk review comment
	 * @throws NoSuchRiskReviewCommentException if a matching risk review comment could not be found
	 */
	public RiskReviewComment findByRiskDocumentId_First(
			long riskDocumentId,
			com.liferay.portal.kernel.util.OrderByComparator<RiskReviewComment>
				orderByComparator)
		throws NoSuchRiskReviewCommentException;

	/**
	 * Returns the first risk review comment in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk review comment, or <code>null</code> if a matching risk review comment could not be found
	 */
	public RiskReviewComment fetchByRiskDocumentId_First(
		long riskDocumentId,
		com.liferay.portal.kernel.util.OrderByComparator<RiskReviewComment>
			orderByComparator);

	/**
	 * Returns the last risk review comment in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk review comment
	 * @throws NoSuchRiskReviewCommentException if a matching risk review comment could not be found
	 */
	public RiskReviewComment findByRiskDocumentId_Last(
			long riskDocumentId,
			com.liferay.portal.kernel.util.OrderByComparator<RiskReviewComment>
				orderByComparator)
		throws NoSuchRiskReviewCommentException;

	/**
	 * Returns the last risk review comment in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk review comment, or <code>null</code> if a matching risk review comment could not be found
	 */
	public RiskReviewComment fetchByRiskDocumentId_Last(
		long riskDocumentId,
		com.liferay.portal.kernel.util.OrderByComparator<RiskReviewComment>
			orderByComparator);

	/**
	 * Returns the risk review comments before and after the current risk review comment in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskReviewCommentId the primary key of the current risk review comment
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk review comment
	 * @throws NoSuchRiskReviewCommentException if a risk review comment with the primary key could not be found
	 */
	public RiskReviewComment[] findByRiskDocumentId_PrevAndNext(
			long riskReviewCommentId, long riskDocumentId,
			com.liferay.portal.kernel.util.OrderByComparator<RiskReviewComment>
				orderByComparator)
		throws NoSuchRiskReviewCommentException;

	/**
	 * Removes all the risk review comments where riskDocumentId = &#63; from the database.
	 *
	 * @param riskDocumentId the risk document ID
	 */
	public void removeByRiskDocumentId(long riskDocumentId);

	/**
	 * Returns the number of risk review comments where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @return the number of matching risk review comments
	 */
	public int countByRiskDocumentId(long riskDocumentId);

	/**
	 * Caches the risk review comment in the entity cache if it is enabled.
	 *
	 * @param riskReviewComment the risk review comment
	 */
	public void cacheResult(RiskReviewComment riskReviewComment);

	/**
	 * Caches the risk review comments in the entity cache if it is enabled.
	 *
	 * @param riskReviewComments the risk review comments
	 */
	public void cacheResult(
		java.util.List<RiskReviewComment> riskReviewComments);

	/**
	 * Creates a new risk review comment with the primary key. Does not add the risk review comment to the database.
	 *
	 * @param riskReviewCommentId the primary key for the new risk review comment
	 * @return the new risk review comment
	 */
	public RiskReviewComment create(long riskReviewCommentId);

	/**
	 * Removes the risk review comment with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param riskReviewCommentId the primary key of the risk review comment
	 * @return the risk review comment that was removed
	 * @throws NoSuchRiskReviewCommentException if a risk review comment with the primary key could not be found
	 */
	public RiskReviewComment remove(long riskReviewCommentId)
		throws NoSuchRiskReviewCommentException;

	public RiskReviewComment updateImpl(RiskReviewComment riskReviewComment);

	/**
	 * Returns the risk review comment with the primary key or throws a <code>NoSuchRiskReviewCommentException</code> if it could not be found.
	 *
	 * @param riskReviewCommentId the primary key of the risk review comment
	 * @return the risk review comment
	 * @throws NoSuchRiskReviewCommentException if a risk review comment with the primary key could not be found
	 */
	public RiskReviewComment findByPrimaryKey(long riskReviewCommentId)
		throws NoSuchRiskReviewCommentException;

	/**
	 * Returns the risk review comment with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param riskReviewCommentId the primary key of the risk review comment
	 * @return the risk review comment, or <code>null</code> if a risk review comment with the primary key could not be found
	 */
	public RiskReviewComment fetchByPrimaryKey(long riskReviewCommentId);

	/**
	 * Returns all the risk review comments.
	 *
	 * @return the risk review comments
	 */
	public java.util.List<RiskReviewComment> findAll();

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
	public java.util.List<RiskReviewComment> findAll(int start, int end);

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
	public java.util.List<RiskReviewComment> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskReviewComment>
			orderByComparator);

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
	public java.util.List<RiskReviewComment> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskReviewComment>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the risk review comments from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of risk review comments.
	 *
	 * @return the number of risk review comments
	 */
	public int countAll();

}