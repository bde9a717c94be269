package ru.opora.diagnostics.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.language.Language;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.upload.UploadPortletRequest;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;
import javax.portlet.PortletRequest;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.MockedStatic;
import org.mockito.Mockito;

import ru.opora.diagnostics.constants.DiagnosticsActionKeys;
import ru.opora.diagnostics.exception.DiagnosticsValidationException;
import ru.opora.diagnostics.service.AttemptService;
import ru.opora.diagnostics.web.internal.constants.DiagnosticsWebKeys;
import ru.opora.diagnostics.web.internal.display.context.ImportResultsDisplayContext;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;
import ru.opora.diagnostics.web.internal.util.XlsxTable;
import ru.opora.domain.diagnostics.AreaKind;
import ru.opora.domain.diagnostics.BankVersion;
import ru.opora.domain.diagnostics.Competence;
import ru.opora.domain.diagnostics.CompetenceArea;
import ru.opora.domain.diagnostics.Item;
import ru.opora.domain.diagnostics.ItemType;
import ru.opora.domain.diagnostics.ResultsSheet;
import ru.opora.domain.validation.Violation;
import ru.opora.schools.importer.TableWriter;
import ru.opora.testing.Fields;
import ru.opora.testing.portlet.PortletRequests;

/**
 * The results import screen: the uploaded workbook goes whole (header first)
 * to the permission-checked AttemptService with the page's site; the count or
 * every problem (row, column, reason) is shown; the template's header is what
 * the import reads; without IMPORT_RESULTS the screen and the template are
 * refused.
 */
class ImportResultsCommandsTest {

	@BeforeEach
	void setUp() throws Exception {
		Fields.set(_services, "_attemptService", _attemptService);
		Fields.set(_services, "_language", _language);
		Fields.set(_services, "_portal", _portal);
		Fields.set(_services, "_portletResourcePermission", _portletResourcePermission);

		when(_portal.getUploadPortletRequest(any(PortletRequest.class))).thenReturn(_uploadPortletRequest);
		when(_actionResponse.getRenderParameters()).thenReturn(_renderParameters);
		when(_renderParameters.setValue(any(String.class), any(String.class))).thenAnswer(
			invocation -> {
				_rendered.put(invocation.getArgument(0), invocation.getArgument(1));

				return null;
			});
		when(_language.get(any(Locale.class), anyString())).thenAnswer(invocation -> invocation.getArgument(1));
		when(
			_language.format(any(Locale.class), anyString(), Mockito.<Object[]>any(), eq(false))
		).thenAnswer(
			invocation -> (String)invocation.getArgument(1) + Arrays.asList((Object[])invocation.getArgument(2))
		);
		when(_attemptService.getCompetenceNames(0)).thenReturn(_names());
	}

	@AfterEach
	void tearDown() throws IOException {
		_sessionErrors.close();
		_sessionMessages.close();

		for (File file : _files) {
			Files.deleteIfExists(file.toPath());
		}
	}

	@Test
	void theWholeWorkbookGoesToTheServiceWithThePagesSiteAndTheCountIsShown() throws Exception {
		List<List<String>> rows = List.of(
			List.of("Школа", "Педагог", "Предмет", "Дата", "M-ALG Алгебра", "MT-DIFF"),
			List.of("sch-ivn-001", "ivanova@school1.example", "Математика", "15.10.2025", "64,5", "45"),
			List.of("Лицей № 2", "petrov", "Математика", "16.10.2025", "71", "50"));

		_upload(rows);
		when(_attemptService.importExternalResults(eq(PortletRequests.SCOPE_GROUP_ID), any())).thenReturn(
			ResultsSheet.Report.imported(2));

		_command(new ImportResultsMVCActionCommand()).doProcessAction(
			PortletRequests.actionRequest("groupId", "999"), _actionResponse);

		verify(_attemptService).importExternalResults(PortletRequests.SCOPE_GROUP_ID, rows);
		_sessionMessages.verify(
			() -> SessionMessages.add(any(PortletRequest.class), eq(DiagnosticsWebKeys.RESULTS_IMPORTED), eq(2)));
		_sessionErrors.verify(() -> SessionErrors.add(any(PortletRequest.class), anyString(), any()), never());
		assertEquals(DiagnosticsWebKeys.MVC_RESULTS_IMPORT, _rendered.get("mvcRenderCommandName"));
	}

