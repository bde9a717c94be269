package ru.opora.schools.importer;

import java.util.Arrays;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStrings;

/**
 * Shared strings as POI's sheet handler asks for them, each decoded once.
 * {@code ReadOnlySharedStringsTable.getItemAt} builds a new
 * {@code XSSFRichTextString} (an XMLBeans object) for every cell that refers
 * to a shared string; the handler then only calls {@code toString()}. Here the
 * first look-up of an index keeps the decoded text in a small immutable
 * object, and later cells reuse it (the same logins, assessments and subjects
 * come back on every row). Indexes past {@link #MAX_CACHED} go to the table
 * every time, so a workbook of a million distinct strings does not cost twice
 * their memory.
 */
final class SharedStringCache implements SharedStrings {

	static final int MAX_CACHED = 1 << 18;

	SharedStringCache(SharedStrings strings) {
		_strings = strings;
		_cache = new PlainText[Math.max(16, Math.min(MAX_CACHED, strings.getUniqueCount()))];
	}

	@Override
	public int getCount() {
		return _strings.getCount();
	}

	@Override
	public RichTextString getItemAt(int index) {
		if ((index < 0) || (index >= MAX_CACHED)) {
			return _strings.getItemAt(index);
		}

		if (index >= _cache.length) {

			// uniqueCount is optional in sharedStrings.xml

			_cache = Arrays.copyOf(_cache, Math.min(MAX_CACHED, Math.max(index + 1, _cache.length * 2)));
		}

		PlainText text = _cache[index];

		if (text == null) {
			text = new PlainText(_strings.getItemAt(index).toString());
			_cache[index] = text;
		}

		return text;
	}

	@Override
	public int getUniqueCount() {
		return _strings.getUniqueCount();
	}

	private PlainText[] _cache;
	private final SharedStrings _strings;

	/** Text only (as the table item's toString()); the sheet handler reads it with toString(). */
	private static final class PlainText implements RichTextString {

		@Override
		public void applyFont(Font font) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void applyFont(int startIndex, int endIndex, Font font) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void applyFont(int startIndex, int endIndex, short fontIndex) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void applyFont(short fontIndex) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void clearFormatting() {
			throw new UnsupportedOperationException();
		}

		@Override
		public int getIndexOfFormattingRun(int index) {
			return 0;
		}

		@Override
		public String getString() {
			return _text;
		}

		@Override
		public int length() {
			return _text.length();
		}

		@Override
		public int numFormattingRuns() {
			return 0;
		}

		@Override
		public String toString() {
			return _text;
		}

		private PlainText(String text) {
			_text = text;
		}

		private final String _text;

	}

}
