package ru.opora.portal.setup.internal.instance.lifecycle;

import com.liferay.portal.instance.lifecycle.BasePortalInstanceLifecycleListener;
import com.liferay.portal.instance.lifecycle.PortalInstanceLifecycleListener;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.module.framework.ModuleServiceLifecycle;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.ResourceActionLocalService;
import com.liferay.portal.kernel.service.ResourcePermissionLocalService;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import javax.portlet.Portlet;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.portal.setup.internal.role.OporaRoleMatrix;
import ru.opora.portal.setup.internal.role.OporaRolesInstaller;

/**
 * Creates the Opora roles and grants their permissions in every portal
 * instance the portal registers (all instances when this bundle starts, and
 * each new one). Idempotent: only what is missing is added.
 *
 * <p>
 * It waits for the schools and mentoring services (their portlet resource
 * permissions), whose resource actions the grants refer to; an action the
 * portal does not know yet is skipped with a warning rather than failing.
 * </p>
 *
 * @author Opora
 */
@Component(service = PortalInstanceLifecycleListener.class)
public class OporaRolesPortalInstanceLifecycleListener
	extends BasePortalInstanceLifecycleListener {

	@Override
	public void portalInstanceRegistered(Company company) throws Exception {
		OporaRolesInstaller oporaRolesInstaller = new OporaRolesInstaller(
			OporaRoleMatrix.defaults(), _roleLocalService,
			_resourceActionLocalService, _resourcePermissionLocalService,
			_userLocalService);

		OporaRolesInstaller.Report report = oporaRolesInstaller.install(
			company.getCompanyId());

		if (!report.getUnregisteredActions().isEmpty() ||
			!report.getConflictingRoles().isEmpty()) {

			if (_log.isWarnEnabled()) {
				_log.warn(
					"Opora roles of company " + company.getCompanyId() +
						" are incomplete: " + report);
			}
		}
		else if (report.isChanged() && _log.isInfoEnabled()) {
			_log.info(
				"Opora roles of company " + company.getCompanyId() + ": " +
					report);
		}
	}

	/** The library's actions (ru.opora.library) are read from its web bundle when its portlet registers. */
	@Reference(target = "(javax.portlet.name=ru_opora_library_web_LibraryPortlet)")
	private Portlet _libraryPortlet;

	@Reference(target = ModuleServiceLifecycle.PORTAL_INITIALIZED)
	private ModuleServiceLifecycle _moduleServiceLifecycle;

	@Reference(target = "(resource.name=ru.opora.mentoring)")
	private PortletResourcePermission _mentoringPortletResourcePermission;

	@Reference
	private ResourceActionLocalService _resourceActionLocalService;

	@Reference
	private ResourcePermissionLocalService _resourcePermissionLocalService;

	@Reference
	private RoleLocalService _roleLocalService;

	@Reference(target = "(resource.name=ru.opora.schools)")
	private PortletResourcePermission _schoolsPortletResourcePermission;

	@Reference
	private UserLocalService _userLocalService;

	private static final Log _log = LogFactoryUtil.getLog(
		OporaRolesPortalInstanceLifecycleListener.class);

}
