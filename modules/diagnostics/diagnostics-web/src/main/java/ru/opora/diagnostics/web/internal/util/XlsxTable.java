package ru.opora.diagnostics.web.internal.util;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
			for (String name : new String[] {"xl/sharedStrings.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml"}) {
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
				sheet, _sharedStrings(parts.get("xl/sharedStrings.xml")), _percentStyles(parts.get("xl/styles.xml")));
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

	/**
	 * The cell styles (by index) whose number format is a percent: built-in
	 * formats 9 and 10 or a custom format with {@code %}. Such a cell stores
	 * 0.645 and shows 64.5 %: the table gives what the user sees, 64.5.
	 */
	private static Set<Integer> _percentStyles(byte[] bytes) throws XMLStreamException {
		Set<Integer> percentStyles = new HashSet<>();

		if (bytes == null) {
			return percentStyles;
		}

		Set<String> percentFormats = new HashSet<>(Arrays.asList("9", "10"));
		XMLStreamReader reader = _reader(bytes);
		boolean cellXfs = false;
		int index = 0;

		while (reader.hasNext()) {
			int event = reader.next();

			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = reader.getLocalName();

				if (name.equals("numFmt")) {
					String formatCode = reader.getAttributeValue(null, "formatCode");

					if (isPercentFormat(formatCode)) {
						percentFormats.add(reader.getAttributeValue(null, "numFmtId"));
					}
				}
				else if (name.equals("cellXfs")) {
					cellXfs = true;
				}
				else if (name.equals("xf") && cellXfs) {
					if (percentFormats.contains(reader.getAttributeValue(null, "numFmtId"))) {
						percentStyles.add(index);
					}

					index++;
				}
			}
			else if ((event == XMLStreamConstants.END_ELEMENT) && reader.getLocalName().equals("cellXfs")) {
				cellXfs = false;
			}
		}

		return percentStyles;
	}

	private static List<List<String>> _rows(byte[] sheet, List<String> strings, Set<Integer> percentStyles)
		throws IOException, XMLStreamException {


		List<List<String>> rows = new ArrayList<>();
		XMLStreamReader reader = _reader(sheet);
		List<String> row = null;
		int rowNumber = 0;
		int column = 0;
		String type = null;
		boolean percent = false;
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

					String style = reader.getAttributeValue(null, "s");

					percent = (style != null) && percentStyles.contains(Integer.valueOf(style.trim()));
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
					else if (((type == null) || "n".equals(type)) && percent && !text.isEmpty()) {
						text = _percent(text);
					}
					else if ((type == null) || "n".equals(type)) {
						text = _number(text);
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

	/** A % outside quotes and not escaped: Excel shows the value × 100. */
	static boolean isPercentFormat(String formatCode) {
		if (formatCode == null) {
			return false;
		}

		String unquoted = formatCode.replaceAll("\"[^\"]*\"", "").replace("\\%", "");

		return unquoted.contains("%");
	}

	/** 0.645 → 64.5 without binary rounding noise; not a number → as stored. */
	private static String _percent(String text) {
		try {
			BigDecimal hundredths = new BigDecimal(text.trim()).movePointRight(2).stripTrailingZeros();

			return (hundredths.scale() < 0) ? hundredths.setScale(0).toPlainString() : hundredths.toPlainString();
		}
		catch (NumberFormatException numberFormatException) {
			return text;
		}
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

}
