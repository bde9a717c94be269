package ru.opora.schools.importer;

import java.util.HashMap;
import java.util.Map;

/**
 * The header dictionary: every column of the three sheets with its Russian
 * and English header, other accepted spellings, value type, whether the
 * column must be present, the domain field it fills and the explanation shown
 * as a comment in the template.
 */
public enum Column {

	// Школы

	SCHOOL_LOGIN(
		SheetKind.SCHOOLS, ValueType.TEXT, true, "federalLogin", "Логин ОО", "School login",
		"Уникальный логин (идентификатор) школы, например логин ФИС ОКО. По нему связываются листы.",
		null, null, "Логин", "Login", "External id", "Внешний идентификатор", "Идентификатор ОО"),
	SCHOOL_NAME(
		SheetKind.SCHOOLS, ValueType.TEXT, true, "name", "Наименование ОО", "Name",
		"Полное наименование образовательной организации.", null, null, "Наименование", "Полное наименование",
		"School name", "Full name"),
	SHORT_NAME(
		SheetKind.SCHOOLS, ValueType.TEXT, false, "shortName", "Краткое наименование", "Short name",
		"Краткое наименование, например «МБОУ СОШ № 1».", null, null),
	ADDRESS(SheetKind.SCHOOLS, ValueType.TEXT, false, "address", "Адрес", "Address", "Адрес школы.", null, null),
	SETTLEMENT_TYPE(
		SheetKind.SCHOOLS, ValueType.SETTLEMENT, true, "settlementType", "Тип местности", "Settlement type",
		"город или село.", null, null, "Город/село", "Тип населенного пункта", "Местность"),
	LEVEL(
		SheetKind.SCHOOLS, ValueType.LEVEL, true, "level", "Уровень", "Level",
		"начальная (1-4 классы), основная (ООШ, 1-9) или средняя (СОШ, 1-11).", null, null, "Уровень образования",
		"Тип школы", "School level"),
	SMALL_SCHOOL(
		SheetKind.SCHOOLS, ValueType.YES_NO, false, "smallSchool", "Малокомплектная", "Small school",
		"да или нет. Пусто = нет.", null, null, "Малокомплектная школа"),
	BRANCH_OF(
		SheetKind.SCHOOLS, ValueType.TEXT, false, "branchOfSchoolId", "Филиал ОО (логин головной)", "Branch of",
		"Для филиала: логин головной школы (из этого листа или уже загруженной). Иначе пусто.", null, null,
		"Филиал", "Головная ОО", "Филиал ОО", "Branch of (login)"),
	DISTANCE_KM(
		SheetKind.SCHOOLS, ValueType.DECIMAL, false, "distanceToCentreKm", "Расстояние до центра, км",
		"Distance to centre, km", "Расстояние до районного (муниципального) центра по дороге, км.", 0.0, 3000.0,
		"Расстояние до центра", "Distance to centre km", "Distance km"),
	HEAD_NAME(
		SheetKind.SCHOOLS, ValueType.TEXT, false, "headName", "ФИО руководителя", "Head name",
		"Фамилия, имя, отчество директора.", null, null, "Руководитель", "Директор", "Head"),
	PHONE(SheetKind.SCHOOLS, ValueType.TEXT, false, "phone", "Телефон", "Phone", "Телефон школы.", null, null),
	EMAIL(
		SheetKind.SCHOOLS, ValueType.TEXT, false, "email", "Эл. почта", "Email", "Адрес электронной почты школы.",
		null, null, "Электронная почта", "E-mail", "Почта"),
	STATUS(
		SheetKind.SCHOOLS, ValueType.STATUS, false, "status", "Статус", "Status",
		"действующая, реорганизована или закрыта. Пусто = действующая.", null, null),

	// Результаты

