package ru.opora.riskprofile.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Props;
import com.liferay.portal.kernel.util.PropsUtil;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.MockedStatic;
import org.mockito.Mockito;

import ru.opora.domain.risk.RespondentGroup;
import ru.opora.domain.risk.RiskLevel;
import ru.opora.domain.risk.dictionary.DefaultDictionary;
import ru.opora.domain.risk.dictionary.Question;
import ru.opora.domain.risk.monitoring.TrackStatus;
import ru.opora.domain.risk.profile.IndicatorValue;
import ru.opora.domain.risk.profile.SurveyAnswers;
import ru.opora.domain.risk.profile.SurveyProgress;
import ru.opora.domain.risk.programme.ProgrammeContent;
import ru.opora.domain.validation.Violation;
import ru.opora.portal.feature.FeatureAvailability;
import ru.opora.portal.feature.OporaFeature;
import ru.opora.portal.feature.OporaFeatureService;
import ru.opora.riskprofile.exception.NoSuchRiskDocumentException;
import ru.opora.riskprofile.exception.RiskProfileValidationException;
import ru.opora.riskprofile.model.RiskDictionaryVersion;
import ru.opora.riskprofile.model.RiskDocument;
import ru.opora.riskprofile.model.RiskFactorLevel;
import ru.opora.riskprofile.model.RiskProfile;
import ru.opora.riskprofile.model.RiskSurveyResponse;
import ru.opora.riskprofile.service.RiskDictionaryVersionService;
import ru.opora.riskprofile.service.RiskDocumentService;
import ru.opora.riskprofile.service.RiskProfileService;
import ru.opora.riskprofile.service.RiskSurveyResponseService;
import ru.opora.riskprofile.util.RiskText;
import ru.opora.riskprofile.util.SurveyImportReport;
import ru.opora.riskprofile.web.internal.constants.RiskProfileWebKeys;
import ru.opora.riskprofile.web.internal.display.context.DocumentDisplayContext;
import ru.opora.riskprofile.web.internal.display.context.QuestionnaireDisplayContext;
import ru.opora.riskprofile.web.internal.display.context.SchoolProfileDisplayContext;
import ru.opora.riskprofile.web.internal.display.context.SchoolsDisplayContext;
import ru.opora.riskprofile.web.internal.util.RiskServices;
import ru.opora.schools.model.School;
import ru.opora.schools.service.SchoolService;

/**
 * Every screen of the portlet with the permission-checked services mocked:
 * the feature switch, a refusal, the JSP and what its display context holds.
 */
class RiskRenderCommandsTest {

	static {

		// ParamUtil reads portal properties when it is initialised

		PropsUtil.setProps(mock(Props.class));
	}

	@BeforeEach
	void setUp() throws Exception {
		when(_themeDisplay.getLocale()).thenReturn(_RU);
		when(_themeDisplay.getTimeZone()).thenReturn(TimeZone.getTimeZone("Europe/Moscow"));
		when(_themeDisplay.getScopeGroupId()).thenReturn(_GROUP_ID);
		when(_themeDisplay.getPermissionChecker()).thenReturn(_permissionChecker);

		when(_oporaFeatureService.isEnabled(_GROUP_ID, OporaFeature.RISK_PROFILES)).thenReturn(true);

		when(_riskServices.getOporaFeatureService()).thenReturn(_oporaFeatureService);
		when(_riskServices.getSchoolService()).thenReturn(_schoolService);
		when(_riskServices.getRiskProfileService()).thenReturn(_riskProfileService);
		when(_riskServices.getRiskDocumentService()).thenReturn(_riskDocumentService);
		when(_riskServices.getRiskSurveyResponseService()).thenReturn(_riskSurveyResponseService);
		when(_riskServices.getRiskDictionaryVersionService()).thenReturn(_riskDictionaryVersionService);
	}

	@AfterEach
	void tearDown() {
		_sessionErrors.close();
	}

