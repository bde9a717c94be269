/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.diagnostics.exception.NoSuchCompetenceException;
import ru.opora.diagnostics.model.Competence;

/**
 * The persistence interface for the competence service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see CompetenceUtil
 * @generated
 */
@ProviderType
public interface CompetencePersistence extends BasePersistence<Competence> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link CompetenceUtil} to access the competence persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the competences where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @return the matching competences
	 */
	public java.util.List<Competence> findByC_V(long companyId, int version);

	/**
	 * Returns a range of all the competences where companyId = &#63; and version = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param start the lower bound of the range of competences
	 * @param end the upper bound of the range of competences (not inclusive)
	 * @return the range of matching competences
	 */
	public java.util.List<Competence> findByC_V(
		long companyId, int version, int start, int end);

	/**
	 * Returns an ordered range of all the competences where companyId = &#63; and version = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param start the lower bound of the range of competences
	 * @param end the upper bound of the range of competences (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching competences
	 */
	public java.util.List<Competence> findByC_V(
		long companyId, int version, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Competence>
			orderByComparator);

	/**
	 * Returns an ordered range of all the competences where companyId = &#63; and version = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param start the lower bound of the range of competences
	 * @param end the upper bound of the range of competences (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching competences
	 */
	public java.util.List<Competence> findByC_V(
		long companyId, int version, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Competence>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first competence in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching competence
	 * @throws NoSuchCompetenceException if a matching competence could not be found
	 */
	public Competence findByC_V_First(
			long companyId, int version,
			com.liferay.portal.kernel.util.OrderByComparator<Competence>
				orderByComparator)
		throws NoSuchCompetenceException;

	/**
	 * Returns the first competence in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching competence, or <code>null</code> if a matching competence could not be found
	 */
	public Competence fetchByC_V_First(
		long companyId, int version,
		com.liferay.portal.kernel.util.OrderByComparator<Competence>
			orderByComparator);

	/**
	 * Returns the last competence in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching competence
	 * @throws NoSuchCompetenceException if a matching competence could not be found
	 */
	public Competence findByC_V_Last(
			long companyId, int version,
			com.liferay.portal.kernel.util.OrderByComparator<Competence>
				orderByComparator)
		throws NoSuchCompetenceException;

	/**
	 * Returns the last competence in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching competence, or <code>null</code> if a matching competence could not be found
	 */
	public Competence fetchByC_V_Last(
		long companyId, int version,
		com.liferay.portal.kernel.util.OrderByComparator<Competence>
			orderByComparator);

	/**
	 * Returns the competences before and after the current competence in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param competenceId the primary key of the current competence
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next competence
	 * @throws NoSuchCompetenceException if a competence with the primary key could not be found
	 */
	public Competence[] findByC_V_PrevAndNext(
			long competenceId, long companyId, int version,
			com.liferay.portal.kernel.util.OrderByComparator<Competence>
				orderByComparator)
		throws NoSuchCompetenceException;

	/**
	 * Removes all the competences where companyId = &#63; and version = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 */
	public void removeByC_V(long companyId, int version);

	/**
	 * Returns the number of competences where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @return the number of matching competences
	 */
	public int countByC_V(long companyId, int version);

	/**
	 * Returns the competence where companyId = &#63; and version = &#63; and code = &#63; or throws a <code>NoSuchCompetenceException</code> if it could not be found.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the matching competence
	 * @throws NoSuchCompetenceException if a matching competence could not be found
	 */
	public Competence findByC_V_C(long companyId, int version, String code)
		throws NoSuchCompetenceException;

	/**
	 * Returns the competence where companyId = &#63; and version = &#63; and code = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the matching competence, or <code>null</code> if a matching competence could not be found
	 */
	public Competence fetchByC_V_C(long companyId, int version, String code);

	/**
	 * Returns the competence where companyId = &#63; and version = &#63; and code = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching competence, or <code>null</code> if a matching competence could not be found
	 */
	public Competence fetchByC_V_C(
		long companyId, int version, String code, boolean useFinderCache);

	/**
	 * Removes the competence where companyId = &#63; and version = &#63; and code = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the competence that was removed
	 */
	public Competence removeByC_V_C(long companyId, int version, String code)
		throws NoSuchCompetenceException;

	/**
	 * Returns the number of competences where companyId = &#63; and version = &#63; and code = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the number of matching competences
	 */
	public int countByC_V_C(long companyId, int version, String code);

	/**
	 * Caches the competence in the entity cache if it is enabled.
	 *
	 * @param competence the competence
	 */
	public void cacheResult(Competence competence);

	/**
	 * Caches the competences in the entity cache if it is enabled.
	 *
	 * @param competences the competences
	 */
	public void cacheResult(java.util.List<Competence> competences);

	/**
	 * Creates a new competence with the primary key. Does not add the competence to the database.
	 *
	 * @param competenceId the primary key for the new competence
	 * @return the new competence
	 */
	public Competence create(long competenceId);

	/**
	 * Removes the competence with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param competenceId the primary key of the competence
	 * @return the competence that was removed
	 * @throws NoSuchCompetenceException if a competence with the primary key could not be found
	 */
	public Competence remove(long competenceId)
		throws NoSuchCompetenceException;

	public Competence updateImpl(Competence competence);

	/**
	 * Returns the competence with the primary key or throws a <code>NoSuchCompetenceException</code> if it could not be found.
	 *
	 * @param competenceId the primary key of the competence
	 * @return the competence
	 * @throws NoSuchCompetenceException if a competence with the primary key could not be found
	 */
	public Competence findByPrimaryKey(long competenceId)
		throws NoSuchCompetenceException;

	/**
	 * Returns the competence with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param competenceId the primary key of the competence
	 * @return the competence, or <code>null</code> if a competence with the primary key could not be found
	 */
	public Competence fetchByPrimaryKey(long competenceId);

	/**
	 * Returns all the competences.
	 *
	 * @return the competences
	 */
	public java.util.List<Competence> findAll();

	/**
	 * Returns a range of all the competences.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of competences
	 * @param end the upper bound of the range of competences (not inclusive)
	 * @return the range of competences
	 */
	public java.util.List<Competence> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the competences.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of competences
	 * @param end the upper bound of the range of competences (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of competences
	 */
	public java.util.List<Competence> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Competence>
			orderByComparator);

	/**
	 * Returns an ordered range of all the competences.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetenceModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of competences
	 * @param end the upper bound of the range of competences (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of competences
	 */
	public java.util.List<Competence> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Competence>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the competences from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of competences.
	 *
	 * @return the number of competences
	 */
	public int countAll();

}