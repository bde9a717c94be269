package ru.opora.diagnostics.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermissionFactory;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermissionFactory;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.GroupLocalServiceUtil;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.UserGroupRoleLocalService;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.opora.diagnostics.configuration.DiagnosticsPrivacyConfiguration;
import ru.opora.diagnostics.constants.DiagnosticsActionKeys;
import ru.opora.diagnostics.constants.DiagnosticsConstants;
import ru.opora.diagnostics.internal.security.DiagnosticsAccess;
import ru.opora.diagnostics.internal.security.IndividualDataPermissionLogic;
import ru.opora.diagnostics.model.Attempt;
import ru.opora.diagnostics.model.ResultView;
import ru.opora.diagnostics.model.Route;
import ru.opora.diagnostics.model.impl.AttemptImpl;
import ru.opora.diagnostics.model.impl.ResultViewImpl;
import ru.opora.diagnostics.model.impl.CompetenceAreaImpl;
import ru.opora.diagnostics.model.impl.CompetenceImpl;
import ru.opora.diagnostics.model.impl.DiagnosticItemImpl;
import ru.opora.diagnostics.model.impl.ItemBankImpl;
import ru.opora.diagnostics.model.impl.RouteActionImpl;
import ru.opora.diagnostics.model.impl.RouteImpl;
import ru.opora.diagnostics.service.AttemptLocalService;
import ru.opora.diagnostics.service.DiagnosticItemLocalService;
import ru.opora.diagnostics.service.ItemBankLocalService;
import ru.opora.diagnostics.service.ResultViewLocalService;
import ru.opora.diagnostics.service.RouteActionLocalService;
import ru.opora.diagnostics.service.RouteLocalService;
import ru.opora.domain.diagnostics.Aggregates;
import ru.opora.domain.diagnostics.DiagnosticResult;
import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.service.MentorAssignmentLocalService;
import ru.opora.portal.constants.OporaRoleNames;
import ru.opora.schools.model.School;
import ru.opora.schools.service.SchoolLocalService;
import ru.opora.testing.Fields;
import ru.opora.testing.permission.GrantedPermissions;

/**
 * 152-ФЗ: each role against a teacher's individual data and the aggregates,
 * through the real remote services, the real Liferay permission factories and
 * the real {@link DiagnosticsAccess}; roles, organisations, mentoring and the
 * privacy setting are mocks. Every public method of the remote services is
 * classified here, so a new method cannot skip this test.
 */
class PrivacyPermissionTest {

	static final long COMPANY_ID = 1;

	static final long GROUP_ID = 20;

	static final long SCHOOL_ID = 11;

	static final long TEACHER = 101;

	static final long COLLEAGUE = 102;

	static final long LEADER = 201;

	static final long OTHER_SCHOOL_LEADER = 202;

	static final long MENTOR = 301;

	static final long MUNICIPAL_COORDINATOR = 401;

	static final long REGIONAL_COORDINATOR = 402;

	static final long METHODOLOGIST = 601;

	static final long REGION_GROUP_ID = 10;

