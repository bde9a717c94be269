/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link DiagnosticSessionLocalService}.
 *
 * @author Opora
 * @see DiagnosticSessionLocalService
 * @generated
 */
public class DiagnosticSessionLocalServiceWrapper
	implements DiagnosticSessionLocalService,
			   ServiceWrapper<DiagnosticSessionLocalService> {

	public DiagnosticSessionLocalServiceWrapper() {
		this(null);
	}

	public DiagnosticSessionLocalServiceWrapper(
		DiagnosticSessionLocalService diagnosticSessionLocalService) {

		_diagnosticSessionLocalService = diagnosticSessionLocalService;
	}

	/**
	 * Adds the diagnostic session to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect DiagnosticSessionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param diagnosticSession the diagnostic session
	 * @return the diagnostic session that was added
	 */
	@Override
	public ru.opora.diagnostics.model.DiagnosticSession addDiagnosticSession(
		ru.opora.diagnostics.model.DiagnosticSession diagnosticSession) {

		return _diagnosticSessionLocalService.addDiagnosticSession(
			diagnosticSession);
	}

	/**
	 * Creates a new diagnostic session with the primary key. Does not add the diagnostic session to the database.
	 *
	 * @param diagnosticSessionId the primary key for the new diagnostic session
	 * @return the new diagnostic session
	 */
	@Override
	public ru.opora.diagnostics.model.DiagnosticSession createDiagnosticSession(
		long diagnosticSessionId) {

		return _diagnosticSessionLocalService.createDiagnosticSession(
			diagnosticSessionId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _diagnosticSessionLocalService.createPersistedModel(
			primaryKeyObj);
	}

	/**
	 * Deletes the diagnostic session from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect DiagnosticSessionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param diagnosticSession the diagnostic session
	 * @return the diagnostic session that was removed
	 */
	@Override
	public ru.opora.diagnostics.model.DiagnosticSession deleteDiagnosticSession(
		ru.opora.diagnostics.model.DiagnosticSession diagnosticSession) {

		return _diagnosticSessionLocalService.deleteDiagnosticSession(
			diagnosticSession);
	}

	/**
	 * Deletes the diagnostic session with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect DiagnosticSessionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param diagnosticSessionId the primary key of the diagnostic session
	 * @return the diagnostic session that was removed
	 * @throws PortalException if a diagnostic session with the primary key could not be found
	 */
	@Override
	public ru.opora.diagnostics.model.DiagnosticSession deleteDiagnosticSession(
			long diagnosticSessionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _diagnosticSessionLocalService.deleteDiagnosticSession(
			diagnosticSessionId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _diagnosticSessionLocalService.deletePersistedModel(
			persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _diagnosticSessionLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _diagnosticSessionLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _diagnosticSessionLocalService.dynamicQuery();
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

		return _diagnosticSessionLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.DiagnosticSessionModelImpl</code>.
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

		return _diagnosticSessionLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.DiagnosticSessionModelImpl</code>.
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

		return _diagnosticSessionLocalService.dynamicQuery(
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

		return _diagnosticSessionLocalService.dynamicQueryCount(dynamicQuery);
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

		return _diagnosticSessionLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public ru.opora.diagnostics.model.DiagnosticSession fetchDiagnosticSession(
		long diagnosticSessionId) {

		return _diagnosticSessionLocalService.fetchDiagnosticSession(
			diagnosticSessionId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _diagnosticSessionLocalService.getActionableDynamicQuery();
	}

	/**
	 * Returns the diagnostic session with the primary key.
	 *
	 * @param diagnosticSessionId the primary key of the diagnostic session
	 * @return the diagnostic session
	 * @throws PortalException if a diagnostic session with the primary key could not be found
	 */
	@Override
	public ru.opora.diagnostics.model.DiagnosticSession getDiagnosticSession(
			long diagnosticSessionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _diagnosticSessionLocalService.getDiagnosticSession(
			diagnosticSessionId);
	}

	/**
	 * Returns a range of all the diagnostic sessions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.DiagnosticSessionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of diagnostic sessions
	 * @param end the upper bound of the range of diagnostic sessions (not inclusive)
	 * @return the range of diagnostic sessions
	 */
	@Override
	public java.util.List<ru.opora.diagnostics.model.DiagnosticSession>
		getDiagnosticSessions(int start, int end) {

		return _diagnosticSessionLocalService.getDiagnosticSessions(start, end);
	}

	/**
	 * Returns the number of diagnostic sessions.
	 *
	 * @return the number of diagnostic sessions
	 */
	@Override
	public int getDiagnosticSessionsCount() {
		return _diagnosticSessionLocalService.getDiagnosticSessionsCount();
	}

	@Override
	public java.util.List<ru.opora.diagnostics.model.DiagnosticSession>
		getGroupSessions(long groupId) {

		return _diagnosticSessionLocalService.getGroupSessions(groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _diagnosticSessionLocalService.
			getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _diagnosticSessionLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _diagnosticSessionLocalService.getPersistedModel(primaryKeyObj);
	}

	@Override
	public java.util.List<ru.opora.diagnostics.model.DiagnosticSession>
		getSchoolSessions(long schoolId) {

		return _diagnosticSessionLocalService.getSchoolSessions(schoolId);
	}

	@Override
	public ru.opora.diagnostics.model.DiagnosticSession openSession(
			long userId, long groupId, String name, long schoolId,
			String subject, java.util.Date startDate, java.util.Date endDate,
			int timeLimit, long[] teacherUserIds)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _diagnosticSessionLocalService.openSession(
			userId, groupId, name, schoolId, subject, startDate, endDate,
			timeLimit, teacherUserIds);
	}

	/**
	 * Updates the diagnostic session in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect DiagnosticSessionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param diagnosticSession the diagnostic session
	 * @return the diagnostic session that was updated
	 */
	@Override
	public ru.opora.diagnostics.model.DiagnosticSession updateDiagnosticSession(
		ru.opora.diagnostics.model.DiagnosticSession diagnosticSession) {

		return _diagnosticSessionLocalService.updateDiagnosticSession(
			diagnosticSession);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _diagnosticSessionLocalService.getBasePersistence();
	}

	@Override
	public DiagnosticSessionLocalService getWrappedService() {
		return _diagnosticSessionLocalService;
	}

	@Override
	public void setWrappedService(
		DiagnosticSessionLocalService diagnosticSessionLocalService) {

		_diagnosticSessionLocalService = diagnosticSessionLocalService;
	}

	private DiagnosticSessionLocalService _diagnosticSessionLocalService;

}