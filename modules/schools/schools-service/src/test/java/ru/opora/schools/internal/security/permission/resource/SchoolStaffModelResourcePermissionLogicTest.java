package ru.opora.schools.internal.security.permission.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.service.OrganizationLocalService;

import org.junit.jupiter.api.Test;

import ru.opora.schools.model.School;
import ru.opora.schools.model.impl.SchoolImpl;

/** A school's staff see their own school; the logic decides nothing else. */
class SchoolStaffModelResourcePermissionLogicTest {

	@Test
	void staffOfTheSchoolMayViewIt() {
		when(_organizationLocalService.hasUserOrganization(STAFF_USER_ID, ORGANIZATION_ID)).thenReturn(true);

		assertEquals(Boolean.TRUE, _logic.contains(_checker(STAFF_USER_ID), NAME, _school(ORGANIZATION_ID), ActionKeys.VIEW));
	}

	@Test
	void othersAndOtherActionsAreLeftToThePortal() {
		assertNull(_logic.contains(_checker(OTHER_USER_ID), NAME, _school(ORGANIZATION_ID), ActionKeys.VIEW));

		when(_organizationLocalService.hasUserOrganization(STAFF_USER_ID, ORGANIZATION_ID)).thenReturn(true);

		assertNull(_logic.contains(_checker(STAFF_USER_ID), NAME, _school(ORGANIZATION_ID), ActionKeys.UPDATE));
		assertNull(_logic.contains(_checker(STAFF_USER_ID), NAME, _school(0), ActionKeys.VIEW));
	}

	private static PermissionChecker _checker(long userId) {
		PermissionChecker permissionChecker = mock(PermissionChecker.class);

		when(permissionChecker.getUserId()).thenReturn(userId);

		return permissionChecker;
	}

	private static School _school(long organizationId) {
		School school = new SchoolImpl();

		school.setSchoolId(501);
		school.setOrganizationId(organizationId);

		return school;
	}

	private static final String NAME = School.class.getName();

	private static final long ORGANIZATION_ID = 40001;

	private static final long OTHER_USER_ID = 20200;

	private static final long STAFF_USER_ID = 20124;

	private final OrganizationLocalService _organizationLocalService = mock(OrganizationLocalService.class);
	private final SchoolStaffModelResourcePermissionLogic _logic = new SchoolStaffModelResourcePermissionLogic(
		_organizationLocalService);

}