	@BeforeEach
	void setUp() throws Exception {
		GroupLocalService groupLocalService = mock(GroupLocalService.class);
		Group group = mock(Group.class);

		when(group.getCompanyId()).thenReturn(COMPANY_ID);
		when(groupLocalService.getGroup(anyLong())).thenReturn(group);
		GroupLocalServiceUtil.setService(groupLocalService);

		School school = mock(School.class);

		when(school.getSchoolId()).thenReturn(SCHOOL_ID);
		when(school.getGroupId()).thenReturn(GROUP_ID);
		when(school.getCompanyId()).thenReturn(COMPANY_ID);
		when(school.getOrganizationId()).thenReturn(7001L);
		when(_schoolLocalService.fetchSchool(SCHOOL_ID)).thenReturn(school);
		when(_schoolLocalService.getSchool(SCHOOL_ID)).thenReturn(school);

		_siteRole(LEADER, OporaRoleNames.SCHOOL_TEAM);
		_siteRole(OTHER_SCHOOL_LEADER, OporaRoleNames.SCHOOL_TEAM);
		_siteRole(MUNICIPAL_COORDINATOR, OporaRoleNames.MUNICIPAL_COORDINATOR);
		_siteRole(METHODOLOGIST, OporaRoleNames.METHODOLOGIST);
		_siteRole(TEACHER, OporaRoleNames.TEACHER);
		_siteRole(COLLEAGUE, OporaRoleNames.TEACHER);
		when(_organizationLocalService.hasUserOrganization(LEADER, 7001L)).thenReturn(true);
		when(_organizationLocalService.hasUserOrganization(COLLEAGUE, 7001L)).thenReturn(true);
		when(_organizationLocalService.hasUserOrganization(TEACHER, 7001L)).thenReturn(true);
		when(_organizationLocalService.hasUserOrganization(OTHER_SCHOOL_LEADER, 7002L)).thenReturn(true);
		when(
			_roleLocalService.hasUserRole(REGIONAL_COORDINATOR, COMPANY_ID, OporaRoleNames.REGIONAL_COORDINATOR, true)
		).thenReturn(true);

		MentorAssignment assignment = mock(MentorAssignment.class);

		when(assignment.getMenteeUserId()).thenReturn(TEACHER);
		when(assignment.getTeacherMentorUserId()).thenReturn(MENTOR);
		when(_mentorAssignmentLocalService.getTeacherMentorAssignments(anyLong(), anyBoolean())).thenReturn(List.of());
		when(_mentorAssignmentLocalService.getTeacherMentorAssignments(MENTOR, true)).thenReturn(List.of(assignment));

		DiagnosticsPrivacyConfiguration configuration = mock(DiagnosticsPrivacyConfiguration.class);

		when(configuration.coordinatorsSeeIndividualResults()).thenAnswer(invocation -> _coordinatorsSeeIndividuals);
		when(configuration.routeMonths()).thenReturn(12);
		when(configuration.bankSiteFriendlyURL()).thenAnswer(invocation -> _bankSite);
		when(
			_configurationProvider.getCompanyConfiguration(DiagnosticsPrivacyConfiguration.class, COMPANY_ID)
		).thenReturn(configuration);

		Fields.set(_access, "_configurationProvider", _configurationProvider);
		Fields.set(_access, "_groupLocalService", groupLocalService);
		Fields.set(_access, "_mentorAssignmentLocalService", _mentorAssignmentLocalService);
		Fields.set(_access, "_organizationLocalService", _organizationLocalService);
		Fields.set(_access, "_roleLocalService", _roleLocalService);
		Fields.set(_access, "_schoolLocalService", _schoolLocalService);
		Fields.set(_access, "_userGroupRoleLocalService", _userGroupRoleLocalService);

		_attempt.setAttemptId(1);
		_attempt.setCompanyId(COMPANY_ID);
		_attempt.setGroupId(GROUP_ID);
		_attempt.setSchoolId(SCHOOL_ID);
		_attempt.setUserId(TEACHER);
		_attempt.setStatus(DiagnosticsConstants.ATTEMPT_STATUS_COMPLETED);

		_route.setRouteId(5);
		_route.setAttemptId(1);
		_route.setCompanyId(COMPANY_ID);
		_route.setGroupId(GROUP_ID);
		_route.setSchoolId(SCHOOL_ID);
		_route.setUserId(TEACHER);
		_route.setStatus(DiagnosticsConstants.ROUTE_STATUS_AGREED);

		_action.setRouteActionId(9);
		_action.setRouteId(5);

		when(_attemptLocalService.getAttempt(1)).thenReturn(_attempt);
		when(_attemptLocalService.getUserAttempts(TEACHER)).thenReturn(List.of(_attempt));
		when(_attemptLocalService.getSchoolAttempts(SCHOOL_ID)).thenReturn(List.of(_attempt));
		when(_attemptLocalService.getDiagnosticResult(_attempt)).thenReturn(_result);
		when(_attemptLocalService.getAggregates(eq(COMPANY_ID), any())).thenReturn(_aggregates);
		when(_routeLocalService.getRoute(5)).thenReturn(_route);
		when(_routeLocalService.fetchAttemptRoute(1)).thenReturn(_route);
		when(_routeLocalService.getUserRoutes(TEACHER)).thenReturn(List.of(_route));
		when(_routeLocalService.getRouteActions(5)).thenReturn(List.of(_action));
		when(_routeActionLocalService.getRouteAction(9)).thenReturn(_action);

		PortletResourcePermission portletResourcePermission = PortletResourcePermissionFactory.create(
			DiagnosticsConstants.RESOURCE_NAME);
		ModelResourcePermission<Attempt> attemptPermission = ModelResourcePermissionFactory.create(
			Attempt.class, Attempt::getAttemptId, _attemptLocalService::getAttempt, portletResourcePermission,
			(permission, consumer) -> consumer.accept(
				new IndividualDataPermissionLogic<Attempt>(
					_access, false, Attempt::getCompanyId, Attempt::getGroupId, Attempt::getSchoolId,
					Attempt::getUserId)));
		ModelResourcePermission<Route> routePermission = ModelResourcePermissionFactory.create(
			Route.class, Route::getRouteId, _routeLocalService::getRoute, portletResourcePermission,
			(permission, consumer) -> consumer.accept(
				new IndividualDataPermissionLogic<Route>(
					_access, true, Route::getCompanyId, Route::getGroupId, Route::getSchoolId, Route::getUserId)));

		Fields.set(_attemptService, "attemptLocalService", _attemptLocalService);
		Fields.set(_attemptService, "_attemptModelResourcePermission", attemptPermission);
		Fields.set(_attemptService, "_diagnosticsAccess", _access);
		Fields.set(_attemptService, "_groupLocalService", groupLocalService);
		Fields.set(_attemptService, "_portletResourcePermission", portletResourcePermission);
		Fields.set(_attemptService, "_resultViewLocalService", _resultViewLocalService);
		Fields.set(_attemptService, "_schoolLocalService", _schoolLocalService);

		Fields.set(_resultViewService, "resultViewLocalService", _resultViewLocalService);
		Fields.set(_resultViewService, "_diagnosticsAccess", _access);
		Fields.set(_resultViewService, "_groupLocalService", groupLocalService);
		Fields.set(_resultViewService, "_portletResourcePermission", portletResourcePermission);

		Fields.set(_routeService, "routeLocalService", _routeLocalService);
		Fields.set(_routeService, "_attemptLocalService", _attemptLocalService);
		Fields.set(_routeService, "_diagnosticsAccess", _access);
		Fields.set(_routeService, "_resultViewLocalService", _resultViewLocalService);
		Fields.set(_routeService, "_routeActionLocalService", _routeActionLocalService);
		Fields.set(_routeService, "_routeModelResourcePermission", routePermission);
	}

