package ru.opora.riskprofile.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.upload.UploadPortletRequest;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.Props;
import com.liferay.portal.kernel.util.PropsUtil;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;
import javax.portlet.PortletRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.mockito.MockedStatic;

import ru.opora.domain.risk.programme.MeasureData;
import ru.opora.domain.validation.Violation;
import ru.opora.riskprofile.exception.RiskProfileValidationException;
import ru.opora.riskprofile.service.RiskDocumentService;
import ru.opora.riskprofile.service.RiskProfileService;
import ru.opora.riskprofile.service.RiskSurveyResponseService;
import ru.opora.riskprofile.util.SurveyImportReport;
import ru.opora.riskprofile.web.internal.constants.RiskProfileWebKeys;

/** The portlet's forms with the services mocked: parameters in, messages and redirects out. */
class RiskActionCommandsTest {

	static {

		// ParamUtil reads portal properties when it is initialised

		PropsUtil.setProps(mock(Props.class));
	}

	@AfterEach
	void tearDown() {
		_sessionErrors.close();
		_sessionMessages.close();
	}

	@Test
	void reviewStepGoesToTheServiceAndRedirects() throws Exception {
		ActionRequest actionRequest = _request("riskDocumentId", "42", "reviewAction", "SUBMIT", "redirect", "/back");

		_run(_inject(new ReviewDocumentMVCActionCommand(), "_riskDocumentService", _riskDocumentService), actionRequest);

		verify(_riskDocumentService).review(42, "SUBMIT");
		_sessionMessages.verify(() -> SessionMessages.add(actionRequest, "opora-risk-review-done-submit"));
		verify(_actionResponse).sendRedirect("/back");
	}

	@Test
	void ruleViolationShowsTheFormAgainWithoutRedirect() throws Exception {
		ActionRequest actionRequest = _request("riskDocumentId", "42", "reviewAction", "APPROVE", "redirect", "/back");

		when(_riskDocumentService.review(anyLong(), anyString())).thenThrow(
			new RiskProfileValidationException(List.of(Violation.of("curator", "risk-review-no-curator"))));

		_run(_inject(new ReviewDocumentMVCActionCommand(), "_riskDocumentService", _riskDocumentService), actionRequest);

		assertEquals(
			"risk-review-no-curator", _formShownAgain(actionRequest, RiskProfileWebKeys.MVC_VIEW_DOCUMENT).get(0).code());
	}

	@Test
	void permissionErrorsAreNotSwallowed() throws Exception {
		ActionRequest actionRequest = _request("riskProfileId", "7", "factorCode", "RF01");

		when(_riskProfileService.verifyFactor(anyLong(), anyString(), anyString(), anyString(), anyString())).thenThrow(
			new PrincipalException.MustHavePermission(1, "REVIEW"));

		VerifyFactorMVCActionCommand command = _inject(
			new VerifyFactorMVCActionCommand(), "_riskProfileService", _riskProfileService);

		assertThrows(PrincipalException.class, () -> _doAction(command, actionRequest));
	}

	@Test
	void programmeFormBecomesStructuredContentAndSkipsBlankRows() throws Exception {
		ActionRequest actionRequest = _request(
			"riskDocumentId", "42", "goal", "Цель", "tasks", "Задача 1\n\n  Задача 2  ", "expectedResult", "Итог",
			"measureTitle", "Клуб", "measureTitle", "", "measureTask", "2", "measureTask", "", "measureDeadline",
			"2024-09-30", "measureDeadline", "", "measureResponsible", "Завуч", "measureResponsible", "",
			"measureIndicator", "Доля, %", "measureIndicator", "", "measureBaseline", "35,5", "measureBaseline", "",
			"measureTarget", "60", "measureTarget", "", "measureResult", "Работает", "measureResult", "",
			"redirect", "/doc");

		_run(_inject(new UpdateDocumentMVCActionCommand(), "_riskDocumentService", _riskDocumentService), actionRequest);

		ArgumentCaptor<List<MeasureData>> measures = ArgumentCaptor.forClass(List.class);

		verify(_riskDocumentService).updateContent(
			eq(42L), eq("Цель"), eq(List.of("Задача 1", "Задача 2")), measures.capture(), eq("Итог"));

		assertEquals(1, measures.getValue().size());

		MeasureData measure = measures.getValue().get(0);

		assertEquals(1, measure.taskIndex());
		assertEquals(LocalDate.of(2024, 9, 30), measure.deadline());
		assertEquals(35.5, measure.baseline());
		assertEquals(60.0, measure.target());
		_sessionMessages.verify(() -> SessionMessages.add(actionRequest, "opora-risk-document-saved"));
	}

