package ru.opora.schools.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.Styles;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

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
 * (XSSF event model). The schools sheet is always read first (it is small:
 * its accepted rows are buffered until branch-of has been checked against the
 * whole sheet, then fed); results and context are streamed.
 *
 * <p>
 * {@link ImportMode#GOOD_ROWS} and {@link ImportMode#TRANSACTIONAL} read the
 * file once: each accepted row goes to the sink as soon as it is checked.
 * {@link ImportMode#ALL_OR_NOTHING} reads it twice: the first pass checks
 * everything and keeps only keys and the numbers of rejected rows, the second
 * parses the rows again and feeds them if the first found nothing wrong.
 * {@link ImportMode#VALIDATE_ONLY} reads it once and feeds nothing.
 * </p>
 *
 * <p>
 * A single pass can only find some file-level problems (a sheet that breaks
 * off, a zip bomb or more rows than its {@code <dimension>} declares) after
 * the sink has had rows; the {@link ImportFileException} is then thrown all
 * the same, and the caller of {@link ImportMode#TRANSACTIONAL} rolls back. The
 * row limit is checked before any row is fed from the sheets' declared
 * dimensions; when they are missing or exceed the limit the import falls back
 * to two passes, which count the rows before feeding.
 * </p>
 *
 * <p>
 * Not thread-safe; one instance per import. POI's zip-bomb limits are
 * JVM-wide: each import sets them from its options.
 * </p>
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
				strings = new SharedStringCache(new ReadOnlySharedStringsTable(pkg, false));
				styles = reader.getStylesTable();
				sheetNames = _sheetNames(reader);
			}
			catch (IOException | OpenXML4JException | SAXException | RuntimeException exception) {
				throw _fileError(exception);
			}

			if (sheetNames.isEmpty()) {
				throw new ImportFileException(ImportMessages.NO_KNOWN_SHEETS);
			}

			_state = new State();

			ImportMode mode = _options.mode();

			if ((sink != null) && ((mode == ImportMode.GOOD_ROWS) || (mode == ImportMode.TRANSACTIONAL)) &&
				!_twoPasses && (_declaredRows(reader, sheetNames) <= _options.maxRows())) {

				// One pass: check each row and feed it at once

				_passes = 1;

				_readSheets(reader, strings, styles, sheetNames, true, sink);

				return _report(true);
			}

			// Pass 1: check everything, keep only keys and rejected row numbers

			_passes = 1;

			_readSheets(reader, strings, styles, sheetNames, false, null);

			boolean feed = false;

			if ((mode == ImportMode.GOOD_ROWS) || (mode == ImportMode.TRANSACTIONAL)) {
				feed = true;
			}
			else if (mode == ImportMode.ALL_OR_NOTHING) {
				feed = _state.errorCount == 0;
			}

			// Pass 2: hand the accepted rows to the sink

			if (feed && (sink != null)) {
				_passes = 2;

				for (SheetKind kind : SheetKind.values()) {
					if (sheetNames.containsKey(kind) && !_state.failedSheets.contains(kind)) {
						_readSheet(reader, strings, styles, kind, sheetNames.get(kind), SheetPass.FEED, sink);
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

	/** Always reads twice, checking then feeding (for tests comparing the two ways). */
	WorkbookImporter twoPasses() {
		_twoPasses = true;

		return this;
	}

	/** How many times the last import read the sheets (for tests). */
	int passes() {
		return _passes;
	}

	/**
	 * The most rows the known sheets can have by their {@code <dimension>}
	 * (its last row number), or {@code Long.MAX_VALUE} if a sheet has none.
	 * Only each sheet's first elements are read.
	 */
	private static long _declaredRows(XSSFReader reader, Map<SheetKind, String> sheetNames)
		throws ImportFileException {

		long rows = 0;
		int sheets = 0;

		try {
			XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator)reader.getSheetsData();

			while (iterator.hasNext()) {
				try (InputStream in = iterator.next()) {
					if (!sheetNames.containsValue(iterator.getSheetName())) {
						continue;
					}

					DimensionReader dimensionReader = new DimensionReader();

					dimensionReader.parse(in);

					if (dimensionReader.lastRow < 0) {
						return Long.MAX_VALUE;
					}

					rows += dimensionReader.lastRow;
					sheets++;
				}
			}
		}
		catch (SAXException saxException) {
			throw _fileError(saxException);
		}
		catch (IOException | InvalidFormatException | RuntimeException exception) {
			throw _fileError(exception);
		}

		return (sheets == sheetNames.size()) ? rows : Long.MAX_VALUE;
	}

	private void _readSheets(
			XSSFReader reader, SharedStrings strings, Styles styles, Map<SheetKind, String> sheetNames,
			boolean feed, ImportSink sink)
		throws ImportFileException {

		for (SheetKind kind : SheetKind.values()) {
			if (sheetNames.containsKey(kind)) {
				_state.counts.put(kind, new int[2]);
				_readSheet(
					reader, strings, styles, kind, sheetNames.get(kind),
					feed ? SheetPass.CHECK_AND_FEED : SheetPass.CHECK, sink);
			}

			if (kind == SheetKind.SCHOOLS) {
				_checkBranches(sheetNames.get(kind));

				if (feed) {
					_feedSchools(sink);
				}
			}
		}
	}

	/** Feeds the buffered school rows that are still accepted after the branch-of check. */
	private void _feedSchools(ImportSink sink) {
		BitSet rejected = _state.rejected(SheetKind.SCHOOLS);

		for (int i = 0; i < _state.schoolBuffer.size(); i++) {
			int row = _state.schoolBufferRows.get(i);

			if (!rejected.get(row - 1)) {
				sink.school(row, _state.schoolBuffer.get(i));
			}
		}

		_state.schoolBuffer.clear();
		_state.schoolBufferRows.clear();
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
			XSSFReader reader, SharedStrings strings, Styles styles, SheetKind kind, String sheetName, int work,
			ImportSink sink)
		throws ImportFileException {

		SheetPass pass = new SheetPass(kind, sheetName, work, sink);

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

	/** Whether the text matches {@code [-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?} (ASCII digits). */
	static boolean isNumber(String text) {
		int length = text.length();
		int i = 0;

		if ((i < length) && ((text.charAt(i) == '-') || (text.charAt(i) == '+'))) {
			i++;
		}

		int digits = 0;

		while ((i < length) && _isDigit(text.charAt(i))) {
			i++;
			digits++;
		}

		if ((i < length) && (text.charAt(i) == '.')) {
			i++;

			while ((i < length) && _isDigit(text.charAt(i))) {
				i++;
				digits++;
			}
		}

		if (digits == 0) {
			return false;
		}

		if ((i < length) && ((text.charAt(i) == 'e') || (text.charAt(i) == 'E'))) {
			i++;

			if ((i < length) && ((text.charAt(i) == '-') || (text.charAt(i) == '+'))) {
				i++;
			}

			int exponentDigits = 0;

			while ((i < length) && _isDigit(text.charAt(i))) {
				i++;
				exponentDigits++;
			}

			if (exponentDigits == 0) {
				return false;
			}
		}

		return i == length;
	}

	private static String _compact(String text) {
		int i = 0;

		while (i < text.length()) {
			char c = text.charAt(i);

			if ((c == ',') || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				break;
			}

			i++;
		}

		if (i == text.length()) {
			return text;
		}

		StringBuilder sb = new StringBuilder(text.length());

		sb.append(text, 0, i);

		for (; i < text.length(); i++) {
			char c = text.charAt(i);

			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				continue;
			}

			sb.append((c == ',') ? '.' : c);
		}

		return sb.toString();
	}

	/** Whether the text is "0" or 1 to 15 digits without a leading zero: already as a number reads. */
	private static boolean _isPlainInteger(String text) {
		int length = text.length();

		if ((length == 0) || (length > 15) || ((text.charAt(0) == '0') && (length > 1))) {
			return false;
		}

		for (int i = 0; i < length; i++) {
			if (!_isDigit(text.charAt(i))) {
				return false;
			}
		}

		return true;
	}

	private static boolean _isDigit(char c) {
		return (c >= '0') && (c <= '9');
	}

	/** The int of a plain decimal integer of up to 9 digits ("50", "-3"), or null for anything else. */
	private static Integer _smallInteger(String text) {
		int length = text.length();
		int i = ((length > 0) && (text.charAt(0) == '-')) ? 1 : 0;

		if ((length == i) || ((length - i) > 9)) {
			return null;
		}

		int value = 0;

		for (int j = i; j < length; j++) {
			char c = text.charAt(j);

			if (!_isDigit(c)) {
				return null;
			}

			value = (value * 10) + (c - '0');
		}

		return (i == 0) ? value : -value;
	}

	private static final Column[] _COLUMNS = Column.values();

	/** Caches of normalised or parsed cell texts are dropped when they grow past this. */
	private static final int _MAX_CACHED = 50_000;

	private static final Object _NOT_IN_DICTIONARY = new Object();

	private final ImportOptions _options;
	private int _passes;
	private State _state;
	private boolean _twoPasses;

	/** Reads a sheet's {@code <dimension ref>} and stops at {@code <sheetData>}. */
	private static final class DimensionReader extends DefaultHandler {

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes)
			throws SAXException {

			if ("dimension".equals(localName)) {
				lastRow = _lastRow(attributes.getValue("ref"));

				throw _STOP;
			}

			if ("sheetData".equals(localName)) {
				throw _STOP;
			}
		}

		void parse(InputStream in) throws IOException, SAXException {
			XMLReader xmlReader;

			try {
				xmlReader = XMLHelper.newXMLReader();
			}
			catch (ParserConfigurationException parserConfigurationException) {
				throw new IOException(parserConfigurationException);
			}

			xmlReader.setContentHandler(this);

			try {
				xmlReader.parse(new InputSource(in));
			}
			catch (SAXException saxException) {
				if (saxException != _STOP) {
					throw saxException;
				}
			}
		}

		/** "A1:K24" -> 24, "B3" -> 3; -1 if unreadable. */
		private static long _lastRow(String ref) {
			if (ref == null) {
				return -1;
			}

			String last = ref.substring(ref.lastIndexOf(':') + 1).trim();
			int i = 0;

			while ((i < last.length()) && Character.isLetter(last.charAt(i))) {
				i++;
			}

			if ((i == 0) || (i == last.length()) || ((last.length() - i) > 9)) {
				return -1;
			}

			Integer row = _smallInteger(last.substring(i));

			return ((row == null) || (row < 1)) ? -1 : row;
		}

		private static final SAXException _STOP = new SAXException("dimension read");

		long lastRow = -1;

	}

	/** A listener exception carrying a file-level error. */
	private static final class LimitReached extends SAXException {

		LimitReached(ImportFileException exception) {
			super(exception.getKey());

			this.exception = exception;
		}

		private static final long serialVersionUID = 1L;

		private final transient ImportFileException exception;

	}

	/** What the check keeps: counts, errors, keys and the numbers of rejected rows. */
	private final class State {

		void addError(RowError error) {
			errorCount++;

			if (errors.size() < _options.maxErrors()) {
				errors.add(error);
			}
		}

		/** The normalised login, cached: the same few hundred logins come back on every row. */
		String loginKey(String login) {
			String key = _loginKeys.get(login);

			if (key == null) {
				if (_loginKeys.size() >= _MAX_CACHED) {
					_loginKeys.clear();
				}

				key = Names.normalize(login);
				_loginKeys.put(login, key);
			}

			return key;
		}

		BitSet rejected(SheetKind kind) {
			return rejected.computeIfAbsent(kind, k -> new BitSet());
		}

		String subjectKey(String subject) {
			String key = _subjectKeys.get(subject);

			if (key == null) {
				if (_subjectKeys.size() >= _MAX_CACHED) {
					_subjectKeys.clear();
				}

				key = Names.normalize(subject);
				_subjectKeys.put(subject, key);
			}

			return key;
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

		/** Single pass: the schools sheet's accepted rows, fed after the branch-of check. */
		final List<SchoolRow> schoolBuffer = new ArrayList<>();

		final List<Integer> schoolBufferRows = new ArrayList<>();
		final Map<String, Integer> schoolRows = new HashMap<>();

		private final Map<String, String> _loginKeys = new HashMap<>();
		private final Map<String, String> _subjectKeys = new HashMap<>();

	}

	/** Reads one sheet: the first non-blank row is the header, the rest data. */
	private final class SheetPass implements SheetStreamer.RowListener {

		/** Check every row, feed nothing (pass 1 of two, or validate only). */
		static final int CHECK = 0;

		/** Check every row and feed the accepted ones at once (schools: buffered). */
		static final int CHECK_AND_FEED = 1;

		/** Feed the rows pass 1 accepted, without checking again (pass 2 of two). */
		static final int FEED = 2;

		SheetPass(SheetKind kind, String sheetName, int work, ImportSink sink) {
			_kind = kind;
			_sheetName = sheetName;
			_validating = work != FEED;
			_feeding = work != CHECK;
			_sink = sink;
			_counts = _state.counts.get(kind);
			_rejected = _state.rejected(kind);
			_schoolsRejected = _state.rejected(SheetKind.SCHOOLS);
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

			if (_index == null) {
				_header(rowIndex, cells);

				return;
			}

			if (_validating) {
				_counts[0]++;

				if (_state.failedSheets.contains(_kind)) {
					_reject(rowIndex);

					return;
				}
			}
			else if (_rejected.get(rowIndex)) {
				return;
			}

			_cells = cells;
			_row = rowIndex;
			_errorCount = 0;

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
				if (!_inSink) {
					throw runtimeException;
				}

				sinkFailure = runtimeException;

				throw new SAXException("The sink failed");
			}

			if (_validating && (_errorCount > 0)) {
				_reject(rowIndex);
			}
		}

		private Boolean _bool(Column column) {
			String value = _raw(column);

			if (value == null) {
				return null;
			}

			Object parsed = _parseChoice(column, _plainNumber(column, value));

			if (parsed == null) {
				_error(column, ImportMessages.INVALID_VALUE, value, String.join(", ", column.type().russianWords()));
			}

			return (Boolean)parsed;
		}

		private void _checkKey(KeyIndex keys, CharSequence key, Column column) {
			int first = keys.putIfAbsent(key, _row + 1);

			if (first >= 0) {
				_error(column, ImportMessages.DUPLICATE_KEY, first);
			}
		}

		private void _checkSchool(Column column, String login, String key) {
			Integer schoolRow = _state.schoolRows.get(key);

			if (schoolRow != null) {
				if (_schoolsRejected.get(schoolRow - 1)) {
					_error(column, ImportMessages.SCHOOL_REJECTED, login, schoolRow);
				}
			}
			else if (!_options.knownSchoolLogins().contains(key)) {
				_error(column, ImportMessages.UNKNOWN_SCHOOL, login);
			}
		}

		private Object _choice(Column column) {
			String value = _raw(column);

			if (value == null) {
				return null;
			}

			Object parsed = _parseChoice(column, value);

			if (parsed == null) {
				_error(column, ImportMessages.INVALID_VALUE, value, String.join(", ", column.type().russianWords()));
			}

			return parsed;
		}

		private String _column(Column column) {
			return _headers.get(column);
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

			if (_validating) {
				_violations(figures.validate());

				if (login != null) {
					String loginKey = _state.loginKey(login);

					_checkSchool(Column.CONTEXT_SCHOOL_LOGIN, login, loginKey);

					if (year != null) {
						StringBuilder key = _key;

						key.setLength(0);
						key.append(loginKey).append('|').append(year.intValue());

						_checkKey(_state.contextKeys, key, Column.CONTEXT_SCHOOL_LOGIN);
					}
				}

				if (!_feeding || (_errorCount > 0)) {
					return;
				}
			}

			_inSink = true;
			_sink.context(_row + 1, new ContextRow(login, figures));
			_inSink = false;
		}

		private Double _decimal(Column column) {
			String value = _raw(column);

			if (value == null) {
				return null;
			}

			int index = _index[column.ordinal()];
			byte kind = _cells.kind(index);

			if ((kind == RowCells.NUMBER) || (kind == RowCells.TEXT)) {
				String text = value;

				if (kind == RowCells.TEXT) {
					text = _compact(text);
				}

				if (isNumber(text)) {
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
			int index = _indexOf(column);

			if (_errorCount == _errorColumns.length) {
				_errorColumns = Arrays.copyOf(_errorColumns, _errorCount * 2);
			}

			_errorColumns[_errorCount++] = index;

			if (_validating) {
				_state.addError(
					new RowError(
						_kind, _sheetName, _row + 1, index, (index < 0) ? null : _column(column), key,
						List.of(arguments)));
			}
		}

		private boolean _hasError(int index) {
			for (int i = 0; i < _errorCount; i++) {
				if (_errorColumns[i] == index) {
					return true;
				}
			}

			return false;
		}

		private void _header(int rowIndex, RowCells cells) {
			_index = new int[_COLUMNS.length];
			_headers = new EnumMap<>(Column.class);

			Arrays.fill(_index, -1);

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

				if (_index[column.ordinal()] >= 0) {
					duplicates.add(text.trim());

					continue;
				}

				_index[column.ordinal()] = i;
				_headers.put(column, text.trim());
			}

			if (!_validating) {
				return;
			}

			List<String> missing = new ArrayList<>();

			for (Column column : _kind.columns()) {
				if (column.required() && (_index[column.ordinal()] < 0)) {
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

		/** The column's index in the sheet, -1 if the sheet does not have it (or no column). */
		private int _indexOf(Column column) {
			return (column == null) ? -1 : _index[column.ordinal()];
		}

		private Integer _integer(Column column) {
			String value = _raw(column);

			if (value == null) {
				return null;
			}

			int index = _index[column.ordinal()];
			byte kind = _cells.kind(index);

			if ((kind == RowCells.NUMBER) || (kind == RowCells.TEXT)) {
				String text = value;

				if (kind == RowCells.TEXT) {
					text = _compact(text);
				}

				Integer small = _smallInteger(text);

				if (small != null) {
					return small;
				}

				if (isNumber(text)) {
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

		/** The dictionary value of a word, cached per column; null if not in the dictionary. */
		private Object _parseChoice(Column column, String value) {
			Map<String, Object> cache = _choices.get(column);

			if (cache == null) {
				cache = new HashMap<>();
				_choices.put(column, cache);
			}

			Object parsed = cache.get(value);

			if (parsed == null) {
				if (cache.size() >= _MAX_CACHED) {
					cache.clear();
				}

				parsed = column.type().parse(value);

				if (parsed == null) {
					parsed = _NOT_IN_DICTIONARY;
				}

				cache.put(value, parsed);
			}

			return (parsed == _NOT_IN_DICTIONARY) ? null : parsed;
		}

		/** "123456.0" or "1.23456E5" of a number cell as "123456"; anything else unchanged. */
		private String _plainNumber(Column column, String value) {
			if (_cells.kind(_index[column.ordinal()]) != RowCells.NUMBER) {
				return value;
			}

			if (_isPlainInteger(value)) {
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

		/** The trimmed cell text; null (with an error if needed) when blank, absent or unusable. */
		private String _raw(Column column) {
			int index = _index[column.ordinal()];

			if (index < 0) {
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
			if (!_rejected.get(rowIndex)) {
				_rejected.set(rowIndex);
				_counts[1]++;
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

			if (_validating) {
				_violations(figures.validate());

				if (login != null) {
					String loginKey = _state.loginKey(login);

					_checkSchool(Column.RESULT_SCHOOL_LOGIN, login, loginKey);

					if ((year != null) && (assessment != null) && (grade != null) && (subject != null)) {

						// as ResultKey.toString(), without the objects

						StringBuilder key = _key;

						key.setLength(0);
						key.append(
							loginKey
						).append(
							'|'
						).append(
							year.intValue()
						).append(
							'|'
						).append(
							assessment.code()
						).append(
							'|'
						).append(
							grade.intValue()
						).append(
							'|'
						).append(
							_state.subjectKey(subject)
						);

						_checkKey(_state.resultKeys, key, Column.RESULT_SCHOOL_LOGIN);
					}
				}

				if (!_feeding || (_errorCount > 0)) {
					return;
				}
			}

			_inSink = true;
			_sink.result(_row + 1, new ResultRow(login, figures));
			_inSink = false;
		}

		private void _school() {
			String login = _text(Column.SCHOOL_LOGIN);
			String branchOf = _text(Column.BRANCH_OF);
			Boolean small = _bool(Column.SMALL_SCHOOL);
			SchoolStatus status = (SchoolStatus)_choice(Column.STATUS);

			if ((status == null) && !_hasError(_indexOf(Column.STATUS))) {
				status = SchoolStatus.ACTIVE;
			}

			SchoolData data = new SchoolData(
				0, _text(Column.SCHOOL_NAME), _text(Column.SHORT_NAME), _text(Column.ADDRESS),
				(SettlementType)_choice(Column.SETTLEMENT_TYPE), (SchoolLevel)_choice(Column.LEVEL),
				Boolean.TRUE.equals(small), 0, _decimal(Column.DISTANCE_KM), _text(Column.HEAD_NAME),
				_text(Column.PHONE), _text(Column.EMAIL), login, status);

			if (!_validating) {
				_inSink = true;
				_sink.school(_row + 1, new SchoolRow(login, branchOf, data));
				_inSink = false;

				return;
			}

			_violations(data.validate());

			if (login != null) {
				String key = _state.loginKey(login);
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
						_state.branches.add(new int[] {_row + 1, _index[Column.BRANCH_OF.ordinal()]});
					}
				}
			}

			if (_feeding && (_errorCount == 0)) {

				// fed after the whole sheet, once branch-of is checked

				_state.schoolBuffer.add(new SchoolRow(login, branchOf, data));
				_state.schoolBufferRows.add(_row + 1);
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

		/** Domain violations, except on columns that already have an error. */
		private void _violations(Violations violations) {
			if (violations.isEmpty()) {
				return;
			}

			int participants = _indexOf(Column.PARTICIPANTS);

			for (Violation violation : violations.list()) {
				Column column = _columnOfField(violation.field());
				int index = _indexOf(column);

				if (_hasError(index) || (violation.field().startsWith("marks") && (participants >= 0) && _hasError(participants))) {
					continue;
				}

				Object[] arguments = violation.arguments().toArray();

				if (violation.code().equals("grade-not-allowed") && (arguments.length > 0)) {

					// the assessment as the user wrote it ("ЕГЭ"), not its code ("ege")

					arguments[0] = _cells.value(_index[Column.ASSESSMENT.ordinal()]).trim();
				}

				_error(column, violation.messageKey(), arguments);
			}
		}

		RuntimeException sinkFailure;

		private RowCells _cells;
		private final Map<Column, Map<String, Object>> _choices = new EnumMap<>(Column.class);
		private final int[] _counts;
		private int _errorCount;
		private int[] _errorColumns = new int[16];
		private final boolean _feeding;
		private Map<Column, String> _headers;

		/** Column (by ordinal) -> index in the sheet, -1 if absent; null until the header row. */
		private int[] _index;

		private boolean _inSink;
		private final StringBuilder _key = new StringBuilder(64);
		private final SheetKind _kind;
		private final BitSet _rejected;
		private int _row;
		private final BitSet _schoolsRejected;
		private final String _sheetName;
		private final ImportSink _sink;
		private final boolean _validating;

	}

}
