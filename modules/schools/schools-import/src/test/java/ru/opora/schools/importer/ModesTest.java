package ru.opora.schools.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.opora.domain.school.AssessmentType;
import ru.opora.domain.school.SchoolLevel;
import ru.opora.domain.school.SchoolStatus;
import ru.opora.domain.school.SettlementType;

import static ru.opora.schools.importer.TestBooks.row;

class ModesTest {

	@Test
	void allOrNothingFeedsNothingOnAnyError() throws Exception {
		Path file = _withOneBadRow();
		RecordingSink sink = new RecordingSink();
		ImportReport report = _import(file, ImportMode.ALL_OR_NOTHING, sink);

		assertTrue(sink.calls.isEmpty());
		assertFalse(report.sinkFed());
		assertEquals(1, report.totalRejected());
		assertEquals(7, report.totalAccepted());
	}

	@Test
	void allOrNothingFeedsEverythingWhenClean() throws Exception {
		RecordingSink sink = new RecordingSink();
		ImportReport report = _import(TestBooks.valid().write(_dir, "valid.xlsx"), ImportMode.ALL_OR_NOTHING, sink);

		assertTrue(report.sinkFed());
		assertEquals(6, sink.calls.size());
	}

	@Test
	void goodRowsFeedsOnlyGoodRowsInOrder() throws Exception {
		Path file = _withOneBadRow();
		List<String> calls = new ArrayList<>();
		List<Object> rows = new ArrayList<>();

		ImportReport report = _import(
			file, ImportMode.GOOD_ROWS,
			new ImportSink() {

				@Override
				public void context(int row, ContextRow context) {
					calls.add("context " + row);
					rows.add(context);
				}

				@Override
				public void result(int row, ResultRow result) {
					calls.add("result " + row);
					rows.add(result);
				}

				@Override
				public void school(int row, SchoolRow school) {
					calls.add("school " + row);
					rows.add(school);
				}

			});

		assertTrue(report.sinkFed());
		assertEquals(
			List.of("school 2", "school 3", "result 2", "result 3", "result 4", "result 6", "context 2"), calls);

		SchoolRow school = (SchoolRow)rows.get(1);

		assertEquals("sch002", school.login());
		assertEquals("sch001", school.branchOfLogin());
		assertEquals(SettlementType.RURAL, school.data().settlementType());
		assertEquals(SchoolLevel.BASIC, school.data().level());
		assertEquals(SchoolStatus.ACTIVE, school.data().status());
		assertTrue(school.data().smallSchool());
		assertEquals(42.0, school.data().distanceToCentreKm());
		assertEquals("sch002", school.data().federalLogin());

		ResultRow result = (ResultRow)rows.get(2);

		assertEquals(AssessmentType.VPR, result.figures().assessment());
		assertEquals(50, result.figures().participants());
		assertEquals(3.6, result.figures().meanScore());
		assertEquals(new ResultKey("SCH001", 2024, AssessmentType.VPR, 5, "математика"), result.key());

		ContextRow context = (ContextRow)rows.get(6);

		assertEquals(87, context.figures().pupilsCount());
		assertEquals(23.5, context.figures().shareSingleParent());
		assertNull(context.figures().shareLowIncome());
		assertTrue(context.figures().hasGrowthPointCentre());
		assertEquals(new ContextKey("sch002", 2024), context.key());
	}

	@Test
	void validateOnlyNeverCallsTheSink() throws Exception {
		ImportSink failing = new ImportSink() {

			@Override
			public void context(int row, ContextRow context) {
				throw new AssertionError();
			}

			@Override
			public void result(int row, ResultRow result) {
				throw new AssertionError();
			}

			@Override
			public void school(int row, SchoolRow school) {
				throw new AssertionError();
			}

		};

		ImportReport report = _import(TestBooks.valid().write(_dir, "valid.xlsx"), ImportMode.VALIDATE_ONLY, failing);

		assertTrue(report.isClean());
		assertFalse(report.sinkFed());
		assertEquals(ImportMode.VALIDATE_ONLY, report.mode());
	}

	@Test
	void readingTheSameFileTwiceGivesTheSameCalls() throws Exception {
		Path file = _withOneBadRow();
		RecordingSink first = new RecordingSink();
		RecordingSink second = new RecordingSink();

		ImportReport firstReport = _import(file, ImportMode.GOOD_ROWS, first);
		ImportReport secondReport = _import(file, ImportMode.GOOD_ROWS, second);

		assertEquals(first.calls, second.calls);
		assertEquals(firstReport.errors(), secondReport.errors());
		assertEquals(7, first.calls.size());
	}

	@Test
	void sinkFailurePropagates() throws Exception {
		IllegalStateException failure = new IllegalStateException("database down");
		ImportSink sink = new ImportSink() {

			@Override
			public void result(int row, ResultRow result) {
				throw failure;
			}

		};

		IllegalStateException thrown = assertThrows(
			IllegalStateException.class,
			() -> _import(TestBooks.valid().write(_dir, "valid.xlsx"), ImportMode.GOOD_ROWS, sink));

		assertSame(failure, thrown);
	}

	@Test
	void keysIgnoreCaseYoAndSpaces() {
		assertEquals(
			new ResultKey(" Sch001", 2024, AssessmentType.OGE, 9, "Русский  язык"),
			new ResultKey("sch001 ", 2024, AssessmentType.OGE, 9, "русский язык"));
		assertEquals(
			new ResultKey("a", 2024, AssessmentType.OGE, 9, "Естествознание").hashCode(),
			new ResultKey("A", 2024, AssessmentType.OGE, 9, "Ёстествознание").hashCode());
		assertFalse(
			new ResultKey("a", 2024, AssessmentType.OGE, 9, "x").equals(
				new ResultKey("a", 2024, AssessmentType.VPR, 9, "x")));
	}

	private ImportReport _import(Path file, ImportMode mode, ImportSink sink) throws Exception {
		return new WorkbookImporter(ImportOptions.defaults().withMode(mode)).importFile(file, sink);
	}

	private Path _withOneBadRow() throws Exception {
		return TestBooks.valid().add(
			"Результаты", row("sch002", 2024, "ВПР", 5, "Физика", 10, 1, 4, 3, 1),
			row("sch002", 2024, "ВПР", 6, "Физика", 10, 1, 4, 3, 2)
		).write(_dir, "one-bad.xlsx");
	}

	@TempDir
	Path _dir;

}
