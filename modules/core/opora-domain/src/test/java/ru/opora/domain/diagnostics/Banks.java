package ru.opora.domain.diagnostics;

import java.util.List;

/** A small mathematics bank in the shape of the demo bank. */
final class Banks {

	static BankVersion mathematics(int version, String keyOfM101) {
		return new BankVersion(
			version,
			List.of(
				new CompetenceArea("MATH", "Математика: предметные компетенции", AreaKind.SUBJECT, "Математика"),
				new CompetenceArea("METH", "Методические компетенции", AreaKind.METHODOLOGICAL, null)),
			List.of(
				new Competence("M-ALG", "MATH", "Алгебра и начала анализа", 70, 3),
				new Competence("M-GEO", "MATH", "Геометрия", 60, 2),
				new Competence("MT-OGE", "METH", "Подготовка к ОГЭ", 50, 1)),
			List.of(
				new Item("M1-01", "M-ALG", ItemType.SINGLE_CHOICE, "Корень уравнения 2x + 3 = 7", List.of("1", "2", "3"),
					null, keyOfM101, 1),
				new Item("M1-02", "M-ALG", ItemType.SHORT_ANSWER, "Значение log2 8", null, null, "3|три", 1),
				new Item("M1-03", "M-ALG", ItemType.MULTIPLE_CHOICE, "Какие функции возрастают на R?",
					List.of("y = 2x", "y = x^2", "y = e^x", "y = -x"), null, "1;3", 2),
				new Item("M1-04", "M-ALG", ItemType.SHORT_ANSWER, "Производная x^2 в точке 0,5", null, null, "1", 1),
				new Item("M2-01", "M-GEO", ItemType.MATCHING, "Сопоставьте фигуру и формулу площади",
					List.of("Квадрат", "Треугольник", "Круг"), List.of("a·h/2", "πr²", "a²"), "1-3;2-1;3-2", 3),
				new Item("M2-02", "M-GEO", ItemType.SINGLE_CHOICE, "Сумма углов треугольника",
					List.of("90°", "180°", "360°"), null, "2", 1),
				new Item("MT-01", "MT-OGE", ItemType.MULTIPLE_CHOICE, "Что входит в КИМ ОГЭ по математике?",
					List.of("Модуль «Алгебра»", "Модуль «Геометрия»", "Сочинение"), null, "1;2", 2)));
	}

	static BankVersion mathematics() {
		return mathematics(1, "2");
	}

	private Banks() {
	}

}
