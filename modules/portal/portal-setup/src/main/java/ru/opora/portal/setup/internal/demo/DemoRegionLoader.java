package ru.opora.portal.setup.internal.demo;

import com.liferay.petra.string.StringBundler;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.model.LayoutSetPrototype;
import com.liferay.portal.kernel.model.GroupConstants;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.OrganizationConstants;
import com.liferay.portal.kernel.model.Role;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.model.UserConstants;
import com.liferay.portal.kernel.model.role.RoleConstants;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.LayoutSetLocalService;
import com.liferay.portal.kernel.service.LayoutSetPrototypeLocalService;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserGroupRoleLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.GetterUtil;
import com.liferay.portal.kernel.util.PropsKeys;
import com.liferay.portal.kernel.util.PropsUtil;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import ru.opora.portal.constants.OporaRoleNames;
import ru.opora.portal.setup.internal.site.OporaSiteTemplateInstaller;
import ru.opora.schools.importer.ExampleWorkbook;
import ru.opora.schools.importer.ImportMode;
import ru.opora.schools.importing.SchoolImportResult;
import ru.opora.schools.model.School;
import ru.opora.schools.service.SchoolLocalService;

/**
 * Fills the default portal instance with a demo region when the portal
 * property {@value #PROPERTY} is true (configs/local; prod has false): a
 * region site, two municipality sites, each backed by an organization and
 * filled by the schools import from a generated workbook (the seed district
 * and a second, generated one), and a demo user for every Opora role with the
 * password {@value #PASSWORD}.
 *
 * <p>
 * The region site ({@value #REGION_FRIENDLY_URL}) is the marker: if it exists,
 * nothing is done. It is created last, and every earlier step looks up what it
 * would create first, so a run that failed half-way is completed by the next
 * one instead of failing on duplicates.
 * </p>
 *
 * @author Opora
 */
public class DemoRegionLoader {

	public static final String PASSWORD = "opora-demo";

	public static final String PROPERTY = "opora.demo.data.enabled";

	public static final String REGION_FRIENDLY_URL = "/region";

	/** The municipalities, their schools (a workbook) and the school whose staff are demo users. */
	public static List<Municipality> municipalities() {
		return Arrays.asList(
			new Municipality(
				"/ivanteevka", "Ивантеевский район", "Ivanteevka District",
				ExampleWorkbook.ivanteevka(), "iv-zn"),
			new Municipality(
				"/demo-rayon-2", "Демо-район 2", "Demo District 2",
				ExampleWorkbook.generated(
					"dr2", "opora-demo-rayon-2.xlsx", 10, 2002),
				null),
			new Municipality(
				"/demo-rayon-3", "Демо-район 3", "Demo District 3",
				ExampleWorkbook.generated(
					"dr3", "opora-demo-rayon-3.xlsx", 12, 2003, 12),
				null));
	}

	/** The demo users: one per role, and a coordinator of the second municipality. */
	public static List<DemoUser> users() {
		return Arrays.asList(
			new DemoUser(
				"coordinator", "Ольга", "Региональная",
				"Региональный координатор", OporaRoleNames.REGIONAL_COORDINATOR,
				null, false),
			new DemoUser(
				"municipal", "Марина", "Муниципальная",
				"Муниципальный координатор",
				OporaRoleNames.MUNICIPAL_COORDINATOR, "/ivanteevka", false),
			new DemoUser(
				"curator", "Константин", "Кураторов",
				"Директор МОУ «Гимназия с. Ивантеевка»", OporaRoleNames.CURATOR,
				"/ivanteevka", false),
			new DemoUser(
				"school", "Светлана", "Школьная",
				"Директор МОУ «СОШ п. Знаменский»", OporaRoleNames.SCHOOL_TEAM,
				"/ivanteevka", true),
			new DemoUser(
				"teacher", "Татьяна", "Учителева",
				"Учитель математики МОУ «СОШ п. Знаменский»",
				OporaRoleNames.TEACHER, "/ivanteevka", true),
			new DemoUser(
				"methodologist", "Михаил", "Методистов",
				"Руководитель районного методического объединения",
				OporaRoleNames.METHODOLOGIST, "/ivanteevka", false),
			new DemoUser(
				"municipal2", "Николай", "Районов",
				"Муниципальный координатор", OporaRoleNames.MUNICIPAL_COORDINATOR,
				"/demo-rayon-2", false));
	}

