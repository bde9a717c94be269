package ru.opora.schools.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.Styles;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one sheet's XML through POI's {@link XSSFSheetXMLHandler} (hardened
 * SAX parser, shared strings resolved) and hands each row to a listener. It
 * sits in front of POI's handler to learn what POI does not tell: the cell
 * type, and whether the cell has a formula. Numbers come raw (no styles, no
 * formatting), so "1 234,5" formats never reach the parser.
 */
final class SheetStreamer extends DefaultHandler {

	/** Receives each row; may throw to stop reading. */
	interface RowListener {

		public void row(int rowIndex, RowCells cells) throws SAXException;

	}

	SheetStreamer(SharedStrings strings, RowListener listener) {
		this(strings, null, listener);
	}

	/** With styles, number cells formatted as percentages are flagged ({@link RowCells#isPercent}). */
	SheetStreamer(SharedStrings strings, Styles styles, RowListener listener) {
		_styles = styles;
		_listener = listener;
		_handler = new XSSFSheetXMLHandler(
			null, null, strings, new ContentsHandler(), new DataFormatter(), false);
	}

	@Override
	public void characters(char[] ch, int start, int length) throws SAXException {
		_handler.characters(ch, start, length);
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		_handler.endElement(uri, localName, qName);
	}

	void parse(InputStream sheet) throws IOException, SAXException {
		XMLReader reader;

		try {
			reader = XMLHelper.newXMLReader();
		}
		catch (ParserConfigurationException parserConfigurationException) {
			throw new IOException(parserConfigurationException);
		}

		reader.setContentHandler(this);
		reader.parse(new InputSource(sheet));
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes)
		throws SAXException {

		_handler.startElement(uri, localName, qName, attributes);

		if (!_NS.equals(uri)) {
			return;
		}

		if ("c".equals(localName)) {

			// one look at the attributes (r, t, s) instead of a search for each

			String ref = null;
			String type = null;
			String style = null;

			for (int i = attributes.getLength() - 1; i >= 0; i--) {
				String name = attributes.getQName(i);

				if (name.length() != 1) {
					continue;
				}

				char c = name.charAt(0);

				if (c == 'r') {
					ref = attributes.getValue(i);
				}
				else if (c == 't') {
					type = attributes.getValue(i);
				}
				else if (c == 's') {
					style = attributes.getValue(i);
				}
			}

			_column = (ref == null) ? (_column + 1) : _columnOf(ref);
			_kind = _kindOf(type);
			_percent = (_kind == RowCells.NUMBER) && (style != null) && _isPercent(style);
		}
		else if ("f".equals(localName)) {
			_cells.formula(_column);
		}
		else if ("row".equals(localName)) {
			_column = -1;
		}
	}

	private static int _columnOf(String ref) {
		int column = 0;

		for (int i = 0; i < ref.length(); i++) {
			char c = ref.charAt(i);

			if ((c >= 'A') && (c <= 'Z')) {
				column = (column * 26) + (c - 'A' + 1);
			}
			else if ((c >= 'a') && (c <= 'z')) {
				column = (column * 26) + (c - 'a' + 1);
			}
			else {
				break;
			}

			if (column > 100_000) {
				return -1;
			}
		}

		return column - 1;
	}

	private boolean _isPercent(String style) {
		if ((_styles == null) || (style == null)) {
			return false;
		}

		int index;

		try {
			index = Integer.parseInt(style.trim());
		}
		catch (NumberFormatException numberFormatException) {
			return false;
		}

		if ((index < 0) || (index >= _styles.getNumCellStyles())) {
			return false;
		}

		if (index >= _percentStyles.length) {
			_percentStyles = Arrays.copyOf(_percentStyles, Math.max(index + 1, _percentStyles.length * 2));
		}

		if (_percentStyles[index] == 0) {
			String format = _styles.getStyleAt(index).getDataFormatString();
			boolean percent = (format != null) && format.replaceAll("\"[^\"]*\"", "").contains("%");

			_percentStyles[index] = percent ? _PERCENT : _NOT_PERCENT;
		}

		return _percentStyles[index] == _PERCENT;
	}

	private static byte _kindOf(String type) {
		if ((type == null) || "n".equals(type)) {
			return RowCells.NUMBER;
		}

		if ("b".equals(type)) {
			return RowCells.BOOLEAN;
		}

		if ("e".equals(type)) {
			return RowCells.ERROR;
		}

		return RowCells.TEXT;
	}

	private static final String _NS = XSSFRelation.NS_SPREADSHEETML;

	private static final byte _NOT_PERCENT = 2;

	private static final byte _PERCENT = 1;

	private final RowCells _cells = new RowCells();
	private int _column = -1;
	private final XSSFSheetXMLHandler _handler;
	private byte _kind;
	private boolean _percent;
	/** By style index: 0 not looked at yet, else _PERCENT or _NOT_PERCENT. */
	private byte[] _percentStyles = new byte[16];

	private final Styles _styles;
	private final RowListener _listener;

	private class ContentsHandler implements XSSFSheetXMLHandler.SheetContentsHandler {

		@Override
		public void cell(String cellReference, String formattedValue, XSSFComment comment) {
			_cells.set(_column, _kind, formattedValue);

			if (_percent) {
				_cells.percent(_column);
			}
		}

		@Override
		public void endRow(int rowNum) {
			try {
				_listener.row(rowNum, _cells);
			}
			catch (SAXException saxException) {
				throw new StopReading(saxException);
			}
		}

		@Override
		public void startRow(int rowNum) {
			_cells.clear();
		}

	}

	/** Carries a listener's exception through POI's handler, which declares none. */
	static final class StopReading extends RuntimeException {

		StopReading(SAXException cause) {
			super(cause);
		}

		private static final long serialVersionUID = 1L;

	}

}