	@Test
	void aSwitchedOffFeatureShowsEveryScreenAsDisabledAndReadsNothing() throws Exception {
		for (BaseRiskMVCRenderCommand command : _commands()) {
			RenderRequest renderRequest = _request("schoolId", "31", "riskDocumentId", "42", "responseCode", "ABC");

			when(_oporaFeatureService.isEnabled(_GROUP_ID, OporaFeature.RISK_PROFILES)).thenReturn(false);

			assertEquals("/feature_disabled.jsp", command.render(renderRequest, mock(RenderResponse.class)));

			FeatureAvailability featureAvailability = (FeatureAvailability)_displayContext(renderRequest);

			assertFalse(featureAvailability.isEnabled());
			assertEquals(OporaFeature.RISK_PROFILES, featureAvailability.getFeature());
			assertFalse(featureAvailability.isShowDisabledMessage(), "nothing for a user who is not a site admin");
		}

		verifyNoInteractions(
			_schoolService, _riskProfileService, _riskDocumentService, _riskSurveyResponseService,
			_riskDictionaryVersionService);

		when(_permissionChecker.isGroupAdmin(_GROUP_ID)).thenReturn(true);

		RenderRequest renderRequest = _request();

		assertEquals("/feature_disabled.jsp", _command(new ViewHomeMVCRenderCommand()).render(renderRequest, null));
		assertTrue(
			((FeatureAvailability)_displayContext(renderRequest)).isShowDisabledMessage(),
			"the site administrator is told how to switch it on");
	}

	@Test
	void aRefusalOfTheServiceShowsTheErrorPageAndNoScreen() throws Exception {
		when(_schoolService.getSchool(31)).thenThrow(
			new PrincipalException.MustHavePermission(_USER_ID, School.class.getName(), 31, "VIEW"));
		when(_riskDocumentService.getDocument(42)).thenThrow(new NoSuchRiskDocumentException());
		when(_riskSurveyResponseService.getCodeQuestionnaire("USED123456")).thenThrow(
			new RiskProfileValidationException(List.of()));

		Map<BaseRiskMVCRenderCommand, Class<? extends PortalException>> refusals = new LinkedHashMap<>();

		refusals.put(_command(new ViewSchoolMVCRenderCommand()), PrincipalException.MustHavePermission.class);
		refusals.put(_command(new ViewDocumentMVCRenderCommand()), NoSuchRiskDocumentException.class);
		refusals.put(_command(new ViewQuestionnaireMVCRenderCommand()), RiskProfileValidationException.class);

		for (Map.Entry<BaseRiskMVCRenderCommand, Class<? extends PortalException>> entry : refusals.entrySet()) {
			RenderRequest renderRequest = _request("schoolId", "31", "riskDocumentId", "42", "responseCode", "USED123456");

			assertEquals("/error.jsp", entry.getKey().render(renderRequest, mock(RenderResponse.class)));
			_sessionErrors.verify(() -> SessionErrors.add(renderRequest, entry.getValue()));
			verify(renderRequest, never()).setAttribute(eq(RiskProfileWebKeys.DISPLAY_CONTEXT), any());
		}
	}

