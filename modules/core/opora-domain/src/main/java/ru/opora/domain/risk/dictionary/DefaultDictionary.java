package ru.opora.domain.risk.dictionary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import ru.opora.domain.risk.RespondentGroup;

/**
 * The default dictionary version in force from 2021: the 11 factors of the
 * «500+» method (REFERENCE.md §1), two indicators each, every indicator fed by
 * one question of a respondent group on a 1..5 agreement scale (or yes/no).
 * Coordinators add later versions as data; this one is the starting point.
 */
public final class DefaultDictionary {

	public static final int FROM_YEAR = 2021;

	public static FactorDictionary version2021() {
		DefaultDictionary builder = new DefaultDictionary();

		builder._factor(
			"RF01", "Низкий уровень оснащения школы", "Low level of school equipment",
			builder._agree("D01", RespondentGroup.DIRECTOR, true,
				"Оснащение кабинетов достаточно для реализации образовательной программы",
				"The classrooms' equipment is sufficient for the educational programme",
				"Оценка оснащения директором", "Equipment as rated by the director"),
			builder._agree("T01", RespondentGroup.TEACHER, true,
				"У меня есть оборудование, необходимое для моих уроков",
				"I have the equipment my lessons need",
				"Оценка оснащения учителями", "Equipment as rated by teachers"));
		builder._factor(
			"RF02", "Дефицит педагогических кадров", "Shortage of teaching staff",
			builder._yesNo("D02", RespondentGroup.DIRECTOR,
				"В школе есть незакрытые вакансии педагогов",
				"The school has unfilled teaching vacancies",
				"Незакрытые вакансии", "Unfilled vacancies"),
			builder._yesNo("T02", RespondentGroup.TEACHER,
				"Я веду предмет не по специальности или работаю более чем на 1,5 ставки",
				"I teach a subject outside my speciality or work more than 1.5 loads",
				"Перегрузка и работа не по специальности", "Overload and teaching outside the speciality"));
		builder._factor(
			"RF03", "Недостаточная предметная и методическая компетентность педагогических работников",
			"Insufficient subject and methodological competence of teachers",
			builder._agree("T03", RespondentGroup.TEACHER, true,
				"Я уверенно владею методикой преподавания своего предмета",
				"I am confident in the methods of teaching my subject",
				"Самооценка методической компетентности", "Teachers' own rating of their methods"),
			builder._agree("D03", RespondentGroup.DIRECTOR, true,
				"Педагоги школы владеют предметом и методикой на достаточном уровне",
				"The school's teachers know their subject and methods well enough",
				"Оценка компетентности директором", "Competence as rated by the director"));
		builder._factor(
			"RF04", "Риски низкой адаптивности учебного процесса", "Low adaptivity of the teaching process",
			builder._agree("T04", RespondentGroup.TEACHER, true,
				"Я регулярно даю задания разного уровня с учётом возможностей учеников",
				"I regularly give tasks of different levels that fit my pupils",
				"Дифференциация заданий", "Differentiated tasks"),
			builder._agree("P04", RespondentGroup.PUPIL, true,
				"Если я не понял, учитель объясняет по-другому",
				"If I do not understand, the teacher explains it another way",
				"Поддержка на уроке глазами учеников", "Support in lessons as seen by pupils"));
		builder._factor(
			"RF05", "Несформированность внутришкольной системы повышения квалификации",
			"No in-school system of professional development",
			builder._agree("D05", RespondentGroup.DIRECTOR, true,
				"В школе работают методические объединения и взаимопосещение уроков",
				"The school has working methodological groups and mutual lesson visits",
				"Методическая работа в школе", "Methodological work in the school"),
			builder._agree("T05", RespondentGroup.TEACHER, true,
				"В этом году я обсуждал с коллегами свои уроки",
				"This year I discussed my lessons with colleagues",
				"Профессиональное общение учителей", "Teachers' professional exchange"));
		builder._factor(
			"RF06", "Высокая доля обучающихся с рисками учебной неуспешности",
			"High share of pupils at risk of academic failure",
			builder._agree("T06", RespondentGroup.TEACHER, false,
				"В моих классах много учеников, которые не справляются с программой",
				"Many pupils in my classes cannot keep up with the programme",
				"Неуспевающие ученики по оценке учителей", "Failing pupils as rated by teachers"),
			builder._agree("P06", RespondentGroup.PUPIL, false,
				"Мне часто трудно понять материал на уроках",
				"I often find it hard to understand the lessons",
				"Трудности в учёбе глазами учеников", "Learning difficulties as seen by pupils"));
		builder._factor(
			"RF07", "Низкое качество преодоления языковых и культурных барьеров",
			"Poor handling of language and cultural barriers",
			builder._agree("T07", RespondentGroup.TEACHER, false,
				"В моих классах есть ученики, плохо владеющие русским языком, и им не хватает поддержки",
				"My classes have pupils with poor Russian who lack support",
				"Языковые трудности учеников", "Pupils' language difficulties"),
			builder._yesNo("A07", RespondentGroup.PARENT,
				"Дома мы говорим в основном не на русском языке",
				"At home we mostly speak a language other than Russian",
				"Другой язык в семье", "Another home language"));
		builder._factor(
			"RF08", "Пониженный уровень качества школьной образовательной и воспитательной среды",
			"Low quality of the school's learning and upbringing environment",
			builder._agree("P08", RespondentGroup.PUPIL, true,
				"Я чувствую себя в школе в безопасности",
				"I feel safe at school",
				"Безопасность глазами учеников", "Safety as seen by pupils"),
			builder._agree("A08", RespondentGroup.PARENT, true,
				"Мой ребёнок ходит в школу с удовольствием",
				"My child likes going to school",
				"Отношение к школе глазами родителей", "Attitude to school as seen by parents"));
		builder._factor(
			"RF09", "Низкий уровень вовлеченности родителей", "Low parental involvement",
			builder._agree("A09", RespondentGroup.PARENT, true,
				"Я регулярно общаюсь с учителями моего ребёнка",
				"I regularly talk with my child's teachers",
				"Общение родителей с учителями", "Parents' contact with teachers"),
			builder._agree("T09", RespondentGroup.TEACHER, true,
				"Родители моих учеников приходят на собрания и откликаются на приглашения",
				"My pupils' parents come to meetings and respond to invitations",
				"Отклик родителей по оценке учителей", "Parents' response as rated by teachers"));
		builder._factor(
			"RF10", "Высокая доля обучающихся с ОВЗ", "High share of pupils with special educational needs",
			builder._yesNo("D10", RespondentGroup.DIRECTOR,
				"Доля обучающихся с ОВЗ в школе больше 10%",
				"More than 10% of the school's pupils have special educational needs",
				"Доля обучающихся с ОВЗ", "Share of pupils with special needs"),
			builder._agree("T10", RespondentGroup.TEACHER, false,
				"Мне не хватает помощи специалистов для работы с детьми с ОВЗ",
				"I lack specialists' help for pupils with special needs",
				"Поддержка работы с детьми с ОВЗ", "Support for work with special needs"));
		builder._factor(
			"RF11", "Низкая учебная мотивация обучающихся", "Low learning motivation of pupils",
			builder._agree("P11", RespondentGroup.PUPIL, true,
				"Мне интересно учиться",
				"I find learning interesting",
				"Интерес к учёбе глазами учеников", "Interest in learning as seen by pupils"),
			builder._agree("T11", RespondentGroup.TEACHER, true,
				"Большинство моих учеников заинтересованы в учёбе",
				"Most of my pupils are interested in learning",
				"Мотивация учеников по оценке учителей", "Pupils' motivation as rated by teachers"));

		Map<RespondentGroup, Integer> minimums = new EnumMap<>(RespondentGroup.class);

		minimums.put(RespondentGroup.DIRECTOR, 1);
		minimums.put(RespondentGroup.TEACHER, 5);
		minimums.put(RespondentGroup.PUPIL, 15);
		minimums.put(RespondentGroup.PARENT, 10);

		return new FactorDictionary(FROM_YEAR, builder._questions, builder._factors, minimums);
	}

