package ru.opora.schools.web.internal.display.context;

import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.portlet.url.builder.ResourceURLBuilder;
import com.liferay.portal.kernel.util.Portal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.schools.importer.ImportMode;
import ru.opora.schools.importer.ImportReport;
import ru.opora.schools.importer.MessageFormatter;
import ru.opora.schools.importer.RowError;
import ru.opora.schools.importer.SheetKind;
import ru.opora.schools.importing.SchoolImportResult;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;
import ru.opora.schools.web.internal.util.ImportModes;
import ru.opora.schools.web.internal.util.LastImport;

/**
 * The result of the user's last import: what was stored (or that nothing
 * was), the counts of each sheet and the rejected rows with their reasons in
 * the user's language (the texts of schools-import's ImportMessages, through
 * its MessageFormatter). The page lists at most {@link #MAX_SHOWN_ERRORS}
 * rows; the downloadable report has all of them.
 *
 * @author Opora
 */
public class ImportResultDisplayContext extends BaseSchoolsDisplayContext {

	public static final int MAX_SHOWN_ERRORS = 500;

	public ImportResultDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		Portal portal, LastImport lastImport) {

		super(renderRequest, renderResponse, portal);

		_lastImport = lastImport;
		_schoolImportResult = lastImport.getSchoolImportResult();
		_messageFormatter = new MessageFormatter(locale);
	}

	public int getAdded() {
		return _schoolImportResult.getAdded();
	}

	public String getDownloadReportURL() {
		return ResourceURLBuilder.createResourceURL(
			renderResponse
		).setResourceID(
			SchoolsWebKeys.MVC_DOWNLOAD_IMPORT_REPORT
		).buildString();
	}

	/** Every rejected row: those of the file and those the registry refused. */
	public int getErrorCount() {
		return _schoolImportResult.getReport(
		).errorCount() + _schoolImportResult.getStoreErrors(
		).size();
	}

	/** The rejected rows the page shows, sorted by sheet, row and column. */
	public List<ErrorRow> getErrorRows() {
		if (_errorRows != null) {
			return _errorRows;
		}

		List<ErrorRow> errorRows = new ArrayList<>();

		for (RowError rowError : _schoolImportResult.getErrors()) {
			if (errorRows.size() == MAX_SHOWN_ERRORS) {
				break;
			}

			errorRows.add(
				new ErrorRow(
					rowError.sheetName(), rowError.row(),
					rowError.columnLetter(),
					(rowError.columnHeader() == null) ? "" :
						rowError.columnHeader(),
					_messageFormatter.message(
						rowError.key(), rowError.arguments())));
		}

		_errorRows = Collections.unmodifiableList(errorRows);

		return _errorRows;
	}

	public String getFileName() {
		return _lastImport.getFileName();
	}

	public String getImportAgainURL() {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			SchoolsWebKeys.MVC_IMPORT_WORKBOOK
		).setParameter(
			"mode", getMode().name()
		).buildString();
	}

	public ImportMode getMode() {
		return _schoolImportResult.getMode();
	}

	public String getModeLabel() {
		return translator.get(ImportModes.labelKey(getMode()));
	}

	/** Counts of each sheet the file has, in reading order. */
	public List<SheetRow> getSheetRows() {
		List<SheetRow> sheetRows = new ArrayList<>();
		ImportReport importReport = _schoolImportResult.getReport();

		for (SheetKind sheetKind : SheetKind.values()) {
			if (!importReport.hasSheet(sheetKind)) {
				continue;
			}

			ImportReport.SheetCounts sheetCounts = importReport.counts(
				sheetKind);

			sheetRows.add(
				new SheetRow(
					translator.get(
						"opora-import-sheet-" +
						sheetKind.name().toLowerCase(Locale.ROOT)),
					sheetCounts.read(), sheetCounts.accepted(),
					sheetCounts.rejected()));
		}

		return sheetRows;
	}

	/** The rows the registry refused while storing (the file had no fault there). */
	public int getStoreErrorCount() {
		return _schoolImportResult.getStoreErrors(
		).size();
	}

	/**
	 * The sentence summing up the import: stored with or without rejected
	 * rows, checked only, or rolled back.
	 */
	public String getSummary() {
		if (_lastImport.isRolledBack()) {
			return translator.format(
				"opora-import-summary-rolled-back-x",
				new Object[] {getErrorCount()});
		}

		if (getMode() == ImportMode.VALIDATE_ONLY) {
			if (isClean()) {
				return translator.get("opora-import-summary-valid");
			}

			return translator.format(
				"opora-import-summary-invalid-x",
				new Object[] {getErrorCount()});
		}

		if (isClean()) {
			return translator.get("opora-import-summary-stored");
		}

		return translator.format(
			"opora-import-summary-stored-with-rejected-rows-x",
			new Object[] {getErrorCount()});
	}

	public int getUnchanged() {
		return _schoolImportResult.getUnchanged();
	}

	public int getUpdated() {
		return _schoolImportResult.getUpdated();
	}

	public String getViewSchoolsURL() {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			SchoolsWebKeys.MVC_VIEW_SCHOOLS
		).buildString();
	}

	public boolean isClean() {
		return _schoolImportResult.isClean();
	}

	/** Whether an all-or-nothing import found rejected rows: nothing was stored. */
	public boolean isRolledBack() {
		return _lastImport.isRolledBack();
	}

	/** Whether anything was written into the registry. */
	public boolean isStored() {
		return _schoolImportResult.isStored();
	}

	/** Whether the page shows fewer rows than were rejected. */
	public boolean isTruncated() {
		return getErrorRows().size() < getErrorCount();
	}

	/** One rejected row as the page lists it. */
	public static class ErrorRow {

		public ErrorRow(
			String sheetName, int row, String columnLetter, String columnHeader,
			String reason) {

			_sheetName = sheetName;
			_row = row;
			_columnLetter = columnLetter;
			_columnHeader = columnHeader;
			_reason = reason;
		}

		public String getColumnHeader() {
			return _columnHeader;
		}

		public String getColumnLetter() {
			return _columnLetter;
		}

		public String getReason() {
			return _reason;
		}

		public int getRow() {
			return _row;
		}

		public String getSheetName() {
			return _sheetName;
		}

		private final String _columnHeader;
		private final String _columnLetter;
		private final String _reason;
		private final int _row;
		private final String _sheetName;

	}

	/** The counts of one sheet. */
	public static class SheetRow {

		public SheetRow(String label, int read, int accepted, int rejected) {
			_label = label;
			_read = read;
			_accepted = accepted;
			_rejected = rejected;
		}

		public int getAccepted() {
			return _accepted;
		}

		public String getLabel() {
			return _label;
		}

		public int getRead() {
			return _read;
		}

		public int getRejected() {
			return _rejected;
		}

		private final int _accepted;
		private final String _label;
		private final int _read;
		private final int _rejected;

	}

	private List<ErrorRow> _errorRows;
	private final LastImport _lastImport;
	private final MessageFormatter _messageFormatter;
	private final SchoolImportResult _schoolImportResult;

}
