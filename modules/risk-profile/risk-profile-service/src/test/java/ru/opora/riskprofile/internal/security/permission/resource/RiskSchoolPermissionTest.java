package ru.opora.riskprofile.internal.security.permission.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserGroupRoleLocalService;

import java.lang.reflect.Field;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.service.MentorAssignmentLocalService;
import ru.opora.portal.constants.OporaRoleNames;
import ru.opora.schools.model.School;

/** Who may view, update and review a school's risk profile and documents. */
class RiskSchoolPermissionTest {

	static final long COORDINATOR = 4;

	static final long CURATOR = 3;

	static final long OTHER = 9;

	static final long TEACHER = 2;

	static final long TEAM = 1;

	@BeforeEach
	void setUp() throws Exception {
		when(_school.getSchoolId()).thenReturn(31L);
		when(_school.getGroupId()).thenReturn(20L);
		when(_school.getOrganizationId()).thenReturn(500L);

		when(_organizationLocalService.hasUserOrganization(TEAM, 500)).thenReturn(true);
		when(_organizationLocalService.hasUserOrganization(TEACHER, 500)).thenReturn(true);
		when(_userGroupRoleLocalService.hasUserGroupRole(TEAM, 20, OporaRoleNames.SCHOOL_TEAM)).thenReturn(true);

		MentorAssignment cancelled = _assignment("curator", "cancelled", 77);
		MentorAssignment mentorSchool = _assignment("mentor-school", "active", 0);
		MentorAssignment active = _assignment("curator", "active", CURATOR);

		when(_mentorAssignmentLocalService.getSupportedSchoolAssignments(31, true)).thenReturn(
			List.of(cancelled, mentorSchool, active));

		_set("_mentorAssignmentLocalService", _mentorAssignmentLocalService);
		_set("_organizationLocalService", _organizationLocalService);
		_set("_portletResourcePermission", _portletResourcePermission);
		_set("_userGroupRoleLocalService", _userGroupRoleLocalService);
	}

	@Test
	void teamUpdatesCuratorReviewsCoordinatorAndStaffView() throws Exception {
		String[][] expected = {
			// user, VIEW, UPDATE, REVIEW
			{"1", "true", "true", "false"}, {"2", "true", "false", "false"}, {"3", "true", "false", "true"},
			{"4", "true", "false", "false"}, {"9", "false", "false", "false"}
		};

		for (String[] row : expected) {
			PermissionChecker permissionChecker = _checker(Long.parseLong(row[0]));

			assertEquals(Boolean.parseBoolean(row[1]), _permission.contains(permissionChecker, _school, "VIEW"), row[0]);
			assertEquals(Boolean.parseBoolean(row[2]), _permission.contains(permissionChecker, _school, "UPDATE"), row[0]);
			assertEquals(Boolean.parseBoolean(row[3]), _permission.contains(permissionChecker, _school, "REVIEW"), row[0]);
		}

		assertThrows(PrincipalException.class, () -> _permission.check(_checker(OTHER), _school, "VIEW"));
		assertEquals(CURATOR, _permission.getCuratorUserId(31));
	}

	@Test
	void guestsSeeNothingAndASchoolWithoutCuratorHasNoReviewer() throws Exception {
		PermissionChecker guest = mock(PermissionChecker.class);

		when(guest.getUserId()).thenReturn(10L);
		when(guest.isSignedIn()).thenReturn(false);

		assertFalse(_permission.contains(guest, _school, "VIEW"));

		when(_mentorAssignmentLocalService.getSupportedSchoolAssignments(anyLong(), eq(true))).thenReturn(List.of());

		assertEquals(0, _permission.getCuratorUserId(31));
		assertFalse(_permission.contains(_checker(CURATOR), _school, "REVIEW"));
		assertTrue(_permission.contains(_checker(COORDINATOR), _school, "VIEW"));
	}

	private static MentorAssignment _assignment(String kind, String status, long curatorUserId) {
		MentorAssignment mentorAssignment = mock(MentorAssignment.class);

		when(mentorAssignment.getKind()).thenReturn(kind);
		when(mentorAssignment.getStatus()).thenReturn(status);
		when(mentorAssignment.getCuratorUserId()).thenReturn(curatorUserId);

		return mentorAssignment;
	}

	private PermissionChecker _checker(long userId) {
		PermissionChecker permissionChecker = mock(PermissionChecker.class);

		when(permissionChecker.getUserId()).thenReturn(userId);
		when(permissionChecker.isSignedIn()).thenReturn(true);
		when(_portletResourcePermission.contains(permissionChecker, 20L, "VIEW_SCHOOLS")).thenReturn(
			userId == COORDINATOR);

		return permissionChecker;
	}

	private void _set(String name, Object value) throws Exception {
		Field field = RiskSchoolPermission.class.getDeclaredField(name);

		field.setAccessible(true);
		field.set(_permission, value);
	}

	private final MentorAssignmentLocalService _mentorAssignmentLocalService = mock(MentorAssignmentLocalService.class);
	private final OrganizationLocalService _organizationLocalService = mock(OrganizationLocalService.class);
	private final RiskSchoolPermission _permission = new RiskSchoolPermission();
	private final PortletResourcePermission _portletResourcePermission = mock(PortletResourcePermission.class);
	private final School _school = mock(School.class);
	private final UserGroupRoleLocalService _userGroupRoleLocalService = mock(UserGroupRoleLocalService.class);

}
