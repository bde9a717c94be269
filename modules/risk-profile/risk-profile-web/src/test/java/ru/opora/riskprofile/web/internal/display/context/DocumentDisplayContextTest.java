package ru.opora.riskprofile.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Props;
import com.liferay.portal.kernel.util.PropsUtil;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.List;
import java.util.Locale;

import javax.portlet.PortletResponse;
import javax.portlet.RenderRequest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import ru.opora.domain.risk.programme.ProgrammeContent;
import ru.opora.library.model.Material;
import ru.opora.library.model.MaterialQuery;
import ru.opora.library.service.LibraryService;
import ru.opora.riskprofile.model.RiskDocument;
import ru.opora.riskprofile.service.RiskDocumentService;
import ru.opora.riskprofile.service.RiskProfileService;
import ru.opora.riskprofile.web.internal.util.RiskServices;

/** An anti-risk programme shows the library's materials of its risk factor. */
class DocumentDisplayContextTest {

	@BeforeEach
	void setUp() throws Exception {
		PropsUtil.setProps(mock(Props.class));

		when(_themeDisplay.getLocale()).thenReturn(new Locale("ru", "RU"));
		when(_themeDisplay.getScopeGroupId()).thenReturn(30001L);
		when(_renderRequest.getAttribute(WebKeys.THEME_DISPLAY)).thenReturn(_themeDisplay);
		when(_renderRequest.getParameter("riskDocumentId")).thenReturn("77");

		when(_riskServices.getRiskDocumentService()).thenReturn(_riskDocumentService);
		when(_riskServices.getRiskProfileService()).thenReturn(mock(RiskProfileService.class));
		when(_riskServices.getLibraryService()).thenReturn(_libraryService);

		when(_document.getRiskDocumentId()).thenReturn(77L);
		when(_document.getStatus()).thenReturn("DRAFT");
		when(_riskDocumentService.getDocument(77)).thenReturn(_document);
		when(_riskDocumentService.getContent(77)).thenReturn(new ProgrammeContent("", List.of(), List.of(), ""));
	}

	@Test
	void anAntiRiskProgrammeListsTheApprovedMaterialsOfItsFactor() throws Exception {
		when(_document.getFactorCode()).thenReturn("RF03");

		Material material = Material.builder().fileEntryId(301).title("Тест по дробям").build();

		when(_libraryService.search(anyLong(), any(MaterialQuery.class), anyInt(), anyInt())).thenReturn(List.of(material));
		when(_riskServices.getFileURL(301, _themeDisplay)).thenReturn("/documents/301");

		DocumentDisplayContext displayContext = new DocumentDisplayContext(
			_renderRequest, mock(PortletResponse.class), _riskServices);

		assertEquals(List.of(material), displayContext.getFactorMaterials());
		assertEquals("/documents/301", displayContext.getMaterialURL(material));

		ArgumentCaptor<MaterialQuery> query = ArgumentCaptor.forClass(MaterialQuery.class);

		verify(_libraryService).search(
			org.mockito.ArgumentMatchers.eq(30001L), query.capture(), org.mockito.ArgumentMatchers.eq(0),
			org.mockito.ArgumentMatchers.eq(DocumentDisplayContext.MAX_FACTOR_MATERIALS));
		assertEquals("RF03", query.getValue().getRiskFactorCode());
		assertEquals("", query.getValue().getKeywords());
	}

	@Test
	void aConceptHasNoFactorAndAsksTheLibraryNothing() throws Exception {
		when(_document.getFactorCode()).thenReturn("");

		DocumentDisplayContext displayContext = new DocumentDisplayContext(
			_renderRequest, mock(PortletResponse.class), _riskServices);

		assertTrue(displayContext.getFactorMaterials().isEmpty());
		verifyNoInteractions(_libraryService);
		assertNull(displayContext.getMaterialURL(Material.builder().fileEntryId(9).build()));
	}

	private final RiskDocument _document = mock(RiskDocument.class);
	private final LibraryService _libraryService = mock(LibraryService.class);
	private final RenderRequest _renderRequest = mock(RenderRequest.class);
	private final RiskDocumentService _riskDocumentService = mock(RiskDocumentService.class);
	private final RiskServices _riskServices = mock(RiskServices.class);
	private final ThemeDisplay _themeDisplay = mock(ThemeDisplay.class);

}
