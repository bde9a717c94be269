package ru.opora.portal.setup.internal.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.model.GroupConstants;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.Role;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.model.UserConstants;
import com.liferay.portal.kernel.model.role.RoleConstants;
import com.liferay.portal.kernel.model.LayoutSetPrototype;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.LayoutSetLocalService;
import com.liferay.portal.kernel.service.LayoutSetPrototypeLocalService;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserGroupRoleLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.Props;
import com.liferay.portal.kernel.util.PropsKeys;
import com.liferay.portal.kernel.util.PropsUtil;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.opora.portal.constants.OporaRoleNames;
import ru.opora.schools.importer.ImportMode;
import ru.opora.schools.importer.ImportOptions;
import ru.opora.schools.importer.ImportReport;
import ru.opora.schools.importer.ImportSink;
import ru.opora.schools.importer.SchoolRow;
import ru.opora.schools.importer.WorkbookImporter;
import ru.opora.schools.importing.SchoolImportResult;
import ru.opora.schools.model.School;
import ru.opora.schools.service.SchoolLocalService;

/**
 * The demo region loader against an in-memory portal instance (sites by
 * friendly URL, organizations and users by name, the six Opora roles): the
 * first run creates the sites, organizations, imports and users, a second run
 * makes no call beyond the marker look-up, and nothing happens when the
 * property is off, the instance is not the default one or the roles are
 * missing.
 */
class DemoRegionLoaderTest {

