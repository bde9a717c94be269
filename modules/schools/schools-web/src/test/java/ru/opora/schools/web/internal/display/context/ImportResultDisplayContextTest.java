package ru.opora.schools.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.language.LanguageUtil;
import com.liferay.portal.kernel.util.Portal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.portlet.PortletRequest;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import javax.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.mockito.Mockito;

import ru.opora.schools.importer.ImportMessages;
import ru.opora.schools.importer.ImportMode;
import ru.opora.schools.importer.ImportReport;
import ru.opora.schools.importer.MessageFormatter;
import ru.opora.schools.importer.RowError;
import ru.opora.schools.importer.SheetKind;
import ru.opora.schools.importing.SchoolImportResult;
import ru.opora.schools.web.internal.util.LastImport;
import ru.opora.testing.portlet.PortletRequests;

/** The result screen: counts, the rejected rows with the import engine's texts, and the summary. */
class ImportResultDisplayContextTest {

	@BeforeEach
	void setUp() {
		_languageUtil = Mockito.mockStatic(LanguageUtil.class);
		_languageUtil.when(
			() -> LanguageUtil.get(any(HttpServletRequest.class), anyString())
		).thenAnswer(
			invocation -> "[" + invocation.getArgument(1) + "]"
		);
		_languageUtil.when(
			() -> LanguageUtil.format(any(HttpServletRequest.class), anyString(), any(Object[].class), anyBoolean())
		).thenAnswer(
			invocation -> "[" + invocation.getArgument(1) + "|" +
				Arrays.stream((Object[])invocation.getArgument(2)).map(String::valueOf).collect(
					Collectors.joining("|")) + "]"
		);

		when(_portal.getHttpServletRequest(any(PortletRequest.class))).thenReturn(mock(HttpServletRequest.class));
	}

	@AfterEach
	void tearDown() {
		_languageUtil.close();
	}

	@Test
	void rejectedRowsAreListedWithTheImportEngineTextsInTheUserLanguage() {
		RowError fileError = new RowError(
			SheetKind.RESULTS, "Результаты", 4, 5, "Участников", ImportMessages.NOT_A_NUMBER, List.of("пять"));
		RowError storeError = new RowError(
			SheetKind.SCHOOLS, "Школы", 3, 1, "Головная школа", "opora-error-branch-of-branch", List.of());
		SchoolImportResult result = _result(ImportMode.GOOD_ROWS, List.of(fileError), List.of(storeError), true);

		ImportResultDisplayContext displayContext = _displayContext(new LastImport("школы.xlsx", result, false));

		assertEquals(2, displayContext.getErrorCount());
		assertEquals(1, displayContext.getStoreErrorCount());
		assertFalse(displayContext.isTruncated());

		List<ImportResultDisplayContext.ErrorRow> errorRows = displayContext.getErrorRows();
		MessageFormatter messageFormatter = new MessageFormatter(new Locale("ru"));

		assertEquals("Школы", errorRows.get(0).getSheetName());
		assertEquals(messageFormatter.message("opora-error-branch-of-branch", List.of()), errorRows.get(0).getReason());
		assertEquals("Результаты", errorRows.get(1).getSheetName());
		assertEquals(4, errorRows.get(1).getRow());
		assertEquals("F", errorRows.get(1).getColumnLetter());
		assertEquals("Участников", errorRows.get(1).getColumnHeader());
		assertEquals(
			messageFormatter.message(ImportMessages.NOT_A_NUMBER, List.of("пять")), errorRows.get(1).getReason());
		assertTrue(errorRows.get(1).getReason().contains("пять"));

		assertEquals(
			"[opora-import-summary-stored-with-rejected-rows-x|2]", displayContext.getSummary());
		assertEquals(1, displayContext.getSheetRows().size());
		assertEquals("[opora-import-sheet-results]", displayContext.getSheetRows().get(0).getLabel());
		assertEquals(2, displayContext.getSheetRows().get(0).getRejected());
		assertEquals("[opora-import-mode-good-rows]", displayContext.getModeLabel());
	}

	@Test
	void rolledBackAndCheckOnlyImportsSaySoAndLongListsAreCut() {
		List<RowError> errors = new ArrayList<>();

		for (int row = 2; row < 2 + ImportResultDisplayContext.MAX_SHOWN_ERRORS + 10; row++) {
			errors.add(
				new RowError(SheetKind.SCHOOLS, "Школы", row, 0, "Логин", "opora-error-required", List.of()));
		}

		ImportResultDisplayContext rolledBack = _displayContext(
			new LastImport("f.xlsx", _result(ImportMode.ALL_OR_NOTHING, errors, List.of(), false), true));

		assertTrue(rolledBack.isRolledBack());
		assertFalse(rolledBack.isStored());
		assertEquals("[opora-import-summary-rolled-back-x|510]", rolledBack.getSummary());
		assertEquals(ImportResultDisplayContext.MAX_SHOWN_ERRORS, rolledBack.getErrorRows().size());
		assertTrue(rolledBack.isTruncated());

		ImportResultDisplayContext valid = _displayContext(
			new LastImport("f.xlsx", _result(ImportMode.VALIDATE_ONLY, List.of(), List.of(), false), false));

		assertEquals("[opora-import-summary-valid]", valid.getSummary());
		assertTrue(valid.isClean());
	}

	private ImportResultDisplayContext _displayContext(LastImport lastImport) {
		RenderRequest renderRequest = PortletRequests.renderRequest();

		when(PortletRequests.themeDisplay(renderRequest).getLocale()).thenReturn(new Locale("ru"));

		return new ImportResultDisplayContext(renderRequest, _renderResponse, _portal, lastImport);
	}

	private static SchoolImportResult _result(
		ImportMode mode, List<RowError> errors, List<RowError> storeErrors, boolean stored) {

		EnumMap<SheetKind, ImportReport.SheetCounts> counts = new EnumMap<>(SheetKind.class);

		if (!errors.isEmpty()) {
			counts.put(
				errors.get(0).sheet(),
				new ImportReport.SheetCounts(10 + errors.size(), 10, errors.size() + storeErrors.size()));
		}

		return new SchoolImportResult(
			mode, new ImportReport(mode, counts, errors, errors.size(), stored), storeErrors, 1, 0, 0, stored);
	}

	private MockedStatic<LanguageUtil> _languageUtil;
	private final Portal _portal = mock(Portal.class);
	private final RenderResponse _renderResponse = mock(RenderResponse.class);

}
