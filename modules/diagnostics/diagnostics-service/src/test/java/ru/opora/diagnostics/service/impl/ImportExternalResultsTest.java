package ru.opora.diagnostics.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.auth.PrincipalThreadLocal;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.PermissionThreadLocal;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import ru.opora.diagnostics.constants.DiagnosticsActionKeys;
import ru.opora.diagnostics.constants.DiagnosticsConstants;
import ru.opora.diagnostics.exception.DiagnosticsValidationException;
import ru.opora.diagnostics.internal.Days;
import ru.opora.diagnostics.internal.demo.DemoBank;
import ru.opora.diagnostics.model.Attempt;
import ru.opora.diagnostics.model.ItemBank;
import ru.opora.diagnostics.model.impl.AttemptImpl;
import ru.opora.diagnostics.service.AttemptLocalService;
import ru.opora.diagnostics.service.ItemBankLocalService;
import ru.opora.domain.diagnostics.ExternalResult;
import ru.opora.domain.diagnostics.ResultsSheet;
import ru.opora.domain.diagnostics.SheetProblem;
import ru.opora.schools.model.School;
import ru.opora.schools.service.SchoolLocalService;
import ru.opora.testing.Fields;

/**
 * AttemptService.importExternalResults: the permission in the page's site,
 * each row's school of this site and teacher on its staff, re-imports
 * refused, every problem reported and nothing stored unless all rows pass.
 */
class ImportExternalResultsTest {

	static final long COMPANY_ID = 1;

	static final long GROUP_ID = 20;

	static final long COORDINATOR = 401;

	static final long IVANOVA = 101;

	static final long PETROV = 102;

	static final long SIDOROVA = 103;

	static final long FORMER = 104;

	@BeforeEach
	void setUp() throws Exception {
		Group group = mock(Group.class);

		when(group.getCompanyId()).thenReturn(COMPANY_ID);
		when(_groupLocalService.getGroup(GROUP_ID)).thenReturn(group);

		ItemBank published = mock(ItemBank.class);

		when(published.getVersion()).thenReturn(1);
		when(_itemBankLocalService.fetchLatestPublished(COMPANY_ID)).thenReturn(published);
		when(_itemBankLocalService.getBankVersion(COMPANY_ID, 1)).thenReturn(DemoBank.bank());

		School first = _school(11, GROUP_ID, "МБОУ «Средняя общеобразовательная школа № 1»", "СОШ № 1", 7001);
		School lyceum = _school(12, GROUP_ID, "МАОУ «Лицей № 2»", "Лицей № 2", 7002);
		School otherSite = _school(31, 30, "МБОУ «СОШ № 9»", "СОШ № 9", 7009);

		when(_schoolLocalService.fetchSchoolByFederalLogin(GROUP_ID, "sch-ivn-001")).thenReturn(first);
		when(_schoolLocalService.fetchSchoolByFederalLogin(GROUP_ID, "sch-r2-009")).thenReturn(otherSite);
		when(_schoolLocalService.getGroupSchools(GROUP_ID)).thenReturn(List.of(first, lyceum));

		_user(IVANOVA, "ivanova@school1.example", "ivanova");
		_user(PETROV, "petrov@lyceum2.example", "petrov");
		_user(SIDOROVA, "sidorova@school9.example", "sidorova");
		_user(FORMER, "former@school1.example", "former");
		when(_organizationLocalService.hasUserOrganization(IVANOVA, 7001L)).thenReturn(true);
		when(_organizationLocalService.hasUserOrganization(PETROV, 7002L)).thenReturn(true);
		when(_organizationLocalService.hasUserOrganization(SIDOROVA, 7009L)).thenReturn(true);
		when(_organizationLocalService.hasUserOrganization(FORMER, 7001L)).thenReturn(true);

		Fields.set(_service, "attemptLocalService", _attemptLocalService);
		Fields.set(_service, "userLocalService", _userLocalService);
		Fields.set(_service, "_groupLocalService", _groupLocalService);
		Fields.set(_service, "_itemBankLocalService", _itemBankLocalService);
		Fields.set(_service, "_organizationLocalService", _organizationLocalService);
		Fields.set(_service, "_portletResourcePermission", _portletResourcePermission);
		Fields.set(_service, "_schoolLocalService", _schoolLocalService);

		PermissionChecker permissionChecker = mock(PermissionChecker.class);

		when(permissionChecker.getUserId()).thenReturn(COORDINATOR);
		when(permissionChecker.getCompanyId()).thenReturn(COMPANY_ID);
		PermissionThreadLocal.setPermissionChecker(permissionChecker);
		PrincipalThreadLocal.setName(COORDINATOR);
	}

