package ru.opora.schools.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ResourceLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserLocalService;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.opora.schools.exception.ImportFileRejectedException;
import ru.opora.schools.exception.ImportRejectedException;
import ru.opora.schools.importer.ImportMode;
import ru.opora.schools.importer.RowError;
import ru.opora.schools.importing.SchoolImportResult;
import ru.opora.schools.model.AssessmentResult;
import ru.opora.schools.model.School;
import ru.opora.schools.model.SchoolContext;
import ru.opora.schools.model.impl.AssessmentResultImpl;
import ru.opora.schools.model.impl.SchoolContextImpl;
import ru.opora.schools.model.impl.SchoolImpl;
import ru.opora.schools.service.persistence.AssessmentResultPersistence;
import ru.opora.schools.service.persistence.SchoolContextPersistence;
import ru.opora.schools.service.persistence.SchoolPersistence;
import ru.opora.testing.Fields;

/**
 * Imports real workbooks through the three local services over an in-memory
 * store: what is stored, re-import idempotency, modes, rows the registry
 * refuses.
 */
class SchoolImportTest {

	@BeforeEach
	void setUp() throws Exception {
		User user = mock(User.class);

		when(user.getUserId()).thenReturn(USER_ID);
		when(user.getCompanyId()).thenReturn(20097L);
		when(_userLocalService.getUser(USER_ID)).thenReturn(user);
		when(_counterLocalService.increment(anyString())).thenAnswer(invocation -> _ids.incrementAndGet());

		_fakeSchoolPersistence();
		_fakeResultPersistence();
		_fakeContextPersistence();

		for (Object service : List.of(_schoolService, _resultService, _contextService)) {
			Fields.set(service, "schoolPersistence", _schoolPersistence);
			Fields.set(service, "assessmentResultPersistence", _resultPersistence);
			Fields.set(service, "schoolContextPersistence", _contextPersistence);
			Fields.set(service, "counterLocalService", _counterLocalService);
			Fields.set(service, "userLocalService", _userLocalService);
		}

		Fields.set(_schoolService, "resourceLocalService", mock(ResourceLocalService.class));
		Fields.set(_schoolService, "schoolLocalService", _schoolService);
		Fields.set(_schoolService, "_assessmentResultLocalService", _resultService);
		Fields.set(_schoolService, "_schoolContextLocalService", _contextService);
	}

	@Test
	void importsSchoolsResultsAndContextAndReimportChangesNothing(@TempDir Path dir) throws Exception {
		Path file = _workbook(dir, _goodResults());

		SchoolImportResult first = _import(file, ImportMode.GOOD_ROWS);

		assertTrue(first.isClean(), first.getErrors().toString());
		assertEquals(2 + 3 + 1, first.getAdded());
		assertEquals(2, _schools.size());
		assertEquals(3, _results.size());
		assertEquals(1, _contexts.size());

		School branch = _schoolByLogin("ivan64");

		assertEquals(_schoolByLogin("bart64").getSchoolId(), branch.getBranchOfSchoolId());

		List<Long> modified = _results.values().stream().map(
			result -> result.getModifiedDate().getTime()
		).collect(
			Collectors.toList()
		);

		SchoolImportResult second = _import(file, ImportMode.GOOD_ROWS);

		assertTrue(second.isClean(), second.getErrors().toString());
		assertEquals(0, second.getAdded());
		assertEquals(0, second.getUpdated());
		assertEquals(6, second.getUnchanged());
		assertEquals(2, _schools.size());
		assertEquals(3, _results.size());
		assertEquals(
			modified,
			_results.values().stream().map(result -> result.getModifiedDate().getTime()).collect(Collectors.toList()));
	}

	@Test
	void changedFiguresAreUpdatedInPlace(@TempDir Path dir) throws Exception {
		_import(_workbook(dir.resolve("a"), _goodResults()), ImportMode.GOOD_ROWS);

		List<Object[]> changed = new ArrayList<>(_goodResults());

		changed.set(0, new Object[] {"bart64", 2023, "ОГЭ", 9, "Математика", 24, 1, 11, 9, 3});

		SchoolImportResult result = _import(_workbook(dir.resolve("b"), changed), ImportMode.GOOD_ROWS);

		assertEquals(1, result.getUpdated());
		assertEquals(5, result.getUnchanged());
		assertEquals(3, _results.size());
	}

	@Test
	void validateOnlyStoresNothing(@TempDir Path dir) throws Exception {
		SchoolImportResult result = _import(_workbook(dir, _goodResults()), ImportMode.VALIDATE_ONLY);

		assertTrue(result.isClean());
		assertFalse(result.isStored());
		assertTrue(_schools.isEmpty());
		assertTrue(_results.isEmpty());
	}