	RESULT_SCHOOL_LOGIN(
		SheetKind.RESULTS, ValueType.TEXT, true, "schoolLogin", "Логин ОО", "School login",
		"Логин школы: с листа «Школы» или уже загруженной.", null, null, "Логин", "Login", "External id"),
	RESULT_YEAR(
		SheetKind.RESULTS, ValueType.INTEGER, true, "year", "Год", "Year", "Год проведения, например 2024.", 2000.0,
		2100.0),
	ASSESSMENT(
		SheetKind.RESULTS, ValueType.ASSESSMENT, true, "assessment", "Оценочная процедура", "Assessment",
		"ВПР, ОГЭ, ЕГЭ или другое.", null, null, "Процедура", "Вид оценки"),
	GRADE(
		SheetKind.RESULTS, ValueType.INTEGER, true, "grade", "Класс", "Grade",
		"Класс 1-11 (ВПР: 4-8, 10, 11; ОГЭ: 9; ЕГЭ: 11).", 1.0, 11.0, "Параллель"),
	SUBJECT(
		SheetKind.RESULTS, ValueType.TEXT, true, "subject", "Предмет", "Subject", "Учебный предмет.", null, null),
	PARTICIPANTS(
		SheetKind.RESULTS, ValueType.INTEGER, true, "participants", "Участников", "Participants",
		"Число участников. Сумма отметок «2»-«5» должна быть равна ему.", 0.0, 100000.0, "Количество участников",
		"Число участников"),
	MARKS_2(
		SheetKind.RESULTS, ValueType.INTEGER, false, "marks2", "«2»", "Marks 2",
		"Число отметок «2» (для ВПР и ОГЭ).", 0.0, 100000.0, "Отметка 2", "Отметок 2", "Mark 2"),
	MARKS_3(
		SheetKind.RESULTS, ValueType.INTEGER, false, "marks3", "«3»", "Marks 3", "Число отметок «3».", 0.0,
		100000.0, "Отметка 3", "Отметок 3", "Mark 3"),
	MARKS_4(
		SheetKind.RESULTS, ValueType.INTEGER, false, "marks4", "«4»", "Marks 4", "Число отметок «4».", 0.0,
		100000.0, "Отметка 4", "Отметок 4", "Mark 4"),
	MARKS_5(
		SheetKind.RESULTS, ValueType.INTEGER, false, "marks5", "«5»", "Marks 5", "Число отметок «5».", 0.0,
		100000.0, "Отметка 5", "Отметок 5", "Mark 5"),
	MEAN_SCORE(
		SheetKind.RESULTS, ValueType.DECIMAL, false, "meanScore", "Средний балл", "Mean score",
		"Средняя отметка (2-5) или средний тестовый балл ЕГЭ (0-100).", 0.0, 100.0),
	SHARE_BELOW_THRESHOLD(
		SheetKind.RESULTS, ValueType.DECIMAL, false, "shareBelowThreshold", "Доля ниже порога, %",
		"Share below threshold, %", "Доля участников ниже минимального порога, % (0-100).", 0.0, 100.0),

	// Контекст

	CONTEXT_SCHOOL_LOGIN(
		SheetKind.CONTEXT, ValueType.TEXT, true, "schoolLogin", "Логин ОО", "School login",
		"Логин школы: с листа «Школы» или уже загруженной.", null, null, "Логин", "Login", "External id"),
	CONTEXT_YEAR(
		SheetKind.CONTEXT, ValueType.INTEGER, true, "year", "Год", "Year", "Учебный год (год начала), например 2024.",
		2000.0, 2100.0),
	PUPILS(
		SheetKind.CONTEXT, ValueType.INTEGER, false, "pupilsCount", "Число обучающихся", "Pupils",
		"Число обучающихся в школе. Пусто = 0.", 0.0, 100000.0, "Количество обучающихся", "Pupils count"),
	SHARE_SINGLE_PARENT(
		SheetKind.CONTEXT, ValueType.DECIMAL, false, "shareSingleParent", "Доля детей из неполных семей, %",
		"Single-parent families, %", "Доля обучающихся из неполных семей, % (0-100).", 0.0, 100.0),
	SHARE_BOTH_PARENTS_HIGHER_EDUCATION(
		SheetKind.CONTEXT, ValueType.DECIMAL, false, "shareBothParentsHigherEducation",
		"Доля детей, у которых оба родителя имеют высшее образование, %", "Both parents with higher education, %",
		"% (0-100); не больше доли «хотя бы один родитель».", 0.0, 100.0),
	SHARE_PARENT_HIGHER_EDUCATION(
		SheetKind.CONTEXT, ValueType.DECIMAL, false, "shareParentHigherEducation",
		"СЭК: доля детей, у которых хотя бы один родитель имеет высшее образование, %",
		"At least one parent with higher education, %", "Индекс СЭК, % (0-100).", 0.0, 100.0),
	SHARE_DEVIANT_REGISTERED(
		SheetKind.CONTEXT, ValueType.DECIMAL, false, "shareDeviantRegistered", "Доля обучающихся на учёте, %",
		"Pupils on watch lists, %", "Доля обучающихся на внутришкольном учёте или учёте в полиции, % (0-100).", 0.0,
		100.0),
	SHARE_NON_NATIVE_RUSSIAN(
		SheetKind.CONTEXT, ValueType.DECIMAL, false, "shareNonNativeRussian",
		"Доля детей с неродным русским языком, %", "Russian not native, %",
		"Доля обучающихся, для которых русский язык не родной, % (0-100).", 0.0, 100.0),
	SHARE_LOW_INCOME(
		SheetKind.CONTEXT, ValueType.DECIMAL, false, "shareLowIncome", "Доля малообеспеченных семей, %",
		"Low-income families, %", "Доля обучающихся из малообеспеченных семей, % (0-100).", 0.0, 100.0),
	TEACHER_VACANCIES(
		SheetKind.CONTEXT, ValueType.INTEGER, false, "teacherVacancies", "Вакансии", "Vacancies",
		"Число вакансий педагогов. Пусто = 0.", 0.0, 1000.0, "Teacher vacancies"),
	SHARE_TEACHERS_AGED_65_PLUS(
		SheetKind.CONTEXT, ValueType.DECIMAL, false, "shareTeachersAged65Plus", "Доля педагогов 65+, %",
		"Teachers aged 65+, %", "Доля педагогов в возрасте 65 лет и старше, % (0-100).", 0.0, 100.0),
	SHARE_TEACHERS_DOUBLE_LOAD(
		SheetKind.CONTEXT, ValueType.DECIMAL, false, "shareTeachersDoubleLoad",
		"Доля педагогов с нагрузкой 2+ ставки, %", "Teachers with 2+ loads, %",
		"Доля педагогов с нагрузкой две ставки и более, % (0-100).", 0.0, 100.0),
	NEEDS_MAJOR_REPAIR(
		SheetKind.CONTEXT, ValueType.YES_NO, false, "needsMajorRepair", "Требуется капремонт", "Needs major repair",
		"да или нет. Пусто = нет.", null, null, "Требуется капитальный ремонт"),
	HIGH_SPEED_INTERNET(
		SheetKind.CONTEXT, ValueType.YES_NO, false, "hasHighSpeedInternet", "Высокоскоростной интернет",
		"High-speed internet", "да или нет. Пусто = нет.", null, null),
	GROWTH_POINT_CENTRE(
		SheetKind.CONTEXT, ValueType.YES_NO, false, "hasGrowthPointCentre", "Точка роста", "Growth point centre",
		"Есть центр «Точка роста»: да или нет. Пусто = нет.", null, null, "Центр «Точка роста»");

