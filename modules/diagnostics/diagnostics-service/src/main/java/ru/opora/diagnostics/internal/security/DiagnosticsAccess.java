package ru.opora.diagnostics.internal.security;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.UserGroupRoleLocalService;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.diagnostics.configuration.DiagnosticsPrivacyConfiguration;
import ru.opora.domain.diagnostics.ResultAccess;
import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.service.MentorAssignmentLocalService;
import ru.opora.portal.constants.OporaRoleNames;
import ru.opora.schools.model.School;
import ru.opora.schools.service.SchoolLocalService;

/**
 * Who may see a teacher's individual diagnostic data (152-ФЗ), decided by
 * {@link ResultAccess}: the teacher; a leader of the teacher's school (School
 * Team site role in the school's municipality site and member of the
 * school's organization); the teacher's mentor (an open mentoring assignment
 * naming the viewer as mentor teacher and the teacher as mentee); a
 * coordinator (Municipal Coordinator of the site, or Regional Coordinator)
 * only if {@link DiagnosticsPrivacyConfiguration#coordinatorsSeeIndividualResults}
 * is on. Nobody else, portal roles and resource permissions included.
 *
 * @author Opora
 */
@Component(service = DiagnosticsAccess.class)
public class DiagnosticsAccess {

	public boolean canViewIndividual(
		PermissionChecker permissionChecker, long companyId, long groupId, long schoolId, long teacherUserId) {

		long userId = permissionChecker.getUserId();

		if ((userId <= 0) || !permissionChecker.isSignedIn()) {
			return false;
		}

		boolean self = userId == teacherUserId;

		if (self) {
			return true;
		}

		boolean schoolLeader = isSchoolLeader(userId, groupId, schoolId);
		boolean mentor = !schoolLeader && isMentor(userId, teacherUserId);
		boolean coordinator = !schoolLeader && !mentor && isCoordinator(userId, companyId, groupId);

		return ResultAccess.canViewIndividual(
			false, schoolLeader, mentor, coordinator, coordinator && coordinatorsSeeIndividuals(companyId));
	}

	/** The teacher and the leaders of the teacher's school edit and agree a route. */
	public boolean canEditRoute(PermissionChecker permissionChecker, long groupId, long schoolId, long teacherUserId) {
		long userId = permissionChecker.getUserId();

		if (userId <= 0) {
			return false;
		}

		return ResultAccess.canEditRoute(userId == teacherUserId, isSchoolLeader(userId, groupId, schoolId));
	}

	/**
	 * Whether the company's bank may be changed from this site: the site set
	 * in {@link DiagnosticsPrivacyConfiguration#bankSiteFriendlyURL} (the
	 * region's), any site if that is blank; no site if the setting cannot be
	 * read or names no site.
	 */
	public boolean isBankSite(long companyId, long groupId) {
		String friendlyURL;

		try {
			friendlyURL = _configurationProvider.getCompanyConfiguration(
				DiagnosticsPrivacyConfiguration.class, companyId).bankSiteFriendlyURL();
		}
		catch (Exception exception) {
			_log.error("Diagnostics configuration unreadable: the bank stays unchanged", exception);

			return false;
		}

		if ((friendlyURL == null) || friendlyURL.isBlank()) {
			return true;
		}

		Group group = _groupLocalService.fetchFriendlyURLGroup(companyId, friendlyURL.trim());

		return (group != null) && (group.getGroupId() == groupId);
	}

	public boolean coordinatorsSeeIndividuals(long companyId) {
		try {
			return _configurationProvider.getCompanyConfiguration(
				DiagnosticsPrivacyConfiguration.class, companyId).coordinatorsSeeIndividualResults();
		}
		catch (Exception exception) {
			_log.error("Privacy configuration unreadable: individual results stay hidden from coordinators", exception);

			return false;
		}
	}

	public int routeMonths(long companyId) {
		try {
			return _configurationProvider.getCompanyConfiguration(
				DiagnosticsPrivacyConfiguration.class, companyId).routeMonths();
		}
		catch (Exception exception) {
			return 12;
		}
	}

	public boolean isCoordinator(long userId, long companyId, long groupId) {
		return _hasSiteRole(userId, groupId, OporaRoleNames.MUNICIPAL_COORDINATOR) ||
			isRegionalCoordinator(userId, companyId);
	}

	public boolean isRegionalCoordinator(long userId, long companyId) {
		try {
			return _roleLocalService.hasUserRole(userId, companyId, OporaRoleNames.REGIONAL_COORDINATOR, true);
		}
		catch (PortalException portalException) {
			return false;
		}
	}

	public boolean isMentor(long userId, long teacherUserId) {
		for (MentorAssignment assignment : _mentorAssignmentLocalService.getTeacherMentorAssignments(userId, true)) {
			if (assignment.getMenteeUserId() == teacherUserId) {
				return true;
			}
		}

		return false;
	}

	public boolean isSchoolLeader(long userId, long groupId, long schoolId) {
		School school = _schoolLocalService.fetchSchool(schoolId);

		if ((school == null) || (school.getGroupId() != groupId) || (school.getOrganizationId() == 0)) {
			return false;
		}

		return _hasSiteRole(userId, groupId, OporaRoleNames.SCHOOL_TEAM) &&
			_organizationLocalService.hasUserOrganization(userId, school.getOrganizationId());
	}

	private boolean _hasSiteRole(long userId, long groupId, String roleName) {
		try {
			return _userGroupRoleLocalService.hasUserGroupRole(userId, groupId, roleName, true);
		}
		catch (PortalException portalException) {
			return false;
		}
	}

	private static final Log _log = LogFactoryUtil.getLog(DiagnosticsAccess.class);

	@Reference
	private ConfigurationProvider _configurationProvider;

	@Reference
	private GroupLocalService _groupLocalService;

	@Reference
	private MentorAssignmentLocalService _mentorAssignmentLocalService;

	@Reference
	private OrganizationLocalService _organizationLocalService;

	@Reference
	private RoleLocalService _roleLocalService;

	@Reference
	private SchoolLocalService _schoolLocalService;

	@Reference
	private UserGroupRoleLocalService _userGroupRoleLocalService;

}