	public DemoRegionLoader(
		GroupLocalService groupLocalService,
		LayoutSetLocalService layoutSetLocalService,
		LayoutSetPrototypeLocalService layoutSetPrototypeLocalService,
		OrganizationLocalService organizationLocalService,
		RoleLocalService roleLocalService,
		SchoolLocalService schoolLocalService,
		UserGroupRoleLocalService userGroupRoleLocalService,
		UserLocalService userLocalService) {

		_groupLocalService = groupLocalService;
		_layoutSetLocalService = layoutSetLocalService;
		_layoutSetPrototypeLocalService = layoutSetPrototypeLocalService;
		_organizationLocalService = organizationLocalService;
		_roleLocalService = roleLocalService;
		_schoolLocalService = schoolLocalService;
		_userGroupRoleLocalService = userGroupRoleLocalService;
		_userLocalService = userLocalService;
	}

	/**
	 * Loads the demo region into {@code company} if {@value #PROPERTY} is
	 * true, the company is the default one (web ID
	 * {@code company.default.web.id}), the region site does not exist yet and
	 * the Opora roles exist.
	 *
	 * @return whether the region was loaded by this call
	 */
	public boolean load(Company company) throws IOException, PortalException {
		if (!GetterUtil.getBoolean(PropsUtil.get(PROPERTY))) {
			return false;
		}

		if (!Objects.equals(
				company.getWebId(),
				PropsUtil.get(PropsKeys.COMPANY_DEFAULT_WEB_ID))) {

			return false;
		}

		long companyId = company.getCompanyId();

		if (_groupLocalService.fetchFriendlyURLGroup(
				companyId, REGION_FRIENDLY_URL) != null) {

			return false;
		}

		Map<String, Role> roles = new HashMap<>();

		for (String roleName : _ROLE_NAMES) {
			Role role = _roleLocalService.fetchRole(companyId, roleName);

			if (role == null) {
				if (_log.isWarnEnabled()) {
					_log.warn(
						StringBundler.concat(
							"The demo region of company ", companyId,
							" was not loaded: role ", roleName,
							" does not exist yet; it is loaded at the next ",
							"start"));
				}

				return false;
			}

			roles.put(roleName, role);
		}

		LayoutSetPrototype siteTemplate =
			OporaSiteTemplateInstaller.fetchTemplate(
				_layoutSetPrototypeLocalService, companyId);

		if ((siteTemplate == null) && _log.isWarnEnabled()) {
			_log.warn(
				StringBundler.concat(
					"The site template ", OporaSiteTemplateInstaller.NAME,
					" of company ", companyId, " does not exist: the demo ",
					"municipalities get no pages"));
		}

		long adminUserId = _getAdminUserId(companyId);

		Map<String, Group> groups = new LinkedHashMap<>();
		Map<String, Organization> staffOrganizations = new HashMap<>();

		for (Municipality municipality : municipalities()) {
			Group group = _groupLocalService.fetchFriendlyURLGroup(
				companyId, municipality.getFriendlyURL());

			if (group == null) {
				group = _addSite(
					companyId, adminUserId, municipality.getFriendlyURL(),
					municipality.getRussianName(),
					municipality.getEnglishName());

				// The template's pages become the site's private pages
				// (copied by the portal when the site is first visited).

				if (siteTemplate != null) {
					_layoutSetLocalService.updateLayoutSetPrototypeLinkEnabled(
						group.getGroupId(), true, true,
						siteTemplate.getUuid());
				}
			}

			groups.put(municipality.getFriendlyURL(), group);

			Organization organization = _addOrganization(
				companyId, adminUserId,
				OrganizationConstants.DEFAULT_PARENT_ORGANIZATION_ID,
				municipality.getRussianName());

			if (!_groupLocalService.hasOrganizationGroup(
					organization.getOrganizationId(), group.getGroupId())) {

				_groupLocalService.addOrganizationGroup(
					organization.getOrganizationId(), group.getGroupId());
			}

			_importSchools(
				companyId, adminUserId, group.getGroupId(),
				municipality.getExampleWorkbook());

			if (municipality.getStaffSchoolFederalLogin() != null) {
				School school = _schoolLocalService.fetchSchoolByFederalLogin(
					group.getGroupId(),
					municipality.getStaffSchoolFederalLogin());

				if (school != null) {
					Organization schoolOrganization = _addOrganization(
						companyId, adminUserId,
						organization.getOrganizationId(), school.getName());

					if (school.getOrganizationId() !=
							schoolOrganization.getOrganizationId()) {

						_schoolLocalService.updateSchoolOrganization(
							school.getSchoolId(),
							schoolOrganization.getOrganizationId());
					}

					staffOrganizations.put(
						municipality.getFriendlyURL(), schoolOrganization);
				}
			}
		}

		List<User> regionUsers = new ArrayList<>();

		for (DemoUser demoUser : users()) {
			if (_userLocalService.fetchUserByEmailAddress(
					companyId, demoUser.getEmailAddress()) != null) {

				continue;
			}

			Role role = roles.get(demoUser.getRoleName());

			long[] groupIds;
			long[] organizationIds = new long[0];
			long[] roleIds = new long[0];

			if (demoUser.getSiteFriendlyURL() == null) {
				groupIds = new long[groups.size()];

				int i = 0;

				for (Group group : groups.values()) {
					groupIds[i++] = group.getGroupId();
				}

				roleIds = new long[] {role.getRoleId()};
			}
			else {
				groupIds = new long[] {
					groups.get(
						demoUser.getSiteFriendlyURL()
					).getGroupId()
				};

				Organization staffOrganization = staffOrganizations.get(
					demoUser.getSiteFriendlyURL());

				if (demoUser.isSchoolStaff() && (staffOrganization != null)) {
					organizationIds = new long[] {
						staffOrganization.getOrganizationId()
					};
				}
			}

			ServiceContext serviceContext = _serviceContext(
				companyId, adminUserId, 0);

			User user = _userLocalService.addUser(
				adminUserId, companyId, false, PASSWORD, PASSWORD, false,
				demoUser.getScreenName(), demoUser.getEmailAddress(),
				_RUSSIAN, demoUser.getFirstName(), null,
				demoUser.getLastName(), 0, 0, false, 0, 1, 1980,
				demoUser.getJobTitle(), UserConstants.TYPE_REGULAR, groupIds,
				organizationIds, roleIds, new long[0], false, serviceContext);

			_userLocalService.updatePasswordReset(user.getUserId(), false);

			if (demoUser.getSiteFriendlyURL() == null) {
				regionUsers.add(user);
			}
			else {
				_userGroupRoleLocalService.addUserGroupRoles(
					user.getUserId(), groupIds[0],
					new long[] {role.getRoleId()});
			}
		}

		Group regionGroup = _addSite(
			companyId, adminUserId, REGION_FRIENDLY_URL, "Регион (демо)",
			"Region (demo)");

		if (!regionUsers.isEmpty()) {
			_userLocalService.addGroupUsers(
				regionGroup.getGroupId(), regionUsers);
		}

		if (_log.isInfoEnabled()) {
			_log.info(
				StringBundler.concat(
					"Loaded the demo region of company ", companyId, ": sites ",
					REGION_FRIENDLY_URL, " and ", groups.keySet(), ", ",
					users().size(), " users with the password ", PASSWORD));
		}

		return true;
	}