	@AfterEach
	void tearDown() {
		PermissionThreadLocal.setPermissionChecker(null);
		PrincipalThreadLocal.setName((String)null);
	}

	@Test
	void withoutThePermissionNothingIsReadOrStored() throws Exception {
		doThrow(
			new PrincipalException.MustHavePermission(
				COORDINATOR, DiagnosticsConstants.RESOURCE_NAME, GROUP_ID, DiagnosticsActionKeys.IMPORT_RESULTS)
		).when(
			_portletResourcePermission
		).check(any(PermissionChecker.class), eq(GROUP_ID), eq(DiagnosticsActionKeys.IMPORT_RESULTS));

		assertThrows(PrincipalException.class, () -> _service.importExternalResults(GROUP_ID, _sheet(_ivanova())));
		verify(_itemBankLocalService, never()).fetchLatestPublished(anyLong());
		verify(_attemptLocalService, never()).addExternalResults(anyLong(), any());
	}

	@Test
	void everyRowIsStoredInOneCall() throws Exception {
		ResultsSheet.Report report = _service.importExternalResults(
			GROUP_ID,
			_sheet(
				_ivanova(),
				Arrays.asList("Лицей № 2", "petrov", "Математика", "45946", "71,5", "", "", "", "55", ""),
				Arrays.asList("sch-ivn-001", "IVANOVA", "Русский язык", "16.10.2025", "", "", "80", "66", "", "70")));

		assertEquals(List.of(), report.problems());
		assertEquals(3, report.imported());

		List<ExternalResult> stored = _stored();

		assertEquals(3, stored.size());
		assertEquals(IVANOVA, stored.get(0).teacherUserId());
		assertEquals(11, stored.get(0).schoolId());
		assertEquals("Математика", stored.get(0).subject());
		assertEquals(LocalDate.of(2025, 10, 15), stored.get(0).date());
		assertEquals(Map.of("M-ALG", 64.5, "M-GEO", 80.0, "MT-DIFF", 45.0), stored.get(0).percents());
		assertEquals(PETROV, stored.get(1).teacherUserId());
		assertEquals(12, stored.get(1).schoolId(), "found by its short name");
		assertEquals(LocalDate.of(2025, 10, 16), stored.get(1).date(), "an Excel date cell");
		assertEquals(IVANOVA, stored.get(2).teacherUserId(), "by screen name, another day and subject");
	}

	@Test
	void aSchoolOfAnotherSiteIsUnknownHere() throws Exception {
		ResultsSheet.Report report = _service.importExternalResults(
			GROUP_ID,
			_sheet(
				_ivanova(),
				Arrays.asList("sch-r2-009", "sidorova", "Математика", "15.10.2025", "50", "", "", "", "", ""),
				Arrays.asList("МБОУ «СОШ № 9»", "sidorova", "Математика", "16.10.2025", "50", "", "", "", "", "")));

		assertEquals(
			List.of("3:school:diagnostics-results-unknown-school", "4:school:diagnostics-results-unknown-school"),
			_codes(report));
		assertEquals(List.of("sch-r2-009", 0), report.problems().get(0).violation().arguments());
		verify(_attemptLocalService, never()).addExternalResults(anyLong(), any());
	}

	@Test
	void aTeacherNotOnTheSchoolsStaffIsRefused() throws Exception {
		ResultsSheet.Report report = _service.importExternalResults(
			GROUP_ID,
			_sheet(
				_ivanova(),
				Arrays.asList("sch-ivn-001", "petrov@lyceum2.example", "Математика", "15.10.2025", "50", "", "", "", "", ""),
				Arrays.asList("sch-ivn-001", "nobody@nowhere.example", "Математика", "15.10.2025", "50", "", "", "", "",
					"")));

		assertEquals(
			List.of("3:teacher:diagnostics-results-not-on-staff", "4:teacher:diagnostics-results-unknown-teacher"),
			_codes(report));
		assertEquals(
			List.of("petrov@lyceum2.example", "МБОУ «Средняя общеобразовательная школа № 1»"),
			report.problems().get(0).violation().arguments());
		verify(_attemptLocalService, never()).addExternalResults(anyLong(), any());
	}