	@Test
	void homeListsOnlyTheSchoolsTheUserMaySeeWithLevelsDocumentsAndStatus() throws Exception {
		School assessed = _school(1, "МОУ СОШ № 1");
		School hidden = _school(2, "Чужая школа");
		School fresh = _school(3, "МОУ ООШ д. Новая");

		when(_schoolService.getGroupSchools(_GROUP_ID)).thenReturn(List.of(assessed, hidden, fresh));
		when(_riskProfileService.hasSchoolPermission(1, "VIEW")).thenReturn(true);
		when(_riskProfileService.hasSchoolPermission(3, "VIEW")).thenReturn(true);

		RiskProfile profile = _profile(9, 1, "RF01,RF09");

		when(_riskProfileService.fetchSchoolProfile(1, 2024)).thenReturn(profile);

		Map<String, RiskLevel> levels = new LinkedHashMap<>();

		levels.put("RF01", RiskLevel.HIGH);
		levels.put("RF02", RiskLevel.LOW);
		levels.put("RF05", RiskLevel.MEDIUM);
		levels.put("RF09", RiskLevel.HIGH);
		levels.put("RF10", null);
		levels.put("RF11", RiskLevel.NONE);
		when(_riskProfileService.getEffectiveLevels(9)).thenReturn(levels);

		List<RiskDocument> documents = List.of(
			_document(1, "APPROVED"), _document(2, "SUBMITTED"), _document(3, "APPROVED"));

		when(_riskDocumentService.getSchoolDocuments(1, 2024)).thenReturn(documents);
		when(_riskDocumentService.getSchoolMonitoringStatus(eq(1L), eq(2024), any())).thenReturn(TrackStatus.AT_RISK);
		when(_riskDocumentService.getSchoolMonitoringStatus(eq(3L), eq(2024), any())).thenReturn(TrackStatus.NO_DATA);

		when(_riskDictionaryVersionService.hasManagePermission(_GROUP_ID)).thenReturn(true);

		RenderRequest renderRequest = _request("year", "2024");

		assertEquals("/view.jsp", _command(new ViewHomeMVCRenderCommand()).render(renderRequest, null));

		SchoolsDisplayContext displayContext = (SchoolsDisplayContext)_displayContext(renderRequest);
		List<SchoolsDisplayContext.SchoolRow> rows = displayContext.getRows();

		assertEquals(2, rows.size(), "the school the user may not see is left out");

		SchoolsDisplayContext.SchoolRow row = rows.get(0);

		assertEquals("МОУ СОШ № 1", row.getName());
		assertTrue(row.hasProfile());
		assertEquals(2, row.getHigh());
		assertEquals(1, row.getMedium());
		assertEquals(1, row.getNotEnoughData());
		assertEquals("RF01, RF09", row.getPriorities());
		assertEquals(2, row.getApprovedDocuments());
		assertEquals(3, row.getDocuments());
		assertEquals("AT_RISK", row.getStatus());

		SchoolsDisplayContext.SchoolRow freshRow = rows.get(1);

		assertEquals(3, freshRow.getSchoolId());
		assertFalse(freshRow.hasProfile());
		assertEquals(0, freshRow.getHigh() + freshRow.getMedium() + freshRow.getNotEnoughData());
		assertEquals("", freshRow.getPriorities());
		assertEquals("NO_DATA", freshRow.getStatus());

		assertEquals(1, displayContext.getStatusCount("AT_RISK"));
		assertEquals(1, displayContext.getStatusCount("NO_DATA"));
		assertEquals(0, displayContext.getStatusCount("ON_TRACK"));

		assertEquals(
			List.of("МОУ ООШ д. Новая", "", "", "", "", 0, 0, "нет данных"), displayContext.getExportRows().get(1),
			"a school without a profile has blank counts, not zeros");
		assertSame(rows, displayContext.getRows(), "the services are read once per request");
		verify(_riskProfileService, never()).fetchSchoolProfile(anyLong(), eq(2025));
		assertTrue(displayContext.canManageDictionary());
	}

	@Test
	void homeStartsANewDictionaryVersionFromTheLatestOrFromTheRejectedText() throws Exception {
		RiskDictionaryVersion older = mock(RiskDictionaryVersion.class);
		RiskDictionaryVersion latest = mock(RiskDictionaryVersion.class);

		when(latest.getRiskDictionaryVersionId()).thenReturn(5L);
		when(_riskDictionaryVersionService.getCompanyVersions()).thenReturn(List.of(older, latest));
		when(_riskDictionaryVersionService.getVersionContent(5)).thenReturn("fromYear\t2025");

		RenderRequest renderRequest = _request();

		_command(new ViewHomeMVCRenderCommand()).render(renderRequest, null);

		assertEquals("fromYear\t2025", ((SchoolsDisplayContext)_displayContext(renderRequest)).getDictionaryText());
		assertFalse(((SchoolsDisplayContext)_displayContext(renderRequest)).canManageDictionary());

		RenderRequest rejected = _request("content", "fromYear\t2026");

		_command(new ViewHomeMVCRenderCommand()).render(rejected, null);

		assertEquals("fromYear\t2026", ((SchoolsDisplayContext)_displayContext(rejected)).getDictionaryText());

		when(_riskDictionaryVersionService.getCompanyVersions()).thenReturn(List.of());

		assertEquals("", ((SchoolsDisplayContext)_displayContext(renderRequest)).getDictionaryText());
	}

