/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.cooperation.exception.NoSuchAgreementHistoryException;
import ru.opora.cooperation.model.AgreementHistory;

/**
 * The persistence interface for the agreement history service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see AgreementHistoryUtil
 * @generated
 */
@ProviderType
public interface AgreementHistoryPersistence
	extends BasePersistence<AgreementHistory> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link AgreementHistoryUtil} to access the agreement history persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the agreement histories where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @return the matching agreement histories
	 */
	public java.util.List<AgreementHistory> findByAgreementId(long agreementId);

	/**
	 * Returns a range of all the agreement histories where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementHistoryModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement histories
	 * @param end the upper bound of the range of agreement histories (not inclusive)
	 * @return the range of matching agreement histories
	 */
	public java.util.List<AgreementHistory> findByAgreementId(
		long agreementId, int start, int end);

	/**
	 * Returns an ordered range of all the agreement histories where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementHistoryModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement histories
	 * @param end the upper bound of the range of agreement histories (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching agreement histories
	 */
	public java.util.List<AgreementHistory> findByAgreementId(
		long agreementId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementHistory>
			orderByComparator);

	/**
	 * Returns an ordered range of all the agreement histories where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementHistoryModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement histories
	 * @param end the upper bound of the range of agreement histories (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching agreement histories
	 */
	public java.util.List<AgreementHistory> findByAgreementId(
		long agreementId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementHistory>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first agreement history in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement history
	 * @throws NoSuchAgreementHistoryException if a matching agreement history could not be found
	 */
	public AgreementHistory findByAgreementId_First(
			long agreementId,
			com.liferay.portal.kernel.util.OrderByComparator<AgreementHistory>
				orderByComparator)
		throws NoSuchAgreementHistoryException;

	/**
	 * Returns the first agreement history in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement history, or <code>null</code> if a matching agreement history could not be found
	 */
	public AgreementHistory fetchByAgreementId_First(
		long agreementId,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementHistory>
			orderByComparator);

	/**
	 * Returns the last agreement history in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement history
	 * @throws NoSuchAgreementHistoryException if a matching agreement history could not be found
	 */
	public AgreementHistory findByAgreementId_Last(
			long agreementId,
			com.liferay.portal.kernel.util.OrderByComparator<AgreementHistory>
				orderByComparator)
		throws NoSuchAgreementHistoryException;

	/**
	 * Returns the last agreement history in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement history, or <code>null</code> if a matching agreement history could not be found
	 */
	public AgreementHistory fetchByAgreementId_Last(
		long agreementId,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementHistory>
			orderByComparator);

	/**
	 * Returns the agreement histories before and after the current agreement history in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementHistoryId the primary key of the current agreement history
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next agreement history
	 * @throws NoSuchAgreementHistoryException if a agreement history with the primary key could not be found
	 */
	public AgreementHistory[] findByAgreementId_PrevAndNext(
			long agreementHistoryId, long agreementId,
			com.liferay.portal.kernel.util.OrderByComparator<AgreementHistory>
				orderByComparator)
		throws NoSuchAgreementHistoryException;

	/**
	 * Removes all the agreement histories where agreementId = &#63; from the database.
	 *
	 * @param agreementId the agreement ID
	 */
	public void removeByAgreementId(long agreementId);

	/**
	 * Returns the number of agreement histories where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @return the number of matching agreement histories
	 */
	public int countByAgreementId(long agreementId);

	/**
	 * Caches the agreement history in the entity cache if it is enabled.
	 *
	 * @param agreementHistory the agreement history
	 */
	public void cacheResult(AgreementHistory agreementHistory);

	/**
	 * Caches the agreement histories in the entity cache if it is enabled.
	 *
	 * @param agreementHistories the agreement histories
	 */
	public void cacheResult(
		java.util.List<AgreementHistory> agreementHistories);

	/**
	 * Creates a new agreement history with the primary key. Does not add the agreement history to the database.
	 *
	 * @param agreementHistoryId the primary key for the new agreement history
	 * @return the new agreement history
	 */
	public AgreementHistory create(long agreementHistoryId);

	/**
	 * Removes the agreement history with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param agreementHistoryId the primary key of the agreement history
	 * @return the agreement history that was removed
	 * @throws NoSuchAgreementHistoryException if a agreement history with the primary key could not be found
	 */
	public AgreementHistory remove(long agreementHistoryId)
		throws NoSuchAgreementHistoryException;

	public AgreementHistory updateImpl(AgreementHistory agreementHistory);

	/**
	 * Returns the agreement history with the primary key or throws a <code>NoSuchAgreementHistoryException</code> if it could not be found.
	 *
	 * @param agreementHistoryId the primary key of the agreement history
	 * @return the agreement history
	 * @throws NoSuchAgreementHistoryException if a agreement history with the primary key could not be found
	 */
	public AgreementHistory findByPrimaryKey(long agreementHistoryId)
		throws NoSuchAgreementHistoryException;

	/**
	 * Returns the agreement history with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param agreementHistoryId the primary key of the agreement history
	 * @return the agreement history, or <code>null</code> if a agreement history with the primary key could not be found
	 */
	public AgreementHistory fetchByPrimaryKey(long agreementHistoryId);

	/**
	 * Returns all the agreement histories.
	 *
	 * @return the agreement histories
	 */
	public java.util.List<AgreementHistory> findAll();

	/**
	 * Returns a range of all the agreement histories.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementHistoryModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement histories
	 * @param end the upper bound of the range of agreement histories (not inclusive)
	 * @return the range of agreement histories
	 */
	public java.util.List<AgreementHistory> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the agreement histories.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementHistoryModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement histories
	 * @param end the upper bound of the range of agreement histories (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of agreement histories
	 */
	public java.util.List<AgreementHistory> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementHistory>
			orderByComparator);

	/**
	 * Returns an ordered range of all the agreement histories.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementHistoryModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement histories
	 * @param end the upper bound of the range of agreement histories (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of agreement histories
	 */
	public java.util.List<AgreementHistory> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementHistory>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the agreement histories from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of agreement histories.
	 *
	 * @return the number of agreement histories
	 */
	public int countAll();

}