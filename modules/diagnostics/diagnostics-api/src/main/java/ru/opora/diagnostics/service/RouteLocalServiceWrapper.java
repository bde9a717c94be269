/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link RouteLocalService}.
 *
 * @author Opora
 * @see RouteLocalService
 * @generated
 */
public class RouteLocalServiceWrapper
	implements RouteLocalService, ServiceWrapper<RouteLocalService> {

	public RouteLocalServiceWrapper() {
		this(null);
	}

	public RouteLocalServiceWrapper(RouteLocalService routeLocalService) {
		_routeLocalService = routeLocalService;
	}

	@Override
	public ru.opora.diagnostics.model.RouteAction addAction(
			long routeId, String competenceCode, String actionType,
			String title, java.util.Date deadline)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _routeLocalService.addAction(
			routeId, competenceCode, actionType, title, deadline);
	}

	/**
	 * Adds the route to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RouteLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param route the route
	 * @return the route that was added
	 */
	@Override
	public ru.opora.diagnostics.model.Route addRoute(
		ru.opora.diagnostics.model.Route route) {

		return _routeLocalService.addRoute(route);
	}

	@Override
	public ru.opora.diagnostics.model.Route agreeRoute(
			long userId, long routeId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _routeLocalService.agreeRoute(userId, routeId);
	}

	/**
	 * Marks an action done with its evidence (a file stored in the route's
	 * folder); a course action also completes the teacher's enrolment. When
	 * every action is done the route is completed.
	 */
	@Override
	public ru.opora.diagnostics.model.RouteAction completeAction(
			long userId, long routeActionId, String fileName, String mimeType,
			byte[] bytes, String comment)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _routeLocalService.completeAction(
			userId, routeActionId, fileName, mimeType, bytes, comment);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _routeLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new route with the primary key. Does not add the route to the database.
	 *
	 * @param routeId the primary key for the new route
	 * @return the new route
	 */
	@Override
	public ru.opora.diagnostics.model.Route createRoute(long routeId) {
		return _routeLocalService.createRoute(routeId);
	}

	@Override
	public ru.opora.diagnostics.model.RouteAction deleteAction(
			long routeActionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _routeLocalService.deleteAction(routeActionId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _routeLocalService.deletePersistedModel(persistedModel);
	}

	/**
	 * Deletes the route with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RouteLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param routeId the primary key of the route
	 * @return the route that was removed
	 * @throws PortalException if a route with the primary key could not be found
	 */
	@Override
	public ru.opora.diagnostics.model.Route deleteRoute(long routeId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _routeLocalService.deleteRoute(routeId);
	}

	/**
	 * Deletes the route from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RouteLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param route the route
	 * @return the route that was removed
	 */
	@Override
	public ru.opora.diagnostics.model.Route deleteRoute(
		ru.opora.diagnostics.model.Route route) {

		return _routeLocalService.deleteRoute(route);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _routeLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _routeLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _routeLocalService.dynamicQuery();
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

		return _routeLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.RouteModelImpl</code>.
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

		return _routeLocalService.dynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.RouteModelImpl</code>.
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

		return _routeLocalService.dynamicQuery(
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

		return _routeLocalService.dynamicQueryCount(dynamicQuery);
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

		return _routeLocalService.dynamicQueryCount(dynamicQuery, projection);
	}

	@Override
	public ru.opora.diagnostics.model.Route fetchAttemptRoute(long attemptId) {
		return _routeLocalService.fetchAttemptRoute(attemptId);
	}

	@Override
	public ru.opora.diagnostics.model.Route fetchRoute(long routeId) {
		return _routeLocalService.fetchRoute(routeId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _routeLocalService.getActionableDynamicQuery();
	}

	/**
	 * The evidence file of a done action; not found if it has none.
	 */
	@Override
	public com.liferay.portal.kernel.repository.model.FileEntry getEvidence(
			long routeActionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _routeLocalService.getEvidence(routeActionId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _routeLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _routeLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _routeLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the route with the primary key.
	 *
	 * @param routeId the primary key of the route
	 * @return the route
	 * @throws PortalException if a route with the primary key could not be found
	 */
	@Override
	public ru.opora.diagnostics.model.Route getRoute(long routeId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _routeLocalService.getRoute(routeId);
	}

	@Override
	public java.util.List<ru.opora.diagnostics.model.RouteAction>
		getRouteActions(long routeId) {

		return _routeLocalService.getRouteActions(routeId);
	}

	/**
	 * Returns a range of all the routes.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.RouteModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of routes
	 * @param end the upper bound of the range of routes (not inclusive)
	 * @return the range of routes
	 */
	@Override
	public java.util.List<ru.opora.diagnostics.model.Route> getRoutes(
		int start, int end) {

		return _routeLocalService.getRoutes(start, end);
	}

	/**
	 * Returns the number of routes.
	 *
	 * @return the number of routes
	 */
	@Override
	public int getRoutesCount() {
		return _routeLocalService.getRoutesCount();
	}

	@Override
	public java.util.List<ru.opora.diagnostics.model.Route> getUserRoutes(
		long userId) {

		return _routeLocalService.getUserRoutes(userId);
	}

	/**
	 * The route of an attempt (one per attempt): proposed once from its
	 * deficits, running for the given months.
	 */
	@Override
	public ru.opora.diagnostics.model.Route proposeRoute(
			long userId, long attemptId, java.time.LocalDate today, int months)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _routeLocalService.proposeRoute(
			userId, attemptId, today, months);
	}

	@Override
	public ru.opora.diagnostics.model.RouteAction updateAction(
			long routeActionId, String title, java.util.Date deadline,
			String comment)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _routeLocalService.updateAction(
			routeActionId, title, deadline, comment);
	}

	/**
	 * Updates the route in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RouteLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param route the route
	 * @return the route that was updated
	 */
	@Override
	public ru.opora.diagnostics.model.Route updateRoute(
		ru.opora.diagnostics.model.Route route) {

		return _routeLocalService.updateRoute(route);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _routeLocalService.getBasePersistence();
	}

	@Override
	public RouteLocalService getWrappedService() {
		return _routeLocalService;
	}

	@Override
	public void setWrappedService(RouteLocalService routeLocalService) {
		_routeLocalService = routeLocalService;
	}

	private RouteLocalService _routeLocalService;

}