package ru.opora.portal.setup.internal.role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.ResourceAction;
import com.liferay.portal.kernel.model.ResourceConstants;
import com.liferay.portal.kernel.model.Role;
import com.liferay.portal.kernel.model.role.RoleConstants;
import com.liferay.portal.kernel.service.ResourceActionLocalService;
import com.liferay.portal.kernel.service.ResourcePermissionLocalService;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The installer against an in-memory portal instance (roles by name,
 * permissions as "roleId|resource|scope|primKey|action" strings, the resource
 * actions the portal knows): the first run adds everything, a second run adds
 * nothing, and a partial state gets only its missing pieces.
 */
class OporaRolesInstallerTest {

	@BeforeEach
	void setUp() throws Exception {
		when(_userLocalService.getGuestUserId(COMPANY_ID)).thenReturn(GUEST_USER_ID);

		when(_roleLocalService.fetchRole(eq(COMPANY_ID), anyString())).thenAnswer(
			invocation -> _roles.get(invocation.getArgument(1, String.class)));
		when(
			_roleLocalService.addRole(
				anyLong(), isNull(), anyLong(), anyString(), anyMap(), anyMap(), anyInt(), isNull(),
				any(ServiceContext.class))
		).thenAnswer(
			invocation -> _addRole(invocation.getArgument(3, String.class), invocation.getArgument(6, Integer.class))
		);

		when(_resourceActionLocalService.fetchResourceAction(anyString(), anyString())).thenAnswer(
			invocation -> _knownActions.contains(
				invocation.getArgument(0, String.class) + "#" + invocation.getArgument(1, String.class)) ?
					mock(ResourceAction.class) : null);

		when(
			_resourcePermissionLocalService.hasResourcePermission(
				eq(COMPANY_ID), anyString(), anyInt(), anyString(), anyLong(), anyString())
		).thenAnswer(
			invocation -> _permissions.contains(
				_permission(
					invocation.getArgument(4, Long.class), invocation.getArgument(1, String.class),
					invocation.getArgument(2, Integer.class), invocation.getArgument(3, String.class),
					invocation.getArgument(5, String.class)))
		);
		org.mockito.Mockito.doAnswer(
			invocation -> _permissions.add(
				_permission(
					invocation.getArgument(4, Long.class), invocation.getArgument(1, String.class),
					invocation.getArgument(2, Integer.class), invocation.getArgument(3, String.class),
					invocation.getArgument(5, String.class)))
		).when(
			_resourcePermissionLocalService
		).addResourcePermission(eq(COMPANY_ID), anyString(), anyInt(), anyString(), anyLong(), anyString());

		OporaRoleMatrixTest._declaredActions().forEach(
			(resourceName, actionIds) -> actionIds.forEach(actionId -> _knownActions.add(resourceName + "#" + actionId)));
	}

	@Test
	void emptyInstanceGetsEveryRoleAndEveryGrantWithItsScope() throws Exception {
		OporaRolesInstaller.Report report = _installer().install(COMPANY_ID);

		assertEquals(
			List.of("Regional Coordinator", "Municipal Coordinator", "Curator", "School Team", "Teacher", "Methodologist"),
			report.getAddedRoles());

		Set<String> expected = new TreeSet<>();

		for (OporaRoleMatrix.RoleDefinition role : OporaRoleMatrix.defaults().getRoles()) {
			long roleId = _roles.get(role.getName()).getRoleId();
			boolean regular = role.getRoleType() == OporaRoleMatrix.RoleType.REGULAR;

			role.getGrants().forEach(
				(resourceName, actionIds) -> actionIds.forEach(
					actionId -> expected.add(
						_permission(
							roleId, resourceName,
							regular ? ResourceConstants.SCOPE_COMPANY : ResourceConstants.SCOPE_GROUP_TEMPLATE,
							regular ? String.valueOf(COMPANY_ID) : "0", actionId))));
		}

		assertEquals(expected, new TreeSet<>(_permissions));
		assertEquals(expected.size(), report.getAddedPermissions().size());
		assertTrue(report.getUnregisteredActions().isEmpty());

		// Spot checks of the table in the scope the issue asks for.

		long regional = _roles.get("Regional Coordinator").getRoleId();
		long municipal = _roles.get("Municipal Coordinator").getRoleId();

		assertTrue(
			_permissions.contains(
				_permission(regional, OporaRoleMatrix.SCHOOL, ResourceConstants.SCOPE_COMPANY, "10101", "VIEW")));
		assertTrue(
			_permissions.contains(
				_permission(
					municipal, OporaRoleMatrix.MENTORING, ResourceConstants.SCOPE_GROUP_TEMPLATE, "0",
					"ADD_ASSIGNMENT")));
	}