	@BeforeEach
	void setUp() throws Exception {
		Props props = mock(Props.class);

		when(props.get(DemoRegionLoader.PROPERTY)).thenAnswer(invocation -> _enabled);
		when(props.get(PropsKeys.COMPANY_DEFAULT_WEB_ID)).thenReturn("liferay.com");

		PropsUtil.setProps(props);

		when(_company.getCompanyId()).thenReturn(COMPANY_ID);
		when(_company.getWebId()).thenReturn("liferay.com");

		when(_siteTemplate.getNameMap()).thenReturn(Map.of(new Locale("ru", "RU"), "Опора: муниципалитет"));
		when(_siteTemplate.getUuid()).thenReturn(TEMPLATE_UUID);
		when(_layoutSetPrototypeLocalService.getLayoutSetPrototypes(COMPANY_ID)).thenAnswer(
			invocation -> (_siteTemplateExists ? List.of(mock(LayoutSetPrototype.class), _siteTemplate) : List.of()));

		when(_groupLocalService.fetchFriendlyURLGroup(eq(COMPANY_ID), anyString())).thenAnswer(
			invocation -> _groups.get(invocation.getArgument(1, String.class)));
		when(
			_groupLocalService.addGroup(
				eq(ADMIN_USER_ID), eq(GroupConstants.DEFAULT_PARENT_GROUP_ID), isNull(), eq(0L),
				eq(GroupConstants.DEFAULT_LIVE_GROUP_ID), anyMap(), anyMap(), eq(GroupConstants.TYPE_SITE_PRIVATE),
				eq(true), eq(GroupConstants.DEFAULT_MEMBERSHIP_RESTRICTION), anyString(), eq(true), eq(false), eq(true),
				any(ServiceContext.class))
		).thenAnswer(
			invocation -> {
				Group group = mock(Group.class);

				when(group.getGroupId()).thenReturn(40000L + _groups.size());

				_groups.put(invocation.getArgument(10, String.class), group);
				_groupNames.put(
					invocation.getArgument(10, String.class), invocation.<Map<Locale, String>>getArgument(5));

				return group;
			}
		);

		when(_organizationLocalService.fetchOrganization(eq(COMPANY_ID), anyString())).thenAnswer(
			invocation -> _organizations.get(invocation.getArgument(1, String.class)));
		when(
			_organizationLocalService.addOrganization(eq(ADMIN_USER_ID), anyLong(), anyString(), eq(false))
		).thenAnswer(
			invocation -> {
				Organization organization = mock(Organization.class);

				when(organization.getOrganizationId()).thenReturn(50000L + _organizations.size());
				when(organization.getParentOrganizationId()).thenReturn(invocation.getArgument(1, Long.class));

				_organizations.put(invocation.getArgument(2, String.class), organization);

				return organization;
			}
		);

		for (String roleName : _ROLE_NAMES) {
			Role role = mock(Role.class);

			when(role.getRoleId()).thenReturn(30000L + _roles.size());

			_roles.put(roleName, role);
		}

		when(_roleLocalService.fetchRole(eq(COMPANY_ID), anyString())).thenAnswer(
			invocation -> _roles.get(invocation.getArgument(1, String.class)));

		Role administrator = mock(Role.class);

		when(administrator.getRoleId()).thenReturn(ADMINISTRATOR_ROLE_ID);
		when(_roleLocalService.getRole(COMPANY_ID, RoleConstants.ADMINISTRATOR)).thenReturn(administrator);
		when(_userLocalService.getRoleUserIds(ADMINISTRATOR_ROLE_ID)).thenReturn(new long[] {20200, ADMIN_USER_ID});

		when(
			_schoolLocalService.importWorkbook(
				eq(ADMIN_USER_ID), anyLong(), any(File.class), eq(ImportMode.GOOD_ROWS), any(ServiceContext.class))
		).thenAnswer(
			invocation -> {
				File file = invocation.getArgument(2, File.class);
				List<String> logins = new ArrayList<>();

				ImportReport report = new WorkbookImporter(
					ImportOptions.defaults()
				).importFile(
					file.toPath(),
					new ImportSink() {

						@Override
						public void school(int row, SchoolRow school) {
							logins.add(school.login());
						}

					}
				);

				assertTrue(report.isClean(), report.toString());

				ServiceContext serviceContext = invocation.getArgument(4, ServiceContext.class);

				assertEquals(invocation.getArgument(1, Long.class), serviceContext.getScopeGroupId());

				_imports.put(invocation.getArgument(1, Long.class), logins);
				_importedFiles.add(file);

				SchoolImportResult schoolImportResult = mock(SchoolImportResult.class);

				when(schoolImportResult.isClean()).thenReturn(true);

				return schoolImportResult;
			}
		);

		when(_school.getSchoolId()).thenReturn(SCHOOL_ID);
		when(_school.getName()).thenReturn("МОУ «СОШ п. Знаменский»");
		when(_schoolLocalService.fetchSchoolByFederalLogin(anyLong(), eq("iv-zn"))).thenReturn(_school);

		when(_userLocalService.fetchUserByEmailAddress(eq(COMPANY_ID), anyString())).thenAnswer(
			invocation -> _users.get(invocation.getArgument(1, String.class)));
		when(
			_userLocalService.addUser(
				eq(ADMIN_USER_ID), eq(COMPANY_ID), eq(false), anyString(), anyString(), eq(false), anyString(),
				anyString(), any(Locale.class), anyString(), isNull(), anyString(), eq(0L), eq(0L), anyBoolean(),
				anyInt(), anyInt(), anyInt(), anyString(), eq(UserConstants.TYPE_REGULAR), any(long[].class),
				any(long[].class), any(long[].class), any(long[].class), eq(false), any(ServiceContext.class))
		).thenAnswer(
			invocation -> {
				assertEquals(DemoRegionLoader.PASSWORD, invocation.getArgument(3, String.class));
				assertEquals(DemoRegionLoader.PASSWORD, invocation.getArgument(4, String.class));

				User user = mock(User.class);
				String emailAddress = invocation.getArgument(7, String.class);

				when(user.getUserId()).thenReturn(60000L + _users.size());

				_users.put(emailAddress, user);
				_userGroupIds.put(emailAddress, invocation.getArgument(20, long[].class));
				_userOrganizationIds.put(emailAddress, invocation.getArgument(21, long[].class));
				_userRoleIds.put(emailAddress, invocation.getArgument(22, long[].class));

				return user;
			}
		);
	}

	@AfterEach
	void tearDown() {
		PropsUtil.setProps(null);
	}

