package ru.opora.diagnostics.internal.demo;

import java.util.ArrayList;
import java.util.List;

import ru.opora.domain.diagnostics.AreaKind;
import ru.opora.domain.diagnostics.BankVersion;
import ru.opora.domain.diagnostics.Competence;
import ru.opora.domain.diagnostics.CompetenceArea;
import ru.opora.domain.diagnostics.Item;
import ru.opora.domain.diagnostics.ItemType;

/**
 * A small, realistic demo bank for teachers of mathematics and of Russian
 * language (subject, methodological and assessment competences, every item
 * type), and the courses of seed 004 mapped to its competences.
 */
public final class DemoBank {

	public static BankVersion bank() {
		List<CompetenceArea> areas = List.of(
			new CompetenceArea("MATH", "Математика: предметные компетенции", AreaKind.SUBJECT, "Математика"),
			new CompetenceArea("RUS", "Русский язык: предметные компетенции", AreaKind.SUBJECT, "Русский язык"),
			new CompetenceArea("METH", "Методические компетенции", AreaKind.METHODOLOGICAL, null),
			new CompetenceArea("ASSESS", "Оценочная грамотность", AreaKind.ASSESSMENT, null));
		List<Competence> competences = List.of(
			new Competence("M-ALG", "MATH", "Алгебра и начала анализа", 70, 3),
			new Competence("M-GEO", "MATH", "Геометрия", 65, 3),
			new Competence("R-ORTH", "RUS", "Орфография и пунктуация", 75, 3),
			new Competence("R-TEXT", "RUS", "Анализ текста и речевая культура", 70, 3),
			new Competence("MT-DIFF", "METH", "Дифференцированное обучение и работа с неуспевающими", 60, 3),
			new Competence("AS-GIA", "ASSESS", "Оценивание по критериям ОГЭ и ЕГЭ", 65, 3));
		List<Item> items = new ArrayList<>();

		items.add(_single("M-ALG-01", "M-ALG", "Решите уравнение 3x − 7 = 11. Чему равен x?", "1", "6", "4", "−6", "7"));
		items.add(_short("M-ALG-02", "M-ALG", "Вычислите log₃ 81.", "4|четыре"));
		items.add(_multiple("M-ALG-03", "M-ALG", "Какие из функций возрастают на всей числовой прямой?", "1;3", "y = 2x + 1",
			"y = x²", "y = eˣ", "y = −3x"));
		items.add(_short("M-ALG-04", "M-ALG", "Найдите производную функции y = x³ в точке x = 2.", "12"));
		items.add(_matching("M-GEO-01", "M-GEO", "Сопоставьте фигуру и формулу её площади.",
			List.of("Квадрат со стороной a", "Треугольник с основанием a и высотой h", "Круг радиуса r"),
			List.of("a·h/2", "πr²", "a²"), "1-3;2-1;3-2"));
		items.add(_single("M-GEO-02", "M-GEO", "Чему равна сумма внутренних углов выпуклого шестиугольника?", "2", "540°",
			"720°", "1080°"));
		items.add(_short("M-GEO-03", "M-GEO", "Катеты прямоугольного треугольника равны 6 и 8. Найдите гипотенузу.",
			"10"));
		items.add(_multiple("M-GEO-04", "M-GEO", "Какие утверждения верны для любого параллелограмма?", "1;2",
			"Противоположные стороны равны", "Диагонали точкой пересечения делятся пополам",
			"Диагонали перпендикулярны", "Все углы прямые"));
		items.add(_single("R-ORTH-01", "R-ORTH", "В каком слове пишется НН?", "3", "кожа..ый", "серебря..ый",
			"деревя..ый", "ветре..ый"));
		items.add(_short("R-ORTH-02", "R-ORTH", "Вставьте пропущенную букву: пр..образование (изменение).", "е"));
		items.add(_multiple("R-ORTH-03", "R-ORTH", "В каких предложениях нужна запятая перед «как»?", "1;3",
			"Лёд блестел(,) как стекло", "Она работала как лаборант",
			"Мне(,) как новичку(,) всё было интересно", "Как ни в чём не бывало он вошёл"));
		items.add(_matching("R-ORTH-04", "R-ORTH", "Сопоставьте слово и правило написания.",
			List.of("раст..ние", "з..ря", "пол..жить"),
			List.of("Чередование -лаг-/-лож-", "Чередование -раст-/-рос-", "Чередование -зар-/-зор-"), "1-2;2-3;3-1"));
		items.add(_single("R-TEXT-01", "R-TEXT", "В тексте автор доказывает тезис с помощью аргументов. Какой это тип речи?", "2",
			"Повествование", "Рассуждение", "Описание"));
		items.add(_short("R-TEXT-02", "R-TEXT", "Как называется средство выразительности «золотая осень»?",
			"эпитет"));
		items.add(_multiple("R-TEXT-03", "R-TEXT", "Что входит в критерии оценки сочинения ОГЭ по русскому языку?",
			"1;2;4", "Понимание смысла фрагмента текста", "Наличие примеров-аргументов", "Объём не менее 500 слов",
			"Композиционная стройность"));
		items.add(_single("MT-DIFF-01", "MT-DIFF",
			"Ученик систематически не выполняет домашние задания. С чего начать работу?", "3",
			"Снизить отметку за четверть", "Увеличить объём заданий", "Выяснить причины вместе с учеником и родителями",
			"Перевести на индивидуальное обучение"));
		items.add(_multiple("MT-DIFF-02", "MT-DIFF", "Какие приёмы относятся к дифференциации обучения?", "1;2;4",
			"Разноуровневые задания", "Разный темп прохождения материала", "Единое задание для всего класса",
			"Поддерживающие карточки-подсказки"));
		items.add(_matching("MT-DIFF-03", "MT-DIFF", "Сопоставьте проблему ученика и приём поддержки.",
			List.of("Низкая мотивация", "Пробелы в базовых знаниях", "Трудности с чтением условий"),
			List.of("Опорные схемы и алгоритмы", "Выбор задания и ситуация успеха", "Работа со смысловым чтением"),
			"1-2;2-1;3-3"));
		items.add(_short("MT-DIFF-04", "MT-DIFF",
			"Как называется оценивание, цель которого — помочь ученику продвинуться, а не выставить отметку?",
			"формирующее|формирующее оценивание"));
		items.add(_single("AS-GIA-01", "AS-GIA", "Что такое критериальное оценивание?", "1",
			"Оценивание по заранее известным ученику критериям", "Оценивание в сравнении с другими учениками",
			"Оценивание только итоговых работ"));
		items.add(_multiple("AS-GIA-02", "AS-GIA", "Какие документы определяют содержание КИМ ОГЭ?", "1;2",
			"Кодификатор", "Спецификация", "Рабочая программа учителя", "Поурочный план"));
		items.add(_short("AS-GIA-03", "AS-GIA",
			"Сколько первичных баллов даёт верно решённое задание части 1 ОГЭ по математике?", "1|один"));

		return new BankVersion(1, areas, competences, items);
	}