	@Test
	void rolesAreAddedWithTypeAndLocalisedTitles() throws Exception {
		_installer().install(COMPANY_ID);

		@SuppressWarnings("unchecked")
		ArgumentCaptor<Map<Locale, String>> titles = ArgumentCaptor.forClass(Map.class);
		ArgumentCaptor<ServiceContext> serviceContext = ArgumentCaptor.forClass(ServiceContext.class);

		verify(_roleLocalService).addRole(
			eq(GUEST_USER_ID), isNull(), eq(0L), eq("Regional Coordinator"), titles.capture(), anyMap(),
			eq(RoleConstants.TYPE_REGULAR), isNull(), serviceContext.capture());

		assertEquals("Региональный координатор", titles.getValue().get(new Locale("ru", "RU")));
		assertEquals("Regional Coordinator", titles.getValue().get(Locale.US));
		assertEquals(COMPANY_ID, serviceContext.getValue().getCompanyId());

		verify(_roleLocalService).addRole(
			eq(GUEST_USER_ID), isNull(), eq(0L), eq("Teacher"), anyMap(), anyMap(), eq(RoleConstants.TYPE_SITE),
			isNull(), any(ServiceContext.class));
	}

	@Test
	void secondRunAddsNothing() throws Exception {
		_installer().install(COMPANY_ID);

		Set<String> afterFirstRun = new TreeSet<>(_permissions);

		org.mockito.Mockito.clearInvocations(_roleLocalService, _resourcePermissionLocalService);

		OporaRolesInstaller.Report report = _installer().install(COMPANY_ID);

		assertFalse(report.isChanged(), report.toString());
		assertEquals(afterFirstRun, new TreeSet<>(_permissions));
		verify(_roleLocalService, never()).addRole(
			anyLong(), any(), anyLong(), anyString(), anyMap(), anyMap(), anyInt(), any(), any());
		verify(_resourcePermissionLocalService, never()).addResourcePermission(
			anyLong(), anyString(), anyInt(), anyString(), anyLong(), anyString());
		verify(_resourcePermissionLocalService, never()).setResourcePermissions(
			anyLong(), anyString(), anyInt(), anyString(), anyLong(), any(String[].class));
	}

