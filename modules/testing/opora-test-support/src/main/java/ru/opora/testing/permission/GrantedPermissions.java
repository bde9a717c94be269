package ru.opora.testing.permission;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalThreadLocal;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.PermissionThreadLocal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;

import org.mockito.stubbing.Answer;

/**
 * A signed-in user whose mocked permission checker allows exactly the
 * (resource name, primary key, action) grants added since the login, as the
 * remote services see it: the checker in PermissionThreadLocal, the user in
 * PrincipalThreadLocal. Call {@link #logout()} after each test.
 */
public final class GrantedPermissions {

	/** Clears the thread locals that {@link #login(long, long)} set. */
	public static void logout() {
		PermissionThreadLocal.setPermissionChecker(null);
		PrincipalThreadLocal.setName((String)null);
	}

	/** Allows the action on the resource (a model class name or a portlet resource name) with the key. */
	public void grant(String name, long primKey, String actionId) {
		_granted.add(name + "#" + primKey + "#" + actionId);
	}

	/** Signs the user in with no grants; returns the mocked checker for further stubbing. */
	public PermissionChecker login(long userId, long companyId) {
		_granted.clear();

		PermissionChecker permissionChecker = mock(PermissionChecker.class);

		when(permissionChecker.getUserId()).thenReturn(userId);
		when(permissionChecker.getCompanyId()).thenReturn(companyId);
		when(permissionChecker.getPermissionChecksMap()).thenAnswer(invocation -> new HashMap<>());

		Answer<Boolean> granted = invocation -> _granted.contains(
			invocation.getArgument(1) + "#" + invocation.getArgument(2) + "#" + invocation.getArgument(3));

		when(permissionChecker.hasPermission(anyLong(), anyString(), anyLong(), anyString())).thenAnswer(granted);
		when(permissionChecker.hasPermission(any(), anyString(), anyLong(), anyString())).thenAnswer(granted);
		when(permissionChecker.hasPermission(anyLong(), anyString(), anyString(), anyString())).thenAnswer(granted);
		when(permissionChecker.hasPermission(any(), anyString(), anyString(), anyString())).thenAnswer(granted);

		PermissionThreadLocal.setPermissionChecker(permissionChecker);
		PrincipalThreadLocal.setName(userId);

		return permissionChecker;
	}

	private final Set<String> _granted = new HashSet<>();

}
