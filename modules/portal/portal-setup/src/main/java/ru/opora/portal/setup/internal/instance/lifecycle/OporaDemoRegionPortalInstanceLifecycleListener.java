package ru.opora.portal.setup.internal.instance.lifecycle;

import com.liferay.portal.instance.lifecycle.BasePortalInstanceLifecycleListener;
import com.liferay.portal.instance.lifecycle.PortalInstanceLifecycleListener;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.module.framework.ModuleServiceLifecycle;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.LayoutSetLocalService;
import com.liferay.portal.kernel.service.LayoutSetPrototypeLocalService;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.UserGroupRoleLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.portal.setup.internal.demo.DemoRegionLoader;
import ru.opora.schools.service.SchoolLocalService;

/**
 * Loads the demo region ({@link DemoRegionLoader}) into the default portal
 * instance when the portal property {@code opora.demo.data.enabled} is true;
 * once, the region site being the marker.
 *
 * <p>
 * It starts after the roles listener, which creates the Opora roles the demo
 * users get, and after the site template listener, whose template the
 * municipality sites are linked to; if the roles do not exist yet when it
 * runs, nothing is loaded and the next start tries again.
 * </p>
 *
 * @author Opora
 */
@Component(service = PortalInstanceLifecycleListener.class)
public class OporaDemoRegionPortalInstanceLifecycleListener
	extends BasePortalInstanceLifecycleListener {

	@Override
	public void portalInstanceRegistered(Company company) throws Exception {
		DemoRegionLoader demoRegionLoader = new DemoRegionLoader(
			_groupLocalService, _layoutSetLocalService,
			_layoutSetPrototypeLocalService, _organizationLocalService, _roleLocalService,
			_schoolLocalService, _userGroupRoleLocalService, _userLocalService);

		demoRegionLoader.load(company);
	}

	@Reference
	private GroupLocalService _groupLocalService;

	@Reference
	private LayoutSetLocalService _layoutSetLocalService;

	@Reference
	private LayoutSetPrototypeLocalService _layoutSetPrototypeLocalService;

	@Reference(target = ModuleServiceLifecycle.PORTAL_INITIALIZED)
	private ModuleServiceLifecycle _moduleServiceLifecycle;

	@Reference
	private OrganizationLocalService _organizationLocalService;

	@Reference(
		target = "(component.name=ru.opora.portal.setup.internal.instance.lifecycle.OporaRolesPortalInstanceLifecycleListener)"
	)
	private PortalInstanceLifecycleListener
		_oporaRolesPortalInstanceLifecycleListener;

	@Reference(
		target = "(component.name=ru.opora.portal.setup.internal.instance.lifecycle.OporaSiteTemplatePortalInstanceLifecycleListener)"
	)
	private PortalInstanceLifecycleListener
		_oporaSiteTemplatePortalInstanceLifecycleListener;

	@Reference
	private RoleLocalService _roleLocalService;

	@Reference
	private SchoolLocalService _schoolLocalService;

	@Reference
	private UserGroupRoleLocalService _userGroupRoleLocalService;

	@Reference
	private UserLocalService _userLocalService;

}
