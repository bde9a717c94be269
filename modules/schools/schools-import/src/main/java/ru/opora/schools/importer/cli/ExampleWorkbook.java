package ru.opora.schools.importer.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import ru.opora.schools.importer.Column;
import ru.opora.schools.importer.SheetKind;

/**
 * A filled example workbook: the eight schools of a rural district modelled on
 * seed 001 (Ивантеевский район: distances, pupils, social shares, the school
 * with low results, the group of failure prevention), results of ВПР, ОГЭ and
 * ЕГЭ over 2022-2024 generated from each school's level of results with a
 * fixed seed, so the file is the same on every run.
 */
public final class ExampleWorkbook {

	public static final String FILE_NAME = "opora-example-ivanteevka.xlsx";

	public Path writeTo(Path dir) throws IOException {
		Files.createDirectories(dir);

		Path file = dir.resolve(FILE_NAME);

		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream outputStream = Files.newOutputStream(file)) {
			_schools(workbook.createSheet(SheetKind.SCHOOLS.russianName()));
			_results(workbook.createSheet(SheetKind.RESULTS.russianName()));
			_context(workbook.createSheet(SheetKind.CONTEXT.russianName()));

			workbook.write(outputStream);
		}

		return file;
	}

	private static void _context(Sheet sheet) {
		_header(
			sheet, Column.CONTEXT_SCHOOL_LOGIN, Column.CONTEXT_YEAR, Column.PUPILS, Column.SHARE_SINGLE_PARENT,
			Column.SHARE_BOTH_PARENTS_HIGHER_EDUCATION, Column.SHARE_PARENT_HIGHER_EDUCATION,
			Column.SHARE_DEVIANT_REGISTERED, Column.SHARE_NON_NATIVE_RUSSIAN,
			Column.SHARE_LOW_INCOME, Column.TEACHER_VACANCIES, Column.NEEDS_MAJOR_REPAIR,
			Column.GROWTH_POINT_CENTRE);

		int rowIndex = 1;

		for (Object[] school : _SCHOOLS) {
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

	private static void _results(Sheet sheet) {
		_header(
			sheet, Column.RESULT_SCHOOL_LOGIN, Column.RESULT_YEAR, Column.ASSESSMENT, Column.GRADE, Column.SUBJECT,
			Column.PARTICIPANTS, Column.MARKS_2, Column.MARKS_3, Column.MARKS_4, Column.MARKS_5, Column.MEAN_SCORE);

		Random random = new Random(2024);
		int rowIndex = 1;

		for (Object[] school : _SCHOOLS) {
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

	private static void _schools(Sheet sheet) {
		_header(
			sheet, Column.SCHOOL_LOGIN, Column.SCHOOL_NAME, Column.SETTLEMENT_TYPE, Column.LEVEL, Column.DISTANCE_KM,
			Column.SMALL_SCHOOL);

		int rowIndex = 1;

		for (Object[] school : _SCHOOLS) {
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

}
