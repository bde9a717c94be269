package ru.opora.domain.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** A regional centre's export of results: what is read and every problem with its row and column. */
class ResultsSheetTest {

	static final LocalDate TODAY = LocalDate.of(2025, 11, 20);

	@Test
	void aRealisticExportIsReadRowByRow() {
		ResultsSheet sheet = ResultsSheet.parse(
			List.of(
				_header(),
				Arrays.asList("sch-ivn-001", "ivanova@school1.example", "Математика", "15.10.2025", "64,5", "80", "45"),
				Arrays.asList("МБОУ «СОШ № 2»", "petrov", "Математика", "45945", "71.25", "", "50%"),
				Arrays.asList("", "", "", "", "", "", ""),
				Arrays.asList(" sch-ivn-001 ", "Sidorova@school1.example", "Русский язык", "2025-10-16", "", "", "38")),
			Banks.mathematics(), TODAY);

		assertEquals(List.of(), sheet.problems());
		assertEquals(3, sheet.rows().size(), "the blank row is skipped");

		ResultsSheet.Row first = sheet.rows().get(0);

		assertEquals(2, first.number());
		assertEquals("sch-ivn-001", first.school());
		assertEquals("ivanova@school1.example", first.teacher());
		assertEquals("Математика", first.subject());
		assertEquals(LocalDate.of(2025, 10, 15), first.date());
		assertEquals(_percents("M-ALG", 64.5, "M-GEO", 80.0, "MT-OGE", 45.0), first.percents());

		ResultsSheet.Row second = sheet.rows().get(1);

		assertEquals(LocalDate.of(2025, 10, 15), second.date(), "an Excel date cell as the workbook stores it");
		assertEquals(_percents("M-ALG", 71.25, "MT-OGE", 50.0), second.percents(), "a blank cell: not diagnosed");

		ResultsSheet.Row fourth = sheet.rows().get(2);

		assertEquals(5, fourth.number(), "row numbers count the blank row");
		assertEquals("sch-ivn-001", fourth.school(), "trimmed");
		assertEquals(_percents("MT-OGE", 38.0), fourth.percents(), "another subject: methodological competences only");
	}

	@Test
	void everyBadCellIsReportedWithItsRowAndColumn() {
		ResultsSheet sheet = ResultsSheet.parse(
			List.of(
				_header(),
				Arrays.asList("", "ivanova@school1.example", "Математика", "15.10.2025", "64", "80", "45"),
				Arrays.asList("sch-ivn-001", "", "", "31.02.2025", "сто", "101", "-1"),
				Arrays.asList("sch-ivn-001", "petrov", "Математика", "01.12.2025", "50", "", ""),
				Arrays.asList("sch-ivn-001", "petrov", "Математика", "вчера", "50"),
				Arrays.asList("sch-ivn-001", "Ivanova@School1.example", "Математика", "2025-10-15", "70"),
				Arrays.asList("sch-ivn-001", "sidorova", "Русский язык", "16.10.2025", "60", "", "40"),
				Arrays.asList("sch-ivn-001", "kuznetsov", "Математика", "16.10.2025", "", "", ""),
				Arrays.asList("sch-ivn-001", "x".repeat(255), "М".repeat(76), "16.10.2025", "", "", "40")),
			Banks.mathematics(), TODAY);

		assertEquals(
			List.of(
				"2:school:required",
				"3:teacher:required", "3:subject:required", "3:date:diagnostics-results-not-a-date",
				"3:M-ALG:diagnostics-results-not-a-percent", "3:M-GEO:out-of-range", "3:MT-OGE:out-of-range",
				"4:date:diagnostics-results-date-in-future",
				"5:date:diagnostics-results-not-a-date",
				"6:teacher:diagnostics-results-duplicate-row",
				"7:M-ALG:diagnostics-results-other-subject",
				"8:results:diagnostics-results-no-percent",
				"9:teacher:too-long", "9:subject:too-long"),
			_codes(sheet));
		assertEquals(List.of(2), _problem(sheet, "6:teacher").violation().arguments(), "names the first row");
		assertEquals(List.of("сто"), _problem(sheet, "3:M-ALG").violation().arguments());
		assertEquals(List.of(0, 100), _problem(sheet, "3:M-GEO").violation().arguments());
		assertEquals(List.of("M-ALG", "Русский язык"), _problem(sheet, "7:M-ALG").violation().arguments());
	}

	@Test
	void headerProblemsAreOnRowOne() {
		ResultsSheet sheet = ResultsSheet.parse(
			List.of(
				Arrays.asList("Школа", "Педагог", "Предмет", "Дата", "M-ALG Алгебра", "R-SPELL", "M-ALG", "", "MT-OGE"),
				Arrays.asList("sch-ivn-001", "petrov", "Математика", "15.10.2025", "60", "70", "80", "90", "40"),
				Arrays.asList("sch-ivn-001", "ivanova", "Математика", "15.10.2025", "60", "", "", "91", "40")),
			Banks.mathematics(), TODAY);

		assertEquals(
			List.of(
				"1:F:diagnostics-unknown-code", "1:M-ALG:diagnostics-results-duplicate-column",
				"2:H:diagnostics-results-column-without-code"),
			_codes(sheet), "cells under a rejected header are not reported again; a blank header once");
		assertEquals(List.of("M-ALG", "E"), _problem(sheet, "1:M-ALG").violation().arguments());
	}

