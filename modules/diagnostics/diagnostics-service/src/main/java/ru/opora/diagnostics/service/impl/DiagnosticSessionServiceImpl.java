package ru.opora.diagnostics.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.diagnostics.constants.DiagnosticsActionKeys;
import ru.opora.diagnostics.constants.DiagnosticsConstants;
import ru.opora.diagnostics.internal.security.DiagnosticsAccess;
import ru.opora.diagnostics.model.DiagnosticSession;
import ru.opora.diagnostics.service.base.DiagnosticSessionServiceBaseImpl;

/**
 * Opening diagnostics: coordinators (OPEN_SESSION in the site) for any school
 * of the site, a school's leaders for their own school. A session holds no
 * individual results, so those who may open sessions may list them.
 *
 * @author Opora
 */
@Component(
	property = {"json.web.service.context.name=oporadiag", "json.web.service.context.path=DiagnosticSession"},
	service = AopService.class
)
public class DiagnosticSessionServiceImpl extends DiagnosticSessionServiceBaseImpl {

	public List<DiagnosticSession> getGroupSessions(long groupId) throws PortalException {
		_portletResourcePermission.check(getPermissionChecker(), groupId, DiagnosticsActionKeys.OPEN_SESSION);

		return diagnosticSessionLocalService.getGroupSessions(groupId);
	}

	public List<DiagnosticSession> getSchoolSessions(long groupId, long schoolId) throws PortalException {
		_checkOpen(groupId, schoolId);

		return diagnosticSessionLocalService.getSchoolSessions(schoolId);
	}

	public DiagnosticSession openSession(
			long groupId, String name, long schoolId, String subject, Date startDate, Date endDate, int timeLimit,
			long[] teacherUserIds)
		throws PortalException {

		_checkOpen(groupId, schoolId);

		return diagnosticSessionLocalService.openSession(
			getUserId(), groupId, name, schoolId, subject, startDate, endDate, timeLimit, teacherUserIds);
	}

	private void _checkOpen(long groupId, long schoolId) throws PortalException {
		PermissionChecker permissionChecker = getPermissionChecker();

		if (_portletResourcePermission.contains(permissionChecker, groupId, DiagnosticsActionKeys.OPEN_SESSION) ||
			_diagnosticsAccess.isSchoolLeader(getUserId(), groupId, schoolId)) {

			return;
		}

		throw new PrincipalException.MustHavePermission(
			permissionChecker, DiagnosticsConstants.RESOURCE_NAME, groupId, DiagnosticsActionKeys.OPEN_SESSION);
	}

	@Reference
	private DiagnosticsAccess _diagnosticsAccess;

	@Reference(target = "(resource.name=" + DiagnosticsConstants.RESOURCE_NAME + ")")
	private PortletResourcePermission _portletResourcePermission;

}