	@Test
	void badNumbersAndDatesAreNamedAndNothingIsSaved() throws Exception {
		ActionRequest actionRequest = _request(
			"riskDocumentId", "42", "measureTitle", "Клуб", "measureDeadline", "30.09.2024", "measureTarget", "много");

		_run(_inject(new UpdateDocumentMVCActionCommand(), "_riskDocumentService", _riskDocumentService), actionRequest);

		verify(_riskDocumentService, never()).updateContent(anyLong(), anyString(), anyList(), anyList(), anyString());

		List<Violation> violations = _formShownAgain(actionRequest, RiskProfileWebKeys.MVC_VIEW_DOCUMENT);

		assertEquals(
			List.of(Violation.of("measure.1.deadline", "not-a-date"), Violation.of("measure.1.target", "not-a-number")),
			violations);
	}

	@Test
	void answersOfACodeOrOfAStaffMember() throws Exception {
		ActionRequest codeRequest = _request("responseCode", "ABCD234567", "answer_P11", "4", "answer_P04", "");

		SaveAnswersMVCActionCommand command = _inject(
			new SaveAnswersMVCActionCommand(), "_riskSurveyResponseService", _riskSurveyResponseService);

		_run(command, codeRequest);

		Map<String, Double> expected = new LinkedHashMap<>();

		expected.put("P11", 4.0);

		verify(_riskSurveyResponseService).saveCodeResponse("ABCD234567", expected);

		ActionRequest staffRequest = _request(
			"schoolId", "31", "year", "2024", "respondentGroup", "TEACHER", "answer_T01", "2");

		_run(command, staffRequest);

		verify(_riskSurveyResponseService).saveStaffResponse(31, 2024, "TEACHER", Map.of("T01", 2.0));
	}

	@Test
	void priorityChoiceAndVerificationPassTheirValues() throws Exception {
		ActionRequest prioritiesRequest = _request("riskProfileId", "7", "priorities", "RF09", "priorities", "RF11");

		_run(_inject(new UpdatePrioritiesMVCActionCommand(), "_riskProfileService", _riskProfileService), prioritiesRequest);

		verify(_riskProfileService).updatePriorities(7, List.of("RF09", "RF11"));

		ActionRequest verifyRequest = _request(
			"riskProfileId", "7", "factorCode", "RF09", "verificationAction", "CORRECT", "level", "HIGH", "comment",
			"По итогам визита");

		_run(_inject(new VerifyFactorMVCActionCommand(), "_riskProfileService", _riskProfileService), verifyRequest);

		verify(_riskProfileService).verifyFactor(7, "RF09", "CORRECT", "HIGH", "По итогам визита");
		verify(_riskSurveyResponseService, never()).saveCodeResponse(anyString(), anyMap());
		verify(_riskDocumentService, never()).review(anyLong(), anyString());
		verify(_riskDocumentService, never()).updateMeasureProgress(
			anyLong(), any(), anyBoolean(), any(), any(), any());
	}