	@Test
	void schoolProfileExplainsEachLevelAndComparesItWithThePreviousYear() throws Exception {
		_givenSchool31WithProfiles();

		RenderRequest renderRequest = _request("schoolId", "31", "year", "2024");

		assertEquals("/view_school.jsp", _command(new ViewSchoolMVCRenderCommand()).render(renderRequest, null));

		SchoolProfileDisplayContext displayContext = (SchoolProfileDisplayContext)_displayContext(renderRequest);
		Map<String, SchoolProfileDisplayContext.FactorRow> rows = new LinkedHashMap<>();

		for (SchoolProfileDisplayContext.FactorRow row : displayContext.getFactorRows()) {
			rows.put(row.getCode(), row);
		}

		assertEquals(List.of("RF01", "RF02", "RF03", "RF05"), new ArrayList<>(rows.keySet()), "unknown RF99 is skipped");

		SchoolProfileDisplayContext.FactorRow rf01 = rows.get("RF01");

		assertEquals("Низкий уровень оснащения школы", rf01.getName());
		assertEquals("HIGH", rf01.getLevel());
		assertEquals("MEDIUM", rf01.getPreviousLevel());
		assertEquals("WORSENED", rf01.getChange());
		assertEquals(70, rf01.getBarWidth(), "the worst indicator value");
		assertTrue(rf01.isCorrected(), "computed MEDIUM, set HIGH by the curator");
		assertTrue(rf01.isPriority());
		assertTrue(rf01.isEligible());
		assertArrayEquals(
			new String[] {"Оценка оснащения директором", "Директор", "70.0", "1 / 1", "Высокий"},
			rf01.getIndicators().get(0));
		assertArrayEquals(
			new String[] {"Оценка оснащения учителями", "Педагоги", "55.4", "6 / 5", "Средний"},
			rf01.getIndicators().get(1));

		SchoolProfileDisplayContext.FactorRow rf02 = rows.get("RF02");

		assertEquals("IMPROVED", rf02.getChange());
		assertEquals(20, rf02.getBarWidth(), "an indicator without data does not count");
		assertArrayEquals(
			new String[] {"Перегрузка и работа не по специальности", "Педагоги", "—", "3 / 5", "Недостаточно данных"},
			rf02.getIndicators().get(1));
		assertFalse(rf02.isCorrected());
		assertFalse(rf02.isPriority());

		SchoolProfileDisplayContext.FactorRow rf03 = rows.get("RF03");

		assertEquals("", rf03.getLevel());
		assertEquals("NOT_COMPARABLE", rf03.getChange());
		assertEquals(0, rf03.getBarWidth());
		assertFalse(rf03.isCorrected(), "not enough data both computed and shown");
		assertFalse(rf03.isEligible(), "no level, no priority");

		SchoolProfileDisplayContext.FactorRow rf05 = rows.get("RF05");

		assertEquals("NEW", rf05.getChange(), "the factor was not in last year's profile");
		assertEquals("", rf05.getPreviousLevel());
		assertFalse(rf05.isEligible(), "no risk, no priority");

		assertEquals(List.of("RF01"), displayContext.getPriorities());
		assertEquals(4, displayContext.getMaxPriorities(), "the limit of the school's municipality");
		assertTrue(displayContext.canReview());
		assertFalse(displayContext.canUpdate());
		assertTrue(displayContext.getResponseCodes().isEmpty(), "codes are for the school team only");
		verify(_riskSurveyResponseService, never()).getSchoolResponses(anyLong(), anyInt());
	}

	@Test
	void aLowFactorIsOfferedAsPriorityOnlyWhileHighAndMediumOnesLeaveRoom() throws Exception {
		_givenSchool31WithProfiles();

		// RF01 is the only HIGH/MEDIUM factor: with a limit of 4 a LOW factor may be chosen too

		RenderRequest renderRequest = _request("schoolId", "31", "year", "2024");

		_command(new ViewSchoolMVCRenderCommand()).render(renderRequest, null);

		assertTrue(_row((SchoolProfileDisplayContext)_displayContext(renderRequest), "RF02").isEligible());

		// with a limit of 1 the rule (PrioritySelection) rejects RF02, so the screen does not offer it

		when(_oporaFeatureService.getMaxPriorityFactors(_MUNICIPALITY_ID)).thenReturn(1);

		RenderRequest limited = _request("schoolId", "31", "year", "2024");

		_command(new ViewSchoolMVCRenderCommand()).render(limited, null);

		SchoolProfileDisplayContext displayContext = (SchoolProfileDisplayContext)_displayContext(limited);

		assertFalse(_row(displayContext, "RF02").isEligible());
		assertTrue(_row(displayContext, "RF01").isEligible());
	}

