package ru.opora.riskprofile.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.counter.kernel.service.CounterLocalService;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import ru.opora.domain.risk.RespondentGroup;
import ru.opora.domain.risk.dictionary.DefaultDictionary;
import ru.opora.domain.risk.profile.SurveyAnswers;
import ru.opora.domain.validation.Violation;
import ru.opora.riskprofile.exception.RiskProfileValidationException;
import ru.opora.riskprofile.model.RiskDictionaryVersion;
import ru.opora.riskprofile.model.RiskSurveyResponse;
import ru.opora.riskprofile.model.impl.RiskSurveyResponseImpl;
import ru.opora.riskprofile.service.RiskDictionaryVersionLocalService;
import ru.opora.riskprofile.service.persistence.RiskSurveyResponsePersistence;
import ru.opora.riskprofile.util.SurveyImportReport;
import ru.opora.schools.model.School;
import ru.opora.schools.service.SchoolLocalService;
import ru.opora.testing.Fields;

/** Survey answers: staff once per user (replaced), anonymous codes answering once, answers checked against the questionnaire. */
class RiskSurveyResponseLocalServiceImplTest {

	@BeforeEach
	void setUp() throws Exception {
		when(_counter.increment(anyString())).thenAnswer(invocation -> _ids.incrementAndGet());

		School school = mock(School.class);

		when(school.getSchoolId()).thenReturn(31L);
		when(school.getGroupId()).thenReturn(20L);
		when(school.getCompanyId()).thenReturn(1L);
		when(_schoolLocalService.getSchool(31)).thenReturn(school);

		RiskDictionaryVersion version = mock(RiskDictionaryVersion.class);

		when(version.getRiskDictionaryVersionId()).thenReturn(5L);
		when(_dictionaryService.getVersionForYear(anyLong(), anyLong(), anyInt())).thenReturn(version);
		when(_dictionaryService.getDictionary(5)).thenReturn(DefaultDictionary.version2021());

		when(_persistence.create(anyLong())).thenAnswer(
			invocation -> {
				RiskSurveyResponse response = new RiskSurveyResponseImpl();

				response.setRiskSurveyResponseId(invocation.getArgument(0));

				return response;
			});
		when(_persistence.update(any())).thenAnswer(
			invocation -> {
				RiskSurveyResponse response = invocation.getArgument(0);

				_responses.put(response.getRiskSurveyResponseId(), response);

				return response;
			});
		when(_persistence.findByS_Y(31, 2024)).thenAnswer(invocation -> new ArrayList<>(_responses.values()));
		when(_persistence.fetchByS_Y_U(eq(31L), eq(2024), anyLong())).thenAnswer(
			invocation -> _responses.values().stream().filter(
				response -> response.getRespondentUserId() == (Long)invocation.getArgument(2)).findFirst().orElse(null));
		when(_persistence.findByResponseCode(anyString(), eq(0), eq(1))).thenAnswer(
			invocation -> _responses.values().stream().filter(
				response -> response.getResponseCode().equals(invocation.getArgument(0))).collect(Collectors.toList()));

		Fields.set(_service, "counterLocalService", _counter);
		Fields.set(_service, "riskSurveyResponsePersistence", _persistence);
		Fields.set(_service, "_riskDictionaryVersionLocalService", _dictionaryService);
		Fields.set(_service, "_schoolLocalService", _schoolLocalService);
	}

	@Test
	void codesAreUniqueUnambiguousAndAnswerOnce() throws Exception {
		List<RiskSurveyResponse> codes = _service.issueResponseCodes(600, 31, 2024, "PUPIL", 20);

		assertEquals(20, codes.size());
		assertEquals(20, new HashSet<>(codes.stream().map(RiskSurveyResponse::getResponseCode).collect(Collectors.toList())).size());
		assertTrue(codes.stream().allMatch(code -> code.getResponseCode().matches("[2-9A-HJKMNP-Z]{10}")));
		assertTrue(codes.stream().allMatch(code -> code.getRespondentUserId() == 0));

		String code = codes.get(0).getResponseCode();

		// typed in lower case with a dash: still found
		_service.saveCodeResponse(code.substring(0, 5).toLowerCase() + "-" + code.substring(5), Map.of("P11", 2.0));

		assertEquals(
			List.of("risk-survey-code-used"), _codes(() -> _service.saveCodeResponse(code, Map.of("P11", 3.0))));
		assertEquals(
			List.of("risk-survey-code-unknown"), _codes(() -> _service.saveCodeResponse("NOPE234567", Map.of("P11", 3.0))));

		List<SurveyAnswers> answers = _service.getSchoolAnswers(31, 2024);

		assertEquals(20, answers.size());
		assertEquals(1, answers.stream().filter(a -> !a.answers().isEmpty()).count());
	}

