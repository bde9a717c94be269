/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link AttemptLocalService}.
 *
 * @author Opora
 * @see AttemptLocalService
 * @generated
 */
public class AttemptLocalServiceWrapper
	implements AttemptLocalService, ServiceWrapper<AttemptLocalService> {

	public AttemptLocalServiceWrapper() {
		this(null);
	}

	public AttemptLocalServiceWrapper(AttemptLocalService attemptLocalService) {
		_attemptLocalService = attemptLocalService;
	}

	/**
	 * Adds the attempt to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AttemptLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param attempt the attempt
	 * @return the attempt that was added
	 */
	@Override
	public ru.opora.diagnostics.model.Attempt addAttempt(
		ru.opora.diagnostics.model.Attempt attempt) {

		return _attemptLocalService.addAttempt(attempt);
	}

	/**
	 * Stores the result of an external diagnostic: percent per competence code of the latest published bank.
	 */
	@Override
	public ru.opora.diagnostics.model.Attempt addExternalResult(
			long groupId, long schoolId, long teacherUserId, String subject,
			java.util.Date date, java.util.Map<String, Double> percents)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _attemptLocalService.addExternalResult(
			groupId, schoolId, teacherUserId, subject, date, percents);
	}

	/**
	 * Stores the checked results of an import (see AttemptService.importExternalResults) in one
	 * transaction: all of them, or none if one fails.
	 */
	@Override
	public int addExternalResults(
			long groupId,
			java.util.List<ru.opora.domain.diagnostics.ExternalResult> results)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _attemptLocalService.addExternalResults(groupId, results);
	}

	/**
	 * Creates a new attempt with the primary key. Does not add the attempt to the database.
	 *
	 * @param attemptId the primary key for the new attempt
	 * @return the new attempt
	 */
	@Override
	public ru.opora.diagnostics.model.Attempt createAttempt(long attemptId) {
		return _attemptLocalService.createAttempt(attemptId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _attemptLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Deletes the attempt from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AttemptLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param attempt the attempt
	 * @return the attempt that was removed
	 */
	@Override
	public ru.opora.diagnostics.model.Attempt deleteAttempt(
		ru.opora.diagnostics.model.Attempt attempt) {

		return _attemptLocalService.deleteAttempt(attempt);
	}

	/**
	 * Deletes the attempt with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AttemptLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param attemptId the primary key of the attempt
	 * @return the attempt that was removed
	 * @throws PortalException if a attempt with the primary key could not be found
	 */
	@Override
	public ru.opora.diagnostics.model.Attempt deleteAttempt(long attemptId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _attemptLocalService.deleteAttempt(attemptId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _attemptLocalService.deletePersistedModel(persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _attemptLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _attemptLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _attemptLocalService.dynamicQuery();
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

		return _attemptLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.AttemptModelImpl</code>.
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

		return _attemptLocalService.dynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.AttemptModelImpl</code>.
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

		return _attemptLocalService.dynamicQuery(
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

		return _attemptLocalService.dynamicQueryCount(dynamicQuery);
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

		return _attemptLocalService.dynamicQueryCount(dynamicQuery, projection);
	}

	@Override
	public ru.opora.diagnostics.model.Attempt fetchAttempt(long attemptId) {
		return _attemptLocalService.fetchAttempt(attemptId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _attemptLocalService.getActionableDynamicQuery();
	}

	/**
	 * The figures of the teachers of some sites: Teacher site role members and everyone with an attempt there.
	 */
	@Override
	public ru.opora.domain.diagnostics.Aggregates getAggregates(
		long companyId, long[] groupIds) {

		return _attemptLocalService.getAggregates(companyId, groupIds);
	}

	/**
	 * Returns the attempt with the primary key.
	 *
	 * @param attemptId the primary key of the attempt
	 * @return the attempt
	 * @throws PortalException if a attempt with the primary key could not be found
	 */
	@Override
	public ru.opora.diagnostics.model.Attempt getAttempt(long attemptId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _attemptLocalService.getAttempt(attemptId);
	}

	/**
	 * Returns a range of all the attempts.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.AttemptModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of attempts
	 * @param end the upper bound of the range of attempts (not inclusive)
	 * @return the range of attempts
	 */
	@Override
	public java.util.List<ru.opora.diagnostics.model.Attempt> getAttempts(
		int start, int end) {

		return _attemptLocalService.getAttempts(start, end);
	}

	/**
	 * Returns the number of attempts.
	 *
	 * @return the number of attempts
	 */
	@Override
	public int getAttemptsCount() {
		return _attemptLocalService.getAttemptsCount();
	}

	/**
	 * Code → name of the competences of a bank version, 0 for the latest
	 * published one (names are not personal data).
	 */
	@Override
	public java.util.Map<String, String> getCompetenceNames(
		long companyId, int bankVersion) {

		return _attemptLocalService.getCompetenceNames(companyId, bankVersion);
	}

	@Override
	public ru.opora.domain.diagnostics.DiagnosticResult getDiagnosticResult(
		ru.opora.diagnostics.model.Attempt attempt) {

		return _attemptLocalService.getDiagnosticResult(attempt);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _attemptLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * The drawn items as the teacher sees them (no keys), in draw order.
	 */
	@Override
	public java.util.List<ru.opora.diagnostics.model.ItemView> getItemViews(
		ru.opora.diagnostics.model.Attempt attempt) {

		return _attemptLocalService.getItemViews(attempt);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _attemptLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _attemptLocalService.getPersistedModel(primaryKeyObj);
	}

	@Override
	public java.util.List<ru.opora.diagnostics.model.Attempt> getSchoolAttempts(
		long schoolId) {

		return _attemptLocalService.getSchoolAttempts(schoolId);
	}

	/**
	 * Seconds left to answer (0: time is over).
	 */
	@Override
	public long getSecondsLeft(
			ru.opora.diagnostics.model.Attempt attempt, java.util.Date now)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _attemptLocalService.getSecondsLeft(attempt, now);
	}

	@Override
	public java.util.List<ru.opora.diagnostics.model.Attempt>
		getSessionAttempts(long diagnosticSessionId) {

		return _attemptLocalService.getSessionAttempts(diagnosticSessionId);
	}

	@Override
	public java.util.List<ru.opora.diagnostics.model.Attempt> getUserAttempts(
		long userId) {

		return _attemptLocalService.getUserAttempts(userId);
	}

	@Override
	public ru.opora.diagnostics.model.Consent giveConsent(long userId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _attemptLocalService.giveConsent(userId);
	}

	@Override
	public boolean hasConsent(long companyId, long userId) {
		return _attemptLocalService.hasConsent(companyId, userId);
	}

	/**
	 * Merges answers into the saved ones (only drawn items). After the time is
	 * over the attempt is submitted with what was saved, the new answers are
	 * not taken, and the completed attempt is returned (no exception, so the
	 * submission is not rolled back).
	 */
	@Override
	public ru.opora.diagnostics.model.Attempt saveAnswers(
			long attemptId, java.util.Map<String, String> answers,
			java.util.Date now)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _attemptLocalService.saveAnswers(attemptId, answers, now);
	}

	/**
	 * Starts (draws the items) or resumes an attempt. Requires the teacher's
	 * consent and the session's period; an attempt whose time ran out is
	 * submitted.
	 */
	@Override
	public ru.opora.diagnostics.model.Attempt startAttempt(
			long attemptId, java.util.Date now)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _attemptLocalService.startAttempt(attemptId, now);
	}

	/**
	 * Scores the saved answers on the attempt's bank version and stores the result per competence.
	 */
	@Override
	public ru.opora.diagnostics.model.Attempt submitAttempt(
			long attemptId, java.util.Date now)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _attemptLocalService.submitAttempt(attemptId, now);
	}

	/**
	 * Updates the attempt in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AttemptLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param attempt the attempt
	 * @return the attempt that was updated
	 */
	@Override
	public ru.opora.diagnostics.model.Attempt updateAttempt(
		ru.opora.diagnostics.model.Attempt attempt) {

		return _attemptLocalService.updateAttempt(attempt);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _attemptLocalService.getBasePersistence();
	}

	@Override
	public AttemptLocalService getWrappedService() {
		return _attemptLocalService;
	}

	@Override
	public void setWrappedService(AttemptLocalService attemptLocalService) {
		_attemptLocalService = attemptLocalService;
	}

	private AttemptLocalService _attemptLocalService;

}