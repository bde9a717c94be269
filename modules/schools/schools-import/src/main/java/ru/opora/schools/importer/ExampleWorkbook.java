package ru.opora.schools.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A filled example workbook of schools, results (ВПР, ОГЭ, ЕГЭ) and context
 * over 2022-2024, the same on every run.
 *
 * <p>
 * {@link #ivanteevka()} (and the no-argument constructor) are the eight schools
 * of a rural district modelled on seed 001 (Ивантеевский район: distances,
 * pupils, social shares, the school with low results, the group of failure
 * prevention). {@link #generated(String, String, int, long)} is a district of
 * the same kind generated from a seed: each school takes the figures of one of
 * those eight (cycling through them, so every kind of school occurs) varied by
 * up to ±20%, under its own login and village. Results are generated from each
 * school's level of results with a fixed seed.
 * </p>
 *
 * <p>
 * Used by the command-line tool ({@code example}) and by the portal's demo
 * region loader.
 * </p>
 */
public final class ExampleWorkbook {

	public static final String FILE_NAME = "opora-example-ivanteevka.xlsx";

	/**
	 * A district generated from {@code seed}: logins {@code loginPrefix-1}
	 * ... {@code loginPrefix-N}, schools in villages named after a fixed list.
	 *
	 * @param loginPrefix the federal logins' prefix (letters, digits, dashes)
	 * @param fileName the name {@link #writeTo(Path)} gives the file
	 * @param schoolCount 1 to the number of village names (24)
	 * @param seed the same seed gives the same workbook
	 */
	public static ExampleWorkbook generated(String loginPrefix, String fileName, int schoolCount, long seed) {
		return generated(loginPrefix, fileName, schoolCount, seed, 0);
	}

	/**
	 * As {@link #generated(String, String, int, long)}, the villages taken
	 * from the {@code firstVillage}-th name on, so that two generated
	 * districts of one region have schools of different names.
	 */
	public static ExampleWorkbook generated(
		String loginPrefix, String fileName, int schoolCount, long seed, int firstVillage) {

		if ((firstVillage < 0) || (firstVillage >= _VILLAGES.length)) {
			throw new IllegalArgumentException("firstVillage must be 0.." + (_VILLAGES.length - 1) + ": " + firstVillage);
		}

		int villages = _VILLAGES.length - firstVillage;

		if ((schoolCount < 1) || (schoolCount > villages)) {
			throw new IllegalArgumentException("schoolCount must be 1.." + villages + ": " + schoolCount);
		}

		Random random = new Random(seed);
		List<Object[]> schools = new ArrayList<>();

		for (int i = 0; i < schoolCount; i++) {
			Object[] profile = _SCHOOLS[i % _SCHOOLS.length];
			Object[] profileContext = (Object[])profile[6];

			double[] strength = new double[3];

			for (int year = 0; year < 3; year++) {
				strength[year] = Math.round(
					Math.min(0.95, Math.max(0.1, ((double[])profile[5])[year] + ((random.nextDouble() - 0.5) * 0.1))) *
						100) / 100.0;
			}

			Object[] context = profileContext.clone();

			context[0] = (int)Math.max(20, Math.round((int)profileContext[0] * _vary(random)));

			for (int share = 1; share <= 6; share++) {
				context[share] = Math.round(((Number)profileContext[share]).doubleValue() * _vary(random) * 10) / 10.0;
			}

			String village = _VILLAGES[firstVillage + i];
			String level = (String)profile[3];
			String kind = (i % _SCHOOLS.length == 0) ? "Лицей" : ("средняя".equals(level) ? "СОШ" : "ООШ");

			schools.add(
				new Object[] {
					loginPrefix + "-" + (i + 1), "МОУ «" + kind + " с. " + village + "»", profile[2], level,
					(int)Math.round(((Number)profile[4]).doubleValue() * _vary(random)), strength, context
				});
		}

		return new ExampleWorkbook(fileName, schools.toArray(new Object[0][]), seed + 1);
	}

	/** The eight schools of Ивантеевский район (seed 001), file {@link #FILE_NAME}. */
	public static ExampleWorkbook ivanteevka() {
		return new ExampleWorkbook(FILE_NAME, _SCHOOLS, 2024);
	}

	/** The same as {@link #ivanteevka()}. */
	public ExampleWorkbook() {
		this(FILE_NAME, _SCHOOLS, 2024);
	}

	public String getFileName() {
		return _fileName;
	}

	/** The schools' federal logins, in the order of the Школы sheet. */
	public List<String> getFederalLogins() {
		List<String> federalLogins = new ArrayList<>();

		for (Object[] school : _schools) {
			federalLogins.add((String)school[0]);
		}

		return Collections.unmodifiableList(federalLogins);
	}

	/** Writes the workbook into {@code dir} (created if missing) as {@link #getFileName()}. */
	public Path writeTo(Path dir) throws IOException {
		Files.createDirectories(dir);

		Path file = dir.resolve(_fileName);

		try (OutputStream outputStream = Files.newOutputStream(file)) {
			write(outputStream);
		}

		return file;
	}

	public void write(OutputStream outputStream) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			_writeSchools(workbook.createSheet(SheetKind.SCHOOLS.russianName()));
			_writeResults(workbook.createSheet(SheetKind.RESULTS.russianName()));
			_writeContext(workbook.createSheet(SheetKind.CONTEXT.russianName()));

			workbook.write(outputStream);
		}
	}

	private ExampleWorkbook(String fileName, Object[][] schools, long resultsSeed) {
		_fileName = fileName;
		_schools = schools;
		_resultsSeed = resultsSeed;
	}

	/** A factor between 0.8 and 1.2. */
	private static double _vary(Random random) {
		return 0.8 + (random.nextDouble() * 0.4);
	}

	private void _writeContext(Sheet sheet) {
		_header(
			sheet, Column.CONTEXT_SCHOOL_LOGIN, Column.CONTEXT_YEAR, Column.PUPILS, Column.SHARE_SINGLE_PARENT,
			Column.SHARE_BOTH_PARENTS_HIGHER_EDUCATION, Column.SHARE_PARENT_HIGHER_EDUCATION,
			Column.SHARE_DEVIANT_REGISTERED, Column.SHARE_NON_NATIVE_RUSSIAN,
			Column.SHARE_LOW_INCOME, Column.TEACHER_VACANCIES, Column.NEEDS_MAJOR_REPAIR,
			Column.GROWTH_POINT_CENTRE);

		int rowIndex = 1;

		for (Object[] school : _schools) {
			Object[] context = (Object[])school[6];

			for (int year = 2022; year <= 2024; year++) {
				Row row = sheet.createRow(rowIndex++);
				Object[] values = new Object[context.length + 2];

				values[0] = school[0];
				values[1] = year;

				System.arraycopy(context, 0, values, 2, context.length);

				_cells(row, values);
			}
		}
	}

	private void _writeResults(Sheet sheet) {
		_header(
			sheet, Column.RESULT_SCHOOL_LOGIN, Column.RESULT_YEAR, Column.ASSESSMENT, Column.GRADE, Column.SUBJECT,
			Column.PARTICIPANTS, Column.MARKS_2, Column.MARKS_3, Column.MARKS_4, Column.MARKS_5, Column.MEAN_SCORE);

		Random random = new Random(_resultsSeed);
		int rowIndex = 1;

		for (Object[] school : _schools) {
			double[] strength = (double[])school[5];
			int pupils = (int)((Object[])school[6])[0];
			boolean secondary = "средняя".equals(school[3]);

			for (int year = 2022; year <= 2024; year++) {
				double level = strength[year - 2022];

				for (Object[] assessment : _ASSESSMENTS) {
					int grade = (int)assessment[1];

					if ((grade == 11) && !secondary) {
						continue;
					}

					int participants = Math.max(3, (pupils / 11) + random.nextInt(3));
					Row row = sheet.createRow(rowIndex++);

					if ("ЕГЭ".equals(assessment[0])) {
						double mean = Math.round((40 + (35 * level) + random.nextInt(6)) * 10) / 10.0;

						_cells(
							row, school[0], year, assessment[0], grade, assessment[2], participants, null, null, null,
							null, mean);

						continue;
					}

					int[] marks = _marks(participants, level, random);

					_cells(
						row, school[0], year, assessment[0], grade, assessment[2], participants, marks[0], marks[1],
						marks[2], marks[3], null);
				}
			}
		}
	}

	private void _writeSchools(Sheet sheet) {
		_header(
			sheet, Column.SCHOOL_LOGIN, Column.SCHOOL_NAME, Column.SETTLEMENT_TYPE, Column.LEVEL, Column.DISTANCE_KM,
			Column.SMALL_SCHOOL);

		int rowIndex = 1;

		for (Object[] school : _schools) {
			int pupils = (int)((Object[])school[6])[0];

			_cells(
				sheet.createRow(rowIndex++), school[0], school[1], school[2], school[3], school[4],
				(pupils < 70) ? "да" : "нет");
		}
	}

	private static void _cells(Row row, Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (values[i] instanceof Number) {
				row.createCell(i).setCellValue(((Number)values[i]).doubleValue());
			}
			else if (values[i] instanceof Boolean) {
				row.createCell(i).setCellValue(((Boolean)values[i]) ? "да" : "нет");
			}
			else if (values[i] != null) {
				row.createCell(i).setCellValue(values[i].toString());
			}
		}
	}

	private static void _header(Sheet sheet, Column... columns) {
		Row row = sheet.createRow(0);

		for (int i = 0; i < columns.length; i++) {
			row.createCell(i).setCellValue(columns[i].russianHeader());
		}
	}

	/** Counts of marks 2..5 for a level of results between 0 (weak) and 1 (strong). */
	private static int[] _marks(int participants, double level, Random random) {
		double twos = Math.max(0, 0.45 - (0.45 * level) + ((random.nextDouble() - 0.5) * 0.06));
		double fives = Math.max(0, (0.35 * level) - 0.05 + ((random.nextDouble() - 0.5) * 0.06));
		double fours = Math.max(0, 0.1 + (0.4 * level));

		int marks2 = (int)Math.round(participants * twos);
		int marks5 = (int)Math.round(participants * fives);
		int marks4 = Math.min(participants - marks2 - marks5, (int)Math.round(participants * fours));
		int marks3 = participants - marks2 - marks4 - marks5;

		return new int[] {marks2, Math.max(0, marks3), Math.max(0, marks4), marks5};
	}

	private static final Object[][] _ASSESSMENTS = {
		{"ВПР", 4, "Математика"}, {"ВПР", 4, "Русский язык"}, {"ВПР", 5, "Математика"}, {"ВПР", 5, "Русский язык"},
		{"ОГЭ", 9, "Математика"}, {"ОГЭ", 9, "Русский язык"}, {"ЕГЭ", 11, "Русский язык"}
	};

	/**
	 * login, name, settlement, level, km to the district centre, level of
	 * results 2022-2024, context: pupils, single-parent %, both parents with
	 * higher education %, СЭК %, deviant %, non-native Russian %, low income %,
	 * vacancies, needs repair, «Точка роста».
	 */
	private static final Object[][] _SCHOOLS = {
		{
			"iv-gym", "МОУ «Гимназия с. Ивантеевка»", "село", "средняя", 0, new double[] {0.9, 0.92, 0.95},
			new Object[] {512, 18, 21, 32, 0.5, 1, 8, 0, false, true}
		},
		{
			"iv-bart", "МОУ «СОШ с. Бартеневка им. П.Е. Толстова»", "село", "средняя", 18, new double[] {0.55, 0.6, 0.6},
			new Object[] {86, 22, 9, 19, 1.5, 0.03, 11, 1, false, true}
		},
		{
			"iv-ivan", "МОУ «СОШ с. Ивановка»", "село", "средняя", 16, new double[] {0.55, 0.45, 0.5},
			new Object[] {85, 21, 10, 21, 2, 12, 25, 0, false, true}
		},
		{
			"iv-arb", "МОУ «ООШ с. Арбузовка»", "село", "основная", 3, new double[] {0.3, 0.6, 0.6},
			new Object[] {68, 2.5, 5, 12, 1, 2, 14, 0, true, false}
		},
		{
			"iv-zn", "МОУ «СОШ п. Знаменский»", "село", "средняя", 25, new double[] {0.2, 0.15, 0.25},
			new Object[] {143, 23, 2, 5, 6, 18, 30, 1, false, false}
		},
		{
			"iv-yab", "МОУ «СОШ с. Яблоновый Гай»", "село", "средняя", 42, new double[] {0.45, 0.42, 0.44},
			new Object[] {91, 29, 4, 8, 3, 3, 27, 0, false, true}
		},
		{
			"iv-klev", "МОУ «ООШ с. Клевенка»", "село", "основная", 55, new double[] {0.42, 0.4, 0.43},
			new Object[] {38, 30, 3, 5, 3, 2, 30, 1, false, false}
		},
		{
			"iv-kan", "МОУ «ООШ с. Канаевка им. С.П. Жаркова»", "село", "основная", 60, new double[] {0.45, 0.44, 0.46},
			new Object[] {30, 28, 4, 10, 2, 1, 26, 0, false, true}
		}
	};

	private static final String[] _VILLAGES = {
		"Дубровка", "Берёзовка", "Никольское", "Сосновка", "Покровка", "Михайловка", "Александровка", "Воскресенка",
		"Каменка", "Озёрки", "Липовка", "Журавлёвка", "Ольховка", "Рябиновка", "Знаменка", "Вязовка",
		"Петровское", "Ивановка", "Малиновка", "Садовое", "Луговое", "Красный Яр", "Подгорное", "Заречное"
	};

	private final String _fileName;
	private final long _resultsSeed;
	private final Object[][] _schools;

}
