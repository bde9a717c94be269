/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.module.service.Snapshot;

import java.util.List;

import ru.opora.diagnostics.model.Route;

/**
 * Provides the remote service utility for Route. This utility wraps
 * <code>ru.opora.diagnostics.service.impl.RouteServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Opora
 * @see RouteService
 * @generated
 */
public class RouteServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>ru.opora.diagnostics.service.impl.RouteServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static ru.opora.diagnostics.model.RouteAction addAction(
			long routeId, String competenceCode, String actionType,
			String title, java.util.Date deadline)
		throws PortalException {

		return getService().addAction(
			routeId, competenceCode, actionType, title, deadline);
	}

	public static Route agreeRoute(long routeId) throws PortalException {
		return getService().agreeRoute(routeId);
	}

	/**
	 * Evidence of one action: only the teacher marks progress.
	 */
	public static ru.opora.diagnostics.model.RouteAction completeAction(
			long routeActionId, String fileName, String mimeType, byte[] bytes,
			String comment)
		throws PortalException {

		return getService().completeAction(
			routeActionId, fileName, mimeType, bytes, comment);
	}

	public static ru.opora.diagnostics.model.RouteAction deleteAction(
			long routeActionId)
		throws PortalException {

		return getService().deleteAction(routeActionId);
	}

	public static Route fetchAttemptRoute(long attemptId)
		throws PortalException {

		return getService().fetchAttemptRoute(attemptId);
	}

	/**
	 * The evidence file of a route action, for whoever may see the route (the view is logged).
	 */
	public static com.liferay.portal.kernel.repository.model.FileEntry
			getEvidence(long routeActionId)
		throws PortalException {

		return getService().getEvidence(routeActionId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	public static Route getRoute(long routeId) throws PortalException {
		return getService().getRoute(routeId);
	}

	public static List<ru.opora.diagnostics.model.RouteAction> getRouteActions(
			long routeId)
		throws PortalException {

		return getService().getRouteActions(routeId);
	}

	public static List<Route> getTeacherRoutes(long teacherUserId)
		throws PortalException {

		return getService().getTeacherRoutes(teacherUserId);
	}

	/**
	 * Proposes the route of an attempt with deficits: the teacher or the school's leaders.
	 */
	public static Route proposeRoute(long attemptId) throws PortalException {
		return getService().proposeRoute(attemptId);
	}

	public static ru.opora.diagnostics.model.RouteAction updateAction(
			long routeActionId, String title, java.util.Date deadline,
			String comment)
		throws PortalException {

		return getService().updateAction(
			routeActionId, title, deadline, comment);
	}

	public static RouteService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<RouteService> _serviceSnapshot =
		new Snapshot<>(RouteServiceUtil.class, RouteService.class);

}