	@AfterEach
	void tearDown() {
		GroupLocalServiceUtil.setService(null);
		GrantedPermissions.logout();
	}

	@Test
	void individualResultsByRole() throws Exception {
		for (long viewer : new long[] {TEACHER, LEADER, MENTOR}) {
			_login(viewer);

			assertSame(_result, _attemptService.getResult(1), "viewer " + viewer);
			assertSame(_route, _routeService.getRoute(5), "viewer " + viewer);
			verify(_resultViewLocalService).logView(viewer, COMPANY_ID, GROUP_ID, TEACHER, 1, "result");
			verify(_resultViewLocalService).logView(viewer, COMPANY_ID, GROUP_ID, TEACHER, 1, "route");
		}

		for (long viewer : new long[] {
				COLLEAGUE, OTHER_SCHOOL_LEADER, MUNICIPAL_COORDINATOR, REGIONAL_COORDINATOR, METHODOLOGIST, 999
			}) {

			_login(viewer);
			_grantEverySiteAction();

			assertThrows(PrincipalException.class, () -> _attemptService.getResult(1), "viewer " + viewer);
			assertThrows(PrincipalException.class, () -> _routeService.getRoute(5), "viewer " + viewer);
			verify(_resultViewLocalService, never()).logView(eq(viewer), anyLong(), anyLong(), anyLong(), anyLong(),
				anyString());
		}
	}

	@Test
	void coordinatorsSeeIndividualsOnlyWithTheSetting() throws Exception {
		_coordinatorsSeeIndividuals = true;

		for (long viewer : new long[] {MUNICIPAL_COORDINATOR, REGIONAL_COORDINATOR}) {
			_login(viewer);

			assertSame(_result, _attemptService.getResult(1));
			assertEquals(List.of(_attempt), _attemptService.getSchoolAttempts(SCHOOL_ID));
		}

		_login(METHODOLOGIST);

		assertThrows(PrincipalException.class, () -> _attemptService.getResult(1), "the setting is for coordinators");
		assertThrows(PrincipalException.class, () -> _attemptService.getSchoolAttempts(SCHOOL_ID));
	}

	@Test
	void aCoordinatorWithoutTheSettingReadsNoIndividualDataThroughAnyMethod() throws Exception {
		Map<String, Call> individual = _individualCalls();

		for (long coordinator : new long[] {MUNICIPAL_COORDINATOR, REGIONAL_COORDINATOR}) {
			for (Map.Entry<String, Call> call : individual.entrySet()) {
				_login(coordinator);
				_grantEverySiteAction();

				assertThrows(PrincipalException.class, call.getValue()::run, call.getKey() + " as " + coordinator);
			}
		}

		verify(_resultViewLocalService, never()).logView(anyLong(), anyLong(), anyLong(), anyLong(), anyLong(),
			anyString());
		verify(_attemptLocalService, never()).getDiagnosticResult(any());
		verify(_routeLocalService, never()).getRouteActions(anyLong());

		Set<String> classified = new TreeSet<>(individual.keySet());

		classified.addAll(_NOT_INDIVIDUAL);
		classified.addAll(_AUDIT_LOG);

		assertEquals(
			_publicMethods(AttemptServiceImpl.class, ResultViewServiceImpl.class, RouteServiceImpl.class), classified,
			"every remote method is classified");
	}

