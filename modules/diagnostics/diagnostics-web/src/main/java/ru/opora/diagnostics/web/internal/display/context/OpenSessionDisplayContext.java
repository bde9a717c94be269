package ru.opora.diagnostics.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Role;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.model.UserGroupRole;

import java.util.ArrayList;
import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.diagnostics.constants.DiagnosticsActionKeys;
import ru.opora.diagnostics.model.DiagnosticSession;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;
import ru.opora.portal.constants.OporaRoleNames;
import ru.opora.schools.model.School;

/**
 * Opening a diagnostic: the schools the viewer may open one for (every school
 * of the site for coordinators, their own for school leaders), the site's
 * teachers (Teacher site role) and the sessions opened so far.
 */
public class OpenSessionDisplayContext extends BaseDisplayContext {

	public OpenSessionDisplayContext(
			RenderRequest renderRequest, RenderResponse renderResponse, DiagnosticsServices services)
		throws PortalException {

		super(renderRequest, renderResponse, services);

		boolean coordinator = services.getPortletResourcePermission().contains(
			themeDisplay.getPermissionChecker(), getGroupId(), DiagnosticsActionKeys.OPEN_SESSION);

		for (School school : services.getSchoolService().getGroupSchools(getGroupId())) {
			if (coordinator ||
				((school.getOrganizationId() > 0) &&
				 services.getOrganizationLocalService().hasUserOrganization(
					 themeDisplay.getUserId(), school.getOrganizationId()))) {

				_schools.add(school);
			}
		}

		Role teacherRole = services.getRoleLocalService().fetchRole(themeDisplay.getCompanyId(), OporaRoleNames.TEACHER);

		if (teacherRole != null) {
			for (UserGroupRole userGroupRole : services.getUserGroupRoleLocalService().getUserGroupRolesByGroupAndRole(
					getGroupId(), teacherRole.getRoleId())) {

				User user = services.getUserLocalService().fetchUser(userGroupRole.getUserId());

				if (user != null) {
					_teachers.add(user);
				}
			}
		}

		if (coordinator) {
			_sessions.addAll(services.getDiagnosticSessionService().getGroupSessions(getGroupId()));
		}
		else {
			for (School school : _schools) {
				_sessions.addAll(services.getDiagnosticSessionService().getSchoolSessions(getGroupId(), school.getSchoolId()));
			}
		}
	}

	public List<School> getSchools() {
		return _schools;
	}

	public List<DiagnosticSession> getSessions() {
		return _sessions;
	}

	public List<User> getTeachers() {
		return _teachers;
	}

	private final List<School> _schools = new ArrayList<>();
	private final List<DiagnosticSession> _sessions = new ArrayList<>();
	private final List<User> _teachers = new ArrayList<>();

}
