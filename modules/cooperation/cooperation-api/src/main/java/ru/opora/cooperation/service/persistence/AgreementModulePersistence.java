/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.cooperation.exception.NoSuchAgreementModuleException;
import ru.opora.cooperation.model.AgreementModule;

/**
 * The persistence interface for the agreement module service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see AgreementModuleUtil
 * @generated
 */
@ProviderType
public interface AgreementModulePersistence
	extends BasePersistence<AgreementModule> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link AgreementModuleUtil} to access the agreement module persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the agreement modules where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @return the matching agreement modules
	 */
	public java.util.List<AgreementModule> findByAgreementId(long agreementId);

	/**
	 * Returns a range of all the agreement modules where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementModuleModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement modules
	 * @param end the upper bound of the range of agreement modules (not inclusive)
	 * @return the range of matching agreement modules
	 */
	public java.util.List<AgreementModule> findByAgreementId(
		long agreementId, int start, int end);

	/**
	 * Returns an ordered range of all the agreement modules where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementModuleModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement modules
	 * @param end the upper bound of the range of agreement modules (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching agreement modules
	 */
	public java.util.List<AgreementModule> findByAgreementId(
		long agreementId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementModule>
			orderByComparator);

	/**
	 * Returns an ordered range of all the agreement modules where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementModuleModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement modules
	 * @param end the upper bound of the range of agreement modules (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching agreement modules
	 */
	public java.util.List<AgreementModule> findByAgreementId(
		long agreementId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementModule>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first agreement module in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement module
	 * @throws NoSuchAgreementModuleException if a matching agreement module could not be found
	 */
	public AgreementModule findByAgreementId_First(
			long agreementId,
			com.liferay.portal.kernel.util.OrderByComparator<AgreementModule>
				orderByComparator)
		throws NoSuchAgreementModuleException;

	/**
	 * Returns the first agreement module in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement module, or <code>null</code> if a matching agreement module could not be found
	 */
	public AgreementModule fetchByAgreementId_First(
		long agreementId,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementModule>
			orderByComparator);

	/**
	 * Returns the last agreement module in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement module
	 * @throws NoSuchAgreementModuleException if a matching agreement module could not be found
	 */
	public AgreementModule findByAgreementId_Last(
			long agreementId,
			com.liferay.portal.kernel.util.OrderByComparator<AgreementModule>
				orderByComparator)
		throws NoSuchAgreementModuleException;

	/**
	 * Returns the last agreement module in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement module, or <code>null</code> if a matching agreement module could not be found
	 */
	public AgreementModule fetchByAgreementId_Last(
		long agreementId,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementModule>
			orderByComparator);

	/**
	 * Returns the agreement modules before and after the current agreement module in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementModuleId the primary key of the current agreement module
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next agreement module
	 * @throws NoSuchAgreementModuleException if a agreement module with the primary key could not be found
	 */
	public AgreementModule[] findByAgreementId_PrevAndNext(
			long agreementModuleId, long agreementId,
			com.liferay.portal.kernel.util.OrderByComparator<AgreementModule>
				orderByComparator)
		throws NoSuchAgreementModuleException;

	/**
	 * Removes all the agreement modules where agreementId = &#63; from the database.
	 *
	 * @param agreementId the agreement ID
	 */
	public void removeByAgreementId(long agreementId);

	/**
	 * Returns the number of agreement modules where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @return the number of matching agreement modules
	 */
	public int countByAgreementId(long agreementId);

	/**
	 * Caches the agreement module in the entity cache if it is enabled.
	 *
	 * @param agreementModule the agreement module
	 */
	public void cacheResult(AgreementModule agreementModule);

	/**
	 * Caches the agreement modules in the entity cache if it is enabled.
	 *
	 * @param agreementModules the agreement modules
	 */
	public void cacheResult(java.util.List<AgreementModule> agreementModules);

	/**
	 * Creates a new agreement module with the primary key. Does not add the agreement module to the database.
	 *
	 * @param agreementModuleId the primary key for the new agreement module
	 * @return the new agreement module
	 */
	public AgreementModule create(long agreementModuleId);

	/**
	 * Removes the agreement module with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param agreementModuleId the primary key of the agreement module
	 * @return the agreement module that was removed
	 * @throws NoSuchAgreementModuleException if a agreement module with the primary key could not be found
	 */
	public AgreementModule remove(long agreementModuleId)
		throws NoSuchAgreementModuleException;

	public AgreementModule updateImpl(AgreementModule agreementModule);

	/**
	 * Returns the agreement module with the primary key or throws a <code>NoSuchAgreementModuleException</code> if it could not be found.
	 *
	 * @param agreementModuleId the primary key of the agreement module
	 * @return the agreement module
	 * @throws NoSuchAgreementModuleException if a agreement module with the primary key could not be found
	 */
	public AgreementModule findByPrimaryKey(long agreementModuleId)
		throws NoSuchAgreementModuleException;

	/**
	 * Returns the agreement module with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param agreementModuleId the primary key of the agreement module
	 * @return the agreement module, or <code>null</code> if a agreement module with the primary key could not be found
	 */
	public AgreementModule fetchByPrimaryKey(long agreementModuleId);

	/**
	 * Returns all the agreement modules.
	 *
	 * @return the agreement modules
	 */
	public java.util.List<AgreementModule> findAll();

	/**
	 * Returns a range of all the agreement modules.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementModuleModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement modules
	 * @param end the upper bound of the range of agreement modules (not inclusive)
	 * @return the range of agreement modules
	 */
	public java.util.List<AgreementModule> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the agreement modules.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementModuleModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement modules
	 * @param end the upper bound of the range of agreement modules (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of agreement modules
	 */
	public java.util.List<AgreementModule> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementModule>
			orderByComparator);

	/**
	 * Returns an ordered range of all the agreement modules.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementModuleModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement modules
	 * @param end the upper bound of the range of agreement modules (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of agreement modules
	 */
	public java.util.List<AgreementModule> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementModule>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the agreement modules from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of agreement modules.
	 *
	 * @return the number of agreement modules
	 */
	public int countAll();

}