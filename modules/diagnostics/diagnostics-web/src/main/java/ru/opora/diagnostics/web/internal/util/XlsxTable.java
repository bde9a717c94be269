package ru.opora.diagnostics.web.internal.util;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;

import java.time.LocalDate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the first sheet of an .xlsx workbook (a file: streamed zips with data
 * descriptors, as POI's SXSSF writes them, need the central directory) as rows
 * of cell texts with the JDK only (zip + StAX, no external entities): shared strings, inline strings,
 * formula results and raw numbers; missing cells become empty strings.
 * Enough for the bank and the results sheets, which are plain tables.
 */
public final class XlsxTable {

	public static final int MAX_ROWS = 20000;

	/** The rows of the first sheet, the header included; an IOException if the file is not a readable workbook. */
	public static List<List<String>> read(File file) throws IOException {
		Map<String, byte[]> parts = new HashMap<>();

		try (ZipFile zipFile = new ZipFile(file)) {
			for (String name : new String[] {
					"xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"
				}) {

				ZipEntry entry = zipFile.getEntry(name);

				if (entry != null) {
					try (InputStream inputStream = zipFile.getInputStream(entry)) {
						parts.put(name, _bytes(inputStream));
					}
				}
			}
		}
		catch (ZipException zipException) {
			throw new IOException("Not an .xlsx workbook", zipException);
		}

		byte[] sheet = parts.get("xl/worksheets/sheet1.xml");

		if (sheet == null) {
			throw new IOException("Not an .xlsx workbook");
		}

		try {
			return _rows(
				sheet, _sharedStrings(parts.get("xl/sharedStrings.xml")),
				new Styles(parts.get("xl/styles.xml"), _date1904(parts.get("xl/workbook.xml"))));
		}
		catch (XMLStreamException xmlStreamException) {
			throw new IOException(xmlStreamException);
		}
	}

	/** Column index (0-based) of a cell reference such as {@code AB12}. */
	static int column(String reference) {
		int column = 0;

		for (int i = 0; i < reference.length(); i++) {
			char c = reference.charAt(i);

			if ((c < 'A') || (c > 'Z')) {
				break;
			}

			column = column * 26 + (c - 'A' + 1);
		}

		return column - 1;
	}

	private static byte[] _bytes(InputStream inputStream) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int read;

		while ((read = inputStream.read(buffer)) > 0) {
			out.write(buffer, 0, read);

			if (out.size() > 50_000_000) {
				throw new IOException("Workbook too large");
			}
		}

		return out.toByteArray();
	}

	private static XMLStreamReader _reader(byte[] bytes) throws XMLStreamException {
		// The JDK's own parser: the portal may register another StAX implementation.

		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();

		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);

		return factory.createXMLStreamReader(new java.io.ByteArrayInputStream(bytes), "UTF-8");
	}

	private static List<List<String>> _rows(byte[] sheet, List<String> strings, Styles styles)
		throws IOException, XMLStreamException {


		List<List<String>> rows = new ArrayList<>();
		XMLStreamReader reader = _reader(sheet);
		List<String> row = null;
		int rowNumber = 0;
		int column = 0;
		String type = null;
		int style = -1;
		StringBuilder value = null;

		while (reader.hasNext()) {
			int event = reader.next();

			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = reader.getLocalName();

				if (name.equals("row")) {
					String r = reader.getAttributeValue(null, "r");
					int number = (r == null) ? (rowNumber + 1) : Integer.parseInt(r);

					while (rows.size() < (number - 1)) {
						rows.add(new ArrayList<>());
					}

					if (number > MAX_ROWS) {
						throw new IOException("More than " + MAX_ROWS + " rows");
					}

					rowNumber = number;
					row = new ArrayList<>();
					column = 0;
				}
				else if (name.equals("c")) {
					String reference = reader.getAttributeValue(null, "r");

					column = (reference == null) ? row.size() : column(reference);
					type = reader.getAttributeValue(null, "t");

					String s = reader.getAttributeValue(null, "s");

					style = (s == null) ? -1 : Integer.parseInt(s.trim());
					value = new StringBuilder();
				}
				else if ((name.equals("v") || name.equals("t")) && (value != null)) {
					value.append(reader.getElementText());
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				String name = reader.getLocalName();

				if (name.equals("c") && (row != null)) {
					String text = value.toString();

					if ("s".equals(type) && !text.isEmpty()) {
						text = strings.get(Integer.parseInt(text.trim()));
					}
					else if ("b".equals(type)) {
						text = "1".equals(text) ? "TRUE" : "FALSE";
					}
					else if ((type == null) || "n".equals(type)) {
						text = styles.number(style, text);
					}

					while (row.size() < column) {
						row.add("");
					}

					row.add(text);
					value = null;
				}
				else if (name.equals("row")) {
					rows.add(row);
					row = null;
				}
			}
		}

		return rows;
	}

	private static String _number(String text) {
		if (text.endsWith(".0")) {
			return text.substring(0, text.length() - 2);
		}

		return text;
	}

	/** A date format: a built-in date one, or a custom one with a day, month or year outside quotes and brackets. */
	static boolean isDateFormat(String numFmtId, String formatCode) {
		if (_BUILT_IN_DATE_FORMATS.contains(numFmtId)) {
			return true;
		}

		if (formatCode == null) {
			return false;
		}

		String code = _unquoted(formatCode).replaceAll("\\[[^\\]]*\\]", "").toLowerCase(Locale.ROOT);

		return code.contains("d") || code.contains("y") || (code.contains("m") && !code.contains("h") &&
			!code.contains("s"));
	}

	/** A % outside quotes and not escaped: Excel shows the value × 100. */
	static boolean isPercentFormat(String numFmtId, String formatCode) {
		if ("9".equals(numFmtId) || "10".equals(numFmtId)) {
			return true;
		}

		return (formatCode != null) && _unquoted(formatCode).contains("%");
	}

	/** Whether the workbook counts days from 1904 (old Mac Excel) instead of 1900. */
	private static boolean _date1904(byte[] bytes) throws XMLStreamException {
		if (bytes == null) {
			return false;
		}

		XMLStreamReader reader = _reader(bytes);

		while (reader.hasNext()) {
			if ((reader.next() == XMLStreamConstants.START_ELEMENT) && reader.getLocalName().equals("workbookPr")) {
				String date1904 = reader.getAttributeValue(null, "date1904");

				return "1".equals(date1904) || "true".equalsIgnoreCase(date1904);
			}
		}

		return false;
	}

	private static String _unquoted(String formatCode) {
		return formatCode.replaceAll("\"[^\"]*\"", "").replaceAll("\\\\.", "");
	}

	private static List<String> _sharedStrings(byte[] bytes) throws XMLStreamException {
		List<String> strings = new ArrayList<>();

		if (bytes == null) {
			return strings;
		}

		XMLStreamReader reader = _reader(bytes);
		StringBuilder current = null;

		while (reader.hasNext()) {
			int event = reader.next();

			if (event == XMLStreamConstants.START_ELEMENT) {
				if (reader.getLocalName().equals("si")) {
					current = new StringBuilder();
				}
				else if (reader.getLocalName().equals("t") && (current != null)) {
					current.append(reader.getElementText());
				}
			}
			else if ((event == XMLStreamConstants.END_ELEMENT) && reader.getLocalName().equals("si")) {
				strings.add(current.toString());
				current = null;
			}
		}

		return strings;
	}

	private XlsxTable() {
	}

	private static final Set<String> _BUILT_IN_DATE_FORMATS = new HashSet<>(
		Arrays.asList("14", "15", "16", "17", "22"));

	/**
	 * The number formats of the cell styles. A cell in a percent format stores
	 * 0.645 and shows 64,5 %; a cell in a date format stores the day number:
	 * the table gives what the user sees (64.5; 2025-10-16).
	 */
	private static final class Styles {

		Styles(byte[] bytes, boolean date1904) throws XMLStreamException {
			_epoch = date1904 ? LocalDate.of(1904, 1, 1) : LocalDate.of(1899, 12, 30);

			if (bytes == null) {
				return;
			}

			Map<String, String> formatCodes = new HashMap<>();
			XMLStreamReader reader = _reader(bytes);
			boolean cellXfs = false;
			int index = 0;

			while (reader.hasNext()) {
				int event = reader.next();

				if (event == XMLStreamConstants.START_ELEMENT) {
					String name = reader.getLocalName();

					if (name.equals("numFmt")) {
						formatCodes.put(
							reader.getAttributeValue(null, "numFmtId"), reader.getAttributeValue(null, "formatCode"));
					}
					else if (name.equals("cellXfs")) {
						cellXfs = true;
					}
					else if (name.equals("xf") && cellXfs) {
						String numFmtId = reader.getAttributeValue(null, "numFmtId");
						String formatCode = formatCodes.get(numFmtId);

						if (isPercentFormat(numFmtId, formatCode)) {
							_percent.add(index);
						}
						else if (isDateFormat(numFmtId, formatCode)) {
							_date.add(index);
						}

						index++;
					}
				}
				else if ((event == XMLStreamConstants.END_ELEMENT) && reader.getLocalName().equals("cellXfs")) {
					cellXfs = false;
				}
			}
		}

		/** A numeric cell's text as the user sees it in its style; not a number: as stored. */
		String number(int style, String text) {
			if (text.isEmpty()) {
				return text;
			}

			try {
				if (_percent.contains(style)) {
					BigDecimal hundredths = new BigDecimal(text.trim()).movePointRight(2).stripTrailingZeros();

					return (hundredths.scale() < 0) ? hundredths.setScale(0).toPlainString() :
						hundredths.toPlainString();
				}

				if (_date.contains(style)) {
					return _epoch.plusDays(new BigDecimal(text.trim()).longValue()).toString();
				}
			}
			catch (NumberFormatException numberFormatException) {
				return text;
			}

			return _number(text);
		}

		private final Set<Integer> _date = new HashSet<>();
		private final LocalDate _epoch;
		private final Set<Integer> _percent = new HashSet<>();

	}

}