	@Test
	void firstRunCreatesTheRegionSecondRunMakesNoCall() throws Exception {
		assertTrue(_loader().load(_company));

		// Sites: the municipalities, then the region (the marker) last.

		assertEquals(List.of("/ivanteevka", "/demo-rayon-2", "/demo-rayon-3", "/region"), List.copyOf(_groups.keySet()));
		assertEquals("Регион (демо)", _groupNames.get("/region").get(new Locale("ru", "RU")));
		assertEquals("Ивантеевский район", _groupNames.get("/ivanteevka").get(new Locale("ru", "RU")));

		long ivanteevka = _groups.get("/ivanteevka").getGroupId();
		long rayon2 = _groups.get("/demo-rayon-2").getGroupId();
		long rayon3 = _groups.get("/demo-rayon-3").getGroupId();
		long region = _groups.get("/region").getGroupId();

		// Organizations: one per municipality, linked to its site; the demo school's under its municipality.

		Organization ivanteevkaOrganization = _organizations.get("Ивантеевский район");
		Organization schoolOrganization = _organizations.get("МОУ «СОШ п. Знаменский»");

		assertEquals(4, _organizations.size());
		verify(_groupLocalService).addOrganizationGroup(ivanteevkaOrganization.getOrganizationId(), ivanteevka);
		verify(_groupLocalService).addOrganizationGroup(_organizations.get("Демо-район 2").getOrganizationId(), rayon2);
		verify(_groupLocalService).addOrganizationGroup(_organizations.get("Демо-район 3").getOrganizationId(), rayon3);
		assertEquals(
			ivanteevkaOrganization.getOrganizationId(), schoolOrganization.getParentOrganizationId());
		verify(_schoolLocalService).updateSchoolOrganization(SCHOOL_ID, schoolOrganization.getOrganizationId());

		// Schools: the seed district and 10 + 12 generated schools (30 in all), through the import, temp files removed.

		assertEquals(
			List.of("iv-gym", "iv-bart", "iv-ivan", "iv-arb", "iv-zn", "iv-yab", "iv-klev", "iv-kan"),
			_imports.get(ivanteevka));
		assertEquals(10, _imports.get(rayon2).size());
		assertEquals("dr2-1", _imports.get(rayon2).get(0));
		assertEquals(12, _imports.get(rayon3).size());
		assertEquals("dr3-1", _imports.get(rayon3).get(0));
		assertEquals(3, _importedFiles.size());

		for (File file : _importedFiles) {
			assertFalse(file.exists(), file.toString());
			assertFalse(file.getParentFile().exists(), file.getParent());
		}

		// Users: one per role with the demo password, no reset at first login.

		assertEquals(
			List.of(
				"coordinator@opora.demo", "municipal@opora.demo", "curator@opora.demo", "school@opora.demo",
				"teacher@opora.demo", "methodologist@opora.demo", "municipal2@opora.demo"),
			List.copyOf(_users.keySet()));

		for (User user : _users.values()) {
			verify(_userLocalService).updatePasswordReset(user.getUserId(), false);
		}

		long coordinatorId = _users.get("coordinator@opora.demo").getUserId();

		assertArrayEquals(new long[] {_roleId(OporaRoleNames.REGIONAL_COORDINATOR)}, _userRoleIds.get("coordinator@opora.demo"));
		assertArrayEquals(new long[] {ivanteevka, rayon2, rayon3}, _userGroupIds.get("coordinator@opora.demo"));
		verify(_userLocalService).addGroupUsers(region, List.of(_users.get("coordinator@opora.demo")));
		verify(_userGroupRoleLocalService, never()).addUserGroupRoles(eq(coordinatorId), anyLong(), any(long[].class));

		_assertSiteRole("municipal", ivanteevka, OporaRoleNames.MUNICIPAL_COORDINATOR);
		_assertSiteRole("curator", ivanteevka, OporaRoleNames.CURATOR);
		_assertSiteRole("school", ivanteevka, OporaRoleNames.SCHOOL_TEAM);
		_assertSiteRole("teacher", ivanteevka, OporaRoleNames.TEACHER);
		_assertSiteRole("methodologist", ivanteevka, OporaRoleNames.METHODOLOGIST);
		_assertSiteRole("municipal2", rayon2, OporaRoleNames.MUNICIPAL_COORDINATOR);

		long[] staff = {schoolOrganization.getOrganizationId()};

		assertArrayEquals(staff, _userOrganizationIds.get("school@opora.demo"));
		assertArrayEquals(staff, _userOrganizationIds.get("teacher@opora.demo"));
		assertArrayEquals(new long[0], _userOrganizationIds.get("curator@opora.demo"));
		assertArrayEquals(new long[0], _userRoleIds.get("municipal@opora.demo"));

		// Pages: the municipalities' private pages come from the site template; the region gets none.

		verify(_layoutSetLocalService).updateLayoutSetPrototypeLinkEnabled(ivanteevka, true, true, TEMPLATE_UUID);
		verify(_layoutSetLocalService).updateLayoutSetPrototypeLinkEnabled(rayon2, true, true, TEMPLATE_UUID);
		verify(_layoutSetLocalService).updateLayoutSetPrototypeLinkEnabled(rayon3, true, true, TEMPLATE_UUID);
		verifyNoMoreInteractions(_layoutSetLocalService);

		// Second run: the region site exists, nothing else is even looked up.

		clearInvocations(
			_groupLocalService, _layoutSetLocalService, _layoutSetPrototypeLocalService, _organizationLocalService,
			_roleLocalService, _schoolLocalService, _userGroupRoleLocalService, _userLocalService);

		assertFalse(_loader().load(_company));

		verify(_groupLocalService).fetchFriendlyURLGroup(COMPANY_ID, DemoRegionLoader.REGION_FRIENDLY_URL);
		verifyNoMoreInteractions(
			_groupLocalService, _layoutSetLocalService, _layoutSetPrototypeLocalService, _organizationLocalService,
			_roleLocalService, _schoolLocalService, _userGroupRoleLocalService, _userLocalService);
	}

