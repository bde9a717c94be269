package ru.opora.portal.setup.internal.role;

import com.liferay.petra.string.StringBundler;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.model.GroupConstants;
import com.liferay.portal.kernel.model.ResourceConstants;
import com.liferay.portal.kernel.model.Role;
import com.liferay.portal.kernel.model.role.RoleConstants;
import com.liferay.portal.kernel.service.ResourceActionLocalService;
import com.liferay.portal.kernel.service.ResourcePermissionLocalService;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies an {@link OporaRoleMatrix} to one portal instance: adds the roles
 * that are missing and grants the permissions that are missing, nothing else.
 * A second run changes nothing; permissions granted by hand beyond the matrix
 * are kept; an existing role of the wrong type (e.g. a regular "Curator") is
 * left alone and reported.
 *
 * @author Opora
 */
public class OporaRolesInstaller {

	public OporaRolesInstaller(
		OporaRoleMatrix oporaRoleMatrix, RoleLocalService roleLocalService,
		ResourceActionLocalService resourceActionLocalService,
		ResourcePermissionLocalService resourcePermissionLocalService,
		UserLocalService userLocalService) {

		_oporaRoleMatrix = oporaRoleMatrix;
		_roleLocalService = roleLocalService;
		_resourceActionLocalService = resourceActionLocalService;
		_resourcePermissionLocalService = resourcePermissionLocalService;
		_userLocalService = userLocalService;
	}

	public Report install(long companyId) throws PortalException {
		Report report = new Report();

		for (OporaRoleMatrix.RoleDefinition roleDefinition :
				_oporaRoleMatrix.getRoles()) {

			int type = toRoleType(roleDefinition.getRoleType());

			Role role = _roleLocalService.fetchRole(
				companyId, roleDefinition.getName());

			if (role == null) {
				ServiceContext serviceContext = new ServiceContext();

				long userId = _userLocalService.getGuestUserId(companyId);

				serviceContext.setCompanyId(companyId);
				serviceContext.setUserId(userId);

				role = _roleLocalService.addRole(
					userId, null, 0, roleDefinition.getName(),
					roleDefinition.getTitles(),
					roleDefinition.getDescriptions(), type, null,
					serviceContext);

				report._addedRoles.add(roleDefinition.getName());
			}
			else if (role.getType() != type) {
				report._conflictingRoles.add(roleDefinition.getName());

				if (_log.isWarnEnabled()) {
					_log.warn(
						StringBundler.concat(
							"Role ", roleDefinition.getName(), " of company ",
							companyId, " has type ", role.getType(),
							" instead of ", type,
							"; its Opora permissions were not granted"));
				}

				continue;
			}

			_grant(companyId, role, roleDefinition, report);
		}

		return report;
	}

	/** The scope of a role type's grants: company for regular roles, group template for site roles. */
	public static int toScope(OporaRoleMatrix.RoleType roleType) {
		if (roleType == OporaRoleMatrix.RoleType.REGULAR) {
			return ResourceConstants.SCOPE_COMPANY;
		}

		return ResourceConstants.SCOPE_GROUP_TEMPLATE;
	}

	public static int toRoleType(OporaRoleMatrix.RoleType roleType) {
		if (roleType == OporaRoleMatrix.RoleType.REGULAR) {
			return RoleConstants.TYPE_REGULAR;
		}

		return RoleConstants.TYPE_SITE;
	}

	/** What one run changed or could not do. */
	public static final class Report {

		public List<String> getAddedPermissions() {
			return Collections.unmodifiableList(_addedPermissions);
		}

		public List<String> getAddedRoles() {
			return Collections.unmodifiableList(_addedRoles);
		}

		public List<String> getConflictingRoles() {
			return Collections.unmodifiableList(_conflictingRoles);
		}

		/** Resource/action pairs the portal does not know yet (resource actions not registered). */
		public List<String> getUnregisteredActions() {
			return Collections.unmodifiableList(_unregisteredActions);
		}

		public boolean isChanged() {
			if (!_addedRoles.isEmpty() || !_addedPermissions.isEmpty()) {
				return true;
			}

			return false;
		}

		@Override
		public String toString() {
			return StringBundler.concat(
				"{addedRoles=", _addedRoles, ", addedPermissions=",
				_addedPermissions, ", conflictingRoles=", _conflictingRoles,
				", unregisteredActions=", _unregisteredActions, "}");
		}

		private final List<String> _addedPermissions = new ArrayList<>();
		private final List<String> _addedRoles = new ArrayList<>();
		private final List<String> _conflictingRoles = new ArrayList<>();
		private final List<String> _unregisteredActions = new ArrayList<>();

	}

	private void _grant(
			long companyId, Role role,
			OporaRoleMatrix.RoleDefinition roleDefinition, Report report)
		throws PortalException {

		int scope = toScope(roleDefinition.getRoleType());

		String primKey = String.valueOf(GroupConstants.DEFAULT_PARENT_GROUP_ID);

		if (scope == ResourceConstants.SCOPE_COMPANY) {
			primKey = String.valueOf(companyId);
		}

		for (Map.Entry<String, Set<String>> entry :
				roleDefinition.getGrants().entrySet()) {

			String resourceName = entry.getKey();

			for (String actionId : entry.getValue()) {
				String label = StringBundler.concat(
					roleDefinition.getName(), ": ", resourceName, "#",
					actionId);

				if (_resourceActionLocalService.fetchResourceAction(
						resourceName, actionId) == null) {

					report._unregisteredActions.add(label);

					continue;
				}

				if (_resourcePermissionLocalService.hasResourcePermission(
						companyId, resourceName, scope, primKey,
						role.getRoleId(), actionId)) {

					continue;
				}

				_resourcePermissionLocalService.addResourcePermission(
					companyId, resourceName, scope, primKey, role.getRoleId(),
					actionId);

				report._addedPermissions.add(label);
			}
		}
	}

	private static final Log _log = LogFactoryUtil.getLog(
		OporaRolesInstaller.class);

	private final OporaRoleMatrix _oporaRoleMatrix;
	private final ResourceActionLocalService _resourceActionLocalService;
	private final ResourcePermissionLocalService
		_resourcePermissionLocalService;
	private final RoleLocalService _roleLocalService;
	private final UserLocalService _userLocalService;

}