	@Test
	void schoolWithoutProfilesShowsProgressAndTheTeamItsCodes() throws Exception {
		School school = _school(31, "МОУ СОШ № 31");

		when(school.getGroupId()).thenReturn(_MUNICIPALITY_ID);
		when(_schoolService.getSchool(31)).thenReturn(school);
		when(_riskProfileService.hasSchoolPermission(31, "UPDATE")).thenReturn(true);
		when(_riskProfileService.hasSchoolPermission(31, "REVIEW")).thenReturn(true);

		List<SurveyAnswers> answers = new ArrayList<>();

		answers.add(new SurveyAnswers("d1", RespondentGroup.DIRECTOR, Map.of("D01", 4.0)));
		answers.add(new SurveyAnswers("t1", RespondentGroup.TEACHER, Map.of("T01", 2.0)));
		answers.add(new SurveyAnswers("t2", RespondentGroup.TEACHER, Map.of("T01", 3.0)));

		when(_riskSurveyResponseService.getSchoolProgress(31, 2024)).thenReturn(
			SurveyProgress.of(DefaultDictionary.version2021(), answers));

		RiskSurveyResponse code = mock(RiskSurveyResponse.class);
		RiskSurveyResponse staff = mock(RiskSurveyResponse.class);

		when(code.getResponseCode()).thenReturn("ABCD234567");
		when(staff.getResponseCode()).thenReturn("");
		when(_riskSurveyResponseService.getSchoolResponses(31, 2024)).thenReturn(List.of(staff, code));

		RenderRequest renderRequest = _request("schoolId", "31", "year", "2024");

		assertEquals("/view_school.jsp", _command(new ViewSchoolMVCRenderCommand()).render(renderRequest, null));

		SchoolProfileDisplayContext displayContext = (SchoolProfileDisplayContext)_displayContext(renderRequest);

		assertNull(displayContext.getProfile());
		assertTrue(displayContext.getFactorRows().isEmpty());
		assertFalse(displayContext.canReview(), "nothing to verify without a profile");
		assertTrue(displayContext.canUpdate());
		assertEquals(List.of(), displayContext.getPriorities());
		assertEquals(List.of(), displayContext.getVerifications());
		assertEquals(List.of(code), displayContext.getResponseCodes(), "staff responses have no code");

		List<String[]> progress = displayContext.getProgressRows();

		assertEquals(RespondentGroup.values().length, progress.size());
		assertArrayEquals(new String[] {"DIRECTOR", "Директор", "1", "1", "true"}, progress.get(0));
		assertArrayEquals(new String[] {"TEACHER", "Педагоги", "2", "5", "false"}, progress.get(1));
		verify(_riskProfileService, never()).getVerifications(anyLong());
	}

	@Test
	void documentOffersEachRoleOnlyTheStepsOfItsStatus() throws Exception {
		// status, school team?, curator? -> actions, edit, comment, monitor

		_assertDocumentScreen("DRAFT", true, false, List.of("SUBMIT"), true, false, false);
		_assertDocumentScreen("RETURNED", true, false, List.of("SUBMIT"), true, false, false);
		_assertDocumentScreen("SUBMITTED", true, false, List.of(), false, false, false);
		_assertDocumentScreen("APPROVED", true, false, List.of("NEW_VERSION"), false, false, true);

		_assertDocumentScreen("DRAFT", false, true, List.of(), false, false, false);
		_assertDocumentScreen("SUBMITTED", false, true, List.of("RETURN", "APPROVE"), false, true, false);
		_assertDocumentScreen("APPROVED", false, true, List.of(), false, false, false);

		for (String status : new String[] {"DRAFT", "SUBMITTED", "RETURNED", "APPROVED"}) {
			_assertDocumentScreen(status, false, false, List.of(), false, false, false);
		}
	}

	@Test
	void documentShowsItsTitleContentAndMonitoring() throws Exception {
		RiskDocument document = _givenDocument("APPROVED", true, false);

		when(document.getDocumentType()).thenReturn("ANTI_RISK_PROGRAMME");
		when(document.getFactorCode()).thenReturn("RF03");
		when(_riskDocumentService.getContent(42)).thenReturn(
			new ProgrammeContent("Повысить компетентность", List.of("Курсы", "Наставничество"), List.of(), "Итог"));
		when(_riskDocumentService.getMonitoringStatus(eq(42L), any())).thenReturn(TrackStatus.OFF_TRACK);

		RenderRequest renderRequest = _request("riskDocumentId", "42");

		assertEquals("/view_document.jsp", _command(new ViewDocumentMVCRenderCommand()).render(renderRequest, null));

		DocumentDisplayContext displayContext = (DocumentDisplayContext)_displayContext(renderRequest);

		assertSame(document, displayContext.getDocument());
		assertEquals("Антирисковая программа RF03", displayContext.getTitle());
		assertEquals("Повысить компетентность", displayContext.getContent().goal());
		assertEquals("Курсы\nНаставничество", displayContext.getTasksText());
		assertEquals("OFF_TRACK", displayContext.getMonitoringStatus());
		assertTrue(displayContext.isApproved());
		assertTrue(displayContext.canAttach());

		when(document.getDocumentType()).thenReturn("CONCEPT");
		when(document.getFactorCode()).thenReturn("");

		assertEquals("Концепция развития", displayContext.getTitle());
	}