	@Test
	void withoutTheSiteTemplateTheSitesGetNoPages() throws Exception {
		_siteTemplateExists = false;

		assertTrue(_loader().load(_company));

		assertEquals(4, _groups.size());
		assertEquals(7, _users.size());
		verifyNoInteractions(_layoutSetLocalService);
	}

	@Test
	void missingRoleLoadsNothingAndTheNextRunLoads() throws Exception {
		Role teacher = _roles.remove(OporaRoleNames.TEACHER);

		assertFalse(_loader().load(_company));

		verifyNoInteractions(_organizationLocalService, _schoolLocalService, _userGroupRoleLocalService);
		verify(_groupLocalService, never()).addGroup(
			anyLong(), anyLong(), any(), anyLong(), anyLong(), anyMap(), anyMap(), anyInt(), anyBoolean(), anyInt(),
			anyString(), anyBoolean(), anyBoolean(), anyBoolean(), any(ServiceContext.class));
		assertTrue(_users.isEmpty());

		_roles.put(OporaRoleNames.TEACHER, teacher);

		assertTrue(_loader().load(_company));
		assertEquals(4, _groups.size());
		assertEquals(7, _users.size());
	}

	@Test
	void offOrNotTheDefaultInstanceDoesNothing() throws Exception {
		_enabled = "false";

		assertFalse(_loader().load(_company));

		_enabled = null;

		assertFalse(_loader().load(_company));

		_enabled = "true";

		when(_company.getWebId()).thenReturn("other.example");

		assertFalse(_loader().load(_company));

		verifyNoInteractions(
			_groupLocalService, _layoutSetLocalService, _layoutSetPrototypeLocalService, _organizationLocalService,
			_roleLocalService, _schoolLocalService, _userGroupRoleLocalService, _userLocalService);
	}