	@Test
	void partialStateGetsOnlyTheMissingPieces() throws Exception {
		_installer().install(COMPANY_ID);

		// An administrator deleted the Curator role and took DELETE on schools from the municipal coordinators;
		// a permission given by hand beyond the matrix must stay.

		long curator = _roles.remove("Curator").getRoleId();
		long municipal = _roles.get("Municipal Coordinator").getRoleId();

		_permissions.removeIf(permission -> permission.startsWith(curator + "|"));
		_permissions.remove(
			_permission(municipal, OporaRoleMatrix.SCHOOL, ResourceConstants.SCOPE_GROUP_TEMPLATE, "0", "DELETE"));

		String byHand = _permission(municipal, OporaRoleMatrix.SCHOOLS, ResourceConstants.SCOPE_GROUP_TEMPLATE, "0", "PERMISSIONS");

		_permissions.add(byHand);

		org.mockito.Mockito.clearInvocations(_roleLocalService, _resourcePermissionLocalService);

		OporaRolesInstaller.Report report = _installer().install(COMPANY_ID);

		long newCurator = _roles.get("Curator").getRoleId();

		assertEquals(List.of("Curator"), report.getAddedRoles());
		assertEquals(
			List.of(
				"Municipal Coordinator: ru.opora.schools.model.School#DELETE",
				"Curator: ru.opora.library#VIEW",
				"Curator: ru.opora.schools.model.School#VIEW"),
			report.getAddedPermissions());
		verify(_roleLocalService).addRole(
			anyLong(), any(), anyLong(), anyString(), anyMap(), anyMap(), anyInt(), any(), any());
		verify(_resourcePermissionLocalService).addResourcePermission(
			COMPANY_ID, OporaRoleMatrix.SCHOOL, ResourceConstants.SCOPE_GROUP_TEMPLATE, "0", municipal, "DELETE");
		verify(_resourcePermissionLocalService).addResourcePermission(
			COMPANY_ID, OporaRoleMatrix.SCHOOL, ResourceConstants.SCOPE_GROUP_TEMPLATE, "0", newCurator, "VIEW");
		assertTrue(_permissions.contains(byHand));
	}

	@Test
	void unknownActionsAndRolesOfAnotherTypeAreSkippedNotFailed() throws Exception {
		_knownActions.removeIf(action -> action.startsWith(OporaRoleMatrix.MENTORING + "#"));

		Role curator = mock(Role.class);

		when(curator.getRoleId()).thenReturn(999L);
		when(curator.getType()).thenReturn(RoleConstants.TYPE_REGULAR);

		_roles.put("Curator", curator);

		OporaRolesInstaller.Report report = _installer().install(COMPANY_ID);

		assertEquals(List.of("Curator"), report.getConflictingRoles());
		assertTrue(report.getUnregisteredActions().contains("Municipal Coordinator: ru.opora.mentoring#ADD_ASSIGNMENT"));
		assertTrue(_permissions.stream().noneMatch(permission -> permission.startsWith("999|")));
		assertTrue(_permissions.stream().noneMatch(permission -> permission.contains("|ru.opora.mentoring|")));

		// Once the portal knows the actions, the next run completes the grants.

		_knownActions.add(OporaRoleMatrix.MENTORING + "#ADD_ASSIGNMENT");

		report = _installer().install(COMPANY_ID);

		assertTrue(report.getAddedPermissions().contains("Municipal Coordinator: ru.opora.mentoring#ADD_ASSIGNMENT"));
	}

	private static final long COMPANY_ID = 10101;

	private static final long GUEST_USER_ID = 20202;

	private Role _addRole(String name, int type) {
		Role role = mock(Role.class);
		long roleId = 30000 + _nextRoleId++;

		when(role.getRoleId()).thenReturn(roleId);
		when(role.getType()).thenReturn(type);
		when(role.getName()).thenReturn(name);

		_roles.put(name, role);

		return role;
	}

	private OporaRolesInstaller _installer() {
		return new OporaRolesInstaller(
			OporaRoleMatrix.defaults(), _roleLocalService, _resourceActionLocalService,
			_resourcePermissionLocalService, _userLocalService);
	}

	private static String _permission(long roleId, String resourceName, int scope, String primKey, String actionId) {
		return roleId + "|" + resourceName + "|" + scope + "|" + primKey + "|" + actionId;
	}

	private final Set<String> _knownActions = new TreeSet<>();
	private int _nextRoleId = 1;
	private final Set<String> _permissions = new TreeSet<>();
	private final ResourceActionLocalService _resourceActionLocalService = mock(ResourceActionLocalService.class);
	private final ResourcePermissionLocalService _resourcePermissionLocalService =
		mock(ResourcePermissionLocalService.class);
	private final RoleLocalService _roleLocalService = mock(RoleLocalService.class);
	private final Map<String, Role> _roles = new HashMap<>();
	private final UserLocalService _userLocalService = mock(UserLocalService.class);

}