	@Test
	void everyRejectedRowIsListedWithItsColumn() throws Exception {
		_upload(List.of(List.of("Школа")));

		ResultsSheet sheet = ResultsSheet.parse(
			List.of(
				List.of("Школа", "Педагог", "Предмет", "Дата", "M-ALG"),
				List.of("sch-ivn-001", "ivanova", "Математика", "31.02.2025", "164")),
			_bank(), LocalDate.of(2025, 11, 20));

		sheet.addProblem(
			2, ResultsSheet.COLUMN_TEACHER, Violation.of("teacher", "diagnostics-results-unknown-teacher", "ivanova"));

		when(_attemptService.importExternalResults(anyLong(), any())).thenReturn(
			ResultsSheet.Report.rejected(sheet.problems()));

		_command(new ImportResultsMVCActionCommand()).doProcessAction(
			PortletRequests.actionRequest(), _actionResponse);

		assertEquals(
			List.of(
				"diagnostics-results-rejected-x[3]",
				"diagnostics-import-problem[2, diagnostics-results-column-date, " +
					"opora-error-diagnostics-results-not-a-date[31.02.2025]]",
				"diagnostics-import-problem[2, M-ALG, opora-error-out-of-range[0, 100]]",
				"diagnostics-import-problem[2, diagnostics-results-column-teacher, " +
					"opora-error-diagnostics-results-unknown-teacher[ivanova]]"),
			_violations());
		_sessionMessages.verify(
			() -> SessionMessages.add(any(PortletRequest.class), eq(DiagnosticsWebKeys.RESULTS_IMPORTED), any()),
			never());
	}

	@Test
	void aFileThatIsNotAWorkbookIsNotSent() throws Exception {
		Path text = Files.createTempFile("results", ".xlsx");

		Files.writeString(text, "школа;педагог");
		_files.add(text.toFile());
		when(_uploadPortletRequest.getFile("workbook")).thenReturn(text.toFile());

		_command(new ImportResultsMVCActionCommand()).doProcessAction(PortletRequests.actionRequest(), _actionResponse);

		assertEquals(List.of("diagnostics-not-a-workbook"), _violations());

		when(_uploadPortletRequest.getFile("workbook")).thenReturn(null);

		_command(new ImportResultsMVCActionCommand()).doProcessAction(PortletRequests.actionRequest(), _actionResponse);

		verify(_attemptService, never()).importExternalResults(anyLong(), any());
		assertEquals(DiagnosticsWebKeys.MVC_RESULTS_IMPORT, _rendered.get("mvcRenderCommandName"));
	}

	@Test
	void withoutAPublishedBankTheReasonIsShown() throws Exception {
		_upload(List.of(List.of("Школа")));
		when(_attemptService.importExternalResults(anyLong(), any())).thenThrow(
			new DiagnosticsValidationException(List.of(Violation.of("bankVersion", "diagnostics-no-published-bank"))));

		_command(new ImportResultsMVCActionCommand()).doProcessAction(PortletRequests.actionRequest(), _actionResponse);

		assertEquals(
			List.of("diagnostics-field-bankVersion: opora-error-diagnostics-no-published-bank[]"), _violations());
	}

	@Test
	void aRefusalIsNotSwallowed() throws Exception {
		_upload(List.of(List.of("Школа")));
		when(_attemptService.importExternalResults(anyLong(), any())).thenThrow(
			new PrincipalException.MustHavePermission(0, "x", 1, DiagnosticsActionKeys.IMPORT_RESULTS));

		assertThrows(
			PrincipalException.class,
			() -> _command(new ImportResultsMVCActionCommand()).doProcessAction(
				PortletRequests.actionRequest(), _actionResponse));
	}