	@Test
	void schoolListOnlyForTheSchoolsLeaders() throws Exception {
		_login(LEADER);

		assertEquals(List.of(_attempt), _attemptService.getSchoolAttempts(SCHOOL_ID));
		verify(_resultViewLocalService).logView(LEADER, COMPANY_ID, GROUP_ID, TEACHER, 1, "school-list");

		for (long viewer : new long[] {OTHER_SCHOOL_LEADER, COLLEAGUE, MENTOR, MUNICIPAL_COORDINATOR}) {
			_login(viewer);

			assertThrows(PrincipalException.class, () -> _attemptService.getSchoolAttempts(SCHOOL_ID));
		}
	}

	@Test
	void aggregatesWithTheSiteActionOrTheRegionalRole() throws Exception {
		_login(MUNICIPAL_COORDINATOR);

		assertThrows(PrincipalException.class, () -> _attemptService.getAggregates(GROUP_ID));

		_grant(DiagnosticsConstants.RESOURCE_NAME, GROUP_ID, DiagnosticsActionKeys.VIEW_AGGREGATES);

		assertSame(_aggregates, _attemptService.getAggregates(GROUP_ID));
		assertThrows(PrincipalException.class, () -> _attemptService.getRegionAggregates(new long[] {GROUP_ID}));

		_login(REGIONAL_COORDINATOR);

		assertSame(_aggregates, _attemptService.getRegionAggregates(new long[] {GROUP_ID}));

		_login(TEACHER);

		assertThrows(PrincipalException.class, () -> _attemptService.getAggregates(GROUP_ID));
		assertThrows(PrincipalException.class, () -> _attemptService.getRegionAggregates(new long[] {GROUP_ID}));
	}

	@Test
	void onlyTheTeacherAnswersAndMarksProgressOnlyLeadersAgree() throws Exception {
		for (long viewer : new long[] {LEADER, MENTOR}) {
			_login(viewer);

			assertThrows(PrincipalException.class, () -> _attemptService.saveAnswers(1, Map.of("A", "1")));
			assertThrows(PrincipalException.class, () -> _attemptService.submitAttempt(1));
			assertThrows(PrincipalException.class, () -> _routeService.completeAction(9, "a.pdf", "application/pdf",
				new byte[] {1}, null));
		}

		_login(TEACHER);

		_attemptService.saveAnswers(1, Map.of("A", "1"));
		verify(_attemptLocalService).saveAnswers(eq(1L), eq(Map.of("A", "1")), any(Date.class));
		assertThrows(PrincipalException.class, () -> _routeService.agreeRoute(5), "a teacher cannot agree their own");

		_login(LEADER);

		_routeService.agreeRoute(5);
		verify(_routeLocalService).agreeRoute(LEADER, 5);
		_routeService.updateAction(9, "Курс", new Date(), null);
		verify(_routeLocalService).updateAction(eq(9L), eq("Курс"), any(), eq(null));

		_login(MENTOR);

		assertThrows(PrincipalException.class, () -> _routeService.updateAction(9, "x", new Date(), null),
			"the mentor sees the route but does not edit it");
	}

	@Test
	void auditLogWithTheSiteActionRegionOnlyForTheRegionalRole() throws Exception {
		List<ResultView> views = List.of(new ResultViewImpl());

		when(_resultViewLocalService.getGroupViews(GROUP_ID, TEACHER, 0, 0, 20)).thenReturn(views);
		when(_resultViewLocalService.getGroupViewsCount(GROUP_ID, TEACHER, 0)).thenReturn(1);
		when(_resultViewLocalService.getCompanyViews(COMPANY_ID, 0, LEADER, 0, 20)).thenReturn(views);
		when(_resultViewLocalService.getViewsByOthers(TEACHER, 0, 20)).thenReturn(views);

		for (long viewer : new long[] {TEACHER, LEADER, MENTOR, MUNICIPAL_COORDINATOR, REGIONAL_COORDINATOR}) {
			_login(viewer);
			_grantEverySiteAction();

			assertThrows(PrincipalException.class, () -> _resultViewService.getSiteViews(GROUP_ID, TEACHER, 0, 0, 20),
				"viewer " + viewer);
			assertThrows(PrincipalException.class, () -> _resultViewService.getSiteViewsCount(GROUP_ID, 0, 0));
			assertThrows(PrincipalException.class, () -> _resultViewService.getRegionViews(GROUP_ID, 0, 0, 0, 20));
			assertThrows(PrincipalException.class, () -> _resultViewService.getRegionViewsCount(GROUP_ID, 0, 0));
			assertFalse(_resultViewService.hasRegionAccess(GROUP_ID));
		}

		_login(MUNICIPAL_COORDINATOR);
		_grant(DiagnosticsConstants.RESOURCE_NAME, GROUP_ID, DiagnosticsActionKeys.VIEW_AUDIT_LOG);

		assertSame(views, _resultViewService.getSiteViews(GROUP_ID, TEACHER, 0, 0, 20));
		assertEquals(1, _resultViewService.getSiteViewsCount(GROUP_ID, TEACHER, 0));
		assertThrows(PrincipalException.class, () -> _resultViewService.getSiteViews(99, 0, 0, 0, 20),
			"another site");
		assertThrows(PrincipalException.class, () -> _resultViewService.getRegionViews(GROUP_ID, 0, LEADER, 0, 20),
			"the region needs the regional role");
		assertFalse(_resultViewService.hasRegionAccess(GROUP_ID));

		_login(REGIONAL_COORDINATOR);
		_grant(DiagnosticsConstants.RESOURCE_NAME, GROUP_ID, DiagnosticsActionKeys.VIEW_AUDIT_LOG);

		assertSame(views, _resultViewService.getRegionViews(GROUP_ID, 0, LEADER, 0, 20));
		assertTrue(_resultViewService.hasRegionAccess(GROUP_ID));

		_login(TEACHER);

		assertSame(views, _resultViewService.getMyViews(0, 20), "a teacher reads who viewed their own data");
		_resultViewService.getMyViewsCount();
		verify(_resultViewLocalService).getViewsByOthersCount(TEACHER);
	}

