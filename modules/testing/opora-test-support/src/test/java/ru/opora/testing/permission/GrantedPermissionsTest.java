package ru.opora.testing.permission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.security.auth.PrincipalThreadLocal;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.PermissionThreadLocal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

class GrantedPermissionsTest {

	@AfterEach
	void tearDown() {
		GrantedPermissions.logout();
	}

	@Test
	void onlyTheGrantsSinceTheLoginAreAllowed() {
		PermissionChecker permissionChecker = _permissions.login(7, 1);

		_permissions.grant("ru.opora.mentoring", 20123, "ADD");

		assertTrue(permissionChecker.hasPermission(20123L, "ru.opora.mentoring", 20123L, "ADD"));
		assertTrue(permissionChecker.hasPermission(Mockito.mock(Group.class), "ru.opora.mentoring", "20123", "ADD"));
		assertFalse(permissionChecker.hasPermission(20123L, "ru.opora.mentoring", 20123L, "VIEW"));
		assertFalse(permissionChecker.hasPermission(20123L, "ru.opora.mentoring", 1L, "ADD"));

		PermissionChecker other = _permissions.login(8, 1);

		assertFalse(other.hasPermission(20123L, "ru.opora.mentoring", 20123L, "ADD"));
	}

	@Test
	void theUserIsSignedInOnTheThread() {
		PermissionChecker permissionChecker = _permissions.login(7, 3);

		assertSame(permissionChecker, PermissionThreadLocal.getPermissionChecker());
		assertEquals("7", PrincipalThreadLocal.getName());
		assertEquals(7, permissionChecker.getUserId());
		assertEquals(3, permissionChecker.getCompanyId());

		GrantedPermissions.logout();

		assertNull(PermissionThreadLocal.getPermissionChecker());
		assertNull(PrincipalThreadLocal.getName());
	}

	private final GrantedPermissions _permissions = new GrantedPermissions();

}