	@Test
	void aRejectedFormAndAnImportReportAreShownInWordsWithTheirFields() throws Exception {
		_givenDocument("DRAFT", true, false);

		RenderRequest renderRequest = _request("riskDocumentId", "42");

		_sessionErrors.when(
			() -> SessionErrors.get(renderRequest, RiskProfileValidationException.class)
		).thenReturn(
			new RiskProfileValidationException(
				List.of(Violation.of("measure.1.deadline", "not-a-date"), Violation.of("goal", "required")))
		);

		_command(new ViewDocumentMVCRenderCommand()).render(renderRequest, null);

		assertEquals(
			List.of("Мероприятие 1, Срок: Введите дату.", "Цель: Обязательное поле."),
			((DocumentDisplayContext)_displayContext(renderRequest)).getErrors());

		_givenSchool31WithProfiles();

		RenderRequest schoolRequest = _request("schoolId", "31", "year", "2024");
		SurveyImportReport report = new SurveyImportReport(
			3, List.of(Violation.of("row.4", "risk-import-group-unknown", "кто-то")));

		try (MockedStatic<SessionMessages> sessionMessages = Mockito.mockStatic(SessionMessages.class)) {
			sessionMessages.when(
				() -> SessionMessages.get(schoolRequest, RiskProfileWebKeys.IMPORT_REPORT)
			).thenReturn(
				report
			);

			_command(new ViewSchoolMVCRenderCommand()).render(schoolRequest, null);

			SchoolProfileDisplayContext displayContext = (SchoolProfileDisplayContext)_displayContext(schoolRequest);

			assertSame(report, displayContext.getImportReport());
			assertEquals(
				"Строка 4: «кто-то» не является группой респондентов (директор, педагог, обучающийся, родитель).",
				displayContext.describe(report.getRejected().get(0)));
			assertEquals(List.of(), displayContext.getErrors(), "no rejected form on this request");
		}
	}

	@Test
	void questionnaireOfACodeOfAStaffMemberOrAskingForTheCode() throws Exception {
		Question yesNo = new Question("D02", RespondentGroup.DIRECTOR, "Есть вакансии", "Vacancies", 0, 1, false);
		Question scale = new Question("P04", RespondentGroup.PUPIL, "Задания по силам", "Tasks fit", 1, 5, true);

		when(_riskSurveyResponseService.getCodeQuestionnaire("ABCD234567")).thenReturn(List.of(scale));

		RenderRequest codeRequest = _request("responseCode", "ABCD234567", "answer_P04", "4");

		assertEquals("/questionnaire.jsp", _command(new ViewQuestionnaireMVCRenderCommand()).render(codeRequest, null));

		QuestionnaireDisplayContext codeContext = (QuestionnaireDisplayContext)_displayContext(codeRequest);

		assertFalse(codeContext.isAskCode());
		assertEquals(List.of(scale), codeContext.getQuestions());
		assertEquals("4", codeContext.getAnswer(scale), "the typed answer survives a rejection");
		assertEquals("Задания по силам", codeContext.getText(scale));
		assertFalse(codeContext.isYesNo(scale));
		verify(_riskSurveyResponseService, never()).getStaffQuestionnaire(anyLong(), anyInt(), anyString());

		when(_riskSurveyResponseService.getStaffQuestionnaire(31, 2024, "TEACHER")).thenReturn(List.of(yesNo));

		RenderRequest staffRequest = _request("schoolId", "31", "year", "2024");

		_command(new ViewQuestionnaireMVCRenderCommand()).render(staffRequest, null);

		QuestionnaireDisplayContext staffContext = (QuestionnaireDisplayContext)_displayContext(staffRequest);

		assertEquals("TEACHER", staffContext.getRespondentGroup(), "teachers by default");
		assertEquals(List.of(yesNo), staffContext.getQuestions());
		assertTrue(staffContext.isYesNo(yesNo));
		assertEquals("", staffContext.getAnswer(yesNo));

		RenderRequest emptyRequest = _request();

		_command(new ViewQuestionnaireMVCRenderCommand()).render(emptyRequest, null);

		QuestionnaireDisplayContext askContext = (QuestionnaireDisplayContext)_displayContext(emptyRequest);

		assertTrue(askContext.isAskCode());
		assertTrue(askContext.getQuestions().isEmpty());
		verify(_riskSurveyResponseService).getStaffQuestionnaire(anyLong(), anyInt(), anyString());
		verify(_riskSurveyResponseService).getCodeQuestionnaire(anyString());
	}