	@Test
	void theBankIsNoIndividualDataAndEveryBankMethodNeedsManageBank() throws Exception {
		Map<String, Call> bank = _bankCalls();

		assertEquals(_publicMethods(DiagnosticItemServiceImpl.class), new TreeSet<>(bank.keySet()),
			"every remote method of the bank is classified");

		for (long viewer : new long[] {
				TEACHER, LEADER, MENTOR, MUNICIPAL_COORDINATOR, REGIONAL_COORDINATOR, METHODOLOGIST
			}) {

			for (Map.Entry<String, Call> call : bank.entrySet()) {
				_login(viewer);

				for (String actionId : new String[] {
						DiagnosticsActionKeys.IMPORT_RESULTS, DiagnosticsActionKeys.MANAGE_COURSES,
						DiagnosticsActionKeys.OPEN_SESSION, DiagnosticsActionKeys.VIEW_AGGREGATES
					}) {

					_grant(DiagnosticsConstants.RESOURCE_NAME, GROUP_ID, actionId);
				}

				assertThrows(PrincipalException.class, call.getValue()::run, call.getKey() + " as " + viewer);
			}
		}

		verifyNoInteractions(_itemBankLocalService, _diagnosticItemLocalService);

		for (Map.Entry<String, Call> call : bank.entrySet()) {
			_login(METHODOLOGIST);
			_grant(DiagnosticsConstants.RESOURCE_NAME, GROUP_ID, DiagnosticsActionKeys.MANAGE_BANK);

			call.getValue().run();
		}

		verify(_itemBankLocalService).deleteCompetenceArea(METHODOLOGIST, 31);
		verify(_itemBankLocalService).updateCompetence(METHODOLOGIST, 32, "MATH", "Алгебра", 70, 3);
	}

	@Test
	void theBankIsChangedOnlyFromTheConfiguredSite() throws Exception {
		Map<String, Call> bank = _bankCalls();
		Group region = mock(Group.class);

		when(region.getGroupId()).thenReturn(REGION_GROUP_ID);
		when(GroupLocalServiceUtil.getService().fetchFriendlyURLGroup(COMPANY_ID, "/region")).thenReturn(region);
		_bankSite = "/region";

		for (Map.Entry<String, Call> call : bank.entrySet()) {
			_login(METHODOLOGIST);
			_grant(DiagnosticsConstants.RESOURCE_NAME, GROUP_ID, DiagnosticsActionKeys.MANAGE_BANK);

			if (_BANK_CHANGES.contains(call.getKey())) {
				assertThrows(PrincipalException.class, call.getValue()::run, call.getKey() + " from a municipality");
			}
			else {
				call.getValue().run();
			}
		}

		assertFalse(_bankService.canChangeBank(GROUP_ID), "a municipality's methodologist reads the bank only");
		verify(_itemBankLocalService, never()).publishDraft(anyLong(), anyLong());
		verify(_itemBankLocalService, never()).deleteCompetenceArea(anyLong(), anyLong());
		verify(_itemBankLocalService, never()).replaceDraft(anyLong(), anyLong(), any());

		_login(METHODOLOGIST);
		_grant(DiagnosticsConstants.RESOURCE_NAME, REGION_GROUP_ID, DiagnosticsActionKeys.MANAGE_BANK);

		assertTrue(_bankService.canChangeBank(REGION_GROUP_ID));
		_bankService.deleteCompetenceArea(REGION_GROUP_ID, 31);
		verify(_itemBankLocalService).deleteCompetenceArea(METHODOLOGIST, 31);

		_bankSite = "/nowhere";

		assertThrows(PrincipalException.class, () -> _bankService.publishDraft(REGION_GROUP_ID),
			"a setting that names no site leaves the bank unchanged");
	}

