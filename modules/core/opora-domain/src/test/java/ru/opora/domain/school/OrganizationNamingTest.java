package ru.opora.domain.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OrganizationNamingTest {

	@Test
	void namesAreComparedIgnoringCaseQuotesYoAndSpacing() {
		assertEquals(
			"мбоу сош №5 г. ивантеевка",
			OrganizationNaming.normalize("  МБОУ  «СОШ № 5»  г. Ивантеевка. "));
		assertEquals(
			OrganizationNaming.normalize("МОУ \"Берёзовская ООШ\""),
			OrganizationNaming.normalize("моу березовская оош"));
		assertEquals(
			OrganizationNaming.normalize("СОШ им. Н.А. Некрасова – филиал"),
			OrganizationNaming.normalize("СОШ им. Н.А. Некрасова-филиал"));
		assertEquals("", OrganizationNaming.normalize(null));
	}

	@Test
	void findsTheOrganizationByNameOrShortName() {
		Map<Long, String> candidates = new LinkedHashMap<>();

		candidates.put(11L, "МБОУ СОШ №1");
		candidates.put(12L, "Гимназия «Исток»");
		candidates.put(13L, "");

		OrganizationNaming.Match byName = OrganizationNaming.match(
			"МБОУ «СОШ № 1»", "СОШ 1", candidates);

		assertTrue(byName.isFound());
		assertEquals(11L, byName.getOrganizationId());

		OrganizationNaming.Match byShortName = OrganizationNaming.match(
			"Муниципальное бюджетное общеобразовательное учреждение гимназия Исток",
			"гимназия исток", candidates);

		assertEquals(12L, byShortName.getOrganizationId());

		OrganizationNaming.Match none = OrganizationNaming.match(
			"МБОУ СОШ №2", "", candidates);

		assertFalse(none.isFound());
		assertFalse(none.isAmbiguous());
		assertThrows(IllegalStateException.class, none::getOrganizationId);
	}

	@Test
	void twoOrganizationsWithTheSameNameAreAmbiguous() {
		Map<Long, String> candidates = new LinkedHashMap<>();

		candidates.put(22L, "СОШ №3");
		candidates.put(21L, "сош № 3");

		OrganizationNaming.Match match = OrganizationNaming.match(
			"СОШ №3", null, candidates);

		assertTrue(match.isAmbiguous());
		assertFalse(match.isFound());
		assertEquals(List.of(21L, 22L), match.getOrganizationIds());
	}

	@Test
	void newOrganizationNamesHaveNoCommaOrAsteriskAndFitTheColumn() {
		assertEquals(
			"МБОУ СОШ №1 г. Ивантеевка",
			OrganizationNaming.organizationName(
				"МБОУ СОШ №1, г. Ивантеевка", "Ивантеевка", name -> false));
		assertEquals(
			"Школа 5",
			OrganizationNaming.organizationName("Школа *5*", "", name -> false));

		String longName =
			"Муниципальное бюджетное общеобразовательное учреждение средняя " +
				"общеобразовательная школа с углублённым изучением отдельных " +
					"предметов №12";

		String fitted = OrganizationNaming.organizationName(
			longName, "Ивантеевка", name -> false);

		assertTrue(fitted.length() <= OrganizationNaming.MAX_LENGTH, fitted);
		assertTrue(longName.startsWith(fitted), fitted);
		assertFalse(fitted.endsWith(" "));
	}

	@Test
	void takenNamesGetTheMunicipalityThenANumber() {
		Set<String> taken = new HashSet<>();

		taken.add("МБОУ СОШ №1");

		assertEquals(
			"МБОУ СОШ №1 (Ивантеевка)",
			OrganizationNaming.organizationName(
				"МБОУ СОШ №1", "Ивантеевка", taken::contains));

		taken.add("МБОУ СОШ №1 (Ивантеевка)");

		assertEquals(
			"МБОУ СОШ №1 (Ивантеевка 2)",
			OrganizationNaming.organizationName(
				"МБОУ СОШ №1", "Ивантеевка", taken::contains));
		assertEquals(
			"МБОУ СОШ №1 2",
			OrganizationNaming.organizationName(
				"МБОУ СОШ №1", null, taken::contains));
	}

	@Test
	void qualifiedLongNamesStillFit() {
		String longName = "Школа " + "очень ".repeat(30) + "длинная";

		String fitted = OrganizationNaming.organizationName(
			longName, "Демонстрационный район", name -> !name.contains("("));

		assertTrue(fitted.length() <= OrganizationNaming.MAX_LENGTH, fitted);
		assertTrue(fitted.endsWith(" (Демонстрационный район)"), fitted);
	}

	@Test
	void aNameWithoutLettersIsRefused() {
		assertThrows(
			IllegalArgumentException.class,
			() -> OrganizationNaming.organizationName("12345", "", n -> false));
		assertThrows(
			IllegalArgumentException.class,
			() -> OrganizationNaming.organizationName(" , ", "", n -> false));
	}

}
