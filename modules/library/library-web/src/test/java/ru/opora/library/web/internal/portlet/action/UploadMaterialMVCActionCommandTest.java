package ru.opora.library.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.upload.UploadPortletRequest;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;
import javax.portlet.PortletRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.mockito.MockedStatic;
import org.mockito.Mockito;

import ru.opora.domain.library.MaterialMetadata;
import ru.opora.domain.validation.Violation;
import ru.opora.library.exception.MaterialValidationException;
import ru.opora.library.model.Material;
import ru.opora.library.service.LibraryService;
import ru.opora.library.web.internal.constants.LibraryWebKeys;
import ru.opora.testing.Fields;

/** The upload action: what it hands to the service, and the two outcomes. */
class UploadMaterialMVCActionCommandTest {

	@TempDir
	Path tempDir;

	private final ActionRequest _actionRequest = mock(ActionRequest.class);
	private final ActionResponse _actionResponse = mock(ActionResponse.class);
	private final UploadMaterialMVCActionCommand _command = new UploadMaterialMVCActionCommand();
	private final LibraryService _libraryService = mock(LibraryService.class);
	private final Portal _portal = mock(Portal.class);
	private final MutableRenderParameters _renderParameters = mock(MutableRenderParameters.class);
	private final ServiceContext _serviceContext = new ServiceContext();
	private MockedStatic<ServiceContextFactory> _serviceContextFactory;
	private MockedStatic<SessionErrors> _sessionErrors;
	private MockedStatic<SessionMessages> _sessionMessages;
	private final UploadPortletRequest _uploadPortletRequest = mock(UploadPortletRequest.class);

	@BeforeEach
	void setUp() throws Exception {
		Fields.set(_command, "_libraryService", _libraryService);
		Fields.set(_command, "_portal", _portal);

		ThemeDisplay themeDisplay = mock(ThemeDisplay.class);

		when(themeDisplay.getScopeGroupId()).thenReturn(200L);
		when(_actionRequest.getAttribute(WebKeys.THEME_DISPLAY)).thenReturn(themeDisplay);
		when(_actionResponse.getRenderParameters()).thenReturn(_renderParameters);
		when(_portal.getUploadPortletRequest(_actionRequest)).thenReturn(_uploadPortletRequest);
		when(_portal.getPortletId(_actionRequest)).thenReturn("library");

		_serviceContextFactory = Mockito.mockStatic(ServiceContextFactory.class);
		_serviceContextFactory.when(
			() -> ServiceContextFactory.getInstance(anyString(), any(PortletRequest.class))
		).thenReturn(_serviceContext);
		_sessionErrors = Mockito.mockStatic(SessionErrors.class);
		_sessionMessages = Mockito.mockStatic(SessionMessages.class);

		_param("title", "Дроби");
		_param("description", "Конспект");
		_param("subject", "math");
		_param("grades", "5-7");
		_param("type", "lesson-plan");
		_param("authorSchool", "СОШ п. Знаменский");
		when(_uploadPortletRequest.getParameterValues("riskFactors")).thenReturn(new String[] {"RF03", "RF06"});
		when(_uploadPortletRequest.getParameterValues("competences")).thenReturn(new String[] {"MATH-1, READ-2"});

		File file = Files.write(tempDir.resolve("upload.tmp"), new byte[] {1, 2, 3}).toFile();

		when(_uploadPortletRequest.getFileName("file")).thenReturn("drobi.docx");
		when(_uploadPortletRequest.getFile("file")).thenReturn(file);
		when(_uploadPortletRequest.getContentType("file")).thenReturn("application/msword");
	}

	@AfterEach
	void tearDown() {
		_serviceContextFactory.close();
		_sessionErrors.close();
		_sessionMessages.close();
	}