	@Test
	void aDeactivatedAccountIsRefused() throws Exception {
		ResultsSheet.Report report = _service.importExternalResults(
			GROUP_ID,
			_sheet(
				_ivanova(),
				Arrays.asList("sch-ivn-001", "former", "Математика", "15.10.2025", "50", "", "", "", "", "")));

		assertEquals(List.of("3:teacher:diagnostics-results-inactive-teacher"), _codes(report));
		assertEquals(List.of("former"), report.problems().get(0).violation().arguments());
		verify(_attemptLocalService, never()).addExternalResults(anyLong(), any());
	}

	@Test
	void anUnknownCompetenceColumnIsReportedOnTheHeader() throws Exception {
		List<List<String>> rows = _sheet(_ivanova());

		rows.get(0).set(6, "R-POETRY Стихосложение");

		assertEquals(List.of("1:G:diagnostics-unknown-code"), _codes(_service.importExternalResults(GROUP_ID, rows)));
		verify(_attemptLocalService, never()).addExternalResults(anyLong(), any());
	}

	@Test
	void oneBadRowAndNothingIsStoredButEveryProblemIsListed() throws Exception {
		ResultsSheet.Report report = _service.importExternalResults(
			GROUP_ID,
			_sheet(
				_ivanova(),
				Arrays.asList("Лицей № 2", "petrov", "Математика", "16.10.2025", "71", "", "", "", "", ""),
				Arrays.asList("Лицей № 2", "petrov", "Математика", "17.10.2025", "171", "", "", "", "", ""),
				Arrays.asList("Школа № 5", "ghost", "Математика", "17.10.2025", "50", "", "", "", "", "")));

		assertEquals(
			List.of(
				"4:M-ALG:out-of-range", "5:school:diagnostics-results-unknown-school",
				"5:teacher:diagnostics-results-unknown-teacher"),
			_codes(report));
		assertEquals(0, report.imported());
		verify(_attemptLocalService, never()).addExternalResults(anyLong(), any());
	}

	@Test
	void theSameResultIsNotImportedTwice() throws Exception {
		AttemptImpl imported = new AttemptImpl();

		imported.setUserId(IVANOVA);
		imported.setSchoolId(11);
		imported.setSubject("математика");
		imported.setStatus(DiagnosticsConstants.ATTEMPT_STATUS_EXTERNAL);
		imported.setSubmitDate(Days.toDate(LocalDate.of(2025, 10, 15)));

		AttemptImpl takenInThePortal = new AttemptImpl();

		takenInThePortal.setUserId(PETROV);
		takenInThePortal.setSchoolId(12);
		takenInThePortal.setSubject("Математика");
		takenInThePortal.setStatus(DiagnosticsConstants.ATTEMPT_STATUS_COMPLETED);
		takenInThePortal.setSubmitDate(Days.toDate(LocalDate.of(2025, 10, 16)));

		when(_attemptLocalService.getUserAttempts(IVANOVA)).thenReturn(List.<Attempt>of(imported));
		when(_attemptLocalService.getUserAttempts(PETROV)).thenReturn(List.<Attempt>of(takenInThePortal));

		ResultsSheet.Report report = _service.importExternalResults(
			GROUP_ID,
			_sheet(
				_ivanova(),
				Arrays.asList("Лицей № 2", "petrov", "Математика", "16.10.2025", "71", "", "", "", "", "")));

		assertEquals(List.of("2:teacher:diagnostics-results-already-imported"), _codes(report));

		report = _service.importExternalResults(
			GROUP_ID,
			_sheet(Arrays.asList("Лицей № 2", "petrov", "Математика", "16.10.2025", "71", "", "", "", "", "")));

		assertEquals(1, report.imported(), "a diagnostic taken in the portal is not an import");
	}

	@Test
	void theSamePersonByEmailAndScreenNameOnOneDayIsADuplicate() throws Exception {
		ResultsSheet.Report report = _service.importExternalResults(
			GROUP_ID,
			_sheet(
				_ivanova(),
				Arrays.asList("sch-ivn-001", "ivanova", "Математика", "15.10.2025", "50", "", "", "", "", "")));

		assertEquals(List.of("3:teacher:diagnostics-results-duplicate-row"), _codes(report));
		assertEquals(List.of(2), report.problems().get(0).violation().arguments());
	}

