package ru.opora.library.internal.installer;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.model.Role;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.UserGroupRoleLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

/**
 * Demo data of the library (only with {@code opora.demo.data.enabled}): the
 * demo methodologist becomes a member of the region site with its site role
 * Methodologist, so that the review tasks of the region library reach them.
 * Idempotent; does nothing without the user, the role or the region.
 *
 * @author Opora
 */
public class LibraryDemoReviewer {

	public static final String EMAIL_ADDRESS = "methodologist@opora.demo";

	public static final String ROLE_NAME = "Methodologist";

	public LibraryDemoReviewer(
		RoleLocalService roleLocalService,
		UserGroupRoleLocalService userGroupRoleLocalService,
		UserLocalService userLocalService) {

		_roleLocalService = roleLocalService;
		_userGroupRoleLocalService = userGroupRoleLocalService;
		_userLocalService = userLocalService;
	}

	/** Whether anything was added. */
	public boolean apply(Group regionGroup) throws PortalException {
		User user = _userLocalService.fetchUserByEmailAddress(
			regionGroup.getCompanyId(), EMAIL_ADDRESS);
		Role role = _roleLocalService.fetchRole(
			regionGroup.getCompanyId(), ROLE_NAME);

		if ((user == null) || (role == null)) {
			return false;
		}

		boolean changed = false;

		if (!_userLocalService.hasGroupUser(
				regionGroup.getGroupId(), user.getUserId())) {

			_userLocalService.addGroupUsers(
				regionGroup.getGroupId(), new long[] {user.getUserId()});

			changed = true;
		}

		if (!_userGroupRoleLocalService.hasUserGroupRole(
				user.getUserId(), regionGroup.getGroupId(), role.getRoleId())) {

			_userGroupRoleLocalService.addUserGroupRoles(
				user.getUserId(), regionGroup.getGroupId(),
				new long[] {role.getRoleId()});

			changed = true;
		}

		return changed;
	}

	private final RoleLocalService _roleLocalService;
	private final UserGroupRoleLocalService _userGroupRoleLocalService;
	private final UserLocalService _userLocalService;

}
