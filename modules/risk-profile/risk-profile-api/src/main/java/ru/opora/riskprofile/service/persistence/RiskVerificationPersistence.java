/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.riskprofile.exception.NoSuchRiskVerificationException;
import ru.opora.riskprofile.model.RiskVerification;

/**
 * The persistence interface for the risk verification service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see RiskVerificationUtil
 * @generated
 */
@ProviderType
public interface RiskVerificationPersistence
	extends BasePersistence<RiskVerification> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link RiskVerificationUtil} to access the risk verification persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the risk verifications where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @return the matching risk verifications
	 */
	public java.util.List<RiskVerification> findByRiskProfileId(
		long riskProfileId);

	/**
	 * Returns a range of all the risk verifications where riskProfileId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskVerificationModelImpl</code>.
	 * </p>
	 *
	 * @param riskProfileId the risk profile ID
	 * @param start the lower bound of the range of risk verifications
	 * @param end the upper bound of the range of risk verifications (not inclusive)
	 * @return the range of matching risk verifications
	 */
	public java.util.List<RiskVerification> findByRiskProfileId(
		long riskProfileId, int start, int end);

	/**
	 * Returns an ordered range of all the risk verifications where riskProfileId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskVerificationModelImpl</code>.
	 * </p>
	 *
	 * @param riskProfileId the risk profile ID
	 * @param start the lower bound of the range of risk verifications
	 * @param end the upper bound of the range of risk verifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk verifications
	 */
	public java.util.List<RiskVerification> findByRiskProfileId(
		long riskProfileId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskVerification>
			orderByComparator);

	/**
	 * Returns an ordered range of all the risk verifications where riskProfileId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskVerificationModelImpl</code>.
	 * </p>
	 *
	 * @param riskProfileId the risk profile ID
	 * @param start the lower bound of the range of risk verifications
	 * @param end the upper bound of the range of risk verifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching risk verifications
	 */
	public java.util.List<RiskVerification> findByRiskProfileId(
		long riskProfileId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskVerification>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first risk verification in the ordered set where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk verification
	 * @throws NoSuchRiskVerificationException if a matching risk verification could not be found
	 */
	public RiskVerification findByRiskProfileId_First(
			long riskProfileId,
			com.liferay.portal.kernel.util.OrderByComparator<RiskVerification>
				orderByComparator)
		throws NoSuchRiskVerificationException;

	/**
	 * Returns the first risk verification in the ordered set where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk verification, or <code>null</code> if a matching risk verification could not be found
	 */
	public RiskVerification fetchByRiskProfileId_First(
		long riskProfileId,
		com.liferay.portal.kernel.util.OrderByComparator<RiskVerification>
			orderByComparator);

	/**
	 * Returns the last risk verification in the ordered set where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk verification
	 * @throws NoSuchRiskVerificationException if a matching risk verification could not be found
	 */
	public RiskVerification findByRiskProfileId_Last(
			long riskProfileId,
			com.liferay.portal.kernel.util.OrderByComparator<RiskVerification>
				orderByComparator)
		throws NoSuchRiskVerificationException;

	/**
	 * Returns the last risk verification in the ordered set where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk verification, or <code>null</code> if a matching risk verification could not be found
	 */
	public RiskVerification fetchByRiskProfileId_Last(
		long riskProfileId,
		com.liferay.portal.kernel.util.OrderByComparator<RiskVerification>
			orderByComparator);

	/**
	 * Returns the risk verifications before and after the current risk verification in the ordered set where riskProfileId = &#63;.
	 *
	 * @param riskVerificationId the primary key of the current risk verification
	 * @param riskProfileId the risk profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk verification
	 * @throws NoSuchRiskVerificationException if a risk verification with the primary key could not be found
	 */
	public RiskVerification[] findByRiskProfileId_PrevAndNext(
			long riskVerificationId, long riskProfileId,
			com.liferay.portal.kernel.util.OrderByComparator<RiskVerification>
				orderByComparator)
		throws NoSuchRiskVerificationException;

	/**
	 * Removes all the risk verifications where riskProfileId = &#63; from the database.
	 *
	 * @param riskProfileId the risk profile ID
	 */
	public void removeByRiskProfileId(long riskProfileId);

	/**
	 * Returns the number of risk verifications where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @return the number of matching risk verifications
	 */
	public int countByRiskProfileId(long riskProfileId);

	/**
	 * Caches the risk verification in the entity cache if it is enabled.
	 *
	 * @param riskVerification the risk verification
	 */
	public void cacheResult(RiskVerification riskVerification);

	/**
	 * Caches the risk verifications in the entity cache if it is enabled.
	 *
	 * @param riskVerifications the risk verifications
	 */
	public void cacheResult(java.util.List<RiskVerification> riskVerifications);

	/**
	 * Creates a new risk verification with the primary key. Does not add the risk verification to the database.
	 *
	 * @param riskVerificationId the primary key for the new risk verification
	 * @return the new risk verification
	 */
	public RiskVerification create(long riskVerificationId);

	/**
	 * Removes the risk verification with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param riskVerificationId the primary key of the risk verification
	 * @return the risk verification that was removed
	 * @throws NoSuchRiskVerificationException if a risk verification with the primary key could not be found
	 */
	public RiskVerification remove(long riskVerificationId)
		throws NoSuchRiskVerificationException;

	public RiskVerification updateImpl(RiskVerification riskVerification);

	/**
	 * Returns the risk verification with the primary key or throws a <code>NoSuchRiskVerificationException</code> if it could not be found.
	 *
	 * @param riskVerificationId the primary key of the risk verification
	 * @return the risk verification
	 * @throws NoSuchRiskVerificationException if a risk verification with the primary key could not be found
	 */
	public RiskVerification findByPrimaryKey(long riskVerificationId)
		throws NoSuchRiskVerificationException;

	/**
	 * Returns the risk verification with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param riskVerificationId the primary key of the risk verification
	 * @return the risk verification, or <code>null</code> if a risk verification with the primary key could not be found
	 */
	public RiskVerification fetchByPrimaryKey(long riskVerificationId);

	/**
	 * Returns all the risk verifications.
	 *
	 * @return the risk verifications
	 */
	public java.util.List<RiskVerification> findAll();

	/**
	 * Returns a range of all the risk verifications.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskVerificationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk verifications
	 * @param end the upper bound of the range of risk verifications (not inclusive)
	 * @return the range of risk verifications
	 */
	public java.util.List<RiskVerification> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the risk verifications.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskVerificationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk verifications
	 * @param end the upper bound of the range of risk verifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of risk verifications
	 */
	public java.util.List<RiskVerification> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskVerification>
			orderByComparator);

	/**
	 * Returns an ordered range of all the risk verifications.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskVerificationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk verifications
	 * @param end the upper bound of the range of risk verifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of risk verifications
	 */
	public java.util.List<RiskVerification> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskVerification>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the risk verifications from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of risk verifications.
	 *
	 * @return the number of risk verifications
	 */
	public int countAll();

}