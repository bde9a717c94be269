package ru.opora.schools.importer.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import ru.opora.schools.importer.ImportFileException;
import ru.opora.schools.importer.ImportMode;
import ru.opora.schools.importer.ImportOptions;
import ru.opora.schools.importer.ImportReport;
import ru.opora.schools.importer.MessageFormatter;
import ru.opora.schools.importer.ReportWriter;
import ru.opora.schools.importer.RowError;
import ru.opora.schools.importer.SheetKind;
import ru.opora.schools.importer.WorkbookImporter;

/**
 * {@code validate FILE [--known LOGINS.txt] [--report ERRORS.xlsx] [--marked COPY.xlsx]}:
 * checks a workbook without importing it; one line per error, then a summary.
 * Exit 0 when clean, 1 when rows are rejected, 2 when the file is unreadable
 * or hostile.
 */
public final class ValidateCommand implements CliCommand {

	@Override
	public int run(List<String> arguments, CliContext context) throws Exception {
		List<String> files = new ArrayList<>();
		Path known = null;
		Path report = null;
		Path marked = null;

		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);

			if (argument.equals("--known") || argument.equals("--report") || argument.equals("--marked")) {
				if (i + 1 >= arguments.size()) {
					return OporaCli.usageError(context, "validate " + usage());
				}

				Path path = Paths.get(arguments.get(++i));

				if (argument.equals("--known")) {
					known = path;
				}
				else if (argument.equals("--report")) {
					report = path;
				}
				else {
					marked = path;
				}
			}
			else if (argument.startsWith("--")) {
				return OporaCli.usageError(context, "validate " + usage());
			}
			else {
				files.add(argument);
			}
		}

		if (files.size() != 1) {
			return OporaCli.usageError(context, "validate " + usage());
		}

		Path file = Paths.get(files.get(0));
		MessageFormatter formatter = context.formatter();
		ImportOptions options = ImportOptions.defaults().withMode(ImportMode.VALIDATE_ONLY);

		if (known != null) {
			List<String> logins = new ArrayList<>();

			for (String line : Files.readAllLines(known)) {
				if (!line.isBlank()) {
					logins.add(line.trim());
				}
			}

			options.withKnownSchoolLogins(new java.util.HashSet<>(logins));
		}

		ImportReport importReport;

		try {
			importReport = new WorkbookImporter(options).importFile(file, null);
		}
		catch (ImportFileException importFileException) {
			context.err().println(file + ": " + formatter.format(importFileException));

			return OporaCli.EXIT_UNREADABLE;
		}

		for (RowError error : importReport.errors()) {
			context.out().println(formatter.format(error));
		}

		if (importReport.isTruncated()) {
			context.out().println(
				formatter.message("opora-import-summary-truncated", importReport.errors().size()));
		}

		context.out().println(summary(importReport, formatter));

		ReportWriter reportWriter = new ReportWriter(context.locale());

		if (report != null) {
			try (OutputStream out = Files.newOutputStream(report)) {
				reportWriter.writeErrors(importReport, out);
			}
		}

		if (marked != null) {
			try (OutputStream out = Files.newOutputStream(marked)) {
				reportWriter.writeMarkedCopy(file, importReport, out);
			}
		}

		return importReport.isClean() ? OporaCli.EXIT_OK : OporaCli.EXIT_REJECTED;
	}

	/** The summary line: counts per sheet, then the error totals. */
	public static String summary(ImportReport report, MessageFormatter formatter) {
		StringBuilder sb = new StringBuilder();
		boolean russian = "ru".equals(formatter.getLocale().getLanguage());

		for (SheetKind kind : SheetKind.values()) {
			if (!report.hasSheet(kind)) {
				continue;
			}

			ImportReport.SheetCounts counts = report.counts(kind);

			sb.append(
				formatter.message(
					"opora-import-summary-sheet", russian ? kind.russianName() : kind.englishName(), counts.read(),
					counts.accepted(), counts.rejected()));
			sb.append("; ");
		}

		if (report.isClean()) {
			sb.append(formatter.message("opora-import-summary-clean"));
		}
		else {
			sb.append(
				formatter.message("opora-import-summary-errors", report.totalRejected(), report.errorCount()));
		}

		return sb.toString();
	}

	@Override
	public String usage() {
		return "FILE [--known LOGINS.txt] [--report ERRORS.xlsx] [--marked COPY.xlsx]  check a workbook, " +
			"print one line per rejected row";
	}

}
