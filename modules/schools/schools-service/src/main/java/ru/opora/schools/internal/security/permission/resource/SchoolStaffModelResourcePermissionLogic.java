package ru.opora.schools.internal.security.permission.resource;

import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermissionLogic;
import com.liferay.portal.kernel.service.OrganizationLocalService;

import ru.opora.schools.model.School;

/**
 * A school's staff (the members of its portal organization, suborganizations
 * included) may view their own school's card; everything else is decided by
 * the portal's permissions.
 *
 * @author Opora
 */
public class SchoolStaffModelResourcePermissionLogic
	implements ModelResourcePermissionLogic<School> {

	public SchoolStaffModelResourcePermissionLogic(
		OrganizationLocalService organizationLocalService) {

		_organizationLocalService = organizationLocalService;
	}

	@Override
	public Boolean contains(
		PermissionChecker permissionChecker, String name, School school,
		String actionId) {

		if (!ActionKeys.VIEW.equals(actionId) ||
			(school.getOrganizationId() == 0)) {

			return null;
		}

		if (_organizationLocalService.hasUserOrganization(
				permissionChecker.getUserId(), school.getOrganizationId())) {

			return true;
		}

		return null;
	}

	private final OrganizationLocalService _organizationLocalService;

}
