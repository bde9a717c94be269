package ru.opora.domain.identification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.opora.domain.identification.Fixtures.RUSSIAN;
import static ru.opora.domain.identification.Fixtures.ege;
import static ru.opora.domain.identification.Fixtures.groups;
import static ru.opora.domain.identification.Fixtures.saratovContext;
import static ru.opora.domain.identification.Fixtures.school;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class WhatIfTest {

	@Test
	void sameRulesChangeNothing() {
		assertTrue(SchoolIdentifier.compare(_current(), _current(), _schools()).isEmpty());
	}

	@Test
	void stricterGapAndHigherThresholdMoveSchools() {

		// 2023 municipal mean (20 × 75 + 10 × 57 + 10 × 48) / 40 = 63.75: gaps 6.75 and 15.75;
		// 2022 mean (20 × 75 + 10 × 48) / 30 = 66: gap 18.
		// СОШ п. Знаменский (seed 001: 21% single-parent, 5.5% other language, СЭК 21%):
		// index 100 − (42 + 11 + 65) / 3 = 60.67

		IdentificationRules proposed = _current().toBuilder().lowScoreGapPoints(15).wellBeingThreshold(61).build();

		List<GroupChange> changes = SchoolIdentifier.compare(_current(), proposed, _schools());

		assertEquals(
			List.of("2/2023", "3/2022", "3/2023"),
			changes.stream().map(
				change -> change.schoolId() + "/" + change.toYear()
			).collect(Collectors.toList()));

		GroupChange znamensky = changes.get(0);

		assertEquals(2023, znamensky.fromYear());
		assertEquals(groups(Group.NONE), znamensky.oldGroups());
		assertEquals(groups(Group.UNFAVOURABLE_CONDITIONS), znamensky.newGroups());
		assertEquals(groups(Group.UNFAVOURABLE_CONDITIONS), znamensky.entered());
		assertEquals(groups(Group.NONE), znamensky.left());

		assertEquals(groups(Group.LOW_RESULTS), changes.get(1).newGroups());
		assertEquals(groups(Group.LOW_RESULTS), changes.get(2).newGroups());
		assertEquals("СОШ", changes.get(2).schoolName());
	}

	@Test
	void lowerGapJustAboveTheFigureChangesNothing() {

		// Gaps 18 and 15.75: a limit of 18 still keeps both out ("more than")

		IdentificationRules proposed = _current().toBuilder().lowScoreGapPoints(18).build();

		List<GroupChange> changes = SchoolIdentifier.compare(_current(), proposed, _schools());

		assertTrue(changes.isEmpty(), changes.toString());
	}

	@Test
	void looserRulesMoveSchoolsOut() {

		// The other way round: schools leave the groups

		IdentificationRules strict = _current().toBuilder().lowScoreGapPoints(15).build();

		List<GroupChange> changes = SchoolIdentifier.compare(strict, _current(), _schools());

		assertEquals(2, changes.size());
		assertEquals(groups(Group.LOW_RESULTS), changes.get(0).left());
		assertEquals(groups(Group.NONE), changes.get(0).entered());
	}

	@Test
	void highResultsLevelMovesTheGymnasium() {
		IdentificationRules proposed = _current().toBuilder().highMinMeanScore(80).build();

		List<GroupChange> changes = SchoolIdentifier.compare(_current(), proposed, _schools());

		assertEquals(2, changes.size());
		assertEquals(1L, changes.get(0).schoolId());
		assertEquals(groups(Group.HIGH_RESULTS), changes.get(0).left());
	}

	private static IdentificationRules _current() {
		return Fixtures.withSek();
	}

	private static List<SchoolInput> _schools() {
		return List.of(
			school(1, "Гимназия").result(ege(2022, RUSSIAN, 20, 75, 0), ege(2023, RUSSIAN, 20, 75, 0)).build(),
			school(2, "МОУ «СОШ п. Знаменский»").result(
				ege(2023, RUSSIAN, 10, 57, 0)
			).context(
				saratovContext(2023, 21, 5.5, 21)
			).build(),
			school(3, "СОШ").result(ege(2022, RUSSIAN, 10, 48, 0), ege(2023, RUSSIAN, 10, 48, 0)).build());
	}

}
