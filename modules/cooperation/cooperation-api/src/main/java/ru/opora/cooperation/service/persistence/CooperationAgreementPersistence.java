/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.cooperation.exception.NoSuchCooperationAgreementException;
import ru.opora.cooperation.model.CooperationAgreement;

/**
 * The persistence interface for the cooperation agreement service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see CooperationAgreementUtil
 * @generated
 */
@ProviderType
public interface CooperationAgreementPersistence
	extends BasePersistence<CooperationAgreement> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link CooperationAgreementUtil} to access the cooperation agreement persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the cooperation agreements where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching cooperation agreements
	 */
	public java.util.List<CooperationAgreement> findByGroupId(long groupId);

	/**
	 * Returns a range of all the cooperation agreements where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @return the range of matching cooperation agreements
	 */
	public java.util.List<CooperationAgreement> findByGroupId(
		long groupId, int start, int end);

	/**
	 * Returns an ordered range of all the cooperation agreements where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching cooperation agreements
	 */
	public java.util.List<CooperationAgreement> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CooperationAgreement>
			orderByComparator);

	/**
	 * Returns an ordered range of all the cooperation agreements where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching cooperation agreements
	 */
	public java.util.List<CooperationAgreement> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CooperationAgreement>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first cooperation agreement in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a matching cooperation agreement could not be found
	 */
	public CooperationAgreement findByGroupId_First(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator
				<CooperationAgreement> orderByComparator)
		throws NoSuchCooperationAgreementException;

	/**
	 * Returns the first cooperation agreement in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching cooperation agreement, or <code>null</code> if a matching cooperation agreement could not be found
	 */
	public CooperationAgreement fetchByGroupId_First(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<CooperationAgreement>
			orderByComparator);

	/**
	 * Returns the last cooperation agreement in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a matching cooperation agreement could not be found
	 */
	public CooperationAgreement findByGroupId_Last(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator
				<CooperationAgreement> orderByComparator)
		throws NoSuchCooperationAgreementException;

	/**
	 * Returns the last cooperation agreement in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching cooperation agreement, or <code>null</code> if a matching cooperation agreement could not be found
	 */
	public CooperationAgreement fetchByGroupId_Last(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<CooperationAgreement>
			orderByComparator);

	/**
	 * Returns the cooperation agreements before and after the current cooperation agreement in the ordered set where groupId = &#63;.
	 *
	 * @param agreementId the primary key of the current cooperation agreement
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a cooperation agreement with the primary key could not be found
	 */
	public CooperationAgreement[] findByGroupId_PrevAndNext(
			long agreementId, long groupId,
			com.liferay.portal.kernel.util.OrderByComparator
				<CooperationAgreement> orderByComparator)
		throws NoSuchCooperationAgreementException;

	/**
	 * Returns all the cooperation agreements that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching cooperation agreements that the user has permission to view
	 */
	public java.util.List<CooperationAgreement> filterFindByGroupId(
		long groupId);

	/**
	 * Returns a range of all the cooperation agreements that the user has permission to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @return the range of matching cooperation agreements that the user has permission to view
	 */
	public java.util.List<CooperationAgreement> filterFindByGroupId(
		long groupId, int start, int end);

	/**
	 * Returns an ordered range of all the cooperation agreements that the user has permissions to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching cooperation agreements that the user has permission to view
	 */
	public java.util.List<CooperationAgreement> filterFindByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CooperationAgreement>
			orderByComparator);

	/**
	 * Returns the cooperation agreements before and after the current cooperation agreement in the ordered set of cooperation agreements that the user has permission to view where groupId = &#63;.
	 *
	 * @param agreementId the primary key of the current cooperation agreement
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a cooperation agreement with the primary key could not be found
	 */
	public CooperationAgreement[] filterFindByGroupId_PrevAndNext(
			long agreementId, long groupId,
			com.liferay.portal.kernel.util.OrderByComparator
				<CooperationAgreement> orderByComparator)
		throws NoSuchCooperationAgreementException;

	/**
	 * Removes all the cooperation agreements where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public void removeByGroupId(long groupId);

	/**
	 * Returns the number of cooperation agreements where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching cooperation agreements
	 */
	public int countByGroupId(long groupId);

	/**
	 * Returns the number of cooperation agreements that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching cooperation agreements that the user has permission to view
	 */
	public int filterCountByGroupId(long groupId);

	/**
	 * Returns all the cooperation agreements where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching cooperation agreements
	 */
	public java.util.List<CooperationAgreement> findByCompanyId(long companyId);

	/**
	 * Returns a range of all the cooperation agreements where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @return the range of matching cooperation agreements
	 */
	public java.util.List<CooperationAgreement> findByCompanyId(
		long companyId, int start, int end);

	/**
	 * Returns an ordered range of all the cooperation agreements where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching cooperation agreements
	 */
	public java.util.List<CooperationAgreement> findByCompanyId(
		long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CooperationAgreement>
			orderByComparator);

	/**
	 * Returns an ordered range of all the cooperation agreements where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching cooperation agreements
	 */
	public java.util.List<CooperationAgreement> findByCompanyId(
		long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CooperationAgreement>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first cooperation agreement in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a matching cooperation agreement could not be found
	 */
	public CooperationAgreement findByCompanyId_First(
			long companyId,
			com.liferay.portal.kernel.util.OrderByComparator
				<CooperationAgreement> orderByComparator)
		throws NoSuchCooperationAgreementException;

	/**
	 * Returns the first cooperation agreement in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching cooperation agreement, or <code>null</code> if a matching cooperation agreement could not be found
	 */
	public CooperationAgreement fetchByCompanyId_First(
		long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<CooperationAgreement>
			orderByComparator);

	/**
	 * Returns the last cooperation agreement in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a matching cooperation agreement could not be found
	 */
	public CooperationAgreement findByCompanyId_Last(
			long companyId,
			com.liferay.portal.kernel.util.OrderByComparator
				<CooperationAgreement> orderByComparator)
		throws NoSuchCooperationAgreementException;

	/**
	 * Returns the last cooperation agreement in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching cooperation agreement, or <code>null</code> if a matching cooperation agreement could not be found
	 */
	public CooperationAgreement fetchByCompanyId_Last(
		long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<CooperationAgreement>
			orderByComparator);

	/**
	 * Returns the cooperation agreements before and after the current cooperation agreement in the ordered set where companyId = &#63;.
	 *
	 * @param agreementId the primary key of the current cooperation agreement
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a cooperation agreement with the primary key could not be found
	 */
	public CooperationAgreement[] findByCompanyId_PrevAndNext(
			long agreementId, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator
				<CooperationAgreement> orderByComparator)
		throws NoSuchCooperationAgreementException;

	/**
	 * Removes all the cooperation agreements where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	public void removeByCompanyId(long companyId);

	/**
	 * Returns the number of cooperation agreements where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching cooperation agreements
	 */
	public int countByCompanyId(long companyId);

	/**
	 * Returns all the cooperation agreements where status = &#63;.
	 *
	 * @param status the status
	 * @return the matching cooperation agreements
	 */
	public java.util.List<CooperationAgreement> findByStatus(String status);

	/**
	 * Returns a range of all the cooperation agreements where status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param status the status
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @return the range of matching cooperation agreements
	 */
	public java.util.List<CooperationAgreement> findByStatus(
		String status, int start, int end);

	/**
	 * Returns an ordered range of all the cooperation agreements where status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param status the status
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching cooperation agreements
	 */
	public java.util.List<CooperationAgreement> findByStatus(
		String status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CooperationAgreement>
			orderByComparator);

	/**
	 * Returns an ordered range of all the cooperation agreements where status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param status the status
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching cooperation agreements
	 */
	public java.util.List<CooperationAgreement> findByStatus(
		String status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CooperationAgreement>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first cooperation agreement in the ordered set where status = &#63;.
	 *
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a matching cooperation agreement could not be found
	 */
	public CooperationAgreement findByStatus_First(
			String status,
			com.liferay.portal.kernel.util.OrderByComparator
				<CooperationAgreement> orderByComparator)
		throws NoSuchCooperationAgreementException;

	/**
	 * Returns the first cooperation agreement in the ordered set where status = &#63;.
	 *
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching cooperation agreement, or <code>null</code> if a matching cooperation agreement could not be found
	 */
	public CooperationAgreement fetchByStatus_First(
		String status,
		com.liferay.portal.kernel.util.OrderByComparator<CooperationAgreement>
			orderByComparator);

	/**
	 * Returns the last cooperation agreement in the ordered set where status = &#63;.
	 *
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a matching cooperation agreement could not be found
	 */
	public CooperationAgreement findByStatus_Last(
			String status,
			com.liferay.portal.kernel.util.OrderByComparator
				<CooperationAgreement> orderByComparator)
		throws NoSuchCooperationAgreementException;

	/**
	 * Returns the last cooperation agreement in the ordered set where status = &#63;.
	 *
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching cooperation agreement, or <code>null</code> if a matching cooperation agreement could not be found
	 */
	public CooperationAgreement fetchByStatus_Last(
		String status,
		com.liferay.portal.kernel.util.OrderByComparator<CooperationAgreement>
			orderByComparator);

	/**
	 * Returns the cooperation agreements before and after the current cooperation agreement in the ordered set where status = &#63;.
	 *
	 * @param agreementId the primary key of the current cooperation agreement
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a cooperation agreement with the primary key could not be found
	 */
	public CooperationAgreement[] findByStatus_PrevAndNext(
			long agreementId, String status,
			com.liferay.portal.kernel.util.OrderByComparator
				<CooperationAgreement> orderByComparator)
		throws NoSuchCooperationAgreementException;

	/**
	 * Removes all the cooperation agreements where status = &#63; from the database.
	 *
	 * @param status the status
	 */
	public void removeByStatus(String status);

	/**
	 * Returns the number of cooperation agreements where status = &#63;.
	 *
	 * @param status the status
	 * @return the number of matching cooperation agreements
	 */
	public int countByStatus(String status);

	/**
	 * Returns all the cooperation agreements where rootAgreementId = &#63;.
	 *
	 * @param rootAgreementId the root agreement ID
	 * @return the matching cooperation agreements
	 */
	public java.util.List<CooperationAgreement> findByRootAgreementId(
		long rootAgreementId);

	/**
	 * Returns a range of all the cooperation agreements where rootAgreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param rootAgreementId the root agreement ID
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @return the range of matching cooperation agreements
	 */
	public java.util.List<CooperationAgreement> findByRootAgreementId(
		long rootAgreementId, int start, int end);

	/**
	 * Returns an ordered range of all the cooperation agreements where rootAgreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param rootAgreementId the root agreement ID
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching cooperation agreements
	 */
	public java.util.List<CooperationAgreement> findByRootAgreementId(
		long rootAgreementId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CooperationAgreement>
			orderByComparator);

	/**
	 * Returns an ordered range of all the cooperation agreements where rootAgreementId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param rootAgreementId the root agreement ID
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching cooperation agreements
	 */
	public java.util.List<CooperationAgreement> findByRootAgreementId(
		long rootAgreementId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CooperationAgreement>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first cooperation agreement in the ordered set where rootAgreementId = &#63;.
	 *
	 * @param rootAgreementId the root agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a matching cooperation agreement could not be found
	 */
	public CooperationAgreement findByRootAgreementId_First(
			long rootAgreementId,
			com.liferay.portal.kernel.util.OrderByComparator
				<CooperationAgreement> orderByComparator)
		throws NoSuchCooperationAgreementException;

	/**
	 * Returns the first cooperation agreement in the ordered set where rootAgreementId = &#63;.
	 *
	 * @param rootAgreementId the root agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching cooperation agreement, or <code>null</code> if a matching cooperation agreement could not be found
	 */
	public CooperationAgreement fetchByRootAgreementId_First(
		long rootAgreementId,
		com.liferay.portal.kernel.util.OrderByComparator<CooperationAgreement>
			orderByComparator);

	/**
	 * Returns the last cooperation agreement in the ordered set where rootAgreementId = &#63;.
	 *
	 * @param rootAgreementId the root agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a matching cooperation agreement could not be found
	 */
	public CooperationAgreement findByRootAgreementId_Last(
			long rootAgreementId,
			com.liferay.portal.kernel.util.OrderByComparator
				<CooperationAgreement> orderByComparator)
		throws NoSuchCooperationAgreementException;

	/**
	 * Returns the last cooperation agreement in the ordered set where rootAgreementId = &#63;.
	 *
	 * @param rootAgreementId the root agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching cooperation agreement, or <code>null</code> if a matching cooperation agreement could not be found
	 */
	public CooperationAgreement fetchByRootAgreementId_Last(
		long rootAgreementId,
		com.liferay.portal.kernel.util.OrderByComparator<CooperationAgreement>
			orderByComparator);

	/**
	 * Returns the cooperation agreements before and after the current cooperation agreement in the ordered set where rootAgreementId = &#63;.
	 *
	 * @param agreementId the primary key of the current cooperation agreement
	 * @param rootAgreementId the root agreement ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a cooperation agreement with the primary key could not be found
	 */
	public CooperationAgreement[] findByRootAgreementId_PrevAndNext(
			long agreementId, long rootAgreementId,
			com.liferay.portal.kernel.util.OrderByComparator
				<CooperationAgreement> orderByComparator)
		throws NoSuchCooperationAgreementException;

	/**
	 * Removes all the cooperation agreements where rootAgreementId = &#63; from the database.
	 *
	 * @param rootAgreementId the root agreement ID
	 */
	public void removeByRootAgreementId(long rootAgreementId);

	/**
	 * Returns the number of cooperation agreements where rootAgreementId = &#63;.
	 *
	 * @param rootAgreementId the root agreement ID
	 * @return the number of matching cooperation agreements
	 */
	public int countByRootAgreementId(long rootAgreementId);

	/**
	 * Caches the cooperation agreement in the entity cache if it is enabled.
	 *
	 * @param cooperationAgreement the cooperation agreement
	 */
	public void cacheResult(CooperationAgreement cooperationAgreement);

	/**
	 * Caches the cooperation agreements in the entity cache if it is enabled.
	 *
	 * @param cooperationAgreements the cooperation agreements
	 */
	public void cacheResult(
		java.util.List<CooperationAgreement> cooperationAgreements);

	/**
	 * Creates a new cooperation agreement with the primary key. Does not add the cooperation agreement to the database.
	 *
	 * @param agreementId the primary key for the new cooperation agreement
	 * @return the new cooperation agreement
	 */
	public CooperationAgreement create(long agreementId);

	/**
	 * Removes the cooperation agreement with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param agreementId the primary key of the cooperation agreement
	 * @return the cooperation agreement that was removed
	 * @throws NoSuchCooperationAgreementException if a cooperation agreement with the primary key could not be found
	 */
	public CooperationAgreement remove(long agreementId)
		throws NoSuchCooperationAgreementException;

	public CooperationAgreement updateImpl(
		CooperationAgreement cooperationAgreement);

	/**
	 * Returns the cooperation agreement with the primary key or throws a <code>NoSuchCooperationAgreementException</code> if it could not be found.
	 *
	 * @param agreementId the primary key of the cooperation agreement
	 * @return the cooperation agreement
	 * @throws NoSuchCooperationAgreementException if a cooperation agreement with the primary key could not be found
	 */
	public CooperationAgreement findByPrimaryKey(long agreementId)
		throws NoSuchCooperationAgreementException;

	/**
	 * Returns the cooperation agreement with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param agreementId the primary key of the cooperation agreement
	 * @return the cooperation agreement, or <code>null</code> if a cooperation agreement with the primary key could not be found
	 */
	public CooperationAgreement fetchByPrimaryKey(long agreementId);

	/**
	 * Returns all the cooperation agreements.
	 *
	 * @return the cooperation agreements
	 */
	public java.util.List<CooperationAgreement> findAll();

	/**
	 * Returns a range of all the cooperation agreements.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @return the range of cooperation agreements
	 */
	public java.util.List<CooperationAgreement> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the cooperation agreements.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of cooperation agreements
	 */
	public java.util.List<CooperationAgreement> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CooperationAgreement>
			orderByComparator);

	/**
	 * Returns an ordered range of all the cooperation agreements.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of cooperation agreements
	 */
	public java.util.List<CooperationAgreement> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CooperationAgreement>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the cooperation agreements from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of cooperation agreements.
	 *
	 * @return the number of cooperation agreements
	 */
	public int countAll();

}