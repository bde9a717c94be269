/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.riskprofile.exception.NoSuchRiskDictionaryVersionException;
import ru.opora.riskprofile.model.RiskDictionaryVersion;

/**
 * The persistence interface for the risk dictionary version service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see RiskDictionaryVersionUtil
 * @generated
 */
@ProviderType
public interface RiskDictionaryVersionPersistence
	extends BasePersistence<RiskDictionaryVersion> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link RiskDictionaryVersionUtil} to access the risk dictionary version persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the risk dictionary versions where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching risk dictionary versions
	 */
	public java.util.List<RiskDictionaryVersion> findByCompanyId(
		long companyId);

	/**
	 * Returns a range of all the risk dictionary versions where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDictionaryVersionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of risk dictionary versions
	 * @param end the upper bound of the range of risk dictionary versions (not inclusive)
	 * @return the range of matching risk dictionary versions
	 */
	public java.util.List<RiskDictionaryVersion> findByCompanyId(
		long companyId, int start, int end);

	/**
	 * Returns an ordered range of all the risk dictionary versions where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDictionaryVersionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of risk dictionary versions
	 * @param end the upper bound of the range of risk dictionary versions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk dictionary versions
	 */
	public java.util.List<RiskDictionaryVersion> findByCompanyId(
		long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskDictionaryVersion>
			orderByComparator);

	/**
	 * Returns an ordered range of all the risk dictionary versions where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDictionaryVersionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of risk dictionary versions
	 * @param end the upper bound of the range of risk dictionary versions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching risk dictionary versions
	 */
	public java.util.List<RiskDictionaryVersion> findByCompanyId(
		long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskDictionaryVersion>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first risk dictionary version in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk dictionary version
	 * @throws NoSuchRiskDictionaryVersionException if a matching risk dictionary version could not be found
	 */
	public RiskDictionaryVersion findByCompanyId_First(
			long companyId,
			com.liferay.portal.kernel.util.OrderByComparator
				<RiskDictionaryVersion> orderByComparator)
		throws NoSuchRiskDictionaryVersionException;

	/**
	 * Returns the first risk dictionary version in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk dictionary version, or <code>null</code> if a matching risk dictionary version could not be found
	 */
	public RiskDictionaryVersion fetchByCompanyId_First(
		long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<RiskDictionaryVersion>
			orderByComparator);

	/**
	 * Returns the last risk dictionary version in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk dictionary version
	 * @throws NoSuchRiskDictionaryVersionException if a matching risk dictionary version could not be found
	 */
	public RiskDictionaryVersion findByCompanyId_Last(
			long companyId,
			com.liferay.portal.kernel.util.OrderByComparator
				<RiskDictionaryVersion> orderByComparator)
		throws NoSuchRiskDictionaryVersionException;

	/**
	 * Returns the last risk dictionary version in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk dictionary version, or <code>null</code> if a matching risk dictionary version could not be found
	 */
	public RiskDictionaryVersion fetchByCompanyId_Last(
		long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<RiskDictionaryVersion>
			orderByComparator);

	/**
	 * Returns the risk dictionary versions before and after the current risk dictionary version in the ordered set where companyId = &#63;.
	 *
	 * @param riskDictionaryVersionId the primary key of the current risk dictionary version
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk dictionary version
	 * @throws NoSuchRiskDictionaryVersionException if a risk dictionary version with the primary key could not be found
	 */
	public RiskDictionaryVersion[] findByCompanyId_PrevAndNext(
			long riskDictionaryVersionId, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator
				<RiskDictionaryVersion> orderByComparator)
		throws NoSuchRiskDictionaryVersionException;

	/**
	 * Removes all the risk dictionary versions where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	public void removeByCompanyId(long companyId);

	/**
	 * Returns the number of risk dictionary versions where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching risk dictionary versions
	 */
	public int countByCompanyId(long companyId);

	/**
	 * Returns the risk dictionary version where companyId = &#63; and fromYear = &#63; or throws a <code>NoSuchRiskDictionaryVersionException</code> if it could not be found.
	 *
	 * @param companyId the company ID
	 * @param fromYear the from year
	 * @return the matching risk dictionary version
	 * @throws NoSuchRiskDictionaryVersionException if a matching risk dictionary version could not be found
	 */
	public RiskDictionaryVersion findByC_Y(long companyId, int fromYear)
		throws NoSuchRiskDictionaryVersionException;

	/**
	 * Returns the risk dictionary version where companyId = &#63; and fromYear = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param companyId the company ID
	 * @param fromYear the from year
	 * @return the matching risk dictionary version, or <code>null</code> if a matching risk dictionary version could not be found
	 */
	public RiskDictionaryVersion fetchByC_Y(long companyId, int fromYear);

	/**
	 * Returns the risk dictionary version where companyId = &#63; and fromYear = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param companyId the company ID
	 * @param fromYear the from year
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching risk dictionary version, or <code>null</code> if a matching risk dictionary version could not be found
	 */
	public RiskDictionaryVersion fetchByC_Y(
		long companyId, int fromYear, boolean useFinderCache);

	/**
	 * Removes the risk dictionary version where companyId = &#63; and fromYear = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param fromYear the from year
	 * @return the risk dictionary version that was removed
	 */
	public RiskDictionaryVersion removeByC_Y(long companyId, int fromYear)
		throws NoSuchRiskDictionaryVersionException;

	/**
	 * Returns the number of risk dictionary versions where companyId = &#63; and fromYear = &#63;.
	 *
	 * @param companyId the company ID
	 * @param fromYear the from year
	 * @return the number of matching risk dictionary versions
	 */
	public int countByC_Y(long companyId, int fromYear);

	/**
	 * Caches the risk dictionary version in the entity cache if it is enabled.
	 *
	 * @param riskDictionaryVersion the risk dictionary version
	 */
	public void cacheResult(RiskDictionaryVersion riskDictionaryVersion);

	/**
	 * Caches the risk dictionary versions in the entity cache if it is enabled.
	 *
	 * @param riskDictionaryVersions the risk dictionary versions
	 */
	public void cacheResult(
		java.util.List<RiskDictionaryVersion> riskDictionaryVersions);

	/**
	 * Creates a new risk dictionary version with the primary key. Does not add the risk dictionary version to the database.
	 *
	 * @param riskDictionaryVersionId the primary key for the new risk dictionary version
	 * @return the new risk dictionary version
	 */
	public RiskDictionaryVersion create(long riskDictionaryVersionId);

	/**
	 * Removes the risk dictionary version with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param riskDictionaryVersionId the primary key of the risk dictionary version
	 * @return the risk dictionary version that was removed
	 * @throws NoSuchRiskDictionaryVersionException if a risk dictionary version with the primary key could not be found
	 */
	public RiskDictionaryVersion remove(long riskDictionaryVersionId)
		throws NoSuchRiskDictionaryVersionException;

	public RiskDictionaryVersion updateImpl(
		RiskDictionaryVersion riskDictionaryVersion);

	/**
	 * Returns the risk dictionary version with the primary key or throws a <code>NoSuchRiskDictionaryVersionException</code> if it could not be found.
	 *
	 * @param riskDictionaryVersionId the primary key of the risk dictionary version
	 * @return the risk dictionary version
	 * @throws NoSuchRiskDictionaryVersionException if a risk dictionary version with the primary key could not be found
	 */
	public RiskDictionaryVersion findByPrimaryKey(long riskDictionaryVersionId)
		throws NoSuchRiskDictionaryVersionException;

	/**
	 * Returns the risk dictionary version with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param riskDictionaryVersionId the primary key of the risk dictionary version
	 * @return the risk dictionary version, or <code>null</code> if a risk dictionary version with the primary key could not be found
	 */
	public RiskDictionaryVersion fetchByPrimaryKey(
		long riskDictionaryVersionId);

	/**
	 * Returns all the risk dictionary versions.
	 *
	 * @return the risk dictionary versions
	 */
	public java.util.List<RiskDictionaryVersion> findAll();

	/**
	 * Returns a range of all the risk dictionary versions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDictionaryVersionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk dictionary versions
	 * @param end the upper bound of the range of risk dictionary versions (not inclusive)
	 * @return the range of risk dictionary versions
	 */
	public java.util.List<RiskDictionaryVersion> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the risk dictionary versions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDictionaryVersionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk dictionary versions
	 * @param end the upper bound of the range of risk dictionary versions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of risk dictionary versions
	 */
	public java.util.List<RiskDictionaryVersion> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskDictionaryVersion>
			orderByComparator);

	/**
	 * Returns an ordered range of all the risk dictionary versions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskDictionaryVersionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk dictionary versions
	 * @param end the upper bound of the range of risk dictionary versions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of risk dictionary versions
	 */
	public java.util.List<RiskDictionaryVersion> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskDictionaryVersion>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the risk dictionary versions from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of risk dictionary versions.
	 *
	 * @return the number of risk dictionary versions
	 */
	public int countAll();

}