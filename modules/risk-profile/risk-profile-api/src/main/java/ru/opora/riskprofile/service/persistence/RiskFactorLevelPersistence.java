/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.riskprofile.exception.NoSuchRiskFactorLevelException;
import ru.opora.riskprofile.model.RiskFactorLevel;

/**
 * The persistence interface for the risk factor level service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see RiskFactorLevelUtil
 * @generated
 */
@ProviderType
public interface RiskFactorLevelPersistence
	extends BasePersistence<RiskFactorLevel> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link RiskFactorLevelUtil} to access the risk factor level persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the risk factor levels where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @return the matching risk factor levels
	 */
	public java.util.List<RiskFactorLevel> findByRiskProfileId(
		long riskProfileId);

	/**
	 * Returns a range of all the risk factor levels where riskProfileId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskFactorLevelModelImpl</code>.
	 * </p>
	 *
	 * @param riskProfileId the risk profile ID
	 * @param start the lower bound of the range of risk factor levels
	 * @param end the upper bound of the range of risk factor levels (not inclusive)
	 * @return the range of matching risk factor levels
	 */
	public java.util.List<RiskFactorLevel> findByRiskProfileId(
		long riskProfileId, int start, int end);

	/**
	 * Returns an ordered range of all the risk factor levels where riskProfileId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskFactorLevelModelImpl</code>.
	 * </p>
	 *
	 * @param riskProfileId the risk profile ID
	 * @param start the lower bound of the range of risk factor levels
	 * @param end the upper bound of the range of risk factor levels (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk factor levels
	 */
	public java.util.List<RiskFactorLevel> findByRiskProfileId(
		long riskProfileId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskFactorLevel>
			orderByComparator);

	/**
	 * Returns an ordered range of all the risk factor levels where riskProfileId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskFactorLevelModelImpl</code>.
	 * </p>
	 *
	 * @param riskProfileId the risk profile ID
	 * @param start the lower bound of the range of risk factor levels
	 * @param end the upper bound of the range of risk factor levels (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching risk factor levels
	 */
	public java.util.List<RiskFactorLevel> findByRiskProfileId(
		long riskProfileId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskFactorLevel>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first risk factor level in the ordered set where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk factor level
	 * @throws NoSuchRiskFactorLevelException if a matching risk factor level could not be found
	 */
	public RiskFactorLevel findByRiskProfileId_First(
			long riskProfileId,
			com.liferay.portal.kernel.util.OrderByComparator<RiskFactorLevel>
				orderByComparator)
		throws NoSuchRiskFactorLevelException;

	/**
	 * Returns the first risk factor level in the ordered set where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk factor level, or <code>null</code> if a matching risk factor level could not be found
	 */
	public RiskFactorLevel fetchByRiskProfileId_First(
		long riskProfileId,
		com.liferay.portal.kernel.util.OrderByComparator<RiskFactorLevel>
			orderByComparator);

	/**
	 * Returns the last risk factor level in the ordered set where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk factor level
	 * @throws NoSuchRiskFactorLevelException if a matching risk factor level could not be found
	 */
	public RiskFactorLevel findByRiskProfileId_Last(
			long riskProfileId,
			com.liferay.portal.kernel.util.OrderByComparator<RiskFactorLevel>
				orderByComparator)
		throws NoSuchRiskFactorLevelException;

	/**
	 * Returns the last risk factor level in the ordered set where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk factor level, or <code>null</code> if a matching risk factor level could not be found
	 */
	public RiskFactorLevel fetchByRiskProfileId_Last(
		long riskProfileId,
		com.liferay.portal.kernel.util.OrderByComparator<RiskFactorLevel>
			orderByComparator);

	/**
	 * Returns the risk factor levels before and after the current risk factor level in the ordered set where riskProfileId = &#63;.
	 *
	 * @param riskFactorLevelId the primary key of the current risk factor level
	 * @param riskProfileId the risk profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk factor level
	 * @throws NoSuchRiskFactorLevelException if a risk factor level with the primary key could not be found
	 */
	public RiskFactorLevel[] findByRiskProfileId_PrevAndNext(
			long riskFactorLevelId, long riskProfileId,
			com.liferay.portal.kernel.util.OrderByComparator<RiskFactorLevel>
				orderByComparator)
		throws NoSuchRiskFactorLevelException;

	/**
	 * Removes all the risk factor levels where riskProfileId = &#63; from the database.
	 *
	 * @param riskProfileId the risk profile ID
	 */
	public void removeByRiskProfileId(long riskProfileId);

	/**
	 * Returns the number of risk factor levels where riskProfileId = &#63;.
	 *
	 * @param riskProfileId the risk profile ID
	 * @return the number of matching risk factor levels
	 */
	public int countByRiskProfileId(long riskProfileId);

	/**
	 * Caches the risk factor level in the entity cache if it is enabled.
	 *
	 * @param riskFactorLevel the risk factor level
	 */
	public void cacheResult(RiskFactorLevel riskFactorLevel);

	/**
	 * Caches the risk factor levels in the entity cache if it is enabled.
	 *
	 * @param riskFactorLevels the risk factor levels
	 */
	public void cacheResult(java.util.List<RiskFactorLevel> riskFactorLevels);

	/**
	 * Creates a new risk factor level with the primary key. Does not add the risk factor level to the database.
	 *
	 * @param riskFactorLevelId the primary key for the new risk factor level
	 * @return the new risk factor level
	 */
	public RiskFactorLevel create(long riskFactorLevelId);

	/**
	 * Removes the risk factor level with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param riskFactorLevelId the primary key of the risk factor level
	 * @return the risk factor level that was removed
	 * @throws NoSuchRiskFactorLevelException if a risk factor level with the primary key could not be found
	 */
	public RiskFactorLevel remove(long riskFactorLevelId)
		throws NoSuchRiskFactorLevelException;

	public RiskFactorLevel updateImpl(RiskFactorLevel riskFactorLevel);

	/**
	 * Returns the risk factor level with the primary key or throws a <code>NoSuchRiskFactorLevelException</code> if it could not be found.
	 *
	 * @param riskFactorLevelId the primary key of the risk factor level
	 * @return the risk factor level
	 * @throws NoSuchRiskFactorLevelException if a risk factor level with the primary key could not be found
	 */
	public RiskFactorLevel findByPrimaryKey(long riskFactorLevelId)
		throws NoSuchRiskFactorLevelException;

	/**
	 * Returns the risk factor level with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param riskFactorLevelId the primary key of the risk factor level
	 * @return the risk factor level, or <code>null</code> if a risk factor level with the primary key could not be found
	 */
	public RiskFactorLevel fetchByPrimaryKey(long riskFactorLevelId);

	/**
	 * Returns all the risk factor levels.
	 *
	 * @return the risk factor levels
	 */
	public java.util.List<RiskFactorLevel> findAll();

	/**
	 * Returns a range of all the risk factor levels.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskFactorLevelModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk factor levels
	 * @param end the upper bound of the range of risk factor levels (not inclusive)
	 * @return the range of risk factor levels
	 */
	public java.util.List<RiskFactorLevel> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the risk factor levels.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskFactorLevelModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk factor levels
	 * @param end the upper bound of the range of risk factor levels (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of risk factor levels
	 */
	public java.util.List<RiskFactorLevel> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskFactorLevel>
			orderByComparator);

	/**
	 * Returns an ordered range of all the risk factor levels.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskFactorLevelModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk factor levels
	 * @param end the upper bound of the range of risk factor levels (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of risk factor levels
	 */
	public java.util.List<RiskFactorLevel> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskFactorLevel>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the risk factor levels from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of risk factor levels.
	 *
	 * @return the number of risk factor levels
	 */
	public int countAll();

}