/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.module.service.Snapshot;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;

import ru.opora.riskprofile.model.RiskDocument;

/**
 * Provides the local service utility for RiskDocument. This utility wraps
 * <code>ru.opora.riskprofile.service.impl.RiskDocumentLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Opora
 * @see RiskDocumentLocalService
 * @generated
 */
public class RiskDocumentLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>ru.opora.riskprofile.service.impl.RiskDocumentLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * Stores a file in the document's folder (the school's year in Documents
	 * and Media, no guest or site-member permissions); a name already there
	 * gets a number.
	 *
	 * @throws RiskProfileValidationException naming the field {@code file}
	 */
	public static com.liferay.portal.kernel.repository.model.FileEntry
			addAttachment(
				long userId, long riskDocumentId, String fileName,
				String mimeType, byte[] bytes)
		throws PortalException {

		return getService().addAttachment(
			userId, riskDocumentId, fileName, mimeType, bytes);
	}

	public static ru.opora.riskprofile.model.RiskReviewComment addComment(
			long userId, long riskDocumentId, String section, String comment)
		throws PortalException {

		return getService().addComment(
			userId, riskDocumentId, section, comment);
	}

	/**
	 * Starts a document of a school for a year as a first draft, with its
	 * Documents and Media folder. An anti-risk programme needs a factor chosen
	 * as a priority in the year's profile; one document of a kind (per factor)
	 * per year.
	 */
	public static RiskDocument addDocument(
			long userId, long schoolId, int year, String documentType,
			String factorCode, java.time.LocalDate periodStart,
			java.time.LocalDate periodEnd)
		throws PortalException {

		return getService().addDocument(
			userId, schoolId, year, documentType, factorCode, periodStart,
			periodEnd);
	}

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
	public static RiskDocument addRiskDocument(RiskDocument riskDocument) {
		return getService().addRiskDocument(riskDocument);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel createPersistedModel(
			Serializable primaryKeyObj)
		throws PortalException {

		return getService().createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new risk document with the primary key. Does not add the risk document to the database.
	 *
	 * @param riskDocumentId the primary key for the new risk document
	 * @return the new risk document
	 */
	public static RiskDocument createRiskDocument(long riskDocumentId) {
		return getService().createRiskDocument(riskDocumentId);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel deletePersistedModel(
			PersistedModel persistedModel)
		throws PortalException {

		return getService().deletePersistedModel(persistedModel);
	}

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
	public static RiskDocument deleteRiskDocument(long riskDocumentId)
		throws PortalException {

		return getService().deleteRiskDocument(riskDocumentId);
	}

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
	public static RiskDocument deleteRiskDocument(RiskDocument riskDocument) {
		return getService().deleteRiskDocument(riskDocument);
	}

	public static <T> T dslQuery(DSLQuery dslQuery) {
		return getService().dslQuery(dslQuery);
	}

	public static int dslQueryCount(DSLQuery dslQuery) {
		return getService().dslQueryCount(dslQuery);
	}

	public static DynamicQuery dynamicQuery() {
		return getService().dynamicQuery();
	}

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	public static <T> List<T> dynamicQuery(DynamicQuery dynamicQuery) {
		return getService().dynamicQuery(dynamicQuery);
	}

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
	public static <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getService().dynamicQuery(dynamicQuery, start, end);
	}

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
	public static <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<T> orderByComparator) {

		return getService().dynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	public static long dynamicQueryCount(DynamicQuery dynamicQuery) {
		return getService().dynamicQueryCount(dynamicQuery);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	public static long dynamicQueryCount(
		DynamicQuery dynamicQuery,
		com.liferay.portal.kernel.dao.orm.Projection projection) {

		return getService().dynamicQueryCount(dynamicQuery, projection);
	}

	public static RiskDocument fetchRiskDocument(long riskDocumentId) {
		return getService().fetchRiskDocument(riskDocumentId);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	/**
	 * A file of the document's folder; another file is not found.
	 */
	public static com.liferay.portal.kernel.repository.model.FileEntry
			getAttachment(long riskDocumentId, long fileEntryId)
		throws PortalException {

		return getService().getAttachment(riskDocumentId, fileEntryId);
	}

	/**
	 * The files of the document's folder (its school's year), newest last.
	 */
	public static List<com.liferay.portal.kernel.repository.model.FileEntry>
			getAttachments(long riskDocumentId)
		throws PortalException {

		return getService().getAttachments(riskDocumentId);
	}

	public static List<ru.opora.riskprofile.model.RiskReviewComment>
		getComments(long riskDocumentId) {

		return getService().getComments(riskDocumentId);
	}

	/**
	 * The structured content of a version.
	 */
	public static ru.opora.domain.risk.programme.ProgrammeContent getContent(
			long riskDocumentId)
		throws PortalException {

		return getService().getContent(riskDocumentId);
	}

	public static List<RiskDocument> getGroupDocuments(long groupId) {
		return getService().getGroupDocuments(groupId);
	}

	public static
		com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
			getIndexableActionableDynamicQuery() {

		return getService().getIndexableActionableDynamicQuery();
	}

	public static List<ru.opora.riskprofile.model.RiskMeasure> getMeasures(
		long riskDocumentId) {

		return getService().getMeasures(riskDocumentId);
	}

	public static ru.opora.domain.risk.monitoring.MeasureStatus
		getMeasureStatus(
			ru.opora.riskprofile.model.RiskMeasure measure,
			java.time.LocalDate today) {

		return getService().getMeasureStatus(measure, today);
	}

	/**
	 * Where an approved programme stands on a day: its measures (on time,
	 * late, not done, overdue) and indicators (the final measurement if any,
	 * else the interim one) by the domain's monitoring rules.
	 */
	public static ru.opora.domain.risk.monitoring.TrackStatus
		getMonitoringStatus(long riskDocumentId, java.time.LocalDate today) {

		return getService().getMonitoringStatus(riskDocumentId, today);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel getPersistedModel(Serializable primaryKeyObj)
		throws PortalException {

		return getService().getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the risk document with the primary key.
	 *
	 * @param riskDocumentId the primary key of the risk document
	 * @return the risk document
	 * @throws PortalException if a risk document with the primary key could not be found
	 */
	public static RiskDocument getRiskDocument(long riskDocumentId)
		throws PortalException {

		return getService().getRiskDocument(riskDocumentId);
	}

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
	public static List<RiskDocument> getRiskDocuments(int start, int end) {
		return getService().getRiskDocuments(start, end);
	}

	/**
	 * Returns the number of risk documents.
	 *
	 * @return the number of risk documents
	 */
	public static int getRiskDocumentsCount() {
		return getService().getRiskDocumentsCount();
	}

	public static List<RiskDocument> getSchoolDocuments(
		long schoolId, int year) {

		return getService().getSchoolDocuments(schoolId, year);
	}

	/**
	 * A school's monitoring status for a year: the worst status of its
	 * approved anti-risk programmes (the latest approved version of each).
	 */
	public static ru.opora.domain.risk.monitoring.TrackStatus
		getSchoolMonitoringStatus(
			long schoolId, int year, java.time.LocalDate today) {

		return getService().getSchoolMonitoringStatus(schoolId, year, today);
	}

	public static List<ru.opora.riskprofile.model.RiskDocumentSnapshot>
		getSnapshots(long riskDocumentId) {

		return getService().getSnapshots(riskDocumentId);
	}

	/**
	 * One review step by the domain's state machine. SUBMIT needs complete
	 * content and keeps a frozen copy; RETURN needs a comment of the round;
	 * APPROVE and RETURN only by the school's curator; NEW_VERSION copies an
	 * approved version into a new draft (returned) and leaves the approved
	 * one as it is.
	 *
	 * @param schoolTeam whether the user is on the school's team
	 */
	public static RiskDocument review(
			long userId, long riskDocumentId, String action, boolean schoolTeam)
		throws PortalException {

		return getService().review(userId, riskDocumentId, action, schoolTeam);
	}

	/**
	 * Replaces the content of a draft or returned version. Drafts may be
	 * incomplete (completeness is checked at submission) but never too long or
	 * pointing to a missing task.
	 */
	public static RiskDocument updateContent(
			long riskDocumentId, String goal, List<String> tasks,
			List<ru.opora.domain.risk.programme.MeasureData> measures,
			String expectedResult)
		throws PortalException {

		return getService().updateContent(
			riskDocumentId, goal, tasks, measures, expectedResult);
	}

	/**
	 * Records the monitoring of a measure of an approved programme: done
	 * (with the day) or declared not done, and the indicator measured at the
	 * interim and final points.
	 */
	public static ru.opora.riskprofile.model.RiskMeasure updateMeasureProgress(
			long riskMeasureId, java.time.LocalDate doneDate, boolean notDone,
			Double interimValue, Double finalValue, java.time.LocalDate today)
		throws PortalException {

		return getService().updateMeasureProgress(
			riskMeasureId, doneDate, notDone, interimValue, finalValue, today);
	}

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
	public static RiskDocument updateRiskDocument(RiskDocument riskDocument) {
		return getService().updateRiskDocument(riskDocument);
	}

	public static RiskDocumentLocalService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<RiskDocumentLocalService> _serviceSnapshot =
		new Snapshot<>(
			RiskDocumentLocalServiceUtil.class, RiskDocumentLocalService.class);

}