package ru.opora.schools.internal.security.permission.resource;

import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermissionFactory;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.util.HashMapDictionaryBuilder;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import ru.opora.schools.constants.SchoolsConstants;
import ru.opora.schools.model.School;
import ru.opora.schools.service.SchoolLocalService;

/**
 * Publishes the permission checker of a single school (view, update, delete,
 * permissions), backed by the portal's resource permissions of the school,
 * and letting a school's staff view their own school.
 *
 * @author Opora
 */
@Component(service = {})
public class SchoolModelResourcePermissionRegistrar {

	@Activate
	protected void activate(BundleContext bundleContext) {
		_serviceRegistration = bundleContext.registerService(
			(Class<ModelResourcePermission<School>>)
				(Class<?>)ModelResourcePermission.class,
			ModelResourcePermissionFactory.create(
				School.class, School::getSchoolId,
				_schoolLocalService::getSchool, _portletResourcePermission,
				(modelResourcePermission, consumer) -> consumer.accept(
					new SchoolStaffModelResourcePermissionLogic(
						_organizationLocalService))),
			HashMapDictionaryBuilder.<String, Object>put(
				"model.class.name", School.class.getName()
			).build());
	}

	@Deactivate
	protected void deactivate() {
		_serviceRegistration.unregister();
	}

	@Reference
	private OrganizationLocalService _organizationLocalService;

	@Reference(
		target = "(resource.name=" + SchoolsConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private SchoolLocalService _schoolLocalService;

	private ServiceRegistration<ModelResourcePermission<School>>
		_serviceRegistration;

}
