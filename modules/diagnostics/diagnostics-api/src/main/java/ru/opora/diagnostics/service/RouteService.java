/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.repository.model.FileEntry;
import com.liferay.portal.kernel.security.access.control.AccessControlled;
import com.liferay.portal.kernel.service.BaseService;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.util.Date;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.diagnostics.model.Route;
import ru.opora.diagnostics.model.RouteAction;

/**
 * Provides the remote service interface for Route. Methods of this
 * service are expected to have security checks based on the propagated JAAS
 * credentials because this service can be accessed remotely.
 *
 * @author Opora
 * @see RouteServiceUtil
 * @generated
 */
@AccessControlled
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface RouteService extends BaseService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>ru.opora.diagnostics.service.impl.RouteServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the route remote service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link RouteServiceUtil} if injection and service tracking are not available.
	 */
	public RouteAction addAction(
			long routeId, String competenceCode, String actionType,
			String title, Date deadline)
		throws PortalException;

	public Route agreeRoute(long routeId) throws PortalException;

	/**
	 * Evidence of one action: only the teacher marks progress.
	 */
	public RouteAction completeAction(
			long routeActionId, String fileName, String mimeType, byte[] bytes,
			String comment)
		throws PortalException;

	public RouteAction deleteAction(long routeActionId) throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Route fetchAttemptRoute(long attemptId) throws PortalException;

	/**
	 * The evidence file of a route action, for whoever may see the route (the view is logged).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public FileEntry getEvidence(long routeActionId) throws PortalException;

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Route getRoute(long routeId) throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<RouteAction> getRouteActions(long routeId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Route> getTeacherRoutes(long teacherUserId)
		throws PortalException;

	/**
	 * Proposes the route of an attempt with deficits: the teacher or the school's leaders.
	 */
	public Route proposeRoute(long attemptId) throws PortalException;

	public RouteAction updateAction(
			long routeActionId, String title, Date deadline, String comment)
		throws PortalException;

}