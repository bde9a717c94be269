/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.cooperation.exception.NoSuchAgreementResourceException;
import ru.opora.cooperation.model.AgreementResource;

/**
 * The persistence interface for the agreement resource service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see AgreementResourceUtil
 * @generated
 */
@ProviderType
public interface AgreementResourcePersistence
	extends BasePersistence<AgreementResource> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link AgreementResourceUtil} to access the agreement resource persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the agreement resources where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @return the matching agreement resources
	 */
	public java.util.List<AgreementResource> findByAgreementId(
		long agreementId);

	/**
	 * Returns a range of all the agreement resources where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementResourceModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement resources
	 * @param end the upper bound of the range of agreement resources (not inclusive)
	 * @return the range of matching agreement resources
	 */
	public java.util.List<AgreementResource> findByAgreementId(
		long agreementId, int start, int end);

	/**
	 * Returns an ordered range of all the agreement resources where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementResourceModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement resources
	 * @param end the upper bound of the range of agreement resources (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching agreement resources
	 */
	public java.util.List<AgreementResource> findByAgreementId(
		long agreementId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementResource>
			orderByComparator);

	/**
	 * Returns an ordered range of all the agreement resources where agreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementResourceModelImpl</code>.
	 * </p>
	 *
	 * @param agreementId the agreement ID
	 * @param start the lower bound of the range of agreement resources
	 * @param end the upper bound of the range of agreement resources (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching agreement resources
	 */
	public java.util.List<AgreementResource> findByAgreementId(
		long agreementId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementResource>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first agreement resource in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement resource
	 * @throws NoSuchAgreementResourceException if a matching agreement resource could not be found
	 */
	public AgreementResource findByAgreementId_First(
			long agreementId,
			com.liferay.portal.kernel.util.OrderByComparator<AgreementResource>
				orderByComparator)
		throws NoSuchAgreementResourceException;

	/**
	 * Returns the first agreement resource in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching agreement resource, or <code>null</code> if a matching agreement resource could not be found
	 */
	public AgreementResource fetchByAgreementId_First(
		long agreementId,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementResource>
			orderByComparator);

	/**
	 * Returns the last agreement resource in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement resource
	 * @throws NoSuchAgreementResourceException if a matching agreement resource could not be found
	 */
	public AgreementResource findByAgreementId_Last(
			long agreementId,
			com.liferay.portal.kernel.util.OrderByComparator<AgreementResource>
				orderByComparator)
		throws NoSuchAgreementResourceException;

	/**
	 * Returns the last agreement resource in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching agreement resource, or <code>null</code> if a matching agreement resource could not be found
	 */
	public AgreementResource fetchByAgreementId_Last(
		long agreementId,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementResource>
			orderByComparator);

	/**
	 * Returns the agreement resources before and after the current agreement resource in the ordered set where agreementId = &#63;.
	 *
	 * @param agreementResourceId the primary key of the current agreement resource
	 * @param agreementId the agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next agreement resource
	 * @throws NoSuchAgreementResourceException if a agreement resource with the primary key could not be found
	 */
	public AgreementResource[] findByAgreementId_PrevAndNext(
			long agreementResourceId, long agreementId,
			com.liferay.portal.kernel.util.OrderByComparator<AgreementResource>
				orderByComparator)
		throws NoSuchAgreementResourceException;

	/**
	 * Removes all the agreement resources where agreementId = &#63; from the database.
	 *
	 * @param agreementId the agreement ID
	 */
	public void removeByAgreementId(long agreementId);

	/**
	 * Returns the number of agreement resources where agreementId = &#63;.
	 *
	 * @param agreementId the agreement ID
	 * @return the number of matching agreement resources
	 */
	public int countByAgreementId(long agreementId);

	/**
	 * Caches the agreement resource in the entity cache if it is enabled.
	 *
	 * @param agreementResource the agreement resource
	 */
	public void cacheResult(AgreementResource agreementResource);

	/**
	 * Caches the agreement resources in the entity cache if it is enabled.
	 *
	 * @param agreementResources the agreement resources
	 */
	public void cacheResult(
		java.util.List<AgreementResource> agreementResources);

	/**
	 * Creates a new agreement resource with the primary key. Does not add the agreement resource to the database.
	 *
	 * @param agreementResourceId the primary key for the new agreement resource
	 * @return the new agreement resource
	 */
	public AgreementResource create(long agreementResourceId);

	/**
	 * Removes the agreement resource with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param agreementResourceId the primary key of the agreement resource
	 * @return the agreement resource that was removed
	 * @throws NoSuchAgreementResourceException if a agreement resource with the primary key could not be found
	 */
	public AgreementResource remove(long agreementResourceId)
		throws NoSuchAgreementResourceException;

	public AgreementResource updateImpl(AgreementResource agreementResource);

	/**
	 * Returns the agreement resource with the primary key or throws a <code>NoSuchAgreementResourceException</code> if it could not be found.
	 *
	 * @param agreementResourceId the primary key of the agreement resource
	 * @return the agreement resource
	 * @throws NoSuchAgreementResourceException if a agreement resource with the primary key could not be found
	 */
	public AgreementResource findByPrimaryKey(long agreementResourceId)
		throws NoSuchAgreementResourceException;

	/**
	 * Returns the agreement resource with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param agreementResourceId the primary key of the agreement resource
	 * @return the agreement resource, or <code>null</code> if a agreement resource with the primary key could not be found
	 */
	public AgreementResource fetchByPrimaryKey(long agreementResourceId);

	/**
	 * Returns all the agreement resources.
	 *
	 * @return the agreement resources
	 */
	public java.util.List<AgreementResource> findAll();

	/**
	 * Returns a range of all the agreement resources.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementResourceModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement resources
	 * @param end the upper bound of the range of agreement resources (not inclusive)
	 * @return the range of agreement resources
	 */
	public java.util.List<AgreementResource> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the agreement resources.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementResourceModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement resources
	 * @param end the upper bound of the range of agreement resources (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of agreement resources
	 */
	public java.util.List<AgreementResource> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementResource>
			orderByComparator);

	/**
	 * Returns an ordered range of all the agreement resources.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AgreementResourceModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement resources
	 * @param end the upper bound of the range of agreement resources (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of agreement resources
	 */
	public java.util.List<AgreementResource> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AgreementResource>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the agreement resources from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of agreement resources.
	 *
	 * @return the number of agreement resources
	 */
	public int countAll();

}