	/** The column of the sheet whose header matches, or null. */
	public static Column find(SheetKind sheet, String header) {
		return _byHeader.get(sheet.ordinal() + ":" + headerKey(header));
	}

	/** Header comparison key: {@link Names#normalize} without quotes, "%" and commas. */
	public static String headerKey(String header) {
		if (header == null) {
			return "";
		}

		StringBuilder sb = new StringBuilder(header.length());

		for (int i = 0; i < header.length(); i++) {
			char c = header.charAt(i);

			if ((c == '«') || (c == '»') || (c == '"') || (c == '\'') || (c == '%') || (c == '“') ||
				(c == '”')) {

				continue;
			}

			sb.append((c == ',') ? ' ' : c);
		}

		return Names.normalize(sb.toString());
	}

	/** Comment for the template header. */
	public String comment() {
		return _comment;
	}

	public String englishHeader() {
		return _englishHeader;
	}

	/** The domain field this column fills (as named in {@code Violation.field()}). */
	public String field() {
		return _field;
	}

	/** Highest allowed value of a number column (template validation), or null. */
	public Double max() {
		return _max;
	}

	/** Lowest allowed value of a number column (template validation), or null. */
	public Double min() {
		return _min;
	}

	/** Whether the column holds a percentage 0..100 (its header ends with "%"). */
	public boolean percent() {
		return _russianHeader.endsWith("%");
	}

	/** Whether the header must be present in the sheet. */
	public boolean required() {
		return _required;
	}

	public String russianHeader() {
		return _russianHeader;
	}

	public SheetKind sheet() {
		return _sheet;
	}

	public ValueType type() {
		return _type;
	}

	private Column(
		SheetKind sheet, ValueType type, boolean required, String field, String russianHeader, String englishHeader,
		String comment, Double min, Double max, String... aliases) {

		_sheet = sheet;
		_type = type;
		_required = required;
		_field = field;
		_russianHeader = russianHeader;
		_englishHeader = englishHeader;
		_comment = comment;
		_min = min;
		_max = max;
		_aliases = aliases;
	}

	private static final Map<String, Column> _byHeader = new HashMap<>();

	static {
		for (Column column : values()) {
			String prefix = column._sheet.ordinal() + ":";

			_put(prefix + headerKey(column._russianHeader), column);
			_put(prefix + headerKey(column._englishHeader), column);

			for (String alias : column._aliases) {
				_put(prefix + headerKey(alias), column);
			}
		}
	}

	private static void _put(String key, Column column) {
		Column previous = _byHeader.put(key, column);

		if ((previous != null) && (previous != column)) {
			throw new IllegalStateException("Header " + key + " of " + column + " also names " + previous);
		}
	}

	private final String[] _aliases;
	private final String _comment;
	private final String _englishHeader;
	private final String _field;
	private final Double _max;
	private final Double _min;
	private final boolean _required;
	private final String _russianHeader;
	private final SheetKind _sheet;
	private final ValueType _type;

}
