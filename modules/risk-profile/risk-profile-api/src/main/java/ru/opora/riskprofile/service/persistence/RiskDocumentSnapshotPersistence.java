/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.riskprofile.exception.NoSuchRiskDocumentSnapshotException;
import ru.opora.riskprofile.model.RiskDocumentSnapshot;

/**
 * The persistence interface for the risk document snapshot service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see RiskDocumentSnapshotUtil
 * @generated
 */
@ProviderType
public interface RiskDocumentSnapshotPersistence
	extends BasePersistence<RiskDocumentSnapshot> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link RiskDocumentSnapshotUtil} to access the risk document snapshot persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the risk document snapshots where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @return the matching risk document snapshots
	 */
	public java.util.List<RiskDocumentSnapshot> findByRiskDocumentId(
		long riskDocumentId);

	/**
	 * Returns a range of all the risk document snapshots where riskDocumentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentSnapshotModelImpl</code>.
	 * </p>
	 *
	 * @param riskDocumentId the risk document ID
	 * @param start the lower bound of the range of risk document snapshots
	 * @param end the upper bound of the range of risk document snapshots (not inclusive)
	 * @return the range of matching risk document snapshots
	 */
	public java.util.List<RiskDocumentSnapshot> findByRiskDocumentId(
		long riskDocumentId, int start, int end);

	/**
	 * Returns an ordered range of all the risk document snapshots where riskDocumentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentSnapshotModelImpl</code>.
	 * </p>
	 *
	 * @param riskDocumentId the risk document ID
	 * @param start the lower bound of the range of risk document snapshots
	 * @param end the upper bound of the range of risk document snapshots (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk document snapshots
	 */
	public java.util.List<RiskDocumentSnapshot> findByRiskDocumentId(
		long riskDocumentId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskDocumentSnapshot>
			orderByComparator);

	/**
	 * Returns an ordered range of all the risk document snapshots where riskDocumentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentSnapshotModelImpl</code>.
	 * </p>
	 *
	 * @param riskDocumentId the risk document ID
	 * @param start the lower bound of the range of risk document snapshots
	 * @param end the upper bound of the range of risk document snapshots (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching risk document snapshots
	 */
	public java.util.List<RiskDocumentSnapshot> findByRiskDocumentId(
		long riskDocumentId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskDocumentSnapshot>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first risk document snapshot in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk document snapshot
	 * @throws NoSuchRiskDocumentSnapshotException if a matching risk document snapshot could not be found
	 */
	public RiskDocumentSnapshot findByRiskDocumentId_First(
			long riskDocumentId,
			com.liferay.portal.kernel.util.OrderByComparator
				<RiskDocumentSnapshot> orderByComparator)
		throws NoSuchRiskDocumentSnapshotException;

	/**
	 * Returns the first risk document snapshot in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk document snapshot, or <code>null</code> if a matching risk document snapshot could not be found
	 */
	public RiskDocumentSnapshot fetchByRiskDocumentId_First(
		long riskDocumentId,
		com.liferay.portal.kernel.util.OrderByComparator<RiskDocumentSnapshot>
			orderByComparator);

	/**
	 * Returns the last risk document snapshot in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk document snapshot
	 * @throws NoSuchRiskDocumentSnapshotException if a matching risk document snapshot could not be found
	 */
	public RiskDocumentSnapshot findByRiskDocumentId_Last(
			long riskDocumentId,
			com.liferay.portal.kernel.util.OrderByComparator
				<RiskDocumentSnapshot> orderByComparator)
		throws NoSuchRiskDocumentSnapshotException;

	/**
	 * Returns the last risk document snapshot in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk document snapshot, or <code>null</code> if a matching risk document snapshot could not be found
	 */
	public RiskDocumentSnapshot fetchByRiskDocumentId_Last(
		long riskDocumentId,
		com.liferay.portal.kernel.util.OrderByComparator<RiskDocumentSnapshot>
			orderByComparator);

	/**
	 * Returns the risk document snapshots before and after the current risk document snapshot in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentSnapshotId the primary key of the current risk document snapshot
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk document snapshot
	 * @throws NoSuchRiskDocumentSnapshotException if a risk document snapshot with the primary key could not be found
	 */
	public RiskDocumentSnapshot[] findByRiskDocumentId_PrevAndNext(
			long riskDocumentSnapshotId, long riskDocumentId,
			com.liferay.portal.kernel.util.OrderByComparator
				<RiskDocumentSnapshot> orderByComparator)
		throws NoSuchRiskDocumentSnapshotException;

	/**
	 * Removes all the risk document snapshots where riskDocumentId = &#63; from the database.
	 *
	 * @param riskDocumentId the risk document ID
	 */
	public void removeByRiskDocumentId(long riskDocumentId);

	/**
	 * Returns the number of risk document snapshots where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @return the number of matching risk document snapshots
	 */
	public int countByRiskDocumentId(long riskDocumentId);

	/**
	 * Caches the risk document snapshot in the entity cache if it is enabled.
	 *
	 * @param riskDocumentSnapshot the risk document snapshot
	 */
	public void cacheResult(RiskDocumentSnapshot riskDocumentSnapshot);

	/**
	 * Caches the risk document snapshots in the entity cache if it is enabled.
	 *
	 * @param riskDocumentSnapshots the risk document snapshots
	 */
	public void cacheResult(
		java.util.List<RiskDocumentSnapshot> riskDocumentSnapshots);

	/**
	 * Creates a new risk document snapshot with the primary key. Does not add the risk document snapshot to the database.
	 *
	 * @param riskDocumentSnapshotId the primary key for the new risk document snapshot
	 * @return the new risk document snapshot
	 */
	public RiskDocumentSnapshot create(long riskDocumentSnapshotId);

	/**
	 * Removes the risk document snapshot with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param riskDocumentSnapshotId the primary key of the risk document snapshot
	 * @return the risk document snapshot that was removed
	 * @throws NoSuchRiskDocumentSnapshotException if a risk document snapshot with the primary key could not be found
	 */
	public RiskDocumentSnapshot remove(long riskDocumentSnapshotId)
		throws NoSuchRiskDocumentSnapshotException;

	public RiskDocumentSnapshot updateImpl(
		RiskDocumentSnapshot riskDocumentSnapshot);

	/**
	 * Returns the risk document snapshot with the primary key or throws a <code>NoSuchRiskDocumentSnapshotException</code> if it could not be found.
	 *
	 * @param riskDocumentSnapshotId the primary key of the risk document snapshot
	 * @return the risk document snapshot
	 * @throws NoSuchRiskDocumentSnapshotException if a risk document snapshot with the primary key could not be found
	 */
	public RiskDocumentSnapshot findByPrimaryKey(long riskDocumentSnapshotId)
		throws NoSuchRiskDocumentSnapshotException;

	/**
	 * Returns the risk document snapshot with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param riskDocumentSnapshotId the primary key of the risk document snapshot
	 * @return the risk document snapshot, or <code>null</code> if a risk document snapshot with the primary key could not be found
	 */
	public RiskDocumentSnapshot fetchByPrimaryKey(long riskDocumentSnapshotId);

	/**
	 * Returns all the risk document snapshots.
	 *
	 * @return the risk document snapshots
	 */
	public java.util.List<RiskDocumentSnapshot> findAll();

	/**
	 * Returns a range of all the risk document snapshots.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentSnapshotModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk document snapshots
	 * @param end the upper bound of the range of risk document snapshots (not inclusive)
	 * @return the range of risk document snapshots
	 */
	public java.util.List<RiskDocumentSnapshot> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the risk document snapshots.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentSnapshotModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk document snapshots
	 * @param end the upper bound of the range of risk document snapshots (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of risk document snapshots
	 */
	public java.util.List<RiskDocumentSnapshot> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskDocumentSnapshot>
			orderByComparator);

	/**
	 * Returns an ordered range of all the risk document snapshots.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDocumentSnapshotModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk document snapshots
	 * @param end the upper bound of the range of risk document snapshots (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of risk document snapshots
	 */
	public java.util.List<RiskDocumentSnapshot> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskDocumentSnapshot>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the risk document snapshots from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of risk document snapshots.
	 *
	 * @return the number of risk document snapshots
	 */
	public int countAll();

}