package ru.opora.diagnostics.service.impl;

import com.liferay.portal.kernel.repository.model.FileEntry;
import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.diagnostics.internal.security.DiagnosticsAccess;
import ru.opora.diagnostics.model.Attempt;
import ru.opora.diagnostics.model.Route;
import ru.opora.diagnostics.model.RouteAction;
import ru.opora.diagnostics.service.AttemptLocalService;
import ru.opora.diagnostics.service.ResultViewLocalService;
import ru.opora.diagnostics.service.RouteActionLocalService;
import ru.opora.diagnostics.service.base.RouteServiceBaseImpl;

/**
 * Routes (ИОМ), individual data: read by those who may see the teacher's
 * results (audited), proposed and edited by the teacher and the school's
 * leaders, agreed by a school leader, progress marked by the teacher.
 *
 * @author Opora
 */
@Component(
	property = {"json.web.service.context.name=oporadiag", "json.web.service.context.path=Route"},
	service = AopService.class
)
public class RouteServiceImpl extends RouteServiceBaseImpl {

	public RouteAction addAction(long routeId, String competenceCode, String actionType, String title, Date deadline)
		throws PortalException {

		_routeModelResourcePermission.check(getPermissionChecker(), routeId, ActionKeys.UPDATE);

		return routeLocalService.addAction(routeId, competenceCode, actionType, title, deadline);
	}

	public Route agreeRoute(long routeId) throws PortalException {
		Route route = routeLocalService.getRoute(routeId);

		if (!_diagnosticsAccess.isSchoolLeader(getUserId(), route.getGroupId(), route.getSchoolId())) {
			throw new PrincipalException.MustHavePermission(
				getPermissionChecker(), Route.class.getName(), routeId, "AGREE");
		}

		return routeLocalService.agreeRoute(getUserId(), routeId);
	}

	/** Evidence of one action: only the teacher marks progress. */
	public RouteAction completeAction(
			long routeActionId, String fileName, String mimeType, byte[] bytes, String comment)
		throws PortalException {

		RouteAction action = _routeActionLocalService.getRouteAction(routeActionId);
		Route route = routeLocalService.getRoute(action.getRouteId());

		if (route.getUserId() != getUserId()) {
			throw new PrincipalException.MustHavePermission(
				getPermissionChecker(), Route.class.getName(), route.getRouteId(), ActionKeys.UPDATE);
		}

		return routeLocalService.completeAction(getUserId(), routeActionId, fileName, mimeType, bytes, comment);
	}

	public RouteAction deleteAction(long routeActionId) throws PortalException {
		RouteAction action = _routeActionLocalService.getRouteAction(routeActionId);

		_routeModelResourcePermission.check(getPermissionChecker(), action.getRouteId(), ActionKeys.UPDATE);

		return routeLocalService.deleteAction(routeActionId);
	}

	public Route fetchAttemptRoute(long attemptId) throws PortalException {
		Route route = routeLocalService.fetchAttemptRoute(attemptId);

		if (route != null) {
			_checkViewAndLog(route);
		}

		return route;
	}

	/** The evidence file of a route action, for whoever may see the route (the view is logged). */
	public FileEntry getEvidence(long routeActionId) throws PortalException {
		RouteAction action = _routeActionLocalService.getRouteAction(routeActionId);

		_checkViewAndLog(routeLocalService.getRoute(action.getRouteId()));

		return routeLocalService.getEvidence(routeActionId);
	}

	public Route getRoute(long routeId) throws PortalException {
		Route route = routeLocalService.getRoute(routeId);

		_checkViewAndLog(route);

		return route;
	}

	public List<RouteAction> getRouteActions(long routeId) throws PortalException {
		_checkViewAndLog(routeLocalService.getRoute(routeId));

		return routeLocalService.getRouteActions(routeId);
	}

	public List<Route> getTeacherRoutes(long teacherUserId) throws PortalException {
		List<Route> routes = new ArrayList<>(routeLocalService.getUserRoutes(teacherUserId));

		for (Route route : routes) {
			_checkViewAndLog(route);
		}

		return routes;
	}

	/** Proposes the route of an attempt with deficits: the teacher or the school's leaders. */
	public Route proposeRoute(long attemptId) throws PortalException {
		Attempt attempt = _attemptLocalService.getAttempt(attemptId);

		if (!_diagnosticsAccess.canEditRoute(
				getPermissionChecker(), attempt.getGroupId(), attempt.getSchoolId(), attempt.getUserId())) {

			throw new PrincipalException.MustHavePermission(
				getPermissionChecker(), Attempt.class.getName(), attemptId, ActionKeys.UPDATE);
		}

		ZoneId zone = getUser().getTimeZone().toZoneId();

		return routeLocalService.proposeRoute(
			getUserId(), attemptId, LocalDate.now(zone), _diagnosticsAccess.routeMonths(attempt.getCompanyId()));
	}

	public RouteAction updateAction(long routeActionId, String title, Date deadline, String comment)
		throws PortalException {

		RouteAction action = _routeActionLocalService.getRouteAction(routeActionId);

		_routeModelResourcePermission.check(getPermissionChecker(), action.getRouteId(), ActionKeys.UPDATE);

		return routeLocalService.updateAction(routeActionId, title, deadline, comment);
	}

	private void _checkViewAndLog(Route route) throws PortalException {
		_routeModelResourcePermission.check(getPermissionChecker(), route, ActionKeys.VIEW);
		_resultViewLocalService.logView(
			getUserId(), route.getCompanyId(), route.getGroupId(), route.getUserId(), route.getAttemptId(), "route");
	}

	@Reference
	private AttemptLocalService _attemptLocalService;

	@Reference
	private DiagnosticsAccess _diagnosticsAccess;

	@Reference
	private ResultViewLocalService _resultViewLocalService;

	@Reference
	private RouteActionLocalService _routeActionLocalService;

	@Reference(target = "(model.class.name=ru.opora.diagnostics.model.Route)")
	private ModelResourcePermission<Route> _routeModelResourcePermission;

}