	@Test
	void runThatFailedHalfWayIsCompletedWithoutDuplicates() throws Exception {
		when(
			_userLocalService.updatePasswordReset(anyLong(), eq(false))
		).thenThrow(
			new IllegalStateException("database went away")
		).thenReturn(
			null
		);

		try {
			_loader().load(_company);
		}
		catch (IllegalStateException illegalStateException) {
			assertEquals("database went away", illegalStateException.getMessage());
		}

		assertEquals(List.of("/ivanteevka", "/demo-rayon-2", "/demo-rayon-3"), List.copyOf(_groups.keySet()));
		assertEquals(1, _users.size());

		assertTrue(_loader().load(_company));

		assertEquals(List.of("/ivanteevka", "/demo-rayon-2", "/demo-rayon-3", "/region"), List.copyOf(_groups.keySet()));
		assertEquals(4, _organizations.size());
		assertEquals(7, _users.size());
		verify(_organizationLocalService, org.mockito.Mockito.times(4)).addOrganization(
			anyLong(), anyLong(), anyString(), anyBoolean());
		verify(_userLocalService, never()).addGroupUsers(anyLong(), anyList());
	}

	private void _assertSiteRole(String screenName, long groupId, String roleName) {
		String emailAddress = screenName + "@opora.demo";
		long userId = _users.get(emailAddress).getUserId();

		assertArrayEquals(new long[] {groupId}, _userGroupIds.get(emailAddress), emailAddress);
		verify(_userGroupRoleLocalService).addUserGroupRoles(userId, groupId, new long[] {_roleId(roleName)});
	}

	private DemoRegionLoader _loader() {
		return new DemoRegionLoader(
			_groupLocalService, _layoutSetLocalService, _layoutSetPrototypeLocalService, _organizationLocalService, _roleLocalService, _schoolLocalService,
			_userGroupRoleLocalService, _userLocalService);
	}

	private long _roleId(String roleName) {
		return _roles.get(roleName).getRoleId();
	}

	private static final long ADMIN_USER_ID = 20123;

	private static final long ADMINISTRATOR_ROLE_ID = 20110;

	private static final long COMPANY_ID = 20100;

	private static final long SCHOOL_ID = 501;

	private static final String TEMPLATE_UUID = "8f0c6a4e-opora-template";

	private static final String[] _ROLE_NAMES = {
		OporaRoleNames.REGIONAL_COORDINATOR, OporaRoleNames.MUNICIPAL_COORDINATOR, OporaRoleNames.CURATOR,
		OporaRoleNames.SCHOOL_TEAM, OporaRoleNames.TEACHER, OporaRoleNames.METHODOLOGIST
	};

	private final Company _company = mock(Company.class);
	private String _enabled = "true";
	private final GroupLocalService _groupLocalService = mock(GroupLocalService.class);
	private final Map<String, Map<Locale, String>> _groupNames = new LinkedHashMap<>();
	private final Map<String, Group> _groups = new LinkedHashMap<>();
	private final List<File> _importedFiles = new ArrayList<>();
	private final LayoutSetLocalService _layoutSetLocalService = mock(LayoutSetLocalService.class);
	private final LayoutSetPrototypeLocalService _layoutSetPrototypeLocalService =
		mock(LayoutSetPrototypeLocalService.class);
	private final Map<Long, List<String>> _imports = new LinkedHashMap<>();
	private final OrganizationLocalService _organizationLocalService = mock(OrganizationLocalService.class);
	private final Map<String, Organization> _organizations = new LinkedHashMap<>();
	private final RoleLocalService _roleLocalService = mock(RoleLocalService.class);
	private final Map<String, Role> _roles = new LinkedHashMap<>();
	private final School _school = mock(School.class);
	private final SchoolLocalService _schoolLocalService = mock(SchoolLocalService.class);
	private final LayoutSetPrototype _siteTemplate = mock(LayoutSetPrototype.class);
	private boolean _siteTemplateExists = true;
	private final Map<String, long[]> _userGroupIds = new LinkedHashMap<>();
	private final UserGroupRoleLocalService _userGroupRoleLocalService = mock(UserGroupRoleLocalService.class);
	private final UserLocalService _userLocalService = mock(UserLocalService.class);
	private final Map<String, long[]> _userOrganizationIds = new LinkedHashMap<>();
	private final Map<String, long[]> _userRoleIds = new LinkedHashMap<>();
	private final Map<String, User> _users = new LinkedHashMap<>();

}
