/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.diagnostics.exception.NoSuchConsentException;
import ru.opora.diagnostics.model.Consent;

/**
 * The persistence interface for the consent service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see ConsentUtil
 * @generated
 */
@ProviderType
public interface ConsentPersistence extends BasePersistence<Consent> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link ConsentUtil} to access the consent persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the consents where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @return the matching consents
	 */
	public java.util.List<Consent> findByC_U(long companyId, long userId);

	/**
	 * Returns a range of all the consents where companyId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ConsentModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of consents
	 * @param end the upper bound of the range of consents (not inclusive)
	 * @return the range of matching consents
	 */
	public java.util.List<Consent> findByC_U(
		long companyId, long userId, int start, int end);

	/**
	 * Returns an ordered range of all the consents where companyId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ConsentModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of consents
	 * @param end the upper bound of the range of consents (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching consents
	 */
	public java.util.List<Consent> findByC_U(
		long companyId, long userId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Consent>
			orderByComparator);

	/**
	 * Returns an ordered range of all the consents where companyId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ConsentModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of consents
	 * @param end the upper bound of the range of consents (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching consents
	 */
	public java.util.List<Consent> findByC_U(
		long companyId, long userId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Consent>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first consent in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching consent
	 * @throws NoSuchConsentException if a matching consent could not be found
	 */
	public Consent findByC_U_First(
			long companyId, long userId,
			com.liferay.portal.kernel.util.OrderByComparator<Consent>
				orderByComparator)
		throws NoSuchConsentException;

	/**
	 * Returns the first consent in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching consent, or <code>null</code> if a matching consent could not be found
	 */
	public Consent fetchByC_U_First(
		long companyId, long userId,
		com.liferay.portal.kernel.util.OrderByComparator<Consent>
			orderByComparator);

	/**
	 * Returns the last consent in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching consent
	 * @throws NoSuchConsentException if a matching consent could not be found
	 */
	public Consent findByC_U_Last(
			long companyId, long userId,
			com.liferay.portal.kernel.util.OrderByComparator<Consent>
				orderByComparator)
		throws NoSuchConsentException;

	/**
	 * Returns the last consent in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching consent, or <code>null</code> if a matching consent could not be found
	 */
	public Consent fetchByC_U_Last(
		long companyId, long userId,
		com.liferay.portal.kernel.util.OrderByComparator<Consent>
			orderByComparator);

	/**
	 * Returns the consents before and after the current consent in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param consentId the primary key of the current consent
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next consent
	 * @throws NoSuchConsentException if a consent with the primary key could not be found
	 */
	public Consent[] findByC_U_PrevAndNext(
			long consentId, long companyId, long userId,
			com.liferay.portal.kernel.util.OrderByComparator<Consent>
				orderByComparator)
		throws NoSuchConsentException;

	/**
	 * Removes all the consents where companyId = &#63; and userId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 */
	public void removeByC_U(long companyId, long userId);

	/**
	 * Returns the number of consents where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @return the number of matching consents
	 */
	public int countByC_U(long companyId, long userId);

	/**
	 * Caches the consent in the entity cache if it is enabled.
	 *
	 * @param consent the consent
	 */
	public void cacheResult(Consent consent);

	/**
	 * Caches the consents in the entity cache if it is enabled.
	 *
	 * @param consents the consents
	 */
	public void cacheResult(java.util.List<Consent> consents);

	/**
	 * Creates a new consent with the primary key. Does not add the consent to the database.
	 *
	 * @param consentId the primary key for the new consent
	 * @return the new consent
	 */
	public Consent create(long consentId);

	/**
	 * Removes the consent with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param consentId the primary key of the consent
	 * @return the consent that was removed
	 * @throws NoSuchConsentException if a consent with the primary key could not be found
	 */
	public Consent remove(long consentId) throws NoSuchConsentException;

	public Consent updateImpl(Consent consent);

	/**
	 * Returns the consent with the primary key or throws a <code>NoSuchConsentException</code> if it could not be found.
	 *
	 * @param consentId the primary key of the consent
	 * @return the consent
	 * @throws NoSuchConsentException if a consent with the primary key could not be found
	 */
	public Consent findByPrimaryKey(long consentId)
		throws NoSuchConsentException;

	/**
	 * Returns the consent with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param consentId the primary key of the consent
	 * @return the consent, or <code>null</code> if a consent with the primary key could not be found
	 */
	public Consent fetchByPrimaryKey(long consentId);

	/**
	 * Returns all the consents.
	 *
	 * @return the consents
	 */
	public java.util.List<Consent> findAll();

	/**
	 * Returns a range of all the consents.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ConsentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of consents
	 * @param end the upper bound of the range of consents (not inclusive)
	 * @return the range of consents
	 */
	public java.util.List<Consent> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the consents.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ConsentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of consents
	 * @param end the upper bound of the range of consents (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of consents
	 */
	public java.util.List<Consent> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Consent>
			orderByComparator);

	/**
	 * Returns an ordered range of all the consents.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ConsentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of consents
	 * @param end the upper bound of the range of consents (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of consents
	 */
	public java.util.List<Consent> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Consent>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the consents from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of consents.
	 *
	 * @return the number of consents
	 */
	public int countAll();

}