	@Test
	void theScreenShowsTheColumnsTheCompetencesAndTheLastCount() throws Exception {
		RenderRequest renderRequest = PortletRequests.renderRequest();

		_permissionChecker(renderRequest);
		_sessionMessages.when(() -> SessionMessages.get(renderRequest, DiagnosticsWebKeys.RESULTS_IMPORTED)).thenReturn(
			3);

		assertEquals(
			"/results_import.jsp",
			_command(new ViewResultsImportMVCRenderCommand()).render(renderRequest, mock(RenderResponse.class)));

		ImportResultsDisplayContext context = _displayContext(renderRequest);

		assertEquals(Integer.valueOf(3), context.getImported());
		assertEquals(_names(), context.getCompetenceNames());
		assertEquals(
			List.of(
				"diagnostics-results-column-school", "diagnostics-results-column-teacher",
				"diagnostics-results-column-subject", "diagnostics-results-column-date"),
			context.getFixedHeaders());
		assertEquals("diagnostics-results-column-teacher-help", context.getFixedHelp(1));
		assertEquals("E", context.getLetter(4));
		assertEquals(true, context.isBankPublished());
	}

	@Test
	void withoutThePermissionTheScreenIsTheErrorPage() throws Exception {
		_refused();

		RenderRequest renderRequest = PortletRequests.renderRequest();

		_permissionChecker(renderRequest);

		assertEquals(
			"/error.jsp",
			_command(new ViewResultsImportMVCRenderCommand()).render(renderRequest, mock(RenderResponse.class)));
		assertNull(_displayContextOrNull(renderRequest));
		_sessionErrors.verify(() -> SessionErrors.add(any(PortletRequest.class), eq(PrincipalException.class)));
	}

	@Test
	void theTemplatesHeaderIsWhatTheImportReads() throws Exception {
		ResourceRequest resourceRequest = PortletRequests.resourceRequest();
		ResourceResponse resourceResponse = mock(ResourceResponse.class);
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		_permissionChecker(resourceRequest);
		when(resourceResponse.getPortletOutputStream()).thenReturn(out);

		_command(new ResultsTemplateMVCResourceCommand()).doServeResource(resourceRequest, resourceResponse);

		verify(resourceResponse).setContentType(TableWriter.CONTENT_TYPE);

		Path file = Files.createTempFile("template", ".xlsx");

		_files.add(file.toFile());
		Files.write(file, out.toByteArray());

		List<List<String>> rows = XlsxTable.read(file.toFile());

		assertEquals(
			List.of(
				"diagnostics-results-column-school", "diagnostics-results-column-teacher",
				"diagnostics-results-column-subject", "diagnostics-results-column-date",
				"M-ALG Алгебра и начала анализа", "MT-DIFF Дифференцированное обучение"),
			rows.get(0));

		List<List<String>> filled = new ArrayList<>(rows);

		filled.add(List.of("sch-ivn-001", "petrov", "Математика", "15.10.2025", "60", "70"));

		ResultsSheet sheet = ResultsSheet.parse(filled, _bank(), LocalDate.of(2025, 11, 20));

		assertEquals(List.of(), sheet.problems());
		assertEquals(Map.of("M-ALG", 60.0, "MT-DIFF", 70.0), sheet.rows().get(0).percents());
	}

	@Test
	void withoutThePermissionNoTemplate() throws Exception {
		_refused();

		ResourceRequest resourceRequest = PortletRequests.resourceRequest();
		ResourceResponse resourceResponse = mock(ResourceResponse.class);

		_permissionChecker(resourceRequest);

		assertThrows(
			PrincipalException.class,
			() -> _command(new ResultsTemplateMVCResourceCommand()).doServeResource(resourceRequest, resourceResponse));
		verify(resourceResponse, never()).getPortletOutputStream();
	}

