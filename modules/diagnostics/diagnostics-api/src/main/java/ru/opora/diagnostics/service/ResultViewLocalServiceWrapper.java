/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link ResultViewLocalService}.
 *
 * @author Opora
 * @see ResultViewLocalService
 * @generated
 */
public class ResultViewLocalServiceWrapper
	implements ResultViewLocalService, ServiceWrapper<ResultViewLocalService> {

	public ResultViewLocalServiceWrapper() {
		this(null);
	}

	public ResultViewLocalServiceWrapper(
		ResultViewLocalService resultViewLocalService) {

		_resultViewLocalService = resultViewLocalService;
	}

	/**
	 * Adds the result view to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ResultViewLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param resultView the result view
	 * @return the result view that was added
	 */
	@Override
	public ru.opora.diagnostics.model.ResultView addResultView(
		ru.opora.diagnostics.model.ResultView resultView) {

		return _resultViewLocalService.addResultView(resultView);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _resultViewLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new result view with the primary key. Does not add the result view to the database.
	 *
	 * @param resultViewId the primary key for the new result view
	 * @return the new result view
	 */
	@Override
	public ru.opora.diagnostics.model.ResultView createResultView(
		long resultViewId) {

		return _resultViewLocalService.createResultView(resultViewId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _resultViewLocalService.deletePersistedModel(persistedModel);
	}

	/**
	 * Deletes the result view with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ResultViewLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param resultViewId the primary key of the result view
	 * @return the result view that was removed
	 * @throws PortalException if a result view with the primary key could not be found
	 */
	@Override
	public ru.opora.diagnostics.model.ResultView deleteResultView(
			long resultViewId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _resultViewLocalService.deleteResultView(resultViewId);
	}

	/**
	 * Deletes the result view from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ResultViewLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param resultView the result view
	 * @return the result view that was removed
	 */
	@Override
	public ru.opora.diagnostics.model.ResultView deleteResultView(
		ru.opora.diagnostics.model.ResultView resultView) {

		return _resultViewLocalService.deleteResultView(resultView);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _resultViewLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _resultViewLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _resultViewLocalService.dynamicQuery();
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

		return _resultViewLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.ResultViewModelImpl</code>.
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

		return _resultViewLocalService.dynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.ResultViewModelImpl</code>.
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

		return _resultViewLocalService.dynamicQuery(
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

		return _resultViewLocalService.dynamicQueryCount(dynamicQuery);
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

		return _resultViewLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public ru.opora.diagnostics.model.ResultView fetchResultView(
		long resultViewId) {

		return _resultViewLocalService.fetchResultView(resultViewId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _resultViewLocalService.getActionableDynamicQuery();
	}

	/**
	 * Views of a company's data, newest first; a filter of 0 is none.
	 */
	@Override
	public java.util.List<ru.opora.diagnostics.model.ResultView>
		getCompanyViews(
			long companyId, long teacherUserId, long viewerUserId, int start,
			int end) {

		return _resultViewLocalService.getCompanyViews(
			companyId, teacherUserId, viewerUserId, start, end);
	}

	@Override
	public int getCompanyViewsCount(
		long companyId, long teacherUserId, long viewerUserId) {

		return _resultViewLocalService.getCompanyViewsCount(
			companyId, teacherUserId, viewerUserId);
	}

	/**
	 * Views of a site's data (the site of the viewed attempt), newest first; a filter of 0 is none.
	 */
	@Override
	public java.util.List<ru.opora.diagnostics.model.ResultView> getGroupViews(
		long groupId, long teacherUserId, long viewerUserId, int start,
		int end) {

		return _resultViewLocalService.getGroupViews(
			groupId, teacherUserId, viewerUserId, start, end);
	}

	@Override
	public int getGroupViewsCount(
		long groupId, long teacherUserId, long viewerUserId) {

		return _resultViewLocalService.getGroupViewsCount(
			groupId, teacherUserId, viewerUserId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _resultViewLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _resultViewLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _resultViewLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the result view with the primary key.
	 *
	 * @param resultViewId the primary key of the result view
	 * @return the result view
	 * @throws PortalException if a result view with the primary key could not be found
	 */
	@Override
	public ru.opora.diagnostics.model.ResultView getResultView(
			long resultViewId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _resultViewLocalService.getResultView(resultViewId);
	}

	/**
	 * Returns a range of all the result views.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.ResultViewModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of result views
	 * @param end the upper bound of the range of result views (not inclusive)
	 * @return the range of result views
	 */
	@Override
	public java.util.List<ru.opora.diagnostics.model.ResultView> getResultViews(
		int start, int end) {

		return _resultViewLocalService.getResultViews(start, end);
	}

	/**
	 * Returns the number of result views.
	 *
	 * @return the number of result views
	 */
	@Override
	public int getResultViewsCount() {
		return _resultViewLocalService.getResultViewsCount();
	}

	/**
	 * Views of a teacher's data by other people (their own views are left out), newest first.
	 */
	@Override
	public java.util.List<ru.opora.diagnostics.model.ResultView>
		getViewsByOthers(long teacherUserId, int start, int end) {

		return _resultViewLocalService.getViewsByOthers(
			teacherUserId, start, end);
	}

	@Override
	public int getViewsByOthersCount(long teacherUserId) {
		return _resultViewLocalService.getViewsByOthersCount(teacherUserId);
	}

	@Override
	public ru.opora.diagnostics.model.ResultView logView(
		long viewerUserId, long companyId, long groupId, long teacherUserId,
		long attemptId, String what) {

		return _resultViewLocalService.logView(
			viewerUserId, companyId, groupId, teacherUserId, attemptId, what);
	}

	/**
	 * Updates the result view in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ResultViewLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param resultView the result view
	 * @return the result view that was updated
	 */
	@Override
	public ru.opora.diagnostics.model.ResultView updateResultView(
		ru.opora.diagnostics.model.ResultView resultView) {

		return _resultViewLocalService.updateResultView(resultView);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _resultViewLocalService.getBasePersistence();
	}

	@Override
	public ResultViewLocalService getWrappedService() {
		return _resultViewLocalService;
	}

	@Override
	public void setWrappedService(
		ResultViewLocalService resultViewLocalService) {

		_resultViewLocalService = resultViewLocalService;
	}

	private ResultViewLocalService _resultViewLocalService;

}