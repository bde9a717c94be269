package ru.opora.schools.importer.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeSet;

import ru.opora.domain.identification.Group;
import ru.opora.domain.identification.IdentificationRules;
import ru.opora.domain.identification.Reason;
import ru.opora.domain.identification.SchoolClassification;
import ru.opora.domain.identification.SchoolIdentifier;
import ru.opora.domain.identification.SchoolInput;
import ru.opora.domain.school.ContextFigures;
import ru.opora.domain.school.ResultFigures;
import ru.opora.domain.school.SchoolData;
import ru.opora.domain.text.MessageArguments;
import ru.opora.schools.importer.ContextRow;
import ru.opora.schools.importer.ImportFileException;
import ru.opora.schools.importer.ImportMode;
import ru.opora.schools.importer.ImportOptions;
import ru.opora.schools.importer.ImportReport;
import ru.opora.schools.importer.ImportSink;
import ru.opora.schools.importer.Names;
import ru.opora.schools.importer.ResultRow;
import ru.opora.schools.importer.SchoolRow;
import ru.opora.schools.importer.WorkbookImporter;

/**
 * {@code identify FILE [--year YYYY]}: the groups of every school of a
 * workbook (ШНОР, ШНСУ, risk zone…) with the reasons, by the default rules of
 * the domain core, for every year of the file or one year. Rejected rows are
 * left out and counted on stderr. Exit 0 when the file is clean, 1 when rows
 * were rejected, 2 when the file is unreadable or hostile.
 */
public final class IdentifyCommand implements CliCommand {

	@Override
	public int run(List<String> arguments, CliContext context) throws Exception {
		List<String> files = new ArrayList<>();
		Integer year = null;

		for (int i = 0; i < arguments.size(); i++) {
			if (arguments.get(i).equals("--year") && (i + 1 < arguments.size())) {
				try {
					year = Integer.valueOf(arguments.get(++i));
				}
				catch (NumberFormatException numberFormatException) {
					return OporaCli.usageError(context, "identify " + usage());
				}
			}
			else if (arguments.get(i).startsWith("--")) {
				return OporaCli.usageError(context, "identify " + usage());
			}
			else {
				files.add(arguments.get(i));
			}
		}

		if (files.size() != 1) {
			return OporaCli.usageError(context, "identify " + usage());
		}

		Path file = Paths.get(files.get(0));
		Collector collector = new Collector();
		ImportReport report;

		try {
			report = new WorkbookImporter(
				ImportOptions.defaults().withMode(ImportMode.GOOD_ROWS)
			).importFile(
				file, collector
			);
		}
		catch (ImportFileException importFileException) {
			context.err().println(file + ": " + context.formatter().format(importFileException));

			return OporaCli.EXIT_UNREADABLE;
		}

		List<SchoolInput> schools = collector.schools();
		SchoolIdentifier identifier = new SchoolIdentifier(IdentificationRules.defaults());
		ResourceBundle bundle = ResourceBundle.getBundle(
			"content.IdentificationMessages", context.locale(), IdentifyCommand.class.getClassLoader(),
			ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

		TreeSet<Integer> years = new TreeSet<>();

		for (SchoolInput school : schools) {
			years.addAll(school.years());
		}

		if (year != null) {
			years.retainAll(List.of(year));
		}

		for (int classifiedYear : years) {
			context.out().println(_text(bundle, context.locale(), "opora-identify-year", String.valueOf(classifiedYear)));

			for (SchoolClassification classification : identifier.classify(schools, classifiedYear)) {
				_print(classification, collector.login(classification.schoolId()), bundle, context);
			}
		}

		if (!report.isClean()) {
			context.err().println(
				_text(bundle, context.locale(), "opora-identify-rows-rejected", report.errorCount(), file));

			return OporaCli.EXIT_REJECTED;
		}

		return OporaCli.EXIT_OK;
	}

	@Override
	public String usage() {
		return "FILE [--year YYYY]  groups of the schools (ШНОР, ШНСУ…) with the reasons";
	}

	private static String _decimal(Number number, Locale locale) {
		NumberFormat numberFormat = NumberFormat.getNumberInstance(locale);

		numberFormat.setMaximumFractionDigits(1);
		numberFormat.setGroupingUsed(false);

		return numberFormat.format(BigDecimal.valueOf(number.doubleValue()).setScale(1, RoundingMode.HALF_UP));
	}

	private static void _print(
		SchoolClassification classification, String login, ResourceBundle bundle, CliContext context) {

		Locale locale = context.locale();
		List<String> groups = new ArrayList<>();

		for (Group group : classification.groups()) {
			groups.add(_text(bundle, locale, group.labelKey()));
		}

		String index = (classification.wellBeingIndex() == null) ?
			_text(bundle, locale, "opora-identify-index-unknown") :
				_text(bundle, locale, "opora-identify-index", _decimal(classification.wellBeingIndex(), locale));

		context.out().println(
			"  " + login + "  " + classification.schoolName() + ": " + String.join(", ", groups) + "; " + index);

		for (Reason reason : classification.reasons()) {
			context.out().println((reason.isNote() ? "    * " : "    - ") + _reason(reason, bundle, locale));
		}
	}

	private static String _reason(Reason reason, ResourceBundle bundle, Locale locale) {
		MessageArguments messageArguments = new MessageArguments(
			number -> _decimal(number, locale), key -> _text(bundle, locale, key));

		return _text(bundle, locale, reason.messageKey(), messageArguments.localize(reason.arguments()));
	}

	private static String _text(ResourceBundle bundle, Locale locale, String key, Object... arguments) {
		try {
			return new MessageFormat(bundle.getString(key), locale).format(arguments);
		}
		catch (MissingResourceException missingResourceException) {
			return key + " " + java.util.Arrays.toString(arguments);
		}
	}

	/** Keeps the accepted rows of a workbook, grouped by school. */
	private static final class Collector implements ImportSink {

		@Override
		public void context(int row, ContextRow contextRow) {
			_contexts.computeIfAbsent(Names.normalize(contextRow.schoolLogin()), key -> new ArrayList<>()).add(
				contextRow.figures());
		}

		@Override
		public void result(int row, ResultRow resultRow) {
			_results.computeIfAbsent(Names.normalize(resultRow.schoolLogin()), key -> new ArrayList<>()).add(
				resultRow.figures());
		}

		@Override
		public void school(int row, SchoolRow schoolRow) {
			_schools.put(schoolRow.key(), schoolRow);
		}

		String login(long schoolId) {
			return _logins.get((int)schoolId - 1);
		}

		List<SchoolInput> schools() {
			List<SchoolInput> schools = new ArrayList<>();

			for (Map.Entry<String, SchoolRow> entry : _schools.entrySet()) {
				SchoolData data = entry.getValue().data();

				_logins.add(entry.getValue().login());

				schools.add(
					new SchoolInput(
						_logins.size(), data.name(), data.level(), data.settlementType(), data.distanceToCentreKm(),
						List.of(), List.of(), _results.getOrDefault(entry.getKey(), List.of()),
						_contexts.getOrDefault(entry.getKey(), List.of())));
			}

			return schools;
		}

		private final Map<String, List<ContextFigures>> _contexts = new LinkedHashMap<>();
		private final List<String> _logins = new ArrayList<>();
		private final Map<String, List<ResultFigures>> _results = new LinkedHashMap<>();
		private final Map<String, SchoolRow> _schools = new LinkedHashMap<>();

	}

}
