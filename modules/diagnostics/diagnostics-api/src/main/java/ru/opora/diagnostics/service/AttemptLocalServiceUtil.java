/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.module.service.Snapshot;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;
import java.util.Map;

import ru.opora.diagnostics.model.Attempt;

/**
 * Provides the local service utility for Attempt. This utility wraps
 * <code>ru.opora.diagnostics.service.impl.AttemptLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Opora
 * @see AttemptLocalService
 * @generated
 */
public class AttemptLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>ru.opora.diagnostics.service.impl.AttemptLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

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
	public static Attempt addAttempt(Attempt attempt) {
		return getService().addAttempt(attempt);
	}

	/**
	 * Stores the result of an external diagnostic: percent per competence code of the latest published bank.
	 */
	public static Attempt addExternalResult(
			long groupId, long schoolId, long teacherUserId, String subject,
			java.util.Date date, Map<String, Double> percents)
		throws PortalException {

		return getService().addExternalResult(
			groupId, schoolId, teacherUserId, subject, date, percents);
	}

	/**
	 * Stores the checked results of an import (see AttemptService.importExternalResults) in one
	 * transaction: all of them, or none if one fails.
	 */
	public static int addExternalResults(
			long groupId,
			List<ru.opora.domain.diagnostics.ExternalResult> results)
		throws PortalException {

		return getService().addExternalResults(groupId, results);
	}

	/**
	 * Creates a new attempt with the primary key. Does not add the attempt to the database.
	 *
	 * @param attemptId the primary key for the new attempt
	 * @return the new attempt
	 */
	public static Attempt createAttempt(long attemptId) {
		return getService().createAttempt(attemptId);
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
	 * Deletes the attempt from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AttemptLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param attempt the attempt
	 * @return the attempt that was removed
	 */
	public static Attempt deleteAttempt(Attempt attempt) {
		return getService().deleteAttempt(attempt);
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
	public static Attempt deleteAttempt(long attemptId) throws PortalException {
		return getService().deleteAttempt(attemptId);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel deletePersistedModel(
			PersistedModel persistedModel)
		throws PortalException {

		return getService().deletePersistedModel(persistedModel);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.AttemptModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.AttemptModelImpl</code>.
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

	public static Attempt fetchAttempt(long attemptId) {
		return getService().fetchAttempt(attemptId);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	/**
	 * The figures of the teachers of some sites: Teacher site role members and everyone with an attempt there.
	 */
	public static ru.opora.domain.diagnostics.Aggregates getAggregates(
		long companyId, long[] groupIds) {

		return getService().getAggregates(companyId, groupIds);
	}

	/**
	 * Returns the attempt with the primary key.
	 *
	 * @param attemptId the primary key of the attempt
	 * @return the attempt
	 * @throws PortalException if a attempt with the primary key could not be found
	 */
	public static Attempt getAttempt(long attemptId) throws PortalException {
		return getService().getAttempt(attemptId);
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
	public static List<Attempt> getAttempts(int start, int end) {
		return getService().getAttempts(start, end);
	}

	/**
	 * Returns the number of attempts.
	 *
	 * @return the number of attempts
	 */
	public static int getAttemptsCount() {
		return getService().getAttemptsCount();
	}

	/**
	 * Code → name of the competences of a bank version, 0 for the latest
	 * published one (names are not personal data).
	 */
	public static Map<String, String> getCompetenceNames(
		long companyId, int bankVersion) {

		return getService().getCompetenceNames(companyId, bankVersion);
	}

	public static ru.opora.domain.diagnostics.DiagnosticResult
		getDiagnosticResult(Attempt attempt) {

		return getService().getDiagnosticResult(attempt);
	}

	public static
		com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
			getIndexableActionableDynamicQuery() {

		return getService().getIndexableActionableDynamicQuery();
	}

	/**
	 * The drawn items as the teacher sees them (no keys), in draw order.
	 */
	public static List<ru.opora.diagnostics.model.ItemView> getItemViews(
		Attempt attempt) {

		return getService().getItemViews(attempt);
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

	public static List<Attempt> getSchoolAttempts(long schoolId) {
		return getService().getSchoolAttempts(schoolId);
	}

	/**
	 * Seconds left to answer (0: time is over).
	 */
	public static long getSecondsLeft(Attempt attempt, java.util.Date now)
		throws PortalException {

		return getService().getSecondsLeft(attempt, now);
	}

	public static List<Attempt> getSessionAttempts(long diagnosticSessionId) {
		return getService().getSessionAttempts(diagnosticSessionId);
	}

	public static List<Attempt> getUserAttempts(long userId) {
		return getService().getUserAttempts(userId);
	}

	public static ru.opora.diagnostics.model.Consent giveConsent(long userId)
		throws PortalException {

		return getService().giveConsent(userId);
	}

	public static boolean hasConsent(long companyId, long userId) {
		return getService().hasConsent(companyId, userId);
	}

	/**
	 * Merges answers into the saved ones (only drawn items). After the time is
	 * over the attempt is submitted with what was saved, the new answers are
	 * not taken, and the completed attempt is returned (no exception, so the
	 * submission is not rolled back).
	 */
	public static Attempt saveAnswers(
			long attemptId, Map<String, String> answers, java.util.Date now)
		throws PortalException {

		return getService().saveAnswers(attemptId, answers, now);
	}

	/**
	 * Starts (draws the items) or resumes an attempt. Requires the teacher's
	 * consent and the session's period; an attempt whose time ran out is
	 * submitted.
	 */
	public static Attempt startAttempt(long attemptId, java.util.Date now)
		throws PortalException {

		return getService().startAttempt(attemptId, now);
	}

	/**
	 * Scores the saved answers on the attempt's bank version and stores the result per competence.
	 */
	public static Attempt submitAttempt(long attemptId, java.util.Date now)
		throws PortalException {

		return getService().submitAttempt(attemptId, now);
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
	public static Attempt updateAttempt(Attempt attempt) {
		return getService().updateAttempt(attempt);
	}

	public static AttemptLocalService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<AttemptLocalService> _serviceSnapshot =
		new Snapshot<>(
			AttemptLocalServiceUtil.class, AttemptLocalService.class);

}