	@Test
	void goodRowsModeStoresTheGoodRowsAndReportsTheRest(@TempDir Path dir) throws Exception {
		List<Object[]> rows = new ArrayList<>(_goodResults());

		// Marks do not add up (file rule) and grade 11 in a basic school (registry rule)

		rows.add(new Object[] {"bart64", 2023, "ВПР", 5, "Русский язык", 20, 1, 5, 5, 5});
		rows.add(new Object[] {"ivan64", 2023, "ЕГЭ", 11, "Математика", 6, null, null, null, null, 48.5});

		SchoolImportResult result = _import(_workbook(dir, rows), ImportMode.GOOD_ROWS);

		assertFalse(result.isClean());
		assertEquals(
			List.of("Результаты!5:opora-error-marks-sum-mismatch", "Результаты!6:opora-error-grade-above-school-level"),
			result.getErrors().stream().map(
				error -> error.sheetName() + "!" + error.row() + ":" + error.key()
			).collect(
				Collectors.toList()
			));
		assertEquals(3, _results.size());
	}

	@Test
	void allOrNothingRejectsTheWholeFileWithEveryRowNamed(@TempDir Path dir) throws Exception {
		List<Object[]> rows = new ArrayList<>(_goodResults());

		rows.add(new Object[] {"ivan64", 2023, "ЕГЭ", 11, "Математика", 6, null, null, null, null, 48.5});

		ImportRejectedException exception = assertThrows(
			ImportRejectedException.class, () -> _import(_workbook(dir, rows), ImportMode.ALL_OR_NOTHING));

		SchoolImportResult result = exception.getResult();

		assertFalse(result.isStored());
		assertEquals(1, result.getErrors().size());

		RowError error = result.getErrors().get(0);

		assertEquals(5, error.row());
		assertEquals("grade", error.columnHeader());
	}

	@Test
	void aFileThatIsNotAWorkbookIsRefusedAsAWhole(@TempDir Path dir) throws Exception {
		Path file = Files.writeString(dir.resolve("results.xlsx"), "школа;год;предмет\n");

		ImportFileRejectedException exception = assertThrows(
			ImportFileRejectedException.class, () -> _import(file, ImportMode.GOOD_ROWS));

		assertEquals("opora-import-not-a-workbook", exception.getKey());
		assertTrue(_schools.isEmpty());
	}

	private static List<Object[]> _goodResults() {
		List<Object[]> rows = new ArrayList<>();

		rows.add(new Object[] {"bart64", 2023, "ОГЭ", 9, "Математика", 24, 2, 10, 9, 3});
		rows.add(new Object[] {"bart64", 2023, "ВПР", 5, "Математика", 20, 4, 8, 6, 2});
		rows.add(new Object[] {"ivan64", 2023, "ВПР", 4, "Русский язык", 9, 1, 4, 3, 1});

		return rows;
	}

	private void _fakeContextPersistence() {
		when(_contextPersistence.create(anyLong())).thenAnswer(
			invocation -> {
				SchoolContext context = new SchoolContextImpl();

				context.setSchoolContextId(invocation.getArgument(0));

				return context;
			});
		when(_contextPersistence.update(any(SchoolContext.class))).thenAnswer(
			invocation -> {
				SchoolContext context = invocation.getArgument(0);

				_contexts.put(context.getSchoolContextId(), context);

				return context;
			});
		when(_contextPersistence.fetchByS_CY(anyLong(), anyInt())).thenAnswer(
			invocation -> _contexts.values().stream().filter(
				context -> (context.getSchoolId() == (long)invocation.getArgument(0)) &&
					(context.getContextYear() == (int)invocation.getArgument(1))
			).findFirst(
			).orElse(
				null
			));
	}

	private void _fakeResultPersistence() {
		when(_resultPersistence.create(anyLong())).thenAnswer(
			invocation -> {
				AssessmentResult result = new AssessmentResultImpl();

				result.setAssessmentResultId(invocation.getArgument(0));

				return result;
			});
		when(_resultPersistence.update(any(AssessmentResult.class))).thenAnswer(
			invocation -> {
				AssessmentResult result = invocation.getArgument(0);

				_results.put(result.getAssessmentResultId(), result);

				return result;
			});
		when(_resultPersistence.fetchByS_AY_AT_G_S(anyLong(), anyInt(), anyString(), anyInt(), anyString())).thenAnswer(
			invocation -> _results.values().stream().filter(
				result -> (result.getSchoolId() == (long)invocation.getArgument(0)) &&
					(result.getAssessmentYear() == (int)invocation.getArgument(1)) &&
					result.getAssessmentType().equals(invocation.getArgument(2)) &&
					(result.getGrade() == (int)invocation.getArgument(3)) &&
					result.getSubject().equals(invocation.getArgument(4))
			).findFirst(
			).orElse(
				null
			));
	}

