/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.diagnostics.exception.NoSuchCompetenceAreaException;
import ru.opora.diagnostics.model.CompetenceArea;

/**
 * The persistence interface for the competence area service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see CompetenceAreaUtil
 * @generated
 */
@ProviderType
public interface CompetenceAreaPersistence
	extends BasePersistence<CompetenceArea> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link CompetenceAreaUtil} to access the competence area persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the competence areas where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @return the matching competence areas
	 */
	public java.util.List<CompetenceArea> findByC_V(
		long companyId, int version);

	/**
	 * Returns a range of all the competence areas where companyId = &#63; and version = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceAreaModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param start the lower bound of the range of competence areas
	 * @param end the upper bound of the range of competence areas (not inclusive)
	 * @return the range of matching competence areas
	 */
	public java.util.List<CompetenceArea> findByC_V(
		long companyId, int version, int start, int end);

	/**
	 * Returns an ordered range of all the competence areas where companyId = &#63; and version = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceAreaModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param start the lower bound of the range of competence areas
	 * @param end the upper bound of the range of competence areas (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching competence areas
	 */
	public java.util.List<CompetenceArea> findByC_V(
		long companyId, int version, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CompetenceArea>
			orderByComparator);

	/**
	 * Returns an ordered range of all the competence areas where companyId = &#63; and version = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceAreaModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param start the lower bound of the range of competence areas
	 * @param end the upper bound of the range of competence areas (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching competence areas
	 */
	public java.util.List<CompetenceArea> findByC_V(
		long companyId, int version, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CompetenceArea>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first competence area in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching competence area
	 * @throws NoSuchCompetenceAreaException if a matching competence area could not be found
	 */
	public CompetenceArea findByC_V_First(
			long companyId, int version,
			com.liferay.portal.kernel.util.OrderByComparator<CompetenceArea>
				orderByComparator)
		throws NoSuchCompetenceAreaException;

	/**
	 * Returns the first competence area in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching competence area, or <code>null</code> if a matching competence area could not be found
	 */
	public CompetenceArea fetchByC_V_First(
		long companyId, int version,
		com.liferay.portal.kernel.util.OrderByComparator<CompetenceArea>
			orderByComparator);

	/**
	 * Returns the last competence area in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching competence area
	 * @throws NoSuchCompetenceAreaException if a matching competence area could not be found
	 */
	public CompetenceArea findByC_V_Last(
			long companyId, int version,
			com.liferay.portal.kernel.util.OrderByComparator<CompetenceArea>
				orderByComparator)
		throws NoSuchCompetenceAreaException;

	/**
	 * Returns the last competence area in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching competence area, or <code>null</code> if a matching competence area could not be found
	 */
	public CompetenceArea fetchByC_V_Last(
		long companyId, int version,
		com.liferay.portal.kernel.util.OrderByComparator<CompetenceArea>
			orderByComparator);

	/**
	 * Returns the competence areas before and after the current competence area in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param competenceAreaId the primary key of the current competence area
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next competence area
	 * @throws NoSuchCompetenceAreaException if a competence area with the primary key could not be found
	 */
	public CompetenceArea[] findByC_V_PrevAndNext(
			long competenceAreaId, long companyId, int version,
			com.liferay.portal.kernel.util.OrderByComparator<CompetenceArea>
				orderByComparator)
		throws NoSuchCompetenceAreaException;

	/**
	 * Removes all the competence areas where companyId = &#63; and version = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 */
	public void removeByC_V(long companyId, int version);

	/**
	 * Returns the number of competence areas where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @return the number of matching competence areas
	 */
	public int countByC_V(long companyId, int version);

	/**
	 * Returns the competence area where companyId = &#63; and version = &#63; and code = &#63; or throws a <code>NoSuchCompetenceAreaException</code> if it could not be found.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the matching competence area
	 * @throws NoSuchCompetenceAreaException if a matching competence area could not be found
	 */
	public CompetenceArea findByC_V_C(long companyId, int version, String code)
		throws NoSuchCompetenceAreaException;

	/**
	 * Returns the competence area where companyId = &#63; and version = &#63; and code = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the matching competence area, or <code>null</code> if a matching competence area could not be found
	 */
	public CompetenceArea fetchByC_V_C(
		long companyId, int version, String code);

	/**
	 * Returns the competence area where companyId = &#63; and version = &#63; and code = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching competence area, or <code>null</code> if a matching competence area could not be found
	 */
	public CompetenceArea fetchByC_V_C(
		long companyId, int version, String code, boolean useFinderCache);

	/**
	 * Removes the competence area where companyId = &#63; and version = &#63; and code = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the competence area that was removed
	 */
	public CompetenceArea removeByC_V_C(
			long companyId, int version, String code)
		throws NoSuchCompetenceAreaException;

	/**
	 * Returns the number of competence areas where companyId = &#63; and version = &#63; and code = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the number of matching competence areas
	 */
	public int countByC_V_C(long companyId, int version, String code);

	/**
	 * Caches the competence area in the entity cache if it is enabled.
	 *
	 * @param competenceArea the competence area
	 */
	public void cacheResult(CompetenceArea competenceArea);

	/**
	 * Caches the competence areas in the entity cache if it is enabled.
	 *
	 * @param competenceAreas the competence areas
	 */
	public void cacheResult(java.util.List<CompetenceArea> competenceAreas);

	/**
	 * Creates a new competence area with the primary key. Does not add the competence area to the database.
	 *
	 * @param competenceAreaId the primary key for the new competence area
	 * @return the new competence area
	 */
	public CompetenceArea create(long competenceAreaId);

	/**
	 * Removes the competence area with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param competenceAreaId the primary key of the competence area
	 * @return the competence area that was removed
	 * @throws NoSuchCompetenceAreaException if a competence area with the primary key could not be found
	 */
	public CompetenceArea remove(long competenceAreaId)
		throws NoSuchCompetenceAreaException;

	public CompetenceArea updateImpl(CompetenceArea competenceArea);

	/**
	 * Returns the competence area with the primary key or throws a <code>NoSuchCompetenceAreaException</code> if it could not be found.
	 *
	 * @param competenceAreaId the primary key of the competence area
	 * @return the competence area
	 * @throws NoSuchCompetenceAreaException if a competence area with the primary key could not be found
	 */
	public CompetenceArea findByPrimaryKey(long competenceAreaId)
		throws NoSuchCompetenceAreaException;

	/**
	 * Returns the competence area with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param competenceAreaId the primary key of the competence area
	 * @return the competence area, or <code>null</code> if a competence area with the primary key could not be found
	 */
	public CompetenceArea fetchByPrimaryKey(long competenceAreaId);

	/**
	 * Returns all the competence areas.
	 *
	 * @return the competence areas
	 */
	public java.util.List<CompetenceArea> findAll();

	/**
	 * Returns a range of all the competence areas.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceAreaModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of competence areas
	 * @param end the upper bound of the range of competence areas (not inclusive)
	 * @return the range of competence areas
	 */
	public java.util.List<CompetenceArea> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the competence areas.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceAreaModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of competence areas
	 * @param end the upper bound of the range of competence areas (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of competence areas
	 */
	public java.util.List<CompetenceArea> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CompetenceArea>
			orderByComparator);

	/**
	 * Returns an ordered range of all the competence areas.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceAreaModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of competence areas
	 * @param end the upper bound of the range of competence areas (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of competence areas
	 */
	public java.util.List<CompetenceArea> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CompetenceArea>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the competence areas from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of competence areas.
	 *
	 * @return the number of competence areas
	 */
	public int countAll();

}