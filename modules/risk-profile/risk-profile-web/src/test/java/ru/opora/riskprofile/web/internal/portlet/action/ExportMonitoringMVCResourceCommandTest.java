package ru.opora.riskprofile.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Props;
import com.liferay.portal.kernel.util.PropsUtil;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import ru.opora.domain.risk.RiskLevel;
import ru.opora.portal.feature.OporaFeature;
import ru.opora.portal.feature.OporaFeatureService;
import ru.opora.domain.risk.monitoring.TrackStatus;
import ru.opora.riskprofile.model.RiskProfile;
import ru.opora.riskprofile.service.RiskDocumentService;
import ru.opora.riskprofile.service.RiskProfileService;
import ru.opora.riskprofile.web.internal.util.RiskServices;
import ru.opora.schools.model.School;
import ru.opora.schools.service.SchoolService;

/** The monitoring workbook: one row per school the user may see, as on the screen. */
class ExportMonitoringMVCResourceCommandTest {

	static {
		PropsUtil.setProps(mock(Props.class));
	}

	@Test
	void onlyVisibleSchoolsWithTheirFiguresAndStatus() throws Exception {
		School visible = _school(1, "МОУ «СОШ п. Знаменский»");
		School hidden = _school(2, "Чужая школа");

		SchoolService schoolService = mock(SchoolService.class);

		when(schoolService.getGroupSchools(20)).thenReturn(List.of(visible, hidden));

		RiskProfileService riskProfileService = mock(RiskProfileService.class);

		when(riskProfileService.hasSchoolPermission(1, "VIEW")).thenReturn(true);

		RiskProfile profile = mock(RiskProfile.class);

		when(profile.getRiskProfileId()).thenReturn(9L);
		when(profile.getPriorities()).thenReturn("RF09,RF11");
		when(riskProfileService.fetchSchoolProfile(1, 2024)).thenReturn(profile);

		Map<String, RiskLevel> levels = new LinkedHashMap<>();

		levels.put("RF01", RiskLevel.HIGH);
		levels.put("RF09", RiskLevel.HIGH);
		levels.put("RF11", RiskLevel.MEDIUM);
		levels.put("RF10", null);
		when(riskProfileService.getEffectiveLevels(9)).thenReturn(levels);

		RiskDocumentService riskDocumentService = mock(RiskDocumentService.class);

		when(riskDocumentService.getSchoolDocuments(1, 2024)).thenReturn(List.of());
		when(riskDocumentService.getSchoolMonitoringStatus(eq(1L), eq(2024), any())).thenReturn(TrackStatus.AT_RISK);

		RiskServices riskServices = mock(RiskServices.class);
		OporaFeatureService oporaFeatureService = mock(OporaFeatureService.class);

		when(oporaFeatureService.isEnabled(20, OporaFeature.RISK_PROFILES)).thenReturn(true);
		when(riskServices.getOporaFeatureService()).thenReturn(oporaFeatureService);

		when(riskServices.getSchoolService()).thenReturn(schoolService);
		when(riskServices.getRiskProfileService()).thenReturn(riskProfileService);
		when(riskServices.getRiskDocumentService()).thenReturn(riskDocumentService);

		ThemeDisplay themeDisplay = mock(ThemeDisplay.class);

		when(themeDisplay.getScopeGroupId()).thenReturn(20L);
		when(themeDisplay.getLocale()).thenReturn(new Locale("ru", "RU"));

		ResourceRequest resourceRequest = mock(ResourceRequest.class);

		when(resourceRequest.getAttribute(WebKeys.THEME_DISPLAY)).thenReturn(themeDisplay);
		when(resourceRequest.getParameter("year")).thenReturn("2024");

		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ResourceResponse resourceResponse = mock(ResourceResponse.class);

		when(resourceResponse.getPortletOutputStream()).thenReturn(bytes);

		ExportMonitoringMVCResourceCommand command = new ExportMonitoringMVCResourceCommand();
		Field field = ExportMonitoringMVCResourceCommand.class.getDeclaredField("_riskServices");

		field.setAccessible(true);
		field.set(command, riskServices);

		Method method = ExportMonitoringMVCResourceCommand.class.getDeclaredMethod(
			"doServeResource", ResourceRequest.class, ResourceResponse.class);

		method.setAccessible(true);
		method.invoke(command, resourceRequest, resourceResponse);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);

			assertEquals(2, sheet.getPhysicalNumberOfRows());
			assertEquals("Школа", sheet.getRow(0).getCell(0).getStringCellValue());

			Row row = sheet.getRow(1);

			assertEquals("МОУ «СОШ п. Знаменский»", row.getCell(0).getStringCellValue());
			assertEquals(2, (int)row.getCell(1).getNumericCellValue());
			assertEquals(1, (int)row.getCell(2).getNumericCellValue());
			assertEquals(1, (int)row.getCell(3).getNumericCellValue());
			assertEquals("RF09, RF11", row.getCell(4).getStringCellValue());
			assertEquals("под угрозой", row.getCell(7).getStringCellValue());
		}
	}

	private static School _school(long schoolId, String name) {
		School school = mock(School.class);

		when(school.getSchoolId()).thenReturn(schoolId);
		when(school.getName()).thenReturn(name);

		return school;
	}

}
