/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.diagnostics.exception.NoSuchDiagnosticItemException;
import ru.opora.diagnostics.model.DiagnosticItem;

/**
 * The persistence interface for the diagnostic item service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see DiagnosticItemUtil
 * @generated
 */
@ProviderType
public interface DiagnosticItemPersistence
	extends BasePersistence<DiagnosticItem> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link DiagnosticItemUtil} to access the diagnostic item persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the diagnostic items where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @return the matching diagnostic items
	 */
	public java.util.List<DiagnosticItem> findByC_V(
		long companyId, int version);

	/**
	 * Returns a range of all the diagnostic items where companyId = &#63; and version = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticItemModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param start the lower bound of the range of diagnostic items
	 * @param end the upper bound of the range of diagnostic items (not inclusive)
	 * @return the range of matching diagnostic items
	 */
	public java.util.List<DiagnosticItem> findByC_V(
		long companyId, int version, int start, int end);

	/**
	 * Returns an ordered range of all the diagnostic items where companyId = &#63; and version = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticItemModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param start the lower bound of the range of diagnostic items
	 * @param end the upper bound of the range of diagnostic items (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching diagnostic items
	 */
	public java.util.List<DiagnosticItem> findByC_V(
		long companyId, int version, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<DiagnosticItem>
			orderByComparator);

	/**
	 * Returns an ordered range of all the diagnostic items where companyId = &#63; and version = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticItemModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param start the lower bound of the range of diagnostic items
	 * @param end the upper bound of the range of diagnostic items (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching diagnostic items
	 */
	public java.util.List<DiagnosticItem> findByC_V(
		long companyId, int version, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<DiagnosticItem>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first diagnostic item in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching diagnostic item
	 * @throws NoSuchDiagnosticItemException if a matching diagnostic item could not be found
	 */
	public DiagnosticItem findByC_V_First(
			long companyId, int version,
			com.liferay.portal.kernel.util.OrderByComparator<DiagnosticItem>
				orderByComparator)
		throws NoSuchDiagnosticItemException;

	/**
	 * Returns the first diagnostic item in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching diagnostic item, or <code>null</code> if a matching diagnostic item could not be found
	 */
	public DiagnosticItem fetchByC_V_First(
		long companyId, int version,
		com.liferay.portal.kernel.util.OrderByComparator<DiagnosticItem>
			orderByComparator);

	/**
	 * Returns the last diagnostic item in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching diagnostic item
	 * @throws NoSuchDiagnosticItemException if a matching diagnostic item could not be found
	 */
	public DiagnosticItem findByC_V_Last(
			long companyId, int version,
			com.liferay.portal.kernel.util.OrderByComparator<DiagnosticItem>
				orderByComparator)
		throws NoSuchDiagnosticItemException;

	/**
	 * Returns the last diagnostic item in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching diagnostic item, or <code>null</code> if a matching diagnostic item could not be found
	 */
	public DiagnosticItem fetchByC_V_Last(
		long companyId, int version,
		com.liferay.portal.kernel.util.OrderByComparator<DiagnosticItem>
			orderByComparator);

	/**
	 * Returns the diagnostic items before and after the current diagnostic item in the ordered set where companyId = &#63; and version = &#63;.
	 *
	 * @param diagnosticItemId the primary key of the current diagnostic item
	 * @param companyId the company ID
	 * @param version the version
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next diagnostic item
	 * @throws NoSuchDiagnosticItemException if a diagnostic item with the primary key could not be found
	 */
	public DiagnosticItem[] findByC_V_PrevAndNext(
			long diagnosticItemId, long companyId, int version,
			com.liferay.portal.kernel.util.OrderByComparator<DiagnosticItem>
				orderByComparator)
		throws NoSuchDiagnosticItemException;

	/**
	 * Removes all the diagnostic items where companyId = &#63; and version = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 */
	public void removeByC_V(long companyId, int version);

	/**
	 * Returns the number of diagnostic items where companyId = &#63; and version = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @return the number of matching diagnostic items
	 */
	public int countByC_V(long companyId, int version);

	/**
	 * Returns the diagnostic item where companyId = &#63; and version = &#63; and code = &#63; or throws a <code>NoSuchDiagnosticItemException</code> if it could not be found.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the matching diagnostic item
	 * @throws NoSuchDiagnosticItemException if a matching diagnostic item could not be found
	 */
	public DiagnosticItem findByC_V_C(long companyId, int version, String code)
		throws NoSuchDiagnosticItemException;

	/**
	 * Returns the diagnostic item where companyId = &#63; and version = &#63; and code = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the matching diagnostic item, or <code>null</code> if a matching diagnostic item could not be found
	 */
	public DiagnosticItem fetchByC_V_C(
		long companyId, int version, String code);

	/**
	 * Returns the diagnostic item where companyId = &#63; and version = &#63; and code = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching diagnostic item, or <code>null</code> if a matching diagnostic item could not be found
	 */
	public DiagnosticItem fetchByC_V_C(
		long companyId, int version, String code, boolean useFinderCache);

	/**
	 * Removes the diagnostic item where companyId = &#63; and version = &#63; and code = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the diagnostic item that was removed
	 */
	public DiagnosticItem removeByC_V_C(
			long companyId, int version, String code)
		throws NoSuchDiagnosticItemException;

	/**
	 * Returns the number of diagnostic items where companyId = &#63; and version = &#63; and code = &#63;.
	 *
	 * @param companyId the company ID
	 * @param version the version
	 * @param code the code
	 * @return the number of matching diagnostic items
	 */
	public int countByC_V_C(long companyId, int version, String code);

	/**
	 * Caches the diagnostic item in the entity cache if it is enabled.
	 *
	 * @param diagnosticItem the diagnostic item
	 */
	public void cacheResult(DiagnosticItem diagnosticItem);

	/**
	 * Caches the diagnostic items in the entity cache if it is enabled.
	 *
	 * @param diagnosticItems the diagnostic items
	 */
	public void cacheResult(java.util.List<DiagnosticItem> diagnosticItems);

	/**
	 * Creates a new diagnostic item with the primary key. Does not add the diagnostic item to the database.
	 *
	 * @param diagnosticItemId the primary key for the new diagnostic item
	 * @return the new diagnostic item
	 */
	public DiagnosticItem create(long diagnosticItemId);

	/**
	 * Removes the diagnostic item with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param diagnosticItemId the primary key of the diagnostic item
	 * @return the diagnostic item that was removed
	 * @throws NoSuchDiagnosticItemException if a diagnostic item with the primary key could not be found
	 */
	public DiagnosticItem remove(long diagnosticItemId)
		throws NoSuchDiagnosticItemException;

	public DiagnosticItem updateImpl(DiagnosticItem diagnosticItem);

	/**
	 * Returns the diagnostic item with the primary key or throws a <code>NoSuchDiagnosticItemException</code> if it could not be found.
	 *
	 * @param diagnosticItemId the primary key of the diagnostic item
	 * @return the diagnostic item
	 * @throws NoSuchDiagnosticItemException if a diagnostic item with the primary key could not be found
	 */
	public DiagnosticItem findByPrimaryKey(long diagnosticItemId)
		throws NoSuchDiagnosticItemException;

	/**
	 * Returns the diagnostic item with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param diagnosticItemId the primary key of the diagnostic item
	 * @return the diagnostic item, or <code>null</code> if a diagnostic item with the primary key could not be found
	 */
	public DiagnosticItem fetchByPrimaryKey(long diagnosticItemId);

	/**
	 * Returns all the diagnostic items.
	 *
	 * @return the diagnostic items
	 */
	public java.util.List<DiagnosticItem> findAll();

	/**
	 * Returns a range of all the diagnostic items.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticItemModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of diagnostic items
	 * @param end the upper bound of the range of diagnostic items (not inclusive)
	 * @return the range of diagnostic items
	 */
	public java.util.List<DiagnosticItem> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the diagnostic items.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticItemModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of diagnostic items
	 * @param end the upper bound of the range of diagnostic items (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of diagnostic items
	 */
	public java.util.List<DiagnosticItem> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<DiagnosticItem>
			orderByComparator);

	/**
	 * Returns an ordered range of all the diagnostic items.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DiagnosticItemModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of diagnostic items
	 * @param end the upper bound of the range of diagnostic items (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of diagnostic items
	 */
	public java.util.List<DiagnosticItem> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<DiagnosticItem>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the diagnostic items from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of diagnostic items.
	 *
	 * @return the number of diagnostic items
	 */
	public int countAll();

}