/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link RiskDocumentLocalService}.
 *
 * @author Opora
 * @see RiskDocumentLocalService
 * @generated
 */
public class RiskDocumentLocalServiceWrapper
	implements RiskDocumentLocalService,
			   ServiceWrapper<RiskDocumentLocalService> {

	public RiskDocumentLocalServiceWrapper() {
		this(null);
	}

	public RiskDocumentLocalServiceWrapper(
		RiskDocumentLocalService riskDocumentLocalService) {

		_riskDocumentLocalService = riskDocumentLocalService;
	}

	/**
	 * Stores a file in the document's folder (the school's year in Documents
	 * and Media, no guest or site-member permissions); a name already there
	 * gets a number.
	 *
	 * @throws RiskProfileValidationException naming the field {@code file}
	 */
	@Override
	public com.liferay.portal.kernel.repository.model.FileEntry addAttachment(
			long userId, long riskDocumentId, String fileName, String mimeType,
			byte[] bytes)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentLocalService.addAttachment(
			userId, riskDocumentId, fileName, mimeType, bytes);
	}

	@Override
	public ru.opora.riskprofile.model.RiskReviewComment addComment(
			long userId, long riskDocumentId, String section, String comment)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentLocalService.addComment(
			userId, riskDocumentId, section, comment);
	}

	/**
	 * Starts a document of a school for a year as a first draft, with its
	 * Documents and Media folder. An anti-risk programme needs a factor chosen
	 * as a priority in the year's profile; one document of a kind (per factor)
	 * per year.
	 */
	@Override
	public ru.opora.riskprofile.model.RiskDocument addDocument(
			long userId, long schoolId, int year, String documentType,
			String factorCode, java.time.LocalDate periodStart,
			java.time.LocalDate periodEnd)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentLocalService.addDocument(
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
	@Override
	public ru.opora.riskprofile.model.RiskDocument addRiskDocument(
		ru.opora.riskprofile.model.RiskDocument riskDocument) {

		return _riskDocumentLocalService.addRiskDocument(riskDocument);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new risk document with the primary key. Does not add the risk document to the database.
	 *
	 * @param riskDocumentId the primary key for the new risk document
	 * @return the new risk document
	 */
	@Override
	public ru.opora.riskprofile.model.RiskDocument createRiskDocument(
		long riskDocumentId) {

		return _riskDocumentLocalService.createRiskDocument(riskDocumentId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentLocalService.deletePersistedModel(persistedModel);
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
	@Override
	public ru.opora.riskprofile.model.RiskDocument deleteRiskDocument(
			long riskDocumentId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentLocalService.deleteRiskDocument(riskDocumentId);
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
	@Override
	public ru.opora.riskprofile.model.RiskDocument deleteRiskDocument(
		ru.opora.riskprofile.model.RiskDocument riskDocument) {

		return _riskDocumentLocalService.deleteRiskDocument(riskDocument);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _riskDocumentLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _riskDocumentLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _riskDocumentLocalService.dynamicQuery();
	}

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery) {

		return _riskDocumentLocalService.dynamicQuery(dynamicQuery);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end) {

		return _riskDocumentLocalService.dynamicQuery(dynamicQuery, start, end);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end,
		com.liferay.portal.kernel.util.OrderByComparator<T> orderByComparator) {

		return _riskDocumentLocalService.dynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	@Override
	public long dynamicQueryCount(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery) {

		return _riskDocumentLocalService.dynamicQueryCount(dynamicQuery);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	@Override
	public long dynamicQueryCount(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery,
		com.liferay.portal.kernel.dao.orm.Projection projection) {

		return _riskDocumentLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public ru.opora.riskprofile.model.RiskDocument fetchRiskDocument(
		long riskDocumentId) {

		return _riskDocumentLocalService.fetchRiskDocument(riskDocumentId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _riskDocumentLocalService.getActionableDynamicQuery();
	}

	/**
	 * A file of the document's folder; another file is not found.
	 */
	@Override
	public com.liferay.portal.kernel.repository.model.FileEntry getAttachment(
			long riskDocumentId, long fileEntryId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentLocalService.getAttachment(
			riskDocumentId, fileEntryId);
	}

	/**
	 * The files of the document's folder (its school's year), newest last.
	 */
	@Override
	public java.util.List<com.liferay.portal.kernel.repository.model.FileEntry>
			getAttachments(long riskDocumentId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentLocalService.getAttachments(riskDocumentId);
	}

	@Override
	public java.util.List<ru.opora.riskprofile.model.RiskReviewComment>
		getComments(long riskDocumentId) {

		return _riskDocumentLocalService.getComments(riskDocumentId);
	}

	/**
	 * The structured content of a version.
	 */
	@Override
	public ru.opora.domain.risk.programme.ProgrammeContent getContent(
			long riskDocumentId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentLocalService.getContent(riskDocumentId);
	}

	@Override
	public java.util.List<ru.opora.riskprofile.model.RiskDocument>
		getGroupDocuments(long groupId) {

		return _riskDocumentLocalService.getGroupDocuments(groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _riskDocumentLocalService.getIndexableActionableDynamicQuery();
	}

	@Override
	public java.util.List<ru.opora.riskprofile.model.RiskMeasure> getMeasures(
		long riskDocumentId) {

		return _riskDocumentLocalService.getMeasures(riskDocumentId);
	}

	@Override
	public ru.opora.domain.risk.monitoring.MeasureStatus getMeasureStatus(
		ru.opora.riskprofile.model.RiskMeasure measure,
		java.time.LocalDate today) {

		return _riskDocumentLocalService.getMeasureStatus(measure, today);
	}

	/**
	 * Where an approved programme stands on a day: its measures (on time,
	 * late, not done, overdue) and indicators (the final measurement if any,
	 * else the interim one) by the domain's monitoring rules.
	 */
	@Override
	public ru.opora.domain.risk.monitoring.TrackStatus getMonitoringStatus(
		long riskDocumentId, java.time.LocalDate today) {

		return _riskDocumentLocalService.getMonitoringStatus(
			riskDocumentId, today);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _riskDocumentLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the risk document with the primary key.
	 *
	 * @param riskDocumentId the primary key of the risk document
	 * @return the risk document
	 * @throws PortalException if a risk document with the primary key could not be found
	 */
	@Override
	public ru.opora.riskprofile.model.RiskDocument getRiskDocument(
			long riskDocumentId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentLocalService.getRiskDocument(riskDocumentId);
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
	@Override
	public java.util.List<ru.opora.riskprofile.model.RiskDocument>
		getRiskDocuments(int start, int end) {

		return _riskDocumentLocalService.getRiskDocuments(start, end);
	}

	/**
	 * Returns the number of risk documents.
	 *
	 * @return the number of risk documents
	 */
	@Override
	public int getRiskDocumentsCount() {
		return _riskDocumentLocalService.getRiskDocumentsCount();
	}

	@Override
	public java.util.List<ru.opora.riskprofile.model.RiskDocument>
		getSchoolDocuments(long schoolId, int year) {

		return _riskDocumentLocalService.getSchoolDocuments(schoolId, year);
	}

	/**
	 * A school's monitoring status for a year: the worst status of its
	 * approved anti-risk programmes (the latest approved version of each).
	 */
	@Override
	public ru.opora.domain.risk.monitoring.TrackStatus
		getSchoolMonitoringStatus(
			long schoolId, int year, java.time.LocalDate today) {

		return _riskDocumentLocalService.getSchoolMonitoringStatus(
			schoolId, year, today);
	}

	@Override
	public java.util.List<ru.opora.riskprofile.model.RiskDocumentSnapshot>
		getSnapshots(long riskDocumentId) {

		return _riskDocumentLocalService.getSnapshots(riskDocumentId);
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
	@Override
	public ru.opora.riskprofile.model.RiskDocument review(
			long userId, long riskDocumentId, String action, boolean schoolTeam)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentLocalService.review(
			userId, riskDocumentId, action, schoolTeam);
	}

	/**
	 * Replaces the content of a draft or returned version. Drafts may be
	 * incomplete (completeness is checked at submission) but never too long or
	 * pointing to a missing task.
	 */
	@Override
	public ru.opora.riskprofile.model.RiskDocument updateContent(
			long riskDocumentId, String goal, java.util.List<String> tasks,
			java.util.List<ru.opora.domain.risk.programme.MeasureData> measures,
			String expectedResult)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentLocalService.updateContent(
			riskDocumentId, goal, tasks, measures, expectedResult);
	}

	/**
	 * Records the monitoring of a measure of an approved programme: done
	 * (with the day) or declared not done, and the indicator measured at the
	 * interim and final points.
	 */
	@Override
	public ru.opora.riskprofile.model.RiskMeasure updateMeasureProgress(
			long riskMeasureId, java.time.LocalDate doneDate, boolean notDone,
			Double interimValue, Double finalValue, java.time.LocalDate today)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentLocalService.updateMeasureProgress(
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
	@Override
	public ru.opora.riskprofile.model.RiskDocument updateRiskDocument(
		ru.opora.riskprofile.model.RiskDocument riskDocument) {

		return _riskDocumentLocalService.updateRiskDocument(riskDocument);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _riskDocumentLocalService.getBasePersistence();
	}

	@Override
	public RiskDocumentLocalService getWrappedService() {
		return _riskDocumentLocalService;
	}

	@Override
	public void setWrappedService(
		RiskDocumentLocalService riskDocumentLocalService) {

		_riskDocumentLocalService = riskDocumentLocalService;
	}

	private RiskDocumentLocalService _riskDocumentLocalService;

}