	/** Default thresholds of a 0..100 risk score: 25 low, 45 medium, 65 high. */
	public static final Thresholds THRESHOLDS = new Thresholds(25, 45, 65);

	private DefaultDictionary() {
	}

	private Object[] _agree(
		String code, RespondentGroup group, boolean inverted, String textRu, String textEn, String nameRu,
		String nameEn) {

		return _question(new Question(code, group, textRu, textEn, 1, 5, inverted), nameRu, nameEn);
	}

	private void _factor(String code, String nameRu, String nameEn, Object[]... indicators) {
		List<Indicator> list = new ArrayList<>();

		for (int i = 0; i < indicators.length; i++) {
			Question question = (Question)indicators[i][0];

			list.add(
				new Indicator(
					code + "." + (i + 1), (String)indicators[i][1], (String)indicators[i][2], question.group(),
					List.of(question.code()), THRESHOLDS));
		}

		_factors.add(new RiskFactor(code, nameRu, nameEn, list));
	}

	private Object[] _question(Question question, String nameRu, String nameEn) {
		_questions.add(question);

		return new Object[] {question, nameRu, nameEn};
	}

	private Object[] _yesNo(
		String code, RespondentGroup group, String textRu, String textEn, String nameRu, String nameEn) {

		return _question(new Question(code, group, textRu, textEn, 0, 1, false), nameRu, nameEn);
	}

	private final List<RiskFactor> _factors = new ArrayList<>();
	private final List<Question> _questions = new ArrayList<>();

}
