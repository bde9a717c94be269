package ru.opora.domain.library;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.StringJoiner;
import java.util.TreeSet;

/** School grades 1-11 of a material, written as a list with ranges: {@code 5-7, 9}. */
public final class Grades {

	public static final int MAX = 11;

	public static final int MIN = 1;

	/**
	 * The grades of a text, or {@code null} if it is not a list of grades and
	 * ranges within 1-11 (separators: comma, semicolon, space).
	 */
	public static SortedSet<Integer> parse(String text) {
		if ((text == null) || text.isBlank()) {
			return null;
		}

		SortedSet<Integer> grades = new TreeSet<>();

		for (String part : text.trim().split("[,;\\s]+")) {
			String[] bounds = part.split("[-–]", -1);

			if (bounds.length > 2) {
				return null;
			}

			Integer from = _grade(bounds[0]);
			Integer to = (bounds.length == 2) ? _grade(bounds[1]) : from;

			if ((from == null) || (to == null) || (from > to)) {
				return null;
			}

			for (int grade = from; grade <= to; grade++) {
				grades.add(grade);
			}
		}

		return Collections.unmodifiableSortedSet(grades);
	}

	/** The shortest text of grades: {@code 5-7, 9}. */
	public static String format(Iterable<Integer> grades) {
		SortedSet<Integer> sorted = new TreeSet<>();

		for (Integer grade : grades) {
			sorted.add(grade);
		}

		StringJoiner joiner = new StringJoiner(", ");
		Integer start = null;
		Integer previous = null;

		for (Integer grade : sorted) {
			if ((previous != null) && (grade == (previous + 1))) {
				previous = grade;

				continue;
			}

			if (start != null) {
				joiner.add(_range(start, previous));
			}

			start = grade;
			previous = grade;
		}

		if (start != null) {
			joiner.add(_range(start, previous));
		}

		return joiner.toString();
	}

	/** Category codes of grades: {@code grade-5}. */
	public static String code(int grade) {
		return "grade-" + grade;
	}

	public static List<Integer> all() {
		List<Integer> grades = new java.util.ArrayList<>();

		for (int grade = MIN; grade <= MAX; grade++) {
			grades.add(grade);
		}

		return grades;
	}

	private static Integer _grade(String text) {
		String trimmed = text.trim();

		if (!trimmed.matches("\\d{1,2}")) {
			return null;
		}

		int grade = Integer.parseInt(trimmed);

		if ((grade < MIN) || (grade > MAX)) {
			return null;
		}

		return grade;
	}

	private static String _range(int start, int end) {
		if (start == end) {
			return String.valueOf(start);
		}

		return start + "-" + end;
	}

	private Grades() {
	}

}
