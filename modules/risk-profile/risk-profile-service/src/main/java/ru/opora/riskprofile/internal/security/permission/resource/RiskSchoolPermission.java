package ru.opora.riskprofile.internal.security.permission.resource;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserGroupRoleLocalService;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.domain.mentoring.assignment.AssignmentKind;
import ru.opora.domain.mentoring.assignment.AssignmentStatus;
import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.service.MentorAssignmentLocalService;
import ru.opora.portal.constants.OporaRoleNames;
import ru.opora.riskprofile.constants.RiskProfileActionKeys;
import ru.opora.riskprofile.constants.RiskProfileConstants;
import ru.opora.schools.model.School;

/**
 * Who may do what with a school's risk profile, survey and documents:
 * <ul>
 * <li>UPDATE: the school's team (members of the school's organization with
 * the School Team site role);</li>
 * <li>REVIEW: the school's curator (the curator of an active curator
 * assignment of the school in mentoring);</li>
 * <li>VIEW: both of them, and whoever holds VIEW_SCHOOLS in the school's site
 * (municipal coordinators there; regional coordinators everywhere).</li>
 * </ul>
 * Nobody else sees a school's documents; site administrators hold every
 * action through the portal.
 *
 * @author Opora
 */
@Component(service = RiskSchoolPermission.class)
public class RiskSchoolPermission {

	public void check(PermissionChecker permissionChecker, School school, String actionId)
		throws PortalException {

		if (!contains(permissionChecker, school, actionId)) {
			throw new PrincipalException.MustHavePermission(
				permissionChecker, School.class.getName(), school.getSchoolId(), actionId);
		}
	}

	public boolean contains(PermissionChecker permissionChecker, School school, String actionId) {
		long userId = permissionChecker.getUserId();

		if ((userId <= 0) || !permissionChecker.isSignedIn()) {
			return false;
		}

		if (permissionChecker.isGroupAdmin(school.getGroupId())) {
			return true;
		}

		if (RiskProfileActionKeys.UPDATE.equals(actionId)) {
			return isSchoolTeam(userId, school);
		}

		if (RiskProfileActionKeys.REVIEW.equals(actionId)) {
			return (userId == getCuratorUserId(school.getSchoolId()));
		}

		if (RiskProfileActionKeys.VIEW.equals(actionId)) {
			return _portletResourcePermission.contains(
					permissionChecker, school.getGroupId(), RiskProfileActionKeys.VIEW_SCHOOLS) ||
				isSchoolStaff(userId, school) || (userId == getCuratorUserId(school.getSchoolId()));
		}

		return false;
	}

	/** The curator of the school's active curator assignment, 0 if none. */
	public long getCuratorUserId(long schoolId) {
		for (MentorAssignment mentorAssignment :
				_mentorAssignmentLocalService.getSupportedSchoolAssignments(schoolId, true)) {

			if (AssignmentKind.CURATOR.code().equals(mentorAssignment.getKind()) &&
				AssignmentStatus.ACTIVE.code().equals(mentorAssignment.getStatus()) &&
				(mentorAssignment.getCuratorUserId() > 0)) {

				return mentorAssignment.getCuratorUserId();
			}
		}

		return 0;
	}

	/** A member of the school's organization (director, deputies, teachers). */
	public boolean isSchoolStaff(long userId, School school) {
		return (school.getOrganizationId() > 0) &&
			_organizationLocalService.hasUserOrganization(userId, school.getOrganizationId());
	}

	/** A member of the school's staff with the School Team role in its site. */
	public boolean isSchoolTeam(long userId, School school) {
		if (!isSchoolStaff(userId, school)) {
			return false;
		}

		try {
			return _userGroupRoleLocalService.hasUserGroupRole(
				userId, school.getGroupId(), OporaRoleNames.SCHOOL_TEAM);
		}
		catch (PortalException portalException) {
			return false;
		}
	}

	@Reference
	private MentorAssignmentLocalService _mentorAssignmentLocalService;

	@Reference
	private OrganizationLocalService _organizationLocalService;

	@Reference(target = "(resource.name=" + RiskProfileConstants.RESOURCE_NAME + ")")
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private UserGroupRoleLocalService _userGroupRoleLocalService;

}
