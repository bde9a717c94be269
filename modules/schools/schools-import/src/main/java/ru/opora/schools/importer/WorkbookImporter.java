package ru.opora.schools.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.Styles;
import org.xml.sax.SAXException;

import ru.opora.domain.school.AssessmentType;
import ru.opora.domain.school.ContextFigures;
import ru.opora.domain.school.ResultFigures;
import ru.opora.domain.school.SchoolData;
import ru.opora.domain.school.SchoolLevel;
import ru.opora.domain.school.SchoolStatus;
import ru.opora.domain.school.SettlementType;
import ru.opora.domain.validation.Violation;
import ru.opora.domain.validation.Violations;

/**
 * Imports schools, results and context from an .xlsx workbook, streaming
 * (XSSF event model): the whole file is checked in a first pass, which keeps
 * only keys and the numbers of rejected rows; a second pass parses the rows
 * again and hands the accepted ones to the sink. Not thread-safe; one
 * instance per import. POI's zip-bomb limits are JVM-wide: each import sets
 * them from its options.
 */
public final class WorkbookImporter {

	public WorkbookImporter(ImportOptions options) {
		_options = options;
	}

	/**
	 * Checks the file and, unless the mode says otherwise, feeds the sink.
	 *
	 * @throws ImportFileException if the file as a whole is unreadable,
	 *         hostile or too big; the sink was then not called
	 */
	public ImportReport importFile(Path file, ImportSink sink) throws ImportFileException {
		_checkFileType(file);

		ZipSecureFile.setMinInflateRatio(_options.minInflateRatio());
		ZipSecureFile.setMaxEntrySize(_options.maxEntrySize());
		ZipSecureFile.setMaxFileCount(_options.maxFileCount());

		OPCPackage pkg = _open(file);

		try {
			_checkParts(pkg);

			XSSFReader reader;
			SharedStrings strings;
			Styles styles;
			Map<SheetKind, String> sheetNames;

			try {
				reader = new XSSFReader(pkg);
				strings = new ReadOnlySharedStringsTable(pkg, false);
				styles = reader.getStylesTable();
				sheetNames = _sheetNames(reader);
			}
			catch (IOException | OpenXML4JException | SAXException | RuntimeException exception) {
				throw _fileError(exception);
			}

			if (sheetNames.isEmpty()) {
				throw new ImportFileException(ImportMessages.NO_KNOWN_SHEETS);
			}

			// Pass 1: check everything, keep only keys and rejected row numbers

			_state = new State();

			for (SheetKind kind : SheetKind.values()) {
				if (sheetNames.containsKey(kind)) {
					_state.counts.put(kind, new int[2]);
					_readSheet(reader, strings, styles, kind, sheetNames.get(kind), true, sink);
				}

				if (kind == SheetKind.SCHOOLS) {
					_checkBranches(sheetNames.get(kind));
				}
			}

			boolean feed = false;

			if (_options.mode() == ImportMode.GOOD_ROWS) {
				feed = true;
			}
			else if (_options.mode() == ImportMode.ALL_OR_NOTHING) {
				feed = _state.errorCount == 0;
			}

			// Pass 2: hand the accepted rows to the sink

			if (feed && (sink != null)) {
				for (SheetKind kind : SheetKind.values()) {
					if (sheetNames.containsKey(kind) && !_state.failedSheets.contains(kind)) {
						_readSheet(reader, strings, styles, kind, sheetNames.get(kind), false, sink);
					}
				}
			}

			return _report(feed && (sink != null));
		}
		finally {
			pkg.revert();
			_state = null;
		}
	}

	private static ImportFileException _fileError(Throwable throwable) {
		for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
			if (cause instanceof ImportFileException) {
				return (ImportFileException)cause;
			}

			String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);

			if (message.contains("zip bomb") || message.contains("max file count") ||
				message.contains("exceeds the max")) {

				return new ImportFileException(ImportMessages.ZIP_BOMB, throwable);
			}