	/** A municipality of the demo region. */
	public static final class Municipality {

		public Municipality(
			String friendlyURL, String russianName, String englishName,
			ExampleWorkbook exampleWorkbook, String staffSchoolFederalLogin) {

			_friendlyURL = friendlyURL;
			_russianName = russianName;
			_englishName = englishName;
			_exampleWorkbook = exampleWorkbook;
			_staffSchoolFederalLogin = staffSchoolFederalLogin;
		}

		public String getEnglishName() {
			return _englishName;
		}

		public ExampleWorkbook getExampleWorkbook() {
			return _exampleWorkbook;
		}

		public String getFriendlyURL() {
			return _friendlyURL;
		}

		public String getRussianName() {
			return _russianName;
		}

		/** The school whose organization the demo school team and teacher join, or {@code null}. */
		public String getStaffSchoolFederalLogin() {
			return _staffSchoolFederalLogin;
		}

		private final String _englishName;
		private final ExampleWorkbook _exampleWorkbook;
		private final String _friendlyURL;
		private final String _russianName;
		private final String _staffSchoolFederalLogin;

	}

	/** A demo user: e-mail {@code screenName@opora.demo}, one Opora role. */
	public static final class DemoUser {

		public DemoUser(
			String screenName, String firstName, String lastName,
			String jobTitle, String roleName, String siteFriendlyURL,
			boolean schoolStaff) {

			_screenName = screenName;
			_firstName = firstName;
			_lastName = lastName;
			_jobTitle = jobTitle;
			_roleName = roleName;
			_siteFriendlyURL = siteFriendlyURL;
			_schoolStaff = schoolStaff;
		}

		public String getEmailAddress() {
			return _screenName + "@opora.demo";
		}

		public String getFirstName() {
			return _firstName;
		}

		public String getJobTitle() {
			return _jobTitle;
		}

		public String getLastName() {
			return _lastName;
		}

		public String getRoleName() {
			return _roleName;
		}

		public String getScreenName() {
			return _screenName;
		}

		/**
		 * The municipality site where the user has the (site) role, or
		 * {@code null} for the regional coordinator, who gets the regular role
		 * and membership of every demo site.
		 */
		public String getSiteFriendlyURL() {
			return _siteFriendlyURL;
		}

