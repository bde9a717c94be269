/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.service;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery;
import com.liferay.portal.kernel.dao.orm.Projection;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.search.Indexable;
import com.liferay.portal.kernel.search.IndexableType;
import com.liferay.portal.kernel.service.BaseLocalService;
import com.liferay.portal.kernel.service.PersistedModelLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.time.LocalDate;

import java.util.Date;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.domain.mentoring.assignment.SupportEventData;
import ru.opora.mentoring.model.SupportEvent;

/**
 * Provides the local service interface for SupportEvent. Methods of this
 * service will not have security checks based on the propagated JAAS
 * credentials because this service can only be accessed from within the same
 * VM.
 *
 * @author Opora
 * @see SupportEventLocalServiceUtil
 * @generated
 */
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface SupportEventLocalService
	extends BaseLocalService, PersistedModelLocalService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>ru.opora.mentoring.service.impl.SupportEventLocalServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the support event local service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link SupportEventLocalServiceUtil} if injection and service tracking are not available.
	 */

	/**
	 * Plans an event of a proposed or active assignment, inside its period.
	 */
	public SupportEvent addSupportEvent(
			long userId, long mentorAssignmentId,
			SupportEventData supportEventData, ServiceContext serviceContext)
		throws PortalException;

	/**
	 * Adds the support event to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SupportEventLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param supportEvent the support event
	 * @return the support event that was added
	 */
	@Indexable(type = IndexableType.REINDEX)
	public SupportEvent addSupportEvent(SupportEvent supportEvent);

	/**
	 * @throws PortalException
	 */
	public PersistedModel createPersistedModel(Serializable primaryKeyObj)
		throws PortalException;

	/**
	 * Creates a new support event with the primary key. Does not add the support event to the database.
	 *
	 * @param supportEventId the primary key for the new support event
	 * @return the new support event
	 */
	@Transactional(enabled = false)
	public SupportEvent createSupportEvent(long supportEventId);

	/**
	 * @throws PortalException
	 */
	@Override
	public PersistedModel deletePersistedModel(PersistedModel persistedModel)
		throws PortalException;

	/**
	 * Deletes the support event with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SupportEventLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param supportEventId the primary key of the support event
	 * @return the support event that was removed
	 * @throws PortalException if a support event with the primary key could not be found
	 */
	@Indexable(type = IndexableType.DELETE)
	public SupportEvent deleteSupportEvent(long supportEventId)
		throws PortalException;

	/**
	 * Deletes the support event from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SupportEventLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param supportEvent the support event
	 * @return the support event that was removed
	 */
	@Indexable(type = IndexableType.DELETE)
	public SupportEvent deleteSupportEvent(SupportEvent supportEvent);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public <T> T dslQuery(DSLQuery dslQuery);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int dslQueryCount(DSLQuery dslQuery);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public DynamicQuery dynamicQuery();

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public <T> List<T> dynamicQuery(DynamicQuery dynamicQuery);

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.mentoring.model.impl.SupportEventModelImpl</code>.
	 * </p>
	 *
	 * @param dynamicQuery the dynamic query
	 * @param start the lower bound of the range of model instances
	 * @param end the upper bound of the range of model instances (not inclusive)
	 * @return the range of matching rows
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end);

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.mentoring.model.impl.SupportEventModelImpl</code>.
	 * </p>
	 *
	 * @param dynamicQuery the dynamic query
	 * @param start the lower bound of the range of model instances
	 * @param end the upper bound of the range of model instances (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching rows
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<T> orderByComparator);

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long dynamicQueryCount(DynamicQuery dynamicQuery);

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long dynamicQueryCount(
		DynamicQuery dynamicQuery, Projection projection);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public SupportEvent fetchSupportEvent(long supportEventId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ActionableDynamicQuery getActionableDynamicQuery();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SupportEvent> getAssignmentSupportEvents(
		long mentorAssignmentId);

	/**
	 * The events of a curator's assignments between two days (both
	 * included), cancelled ones left out, by date.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SupportEvent> getCuratorCalendar(
		long curatorUserId, LocalDate from, LocalDate to);

	/**
	 * Unreported planned events of a curator past the grace days.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SupportEvent> getCuratorOverdueSupportEvents(
		long curatorUserId, LocalDate today, int graceDays);

	/**
	 * The events of a municipality between two days (both included),
	 * cancelled ones left out, by date.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SupportEvent> getGroupCalendar(
		long groupId, LocalDate from, LocalDate to);

	/**
	 * Unreported planned events of a municipality past the grace days.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SupportEvent> getGroupOverdueSupportEvents(
		long groupId, LocalDate today, int graceDays);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public IndexableActionableDynamicQuery getIndexableActionableDynamicQuery();

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	/**
	 * Overdue events (planned, unreported, past the grace days) in every
	 * site whose curator has not been told yet: the daily notification job's
	 * work list.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SupportEvent> getOverdueSupportEventsToNotify(
		LocalDate today, int graceDays);

	/**
	 * @throws PortalException
	 */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public PersistedModel getPersistedModel(Serializable primaryKeyObj)
		throws PortalException;

	/**
	 * Returns the support event with the primary key.
	 *
	 * @param supportEventId the primary key of the support event
	 * @return the support event
	 * @throws PortalException if a support event with the primary key could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public SupportEvent getSupportEvent(long supportEventId)
		throws PortalException;

	/**
	 * Returns a range of all the support events.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.mentoring.model.impl.SupportEventModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of support events
	 * @param end the upper bound of the range of support events (not inclusive)
	 * @return the range of support events
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SupportEvent> getSupportEvents(int start, int end);

	/**
	 * Returns the number of support events.
	 *
	 * @return the number of support events
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getSupportEventsCount();

	/**
	 * Records that the overdue notification of the event was sent, so that
	 * the daily job does not send it again.
	 */
	public SupportEvent markOverdueNotified(
			long supportEventId, Date notifiedDate)
		throws PortalException;

	public SupportEvent reportSupportEvent(
			long userId, long supportEventId, String status, String outcome,
			long reportFolderId, LocalDate reportDate,
			ServiceContext serviceContext)
		throws PortalException;

	/**
	 * Changes a planned event: type, title, date inside the period,
	 * participants, expected result.
	 */
	public SupportEvent updateSupportEvent(
			long userId, long supportEventId, SupportEventData supportEventData,
			ServiceContext serviceContext)
		throws PortalException;

	/**
	 * Updates the support event in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SupportEventLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param supportEvent the support event
	 * @return the support event that was updated
	 */
	@Indexable(type = IndexableType.REINDEX)
	public SupportEvent updateSupportEvent(SupportEvent supportEvent);

	/**
	 * Links methodological materials of the region's library (their
	 * Documents and Media file entry IDs) to the event, replacing the earlier
	 * choice; an empty array unlinks all.
	 *
	 * @param status a code of SupportEventStatus: done or cancelled
	 * @param reportFolderId the Document Library folder of the materials, or 0
	 * @param reportDate the day of the report (the reporter's today)
	 */
	public SupportEvent updateSupportEventMaterials(
			long supportEventId, long[] fileEntryIds,
			ServiceContext serviceContext)
		throws PortalException;

}