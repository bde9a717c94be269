package ru.opora.diagnostics.internal.security;

import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermissionFactory;
import com.liferay.portal.kernel.util.HashMapDictionaryBuilder;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import ru.opora.diagnostics.constants.DiagnosticsConstants;

/**
 * Publishes the permission checker of the site-wide diagnostics actions
 * (bank, courses, sessions, aggregates, import).
 *
 * @author Opora
 */
@Component(service = {})
public class DiagnosticsPortletResourcePermissionRegistrar {

	@Activate
	protected void activate(BundleContext bundleContext) {
		_serviceRegistration = bundleContext.registerService(
			PortletResourcePermission.class,
			PortletResourcePermissionFactory.create(
				DiagnosticsConstants.RESOURCE_NAME),
			HashMapDictionaryBuilder.<String, Object>put(
				"resource.name", DiagnosticsConstants.RESOURCE_NAME
			).build());
	}

	@Deactivate
	protected void deactivate() {
		_serviceRegistration.unregister();
	}

	private ServiceRegistration<PortletResourcePermission> _serviceRegistration;

}