	@Test
	void accessRulesInIsolation() {
		assertFalse(_access.isSchoolLeader(OTHER_SCHOOL_LEADER, GROUP_ID, SCHOOL_ID), "leader of another school");
		assertFalse(_access.isSchoolLeader(COLLEAGUE, GROUP_ID, SCHOOL_ID), "staff without the School Team role");
		assertFalse(_access.isSchoolLeader(LEADER, 99, SCHOOL_ID), "school of another site");
		assertTrue(_access.isSchoolLeader(LEADER, GROUP_ID, SCHOOL_ID));
		assertTrue(_access.isMentor(MENTOR, TEACHER));
		assertFalse(_access.isMentor(MENTOR, COLLEAGUE));
		assertFalse(_access.coordinatorsSeeIndividuals(COMPANY_ID), "off by default");
	}

	private interface Call {

		public void run() throws Exception;

	}

	/** Every remote method of the item bank (company-wide, no teacher's data): MANAGE_BANK in the site. */
	private Map<String, Call> _bankCalls() throws Exception {
		CompetenceAreaImpl area = new CompetenceAreaImpl();

		area.setCompanyId(COMPANY_ID);

		CompetenceImpl competence = new CompetenceImpl();

		competence.setCompanyId(COMPANY_ID);

		DiagnosticItemImpl item = new DiagnosticItemImpl();

		item.setCompanyId(COMPANY_ID);

		ItemBankImpl draft = new ItemBankImpl();

		draft.setVersion(2);

		when(_itemBankLocalService.getCompetenceArea(31)).thenReturn(area);
		when(_itemBankLocalService.getCompetence(32)).thenReturn(competence);
		when(_itemBankLocalService.getOrCreateDraft(anyLong(), eq(COMPANY_ID))).thenReturn(draft);
		when(_diagnosticItemLocalService.getDiagnosticItem(33)).thenReturn(item);

		Fields.set(_bankService, "diagnosticItemLocalService", _diagnosticItemLocalService);
		Fields.set(_bankService, "_diagnosticsAccess", _access);
		Fields.set(_bankService, "_groupLocalService", GroupLocalServiceUtil.getService());
		Fields.set(_bankService, "_itemBankLocalService", _itemBankLocalService);
		Fields.set(
			_bankService, "_portletResourcePermission",
			PortletResourcePermissionFactory.create(DiagnosticsConstants.RESOURCE_NAME));

		Map<String, Call> calls = new LinkedHashMap<>();

		calls.put("DiagnosticItemServiceImpl.addCompetence",
			() -> _bankService.addCompetence(GROUP_ID, "M-STAT", "MATH", "Статистика", 60, 2));
		calls.put("DiagnosticItemServiceImpl.addCompetenceArea",
			() -> _bankService.addCompetenceArea(GROUP_ID, "RUS", "Русский язык", "subject", "Русский язык"));
		calls.put("DiagnosticItemServiceImpl.addItem",
			() -> _bankService.addItem(GROUP_ID, "M1-09", "M-ALG", "single", "?", "1\n2", "", "1", 1));
		calls.put("DiagnosticItemServiceImpl.canChangeBank", () -> _bankService.canChangeBank(GROUP_ID));
		calls.put("DiagnosticItemServiceImpl.deleteCompetence", () -> _bankService.deleteCompetence(GROUP_ID, 32));
		calls.put("DiagnosticItemServiceImpl.deleteCompetenceArea", () -> _bankService.deleteCompetenceArea(GROUP_ID, 31));
		calls.put("DiagnosticItemServiceImpl.deleteItem", () -> _bankService.deleteItem(GROUP_ID, 33));
		calls.put("DiagnosticItemServiceImpl.getBankVersion", () -> _bankService.getBankVersion(GROUP_ID, 1));
		calls.put("DiagnosticItemServiceImpl.getBanks", () -> _bankService.getBanks(GROUP_ID));
		calls.put("DiagnosticItemServiceImpl.getCompetence", () -> _bankService.getCompetence(GROUP_ID, 32));
		calls.put("DiagnosticItemServiceImpl.getCompetenceArea", () -> _bankService.getCompetenceArea(GROUP_ID, 31));
		calls.put("DiagnosticItemServiceImpl.getCompetenceAreas", () -> _bankService.getCompetenceAreas(GROUP_ID, 1));
		calls.put("DiagnosticItemServiceImpl.getCompetences", () -> _bankService.getCompetences(GROUP_ID, 1));
		calls.put("DiagnosticItemServiceImpl.getItem", () -> _bankService.getItem(GROUP_ID, 33));
		calls.put("DiagnosticItemServiceImpl.getItems", () -> _bankService.getItems(GROUP_ID, 1));
		calls.put("DiagnosticItemServiceImpl.importBank", () -> _bankService.importBank(GROUP_ID, List.of()));
		calls.put("DiagnosticItemServiceImpl.publishDraft", () -> _bankService.publishDraft(GROUP_ID));
		calls.put("DiagnosticItemServiceImpl.updateCompetence",
			() -> _bankService.updateCompetence(GROUP_ID, 32, "MATH", "Алгебра", 70, 3));
		calls.put("DiagnosticItemServiceImpl.updateCompetenceArea",
			() -> _bankService.updateCompetenceArea(GROUP_ID, 31, "Математика", "subject", "Математика"));
		calls.put("DiagnosticItemServiceImpl.updateItem",
			() -> _bankService.updateItem(GROUP_ID, 33, "M-ALG", "single", "?", "1\n2", "", "1", 1));

		return calls;
	}

