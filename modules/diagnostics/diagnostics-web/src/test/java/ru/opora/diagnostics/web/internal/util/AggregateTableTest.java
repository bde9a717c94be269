package ru.opora.diagnostics.web.internal.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ru.opora.domain.diagnostics.Aggregates;
import ru.opora.domain.diagnostics.TeacherStatus;

class AggregateTableTest {

	private static List<TeacherStatus> _teachers(String subject, int count, long firstId) {
		List<TeacherStatus> teachers = new ArrayList<>();

		for (int i = 0; i < count; i++) {
			teachers.add(new TeacherStatus(firstId + i, 1, subject, true, Set.of("M-ALG"), i == 0, null));
		}

		return teachers;
	}

	@Test
	void suppressedFiguresShowNoNumber() {
		List<TeacherStatus> teachers = _teachers("Математика", 6, 1);

		teachers.addAll(_teachers("Русский язык", 2, 100));

		AggregateTable table = new AggregateTable(
			Aggregates.of(teachers), Map.of("M-ALG", "Алгебра"),
			(key, arguments) -> key + (arguments.length == 0 ? "" : List.of(arguments).toString()));

		assertEquals(
			List.of(
				List.of("diagnostics-indicator-teachers", "8", "", ""),
				List.of("diagnostics-indicator-diagnosed", "8", "8", "100.0"),
				List.of("diagnostics-indicator-with-route", "2", "8", "25.0"),
				List.of("diagnostics-indicator-positive-dynamics", "diagnostics-suppressed[5]", "", ""),
				List.of("diagnostics-indicator-deficit[Математика, Алгебра]", "6", "6", "100.0"),
				List.of("diagnostics-indicator-deficit[Русский язык, Алгебра]", "diagnostics-suppressed[5]", "", "")),
			table.rows());
		assertEquals(4, table.headers().size());
	}

}
