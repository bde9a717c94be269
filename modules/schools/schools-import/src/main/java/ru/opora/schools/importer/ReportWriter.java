package ru.opora.schools.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.xml.sax.SAXException;

/**
 * Writes what an import rejected as .xlsx, in a locale: the list of errors,
 * and a streaming copy of the uploaded workbook with the rejected rows in red
 * and their reasons in an extra column.
 */
public final class ReportWriter {

	public ReportWriter(Locale locale) {
		_formatter = new MessageFormatter(locale);
	}

	/** One row per error: sheet, row, column letter, header, reason. */
	public void writeErrors(ImportReport report, OutputStream out) throws IOException {
		writeErrors(report.errors(), out);
	}

	/**
	 * The same for any list of errors, e.g. the file's errors together with
	 * the rows the registry refused when storing them.
	 */
	public void writeErrors(List<RowError> errors, OutputStream out) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(100);

		try {
			workbook.setCompressTempFiles(true);

			CellStyle headerStyle = _headerStyle(workbook);
			Sheet sheet = workbook.createSheet(_formatter.message("opora-import-report-errors"));
			Row header = sheet.createRow(0);
			String[] keys = {
				"opora-import-report-sheet", "opora-import-report-row", "opora-import-report-column",
				"opora-import-report-header", "opora-import-report-reason"
			};

			for (int i = 0; i < keys.length; i++) {
				Cell cell = header.createCell(i);

				cell.setCellValue(_formatter.message(keys[i]));
				cell.setCellStyle(headerStyle);
			}

			int rowIndex = 1;

			for (RowError error : errors) {
				Row row = sheet.createRow(rowIndex++);

				row.createCell(0).setCellValue(error.sheetName());
				row.createCell(1).setCellValue(error.row());
				row.createCell(2).setCellValue(error.columnLetter());
				row.createCell(3).setCellValue((error.columnHeader() == null) ? "" : error.columnHeader());
				row.createCell(4).setCellValue(_formatter.message(error.key(), error.arguments()));
			}

			sheet.createFreezePane(0, 1);
			sheet.setColumnWidth(0, 14 * 256);
			sheet.setColumnWidth(3, 30 * 256);
			sheet.setColumnWidth(4, 90 * 256);

			workbook.write(out);
		}
		finally {
			workbook.close();
		}
	}

	/**
	 * Copies the workbook (values only, streaming) with the rejected rows
	 * filled red and their reasons in a column after the last header. Call
	 * it with a file {@link WorkbookImporter} has accepted and its report;
	 * rows beyond the report's error limit are not marked.
	 */
	public void writeMarkedCopy(Path source, ImportReport report, OutputStream out) throws IOException {
		Map<String, Map<Integer, List<String>>> reasons = new HashMap<>();

		for (RowError error : report.errors()) {
			reasons.computeIfAbsent(
				error.sheetName(), name -> new HashMap<>()
			).computeIfAbsent(
				error.row(), row -> new ArrayList<>()
			).add(_formatter.format(error));
		}

		SXSSFWorkbook workbook = new SXSSFWorkbook(100);
		OPCPackage pkg = null;

		try {
			pkg = OPCPackage.open(source.toFile(), PackageAccess.READ);

			workbook.setCompressTempFiles(true);

			CellStyle badStyle = workbook.createCellStyle();

			badStyle.setFillForegroundColor(IndexedColors.ROSE.getIndex());
			badStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);

			CellStyle headerStyle = _headerStyle(workbook);
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator)reader.getSheetsData();

			while (iterator.hasNext()) {
				try (InputStream in = iterator.next()) {
					String name = iterator.getSheetName();
					Sheet sheet = workbook.createSheet(name);
					Map<Integer, List<String>> sheetReasons = reasons.getOrDefault(name, new HashMap<>());
					int[] reasonColumn = {-1};

					new SheetStreamer(
						strings,
						(rowIndex, cells) -> {
							if (cells.isBlank()) {
								return;
							}

							Row row = sheet.createRow(rowIndex);
							boolean headerRow = reasonColumn[0] < 0;
							List<String> rowReasons = sheetReasons.get(rowIndex + 1);

							if (headerRow) {
								reasonColumn[0] = cells.size();
							}

							for (int i = 0; i < cells.size(); i++) {
								String value = cells.value(i);

								if (value == null) {
									continue;
								}

								Cell cell = row.createCell(i);

								if (cells.kind(i) == RowCells.NUMBER) {
									try {
										cell.setCellValue(Double.parseDouble(value));
									}
									catch (NumberFormatException numberFormatException) {
										cell.setCellValue(value);
									}
								}
								else {
									cell.setCellValue(value);
								}

								if (headerRow) {
									cell.setCellStyle(headerStyle);
								}
								else if (rowReasons != null) {
									cell.setCellStyle(badStyle);
								}
							}

							if (headerRow) {
								Cell cell = row.createCell(reasonColumn[0]);

								cell.setCellValue(_formatter.message("opora-import-report-errors"));
								cell.setCellStyle(headerStyle);
							}
							else if (rowReasons != null) {
								Cell cell = row.createCell(Math.max(reasonColumn[0], cells.size()));

								cell.setCellValue(String.join("\n", rowReasons));
								cell.setCellStyle(badStyle);
							}
						}
					).parse(in);

					sheet.createFreezePane(0, 1);
				}
			}

			workbook.write(out);
		}
		catch (OpenXML4JException | SAXException | RuntimeException exception) {
			throw new IOException(exception);
		}
		finally {
			if (pkg != null) {
				pkg.revert();
			}

			workbook.close();
		}
	}

	private static CellStyle _headerStyle(SXSSFWorkbook workbook) {
		CellStyle style = workbook.createCellStyle();
		Font font = workbook.createFont();

		font.setBold(true);
		style.setFont(font);

		return style;
	}

	private final MessageFormatter _formatter;

}
