package ru.opora.schools.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.language.LanguageUtil;
import com.liferay.portal.kernel.servlet.HttpHeaders;
import com.liferay.portal.kernel.util.Portal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;

import javax.portlet.PortletRequest;
import javax.portlet.PortletSession;
import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;
import javax.servlet.http.HttpServletRequest;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.mockito.Mockito;

import ru.opora.schools.web.internal.display.context.RegionSchoolsTest;
import ru.opora.domain.identification.IdentificationRules;
import ru.opora.domain.school.SchoolData;
import ru.opora.domain.school.SchoolLevel;
import ru.opora.domain.school.SchoolStatus;
import ru.opora.domain.school.SettlementType;

import ru.opora.schools.importer.ImportMode;
import ru.opora.schools.importer.ImportReport;
import ru.opora.schools.importer.RowError;
import ru.opora.schools.importer.SheetKind;
import ru.opora.schools.importer.TemplateWriter;
import ru.opora.schools.importing.SchoolImportResult;
import ru.opora.schools.model.School;
import ru.opora.schools.service.AssessmentResultService;
import ru.opora.schools.service.SchoolContextService;
import ru.opora.schools.service.SchoolService;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;
import ru.opora.schools.web.internal.display.context.SchoolsTable;
import ru.opora.schools.web.internal.util.LastImport;
import ru.opora.schools.web.internal.util.XlsxResponses;
import ru.opora.testing.Fields;
import ru.opora.testing.portlet.PortletRequests;

/** The downloads answer with an .xlsx that POI can read back. */
class ResourceCommandsTest {

	@BeforeEach
	void setUp() throws Exception {
		_languageUtil = Mockito.mockStatic(LanguageUtil.class);
		_languageUtil.when(
			() -> LanguageUtil.get(any(HttpServletRequest.class), anyString())
		).thenAnswer(
			invocation -> "[" + invocation.getArgument(1) + "]"
		);

		when(_resourceResponse.getPortletOutputStream()).thenReturn(_out);
		when(_portal.getHttpServletRequest(any(PortletRequest.class))).thenReturn(mock(HttpServletRequest.class));
	}

	@AfterEach
	void tearDown() {
		_languageUtil.close();
	}

	@Test
	void templateIsTheImportWorkbookWithItsThreeSheets() throws Exception {
		new DownloadTemplateMVCResourceCommand().doServeResource(
			PortletRequests.resourceRequest(), _resourceResponse);

		_verifyXlsxHeaders(TemplateWriter.FILE_NAME);

		try (XSSFWorkbook workbook = _workbook()) {
			assertEquals(3, workbook.getNumberOfSheets());

			for (SheetKind sheetKind : SheetKind.values()) {
				assertNotNull(workbook.getSheet(sheetKind.russianName()));
			}
		}
	}

