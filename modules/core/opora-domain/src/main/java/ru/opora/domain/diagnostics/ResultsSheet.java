package ru.opora.domain.diagnostics;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.opora.domain.validation.Violation;

/**
 * External diagnostic results (a regional centre's export) as one Excel
 * sheet: the first row is the header, then one row per teacher and
 * diagnostic. Columns A–D are fixed by position: school (its federal login
 * in ФИС ОКО or its full name), teacher (the portal user's e-mail address or
 * screen name: a full name is ambiguous), subject, date of the diagnostic;
 * every further column is a competence, its header starting with the
 * competence code of the bank ({@code M-ALG} or {@code M-ALG Алгебра}), its
 * cells the percent (0–100, decimal comma or point, an optional {@code %});
 * a blank cell means the competence was not diagnosed. Every problem is
 * reported with its row (1-based, header = 1) and column (a name of
 * {@link #COLUMNS}, a competence code, {@link #COLUMN_RESULTS} or a column
 * letter); the service stores nothing unless there is none.
 */
public final class ResultsSheet {

	public static final String COLUMN_DATE = "date";

	/** The competence columns as a whole (header problems, a row without any percent). */
	public static final String COLUMN_RESULTS = "results";

	public static final String COLUMN_SCHOOL = "school";

	public static final String COLUMN_SUBJECT = "subject";

	public static final String COLUMN_TEACHER = "teacher";

	/** The fixed columns A–D; competences follow from E. */
	public static final List<String> COLUMNS = List.of(COLUMN_SCHOOL, COLUMN_TEACHER, COLUMN_SUBJECT, COLUMN_DATE);

	/** Length limits of the stored fields. */
	public static final int MAX_SUBJECT = 75;

	public static final int MAX_TEXT = 254;

	/** Headers of the competence columns of a template: code and name (code → name, in bank order). */
	public static List<String> competenceHeaders(Map<String, String> competenceNames) {
		List<String> headers = new ArrayList<>();

		for (Map.Entry<String, String> entry : competenceNames.entrySet()) {
			headers.add(entry.getKey() + " " + entry.getValue());
		}

		return headers;
	}

	/**
	 * The day of a cell: {@code dd.MM.yyyy} (day and month may have one
	 * digit, a time after a blank is ignored), {@code yyyy-MM-dd}, or an Excel
	 * date as the workbook stores it (days since 1899-12-30, a fraction is the
	 * time of day); null if it is none of these.
	 */
	public static LocalDate date(String text) {
		String value = (text == null) ? "" : text.trim();

		try {
			Matcher matcher = _DOTTED.matcher(value);

			if (matcher.matches()) {
				return LocalDate.of(
					Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(2)),
					Integer.parseInt(matcher.group(1)));
			}

			matcher = _ISO.matcher(value);

			if (matcher.matches()) {
				return LocalDate.of(
					Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
					Integer.parseInt(matcher.group(3)));
			}
		}
		catch (DateTimeException dateTimeException) {
			return null;
		}

		if (_SERIAL.matcher(value).matches()) {
			long days = (long)Math.floor(Double.parseDouble(value));

			if (days >= _FIRST_SERIAL) {
				return _EXCEL_EPOCH.plusDays(days);
			}
		}