	@Test
	void importWithoutAFileIsRejectedAndWithOneReportsEveryRow(@TempDir Path dir) throws Exception {
		ActionRequest actionRequest = _request("schoolId", "31", "year", "2024");
		UploadPortletRequest uploadPortletRequest = mock(UploadPortletRequest.class);

		when(_portal.getUploadPortletRequest(actionRequest)).thenReturn(uploadPortletRequest);

		ImportAnswersMVCActionCommand command = _inject(
			new ImportAnswersMVCActionCommand(), "_riskSurveyResponseService", _riskSurveyResponseService);

		_run(command, actionRequest);

		assertEquals(
			List.of(Violation.of("file", "required")), _formShownAgain(actionRequest, RiskProfileWebKeys.MVC_VIEW_SCHOOL));
		verify(_riskSurveyResponseService, never()).importAnswers(anyLong(), anyInt(), any());

		File file = Files.writeString(dir.resolve("answers.xlsx"), "x").toFile();

		when(uploadPortletRequest.getFile("file")).thenReturn(file);
		when(uploadPortletRequest.getParameter("schoolId")).thenReturn("31");
		when(uploadPortletRequest.getParameter("year")).thenReturn("2024");

		SurveyImportReport report = new SurveyImportReport(
			3, List.of(Violation.of("row.4", "risk-import-group-unknown", "кто-то")));

		when(_riskSurveyResponseService.importAnswers(31, 2024, file)).thenReturn(report);

		ActionRequest secondRequest = _request("redirect", "/school");

		when(_portal.getUploadPortletRequest(secondRequest)).thenReturn(uploadPortletRequest);

		_run(command, secondRequest);

		_sessionMessages.verify(() -> SessionMessages.add(secondRequest, RiskProfileWebKeys.IMPORT_REPORT, report));
		_sessionMessages.verify(() -> SessionMessages.add(secondRequest, "opora-risk-import-done"));
		verify(_actionResponse).sendRedirect("/school");
	}

