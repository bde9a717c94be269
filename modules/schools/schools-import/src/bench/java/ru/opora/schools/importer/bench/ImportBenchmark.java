package ru.opora.schools.importer.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import ru.opora.schools.importer.ContextRow;
import ru.opora.schools.importer.ImportMode;
import ru.opora.schools.importer.ImportOptions;
import ru.opora.schools.importer.ImportReport;
import ru.opora.schools.importer.ImportSink;
import ru.opora.schools.importer.ResultRow;
import ru.opora.schools.importer.SchoolRow;
import ru.opora.schools.importer.WorkbookImporter;

/**
 * Times the import against a bare XSSF event-model read of the same file.
 * Arguments: comma-separated result row counts (default 10000,100000), the
 * folder for the generated workbooks, runs per measurement (default 2, the
 * best is kept). Run with -Xmx256m (see HELPER-NOTES-excel.md). Prints, per
 * size, rows/s of the bare read and of each mode, peak heap, the throughput
 * ratios (mode rows/s over bare rows/s) and PASS/FAIL for the issue's
 * criterion: single-pass import at least 0.7 of the bare read.
 */
public class ImportBenchmark {

	public static void main(String[] args) throws Exception {
		String[] sizes = ((args.length > 0) ? args[0] : "10000,100000").split(",");
		Path dir = Paths.get((args.length > 1) ? args[1] : "target/bench");
		int repeats = (args.length > 2) ? Integer.parseInt(args[2].trim()) : 2;

		Files.createDirectories(dir);

		System.out.printf(
			Locale.ROOT, "max heap %d MB, %s %s, %d processors, best of %d runs each (at least 5 up to 20,000 result rows)%n",
			Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"),
			System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), repeats);

		// warm-up

		Path warmUp = _generate(dir, 5_000);

		for (int i = 0; i < 3; i++) {
			_bare(warmUp);
			_import(warmUp, ImportMode.VALIDATE_ONLY);
			_import(warmUp, ImportMode.GOOD_ROWS);
		}

		boolean pass = true;
		StringBuilder table = new StringBuilder();

		table.append(
			"result rows | file MB | bare rows/s (s, peak MB) | VALIDATE_ONLY rows/s (s, peak MB) | " +
				"GOOD_ROWS rows/s (s, peak MB) | TRANSACTIONAL rows/s (s, peak MB) | ALL_OR_NOTHING rows/s (s, peak MB) | " +
					"validate/bare | import/bare | transactional/bare | all-or-nothing/bare | 0.7 criterion\n");

		for (String size : sizes) {
			int results = Integer.parseInt(size.trim());
			long start = System.nanoTime();
			Path file = _generate(dir, results);
			double generated = (System.nanoTime() - start) / 1e9;
			long rows = results + SCHOOLS * 2L;

			// small files take a fraction of a second: more runs against timer and JIT noise

			int runs = (results <= 20_000) ? Math.max(repeats, 5) : repeats;

			double[] bare = _best(runs, () -> _bare(file));
			double[] validate = _best(runs, () -> _import(file, ImportMode.VALIDATE_ONLY));
			double[] good = _best(runs, () -> _import(file, ImportMode.GOOD_ROWS));
			double[] transactional = _best(runs, () -> _import(file, ImportMode.TRANSACTIONAL));
			double[] allOrNothing = _best(runs, () -> _import(file, ImportMode.ALL_OR_NOTHING));

			// throughput ratios: rows/s of the import over rows/s of the bare read

			double goodRatio = bare[0] / good[0];
			double transactionalRatio = bare[0] / transactional[0];
			boolean ok = (goodRatio >= 0.7) && (transactionalRatio >= 0.7);

			pass &= ok;

			String line = String.format(
				Locale.ROOT,
				"%d | %.1f | %s | %s | %s | %s | %s | %.2f | %.2f | %.2f | %.2f | %s",
				results, Files.size(file) / 1048576.0, _cell(rows, bare), _cell(rows, validate), _cell(rows, good),
				_cell(rows, transactional), _cell(rows, allOrNothing), bare[0] / validate[0], goodRatio,
				transactionalRatio, bare[0] / allOrNothing[0], ok ? "PASS" : "FAIL");

			System.out.printf(Locale.ROOT, "%s   [workbook generated in %.1f s]%n", line, generated);
			table.append(line).append('\n');
		}

