/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.riskprofile.exception.NoSuchRiskDocumentException;
import ru.opora.riskprofile.model.RiskDocument;

/**
 * The persistence interface for the risk document service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see RiskDocumentUtil
 * @generated
 */
@ProviderType
public interface RiskDocumentPersistence extends BasePersistence<RiskDocument> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link RiskDocumentUtil} to access the risk document persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the risk documents where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching risk documents
	 */
	public java.util.List<RiskDocument> findByGroupId(long groupId);

	/**
	 * Returns a range of all the risk documents where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of risk documents
	 * @param end the upper bound of the range of risk documents (not inclusive)
	 * @return the range of matching risk documents
	 */
	public java.util.List<RiskDocument> findByGroupId(
		long groupId, int start, int end);

	/**
	 * Returns an ordered range of all the risk documents where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of risk documents
	 * @param end the upper bound of the range of risk documents (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk documents
	 */
	public java.util.List<RiskDocument> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskDocument>
			orderByComparator);

	/**
	 * Returns an ordered range of all the risk documents where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of risk documents
	 * @param end the upper bound of the range of risk documents (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching risk documents
	 */
	public java.util.List<RiskDocument> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskDocument>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first risk document in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk document
	 * @throws NoSuchRiskDocumentException if a matching risk document could not be found
	 */
	public RiskDocument findByGroupId_First(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<RiskDocument>
				orderByComparator)
		throws NoSuchRiskDocumentException;

	/**
	 * Returns the first risk document in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk document, or <code>null</code> if a matching risk document could not be found
	 */
	public RiskDocument fetchByGroupId_First(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<RiskDocument>
			orderByComparator);

	/**
	 * Returns the last risk document in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk document
	 * @throws NoSuchRiskDocumentException if a matching risk document could not be found
	 */
	public RiskDocument findByGroupId_Last(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<RiskDocument>
				orderByComparator)
		throws NoSuchRiskDocumentException;

	/**
	 * Returns the last risk document in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk document, or <code>null</code> if a matching risk document could not be found
	 */
	public RiskDocument fetchByGroupId_Last(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<RiskDocument>
			orderByComparator);

	/**
	 * Returns the risk documents before and after the current risk document in the ordered set where groupId = &#63;.
	 *
	 * @param riskDocumentId the primary key of the current risk document
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk document
	 * @throws NoSuchRiskDocumentException if a risk document with the primary key could not be found
	 */
	public RiskDocument[] findByGroupId_PrevAndNext(
			long riskDocumentId, long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<RiskDocument>
				orderByComparator)
		throws NoSuchRiskDocumentException;

	/**
	 * Returns all the risk documents that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching risk documents that the user has permission to view
	 */
	public java.util.List<RiskDocument> filterFindByGroupId(long groupId);

	/**
	 * Returns a range of all the risk documents that the user has permission to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of risk documents
	 * @param end the upper bound of the range of risk documents (not inclusive)
	 * @return the range of matching risk documents that the user has permission to view
	 */
	public java.util.List<RiskDocument> filterFindByGroupId(
		long groupId, int start, int end);

	/**
	 * Returns an ordered range of all the risk documents that the user has permissions to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of risk documents
	 * @param end the upper bound of the range of risk documents (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk documents that the user has permission to view
	 */
	public java.util.List<RiskDocument> filterFindByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskDocument>
			orderByComparator);

	/**
	 * Returns the risk documents before and after the current risk document in the ordered set of risk documents that the user has permission to view where groupId = &#63;.
	 *
	 * @param riskDocumentId the primary key of the current risk document
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk document
	 * @throws NoSuchRiskDocumentException if a risk document with the primary key could not be found
	 */
	public RiskDocument[] filterFindByGroupId_PrevAndNext(
			long riskDocumentId, long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<RiskDocument>
				orderByComparator)
		throws NoSuchRiskDocumentException;

	/**
	 * Removes all the risk documents where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public void removeByGroupId(long groupId);

	/**
	 * Returns the number of risk documents where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching risk documents
	 */
	public int countByGroupId(long groupId);

	/**
	 * Returns the number of risk documents that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching risk documents that the user has permission to view
	 */
	public int filterCountByGroupId(long groupId);

	/**
	 * Returns all the risk documents where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @return the matching risk documents
	 */
	public java.util.List<RiskDocument> findByS_Y(long schoolId, int year);

	/**
	 * Returns a range of all the risk documents where schoolId = &#63; and year = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param start the lower bound of the range of risk documents
	 * @param end the upper bound of the range of risk documents (not inclusive)
	 * @return the range of matching risk documents
	 */
	public java.util.List<RiskDocument> findByS_Y(
		long schoolId, int year, int start, int end);

	/**
	 * Returns an ordered range of all the risk documents where schoolId = &#63; and year = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param start the lower bound of the range of risk documents
	 * @param end the upper bound of the range of risk documents (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk documents
	 */
	public java.util.List<RiskDocument> findByS_Y(
		long schoolId, int year, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskDocument>
			orderByComparator);

	/**
	 * Returns an ordered range of all the risk documents where schoolId = &#63; and year = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param start the lower bound of the range of risk documents
	 * @param end the upper bound of the range of risk documents (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching risk documents
	 */
	public java.util.List<RiskDocument> findByS_Y(
		long schoolId, int year, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskDocument>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first risk document in the ordered set where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk document
	 * @throws NoSuchRiskDocumentException if a matching risk document could not be found
	 */
	public RiskDocument findByS_Y_First(
			long schoolId, int year,
			com.liferay.portal.kernel.util.OrderByComparator<RiskDocument>
				orderByComparator)
		throws NoSuchRiskDocumentException;

	/**
	 * Returns the first risk document in the ordered set where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk document, or <code>null</code> if a matching risk document could not be found
	 */
	public RiskDocument fetchByS_Y_First(
		long schoolId, int year,
		com.liferay.portal.kernel.util.OrderByComparator<RiskDocument>
			orderByComparator);

	/**
	 * Returns the last risk document in the ordered set where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk document
	 * @throws NoSuchRiskDocumentException if a matching risk document could not be found
	 */
	public RiskDocument findByS_Y_Last(
			long schoolId, int year,
			com.liferay.portal.kernel.util.OrderByComparator<RiskDocument>
				orderByComparator)
		throws NoSuchRiskDocumentException;

	/**
	 * Returns the last risk document in the ordered set where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk document, or <code>null</code> if a matching risk document could not be found
	 */
	public RiskDocument fetchByS_Y_Last(
		long schoolId, int year,
		com.liferay.portal.kernel.util.OrderByComparator<RiskDocument>
			orderByComparator);

	/**
	 * Returns the risk documents before and after the current risk document in the ordered set where schoolId = &#63; and year = &#63;.
	 *
	 * @param riskDocumentId the primary key of the current risk document
	 * @param schoolId the school ID
	 * @param year the year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk document
	 * @throws NoSuchRiskDocumentException if a risk document with the primary key could not be found
	 */
	public RiskDocument[] findByS_Y_PrevAndNext(
			long riskDocumentId, long schoolId, int year,
			com.liferay.portal.kernel.util.OrderByComparator<RiskDocument>
				orderByComparator)
		throws NoSuchRiskDocumentException;

	/**
	 * Removes all the risk documents where schoolId = &#63; and year = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 */
	public void removeByS_Y(long schoolId, int year);

	/**
	 * Returns the number of risk documents where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @return the number of matching risk documents
	 */
	public int countByS_Y(long schoolId, int year);

	/**
	 * Caches the risk document in the entity cache if it is enabled.
	 *
	 * @param riskDocument the risk document
	 */
	public void cacheResult(RiskDocument riskDocument);

	/**
	 * Caches the risk documents in the entity cache if it is enabled.
	 *
	 * @param riskDocuments the risk documents
	 */
	public void cacheResult(java.util.List<RiskDocument> riskDocuments);

	/**
	 * Creates a new risk document with the primary key. Does not add the risk document to the database.
	 *
	 * @param riskDocumentId the primary key for the new risk document
	 * @return the new risk document
	 */
	public RiskDocument create(long riskDocumentId);

	/**
	 * Removes the risk document with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param riskDocumentId the primary key of the risk document
	 * @return the risk document that was removed
	 * @throws NoSuchRiskDocumentException if a risk document with the primary key could not be found
	 */
	public RiskDocument remove(long riskDocumentId)
		throws NoSuchRiskDocumentException;

	public RiskDocument updateImpl(RiskDocument riskDocument);

	/**
	 * Returns the risk document with the primary key or throws a <code>NoSuchRiskDocumentException</code> if it could not be found.
	 *
	 * @param riskDocumentId the primary key of the risk document
	 * @return the risk document
	 * @throws NoSuchRiskDocumentException if a risk document with the primary key could not be found
	 */
	public RiskDocument findByPrimaryKey(long riskDocumentId)
		throws NoSuchRiskDocumentException;

	/**
	 * Returns the risk document with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param riskDocumentId the primary key of the risk document
	 * @return the risk document, or <code>null</code> if a risk document with the primary key could not be found
	 */
	public RiskDocument fetchByPrimaryKey(long riskDocumentId);

	/**
	 * Returns all the risk documents.
	 *
	 * @return the risk documents
	 */
	public java.util.List<RiskDocument> findAll();

	/**
	 * Returns a range of all the risk documents.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk documents
	 * @param end the upper bound of the range of risk documents (not inclusive)
	 * @return the range of risk documents
	 */
	public java.util.List<RiskDocument> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the risk documents.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk documents
	 * @param end the upper bound of the range of risk documents (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of risk documents
	 */
	public java.util.List<RiskDocument> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskDocument>
			orderByComparator);

	/**
	 * Returns an ordered range of all the risk documents.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk documents
	 * @param end the upper bound of the range of risk documents (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of risk documents
	 */
	public java.util.List<RiskDocument> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskDocument>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the risk documents from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of risk documents.
	 *
	 * @return the number of risk documents
	 */
	public int countAll();

}