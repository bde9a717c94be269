package ru.opora.schools.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a plain table as .xlsx (streaming, SXSSF): one sheet, a bold
 * header row that stays frozen, then one row per list. Numbers become
 * numeric cells, null an empty cell, anything else its text. Column widths
 * follow the longest text of the column (at least 8, at most 60 characters).
 * For the web bundles, which cannot see POI: this bundle embeds it.
 */
public final class TableWriter {

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	public static final int MAX_WIDTH = 60;

	public static final int MIN_WIDTH = 8;

	public TableWriter(String sheetName) {
		_sheetName = WorkbookUtil.createSafeSheetName(((sheetName == null) || sheetName.isBlank()) ? "Sheet1" : sheetName);
	}

	public void write(List<String> headers, List<? extends List<?>> rows, OutputStream out) throws IOException {
		int columns = headers.size();
		int[] widths = new int[columns];

		for (int i = 0; i < columns; i++) {
			widths[i] = _length(headers.get(i));
		}

		SXSSFWorkbook workbook = new SXSSFWorkbook(100);

		try {
			workbook.setCompressTempFiles(true);

			CellStyle headerStyle = workbook.createCellStyle();
			Font font = workbook.createFont();

			font.setBold(true);
			headerStyle.setFont(font);
			headerStyle.setWrapText(true);
			headerStyle.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
			headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);

			Sheet sheet = workbook.createSheet(_sheetName);
			Row header = sheet.createRow(0);

			for (int i = 0; i < columns; i++) {
				Cell cell = header.createCell(i);

				cell.setCellValue(_text(headers.get(i)));
				cell.setCellStyle(headerStyle);
			}

			int rowIndex = 1;

			for (List<?> values : rows) {
				Row row = sheet.createRow(rowIndex++);

				for (int i = 0; i < Math.min(columns, values.size()); i++) {
					Object value = values.get(i);

					if (value == null) {
						continue;
					}

					Cell cell = row.createCell(i);

					if (value instanceof Number) {
						double number = ((Number)value).doubleValue();

						if (Double.isNaN(number) || Double.isInfinite(number)) {
							continue;
						}

						cell.setCellValue(number);
						widths[i] = Math.max(widths[i], _length(String.valueOf(value)));
					}
					else if (value instanceof Boolean) {
						cell.setCellValue((Boolean)value);
						widths[i] = Math.max(widths[i], 5);
					}
					else {
						String text = _text(value);

						cell.setCellValue(text);
						widths[i] = Math.max(widths[i], _length(text));
					}
				}
			}

			sheet.createFreezePane(0, 1);

			for (int i = 0; i < columns; i++) {
				sheet.setColumnWidth(i, (Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[i])) + 2) * 256);
			}

			workbook.write(out);
		}
		finally {
			workbook.close();
		}
	}

	private static int _length(Object value) {
		return (value == null) ? 0 : value.toString().length();
	}

	/** Excel keeps at most 32,767 characters in a cell. */
	private static String _text(Object value) {
		String text = (value == null) ? "" : value.toString();

		return (text.length() > 32767) ? text.substring(0, 32767) : text;
	}

	private final String _sheetName;

}
