package ru.opora.domain.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ru.opora.domain.validation.ValidationException;

class SchoolDataTest {

	@Test
	void seedSchoolIsValid() {

		// Seed 001: МОУ «СОШ с. Бартеневка им. П.Е. Толстова», 18 km from the district centre

		SchoolData school = new SchoolData(
			0, "МОУ «СОШ с. Бартеневка им. П.Е. Толстова»", "СОШ с. Бартеневка", "с. Бартеневка",
			SettlementType.RURAL, SchoolLevel.SECONDARY, true, 0, 18.0, null, null,
			"school@example.ru", "bart64", SchoolStatus.ACTIVE);

		assertTrue(school.validate().isEmpty(), school.validate().list().toString());
	}

	@Test
	void rejectsBadFields() {
		SchoolData school = new SchoolData(
			7, "", null, "x".repeat(300), null, SchoolLevel.BASIC, false, 7, -1.0, null, null,
			"no-at-sign", "", SchoolStatus.ACTIVE);

		ValidationException exception = assertThrows(
			ValidationException.class, () -> school.validate().throwIfAny());

		assertEquals(
			List.of(
				"name:required", "address:too-long", "federalLogin:required",
				"settlementType:required", "distanceToCentreKm:out-of-range",
				"branchOfSchoolId:branch-of-itself", "email:invalid-email"),
			exception.getViolations().stream().map(
				violation -> violation.field() + ":" + violation.code()
			).collect(Collectors.toList()));
		assertEquals("opora-error-required", exception.getViolations().get(0).messageKey());
	}

	@Test
	void parsesCodes() {
		assertEquals(SchoolLevel.BASIC, SchoolLevel.parse(" basic ").orElseThrow());
		assertEquals(AssessmentType.EGE, AssessmentType.parse("EGE").orElseThrow());
		assertTrue(AssessmentType.parse("gia").isEmpty());
		assertEquals("reorganised", SchoolStatus.REORGANISED.code());
		assertEquals(9, SchoolLevel.BASIC.maxGrade());
	}

	@Test
	void contextSharesAreChecked() {

		// Seed 001, Бартеневка: 22% single-parent, 11% low income, 19% СЭК, 10.5% teachers 65+

		ContextFigures context = new ContextFigures(
			2023, 86, 22.0, null, 19.0, null, 0.03, 11.0, 1, 10.5, 0.06, false, true, true);

		assertTrue(context.validate().isEmpty());
		assertEquals(6, context.shares().size());

		ContextFigures bad = new ContextFigures(
			2023, -1, 120.0, 30.0, 20.0, null, null, null, 0, null, null, false, false, false);

		assertEquals(
			List.of(
				"pupilsCount:negative", "shareSingleParent:out-of-range",
				"shareBothParentsHigherEducation:both-parents-more-than-one-parent"),
			bad.validate().list().stream().map(
				violation -> violation.field() + ":" + violation.code()
			).collect(Collectors.toList()));
	}

}