	private void _assertDocumentScreen(
			String status, boolean team, boolean curator, List<String> actions, boolean edit, boolean comment,
			boolean monitor)
		throws Exception {

		Mockito.reset(_riskProfileService);

		_givenDocument(status, team, curator);

		RenderRequest renderRequest = _request("riskDocumentId", "42");

		assertEquals("/view_document.jsp", _command(new ViewDocumentMVCRenderCommand()).render(renderRequest, null));

		DocumentDisplayContext displayContext = (DocumentDisplayContext)_displayContext(renderRequest);
		String what = status + (team ? " team" : "") + (curator ? " curator" : "");

		assertEquals(actions, displayContext.getActions(), what);
		assertEquals(edit, displayContext.canEdit(), what);
		assertEquals(comment, displayContext.canComment(), what);
		assertEquals(monitor, displayContext.canMonitor(), what);
		assertEquals(team, displayContext.canAttach(), what);
	}

	private BaseRiskMVCRenderCommand _command(BaseRiskMVCRenderCommand command) {
		command.riskServices = _riskServices;

		return command;
	}

	private List<BaseRiskMVCRenderCommand> _commands() {
		return List.of(
			_command(new ViewHomeMVCRenderCommand()), _command(new ViewSchoolMVCRenderCommand()),
			_command(new ViewDocumentMVCRenderCommand()), _command(new ViewQuestionnaireMVCRenderCommand()));
	}

	private static Object _displayContext(RenderRequest renderRequest) {
		ArgumentCaptor<Object> displayContext = ArgumentCaptor.forClass(Object.class);

		verify(renderRequest).setAttribute(eq(RiskProfileWebKeys.DISPLAY_CONTEXT), displayContext.capture());

		return displayContext.getValue();
	}

	private static RiskDocument _document(long riskDocumentId, String status) {
		RiskDocument document = mock(RiskDocument.class);

		when(document.getRiskDocumentId()).thenReturn(riskDocumentId);
		when(document.getStatus()).thenReturn(status);

		return document;
	}

	private RiskDocument _givenDocument(String status, boolean team, boolean curator) throws Exception {
		RiskDocument document = _document(42, status);

		when(document.getSchoolId()).thenReturn(31L);
		when(document.getDocumentType()).thenReturn("CONCEPT");
		when(document.getFactorCode()).thenReturn("");
		when(_riskDocumentService.getDocument(42)).thenReturn(document);
		when(_riskDocumentService.getContent(42)).thenReturn(new ProgrammeContent("", List.of(), List.of(), ""));
		when(_riskProfileService.hasSchoolPermission(31, "UPDATE")).thenReturn(team);
		when(_riskProfileService.hasSchoolPermission(31, "REVIEW")).thenReturn(curator);

		return document;
	}

	/**
	 * School 31 of municipality 20 seen by its curator: the 2024 profile
	 * (RF01 corrected to HIGH, RF02 LOW with a teachers' indicator short of
	 * answers, RF03 not enough data, RF05 no risk, RF99 not in the
	 * dictionary) and the 2023 one (RF01 MEDIUM, RF02 HIGH, RF03 HIGH).
	 */
	private void _givenSchool31WithProfiles() throws Exception {
		School school = _school(31, "МОУ СОШ № 31");

		when(school.getGroupId()).thenReturn(_MUNICIPALITY_ID);
		when(_schoolService.getSchool(31)).thenReturn(school);
		when(_oporaFeatureService.getMaxPriorityFactors(_MUNICIPALITY_ID)).thenReturn(4);
		when(_riskProfileService.hasSchoolPermission(31, "REVIEW")).thenReturn(true);

		RiskProfile profile = _profile(9, 31, "RF01");
		RiskProfile previous = _profile(8, 31, "RF02");

		when(_riskProfileService.fetchSchoolProfile(31, 2024)).thenReturn(profile);
		when(_riskProfileService.fetchSchoolProfile(31, 2023)).thenReturn(previous);
		when(_riskProfileService.getProfileDictionary(9)).thenReturn(DefaultDictionary.version2021());

		Map<String, RiskLevel> previousLevels = new LinkedHashMap<>();

		previousLevels.put("RF01", RiskLevel.MEDIUM);
		previousLevels.put("RF02", RiskLevel.HIGH);
		previousLevels.put("RF03", RiskLevel.HIGH);
		when(_riskProfileService.getEffectiveLevels(8)).thenReturn(previousLevels);

		List<RiskFactorLevel> factorLevels = List.of(
			_level(
				"RF01", "HIGH", "MEDIUM",
				new IndicatorValue("RF01.1", RespondentGroup.DIRECTOR, 70.0, 1, 1, RiskLevel.HIGH),
				new IndicatorValue("RF01.2", RespondentGroup.TEACHER, 55.4, 6, 5, RiskLevel.MEDIUM)),
			_level(
				"RF02", "LOW", "LOW",
				new IndicatorValue("RF02.1", RespondentGroup.DIRECTOR, 20.0, 1, 1, RiskLevel.LOW),
				new IndicatorValue("RF02.2", RespondentGroup.TEACHER, null, 3, 5, null)),
			_level(
				"RF03", "", "NOT_ENOUGH_DATA",
				new IndicatorValue("RF03.1", RespondentGroup.TEACHER, null, 2, 5, null)),
			_level(
				"RF05", "NONE", "NONE", new IndicatorValue("RF05.1", RespondentGroup.TEACHER, 10.0, 7, 5, RiskLevel.NONE)),
			_level("RF99", "HIGH", "HIGH"));

		when(_riskProfileService.getFactorLevels(9)).thenReturn(factorLevels);
	}

