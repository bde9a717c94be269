/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.security.access.control.AccessControlled;
import com.liferay.portal.kernel.service.BaseService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.time.LocalDate;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.domain.mentoring.assignment.SupportEventData;
import ru.opora.mentoring.model.SupportEvent;

/**
 * Provides the remote service interface for SupportEvent. Methods of this
 * service are expected to have security checks based on the propagated JAAS
 * credentials because this service can be accessed remotely.
 *
 * @author Opora
 * @see SupportEventServiceUtil
 * @generated
 */
@AccessControlled
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface SupportEventService extends BaseService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>ru.opora.mentoring.service.impl.SupportEventServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the support event remote service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link SupportEventServiceUtil} if injection and service tracking are not available.
	 */
	public SupportEvent addSupportEvent(
			long mentorAssignmentId, SupportEventData supportEventData,
			ServiceContext serviceContext)
		throws PortalException;

	public SupportEvent deleteSupportEvent(long supportEventId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SupportEvent> getAssignmentSupportEvents(
			long mentorAssignmentId)
		throws PortalException;

	/**
	 * The municipality's calendar: the viewable events between two days.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SupportEvent> getGroupCalendar(
			long groupId, LocalDate from, LocalDate to)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SupportEvent> getGroupOverdueSupportEvents(
			long groupId, LocalDate today, int graceDays)
		throws PortalException;

	/**
	 * The current user's calendar as curator.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SupportEvent> getMyCuratorCalendar(LocalDate from, LocalDate to)
		throws PortalException;

	/**
	 * The current user's overdue events as curator.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SupportEvent> getMyCuratorOverdueSupportEvents(
			LocalDate today, int graceDays)
		throws PortalException;

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public SupportEvent getSupportEvent(long supportEventId)
		throws PortalException;

	public SupportEvent reportSupportEvent(
			long supportEventId, String status, String outcome,
			long reportFolderId, LocalDate reportDate,
			ServiceContext serviceContext)
		throws PortalException;

	public SupportEvent updateSupportEvent(
			long supportEventId, SupportEventData supportEventData,
			ServiceContext serviceContext)
		throws PortalException;

	/**
	 * Links library materials to the event: for whoever may report it (its
	 * curator or mentor teacher) or update it (coordinators).
	 */
	public SupportEvent updateSupportEventMaterials(
			long supportEventId, long[] fileEntryIds,
			ServiceContext serviceContext)
		throws PortalException;

}