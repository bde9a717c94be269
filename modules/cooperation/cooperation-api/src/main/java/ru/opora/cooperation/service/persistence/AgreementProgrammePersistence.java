/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.cooperation.exception.NoSuchAgreementProgrammeException;
import ru.opora.cooperation.model.AgreementProgramme;

/**
 * The persistence interface for the agreement programme service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see AgreementProgrammeUtil
 * @generated
 */
@ProviderType
public interface AgreementProgrammePersistence
	extends BasePersistence<AgreementProgramme> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link AgreementProgrammeUtil} to access the agreement programme persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the agreement programmes where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @return the matching agreement programmes
	 */
	public java.util.List<AgreementProgramme> findByAgreementId(
		long agreementId);

	/**
	 * Returns a range of all the agreement programmes where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementProgrammeModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement programmes
	 * @param end the upper bound of the range of agreement programmes (not inclusive)
	 * @return the range of matching agreement programmes
	 */
	public java.util.List<AgreementProgramme> findByAgreementId(
		long agreementId, int start, int end);

	/**
	 * Returns an ordered range of all the agreement programmes where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementProgrammeModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement programmes
	 * @param end the upper bound of the range of agreement programmes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching agreement programmes
	 */
	public java.util.List<AgreementProgramme> findByAgreementId(
		long agreementId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementProgramme>
			orderByComparator);

	/**
	 * Returns an ordered range of all the agreement programmes where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementProgrammeModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement programmes
	 * @param end the upper bound of the range of agreement programmes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching agreement programmes
	 */
	public java.util.List<AgreementProgramme> findByAgreementId(
		long agreementId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementProgramme>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first agreement programme in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement programme
	 * @throws NoSuchAgreementProgrammeException if a matching agreement programme could not be found
	 */
	public AgreementProgramme findByAgreementId_First(
			long agreementId,
			com.liferay.portal.kernel.util.OrderByComparator<AgreementProgramme>
				orderByComparator)
		throws NoSuchAgreementProgrammeException;

	/**
	 * Returns the first agreement programme in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement programme, or <code>null</code> if a matching agreement programme could not be found
	 */
	public AgreementProgramme fetchByAgreementId_First(
		long agreementId,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementProgramme>
			orderByComparator);

	/**
	 * Returns the last agreement programme in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement programme
	 * @throws NoSuchAgreementProgrammeException if a matching agreement programme could not be found
	 */
	public AgreementProgramme findByAgreementId_Last(
			long agreementId,
			com.liferay.portal.kernel.util.OrderByComparator<AgreementProgramme>
				orderByComparator)
		throws NoSuchAgreementProgrammeException;

	/**
	 * Returns the last agreement programme in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement programme, or <code>null</code> if a matching agreement programme could not be found
	 */
	public AgreementProgramme fetchByAgreementId_Last(
		long agreementId,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementProgramme>
			orderByComparator);

	/**
	 * Returns the agreement programmes before and after the current agreement programme in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementProgrammeId the primary key of the current agreement programme
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next agreement programme
	 * @throws NoSuchAgreementProgrammeException if a agreement programme with the primary key could not be found
	 */
	public AgreementProgramme[] findByAgreementId_PrevAndNext(
			long agreementProgrammeId, long agreementId,
			com.liferay.portal.kernel.util.OrderByComparator<AgreementProgramme>
				orderByComparator)
		throws NoSuchAgreementProgrammeException;

	/**
	 * Removes all the agreement programmes where agreementId = &#63; from the database.
	 *
	 * @param agreementId the agreement ID
	 */
	public void removeByAgreementId(long agreementId);

	/**
	 * Returns the number of agreement programmes where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @return the number of matching agreement programmes
	 */
	public int countByAgreementId(long agreementId);

	/**
	 * Caches the agreement programme in the entity cache if it is enabled.
	 *
	 * @param agreementProgramme the agreement programme
	 */
	public void cacheResult(AgreementProgramme agreementProgramme);

	/**
	 * Caches the agreement programmes in the entity cache if it is enabled.
	 *
	 * @param agreementProgrammes the agreement programmes
	 */
	public void cacheResult(
		java.util.List<AgreementProgramme> agreementProgrammes);

	/**
	 * Creates a new agreement programme with the primary key. Does not add the agreement programme to the database.
	 *
	 * @param agreementProgrammeId the primary key for the new agreement programme
	 * @return the new agreement programme
	 */
	public AgreementProgramme create(long agreementProgrammeId);

	/**
	 * Removes the agreement programme with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param agreementProgrammeId the primary key of the agreement programme
	 * @return the agreement programme that was removed
	 * @throws NoSuchAgreementProgrammeException if a agreement programme with the primary key could not be found
	 */
	public AgreementProgramme remove(long agreementProgrammeId)
		throws NoSuchAgreementProgrammeException;

	public AgreementProgramme updateImpl(AgreementProgramme agreementProgramme);

	/**
	 * Returns the agreement programme with the primary key or throws a <code>NoSuchAgreementProgrammeException</code> if it could not be found.
	 *
	 * @param agreementProgrammeId the primary key of the agreement programme
	 * @return the agreement programme
	 * @throws NoSuchAgreementProgrammeException if a agreement programme with the primary key could not be found
	 */
	public AgreementProgramme findByPrimaryKey(long agreementProgrammeId)
		throws NoSuchAgreementProgrammeException;

	/**
	 * Returns the agreement programme with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param agreementProgrammeId the primary key of the agreement programme
	 * @return the agreement programme, or <code>null</code> if a agreement programme with the primary key could not be found
	 */
	public AgreementProgramme fetchByPrimaryKey(long agreementProgrammeId);

	/**
	 * Returns all the agreement programmes.
	 *
	 * @return the agreement programmes
	 */
	public java.util.List<AgreementProgramme> findAll();

	/**
	 * Returns a range of all the agreement programmes.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementProgrammeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement programmes
	 * @param end the upper bound of the range of agreement programmes (not inclusive)
	 * @return the range of agreement programmes
	 */
	public java.util.List<AgreementProgramme> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the agreement programmes.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementProgrammeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement programmes
	 * @param end the upper bound of the range of agreement programmes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of agreement programmes
	 */
	public java.util.List<AgreementProgramme> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementProgramme>
			orderByComparator);

	/**
	 * Returns an ordered range of all the agreement programmes.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementProgrammeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement programmes
	 * @param end the upper bound of the range of agreement programmes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of agreement programmes
	 */
	public java.util.List<AgreementProgramme> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementProgramme>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the agreement programmes from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of agreement programmes.
	 *
	 * @return the number of agreement programmes
	 */
	public int countAll();

}