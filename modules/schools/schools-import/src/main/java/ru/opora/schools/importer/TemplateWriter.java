package ru.opora.schools.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the blank import template: the three sheets with Russian headers, a
 * comment on each header explaining the column, drop-down lists and number
 * ranges as data validation, the header row frozen, text columns formatted as
 * text (so logins like 000123 keep their zeros).
 */
public final class TemplateWriter {

	public static final String FILE_NAME = "opora-schools-template.xlsx";

	/** Rows below the header that carry the data validation. */
	public static final int VALIDATED_ROWS = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

	/** The template as a workbook (the caller closes it). */
	public XSSFWorkbook create() {
		XSSFWorkbook workbook = new XSSFWorkbook();

		CellStyle headerStyle = workbook.createCellStyle();
		Font font = workbook.createFont();

		font.setBold(true);
		headerStyle.setFont(font);
		headerStyle.setWrapText(true);
		headerStyle.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
		headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);

		CellStyle textStyle = workbook.createCellStyle();

		textStyle.setDataFormat(workbook.createDataFormat().getFormat("@"));

		for (SheetKind kind : SheetKind.values()) {
			_sheet(workbook, kind, headerStyle, textStyle);
		}

		return workbook;
	}

	public void write(OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = create()) {
			workbook.write(out);
		}
	}

	/** Writes {@link #FILE_NAME} into the folder (created if needed); returns the file. */
	public Path writeTo(Path dir) throws IOException {
		Files.createDirectories(dir);

		Path file = dir.resolve(FILE_NAME);

		try (OutputStream out = Files.newOutputStream(file)) {
			write(out);
		}

		return file;
	}

	private static void _sheet(XSSFWorkbook workbook, SheetKind kind, CellStyle headerStyle, CellStyle textStyle) {
		XSSFSheet sheet = workbook.createSheet(kind.russianName());
		XSSFRow header = sheet.createRow(0);
		CreationHelper creationHelper = workbook.getCreationHelper();
		Drawing<?> drawing = sheet.createDrawingPatriarch();
		DataValidationHelper validationHelper = sheet.getDataValidationHelper();

		header.setHeightInPoints(45);

		int i = 0;

		for (Column column : kind.columns()) {
			XSSFCell cell = header.createCell(i);

			cell.setCellValue(column.russianHeader());
			cell.setCellStyle(headerStyle);

			ClientAnchor anchor = creationHelper.createClientAnchor();

			anchor.setCol1(i);
			anchor.setCol2(i + 3);
			anchor.setRow1(0);
			anchor.setRow2(4);

			Comment comment = drawing.createCellComment(anchor);

			comment.setString(
				creationHelper.createRichTextString(
					(column.required() ? "Обязательный столбец. " : "") + column.comment() + " (" +
						column.englishHeader() + ")"));
			comment.setAuthor("Opora");
			cell.setCellComment(comment);

			sheet.setColumnWidth(i, Math.min(255, Math.max(14, column.russianHeader().length() + 2)) * 256);

			if (column.type() == ValueType.TEXT) {
				sheet.setDefaultColumnStyle(i, textStyle);
			}

			DataValidationConstraint constraint = _constraint(validationHelper, column);

			if (constraint != null) {
				DataValidation validation = validationHelper.createValidation(
					constraint, new CellRangeAddressList(1, VALIDATED_ROWS, i, i));

				validation.setShowErrorBox(true);
				validation.setEmptyCellAllowed(true);
				validation.createErrorBox(column.russianHeader(), column.comment());
				validation.setShowPromptBox(false);
				sheet.addValidationData(validation);
			}

			i++;
		}

		sheet.createFreezePane(0, 1);
	}

	private static DataValidationConstraint _constraint(DataValidationHelper helper, Column column) {
		ValueType type = column.type();

		if (type.isChoice()) {
			return helper.createExplicitListConstraint(type.russianWords().toArray(new String[0]));
		}

		if ((column.min() == null) || (column.max() == null)) {
			return null;
		}

		if (type == ValueType.INTEGER) {
			return helper.createIntegerConstraint(
				DataValidationConstraint.OperatorType.BETWEEN, _number(column.min()), _number(column.max()));
		}

		if (type == ValueType.DECIMAL) {
			return helper.createDecimalConstraint(
				DataValidationConstraint.OperatorType.BETWEEN, _number(column.min()), _number(column.max()));
		}

		return null;
	}

	private static String _number(double value) {
		return (value == Math.rint(value)) ? String.valueOf((long)value) : String.valueOf(value);
	}

}
