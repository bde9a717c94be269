package ru.opora.schools.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.upload.UploadException;
import com.liferay.portal.kernel.upload.UploadPortletRequest;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

import javax.portlet.ActionRequest;
import javax.portlet.PortletRequest;
import javax.portlet.PortletSession;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;

import ru.opora.schools.exception.ImportFileRejectedException;
import ru.opora.schools.exception.ImportRejectedException;
import ru.opora.schools.importer.ImportMessages;
import ru.opora.schools.importer.ImportMode;
import ru.opora.schools.importer.ImportReport;
import ru.opora.schools.importer.RowError;
import ru.opora.schools.importer.SheetKind;
import ru.opora.schools.importing.SchoolImportResult;
import ru.opora.schools.service.SchoolService;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;
import ru.opora.schools.web.internal.util.LastImport;
import ru.opora.testing.Fields;
import ru.opora.testing.portlet.PortletRequests;

/** The upload goes to a temporary file that never outlives the action, whatever the service does. */
class ImportWorkbookMVCActionCommandTest {

	static SchoolImportResult result(ImportMode mode, List<RowError> errors, boolean stored) {
		EnumMap<SheetKind, ImportReport.SheetCounts> counts = new EnumMap<>(SheetKind.class);

		counts.put(SheetKind.SCHOOLS, new ImportReport.SheetCounts(3, 3 - errors.size(), errors.size()));

		return new SchoolImportResult(
			mode, new ImportReport(mode, counts, errors, errors.size(), stored), List.of(), 2, 1, 0, stored);
	}

	@BeforeEach
	void setUp() throws Exception {
		_support = new ActionCommandTestSupport();

		_actionRequest = PortletRequests.actionRequest();

		when(_actionRequest.getPortletSession()).thenReturn(_portletSession);
		when(_support.portal.getUploadPortletRequest(any(PortletRequest.class))).thenReturn(_uploadPortletRequest);
		when(_uploadPortletRequest.getFileName("file")).thenReturn("школы.xlsx");
		when(_uploadPortletRequest.getFileAsStream("file")).thenAnswer(
			invocation -> new ByteArrayInputStream(_CONTENT));

		_command = new ImportWorkbookMVCActionCommand();

		Fields.set(_command, "_portal", _support.portal);
		Fields.set(_command, "_schoolService", _schoolService);
	}

	@AfterEach
	void tearDown() {
		_support.close();
	}

	@ParameterizedTest
	@CsvSource({"VALIDATE_ONLY,VALIDATE_ONLY", "ALL_OR_NOTHING,ALL_OR_NOTHING", "GOOD_ROWS,GOOD_ROWS",
		"'',VALIDATE_ONLY", "DROP_TABLES,VALIDATE_ONLY"})
	void modeIsPassedAndTheTemporaryCopyIsDeletedAfterTheImport(String parameter, ImportMode expected)
		throws Exception {

		_mode(parameter);

		SchoolImportResult result = result(expected, List.of(), expected != ImportMode.VALIDATE_ONLY);
		List<File> seen = new ArrayList<>();

		when(_schoolService.importWorkbook(anyLong(), any(File.class), any(ImportMode.class), any())).thenAnswer(
			invocation -> {
				File file = invocation.getArgument(1);

				assertTrue(file.exists());
				assertArrayEquals(_CONTENT, Files.readAllBytes(file.toPath()));
				seen.add(file);

				return result;
			});

		_command.doProcessAction(_actionRequest, _support.actionResponse);

		verify(_schoolService).importWorkbook(
			eq(PortletRequests.SCOPE_GROUP_ID), any(File.class), eq(expected), eq(_support.serviceContext));
		assertEquals(1, seen.size());
		assertFalse(seen.get(0).exists(), "temporary file deleted");

		LastImport lastImport = _storedLastImport();

		assertSame(result, lastImport.getSchoolImportResult());
		assertEquals("школы.xlsx", lastImport.getFileName());
		assertFalse(lastImport.isRolledBack());
		verify(_support.renderParameters).setValue("mvcRenderCommandName", SchoolsWebKeys.MVC_VIEW_IMPORT_RESULT);
		_support.sessionMessages.verify(
			() -> SessionMessages.add(
				_actionRequest, "schools" + SessionMessages.KEY_SUFFIX_HIDE_DEFAULT_SUCCESS_MESSAGE));
		verify(_support.actionResponse, never()).sendRedirect(anyString());
		verify(_uploadPortletRequest).cleanUp();
	}