	private void _fakeSchoolPersistence() throws Exception {
		when(_schoolPersistence.create(anyLong())).thenAnswer(
			invocation -> {
				School school = new SchoolImpl();

				school.setSchoolId(invocation.getArgument(0));

				return school;
			});
		when(_schoolPersistence.update(any(School.class))).thenAnswer(
			invocation -> {
				School school = invocation.getArgument(0);

				_schools.put(school.getSchoolId(), school);

				return school;
			});
		when(_schoolPersistence.findByGroupId(anyLong())).thenAnswer(
			invocation -> new ArrayList<>(_schools.values()));
		when(_schoolPersistence.fetchByPrimaryKey(anyLong())).thenAnswer(
			invocation -> _schools.get((long)invocation.getArgument(0)));
		when(_schoolPersistence.findByPrimaryKey(anyLong())).thenAnswer(
			invocation -> _schools.get((long)invocation.getArgument(0)));
		when(_schoolPersistence.fetchByG_FL(anyLong(), anyString())).thenAnswer(
			invocation -> _schools.values().stream().filter(
				school -> school.getFederalLogin().equals(invocation.getArgument(1))
			).findFirst(
			).orElse(
				null
			));
	}

	private SchoolImportResult _import(Path file, ImportMode mode) throws Exception {
		return _schoolService.importWorkbook(USER_ID, GROUP_ID, file.toFile(), mode, new ServiceContext());
	}

	private School _schoolByLogin(String login) {
		return _schools.values().stream().filter(
			school -> school.getFederalLogin().equals(login)
		).findFirst(
		).orElseThrow();
	}

	private static Path _workbook(Path dir, List<Object[]> results) throws Exception {
		Files.createDirectories(dir);

		Path file = dir.resolve("schools.xlsx");

		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			_sheet(
				workbook, "Школы",
				new Object[] {"School login", "Name", "Settlement type", "Level", "Branch of", "Distance to centre, km"},
				List.of(
					new Object[] {"bart64", "МОУ «СОШ с. Бартеневка им. П.Е. Толстова»", "село", "средняя", null, 18},
					new Object[] {"ivan64", "Филиал в с. Ивановка", "село", "основная", "bart64", 16}));
			_sheet(
				workbook, "Результаты",
				new Object[] {
					"School login", "Year", "Assessment", "Grade", "Subject", "Participants", "Marks 2", "Marks 3",
					"Marks 4", "Marks 5", "Mean score"
				},
				results);
			_sheet(
				workbook, "Контекст", new Object[] {"School login", "Year", "Pupils", "Vacancies"},
				List.<Object[]>of(new Object[] {"bart64", 2023, 86, 1}));

			try (OutputStream outputStream = Files.newOutputStream(file)) {
				workbook.write(outputStream);
			}
		}

		return file;
	}

	private static void _sheet(XSSFWorkbook workbook, String name, Object[] header, List<Object[]> rows) {
		XSSFSheet sheet = workbook.createSheet(name);

		_row(sheet.createRow(0), header);

		for (int i = 0; i < rows.size(); i++) {
			_row(sheet.createRow(i + 1), rows.get(i));
		}
	}

	private static void _row(XSSFRow row, Object[] values) {
		for (int i = 0; i < values.length; i++) {
			if (values[i] instanceof Number number) {
				row.createCell(i).setCellValue(number.doubleValue());
			}
			else if (values[i] != null) {
				row.createCell(i).setCellValue(values[i].toString());
			}
		}
	}

	private static final long GROUP_ID = 30001;

	private static final long USER_ID = 20123;

	private final SchoolContextLocalServiceImpl _contextService = new SchoolContextLocalServiceImpl();
	private final SchoolContextPersistence _contextPersistence = mock(SchoolContextPersistence.class);
	private final Map<Long, SchoolContext> _contexts = new LinkedHashMap<>();
	private final CounterLocalService _counterLocalService = mock(CounterLocalService.class);
	private final AtomicLong _ids = new AtomicLong(500);
	private final AssessmentResultPersistence _resultPersistence = mock(AssessmentResultPersistence.class);
	private final Map<Long, AssessmentResult> _results = new LinkedHashMap<>();
	private final AssessmentResultLocalServiceImpl _resultService = new AssessmentResultLocalServiceImpl();
	private final SchoolPersistence _schoolPersistence = mock(SchoolPersistence.class);
	private final Map<Long, School> _schools = new LinkedHashMap<>();
	private final SchoolLocalServiceImpl _schoolService = new SchoolLocalServiceImpl();
	private final UserLocalService _userLocalService = mock(UserLocalService.class);

}