	@Test
	void answersAreCheckedAgainstTheGroupsQuestionnaireAndNothingIsStored() throws Exception {
		String code = _service.issueResponseCodes(600, 31, 2024, "PARENT", 1).get(0).getResponseCode();

		Map<String, Double> answers = new LinkedHashMap<>();

		answers.put("A09", 7.0);
		answers.put("P11", 3.0);
		answers.put("X1", 1.0);

		assertEquals(
			List.of("risk-answer-out-of-scale", "risk-question-group-mismatch", "risk-question-unknown"),
			_codes(() -> _service.saveCodeResponse(code, answers)));
		assertEquals("", _service.fetchByResponseCode(code).getAnswers());
		assertEquals(
			List.of("risk-survey-group-not-anonymous"),
			_codes(() -> _service.issueResponseCodes(600, 31, 2024, "TEACHER", 1)));
		assertEquals(
			List.of("risk-survey-code-count"), _codes(() -> _service.issueResponseCodes(600, 31, 2024, "PUPIL", 501)));
	}

	@Test
	void staffAnswerOncePerUserAndMayAnswerAgain() throws Exception {
		_service.saveStaffResponse(601, 31, 2024, "TEACHER", Map.of("T01", 2.0));
		_service.saveStaffResponse(601, 31, 2024, "TEACHER", Map.of("T01", 4.0, "T11", 5.0));
		_service.saveStaffResponse(602, 31, 2024, "DIRECTOR", Map.of("D01", 1.0));

		List<SurveyAnswers> answers = _service.getSchoolAnswers(31, 2024);

		assertEquals(2, answers.size());
		assertEquals(4.0, answers.get(0).answer("T01"));
		assertEquals(RespondentGroup.DIRECTOR, answers.get(1).group());
		assertEquals(
			List.of("risk-survey-group-not-staff"),
			_codes(() -> _service.saveStaffResponse(601, 31, 2024, "PUPIL", Map.of("P11", 1.0))));
		assertEquals(
			List.of("risk-survey-no-answers"), _codes(() -> _service.saveStaffResponse(603, 31, 2024, "TEACHER", Map.of())));
	}

	@Test
	void importStoresEveryValidRowAndReportsEveryOtherOne(@TempDir Path dir) throws Exception {
		Path file = _workbook(
			dir, new String[] {"Группа", "P11", "A09", "T01"}, new String[] {"PUPIL", "4", "", ""},
			new String[] {"Родитель", "", "5", ""}, new String[] {"", "", "", ""}, new String[] {"кто-то", "1", "", ""},
			new String[] {"обучающийся", "много", "", ""}, new String[] {"TEACHER", "", "", "9"});

		SurveyImportReport report = _service.importAnswers(600, 31, 2024, file.toFile());

		assertEquals(2, report.getImportedRows());
		assertEquals(
			List.of(
				Violation.of("row.5", "risk-import-group-unknown", "кто-то"),
				Violation.of("row.6", "risk-import-not-a-number", "P11", "много"),
				Violation.of("row.7", "risk-answer-out-of-scale", "T01", 1, 5)),
			report.getRejected());

		List<SurveyAnswers> answers = _service.getSchoolAnswers(31, 2024);

		assertEquals(2, answers.size());
		assertEquals(RespondentGroup.PARENT, answers.get(1).group());
		assertEquals(5.0, answers.get(1).answer("A09"));
		assertTrue(_responses.values().stream().allMatch(r -> r.getSource().equals("IMPORT")));
	}

	@Test
	void aFileWithAnUnknownQuestionOrNotAWorkbookStoresNothing(@TempDir Path dir) throws Exception {
		Path file = _workbook(dir, new String[] {"group", "P11", "Q99"}, new String[] {"PUPIL", "4", "1"});

		assertEquals(List.of("risk-question-unknown"), _codes(() -> _service.importAnswers(600, 31, 2024, file.toFile())));

		Path text = Files.writeString(dir.resolve("answers.xlsx"), "group;P11\nPUPIL;4");

		assertEquals(
			List.of("risk-import-not-a-workbook"), _codes(() -> _service.importAnswers(600, 31, 2024, text.toFile())));
		assertTrue(_responses.isEmpty());
	}

	private static Path _workbook(Path dir, String[]... rows) throws Exception {
		Path file = dir.resolve("survey.xlsx");

		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("Ответы");

			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);

				for (int c = 0; c < rows[r].length; c++) {
					String value = rows[r][c];

					if (value.isEmpty()) {
						continue;
					}

					if (value.matches("\\d+")) {
						row.createCell(c).setCellValue(Double.parseDouble(value));
					}
					else {
						row.createCell(c).setCellValue(value);
					}
				}
			}

			workbook.write(out);
		}

		return file;
	}

	private static List<String> _codes(Call call) {
		RiskProfileValidationException exception = assertThrows(RiskProfileValidationException.class, call::run);

		return exception.getViolations().stream().map(Violation::code).sorted().collect(Collectors.toList());
	}

	private final CounterLocalService _counter = mock(CounterLocalService.class);
	private final RiskDictionaryVersionLocalService _dictionaryService = mock(RiskDictionaryVersionLocalService.class);
	private final AtomicLong _ids = new AtomicLong(100);
	private final RiskSurveyResponsePersistence _persistence = mock(RiskSurveyResponsePersistence.class);
	private final Map<Long, RiskSurveyResponse> _responses = new LinkedHashMap<>();
	private final SchoolLocalService _schoolLocalService = mock(SchoolLocalService.class);
	private final RiskSurveyResponseLocalServiceImpl _service = new RiskSurveyResponseLocalServiceImpl();

	private interface Call {

		void run() throws Exception;

	}

}
