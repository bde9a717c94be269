/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.riskprofile.exception.NoSuchRiskProfileException;
import ru.opora.riskprofile.model.RiskProfile;

/**
 * The persistence interface for the risk profile service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see RiskProfileUtil
 * @generated
 */
@ProviderType
public interface RiskProfilePersistence extends BasePersistence<RiskProfile> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link RiskProfileUtil} to access the risk profile persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the risk profiles where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching risk profiles
	 */
	public java.util.List<RiskProfile> findByGroupId(long groupId);

	/**
	 * Returns a range of all the risk profiles where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of risk profiles
	 * @param end the upper bound of the range of risk profiles (not inclusive)
	 * @return the range of matching risk profiles
	 */
	public java.util.List<RiskProfile> findByGroupId(
		long groupId, int start, int end);

	/**
	 * Returns an ordered range of all the risk profiles where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of risk profiles
	 * @param end the upper bound of the range of risk profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk profiles
	 */
	public java.util.List<RiskProfile> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskProfile>
			orderByComparator);

	/**
	 * Returns an ordered range of all the risk profiles where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of risk profiles
	 * @param end the upper bound of the range of risk profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching risk profiles
	 */
	public java.util.List<RiskProfile> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskProfile>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first risk profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk profile
	 * @throws NoSuchRiskProfileException if a matching risk profile could not be found
	 */
	public RiskProfile findByGroupId_First(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<RiskProfile>
				orderByComparator)
		throws NoSuchRiskProfileException;

	/**
	 * Returns the first risk profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk profile, or <code>null</code> if a matching risk profile could not be found
	 */
	public RiskProfile fetchByGroupId_First(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<RiskProfile>
			orderByComparator);

	/**
	 * Returns the last risk profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk profile
	 * @throws NoSuchRiskProfileException if a matching risk profile could not be found
	 */
	public RiskProfile findByGroupId_Last(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<RiskProfile>
				orderByComparator)
		throws NoSuchRiskProfileException;

	/**
	 * Returns the last risk profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk profile, or <code>null</code> if a matching risk profile could not be found
	 */
	public RiskProfile fetchByGroupId_Last(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<RiskProfile>
			orderByComparator);

	/**
	 * Returns the risk profiles before and after the current risk profile in the ordered set where groupId = &#63;.
	 *
	 * @param riskProfileId the primary key of the current risk profile
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk profile
	 * @throws NoSuchRiskProfileException if a risk profile with the primary key could not be found
	 */
	public RiskProfile[] findByGroupId_PrevAndNext(
			long riskProfileId, long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<RiskProfile>
				orderByComparator)
		throws NoSuchRiskProfileException;

	/**
	 * Removes all the risk profiles where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public void removeByGroupId(long groupId);

	/**
	 * Returns the number of risk profiles where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching risk profiles
	 */
	public int countByGroupId(long groupId);

	/**
	 * Returns all the risk profiles where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the matching risk profiles
	 */
	public java.util.List<RiskProfile> findBySchoolId(long schoolId);

	/**
	 * Returns a range of all the risk profiles where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskProfileModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of risk profiles
	 * @param end the upper bound of the range of risk profiles (not inclusive)
	 * @return the range of matching risk profiles
	 */
	public java.util.List<RiskProfile> findBySchoolId(
		long schoolId, int start, int end);

	/**
	 * Returns an ordered range of all the risk profiles where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskProfileModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of risk profiles
	 * @param end the upper bound of the range of risk profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk profiles
	 */
	public java.util.List<RiskProfile> findBySchoolId(
		long schoolId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskProfile>
			orderByComparator);

	/**
	 * Returns an ordered range of all the risk profiles where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskProfileModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of risk profiles
	 * @param end the upper bound of the range of risk profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching risk profiles
	 */
	public java.util.List<RiskProfile> findBySchoolId(
		long schoolId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskProfile>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first risk profile in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk profile
	 * @throws NoSuchRiskProfileException if a matching risk profile could not be found
	 */
	public RiskProfile findBySchoolId_First(
			long schoolId,
			com.liferay.portal.kernel.util.OrderByComparator<RiskProfile>
				orderByComparator)
		throws NoSuchRiskProfileException;

	/**
	 * Returns the first risk profile in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk profile, or <code>null</code> if a matching risk profile could not be found
	 */
	public RiskProfile fetchBySchoolId_First(
		long schoolId,
		com.liferay.portal.kernel.util.OrderByComparator<RiskProfile>
			orderByComparator);

	/**
	 * Returns the last risk profile in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk profile
	 * @throws NoSuchRiskProfileException if a matching risk profile could not be found
	 */
	public RiskProfile findBySchoolId_Last(
			long schoolId,
			com.liferay.portal.kernel.util.OrderByComparator<RiskProfile>
				orderByComparator)
		throws NoSuchRiskProfileException;

	/**
	 * Returns the last risk profile in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk profile, or <code>null</code> if a matching risk profile could not be found
	 */
	public RiskProfile fetchBySchoolId_Last(
		long schoolId,
		com.liferay.portal.kernel.util.OrderByComparator<RiskProfile>
			orderByComparator);

	/**
	 * Returns the risk profiles before and after the current risk profile in the ordered set where schoolId = &#63;.
	 *
	 * @param riskProfileId the primary key of the current risk profile
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk profile
	 * @throws NoSuchRiskProfileException if a risk profile with the primary key could not be found
	 */
	public RiskProfile[] findBySchoolId_PrevAndNext(
			long riskProfileId, long schoolId,
			com.liferay.portal.kernel.util.OrderByComparator<RiskProfile>
				orderByComparator)
		throws NoSuchRiskProfileException;

	/**
	 * Removes all the risk profiles where schoolId = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 */
	public void removeBySchoolId(long schoolId);

	/**
	 * Returns the number of risk profiles where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the number of matching risk profiles
	 */
	public int countBySchoolId(long schoolId);

	/**
	 * Returns the risk profile where schoolId = &#63; and year = &#63; or throws a <code>NoSuchRiskProfileException</code> if it could not be found.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @return the matching risk profile
	 * @throws NoSuchRiskProfileException if a matching risk profile could not be found
	 */
	public RiskProfile findByS_Y(long schoolId, int year)
		throws NoSuchRiskProfileException;

	/**
	 * Returns the risk profile where schoolId = &#63; and year = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @return the matching risk profile, or <code>null</code> if a matching risk profile could not be found
	 */
	public RiskProfile fetchByS_Y(long schoolId, int year);

	/**
	 * Returns the risk profile where schoolId = &#63; and year = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching risk profile, or <code>null</code> if a matching risk profile could not be found
	 */
	public RiskProfile fetchByS_Y(
		long schoolId, int year, boolean useFinderCache);

	/**
	 * Removes the risk profile where schoolId = &#63; and year = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @return the risk profile that was removed
	 */
	public RiskProfile removeByS_Y(long schoolId, int year)
		throws NoSuchRiskProfileException;

	/**
	 * Returns the number of risk profiles where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @return the number of matching risk profiles
	 */
	public int countByS_Y(long schoolId, int year);

	/**
	 * Caches the risk profile in the entity cache if it is enabled.
	 *
	 * @param riskProfile the risk profile
	 */
	public void cacheResult(RiskProfile riskProfile);

	/**
	 * Caches the risk profiles in the entity cache if it is enabled.
	 *
	 * @param riskProfiles the risk profiles
	 */
	public void cacheResult(java.util.List<RiskProfile> riskProfiles);

	/**
	 * Creates a new risk profile with the primary key. Does not add the risk profile to the database.
	 *
	 * @param riskProfileId the primary key for the new risk profile
	 * @return the new risk profile
	 */
	public RiskProfile create(long riskProfileId);

	/**
	 * Removes the risk profile with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param riskProfileId the primary key of the risk profile
	 * @return the risk profile that was removed
	 * @throws NoSuchRiskProfileException if a risk profile with the primary key could not be found
	 */
	public RiskProfile remove(long riskProfileId)
		throws NoSuchRiskProfileException;

	public RiskProfile updateImpl(RiskProfile riskProfile);

	/**
	 * Returns the risk profile with the primary key or throws a <code>NoSuchRiskProfileException</code> if it could not be found.
	 *
	 * @param riskProfileId the primary key of the risk profile
	 * @return the risk profile
	 * @throws NoSuchRiskProfileException if a risk profile with the primary key could not be found
	 */
	public RiskProfile findByPrimaryKey(long riskProfileId)
		throws NoSuchRiskProfileException;

	/**
	 * Returns the risk profile with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param riskProfileId the primary key of the risk profile
	 * @return the risk profile, or <code>null</code> if a risk profile with the primary key could not be found
	 */
	public RiskProfile fetchByPrimaryKey(long riskProfileId);

	/**
	 * Returns all the risk profiles.
	 *
	 * @return the risk profiles
	 */
	public java.util.List<RiskProfile> findAll();

	/**
	 * Returns a range of all the risk profiles.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskProfileModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk profiles
	 * @param end the upper bound of the range of risk profiles (not inclusive)
	 * @return the range of risk profiles
	 */
	public java.util.List<RiskProfile> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the risk profiles.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskProfileModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk profiles
	 * @param end the upper bound of the range of risk profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of risk profiles
	 */
	public java.util.List<RiskProfile> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskProfile>
			orderByComparator);

	/**
	 * Returns an ordered range of all the risk profiles.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskProfileModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk profiles
	 * @param end the upper bound of the range of risk profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of risk profiles
	 */
	public java.util.List<RiskProfile> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskProfile>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the risk profiles from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of risk profiles.
	 *
	 * @return the number of risk profiles
	 */
	public int countAll();

}