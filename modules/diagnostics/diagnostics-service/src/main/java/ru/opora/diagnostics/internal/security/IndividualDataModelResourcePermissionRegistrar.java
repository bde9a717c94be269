package ru.opora.diagnostics.internal.security;

import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermissionFactory;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.util.HashMapDictionaryBuilder;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import ru.opora.diagnostics.constants.DiagnosticsConstants;
import ru.opora.diagnostics.model.Attempt;
import ru.opora.diagnostics.model.Route;
import ru.opora.diagnostics.service.AttemptLocalService;
import ru.opora.diagnostics.service.RouteLocalService;

/**
 * Publishes the permission checkers of a teacher's attempt (results) and
 * route (ИОМ), both decided by {@link IndividualDataPermissionLogic}.
 *
 * @author Opora
 */
@Component(service = {})
public class IndividualDataModelResourcePermissionRegistrar {

	@Activate
	protected void activate(BundleContext bundleContext) {
		_attemptRegistration = bundleContext.registerService(
			(Class<ModelResourcePermission<Attempt>>)(Class<?>)ModelResourcePermission.class,
			ModelResourcePermissionFactory.create(
				Attempt.class, Attempt::getAttemptId, _attemptLocalService::getAttempt, _portletResourcePermission,
				(modelResourcePermission, consumer) -> consumer.accept(
					new IndividualDataPermissionLogic<Attempt>(
						_diagnosticsAccess, false, Attempt::getCompanyId, Attempt::getGroupId, Attempt::getSchoolId,
						Attempt::getUserId))),
			HashMapDictionaryBuilder.<String, Object>put(
				"model.class.name", Attempt.class.getName()
			).build());
		_routeRegistration = bundleContext.registerService(
			(Class<ModelResourcePermission<Route>>)(Class<?>)ModelResourcePermission.class,
			ModelResourcePermissionFactory.create(
				Route.class, Route::getRouteId, _routeLocalService::getRoute, _portletResourcePermission,
				(modelResourcePermission, consumer) -> consumer.accept(
					new IndividualDataPermissionLogic<Route>(
						_diagnosticsAccess, true, Route::getCompanyId, Route::getGroupId, Route::getSchoolId,
						Route::getUserId))),
			HashMapDictionaryBuilder.<String, Object>put(
				"model.class.name", Route.class.getName()
			).build());
	}

	@Deactivate
	protected void deactivate() {
		_attemptRegistration.unregister();
		_routeRegistration.unregister();
	}

	@Reference
	private AttemptLocalService _attemptLocalService;

	private ServiceRegistration<ModelResourcePermission<Attempt>> _attemptRegistration;

	@Reference
	private DiagnosticsAccess _diagnosticsAccess;

	@Reference(target = "(resource.name=" + DiagnosticsConstants.RESOURCE_NAME + ")")
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private RouteLocalService _routeLocalService;

	private ServiceRegistration<ModelResourcePermission<Route>> _routeRegistration;

}