	@Test
	void allOrNothingRejectionShowsTheRowsAndSaysNothingWasStored() throws Exception {
		_mode("ALL_OR_NOTHING");

		SchoolImportResult result = result(
			ImportMode.ALL_OR_NOTHING,
			List.of(
				new RowError(
					SheetKind.SCHOOLS, "Школы", 2, 0, "Логин", "opora-error-required", List.of())),
			false);
		ImportRejectedException exception = new ImportRejectedException(result);
		File[] file = new File[1];

		when(_schoolService.importWorkbook(anyLong(), any(File.class), any(ImportMode.class), any())).thenAnswer(
			invocation -> {
				file[0] = invocation.getArgument(1);

				throw exception;
			});

		_command.doProcessAction(_actionRequest, _support.actionResponse);

		assertFalse(file[0].exists());
		_support.sessionErrors.verify(
			() -> SessionErrors.add(_actionRequest, ImportRejectedException.class, exception));
		_support.sessionMessages.verify(
			() -> SessionMessages.add(
				_actionRequest, "schools" + SessionMessages.KEY_SUFFIX_HIDE_DEFAULT_ERROR_MESSAGE));

		LastImport lastImport = _storedLastImport();

		assertTrue(lastImport.isRolledBack());
		assertSame(result, lastImport.getSchoolImportResult());
		verify(_support.renderParameters).setValue("mvcRenderCommandName", SchoolsWebKeys.MVC_VIEW_IMPORT_RESULT);
	}

	@Test
	void refusedFileBringsTheFormBackWithItsReason() throws Exception {
		_mode("GOOD_ROWS");

		ImportFileRejectedException exception = new ImportFileRejectedException(
			ImportMessages.XLS_NOT_SUPPORTED, List.of());
		File[] file = new File[1];

		when(_schoolService.importWorkbook(anyLong(), any(File.class), any(ImportMode.class), any())).thenAnswer(
			invocation -> {
				file[0] = invocation.getArgument(1);

				throw exception;
			});

		_command.doProcessAction(_actionRequest, _support.actionResponse);

		assertFalse(file[0].exists());
		_support.sessionErrors.verify(
			() -> SessionErrors.add(_actionRequest, ImportFileRejectedException.class, exception));
		verify(_support.renderParameters).setValue("mvcRenderCommandName", SchoolsWebKeys.MVC_IMPORT_WORKBOOK);
		verify(_support.renderParameters).setValue("mode", "GOOD_ROWS");
		verify(_portletSession, never()).setAttribute(anyString(), any());
	}

	@Test
	void permissionExceptionPropagatesAndTheCopyIsStillDeleted() throws Exception {
		PrincipalException principalException = new PrincipalException.MustHavePermission(
			0, "ru.opora.schools", PortletRequests.SCOPE_GROUP_ID, "IMPORT_DATA");
		File[] file = new File[1];

		when(_schoolService.importWorkbook(anyLong(), any(File.class), any(ImportMode.class), any())).thenAnswer(
			invocation -> {
				file[0] = invocation.getArgument(1);

				throw principalException;
			});

		assertSame(
			principalException,
			assertThrows(
				PrincipalException.class,
				() -> _command.doProcessAction(_actionRequest, _support.actionResponse)));
		assertNotNull(file[0]);
		assertFalse(file[0].exists());
		verify(_portletSession, never()).setAttribute(anyString(), any());
		verify(_uploadPortletRequest).cleanUp();
	}

	@Test
	void missingFileIsReportedWithoutCallingTheService() throws Exception {
		when(_uploadPortletRequest.getFileAsStream("file")).thenReturn(null);
		when(_uploadPortletRequest.getFileName("file")).thenReturn(null);

		_command.doProcessAction(_actionRequest, _support.actionResponse);

		verify(_schoolService, never()).importWorkbook(anyLong(), any(), any(), any());
		_support.sessionErrors.verify(() -> SessionErrors.add(_actionRequest, SchoolsWebKeys.ERROR_FILE_REQUIRED));
		verify(_support.renderParameters).setValue("mvcRenderCommandName", SchoolsWebKeys.MVC_IMPORT_WORKBOOK);
		verify(_support.renderParameters).setValue("mode", "VALIDATE_ONLY");
	}

	@Test
	void failedUploadIsReportedWithoutCallingTheService() throws Exception {
		UploadException uploadException = new UploadException("too large");

		when(_actionRequest.getAttribute(WebKeys.UPLOAD_EXCEPTION)).thenReturn(uploadException);

		_command.doProcessAction(_actionRequest, _support.actionResponse);

		verify(_schoolService, never()).importWorkbook(anyLong(), any(), any(), any());
		_support.sessionErrors.verify(
			() -> SessionErrors.add(_actionRequest, UploadException.class, uploadException));
	}

	private void _mode(String mode) {
		when(_uploadPortletRequest.getParameter("mode")).thenReturn(mode);
	}

	private LastImport _storedLastImport() {
		ArgumentCaptor<Object> captor = ArgumentCaptor.forClass(Object.class);

		verify(_portletSession).setAttribute(eq(SchoolsWebKeys.LAST_IMPORT), captor.capture());

		return (LastImport)captor.getValue();
	}

	private static final byte[] _CONTENT = "PK not really a workbook".getBytes(StandardCharsets.UTF_8);

	private ActionRequest _actionRequest;
	private ImportWorkbookMVCActionCommand _command;
	private final PortletSession _portletSession = mock(PortletSession.class);
	private final SchoolService _schoolService = mock(SchoolService.class);
	private ActionCommandTestSupport _support;
	private final UploadPortletRequest _uploadPortletRequest = mock(UploadPortletRequest.class);

}