	private Map<String, Call> _individualCalls() {
		Map<String, Call> calls = new LinkedHashMap<>();

		calls.put("AttemptServiceImpl.getAttempt", () -> _attemptService.getAttempt(1));
		calls.put("AttemptServiceImpl.getItemViews", () -> _attemptService.getItemViews(1));
		calls.put("AttemptServiceImpl.getResult", () -> _attemptService.getResult(1));
		calls.put("AttemptServiceImpl.getSchoolAttempts", () -> _attemptService.getSchoolAttempts(SCHOOL_ID));
		calls.put("AttemptServiceImpl.getSecondsLeft", () -> _attemptService.getSecondsLeft(1));
		calls.put("AttemptServiceImpl.getTeacherAttempts", () -> _attemptService.getTeacherAttempts(TEACHER));
		calls.put("AttemptServiceImpl.saveAnswers", () -> _attemptService.saveAnswers(1, Map.of("A", "1")));
		calls.put("AttemptServiceImpl.startAttempt", () -> _attemptService.startAttempt(1));
		calls.put("AttemptServiceImpl.submitAttempt", () -> _attemptService.submitAttempt(1));
		calls.put("RouteServiceImpl.addAction", () -> _routeService.addAction(5, "M-ALG", "course", "x", new Date()));
		calls.put("RouteServiceImpl.agreeRoute", () -> _routeService.agreeRoute(5));
		calls.put(
			"RouteServiceImpl.completeAction",
			() -> _routeService.completeAction(9, "a.pdf", "application/pdf", new byte[] {1}, null));
		calls.put("RouteServiceImpl.deleteAction", () -> _routeService.deleteAction(9));
		calls.put("RouteServiceImpl.fetchAttemptRoute", () -> _routeService.fetchAttemptRoute(1));
		calls.put("RouteServiceImpl.getEvidence", () -> _routeService.getEvidence(9));
		calls.put("RouteServiceImpl.getRoute", () -> _routeService.getRoute(5));
		calls.put("RouteServiceImpl.getRouteActions", () -> _routeService.getRouteActions(5));
		calls.put("RouteServiceImpl.getTeacherRoutes", () -> _routeService.getTeacherRoutes(TEACHER));
		calls.put("RouteServiceImpl.proposeRoute", () -> _routeService.proposeRoute(1));
		calls.put("RouteServiceImpl.updateAction", () -> _routeService.updateAction(9, "x", new Date(), null));

		return calls;
	}

	private static Set<String> _publicMethods(Class<?>... classes) {
		Set<String> names = new TreeSet<>();

		for (Class<?> clazz : classes) {
			for (Method method : clazz.getDeclaredMethods()) {
				if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()) {
					names.add(clazz.getSimpleName() + "." + method.getName());
				}
			}
		}