		return null;
	}

	/** Reads the sheet, header first; bank: the latest published version; today: no diagnostic after it. */
	public static ResultsSheet parse(List<List<String>> rows, BankVersion bank, LocalDate today) {
		ResultsSheet sheet = new ResultsSheet();

		if (rows.isEmpty() || _blank(rows.get(0))) {
			sheet._problem(1, COLUMN_SCHOOL, "diagnostics-results-no-header");

			return sheet;
		}

		Map<Integer, String> codes = sheet._header(rows.get(0), bank);
		Map<String, Integer> rowOfKey = new HashMap<>();

		for (int i = 1; i < rows.size(); i++) {
			List<String> row = rows.get(i);

			if (_blank(row)) {
				continue;
			}

			sheet._rows.add(sheet._row(i + 1, row, codes, bank, today, rowOfKey));
		}

		if (sheet._rows.isEmpty() && sheet._problems.isEmpty()) {
			sheet._problem(2, COLUMN_SCHOOL, "diagnostics-results-no-rows");
		}

		return sheet;
	}

	/** The percent of a cell, 0–100 or outside (checked by the caller); null if not a number. */
	public static Double percent(String text) {
		String value = (text == null) ? "" : text.trim();

		if (value.endsWith("%")) {
			value = value.substring(0, value.length() - 1).trim();
		}

		value = value.replace(',', '.');

		if (!_NUMBER.matcher(value).matches()) {
			return null;
		}

		return Double.valueOf(value);
	}

	/** The column letter of a 0-based index: 0 → A, 26 → AA. */
	public static String letter(int index) {
		StringBuilder letters = new StringBuilder();

		for (int i = index + 1; i > 0; i = (i - 1) / 26) {
			letters.insert(0, (char)('A' + ((i - 1) % 26)));
		}

		return letters.toString();
	}

	/** Adds a problem found outside the sheet (the service's checks of schools and teachers). */
	public void addProblem(int row, String column, Violation violation) {
		_problems.add(new SheetProblem(row, column, violation));
	}

	/** Every problem, by row (header = 1); within a row in the order found. */
	public List<SheetProblem> problems() {
		List<SheetProblem> problems = new ArrayList<>(_problems);

		problems.sort((a, b) -> Integer.compare(a.row(), b.row()));

		return problems;
	}

	/** Every non-blank data row as read (a blank text is "", a date that is none null); stored only without problems. */
	public List<Row> rows() {
		return Collections.unmodifiableList(_rows);
	}

	/** What an import did: the number of results stored, or every problem (and then nothing was stored). */
	public static final class Report {

		public static Report imported(int count) {
			return new Report(count, List.of());
		}

		public static Report rejected(List<SheetProblem> problems) {
			if (problems.isEmpty()) {
				throw new IllegalArgumentException("a rejected import has problems");
			}

			return new Report(0, problems);
		}

		public int imported() {
			return _imported;
		}

		public List<SheetProblem> problems() {
			return _problems;
		}

		private Report(int imported, List<SheetProblem> problems) {
			_imported = imported;
			_problems = List.copyOf(problems);
		}

		private final int _imported;
		private final List<SheetProblem> _problems;

	}

	/** One data row: its number in the sheet and the fields read from it. */
	public static final class Row {

		public Row(
			int number, String school, String teacher, String subject, LocalDate date, Map<String, Double> percents) {

			_number = number;
			_school = school;
			_teacher = teacher;
			_subject = subject;
			_date = date;
			_percents = Collections.unmodifiableMap(new LinkedHashMap<>(percents));
		}

		/** Null if the cell is not a date. */
		public LocalDate date() {
			return _date;
		}

		/** Row number in the sheet (header = 1). */
		public int number() {
			return _number;
		}

		/** Competence code → percent, in column order; only valid cells. */
		public Map<String, Double> percents() {
			return _percents;
		}

		public String school() {
			return _school;
		}

		public String subject() {
			return _subject;
		}

		public String teacher() {
			return _teacher;
		}

		private final LocalDate _date;
		private final int _number;
		private final Map<String, Double> _percents;
		private final String _school;
		private final String _subject;
		private final String _teacher;

	}

	private static boolean _blank(List<String> row) {
		return row.stream().allMatch(cell -> (cell == null) || cell.isBlank());
	}

	private static String _cell(List<String> row, int index) {
		if ((index >= row.size()) || (row.get(index) == null)) {
			return "";
		}

		return row.get(index).trim();
	}

	/** Competence code by column index (from E); reports unknown, repeated and missing codes on row 1. */
	private Map<Integer, String> _header(List<String> header, BankVersion bank) {
		Map<Integer, String> codes = new LinkedHashMap<>();
		Map<String, Integer> columnOfCode = new HashMap<>();

		for (int index = COLUMNS.size(); index < header.size(); index++) {
			String text = _cell(header, index);

			if (text.isEmpty()) {
				continue;
			}

			String code = text.split("\\s+", 2)[0];

			if (bank.competence(code) == null) {
				_problem(1, letter(index), "diagnostics-unknown-code", code);
				_badColumns.add(index);
			}
			else if (columnOfCode.putIfAbsent(code, index) != null) {
				_problem(1, code, "diagnostics-results-duplicate-column", code, letter(columnOfCode.get(code)));
				_badColumns.add(index);
			}
			else {
				codes.put(index, code);
			}
		}

		if (codes.isEmpty() && _problems.isEmpty()) {
			_problem(1, COLUMN_RESULTS, "diagnostics-results-no-competence-columns", letter(COLUMNS.size()));
		}

		return codes;
	}

	private void _problem(int row, String column, String code, Object... arguments) {
		_problems.add(new SheetProblem(row, column, Violation.of(column, code, arguments)));
	}

	private Row _row(
		int number, List<String> row, Map<Integer, String> codes, BankVersion bank, LocalDate today,
		Map<String, Integer> rowOfKey) {

		String school = _text(number, row, 0, MAX_TEXT);
		String teacher = _text(number, row, 1, MAX_TEXT);
		String subject = _text(number, row, 2, MAX_SUBJECT);
		LocalDate date = null;
		String dateText = _cell(row, 3);

		if (dateText.isEmpty()) {
			_problem(number, COLUMN_DATE, "required");
		}
		else {
			date = date(dateText);

			if (date == null) {
				_problem(number, COLUMN_DATE, "diagnostics-results-not-a-date", dateText);
			}
			else if (date.isAfter(today)) {
				_problem(number, COLUMN_DATE, "diagnostics-results-date-in-future", date.toString());
				date = null;
			}
		}

		if (!teacher.isEmpty() && (date != null)) {
			Integer first = rowOfKey.putIfAbsent(teacher.toLowerCase(Locale.ROOT) + "|" + date, number);

			if (first != null) {
				_problem(number, COLUMN_TEACHER, "diagnostics-results-duplicate-row", first);
			}
		}

		Set<String> ofSubject = new HashSet<>();

		for (Competence competence : bank.competencesFor(subject)) {
			ofSubject.add(competence.code());
		}

		Map<String, Double> percents = new LinkedHashMap<>();
		boolean anyCell = false;

		for (int index = COLUMNS.size(); index < row.size(); index++) {
			String text = _cell(row, index);

			if (text.isEmpty()) {
				continue;
			}

			String code = codes.get(index);

			anyCell = true;

			if (code == null) {
				// Under an unknown or repeated code (reported on row 1) or a blank header (reported once): not dropped.

				if (!_badColumns.contains(index) && _blankColumnsReported.add(index)) {
					_problem(number, letter(index), "diagnostics-results-column-without-code", letter(index));
				}

				continue;
			}

			Double percent = percent(text);

			if (percent == null) {
				_problem(number, code, "diagnostics-results-not-a-percent", text);
			}
			else if ((percent < 0) || (percent > 100)) {
				_problem(number, code, "out-of-range", 0, 100);
			}
			else if (!subject.isEmpty() && !ofSubject.contains(code)) {
				_problem(number, code, "diagnostics-results-other-subject", code, subject);
			}
			else {
				percents.put(code, percent);
			}
		}

		if (!anyCell) {
			_problem(number, COLUMN_RESULTS, "diagnostics-results-no-percent");
		}

		return new Row(number, school, teacher, subject, date, percents);
	}

	private String _text(int number, List<String> row, int index, int maxLength) {
		String text = _cell(row, index);

		if (text.isEmpty()) {
			_problem(number, COLUMNS.get(index), "required");
		}
		else if (text.length() > maxLength) {
			_problem(number, COLUMNS.get(index), "too-long", maxLength);
		}

		return text;
	}

	private static final Pattern _DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(\\s.*)?");

	private static final LocalDate _EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	/** 1 March 1900: before it Excel's serials are off by its 29 February 1900. */
	private static final int _FIRST_SERIAL = 61;

	private static final Pattern _ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");

	private static final Pattern _NUMBER = Pattern.compile("-?\\d{1,6}(\\.\\d+)?");

	private static final Pattern _SERIAL = Pattern.compile("\\d{2,6}(\\.\\d+)?");

	private final Set<Integer> _badColumns = new HashSet<>();
	private final Set<Integer> _blankColumnsReported = new HashSet<>();
	private final List<SheetProblem> _problems = new ArrayList<>();
	private final List<Row> _rows = new ArrayList<>();

}
