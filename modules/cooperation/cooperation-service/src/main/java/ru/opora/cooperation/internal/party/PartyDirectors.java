package ru.opora.cooperation.internal.party;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.role.RoleConstants;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserGroupRoleLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.LinkedHashSet;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.cooperation.model.AgreementParty;
import ru.opora.portal.constants.OporaRoleNames;
import ru.opora.schools.model.School;
import ru.opora.schools.service.SchoolLocalService;

/**
 * Who speaks for a party. For a school: the members of the school's
 * organisation who hold the School Team role in the school's site (director
 * and deputies). For another organisation: its organisation administrators
 * and owners.
 *
 * @author Opora
 */
@Component(service = PartyDirectors.class)
public class PartyDirectors {

	/** The users who may approve for the party. */
	public Set<Long> getDirectorUserIds(AgreementParty party) {
		Set<Long> userIds = new LinkedHashSet<>();

		long organizationId = _getOrganizationId(party);

		if (organizationId <= 0) {
			return userIds;
		}

		for (long userId : _userLocalService.getOrganizationUserIds(organizationId)) {
			if (isDirector(userId, party)) {
				userIds.add(userId);
			}
		}

		return userIds;
	}

	public boolean isDirector(long userId, AgreementParty party) {
		return isDirector(userId, party.getSchoolId(), party.getOrganizationId());
	}

	/** Whether the user speaks for the school (schoolId &gt; 0) or else the organisation. */
	public boolean isDirector(long userId, long schoolId, long organizationId) {
		if (userId <= 0) {
			return false;
		}

		try {
			if (schoolId > 0) {
				School school = _schoolLocalService.fetchSchool(schoolId);

				return (school != null) && (school.getOrganizationId() > 0) &&
					_userLocalService.hasOrganizationUser(school.getOrganizationId(), userId) &&
					_userGroupRoleLocalService.hasUserGroupRole(
						userId, school.getGroupId(), OporaRoleNames.SCHOOL_TEAM, true);
			}

			Organization organization = _organizationLocalService.fetchOrganization(organizationId);

			if ((organization == null) || !_userLocalService.hasOrganizationUser(
					organization.getOrganizationId(), userId)) {

				return false;
			}

			return _userGroupRoleLocalService.hasUserGroupRole(
				userId, organization.getGroupId(), RoleConstants.ORGANIZATION_ADMINISTRATOR, true) ||
				   _userGroupRoleLocalService.hasUserGroupRole(
					   userId, organization.getGroupId(), RoleConstants.ORGANIZATION_OWNER, true);
		}
		catch (PortalException portalException) {
			_log.error("Unable to check the director of school " + schoolId + " / organization " + organizationId, portalException);

			return false;
		}
	}

	private long _getOrganizationId(AgreementParty party) {
		if (party.getSchoolId() > 0) {
			School school = _schoolLocalService.fetchSchool(party.getSchoolId());

			return (school == null) ? 0 : school.getOrganizationId();
		}

		return party.getOrganizationId();
	}

	private static final Log _log = LogFactoryUtil.getLog(PartyDirectors.class);

	@Reference
	private OrganizationLocalService _organizationLocalService;

	@Reference
	private SchoolLocalService _schoolLocalService;

	@Reference
	private UserGroupRoleLocalService _userGroupRoleLocalService;

	@Reference
	private UserLocalService _userLocalService;

}