			if (message.contains("doctype") || message.contains("entity") || message.contains("entities")) {
				return new ImportFileException(ImportMessages.UNSAFE_XML, throwable);
			}
		}

		return new ImportFileException(ImportMessages.CORRUPT_FILE, throwable);
	}

	private static Map<SheetKind, String> _sheetNames(XSSFReader reader)
		throws InvalidFormatException, IOException {

		Map<SheetKind, String> names = new EnumMap<>(SheetKind.class);
		XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator)reader.getSheetsData();

		while (iterator.hasNext()) {
			try (InputStream in = iterator.next()) {
				String name = iterator.getSheetName();
				SheetKind kind = SheetKind.find(name);

				if ((kind != null) && !names.containsKey(kind)) {
					names.put(kind, name);
				}
			}
		}

		return names;
	}

	private void _checkBranches(String sheetName) {
		for (int[] branch : _state.branches) {
			int row = branch[0];
			String login = _state.branchLogins.get(row);
			Integer headRow = _state.schoolRows.get(login);
			String key = null;
			List<Object> arguments = null;

			if (headRow != null) {
				if (_state.rejected(SheetKind.SCHOOLS).get(headRow - 1)) {
					key = ImportMessages.SCHOOL_REJECTED;
					arguments = List.of(login, headRow);
				}
			}
			else if (!_options.knownSchoolLogins().contains(login)) {
				key = ImportMessages.UNKNOWN_BRANCH_OF;
				arguments = List.of(login);
			}

			if (key != null) {
				_state.addError(
					new RowError(
						SheetKind.SCHOOLS, sheetName, row, branch[1], _state.branchHeader, key, arguments));

				if (!_state.rejected(SheetKind.SCHOOLS).get(row - 1)) {
					_state.rejected(SheetKind.SCHOOLS).set(row - 1);
					_state.counts.get(SheetKind.SCHOOLS)[1]++;
				}
			}
		}
	}

	private void _checkFileType(Path file) throws ImportFileException {
		FileMagic magic;

		try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
			magic = FileMagic.valueOf(in);
		}
		catch (IOException ioException) {
			throw new ImportFileException(ImportMessages.FILE_UNREADABLE, ioException);
		}
		catch (RuntimeException runtimeException) {
			throw new ImportFileException(ImportMessages.NOT_A_WORKBOOK, runtimeException);
		}

		if (magic == FileMagic.OOXML) {
			return;
		}

		if (magic != FileMagic.OLE2) {
			throw new ImportFileException(ImportMessages.NOT_A_WORKBOOK);
		}

		// An OLE2 container: an encrypted .xlsx, or a legacy .xls

		try (POIFSFileSystem fileSystem = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = fileSystem.getRoot();

			if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
				throw new ImportFileException(ImportMessages.PASSWORD_PROTECTED);
			}

			if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
				throw new ImportFileException(ImportMessages.XLS_NOT_SUPPORTED);
			}
		}
		catch (IOException | RuntimeException exception) {
			throw new ImportFileException(ImportMessages.NOT_A_WORKBOOK, exception);
		}

		throw new ImportFileException(ImportMessages.NOT_A_WORKBOOK);
	}

	private void _checkParts(OPCPackage pkg) throws ImportFileException {
		List<PackagePart> parts;

		try {
			parts = pkg.getParts();
		}
		catch (InvalidFormatException | RuntimeException exception) {
			throw _fileError(exception);
		}

		for (PackagePart part : parts) {
			String contentType = part.getContentType().toLowerCase(Locale.ROOT);
			String name = part.getPartName().getName().toLowerCase(Locale.ROOT);

			if (contentType.contains("macroenabled") || contentType.contains("vbaproject") ||
				contentType.contains("vbadata") || name.endsWith("vbaproject.bin") ||
				(name.endsWith(".bin") && name.contains("vba"))) {

				throw new ImportFileException(ImportMessages.MACROS_NOT_ALLOWED);
			}
		}
	}

	private OPCPackage _open(Path file) throws ImportFileException {
		try {
			return OPCPackage.open(file.toFile(), PackageAccess.READ);
		}
		catch (InvalidFormatException | RuntimeException exception) {
			throw _fileError(exception);
		}
	}

	private void _readSheet(
			XSSFReader reader, SharedStrings strings, Styles styles, SheetKind kind, String sheetName, boolean validating,
			ImportSink sink)
		throws ImportFileException {

		SheetPass pass = new SheetPass(kind, sheetName, validating, sink);

		try {
			XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator)reader.getSheetsData();

			while (iterator.hasNext()) {
				try (InputStream in = iterator.next()) {
					if (sheetName.equals(iterator.getSheetName())) {
						new SheetStreamer(strings, styles, pass).parse(in);

						break;
					}
				}
			}
		}
		catch (SheetStreamer.StopReading stopReading) {
			_rethrow(stopReading.getCause(), pass);
		}
		catch (SAXException saxException) {
			_rethrow(saxException, pass);
		}
		catch (IOException | InvalidFormatException | RuntimeException exception) {
			throw _fileError(exception);
		}

		if (pass.sinkFailure != null) {
			throw pass.sinkFailure;
		}
	}

	private ImportReport _report(boolean sinkFed) {
		Map<SheetKind, ImportReport.SheetCounts> counts = new EnumMap<>(SheetKind.class);

		for (Map.Entry<SheetKind, int[]> entry : _state.counts.entrySet()) {
			int[] value = entry.getValue();

			counts.put(entry.getKey(), new ImportReport.SheetCounts(value[0], value[0] - value[1], value[1]));
		}

		List<RowError> errors = new ArrayList<>(_state.errors);

		errors.sort(
			Comparator.comparing(RowError::sheet).thenComparingInt(RowError::row).thenComparingInt(
				RowError::column));

		return new ImportReport(_options.mode(), counts, errors, _state.errorCount, sinkFed);
	}

	private void _rethrow(Throwable throwable, SheetPass pass) throws ImportFileException {
		if (pass.sinkFailure != null) {
			throw pass.sinkFailure;
		}

		if (throwable instanceof LimitReached) {
			throw ((LimitReached)throwable).exception;
		}

		throw _fileError(throwable);
	}

	private static final Pattern _NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

	private final ImportOptions _options;
	private State _state;

	/** A listener exception carrying a file-level error. */
	private static final class LimitReached extends SAXException {

		LimitReached(ImportFileException exception) {
			super(exception.getKey());

			this.exception = exception;
		}

		private static final long serialVersionUID = 1L;

		private final transient ImportFileException exception;

	}

	/** What pass 1 keeps: counts, errors, keys and the numbers of rejected rows. */
	private final class State {

		void addError(RowError error) {
			errorCount++;

			if (errors.size() < _options.maxErrors()) {
				errors.add(error);
			}
		}

		BitSet rejected(SheetKind kind) {
			return rejected.computeIfAbsent(kind, k -> new BitSet());
		}

		final Map<Integer, String> branchLogins = new HashMap<>();
		final List<int[]> branches = new ArrayList<>();
		String branchHeader;
		final KeyIndex contextKeys = new KeyIndex();
		final Map<SheetKind, int[]> counts = new EnumMap<>(SheetKind.class);
		int errorCount;
		final List<RowError> errors = new ArrayList<>();
		final Set<SheetKind> failedSheets = EnumSet.noneOf(SheetKind.class);
		final Map<SheetKind, BitSet> rejected = new EnumMap<>(SheetKind.class);
		final KeyIndex resultKeys = new KeyIndex();
		int rows;
		final Map<String, Integer> schoolRows = new HashMap<>();

	}

	/** Reads one sheet: the first non-blank row is the header, the rest data. */
	private final class SheetPass implements SheetStreamer.RowListener {

		SheetPass(SheetKind kind, String sheetName, boolean validating, ImportSink sink) {
			_kind = kind;
			_sheetName = sheetName;
			_validating = validating;
			_sink = sink;
		}

		@Override
		public void row(int rowIndex, RowCells cells) throws SAXException {
			if (_validating && (++_state.rows > _options.maxRows())) {
				throw new LimitReached(
					new ImportFileException(ImportMessages.TOO_MANY_ROWS, _options.maxRows()));
			}

			if (cells.isBlank()) {
				return;
			}

			if (_columns == null) {
				_header(rowIndex, cells);

				return;
			}

			if (_validating) {
				_state.counts.get(_kind)[0]++;

				if (_state.failedSheets.contains(_kind)) {
					_reject(rowIndex);

					return;
				}
			}
			else if (_state.rejected(_kind).get(rowIndex)) {
				return;
			}

			_cells = cells;
			_row = rowIndex;
			_errorColumns.clear();

			try {
				if (_kind == SheetKind.SCHOOLS) {
					_school();
				}
				else if (_kind == SheetKind.RESULTS) {
					_result();
				}
				else {
					_context();
				}
			}
			catch (RuntimeException runtimeException) {
				if (_validating) {
					throw runtimeException;
				}

				sinkFailure = runtimeException;

				throw new SAXException("The sink failed");
			}

			if (_validating && !_errorColumns.isEmpty()) {
				_reject(rowIndex);
			}
		}

		private Boolean _bool(Column column) {
			String value = _raw(column);

			if (value == null) {
				return null;
			}

			Object parsed = column.type().parse(_plainNumber(column, value));

			if (parsed == null) {
				_error(column, ImportMessages.INVALID_VALUE, value, String.join(", ", column.type().russianWords()));
			}

			return (Boolean)parsed;
		}

		private Object _choice(Column column) {
			String value = _raw(column);

			if (value == null) {
				return null;
			}

			Object parsed = column.type().parse(value);

			if (parsed == null) {
				_error(column, ImportMessages.INVALID_VALUE, value, String.join(", ", column.type().russianWords()));
			}

			return parsed;
		}

		private String _column(Column column) {
			return _headers.get(column);
		}

		private void _context() {
			String login = _text(Column.CONTEXT_SCHOOL_LOGIN);
			Integer year = _integer(Column.CONTEXT_YEAR);
			Integer pupils = _integer(Column.PUPILS);
			Integer vacancies = _integer(Column.TEACHER_VACANCIES);

			ContextFigures figures = new ContextFigures(
				(year == null) ? 0 : year, (pupils == null) ? 0 : pupils, _decimal(Column.SHARE_SINGLE_PARENT),
				_decimal(Column.SHARE_BOTH_PARENTS_HIGHER_EDUCATION), _decimal(Column.SHARE_PARENT_HIGHER_EDUCATION),
				_decimal(Column.SHARE_DEVIANT_REGISTERED), _decimal(Column.SHARE_NON_NATIVE_RUSSIAN),
				_decimal(Column.SHARE_LOW_INCOME), (vacancies == null) ? 0 : vacancies,
				_decimal(Column.SHARE_TEACHERS_AGED_65_PLUS), _decimal(Column.SHARE_TEACHERS_DOUBLE_LOAD),
				Boolean.TRUE.equals(_bool(Column.NEEDS_MAJOR_REPAIR)),
				Boolean.TRUE.equals(_bool(Column.HIGH_SPEED_INTERNET)),
				Boolean.TRUE.equals(_bool(Column.GROWTH_POINT_CENTRE)));

			if (!_validating) {
				_sink.context(_row + 1, new ContextRow(login, figures));

				return;
			}

			_violations(figures.validate());

			if (login != null) {
				_checkSchool(Column.CONTEXT_SCHOOL_LOGIN, login);

				if (year != null) {
					_checkKey(
						_state.contextKeys, new ContextKey(login, year).toString(), Column.CONTEXT_SCHOOL_LOGIN);
				}
			}
		}

		private Double _decimal(Column column) {
			String value = _raw(column);

			if (value == null) {
				return null;
			}

			int index = _columns.get(column);
			byte kind = _cells.kind(index);

			if ((kind == RowCells.NUMBER) || (kind == RowCells.TEXT)) {
				String text = value.trim();

				if (kind == RowCells.TEXT) {
					text = _compact(text);
				}

				if (_NUMBER.matcher(text).matches()) {
					double number = Double.parseDouble(text);

					if (Double.isFinite(number)) {
						if (column.percent() && _cells.isPercent(index)) {

							// 25% is stored as 0.25

							number = Math.round(number * 100 * 1e9) / 1e9;
						}

						return number;
					}
				}
			}

			_error(column, ImportMessages.NOT_A_NUMBER, value);

			return null;
		}

		private void _error(Column column, String key, Object... arguments) {
			int index = (column == null) ? -1 : _columns.getOrDefault(column, -1);

			_errorColumns.add(index);

			if (_validating) {
				_state.addError(
					new RowError(
						_kind, _sheetName, _row + 1, index, (index < 0) ? null : _column(column), key,
						List.of(arguments)));
			}
		}

		private void _header(int rowIndex, RowCells cells) {
			_columns = new EnumMap<>(Column.class);
			_headers = new EnumMap<>(Column.class);

			List<String> duplicates = new ArrayList<>();

			for (int i = 0; i < cells.size(); i++) {
				String text = cells.value(i);

				if ((text == null) || text.isBlank()) {
					continue;
				}

				Column column = Column.find(_kind, text);

				if (column == null) {
					continue;
				}

				if (_columns.containsKey(column)) {
					duplicates.add(text.trim());

					continue;
				}

				_columns.put(column, i);
				_headers.put(column, text.trim());
			}

			if (!_validating) {
				return;
			}

			List<String> missing = new ArrayList<>();

			for (Column column : _kind.columns()) {
				if (column.required() && !_columns.containsKey(column)) {
					missing.add("«" + column.russianHeader() + "» (" + column.englishHeader() + ")");
				}
			}

			if (!duplicates.isEmpty()) {
				_sheetError(rowIndex, ImportMessages.DUPLICATE_COLUMN, String.join(", ", duplicates));
			}

			if (!missing.isEmpty()) {
				_sheetError(rowIndex, ImportMessages.MISSING_COLUMNS, String.join(", ", missing));
			}

			if (_kind == SheetKind.SCHOOLS) {
				_state.branchHeader = _headers.get(Column.BRANCH_OF);
			}
		}

		private Integer _integer(Column column) {
			String value = _raw(column);

			if (value == null) {
				return null;
			}

			int index = _columns.get(column);
			byte kind = _cells.kind(index);

			if ((kind == RowCells.NUMBER) || (kind == RowCells.TEXT)) {
				String text = value.trim();

				if (kind == RowCells.TEXT) {
					text = _compact(text);
				}

				if (_NUMBER.matcher(text).matches()) {
					double number = Double.parseDouble(text);

					if ((number == Math.rint(number)) && (Math.abs(number) <= Integer.MAX_VALUE)) {
						return (int)number;
					}

					_error(column, ImportMessages.NOT_AN_INTEGER, value);

					return null;
				}
			}

			_error(column, ImportMessages.NOT_A_NUMBER, value);

			return null;
		}

		/** The trimmed cell text; null (with an error if needed) when blank, absent or unusable. */
		private String _raw(Column column) {
			Integer index = _columns.get(column);

			if (index == null) {
				return null;
			}

			if (_cells.isFormula(index)) {
				_error(column, ImportMessages.FORMULA_NOT_ALLOWED);

				return null;
			}

			byte kind = _cells.kind(index);

			if (kind == RowCells.ERROR) {
				_error(column, ImportMessages.CELL_ERROR, _cells.value(index));

				return null;
			}

			String value = _cells.value(index);

			if ((kind == RowCells.BLANK) || (value == null) || value.isBlank()) {
				if (column.required()) {
					_error(column, "opora-error-required");
				}

				return null;
			}

			return value.trim();
		}

		private void _reject(int rowIndex) {
			BitSet rejected = _state.rejected(_kind);

			if (!rejected.get(rowIndex)) {
				rejected.set(rowIndex);
				_state.counts.get(_kind)[1]++;
			}
		}

		private void _result() {
			String login = _text(Column.RESULT_SCHOOL_LOGIN);
			Integer year = _integer(Column.RESULT_YEAR);
			AssessmentType assessment = (AssessmentType)_choice(Column.ASSESSMENT);
			Integer grade = _integer(Column.GRADE);
			String subject = _text(Column.SUBJECT);
			Integer participants = _integer(Column.PARTICIPANTS);

			ResultFigures figures = new ResultFigures(
				assessment, (year == null) ? 0 : year, (grade == null) ? 0 : grade, subject,
				(participants == null) ? 0 : participants, _integer(Column.MARKS_2), _integer(Column.MARKS_3),
				_integer(Column.MARKS_4), _integer(Column.MARKS_5), _decimal(Column.MEAN_SCORE),
				_decimal(Column.SHARE_BELOW_THRESHOLD));

			if (!_validating) {
				_sink.result(_row + 1, new ResultRow(login, figures));

				return;
			}

			_violations(figures.validate());

			if (login != null) {
				_checkSchool(Column.RESULT_SCHOOL_LOGIN, login);

				if ((year != null) && (assessment != null) && (grade != null) && (subject != null)) {
					_checkKey(
						_state.resultKeys, new ResultKey(login, year, assessment, grade, subject).toString(),
						Column.RESULT_SCHOOL_LOGIN);
				}
			}
		}

		private void _checkKey(KeyIndex keys, String key, Column column) {
			int first = keys.putIfAbsent(key, _row + 1);

			if (first >= 0) {
				_error(column, ImportMessages.DUPLICATE_KEY, first);
			}
		}

		private void _checkSchool(Column column, String login) {
			String key = Names.normalize(login);
			Integer schoolRow = _state.schoolRows.get(key);

			if (schoolRow != null) {
				if (_state.rejected(SheetKind.SCHOOLS).get(schoolRow - 1)) {
					_error(column, ImportMessages.SCHOOL_REJECTED, login, schoolRow);
				}
			}
			else if (!_options.knownSchoolLogins().contains(key)) {
				_error(column, ImportMessages.UNKNOWN_SCHOOL, login);
			}
		}

		private void _school() {
			String login = _text(Column.SCHOOL_LOGIN);
			String branchOf = _text(Column.BRANCH_OF);
			Boolean small = _bool(Column.SMALL_SCHOOL);
			SchoolStatus status = (SchoolStatus)_choice(Column.STATUS);

			if ((status == null) && !_errorColumns.contains(_columns.getOrDefault(Column.STATUS, -1))) {
				status = SchoolStatus.ACTIVE;
			}

			SchoolData data = new SchoolData(
				0, _text(Column.SCHOOL_NAME), _text(Column.SHORT_NAME), _text(Column.ADDRESS),
				(SettlementType)_choice(Column.SETTLEMENT_TYPE), (SchoolLevel)_choice(Column.LEVEL),
				Boolean.TRUE.equals(small), 0, _decimal(Column.DISTANCE_KM), _text(Column.HEAD_NAME),
				_text(Column.PHONE), _text(Column.EMAIL), login, status);

			if (!_validating) {
				_sink.school(_row + 1, new SchoolRow(login, branchOf, data));

				return;
			}

			_violations(data.validate());

			if (login == null) {
				return;
			}

			String key = Names.normalize(login);
			Integer first = _state.schoolRows.putIfAbsent(key, _row + 1);

			if (first != null) {
				_error(Column.SCHOOL_LOGIN, ImportMessages.DUPLICATE_KEY, first);
			}

			if (branchOf != null) {
				String branchKey = Names.normalize(branchOf);

				if (branchKey.equals(key)) {
					_error(Column.BRANCH_OF, "opora-error-branch-of-itself");
				}
				else {
					_state.branchLogins.put(_row + 1, branchKey);
					_state.branches.add(new int[] {_row + 1, _columns.get(Column.BRANCH_OF)});
				}
			}
		}

		private void _sheetError(int rowIndex, String key, Object... arguments) {
			_state.addError(new RowError(_kind, _sheetName, rowIndex + 1, -1, null, key, List.of(arguments)));
			_state.failedSheets.add(_kind);
		}

		/** Text of a cell; a number typed into a text column (a login, a phone) reads as written. */
		private String _text(Column column) {
			String value = _raw(column);

			return (value == null) ? null : _plainNumber(column, value);
		}

		/** "123456.0" or "1.23456E5" of a number cell as "123456"; anything else unchanged. */
		private String _plainNumber(Column column, String value) {
			if (_cells.kind(_columns.get(column)) != RowCells.NUMBER) {
				return value;
			}

			try {
				double number = Double.parseDouble(value);

				if ((number == Math.rint(number)) && (Math.abs(number) < 1e15)) {
					return String.valueOf((long)number);
				}
			}
			catch (NumberFormatException numberFormatException) {
			}

			return value;
		}

		/** Domain violations, except on columns that already have an error. */
		private void _violations(Violations violations) {
			for (Violation violation : violations.list()) {
				Column column = _columnOfField(violation.field());
				int index = (column == null) ? -1 : _columns.getOrDefault(column, -1);

				if (_errorColumns.contains(index) ||
					(violation.field().startsWith("marks") && _hasError(Column.PARTICIPANTS))) {

					continue;
				}

				Object[] arguments = violation.arguments().toArray();

				if (violation.code().equals("grade-not-allowed") && (arguments.length > 0)) {

					// the assessment as the user wrote it ("ЕГЭ"), not its code ("ege")

					arguments[0] = _cells.value(_columns.get(Column.ASSESSMENT)).trim();
				}

				_error(column, violation.messageKey(), arguments);
			}
		}

		private boolean _hasError(Column column) {
			Integer index = _columns.get(column);

			return (index != null) && _errorColumns.contains(index);
		}

		private Column _columnOfField(String field) {
			if ("marks".equals(field)) {
				return Column.PARTICIPANTS;
			}

			for (Column column : _kind.columns()) {
				if (column.field().equals(field)) {
					return column;
				}
			}

			return null;
		}

		RuntimeException sinkFailure;

		private RowCells _cells;
		private Map<Column, Integer> _columns;
		private final List<Integer> _errorColumns = new ArrayList<>();
		private Map<Column, String> _headers;
		private final SheetKind _kind;
		private int _row;
		private final String _sheetName;
		private final ImportSink _sink;
		private final boolean _validating;

	}

	private static String _compact(String text) {
		StringBuilder sb = new StringBuilder(text.length());

		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);

			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				continue;
			}

			sb.append((c == ',') ? '.' : c);
		}

		return sb.toString();
	}

}