	/** Courses of seed 004: name, provider, hours, format, competences. */
	public static List<String[]> courses() {
		String provider = "КРИПКиПРО";

		return List.of(
			new String[] {"Совершенствование компетенций учителя по подготовке школьников к ОГЭ по математике",
				provider, "72", "очно-заочная", "M-ALG,M-GEO,AS-GIA"},
			new String[] {"Совершенствование компетенций учителя по подготовке школьников к ЕГЭ по математике",
				provider, "72", "очно-заочная", "M-ALG,M-GEO,AS-GIA"},
			new String[] {"Совершенствование компетенций учителя по подготовке школьников к ГИА по математике",
				provider, "36", "дистанционная", "M-ALG,AS-GIA"},
			new String[] {"Подготовка экспертов для работы в региональной предметной комиссии при проведении ОГЭ по математике",
				provider, "36", "очная", "AS-GIA"},
			new String[] {"Содержательные и методические аспекты подготовки учащихся к государственной итоговой аттестации по русскому языку в формате ОГЭ и ЕГЭ",
				provider, "72", "очно-заочная", "R-ORTH,R-TEXT,AS-GIA"},
			new String[] {"Современные методики преподавания русского языка и литературы как средство достижения планируемых образовательных результатов",
				provider, "108", "очно-заочная", "R-TEXT,MT-DIFF"},
			new String[] {"Организация деятельности педагогического коллектива школы по профилактике и ликвидации неуспеваемости обучающихся",
				provider, "72", "очная", "MT-DIFF"},
			new String[] {"Нормативно-правовое обеспечение системы оценки достижения планируемых результатов в условиях современного законодательства",
				provider, "36", "дистанционная", "AS-GIA"});
	}

	private static Item _matching(
		String code, String competence, String text, List<String> left, List<String> right, String key) {

		return new Item(code, competence, ItemType.MATCHING, text, left, right, key, 3);
	}

	private static Item _multiple(String code, String competence, String text, String key, String... options) {
		return new Item(code, competence, ItemType.MULTIPLE_CHOICE, text, List.of(options), null, key, 2);
	}

	private static Item _short(String code, String competence, String text, String key) {
		return new Item(code, competence, ItemType.SHORT_ANSWER, text, null, null, key, 1);
	}

	private static Item _single(String code, String competence, String text, String key, String... options) {
		return new Item(code, competence, ItemType.SINGLE_CHOICE, text, List.of(options), null, key, 1);
	}

	private DemoBank() {
	}

}