	@Test
	void anAmbiguousSchoolNameIsRefused() throws Exception {
		School twin = _school(13, GROUP_ID, "МАОУ «Лицей № 2» (филиал)", "Лицей № 2", 7003);
		School lyceum = _school(12, GROUP_ID, "МАОУ «Лицей № 2»", "Лицей № 2", 7002);

		when(_schoolLocalService.getGroupSchools(GROUP_ID)).thenReturn(List.of(twin, lyceum));

		ResultsSheet.Report report = _service.importExternalResults(
			GROUP_ID, _sheet(Arrays.asList("лицей № 2", "petrov", "Математика", "16.10.2025", "71", "", "", "", "", "")));

		assertEquals(List.of("2:school:diagnostics-results-ambiguous-school"), _codes(report));
		assertEquals(List.of("лицей № 2", 2), report.problems().get(0).violation().arguments());
	}

	@Test
	void noPublishedBankNoImport() throws Exception {
		when(_itemBankLocalService.fetchLatestPublished(COMPANY_ID)).thenReturn(null);

		DiagnosticsValidationException exception = assertThrows(
			DiagnosticsValidationException.class, () -> _service.importExternalResults(GROUP_ID, _sheet(_ivanova())));

		assertEquals("diagnostics-no-published-bank", exception.getViolations().get(0).code());
	}

	@Test
	void theBatchIsOneTransactionRolledBackOnAnyException() throws Exception {
		Transactional transactional = AttemptLocalService.class.getMethod(
			"addExternalResults", long.class, List.class).getAnnotation(Transactional.class);

		assertEquals(List.of(Exception.class), Arrays.asList(transactional.rollbackFor()));
	}

	private static List<String> _codes(ResultsSheet.Report report) {
		return report.problems().stream().map(SheetProblem::toString).collect(Collectors.toList());
	}

	private static List<String> _ivanova() {
		return Arrays.asList(
			"sch-ivn-001", "ivanova@school1.example", "Математика", "15.10.2025", "64,5", "80", "", "", "45", "");
	}

	/** The header of the demo bank's export, then the rows. */
	@SafeVarargs
	private static List<List<String>> _sheet(List<String>... rows) {
		List<List<String>> sheet = new ArrayList<>();

		sheet.add(
			new ArrayList<>(
				List.of(
					"Школа", "Педагог", "Предмет", "Дата", "M-ALG", "M-GEO", "R-ORTH", "R-TEXT", "MT-DIFF",
					"AS-GIA")));
		sheet.addAll(Arrays.asList(rows));

		return sheet;
	}

	private School _school(long schoolId, long groupId, String name, String shortName, long organizationId) {
		School school = mock(School.class);

		when(school.getSchoolId()).thenReturn(schoolId);
		when(school.getGroupId()).thenReturn(groupId);
		when(school.getName()).thenReturn(name);
		when(school.getShortName()).thenReturn(shortName);
		when(school.getOrganizationId()).thenReturn(organizationId);

		return school;
	}

	@SuppressWarnings("unchecked")
	private List<ExternalResult> _stored() throws Exception {
		ArgumentCaptor<List<ExternalResult>> captor = ArgumentCaptor.forClass(List.class);

		verify(_attemptLocalService).addExternalResults(eq(GROUP_ID), captor.capture());

		return captor.getValue();
	}

	private void _user(long userId, String emailAddress, String screenName) {
		User user = mock(User.class);

		when(user.getUserId()).thenReturn(userId);
		when(user.isActive()).thenReturn(userId != FORMER);
		when(_userLocalService.fetchUserByEmailAddress(COMPANY_ID, emailAddress)).thenReturn(user);
		when(_userLocalService.fetchUserByScreenName(COMPANY_ID, screenName)).thenReturn(user);
	}

	private final AttemptLocalService _attemptLocalService = mock(AttemptLocalService.class);
	private final GroupLocalService _groupLocalService = mock(GroupLocalService.class);
	private final ItemBankLocalService _itemBankLocalService = mock(ItemBankLocalService.class);
	private final OrganizationLocalService _organizationLocalService = mock(OrganizationLocalService.class);
	private final PortletResourcePermission _portletResourcePermission = mock(PortletResourcePermission.class);
	private final SchoolLocalService _schoolLocalService = mock(SchoolLocalService.class);
	private final AttemptServiceImpl _service = new AttemptServiceImpl();
	private final UserLocalService _userLocalService = mock(UserLocalService.class);

}
