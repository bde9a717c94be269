package ru.opora.domain.identification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.opora.domain.identification.Fixtures.MATH;
import static ru.opora.domain.identification.Fixtures.context;
import static ru.opora.domain.identification.Fixtures.good;
import static ru.opora.domain.identification.Fixtures.groups;
import static ru.opora.domain.identification.Fixtures.school;
import static ru.opora.domain.identification.Fixtures.vpr;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class IdentificationHistoryTest {

	@Test
	void everyYearWithDataIsClassified() {
		IdentificationHistory history = _history();

		assertEquals(
			List.of(2022, 2023, 2024),
			history.classifications(1).stream().map(SchoolClassification::year).collect(Collectors.toList()));
		assertEquals(
			List.of(2021, 2023),
			history.classifications(2).stream().map(SchoolClassification::year).collect(Collectors.toList()));
		assertFalse(history.classification(2, 2022).isPresent());
		assertTrue(history.classifications(99).isEmpty());
		assertEquals(3 + 2 + 2 + 2, history.classifications().size());
	}

	@Test
	void groupsOfEachYear() {
		IdentificationHistory history = _history();

		// Seed 001, СОШ с. Бартеневка: on the list in 2022, then unstable, then strong

		assertEquals(groups(Group.LOW_RESULTS), history.classification(1, 2022).get().groups());
		assertEquals(groups(Group.RISK_ZONE), history.classification(1, 2023).get().groups());
		assertEquals(groups(Group.HIGH_RESULTS), history.classification(1, 2024).get().groups());
	}

	@Test
	void changesNameEnteredAndLeftGroups() {
		List<GroupChange> changes = _history().changes(1);

		assertEquals(2, changes.size());

		GroupChange first = changes.get(0);

		assertEquals(2022, first.fromYear());
		assertEquals(2023, first.toYear());
		assertEquals(groups(Group.LOW_RESULTS), first.left());
		assertEquals(groups(Group.RISK_ZONE), first.entered());
		assertEquals(groups(Group.LOW_RESULTS), first.oldGroups());
		assertEquals(groups(Group.RISK_ZONE), first.newGroups());
		assertTrue(first.isChange());
		assertEquals("МОУ «СОШ с. Бартеневка им. П.Е. Толстова»", first.schoolName());

		assertEquals(groups(Group.RISK_ZONE), changes.get(1).left());
		assertEquals(groups(Group.HIGH_RESULTS), changes.get(1).entered());
	}

	@Test
	void changesSpanYearsWithoutData() {
		List<GroupChange> changes = _history().changes(2);

		assertEquals(1, changes.size());
		assertEquals(2021, changes.get(0).fromYear());
		assertEquals(2023, changes.get(0).toYear());
		assertEquals(groups(Group.HIGH_RESULTS), changes.get(0).left());
		assertEquals(groups(Group.FAILURE_PREVENTION), changes.get(0).entered());
	}

	@Test
	void unchangedSchoolsHaveNoChanges() {
		IdentificationHistory history = _history();

		assertTrue(history.changes(3).isEmpty());
		assertEquals(
			List.of(1L, 1L, 2L, 4L),
			history.changes().stream().map(GroupChange::schoolId).collect(Collectors.toList()));
	}

	@Test
	void contextGroupsChangeToo() {

		// Index 61 in 2022, 50 in 2023 with unchanged weak-but-passing results

		GroupChange change = _history().changes(4).get(0);

		assertEquals(groups(Group.NONE), change.left());
		assertEquals(groups(Group.UNFAVOURABLE_CONDITIONS), change.entered());
	}

	private static IdentificationHistory _history() {
		List<SchoolInput> schools = List.of(
			school(1, "МОУ «СОШ с. Бартеневка им. П.Е. Толстова»").federal(2022).result(
				good(2022, 5, MATH), good(2023, 5, MATH), good(2024, 5, MATH)
			).build(),
			school(2, "МОУ «ООШ с. Клевенка»").result(good(2021, 5, MATH), vpr(2023, 5, MATH, 3, 4, 2, 1)).build(),
			school(3, "МОУ «Гимназия с. Ивантеевка»").result(good(2022, 5, MATH), good(2023, 5, MATH)).build(),
			school(4, "МОУ «СОШ п. Знаменский»").result(
				vpr(2022, 6, MATH, 0, 7, 2, 1), vpr(2023, 6, MATH, 0, 7, 2, 1)
			).context(
				context(2022, 19.5, 30.5, 3.9, 19.5)
			).context(
				context(2023, 25.0, 25.0, 5.0, 25.0)
			).build());

		return new SchoolIdentifier(IdentificationRules.defaults()).history(schools);
	}

}
