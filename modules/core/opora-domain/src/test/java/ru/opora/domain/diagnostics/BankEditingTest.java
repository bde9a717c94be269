package ru.opora.domain.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import ru.opora.domain.validation.Violation;

/** Editing areas and competences of a draft one at a time: codes, references, removal blocked by dependants. */
class BankEditingTest {

	@Test
	void aNewAreaNeedsAFreeCodeAndASubjectIfItIsASubjectArea() {
		BankVersion bank = Banks.mathematics();

		assertEquals(List.of(), bank.checkArea(new CompetenceArea("RUS", "Русский язык", AreaKind.SUBJECT, "Русский язык"), true));
		assertEquals(
			List.of(Violation.of("code", "diagnostics-duplicate-code", "MATH")),
			bank.checkArea(new CompetenceArea("MATH", "Математика", AreaKind.SUBJECT, "Математика"), true));
		assertEquals(
			List.of(Violation.of("subject", "required")),
			bank.checkArea(new CompetenceArea("RUS", "Русский язык", AreaKind.SUBJECT, "  "), true));
		assertEquals(
			List.of(Violation.of("code", "diagnostics-code-format"), Violation.of("kind", "required")),
			bank.checkArea(new CompetenceArea("РУС 1", "Русский язык", null, null), true));
	}

	@Test
	void changingAnAreaKeepsItsOwnCode() {
		BankVersion bank = Banks.mathematics();

		assertEquals(
			List.of(),
			bank.checkArea(new CompetenceArea("METH", "Методика преподавания", AreaKind.METHODOLOGICAL, null), false));
		assertEquals(
			List.of(Violation.of("name", "required")),
			bank.checkArea(new CompetenceArea("METH", " ", AreaKind.METHODOLOGICAL, null), false));
	}

	@Test
	void aCompetenceNeedsAFreeCodeAnExistingAreaAndThresholdsInRange() {
		BankVersion bank = Banks.mathematics();

		assertEquals(List.of(), bank.checkCompetence(new Competence("M-STAT", "MATH", "Статистика", 65, 2), true));
		assertEquals(
			List.of(Violation.of("code", "diagnostics-duplicate-code", "M-GEO")),
			bank.checkCompetence(new Competence("M-GEO", "MATH", "Геометрия", 60, 2), true));
		assertEquals(
			List.of(Violation.of("areaCode", "diagnostics-unknown-code", "RUS")),
			bank.checkCompetence(new Competence("R-ORF", "RUS", "Орфография", 60, 2), true));
		assertEquals(
			List.of(
				Violation.of("threshold", "out-of-range", 1, 100),
				Violation.of("itemsPerSession", "out-of-range", 1, 50)),
			bank.checkCompetence(new Competence("M-STAT", "MATH", "Статистика", 101, 0), true));
		assertEquals(
			List.of(Violation.of("threshold", "out-of-range", 1, 100)),
			bank.checkCompetence(new Competence("M-STAT", "MATH", "Статистика", 0, 1), true),
			"a threshold of 0 would never show a deficit");
		assertEquals(
			List.of(Violation.of("areaCode", "required")),
			bank.checkCompetence(new Competence("M-STAT", "", "Статистика", 50, 1), true),
			"a blank area is reported once, as missing");
	}

	@Test
	void changingACompetenceMayMoveItToAnotherExistingArea() {
		BankVersion bank = Banks.mathematics();

		assertEquals(List.of(), bank.checkCompetence(new Competence("M-GEO", "METH", "Геометрия", 75, 2), false));
		assertEquals(
			List.of(Violation.of("areaCode", "diagnostics-unknown-code", "NOPE")),
			bank.checkCompetence(new Competence("M-GEO", "NOPE", "Геометрия", 75, 2), false));
	}

	@Test
	void removalIsRefusedWhileSomethingDependsOnIt() {
		BankVersion bank = Banks.mathematics();

		assertEquals(
			List.of(Violation.of("competences", "diagnostics-area-has-competences", "MATH", "M-ALG, M-GEO")),
			bank.checkAreaRemoval("MATH"));
		assertEquals(
			List.of(Violation.of("items", "diagnostics-competence-has-items", "M-GEO", "M2-01, M2-02")),
			bank.checkCompetenceRemoval("M-GEO"));

		BankVersion emptied = new BankVersion(
			1, bank.areas(), List.of(new Competence("M-ALG", "MATH", "Алгебра", 70, 3)),
			List.of(bank.item("M1-01")));

		assertEquals(List.of(), emptied.checkAreaRemoval("METH"));
		assertEquals(List.of(), emptied.checkCompetenceRemoval("M-GEO"), "unknown code: nothing depends on it");
		assertEquals(1, emptied.checkAreaRemoval("MATH").size());
	}

}