	@Test
	void emptySheetHeaderOnlyAndNoCompetenceColumns() {
		assertEquals(
			List.of("1:school:diagnostics-results-no-header"),
			_codes(ResultsSheet.parse(List.of(), Banks.mathematics(), TODAY)));
		assertEquals(
			List.of("1:school:diagnostics-results-no-header"),
			_codes(ResultsSheet.parse(List.of(Arrays.asList("", " ")), Banks.mathematics(), TODAY)));
		assertEquals(
			List.of("2:school:diagnostics-results-no-rows"),
			_codes(ResultsSheet.parse(List.of(_header(), List.of()), Banks.mathematics(), TODAY)));
		assertEquals(
			List.of("1:results:diagnostics-results-no-competence-columns"),
			_codes(
				ResultsSheet.parse(
					List.of(List.of("Школа", "Педагог", "Предмет", "Дата")), Banks.mathematics(), TODAY)));
	}

	@Test
	void datesAndPercents() {
		assertEquals(LocalDate.of(2025, 3, 5), ResultsSheet.date("5.3.2025"));
		assertEquals(LocalDate.of(2025, 3, 5), ResultsSheet.date("05.03.2025 0:00:00"));
		assertEquals(LocalDate.of(2025, 3, 5), ResultsSheet.date("2025-03-05"));
		assertEquals(LocalDate.of(2025, 3, 5), ResultsSheet.date("45721"));
		assertEquals(LocalDate.of(2025, 3, 5), ResultsSheet.date("45721.75"), "the time of day is dropped");
		assertEquals(LocalDate.of(1900, 3, 1), ResultsSheet.date("61"));
		assertNull(ResultsSheet.date("60"), "before Excel's 29 February 1900");
		assertNull(ResultsSheet.date("29.02.2025"));
		assertNull(ResultsSheet.date("2025/03/05"));
		assertNull(ResultsSheet.date(null));

		assertEquals(64.5, ResultsSheet.percent("64,5"));
		assertEquals(64.5, ResultsSheet.percent(" 64.5 % "));
		assertEquals(100.0, ResultsSheet.percent("100"));
		assertEquals(-3.0, ResultsSheet.percent("-3"), "read, then refused as out of range");
		assertNull(ResultsSheet.percent("64,5,1"));
		assertNull(ResultsSheet.percent("1e2"));
		assertNull(ResultsSheet.percent(""));

		assertEquals("A", ResultsSheet.letter(0));
		assertEquals("E", ResultsSheet.letter(4));
		assertEquals("Z", ResultsSheet.letter(25));
		assertEquals("AA", ResultsSheet.letter(26));
		assertEquals("AZ", ResultsSheet.letter(51));
	}

	@Test
	void theTemplateHeadersAreReadBack() {
		List<String> header = new ArrayList<>(List.of("Школа", "Педагог", "Предмет", "Дата"));

		Map<String, String> names = new LinkedHashMap<>();

		for (Competence competence : Banks.mathematics().competences()) {
			names.put(competence.code(), competence.name());
		}

		header.addAll(ResultsSheet.competenceHeaders(names));

		assertEquals(
			List.of("M-ALG Алгебра и начала анализа", "M-GEO Геометрия", "MT-OGE Подготовка к ОГЭ"),
			header.subList(4, header.size()));

		ResultsSheet sheet = ResultsSheet.parse(
			List.of(header, Arrays.asList("sch-ivn-001", "petrov", "Математика", "15.10.2025", "60", "70", "80")),
			Banks.mathematics(), TODAY);

		assertEquals(List.of(), sheet.problems());
		assertEquals(_percents("M-ALG", 60.0, "M-GEO", 70.0, "MT-OGE", 80.0), sheet.rows().get(0).percents());
	}

	@Test
	void aReportIsEitherACountOrProblems() {
		assertEquals(3, ResultsSheet.Report.imported(3).imported());
		assertEquals(List.of(), ResultsSheet.Report.imported(3).problems());
		assertThrows(IllegalArgumentException.class, () -> ResultsSheet.Report.rejected(List.of()));

		ResultsSheet sheet = ResultsSheet.parse(List.of(), Banks.mathematics(), TODAY);

		assertEquals(0, ResultsSheet.Report.rejected(sheet.problems()).imported());
	}

	private static List<String> _codes(ResultsSheet sheet) {
		return sheet.problems().stream().map(SheetProblem::toString).collect(Collectors.toList());
	}

	private static List<String> _header() {
		return List.of("Школа", "Педагог", "Предмет", "Дата", "M-ALG", "M-GEO", "MT-OGE");
	}

	private static Map<String, Double> _percents(Object... pairs) {
		Map<String, Double> percents = new LinkedHashMap<>();

		for (int i = 0; i < pairs.length; i += 2) {
			percents.put((String)pairs[i], (Double)pairs[i + 1]);
		}

		return percents;
	}

	private static SheetProblem _problem(ResultsSheet sheet, String rowAndColumn) {
		return sheet.problems().stream().filter(
			problem -> problem.toString().startsWith(rowAndColumn + ":")).findFirst().orElseThrow();
	}

}