		System.out.println();
		System.out.print(table);
		System.out.println(
			(pass ? "PASS" : "FAIL") + ": single-pass import (GOOD_ROWS, TRANSACTIONAL) throughput " +
				(pass ? ">=" : "below") + " 0.7 x bare XSSF event read at every size, max heap " +
					(Runtime.getRuntime().maxMemory() >> 20) + " MB");
	}

	/** The fastest of the runs, with the largest peak heap seen. */
	private static double[] _best(int repeats, Task task) throws Exception {
		double[] best = null;
		double peak = 0;

		for (int i = 0; i < repeats; i++) {
			double[] run = _measure(task);

			peak = Math.max(peak, run[1]);

			if ((best == null) || (run[0] < best[0])) {
				best = run;
			}
		}

		return new double[] {best[0], peak};
	}

	private static String _cell(long rows, double[] measured) {
		return String.format(Locale.ROOT, "%.0f (%.2f s, %.0f MB)", rows / measured[0], measured[0], measured[1]);
	}

	private interface Task {

		public void run() throws Exception;

	}

	/** Seconds and peak heap (MB, sum of the heap pools' peaks) of one run. */
	private static double[] _measure(Task task) throws Exception {
		System.gc();

		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}

		long start = System.nanoTime();

		task.run();

		double seconds = (System.nanoTime() - start) / 1e9;
		long peak = 0;

		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}

		return new double[] {seconds, peak / 1048576.0};
	}

	/** The bare event-model read: every cell of every sheet, nothing done with it. */
	private static void _bare(Path file) throws Exception {
		long[] cells = {0};

		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator)reader.getSheetsData();

			while (iterator.hasNext()) {
				try (InputStream in = iterator.next()) {
					XMLReader xmlReader = XMLHelper.newXMLReader();

					xmlReader.setContentHandler(
						new XSSFSheetXMLHandler(
							null, null, strings,
							new XSSFSheetXMLHandler.SheetContentsHandler() {

								@Override
								public void cell(String cellReference, String formattedValue, XSSFComment comment) {
									cells[0]++;
								}

								@Override
								public void endRow(int rowNum) {
								}

								@Override
								public void startRow(int rowNum) {
								}

							},
							new org.apache.poi.ss.usermodel.DataFormatter(), false));
					xmlReader.parse(new InputSource(in));
				}
			}

			pkg.revert();
		}

		if (cells[0] == 0) {
			throw new IllegalStateException("no cells");
		}
	}

	private static Path _generate(Path dir, int results) throws Exception {
		Path file = dir.resolve("bench-" + results + ".xlsx");

		if (Files.exists(file)) {
			return file;
		}

		SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true);

		try (OutputStream out = Files.newOutputStream(file)) {
			Sheet schools = workbook.createSheet("Школы");

			_row(schools, 0, "Логин ОО", "Наименование ОО", "Тип местности", "Уровень", "Малокомплектная");

			for (int i = 0; i < SCHOOLS; i++) {
				_row(
					schools, i + 1, "sch" + i, "Школа № " + i, ((i % 3) == 0) ? "село" : "город", "средняя",
					((i % 7) == 0) ? "да" : "нет");
			}

			Sheet resultsSheet = workbook.createSheet("Результаты");

			_row(
				resultsSheet, 0, "Логин ОО", "Год", "Оценочная процедура", "Класс", "Предмет", "Участников", "«2»", "«3»",
				"«4»", "«5»", "Средний балл");

			for (int i = 0; i < results; i++) {
				int rest = i / SCHOOLS;
				int grade = 4 + ((rest / 10) % 5);
				int m2 = i % 5;
				int m3 = 10 + (i % 7);
				int m4 = 8 + (i % 5);
				int m5 = 3 + (i % 4);
				int participants = m2 + m3 + m4 + m5;

				_row(
					resultsSheet, i + 1, "sch" + (i % SCHOOLS), 2015 + (rest % 10), "ВПР", grade,
					"Предмет " + (rest / 50), participants, m2, m3, m4, m5,
					((2.0 * m2) + (3.0 * m3) + (4.0 * m4) + (5.0 * m5)) / participants);
			}

			Sheet context = workbook.createSheet("Контекст");

			_row(context, 0, "Логин ОО", "Год", "Число обучающихся", "Доля детей из неполных семей, %", "Вакансии");

			for (int i = 0; i < SCHOOLS; i++) {
				_row(context, i + 1, "sch" + i, 2024, 100 + i, (i % 40) + 0.5, i % 3);
			}

			workbook.write(out);
		}
		finally {
			workbook.close();
		}

		return file;
	}

	private static void _import(Path file, ImportMode mode) throws Exception {
		long[] count = {0};
		ImportReport report = new WorkbookImporter(
			ImportOptions.defaults().withMode(mode)
		).importFile(
			file,
			new ImportSink() {

				@Override
				public void context(int row, ContextRow context) {
					count[0]++;
				}

				@Override
				public void result(int row, ResultRow result) {
					count[0]++;
				}

				@Override
				public void school(int row, SchoolRow school) {
					count[0]++;
				}

			});

		if (!report.isClean()) {
			throw new IllegalStateException(report.errors().subList(0, Math.min(5, report.errors().size())).toString());
		}

		if ((mode != ImportMode.VALIDATE_ONLY) && (count[0] != report.totalAccepted())) {
			throw new IllegalStateException(count[0] + " sink calls for " + report);
		}
	}

	private static void _row(Sheet sheet, int index, Object... values) {
		Row row = sheet.createRow(index);

		for (int i = 0; i < values.length; i++) {
			if (values[i] instanceof Number) {
				row.createCell(i).setCellValue(((Number)values[i]).doubleValue());
			}
			else {
				row.createCell(i).setCellValue((String)values[i]);
			}
		}
	}

	private static final int SCHOOLS = 1000;

}
