package ru.opora.diagnostics.web.internal.util;

import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.language.Language;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.UserGroupRoleLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.Portal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.diagnostics.constants.DiagnosticsConstants;
import ru.opora.diagnostics.service.AttemptService;
import ru.opora.diagnostics.service.CourseService;
import ru.opora.diagnostics.service.DiagnosticItemService;
import ru.opora.diagnostics.service.DiagnosticSessionService;
import ru.opora.diagnostics.model.Route;
import ru.opora.diagnostics.service.ResultViewService;
import ru.opora.diagnostics.service.RouteService;
import ru.opora.portal.feature.OporaFeatureService;
import ru.opora.schools.service.SchoolService;

/**
 * The services the portlet's commands and display contexts use: the
 * permission-checked diagnostics services (never the local ones) and the
 * portal's own services for names and roles.
 *
 * @author Opora
 */
@Component(service = DiagnosticsServices.class)
public class DiagnosticsServices {

	public AttemptService getAttemptService() {
		return _attemptService;
	}

	public CourseService getCourseService() {
		return _courseService;
	}

	public DiagnosticItemService getDiagnosticItemService() {
		return _diagnosticItemService;
	}

	public DiagnosticSessionService getDiagnosticSessionService() {
		return _diagnosticSessionService;
	}

	public GroupLocalService getGroupLocalService() {
		return _groupLocalService;
	}

	public Language getLanguage() {
		return _language;
	}

	public OporaFeatureService getOporaFeatureService() {
		return _oporaFeatureService;
	}

	public OrganizationLocalService getOrganizationLocalService() {
		return _organizationLocalService;
	}

	public Portal getPortal() {
		return _portal;
	}

	public PortletResourcePermission getPortletResourcePermission() {
		return _portletResourcePermission;
	}

	public ResultViewService getResultViewService() {
		return _resultViewService;
	}

	public RoleLocalService getRoleLocalService() {
		return _roleLocalService;
	}

	public ModelResourcePermission<Route> getRouteModelResourcePermission() {
		return _routeModelResourcePermission;
	}

	public RouteService getRouteService() {
		return _routeService;
	}

	public SchoolService getSchoolService() {
		return _schoolService;
	}

	public UserGroupRoleLocalService getUserGroupRoleLocalService() {
		return _userGroupRoleLocalService;
	}

	public UserLocalService getUserLocalService() {
		return _userLocalService;
	}

	@Reference
	private AttemptService _attemptService;

	@Reference(target = "(model.class.name=ru.opora.diagnostics.model.Route)")
	private ModelResourcePermission<Route> _routeModelResourcePermission;

	@Reference
	private CourseService _courseService;

	@Reference
	private DiagnosticItemService _diagnosticItemService;

	@Reference
	private DiagnosticSessionService _diagnosticSessionService;

	@Reference
	private GroupLocalService _groupLocalService;

	@Reference
	private Language _language;

	@Reference
	private OporaFeatureService _oporaFeatureService;

	@Reference
	private OrganizationLocalService _organizationLocalService;

	@Reference
	private Portal _portal;

	@Reference(target = "(resource.name=" + DiagnosticsConstants.RESOURCE_NAME + ")")
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private ResultViewService _resultViewService;

	@Reference
	private RoleLocalService _roleLocalService;

	@Reference
	private RouteService _routeService;

	@Reference
	private SchoolService _schoolService;

	@Reference
	private UserGroupRoleLocalService _userGroupRoleLocalService;

	@Reference
	private UserLocalService _userLocalService;

}
