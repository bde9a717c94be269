/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link RouteService}.
 *
 * @author Opora
 * @see RouteService
 * @generated
 */
public class RouteServiceWrapper
	implements RouteService, ServiceWrapper<RouteService> {

	public RouteServiceWrapper() {
		this(null);
	}

	public RouteServiceWrapper(RouteService routeService) {
		_routeService = routeService;
	}

	@Override
	public ru.opora.diagnostics.model.RouteAction addAction(
			long routeId, String competenceCode, String actionType,
			String title, java.util.Date deadline)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _routeService.addAction(
			routeId, competenceCode, actionType, title, deadline);
	}

	@Override
	public ru.opora.diagnostics.model.Route agreeRoute(long routeId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _routeService.agreeRoute(routeId);
	}

	/**
	 * Evidence of one action: only the teacher marks progress.
	 */
	@Override
	public ru.opora.diagnostics.model.RouteAction completeAction(
			long routeActionId, String fileName, String mimeType, byte[] bytes,
			String comment)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _routeService.completeAction(
			routeActionId, fileName, mimeType, bytes, comment);
	}

	@Override
	public ru.opora.diagnostics.model.RouteAction deleteAction(
			long routeActionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _routeService.deleteAction(routeActionId);
	}

	@Override
	public ru.opora.diagnostics.model.Route fetchAttemptRoute(long attemptId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _routeService.fetchAttemptRoute(attemptId);
	}

	/**
	 * The evidence file of a route action, for whoever may see the route (the view is logged).
	 */
	@Override
	public com.liferay.portal.kernel.repository.model.FileEntry getEvidence(
			long routeActionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _routeService.getEvidence(routeActionId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _routeService.getOSGiServiceIdentifier();
	}

	@Override
	public ru.opora.diagnostics.model.Route getRoute(long routeId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _routeService.getRoute(routeId);
	}

	@Override
	public java.util.List<ru.opora.diagnostics.model.RouteAction>
			getRouteActions(long routeId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _routeService.getRouteActions(routeId);
	}

	@Override
	public java.util.List<ru.opora.diagnostics.model.Route> getTeacherRoutes(
			long teacherUserId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _routeService.getTeacherRoutes(teacherUserId);
	}

	/**
	 * Proposes the route of an attempt with deficits: the teacher or the school's leaders.
	 */
	@Override
	public ru.opora.diagnostics.model.Route proposeRoute(long attemptId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _routeService.proposeRoute(attemptId);
	}

	@Override
	public ru.opora.diagnostics.model.RouteAction updateAction(
			long routeActionId, String title, java.util.Date deadline,
			String comment)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _routeService.updateAction(
			routeActionId, title, deadline, comment);
	}

	@Override
	public RouteService getWrappedService() {
		return _routeService;
	}

	@Override
	public void setWrappedService(RouteService routeService) {
		_routeService = routeService;
	}

	private RouteService _routeService;

}