		/** Whether the user is a member of the municipality's demo school's organization. */
		public boolean isSchoolStaff() {
			return _schoolStaff;
		}

		private final String _firstName;
		private final String _jobTitle;
		private final String _lastName;
		private final String _roleName;
		private final boolean _schoolStaff;
		private final String _screenName;
		private final String _siteFriendlyURL;

	}

	private Organization _addOrganization(
			long companyId, long adminUserId, long parentOrganizationId,
			String name)
		throws PortalException {

		Organization organization = _organizationLocalService.fetchOrganization(
			companyId, name);

		if (organization != null) {
			return organization;
		}

		return _organizationLocalService.addOrganization(
			adminUserId, parentOrganizationId, name, false);
	}

	private Group _addSite(
			long companyId, long adminUserId, String friendlyURL,
			String russianName, String englishName)
		throws PortalException {

		Group group = _groupLocalService.fetchFriendlyURLGroup(
			companyId, friendlyURL);

		if (group != null) {
			return group;
		}

		Map<Locale, String> nameMap = new LinkedHashMap<>();

		nameMap.put(_RUSSIAN, russianName);
		nameMap.put(Locale.US, englishName);

		return _groupLocalService.addGroup(
			adminUserId, GroupConstants.DEFAULT_PARENT_GROUP_ID, null, 0,
			GroupConstants.DEFAULT_LIVE_GROUP_ID, nameMap,
			Collections.emptyMap(), GroupConstants.TYPE_SITE_PRIVATE, true,
			GroupConstants.DEFAULT_MEMBERSHIP_RESTRICTION, friendlyURL, true,
			false, true, _serviceContext(companyId, adminUserId, 0));
	}

	/** The first administrator of the instance (the setup wizard's or {@code test@liferay.com}). */
	private long _getAdminUserId(long companyId) throws PortalException {
		Role administratorRole = _roleLocalService.getRole(
			companyId, RoleConstants.ADMINISTRATOR);

		long[] userIds = _userLocalService.getRoleUserIds(
			administratorRole.getRoleId());

		if (userIds.length == 0) {
			throw new PortalException(
				"Company " + companyId + " has no administrator");
		}

		long adminUserId = userIds[0];

		for (long userId : userIds) {
			adminUserId = Math.min(adminUserId, userId);
		}

		return adminUserId;
	}

	private void _importSchools(
			long companyId, long adminUserId, long groupId,
			ExampleWorkbook exampleWorkbook)
		throws IOException, PortalException {

		Path dir = Files.createTempDirectory("opora-demo");

		try {
			File file = exampleWorkbook.writeTo(
				dir
			).toFile();

			SchoolImportResult schoolImportResult =
				_schoolLocalService.importWorkbook(
					adminUserId, groupId, file, ImportMode.GOOD_ROWS,
					_serviceContext(companyId, adminUserId, groupId));

			if (!schoolImportResult.isClean() && _log.isWarnEnabled()) {
				_log.warn(
					StringBundler.concat(
						"Demo workbook ", exampleWorkbook.getFileName(),
						" has rejected rows: ",
						schoolImportResult.getErrors()));
			}
		}
		finally {
			Files.deleteIfExists(dir.resolve(exampleWorkbook.getFileName()));
			Files.deleteIfExists(dir);
		}
	}

	private ServiceContext _serviceContext(
		long companyId, long userId, long scopeGroupId) {

		ServiceContext serviceContext = new ServiceContext();

		serviceContext.setAddGroupPermissions(true);
		serviceContext.setCompanyId(companyId);
		serviceContext.setScopeGroupId(scopeGroupId);
		serviceContext.setUserId(userId);

		return serviceContext;
	}

	private static final String[] _ROLE_NAMES = {
		OporaRoleNames.REGIONAL_COORDINATOR,
		OporaRoleNames.MUNICIPAL_COORDINATOR, OporaRoleNames.CURATOR,
		OporaRoleNames.SCHOOL_TEAM, OporaRoleNames.TEACHER,
		OporaRoleNames.METHODOLOGIST
	};

	private static final Locale _RUSSIAN = new Locale("ru", "RU");

	private static final Log _log = LogFactoryUtil.getLog(
		DemoRegionLoader.class);

	private final GroupLocalService _groupLocalService;
	private final LayoutSetLocalService _layoutSetLocalService;
	private final LayoutSetPrototypeLocalService
		_layoutSetPrototypeLocalService;
	private final OrganizationLocalService _organizationLocalService;
	private final RoleLocalService _roleLocalService;
	private final SchoolLocalService _schoolLocalService;
	private final UserGroupRoleLocalService _userGroupRoleLocalService;
	private final UserLocalService _userLocalService;

}