	private static BankVersion _bank() {
		return new BankVersion(
			1,
			List.of(
				new CompetenceArea("MATH", "Математика", AreaKind.SUBJECT, "Математика"),
				new CompetenceArea("METH", "Методические компетенции", AreaKind.METHODOLOGICAL, null)),
			List.of(
				new Competence("M-ALG", "MATH", "Алгебра и начала анализа", 70, 1),
				new Competence("MT-DIFF", "METH", "Дифференцированное обучение", 60, 1)),
			List.of(
				new Item("M1-01", "M-ALG", ItemType.SHORT_ANSWER, "2 + 2", null, null, "4", 1),
				new Item("MT-01", "MT-DIFF", ItemType.SHORT_ANSWER, "?", null, null, "да", 1)));
	}

	private static Map<String, String> _names() {
		Map<String, String> names = new LinkedHashMap<>();

		names.put("M-ALG", "Алгебра и начала анализа");
		names.put("MT-DIFF", "Дифференцированное обучение");

		return names;
	}

	private <T> T _command(T command) throws Exception {
		Fields.set(command, "_diagnosticsServices", _services);

		return command;
	}

	private ImportResultsDisplayContext _displayContext(RenderRequest renderRequest) {
		ArgumentCaptor<Object> captor = ArgumentCaptor.forClass(Object.class);

		verify(renderRequest).setAttribute(eq(DiagnosticsWebKeys.DISPLAY_CONTEXT), captor.capture());

		return (ImportResultsDisplayContext)captor.getValue();
	}

	private Object _displayContextOrNull(RenderRequest renderRequest) {
		ArgumentCaptor<Object> captor = ArgumentCaptor.forClass(Object.class);

		verify(renderRequest, Mockito.atMost(1)).setAttribute(eq(DiagnosticsWebKeys.DISPLAY_CONTEXT), captor.capture());

		return captor.getAllValues().isEmpty() ? null : captor.getValue();
	}

	private void _permissionChecker(PortletRequest portletRequest) {
		ThemeDisplay themeDisplay = (ThemeDisplay)portletRequest.getAttribute(WebKeys.THEME_DISPLAY);

		when(themeDisplay.getPermissionChecker()).thenReturn(mock(PermissionChecker.class));
	}

	private void _refused() throws Exception {
		Mockito.doThrow(
			new PrincipalException.MustHavePermission(0, "x", 1, DiagnosticsActionKeys.IMPORT_RESULTS)
		).when(
			_portletResourcePermission
		).check(any(PermissionChecker.class), anyLong(), eq(DiagnosticsActionKeys.IMPORT_RESULTS));
	}

	private void _upload(List<List<String>> rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		new TableWriter("results").write(rows.get(0), rows.subList(1, rows.size()), out);

		Path file = Files.createTempFile("results", ".xlsx");

		Files.write(file, out.toByteArray());
		_files.add(file.toFile());
		when(_uploadPortletRequest.getFile("workbook")).thenReturn(file.toFile());
	}

	@SuppressWarnings("unchecked")
	private List<String> _violations() {
		ArgumentCaptor<Object> captor = ArgumentCaptor.forClass(Object.class);

		_sessionErrors.verify(
			() -> SessionErrors.add(any(PortletRequest.class), eq(DiagnosticsWebKeys.VIOLATIONS), captor.capture()),
			Mockito.atLeastOnce());

		return (List<String>)captor.getAllValues().get(0);
	}

	private final ActionResponse _actionResponse = mock(ActionResponse.class);
	private final AttemptService _attemptService = mock(AttemptService.class);
	private final List<File> _files = new ArrayList<>();
	private final Language _language = mock(Language.class);
	private final Portal _portal = mock(Portal.class);
	private final PortletResourcePermission _portletResourcePermission = mock(PortletResourcePermission.class);
	private final MutableRenderParameters _renderParameters = mock(MutableRenderParameters.class);
	private final Map<String, String> _rendered = new java.util.HashMap<>();
	private final DiagnosticsServices _services = DiagnosticsTestSupport.services();
	private final MockedStatic<SessionErrors> _sessionErrors = Mockito.mockStatic(SessionErrors.class);
	private final MockedStatic<SessionMessages> _sessionMessages = Mockito.mockStatic(SessionMessages.class);
	private final UploadPortletRequest _uploadPortletRequest = mock(UploadPortletRequest.class);

}
