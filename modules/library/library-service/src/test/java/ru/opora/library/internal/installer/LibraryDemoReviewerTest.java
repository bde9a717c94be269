package ru.opora.library.internal.installer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.model.Role;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.UserGroupRoleLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The demo methodologist joins the region as Methodologist once; without them nothing happens. */
class LibraryDemoReviewerTest {

	private final Group _region = mock(Group.class);
	private final RoleLocalService _roleLocalService = mock(RoleLocalService.class);
	private final UserGroupRoleLocalService _userGroupRoleLocalService = mock(UserGroupRoleLocalService.class);
	private final UserLocalService _userLocalService = mock(UserLocalService.class);

	@BeforeEach
	void setUp() {
		when(_region.getCompanyId()).thenReturn(10L);
		when(_region.getGroupId()).thenReturn(100L);
	}

	@Test
	void theMethodologistJoinsTheRegionWithTheRoleOnce() throws Exception {
		User user = mock(User.class);
		Role role = mock(Role.class);

		when(user.getUserId()).thenReturn(5L);
		when(role.getRoleId()).thenReturn(7L);
		when(_userLocalService.fetchUserByEmailAddress(10L, "methodologist@opora.demo")).thenReturn(user);
		when(_roleLocalService.fetchRole(10L, "Methodologist")).thenReturn(role);

		assertTrue(_reviewer().apply(_region));
		verify(_userLocalService).addGroupUsers(100L, new long[] {5L});
		verify(_userGroupRoleLocalService).addUserGroupRoles(5L, 100L, new long[] {7L});

		when(_userLocalService.hasGroupUser(100L, 5L)).thenReturn(true);
		when(_userGroupRoleLocalService.hasUserGroupRole(5L, 100L, 7L)).thenReturn(true);

		assertFalse(_reviewer().apply(_region));
	}

	@Test
	void withoutTheDemoUserNothingHappens() throws Exception {
		when(_roleLocalService.fetchRole(10L, "Methodologist")).thenReturn(mock(Role.class));

		assertFalse(_reviewer().apply(_region));
		verify(_userLocalService, never()).addGroupUsers(anyLong(), any(long[].class));
		verify(_userGroupRoleLocalService, never()).addUserGroupRoles(anyLong(), anyLong(), any(long[].class));
	}

	private LibraryDemoReviewer _reviewer() {
		return new LibraryDemoReviewer(_roleLocalService, _userGroupRoleLocalService, _userLocalService);
	}

}
