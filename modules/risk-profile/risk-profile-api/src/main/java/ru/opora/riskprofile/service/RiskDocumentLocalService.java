/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery;
import com.liferay.portal.kernel.dao.orm.Projection;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.repository.model.FileEntry;
import com.liferay.portal.kernel.search.Indexable;
import com.liferay.portal.kernel.search.IndexableType;
import com.liferay.portal.kernel.service.BaseLocalService;
import com.liferay.portal.kernel.service.PersistedModelLocalService;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.time.LocalDate;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.domain.risk.monitoring.MeasureStatus;
import ru.opora.domain.risk.monitoring.TrackStatus;
import ru.opora.domain.risk.programme.MeasureData;
import ru.opora.domain.risk.programme.ProgrammeContent;
import ru.opora.riskprofile.model.RiskDocument;
import ru.opora.riskprofile.model.RiskDocumentSnapshot;
import ru.opora.riskprofile.model.RiskMeasure;
import ru.opora.riskprofile.model.RiskReviewComment;

/**
 * Provides the local service interface for RiskDocument. Methods of this
 * service will not have security checks based on the propagated JAAS
 * credentials because this service can only be accessed from within the same
 * VM.
 *
 * @author Opora
 * @see RiskDocumentLocalServiceUtil
 * @generated
 */
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface RiskDocumentLocalService
	extends BaseLocalService, PersistedModelLocalService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>ru.opora.riskprofile.service.impl.RiskDocumentLocalServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the risk document local service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link RiskDocumentLocalServiceUtil} if injection and service tracking are not available.
	 */

	/**
	 * Stores a file in the document's folder (the school's year in Documents
	 * and Media, no guest or site-member permissions); a name already there
	 * gets a number.
	 *
	 * @throws RiskProfileValidationException naming the field {@code file}
	 */
	public FileEntry addAttachment(
			long userId, long riskDocumentId, String fileName, String mimeType,
			byte[] bytes)
		throws PortalException;

	public RiskReviewComment addComment(
			long userId, long riskDocumentId, String section, String comment)
		throws PortalException;

	/**
	 * Starts a document of a school for a year as a first draft, with its
	 * Documents and Media folder. An anti-risk programme needs a factor chosen
	 * as a priority in the year's profile; one document of a kind (per factor)
	 * per year.
	 */
	public RiskDocument addDocument(
			long userId, long schoolId, int year, String documentType,
			String factorCode, LocalDate periodStart, LocalDate periodEnd)
		throws PortalException;

	/**
	 * Adds the risk document to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskDocumentLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskDocument the risk document
	 * @return the risk document that was added
	 */
	@Indexable(type = IndexableType.REINDEX)
	public RiskDocument addRiskDocument(RiskDocument riskDocument);

	/**
	 * @throws PortalException
	 */
	public PersistedModel createPersistedModel(Serializable primaryKeyObj)
		throws PortalException;

	/**
	 * Creates a new risk document with the primary key. Does not add the risk document to the database.
	 *
	 * @param riskDocumentId the primary key for the new risk document
	 * @return the new risk document
	 */
	@Transactional(enabled = false)
	public RiskDocument createRiskDocument(long riskDocumentId);

	/**
	 * @throws PortalException
	 */
	@Override
	public PersistedModel deletePersistedModel(PersistedModel persistedModel)
		throws PortalException;

	/**
	 * Deletes the risk document with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskDocumentLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskDocumentId the primary key of the risk document
	 * @return the risk document that was removed
	 * @throws PortalException if a risk document with the primary key could not be found
	 */
	@Indexable(type = IndexableType.DELETE)
	public RiskDocument deleteRiskDocument(long riskDocumentId)
		throws PortalException;

	/**
	 * Deletes the risk document from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskDocumentLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskDocument the risk document
	 * @return the risk document that was removed
	 */
	@Indexable(type = IndexableType.DELETE)
	public RiskDocument deleteRiskDocument(RiskDocument riskDocument);

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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.riskprofile.model.impl.RiskDocumentModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.riskprofile.model.impl.RiskDocumentModelImpl</code>.
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
	public RiskDocument fetchRiskDocument(long riskDocumentId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ActionableDynamicQuery getActionableDynamicQuery();

	/**
	 * A file of the document's folder; another file is not found.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public FileEntry getAttachment(long riskDocumentId, long fileEntryId)
		throws PortalException;

	/**
	 * The files of the document's folder (its school's year), newest last.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<FileEntry> getAttachments(long riskDocumentId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<RiskReviewComment> getComments(long riskDocumentId);

	/**
	 * The structured content of a version.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ProgrammeContent getContent(long riskDocumentId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<RiskDocument> getGroupDocuments(long groupId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public IndexableActionableDynamicQuery getIndexableActionableDynamicQuery();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<RiskMeasure> getMeasures(long riskDocumentId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public MeasureStatus getMeasureStatus(RiskMeasure measure, LocalDate today);

	/**
	 * Where an approved programme stands on a day: its measures (on time,
	 * late, not done, overdue) and indicators (the final measurement if any,
	 * else the interim one) by the domain's monitoring rules.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public TrackStatus getMonitoringStatus(
		long riskDocumentId, LocalDate today);

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	/**
	 * @throws PortalException
	 */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public PersistedModel getPersistedModel(Serializable primaryKeyObj)
		throws PortalException;

	/**
	 * Returns the risk document with the primary key.
	 *
	 * @param riskDocumentId the primary key of the risk document
	 * @return the risk document
	 * @throws PortalException if a risk document with the primary key could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public RiskDocument getRiskDocument(long riskDocumentId)
		throws PortalException;

	/**
	 * Returns a range of all the risk documents.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.riskprofile.model.impl.RiskDocumentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk documents
	 * @param end the upper bound of the range of risk documents (not inclusive)
	 * @return the range of risk documents
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<RiskDocument> getRiskDocuments(int start, int end);

	/**
	 * Returns the number of risk documents.
	 *
	 * @return the number of risk documents
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getRiskDocumentsCount();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<RiskDocument> getSchoolDocuments(long schoolId, int year);

	/**
	 * A school's monitoring status for a year: the worst status of its
	 * approved anti-risk programmes (the latest approved version of each).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public TrackStatus getSchoolMonitoringStatus(
		long schoolId, int year, LocalDate today);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<RiskDocumentSnapshot> getSnapshots(long riskDocumentId);

	/**
	 * One review step by the domain's state machine. SUBMIT needs complete
	 * content and keeps a frozen copy; RETURN needs a comment of the round;
	 * APPROVE and RETURN only by the school's curator; NEW_VERSION copies an
	 * approved version into a new draft (returned) and leaves the approved
	 * one as it is.
	 *
	 * @param schoolTeam whether the user is on the school's team
	 */
	public RiskDocument review(
			long userId, long riskDocumentId, String action, boolean schoolTeam)
		throws PortalException;

	/**
	 * Replaces the content of a draft or returned version. Drafts may be
	 * incomplete (completeness is checked at submission) but never too long or
	 * pointing to a missing task.
	 */
	public RiskDocument updateContent(
			long riskDocumentId, String goal, List<String> tasks,
			List<MeasureData> measures, String expectedResult)
		throws PortalException;

	/**
	 * Records the monitoring of a measure of an approved programme: done
	 * (with the day) or declared not done, and the indicator measured at the
	 * interim and final points.
	 */
	public RiskMeasure updateMeasureProgress(
			long riskMeasureId, LocalDate doneDate, boolean notDone,
			Double interimValue, Double finalValue, LocalDate today)
		throws PortalException;

	/**
	 * Updates the risk document in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskDocumentLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskDocument the risk document
	 * @return the risk document that was updated
	 */
	@Indexable(type = IndexableType.REINDEX)
	public RiskDocument updateRiskDocument(RiskDocument riskDocument);

}