		return names;
	}

	private void _grant(String name, long primKey, String actionId) {
		_permissions.grant(name, primKey, actionId);
	}

	/** Every site-wide diagnostics action, and VIEW/UPDATE on the models as if a role had them. */
	private void _grantEverySiteAction() {
		for (String actionId : new String[] {
				DiagnosticsActionKeys.IMPORT_RESULTS, DiagnosticsActionKeys.MANAGE_BANK,
				DiagnosticsActionKeys.MANAGE_COURSES, DiagnosticsActionKeys.OPEN_SESSION,
				DiagnosticsActionKeys.VIEW_AGGREGATES
			}) {

			_grant(DiagnosticsConstants.RESOURCE_NAME, GROUP_ID, actionId);
		}

		for (String actionId : new String[] {"VIEW", "UPDATE"}) {
			_grant(Attempt.class.getName(), 1, actionId);
			_grant(Route.class.getName(), 5, actionId);
		}
	}

	private void _login(long userId) {
		when(_permissions.login(userId, COMPANY_ID).isSignedIn()).thenReturn(true);
	}

	private void _siteRole(long userId, String roleName) throws Exception {
		when(_userGroupRoleLocalService.hasUserGroupRole(userId, GROUP_ID, roleName, true)).thenReturn(true);
	}

	/** The audit log: who viewed whose data, never the data (auditLogWithTheSiteActionRegionOnlyForTheRegionalRole). */
	private static final Set<String> _AUDIT_LOG = new HashSet<>(
		List.of(
			"ResultViewServiceImpl.getMyViews", "ResultViewServiceImpl.getMyViewsCount",
			"ResultViewServiceImpl.getRegionViews", "ResultViewServiceImpl.getRegionViewsCount",
			"ResultViewServiceImpl.getSiteViews", "ResultViewServiceImpl.getSiteViewsCount",
			"ResultViewServiceImpl.hasRegionAccess"));

	/** The bank methods that change it: only from the configured (region's) site. */
	private static final Set<String> _BANK_CHANGES = new HashSet<>(
		List.of(
			"DiagnosticItemServiceImpl.addCompetence", "DiagnosticItemServiceImpl.addCompetenceArea",
			"DiagnosticItemServiceImpl.addItem", "DiagnosticItemServiceImpl.deleteCompetence",
			"DiagnosticItemServiceImpl.deleteCompetenceArea", "DiagnosticItemServiceImpl.deleteItem",
			"DiagnosticItemServiceImpl.importBank", "DiagnosticItemServiceImpl.publishDraft",
			"DiagnosticItemServiceImpl.updateCompetence", "DiagnosticItemServiceImpl.updateCompetenceArea",
			"DiagnosticItemServiceImpl.updateItem"));

	/** Methods that return no individual data: their own data, aggregates, consent, imports. */
	private static final Set<String> _NOT_INDIVIDUAL = new HashSet<>(
		List.of(
			"AttemptServiceImpl.getAggregates", "AttemptServiceImpl.importExternalResults",
			"AttemptServiceImpl.getCompetenceNames",
			"AttemptServiceImpl.getMyAttempts", "AttemptServiceImpl.getRegionAggregates",
			"AttemptServiceImpl.giveConsent", "AttemptServiceImpl.hasConsent"));

	private final DiagnosticsAccess _access = new DiagnosticsAccess();
	private final RouteActionImpl _action = new RouteActionImpl();
	private final Aggregates _aggregates = Aggregates.of(List.of());
	private final AttemptImpl _attempt = new AttemptImpl();
	private final AttemptLocalService _attemptLocalService = mock(AttemptLocalService.class);
	private final AttemptServiceImpl _attemptService = new AttemptServiceImpl();
	private final DiagnosticItemServiceImpl _bankService = new DiagnosticItemServiceImpl();
	private String _bankSite;
	private final ConfigurationProvider _configurationProvider = mock(ConfigurationProvider.class);
	private boolean _coordinatorsSeeIndividuals;
	private final DiagnosticItemLocalService _diagnosticItemLocalService = mock(DiagnosticItemLocalService.class);
	private final ItemBankLocalService _itemBankLocalService = mock(ItemBankLocalService.class);
	private final MentorAssignmentLocalService _mentorAssignmentLocalService = mock(MentorAssignmentLocalService.class);
	private final OrganizationLocalService _organizationLocalService = mock(OrganizationLocalService.class);
	private final GrantedPermissions _permissions = new GrantedPermissions();
	private final DiagnosticResult _result = new DiagnosticResult(1, List.of());
	private final ResultViewLocalService _resultViewLocalService = mock(ResultViewLocalService.class);
	private final ResultViewServiceImpl _resultViewService = new ResultViewServiceImpl();
	private final RoleLocalService _roleLocalService = mock(RoleLocalService.class);
	private final RouteImpl _route = new RouteImpl();
	private final RouteActionLocalService _routeActionLocalService = mock(RouteActionLocalService.class);
	private final RouteLocalService _routeLocalService = mock(RouteLocalService.class);
	private final RouteServiceImpl _routeService = new RouteServiceImpl();
	private final SchoolLocalService _schoolLocalService = mock(SchoolLocalService.class);
	private final UserGroupRoleLocalService _userGroupRoleLocalService = mock(UserGroupRoleLocalService.class);

}
