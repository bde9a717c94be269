/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.cooperation.exception.NoSuchAgreementPartyException;
import ru.opora.cooperation.model.AgreementParty;

/**
 * The persistence interface for the agreement party service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see AgreementPartyUtil
 * @generated
 */
@ProviderType
public interface AgreementPartyPersistence
	extends BasePersistence<AgreementParty> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link AgreementPartyUtil} to access the agreement party persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the agreement parties where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @return the matching agreement parties
	 */
	public java.util.List<AgreementParty> findByAgreementId(long agreementId);

	/**
	 * Returns a range of all the agreement parties where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @return the range of matching agreement parties
	 */
	public java.util.List<AgreementParty> findByAgreementId(
		long agreementId, int start, int end);

	/**
	 * Returns an ordered range of all the agreement parties where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching agreement parties
	 */
	public java.util.List<AgreementParty> findByAgreementId(
		long agreementId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementParty>
			orderByComparator);

	/**
	 * Returns an ordered range of all the agreement parties where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching agreement parties
	 */
	public java.util.List<AgreementParty> findByAgreementId(
		long agreementId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementParty>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first agreement party in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement party
	 * @throws NoSuchAgreementPartyException if a matching agreement party could not be found
	 */
	public AgreementParty findByAgreementId_First(
			long agreementId,
			com.liferay.portal.kernel.util.OrderByComparator<AgreementParty>
				orderByComparator)
		throws NoSuchAgreementPartyException;

	/**
	 * Returns the first agreement party in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement party, or <code>null</code> if a matching agreement party could not be found
	 */
	public AgreementParty fetchByAgreementId_First(
		long agreementId,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementParty>
			orderByComparator);

	/**
	 * Returns the last agreement party in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement party
	 * @throws NoSuchAgreementPartyException if a matching agreement party could not be found
	 */
	public AgreementParty findByAgreementId_Last(
			long agreementId,
			com.liferay.portal.kernel.util.OrderByComparator<AgreementParty>
				orderByComparator)
		throws NoSuchAgreementPartyException;

	/**
	 * Returns the last agreement party in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement party, or <code>null</code> if a matching agreement party could not be found
	 */
	public AgreementParty fetchByAgreementId_Last(
		long agreementId,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementParty>
			orderByComparator);

	/**
	 * Returns the agreement parties before and after the current agreement party in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementPartyId the primary key of the current agreement party
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next agreement party
	 * @throws NoSuchAgreementPartyException if a agreement party with the primary key could not be found
	 */
	public AgreementParty[] findByAgreementId_PrevAndNext(
			long agreementPartyId, long agreementId,
			com.liferay.portal.kernel.util.OrderByComparator<AgreementParty>
				orderByComparator)
		throws NoSuchAgreementPartyException;

	/**
	 * Removes all the agreement parties where agreementId = &#63; from the database.
	 *
	 * @param agreementId the agreement ID
	 */
	public void removeByAgreementId(long agreementId);

	/**
	 * Returns the number of agreement parties where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @return the number of matching agreement parties
	 */
	public int countByAgreementId(long agreementId);

	/**
	 * Returns all the agreement parties where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the matching agreement parties
	 */
	public java.util.List<AgreementParty> findBySchoolId(long schoolId);

	/**
	 * Returns a range of all the agreement parties where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @return the range of matching agreement parties
	 */
	public java.util.List<AgreementParty> findBySchoolId(
		long schoolId, int start, int end);

	/**
	 * Returns an ordered range of all the agreement parties where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching agreement parties
	 */
	public java.util.List<AgreementParty> findBySchoolId(
		long schoolId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementParty>
			orderByComparator);

	/**
	 * Returns an ordered range of all the agreement parties where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching agreement parties
	 */
	public java.util.List<AgreementParty> findBySchoolId(
		long schoolId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementParty>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first agreement party in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement party
	 * @throws NoSuchAgreementPartyException if a matching agreement party could not be found
	 */
	public AgreementParty findBySchoolId_First(
			long schoolId,
			com.liferay.portal.kernel.util.OrderByComparator<AgreementParty>
				orderByComparator)
		throws NoSuchAgreementPartyException;

	/**
	 * Returns the first agreement party in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement party, or <code>null</code> if a matching agreement party could not be found
	 */
	public AgreementParty fetchBySchoolId_First(
		long schoolId,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementParty>
			orderByComparator);

	/**
	 * Returns the last agreement party in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement party
	 * @throws NoSuchAgreementPartyException if a matching agreement party could not be found
	 */
	public AgreementParty findBySchoolId_Last(
			long schoolId,
			com.liferay.portal.kernel.util.OrderByComparator<AgreementParty>
				orderByComparator)
		throws NoSuchAgreementPartyException;

	/**
	 * Returns the last agreement party in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement party, or <code>null</code> if a matching agreement party could not be found
	 */
	public AgreementParty fetchBySchoolId_Last(
		long schoolId,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementParty>
			orderByComparator);

	/**
	 * Returns the agreement parties before and after the current agreement party in the ordered set where schoolId = &#63;.
	 *
	 * @param agreementPartyId the primary key of the current agreement party
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next agreement party
	 * @throws NoSuchAgreementPartyException if a agreement party with the primary key could not be found
	 */
	public AgreementParty[] findBySchoolId_PrevAndNext(
			long agreementPartyId, long schoolId,
			com.liferay.portal.kernel.util.OrderByComparator<AgreementParty>
				orderByComparator)
		throws NoSuchAgreementPartyException;

	/**
	 * Removes all the agreement parties where schoolId = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 */
	public void removeBySchoolId(long schoolId);

	/**
	 * Returns the number of agreement parties where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the number of matching agreement parties
	 */
	public int countBySchoolId(long schoolId);

	/**
	 * Returns all the agreement parties where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @return the matching agreement parties
	 */
	public java.util.List<AgreementParty> findByOrganizationId(
		long organizationId);

	/**
	 * Returns a range of all the agreement parties where organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @return the range of matching agreement parties
	 */
	public java.util.List<AgreementParty> findByOrganizationId(
		long organizationId, int start, int end);

	/**
	 * Returns an ordered range of all the agreement parties where organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching agreement parties
	 */
	public java.util.List<AgreementParty> findByOrganizationId(
		long organizationId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementParty>
			orderByComparator);

	/**
	 * Returns an ordered range of all the agreement parties where organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching agreement parties
	 */
	public java.util.List<AgreementParty> findByOrganizationId(
		long organizationId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementParty>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first agreement party in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement party
	 * @throws NoSuchAgreementPartyException if a matching agreement party could not be found
	 */
	public AgreementParty findByOrganizationId_First(
			long organizationId,
			com.liferay.portal.kernel.util.OrderByComparator<AgreementParty>
				orderByComparator)
		throws NoSuchAgreementPartyException;

	/**
	 * Returns the first agreement party in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement party, or <code>null</code> if a matching agreement party could not be found
	 */
	public AgreementParty fetchByOrganizationId_First(
		long organizationId,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementParty>
			orderByComparator);

	/**
	 * Returns the last agreement party in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement party
	 * @throws NoSuchAgreementPartyException if a matching agreement party could not be found
	 */
	public AgreementParty findByOrganizationId_Last(
			long organizationId,
			com.liferay.portal.kernel.util.OrderByComparator<AgreementParty>
				orderByComparator)
		throws NoSuchAgreementPartyException;

	/**
	 * Returns the last agreement party in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement party, or <code>null</code> if a matching agreement party could not be found
	 */
	public AgreementParty fetchByOrganizationId_Last(
		long organizationId,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementParty>
			orderByComparator);

	/**
	 * Returns the agreement parties before and after the current agreement party in the ordered set where organizationId = &#63;.
	 *
	 * @param agreementPartyId the primary key of the current agreement party
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next agreement party
	 * @throws NoSuchAgreementPartyException if a agreement party with the primary key could not be found
	 */
	public AgreementParty[] findByOrganizationId_PrevAndNext(
			long agreementPartyId, long organizationId,
			com.liferay.portal.kernel.util.OrderByComparator<AgreementParty>
				orderByComparator)
		throws NoSuchAgreementPartyException;

	/**
	 * Removes all the agreement parties where organizationId = &#63; from the database.
	 *
	 * @param organizationId the organization ID
	 */
	public void removeByOrganizationId(long organizationId);

	/**
	 * Returns the number of agreement parties where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @return the number of matching agreement parties
	 */
	public int countByOrganizationId(long organizationId);

	/**
	 * Caches the agreement party in the entity cache if it is enabled.
	 *
	 * @param agreementParty the agreement party
	 */
	public void cacheResult(AgreementParty agreementParty);

	/**
	 * Caches the agreement parties in the entity cache if it is enabled.
	 *
	 * @param agreementParties the agreement parties
	 */
	public void cacheResult(java.util.List<AgreementParty> agreementParties);

	/**
	 * Creates a new agreement party with the primary key. Does not add the agreement party to the database.
	 *
	 * @param agreementPartyId the primary key for the new agreement party
	 * @return the new agreement party
	 */
	public AgreementParty create(long agreementPartyId);

	/**
	 * Removes the agreement party with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param agreementPartyId the primary key of the agreement party
	 * @return the agreement party that was removed
	 * @throws NoSuchAgreementPartyException if a agreement party with the primary key could not be found
	 */
	public AgreementParty remove(long agreementPartyId)
		throws NoSuchAgreementPartyException;

	public AgreementParty updateImpl(AgreementParty agreementParty);

	/**
	 * Returns the agreement party with the primary key or throws a <code>NoSuchAgreementPartyException</code> if it could not be found.
	 *
	 * @param agreementPartyId the primary key of the agreement party
	 * @return the agreement party
	 * @throws NoSuchAgreementPartyException if a agreement party with the primary key could not be found
	 */
	public AgreementParty findByPrimaryKey(long agreementPartyId)
		throws NoSuchAgreementPartyException;

	/**
	 * Returns the agreement party with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param agreementPartyId the primary key of the agreement party
	 * @return the agreement party, or <code>null</code> if a agreement party with the primary key could not be found
	 */
	public AgreementParty fetchByPrimaryKey(long agreementPartyId);

	/**
	 * Returns all the agreement parties.
	 *
	 * @return the agreement parties
	 */
	public java.util.List<AgreementParty> findAll();

	/**
	 * Returns a range of all the agreement parties.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @return the range of agreement parties
	 */
	public java.util.List<AgreementParty> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the agreement parties.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of agreement parties
	 */
	public java.util.List<AgreementParty> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementParty>
			orderByComparator);

	/**
	 * Returns an ordered range of all the agreement parties.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of agreement parties
	 */
	public java.util.List<AgreementParty> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementParty>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the agreement parties from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of agreement parties.
	 *
	 * @return the number of agreement parties
	 */
	public int countAll();

}