/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.diagnostics.exception.NoSuchItemBankException;
import ru.opora.diagnostics.model.ItemBank;

/**
 * The persistence interface for the item bank service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see ItemBankUtil
 * @generated
 */
@ProviderType
public interface ItemBankPersistence extends BasePersistence<ItemBank> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link ItemBankUtil} to access the item bank persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the item banks where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching item banks
	 */
	public java.util.List<ItemBank> findByCompanyId(long companyId);

	/**
	 * Returns a range of all the item banks where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ItemBankModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of item banks
	 * @param end the upper bound of the range of item banks (not inclusive)
	 * @return the range of matching item banks
	 */
	public java.util.List<ItemBank> findByCompanyId(
		long companyId, int start, int end);

	/**
	 * Returns an ordered range of all the item banks where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ItemBankModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of item banks
	 * @param end the upper bound of the range of item banks (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching item banks
	 */
	public java.util.List<ItemBank> findByCompanyId(
		long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ItemBank>
			orderByComparator);

	/**
	 * Returns an ordered range of all the item banks where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ItemBankModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of item banks
	 * @param end the upper bound of the range of item banks (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching item banks
	 */
	public java.util.List<ItemBank> findByCompanyId(
		long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ItemBank>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first item bank in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching item bank
	 * @throws NoSuchItemBankException if a matching item bank could not be found
	 */
	public ItemBank findByCompanyId_First(
			long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<ItemBank>
				orderByComparator)
		throws NoSuchItemBankException;

	/**
	 * Returns the first item bank in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching item bank, or <code>null</code> if a matching item bank could not be found
	 */
	public ItemBank fetchByCompanyId_First(
		long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<ItemBank>
			orderByComparator);

	/**
	 * Returns the last item bank in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching item bank
	 * @throws NoSuchItemBankException if a matching item bank could not be found
	 */
	public ItemBank findByCompanyId_Last(
			long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<ItemBank>
				orderByComparator)
		throws NoSuchItemBankException;

	/**
	 * Returns the last item bank in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching item bank, or <code>null</code> if a matching item bank could not be found
	 */
	public ItemBank fetchByCompanyId_Last(
		long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<ItemBank>
			orderByComparator);

	/**
	 * Returns the item banks before and after the current item bank in the ordered set where companyId = &#63;.
	 *
	 * @param itemBankId the primary key of the current item bank
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next item bank
	 * @throws NoSuchItemBankException if a item bank with the primary key could not be found
	 */
	public ItemBank[] findByCompanyId_PrevAndNext(
			long itemBankId, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<ItemBank>
				orderByComparator)
		throws NoSuchItemBankException;

	/**
	 * Removes all the item banks where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	public void removeByCompanyId(long companyId);

	/**
	 * Returns the number of item banks where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching item banks
	 */
	public int countByCompanyId(long companyId);

	/**
	 * Returns the item bank where companyId = &#63; and version = &#63; or throws a <code>NoSuchItemBankException</code> if it could not be found.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @return the matching item bank
	 * @throws NoSuchItemBankException if a matching item bank could not be found
	 */
	public ItemBank findByC_V(long companyId, int version)
		throws NoSuchItemBankException;

	/**
	 * Returns the item bank where companyId = &#63; and version = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @return the matching item bank, or <code>null</code> if a matching item bank could not be found
	 */
	public ItemBank fetchByC_V(long companyId, int version);

	/**
	 * Returns the item bank where companyId = &#63; and version = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching item bank, or <code>null</code> if a matching item bank could not be found
	 */
	public ItemBank fetchByC_V(
		long companyId, int version, boolean useFinderCache);

	/**
	 * Removes the item bank where companyId = &#63; and version = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @return the item bank that was removed
	 */
	public ItemBank removeByC_V(long companyId, int version)
		throws NoSuchItemBankException;

	/**
	 * Returns the number of item banks where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @return the number of matching item banks
	 */
	public int countByC_V(long companyId, int version);

	/**
	 * Caches the item bank in the entity cache if it is enabled.
	 *
	 * @param itemBank the item bank
	 */
	public void cacheResult(ItemBank itemBank);

	/**
	 * Caches the item banks in the entity cache if it is enabled.
	 *
	 * @param itemBanks the item banks
	 */
	public void cacheResult(java.util.List<ItemBank> itemBanks);

	/**
	 * Creates a new item bank with the primary key. Does not add the item bank to the database.
	 *
	 * @param itemBankId the primary key for the new item bank
	 * @return the new item bank
	 */
	public ItemBank create(long itemBankId);

	/**
	 * Removes the item bank with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param itemBankId the primary key of the item bank
	 * @return the item bank that was removed
	 * @throws NoSuchItemBankException if a item bank with the primary key could not be found
	 */
	public ItemBank remove(long itemBankId) throws NoSuchItemBankException;

	public ItemBank updateImpl(ItemBank itemBank);

	/**
	 * Returns the item bank with the primary key or throws a <code>NoSuchItemBankException</code> if it could not be found.
	 *
	 * @param itemBankId the primary key of the item bank
	 * @return the item bank
	 * @throws NoSuchItemBankException if a item bank with the primary key could not be found
	 */
	public ItemBank findByPrimaryKey(long itemBankId)
		throws NoSuchItemBankException;

	/**
	 * Returns the item bank with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param itemBankId the primary key of the item bank
	 * @return the item bank, or <code>null</code> if a item bank with the primary key could not be found
	 */
	public ItemBank fetchByPrimaryKey(long itemBankId);

	/**
	 * Returns all the item banks.
	 *
	 * @return the item banks
	 */
	public java.util.List<ItemBank> findAll();

	/**
	 * Returns a range of all the item banks.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ItemBankModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of item banks
	 * @param end the upper bound of the range of item banks (not inclusive)
	 * @return the range of item banks
	 */
	public java.util.List<ItemBank> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the item banks.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ItemBankModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of item banks
	 * @param end the upper bound of the range of item banks (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of item banks
	 */
	public java.util.List<ItemBank> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ItemBank>
			orderByComparator);

	/**
	 * Returns an ordered range of all the item banks.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ItemBankModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of item banks
	 * @param end the upper bound of the range of item banks (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of item banks
	 */
	public java.util.List<ItemBank> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ItemBank>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the item banks from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of item banks.
	 *
	 * @return the number of item banks
	 */
	public int countAll();

}