	@Test
	void aGoodUploadOpensTheMaterialsCard() throws Exception {
		Material material = Material.builder().fileEntryId(900L).build();

		when(
			_libraryService.addMaterial(
				eq(200L), any(MaterialMetadata.class), eq("drobi.docx"), eq("application/msword"),
				any(byte[].class), eq(_serviceContext))
		).thenReturn(material);

		_command.doProcessAction(_actionRequest, _actionResponse);

		ArgumentCaptor<MaterialMetadata> metadata = ArgumentCaptor.forClass(MaterialMetadata.class);
		ArgumentCaptor<byte[]> bytes = ArgumentCaptor.forClass(byte[].class);

		verify(_libraryService).addMaterial(
			eq(200L), metadata.capture(), eq("drobi.docx"), eq("application/msword"), bytes.capture(),
			eq(_serviceContext));
		assertEquals("Дроби", metadata.getValue().getTitle());
		assertEquals("math", metadata.getValue().getSubjectCode());
		assertEquals(List.of("RF03", "RF06"), metadata.getValue().getRiskFactorCodes());
		assertEquals(List.of("MATH-1", "READ-2"), metadata.getValue().getCompetenceCodes());
		assertEquals(List.of("rf03", "rf06", "comp-math-1", "comp-read-2"), metadata.getValue().tags());
		assertEquals(3, bytes.getValue().length);
		_sessionMessages.verify(() -> SessionMessages.add(_actionRequest, LibraryWebKeys.SUCCESS_UPLOADED));
		verify(_renderParameters).setValue("mvcRenderCommandName", LibraryWebKeys.MVC_MATERIAL);
		verify(_renderParameters).setValue("fileEntryId", "900");
	}

	@Test
	void aRejectedUploadShowsTheFormAgainWithItsValues() throws Exception {
		MaterialValidationException exception = new MaterialValidationException(
			List.of(Violation.of("grades", "library-invalid-grades", "5-7", 1, 11)));

		when(
			_libraryService.addMaterial(
				anyLong(), any(MaterialMetadata.class), anyString(), anyString(), any(byte[].class),
				any(ServiceContext.class))
		).thenThrow(exception);
		when(_uploadPortletRequest.getParameterValues("title")).thenReturn(new String[] {"Дроби"});
		when(_uploadPortletRequest.getParameterValues("riskFactors")).thenReturn(new String[] {"RF03", "RF06"});

		_command.doProcessAction(_actionRequest, _actionResponse);

		_sessionErrors.verify(() -> SessionErrors.add(_actionRequest, MaterialValidationException.class, exception));
		_sessionMessages.verify(
			() -> SessionMessages.add(_actionRequest, "library" + SessionMessages.KEY_SUFFIX_HIDE_DEFAULT_ERROR_MESSAGE));
		_sessionMessages.verify(() -> SessionMessages.add(_actionRequest, LibraryWebKeys.SUCCESS_UPLOADED), never());
		verify(_renderParameters).setValue("mvcRenderCommandName", LibraryWebKeys.MVC_UPLOAD);
		verify(_renderParameters).setValue("title", "Дроби");
		verify(_renderParameters).setValue("riskFactors", "RF03,RF06");
	}

	@Test
	void noFileReachesTheServiceAsNoBytes() throws Exception {
		when(_uploadPortletRequest.getFile("file")).thenReturn(null);
		when(_uploadPortletRequest.getFileName("file")).thenReturn(null);
		when(
			_libraryService.addMaterial(
				anyLong(), any(MaterialMetadata.class), any(), any(), any(), any(ServiceContext.class))
		).thenThrow(new MaterialValidationException(List.of(Violation.of("file", "required"))));

		_command.doProcessAction(_actionRequest, _actionResponse);

		verify(_libraryService).addMaterial(
			eq(200L), any(MaterialMetadata.class), eq(null), eq("application/msword"), eq(null),
			eq(_serviceContext));
		verify(_renderParameters).setValue("mvcRenderCommandName", LibraryWebKeys.MVC_UPLOAD);
	}

	private void _param(String name, String value) {
		when(_uploadPortletRequest.getParameter(name)).thenReturn(value);
	}

}