	@Test
	void exportHasEverySchoolTheListShowsInItsOrderNotOnlyOnePage() throws Exception {
		List<School> schools = new ArrayList<>();

		for (int i = 1; i <= 30; i++) {
			schools.add(
				_school(
					i, String.format("Школа № %02d", i), (i % 3 == 0) ? SchoolLevel.BASIC : SchoolLevel.SECONDARY));
		}

		SchoolService schoolService = mock(SchoolService.class);

		when(schoolService.getIdentificationRules(anyLong())).thenReturn(IdentificationRules.defaults());

		when(schoolService.getGroupSchools(PortletRequests.SCOPE_GROUP_ID)).thenReturn(schools);

		ExportSchoolsMVCResourceCommand command = new ExportSchoolsMVCResourceCommand();

		Fields.set(command, "_schoolService", schoolService);
		Fields.set(command, "_assessmentResultService", mock(AssessmentResultService.class));
		Fields.set(command, "_schoolContextService", mock(SchoolContextService.class));
		Fields.set(command, "_portal", _portal);
		Fields.set(command, "_configurationProvider", RegionSchoolsTest.configurationProvider("/region"));
		Fields.set(command, "_groupLocalService", mock(GroupLocalService.class));

		ResourceRequest resourceRequest = PortletRequests.resourceRequest(
			"level", "secondary", "orderByCol", "name", "orderByType", "desc", "groupId", "999", "delta", "5");

		when(PortletRequests.themeDisplay(resourceRequest).getLocale()).thenReturn(new Locale("ru"));

		command.doServeResource(resourceRequest, _resourceResponse);

		verify(schoolService).getGroupSchools(PortletRequests.SCOPE_GROUP_ID);
		verify(schoolService, never()).getGroupSchools(999);
		_verifyXlsxHeaders(ExportSchoolsMVCResourceCommand.FILE_NAME);

		try (XSSFWorkbook workbook = _workbook()) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			Row header = sheet.getRow(0);

			assertEquals(SchoolsTable.HEADER_KEYS.length, header.getLastCellNum());
			assertEquals("[opora-field-name]", header.getCell(0).getStringCellValue());
			assertEquals("[opora-field-federal-login]", header.getCell(1).getStringCellValue());

			// 20 secondary schools of 30, all of them, by name descending

			assertEquals(20, sheet.getLastRowNum());
			assertEquals("Школа № 29", sheet.getRow(1).getCell(0).getStringCellValue());
			assertEquals("login29", sheet.getRow(1).getCell(1).getStringCellValue());
			assertEquals("[opora-level-secondary]", sheet.getRow(1).getCell(3).getStringCellValue());
			assertEquals("Школа № 01", sheet.getRow(20).getCell(0).getStringCellValue());
		}
	}

	@Test
	void reportOfTheLastImportHasTheFileAndTheStoreErrors() throws Exception {
		EnumMap<SheetKind, ImportReport.SheetCounts> counts = new EnumMap<>(SheetKind.class);

		counts.put(SheetKind.RESULTS, new ImportReport.SheetCounts(5, 3, 2));

		RowError fileError = new RowError(
			SheetKind.RESULTS, "Результаты", 4, 5, "Участников", "opora-import-not-a-number", List.of("пять"));
		RowError storeError = new RowError(
			SheetKind.SCHOOLS, "Школы", 3, 1, "Головная школа", "opora-error-branch-of-branch", List.of());
		SchoolImportResult result = new SchoolImportResult(
			ImportMode.GOOD_ROWS, new ImportReport(ImportMode.GOOD_ROWS, counts, List.of(fileError), 1, true),
			List.of(storeError), 3, 0, 0, true);

		ResourceRequest resourceRequest = PortletRequests.resourceRequest();
		PortletSession portletSession = mock(PortletSession.class);

		when(resourceRequest.getPortletSession(false)).thenReturn(portletSession);
		when(portletSession.getAttribute(SchoolsWebKeys.LAST_IMPORT)).thenReturn(
			new LastImport("file.xlsx", result, false));
		when(PortletRequests.themeDisplay(resourceRequest).getLocale()).thenReturn(Locale.ENGLISH);

		new DownloadImportReportMVCResourceCommand().doServeResource(resourceRequest, _resourceResponse);

		_verifyXlsxHeaders(DownloadImportReportMVCResourceCommand.FILE_NAME);

		try (XSSFWorkbook workbook = _workbook()) {
			XSSFSheet sheet = workbook.getSheetAt(0);

			assertEquals(2, sheet.getLastRowNum());

			// Sorted by sheet: the schools sheet comes first

			assertEquals("Школы", sheet.getRow(1).getCell(0).getStringCellValue());
			assertEquals("Результаты", sheet.getRow(2).getCell(0).getStringCellValue());
			assertEquals("F", sheet.getRow(2).getCell(2).getStringCellValue());
			assertTrue(sheet.getRow(2).getCell(4).getStringCellValue().contains("пять"));
		}
	}

	@Test
	void reportWithoutALastImportIsNotFound() throws Exception {
		new DownloadImportReportMVCResourceCommand().doServeResource(
			PortletRequests.resourceRequest(), _resourceResponse);

		verify(_resourceResponse).setProperty(ResourceResponse.HTTP_STATUS_CODE, "404");
		verify(_resourceResponse, never()).getPortletOutputStream();
	}

	private static School _school(long schoolId, String name, SchoolLevel level) {
		School school = mock(School.class);

		when(school.getSchoolId()).thenReturn(schoolId);
		when(school.getGroupId()).thenReturn(PortletRequests.SCOPE_GROUP_ID);
		when(school.getName()).thenReturn(name);
		when(school.toSchoolData()).thenReturn(
			new SchoolData(
				schoolId, name, null, null, SettlementType.URBAN, level, false, 0, null, null, null, null,
				"login" + schoolId, SchoolStatus.ACTIVE));

		return school;
	}

	private void _verifyXlsxHeaders(String fileName) {
		verify(_resourceResponse).setContentType(
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertEquals(XlsxResponses.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		verify(_resourceResponse).setProperty(
			eq(HttpHeaders.CONTENT_DISPOSITION), eq("attachment; filename=\"" + fileName + "\""));
		assertTrue(_out.size() > 0);
	}

	private XSSFWorkbook _workbook() throws Exception {
		return new XSSFWorkbook(new ByteArrayInputStream(_out.toByteArray()));
	}

	private MockedStatic<LanguageUtil> _languageUtil;
	private final ByteArrayOutputStream _out = new ByteArrayOutputStream();
	private final Portal _portal = mock(Portal.class);
	private final ResourceResponse _resourceResponse = mock(ResourceResponse.class);

}
