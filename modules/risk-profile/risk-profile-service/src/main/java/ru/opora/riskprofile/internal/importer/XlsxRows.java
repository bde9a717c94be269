package ru.opora.riskprofile.internal.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the first sheet of an .xlsx workbook as rows of text cells, with
 * the defences of a file from outside: size limits on every part (a zip bomb
 * stops at the limit), no DTDs or external entities, a row limit. Formats
 * are not applied: numbers come as stored ("3", "4.5").
 */
public final class XlsxRows {

	public static final int MAX_PART_BYTES = 20 * 1024 * 1024;

	public static final int MAX_ROWS = 10000;

	/** @throws IOException when the file is not a readable workbook or breaks a limit */
	public static List<List<String>> read(InputStream inputStream) throws IOException {
		Map<String, byte[]> parts = new HashMap<>();

		try (ZipInputStream zipInputStream = new ZipInputStream(inputStream)) {
			ZipEntry entry;

			while ((entry = zipInputStream.getNextEntry()) != null) {
				String name = entry.getName();

				if (name.equals("xl/sharedStrings.xml") || name.equals("xl/worksheets/sheet1.xml")) {
					parts.put(name, _readLimited(zipInputStream));
				}
			}
		}

		if (!parts.containsKey("xl/worksheets/sheet1.xml")) {
			throw new IOException("not an xlsx workbook: no first sheet");
		}

		try {
			List<String> strings = _sharedStrings(parts.get("xl/sharedStrings.xml"));

			return _sheet(parts.get("xl/worksheets/sheet1.xml"), strings);
		}
		catch (XMLStreamException xmlStreamException) {
			throw new IOException("damaged workbook: " + xmlStreamException.getMessage(), xmlStreamException);
		}
	}

	private static int _column(String reference) {
		int column = 0;

		for (int i = 0; i < reference.length(); i++) {
			char c = reference.charAt(i);

			if ((c < 'A') || (c > 'Z')) {
				break;
			}

			column = (column * 26) + (c - 'A' + 1);
		}

		return column - 1;
	}

	private static XMLStreamReader _reader(byte[] bytes) throws XMLStreamException {
		// The JDK's own parser: the portal registers another one globally

		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();

		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);

		return factory.createXMLStreamReader(new java.io.ByteArrayInputStream(bytes));
	}

	private static byte[] _readLimited(InputStream inputStream) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int read;

		while ((read = inputStream.read(buffer)) > 0) {
			if ((out.size() + read) > MAX_PART_BYTES) {
				throw new IOException("workbook part larger than " + MAX_PART_BYTES + " bytes");
			}

			out.write(buffer, 0, read);
		}

		return out.toByteArray();
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
				if ("si".equals(reader.getLocalName())) {
					current = new StringBuilder();
				}
				else if ("t".equals(reader.getLocalName()) && (current != null)) {
					current.append(reader.getElementText());
				}
			}
			else if ((event == XMLStreamConstants.END_ELEMENT) && "si".equals(reader.getLocalName()) &&
					 (current != null)) {

				strings.add(current.toString());
				current = null;
			}
		}

		return strings;
	}

	private static List<List<String>> _sheet(byte[] bytes, List<String> strings) throws IOException, XMLStreamException {
		List<List<String>> rows = new ArrayList<>();
		XMLStreamReader reader = _reader(bytes);

		List<String> row = null;
		String type = null;
		int column = -1;

		while (reader.hasNext()) {
			int event = reader.next();

			if (event != XMLStreamConstants.START_ELEMENT) {
				if ((event == XMLStreamConstants.END_ELEMENT) && "row".equals(reader.getLocalName())) {
					rows.add(row);
					row = null;
				}

				continue;
			}

			String name = reader.getLocalName();

			if ("row".equals(name)) {
				if (rows.size() >= MAX_ROWS) {
					throw new IOException("more than " + MAX_ROWS + " rows");
				}

				int index = Integer.parseInt(reader.getAttributeValue(null, "r")) - 1;

				while (rows.size() < index) {
					rows.add(new ArrayList<>());
				}

				row = new ArrayList<>();
			}
			else if ("c".equals(name) && (row != null)) {
				type = reader.getAttributeValue(null, "t");

				String reference = reader.getAttributeValue(null, "r");

				column = (reference == null) ? row.size() : _column(reference);
			}
			else if (("v".equals(name) || "t".equals(name)) && (row != null) && (column >= 0)) {
				String value = reader.getElementText();

				if ("s".equals(type)) {
					int index = Integer.parseInt(value.trim());

					value = ((index >= 0) && (index < strings.size())) ? strings.get(index) : "";
				}

				while (row.size() <= column) {
					row.add("");
				}

				row.set(column, value.trim());
				column = -1;
			}
		}

		return rows;
	}

	private XlsxRows() {
	}

}
