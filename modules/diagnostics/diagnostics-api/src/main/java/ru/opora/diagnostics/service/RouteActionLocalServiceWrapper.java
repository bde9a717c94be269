/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link RouteActionLocalService}.
 *
 * @author Opora
 * @see RouteActionLocalService
 * @generated
 */
public class RouteActionLocalServiceWrapper
	implements RouteActionLocalService,
			   ServiceWrapper<RouteActionLocalService> {

	public RouteActionLocalServiceWrapper() {
		this(null);
	}

	public RouteActionLocalServiceWrapper(
		RouteActionLocalService routeActionLocalService) {

		_routeActionLocalService = routeActionLocalService;
	}

	/**
	 * Adds the route action to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RouteActionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param routeAction the route action
	 * @return the route action that was added
	 */
	@Override
	public ru.opora.diagnostics.model.RouteAction addRouteAction(
		ru.opora.diagnostics.model.RouteAction routeAction) {

		return _routeActionLocalService.addRouteAction(routeAction);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _routeActionLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new route action with the primary key. Does not add the route action to the database.
	 *
	 * @param routeActionId the primary key for the new route action
	 * @return the new route action
	 */
	@Override
	public ru.opora.diagnostics.model.RouteAction createRouteAction(
		long routeActionId) {

		return _routeActionLocalService.createRouteAction(routeActionId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _routeActionLocalService.deletePersistedModel(persistedModel);
	}

	/**
	 * Deletes the route action with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RouteActionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param routeActionId the primary key of the route action
	 * @return the route action that was removed
	 * @throws PortalException if a route action with the primary key could not be found
	 */
	@Override
	public ru.opora.diagnostics.model.RouteAction deleteRouteAction(
			long routeActionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _routeActionLocalService.deleteRouteAction(routeActionId);
	}

	/**
	 * Deletes the route action from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RouteActionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param routeAction the route action
	 * @return the route action that was removed
	 */
	@Override
	public ru.opora.diagnostics.model.RouteAction deleteRouteAction(
		ru.opora.diagnostics.model.RouteAction routeAction) {

		return _routeActionLocalService.deleteRouteAction(routeAction);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _routeActionLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _routeActionLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _routeActionLocalService.dynamicQuery();
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

		return _routeActionLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.RouteActionModelImpl</code>.
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

		return _routeActionLocalService.dynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.RouteActionModelImpl</code>.
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

		return _routeActionLocalService.dynamicQuery(
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

		return _routeActionLocalService.dynamicQueryCount(dynamicQuery);
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

		return _routeActionLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public ru.opora.diagnostics.model.RouteAction fetchRouteAction(
		long routeActionId) {

		return _routeActionLocalService.fetchRouteAction(routeActionId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _routeActionLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _routeActionLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _routeActionLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _routeActionLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the route action with the primary key.
	 *
	 * @param routeActionId the primary key of the route action
	 * @return the route action
	 * @throws PortalException if a route action with the primary key could not be found
	 */
	@Override
	public ru.opora.diagnostics.model.RouteAction getRouteAction(
			long routeActionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _routeActionLocalService.getRouteAction(routeActionId);
	}

	/**
	 * Returns a range of all the route actions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.RouteActionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of route actions
	 * @param end the upper bound of the range of route actions (not inclusive)
	 * @return the range of route actions
	 */
	@Override
	public java.util.List<ru.opora.diagnostics.model.RouteAction>
		getRouteActions(int start, int end) {

		return _routeActionLocalService.getRouteActions(start, end);
	}

	/**
	 * Returns the number of route actions.
	 *
	 * @return the number of route actions
	 */
	@Override
	public int getRouteActionsCount() {
		return _routeActionLocalService.getRouteActionsCount();
	}

	/**
	 * Updates the route action in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RouteActionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param routeAction the route action
	 * @return the route action that was updated
	 */
	@Override
	public ru.opora.diagnostics.model.RouteAction updateRouteAction(
		ru.opora.diagnostics.model.RouteAction routeAction) {

		return _routeActionLocalService.updateRouteAction(routeAction);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _routeActionLocalService.getBasePersistence();
	}

	@Override
	public RouteActionLocalService getWrappedService() {
		return _routeActionLocalService;
	}

	@Override
	public void setWrappedService(
		RouteActionLocalService routeActionLocalService) {

		_routeActionLocalService = routeActionLocalService;
	}

	private RouteActionLocalService _routeActionLocalService;

}