	private static RiskFactorLevel _level(String factorCode, String level, String computedState, IndicatorValue... values) {
		RiskFactorLevel riskFactorLevel = mock(RiskFactorLevel.class);

		when(riskFactorLevel.getFactorCode()).thenReturn(factorCode);
		when(riskFactorLevel.getLevel()).thenReturn(level);
		when(riskFactorLevel.getComputedState()).thenReturn(computedState);
		when(riskFactorLevel.getIndicatorValues()).thenReturn(RiskText.encodeIndicatorValues(List.of(values)));

		return riskFactorLevel;
	}

	private static RiskProfile _profile(long riskProfileId, long schoolId, String priorities) {
		RiskProfile profile = mock(RiskProfile.class);

		when(profile.getRiskProfileId()).thenReturn(riskProfileId);
		when(profile.getSchoolId()).thenReturn(schoolId);
		when(profile.getPriorities()).thenReturn(priorities);

		return profile;
	}

	private RenderRequest _request(String... parameters) {
		RenderRequest renderRequest = mock(RenderRequest.class);
		Map<String, String> values = new LinkedHashMap<>();

		for (int i = 0; i < parameters.length; i += 2) {
			values.put(parameters[i], parameters[i + 1]);
		}

		when(renderRequest.getParameter(anyString())).thenAnswer(invocation -> values.get(invocation.getArgument(0)));
		when(renderRequest.getAttribute(WebKeys.THEME_DISPLAY)).thenReturn(_themeDisplay);

		return renderRequest;
	}

	private static SchoolProfileDisplayContext.FactorRow _row(SchoolProfileDisplayContext displayContext, String code)
		throws Exception {

		for (SchoolProfileDisplayContext.FactorRow row : displayContext.getFactorRows()) {
			if (row.getCode().equals(code)) {
				return row;
			}
		}

		throw new AssertionError("No row " + code);
	}

	private static School _school(long schoolId, String name) {
		School school = mock(School.class);

		when(school.getSchoolId()).thenReturn(schoolId);
		when(school.getName()).thenReturn(name);

		return school;
	}

	private static final long _GROUP_ID = 20;

	private static final long _MUNICIPALITY_ID = 20;

	private static final Locale _RU = new Locale("ru", "RU");

	private static final long _USER_ID = 5;

	private final OporaFeatureService _oporaFeatureService = mock(OporaFeatureService.class);
	private final PermissionChecker _permissionChecker = mock(PermissionChecker.class);
	private final RiskDictionaryVersionService _riskDictionaryVersionService = mock(RiskDictionaryVersionService.class);
	private final RiskDocumentService _riskDocumentService = mock(RiskDocumentService.class);
	private final RiskProfileService _riskProfileService = mock(RiskProfileService.class);
	private final RiskServices _riskServices = mock(RiskServices.class);
	private final RiskSurveyResponseService _riskSurveyResponseService = mock(RiskSurveyResponseService.class);
	private final SchoolService _schoolService = mock(SchoolService.class);
	private final MockedStatic<SessionErrors> _sessionErrors = Mockito.mockStatic(SessionErrors.class);
	private final ThemeDisplay _themeDisplay = mock(ThemeDisplay.class);

}