	@Test
	void anAttachmentNeedsAFileAndGoesToTheDocumentThroughTheService(@TempDir Path dir) throws Exception {
		ActionRequest actionRequest = _request("riskDocumentId", "42");
		UploadPortletRequest uploadPortletRequest = mock(UploadPortletRequest.class);

		when(_portal.getUploadPortletRequest(actionRequest)).thenReturn(uploadPortletRequest);

		AddAttachmentMVCActionCommand command = _inject(
			new AddAttachmentMVCActionCommand(), "_riskDocumentService", _riskDocumentService);

		_run(command, actionRequest);

		assertEquals(
			List.of(Violation.of("file", "required")), _formShownAgain(actionRequest, RiskProfileWebKeys.MVC_VIEW_DOCUMENT));
		verify(_riskDocumentService, never()).addAttachment(anyLong(), any(), any(), any());

		File file = Files.writeString(dir.resolve("upload.tmp"), "скан").toFile();

		when(uploadPortletRequest.getFile("file")).thenReturn(file);
		when(uploadPortletRequest.getFileName("file")).thenReturn("Приказ.pdf");
		when(uploadPortletRequest.getContentType("file")).thenReturn("application/pdf");
		when(uploadPortletRequest.getParameter("riskDocumentId")).thenReturn("42");

		ActionRequest secondRequest = _request("redirect", "/document");

		when(_portal.getUploadPortletRequest(secondRequest)).thenReturn(uploadPortletRequest);

		_run(command, secondRequest);

		verify(_riskDocumentService).addAttachment(
			42L, "Приказ.pdf", "application/pdf", "скан".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		_sessionMessages.verify(() -> SessionMessages.add(secondRequest, "opora-risk-attachment-saved"));
		verify(_actionResponse).sendRedirect("/document");
		verify(uploadPortletRequest, org.mockito.Mockito.times(2)).cleanUp();
	}

	private static void _doAction(BaseMVCActionCommand command, ActionRequest actionRequest) throws Exception {
		Method method = BaseRiskMVCActionCommand.class.getDeclaredMethod("doAction", ActionRequest.class);

		method.setAccessible(true);

		try {
			method.invoke(command, actionRequest);
		}
		catch (java.lang.reflect.InvocationTargetException invocationTargetException) {
			throw (Exception)invocationTargetException.getCause();
		}
	}

	private List<Violation> _formShownAgain(ActionRequest actionRequest, String mvcRenderCommandName) throws Exception {
		ArgumentCaptor<Object> exception = ArgumentCaptor.forClass(Object.class);

		_sessionErrors.verify(
			() -> SessionErrors.add(eq(actionRequest), eq(RiskProfileValidationException.class), exception.capture()));
		verify(_portal).copyRequestParameters(actionRequest, _actionResponse);
		verify(_renderParameters).setValue("mvcRenderCommandName", mvcRenderCommandName);
		verify(_actionResponse, never()).sendRedirect(anyString());

		return ((RiskProfileValidationException)exception.getValue()).getViolations();
	}

	private <T extends BaseRiskMVCActionCommand> T _inject(T command, String fieldName, Object service)
		throws Exception {

		Field field = command.getClass().getDeclaredField(fieldName);

		field.setAccessible(true);
		field.set(command, service);

		Field portalField = BaseRiskMVCActionCommand.class.getDeclaredField("portal");

		portalField.set(command, _portal);

		return command;
	}

	private ActionRequest _request(String... parameters) {
		ActionRequest actionRequest = mock(ActionRequest.class);
		Map<String, List<String>> values = new LinkedHashMap<>();

		for (int i = 0; i < parameters.length; i += 2) {
			values.computeIfAbsent(parameters[i], name -> new ArrayList<>()).add(parameters[i + 1]);
		}

		Map<String, String[]> parameterMap = new HashMap<>();

		values.forEach((name, list) -> parameterMap.put(name, list.toArray(new String[0])));

		when(actionRequest.getParameterMap()).thenReturn(parameterMap);
		when(actionRequest.getParameter(anyString())).thenAnswer(
			invocation -> {
				List<String> list = values.get(invocation.getArgument(0));

				return (list == null) ? null : list.get(0);
			});
		when(actionRequest.getParameterValues(anyString())).thenAnswer(
			invocation -> {
				List<String> list = values.get(invocation.getArgument(0));

				return (list == null) ? null : list.toArray(new String[0]);
			});

		when(actionRequest.getAttribute(WebKeys.THEME_DISPLAY)).thenReturn(mock(ThemeDisplay.class));

		return actionRequest;
	}

	private void _run(BaseRiskMVCActionCommand command, ActionRequest actionRequest) throws Exception {
		Method method = BaseRiskMVCActionCommand.class.getDeclaredMethod(
			"doProcessAction", ActionRequest.class, ActionResponse.class);

		method.setAccessible(true);

		try {
			method.invoke(command, actionRequest, _actionResponse);
		}
		catch (java.lang.reflect.InvocationTargetException invocationTargetException) {
			throw (Exception)invocationTargetException.getCause();
		}
	}

	private final ActionResponse _actionResponse = mock(ActionResponse.class);

	private final Portal _portal = mock(Portal.class);

	{
		when(_portal.escapeRedirect(anyString())).thenAnswer(invocation -> invocation.getArgument(0));
		when(_portal.getPortletId(any(PortletRequest.class))).thenReturn("risk");
	}

	private final MutableRenderParameters _renderParameters = mock(MutableRenderParameters.class);

	{
		when(_actionResponse.getRenderParameters()).thenReturn(_renderParameters);
	}

	private final RiskDocumentService _riskDocumentService = mock(RiskDocumentService.class);
	private final RiskProfileService _riskProfileService = mock(RiskProfileService.class);
	private final RiskSurveyResponseService _riskSurveyResponseService = mock(RiskSurveyResponseService.class);
	private final MockedStatic<SessionErrors> _sessionErrors = mockStatic(SessionErrors.class);
	private final MockedStatic<SessionMessages> _sessionMessages = mockStatic(SessionMessages.class);

}
