package ru.opora.domain.cooperation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ru.opora.domain.validation.Violation;

class RequisitesTest {

	@ParameterizedTest
	@ValueSource(strings = {"7707083893", "7830002293", "500100732259"})
	void validInnPassesTheChecksum(String inn) {
		assertTrue(Requisites.isValidInn(inn), inn);
	}

	@ParameterizedTest
	@ValueSource(strings = {"7707083894", "770708389", "77070838930", "500100732258", "77O7083893", "", " "})
	void brokenInnFails(String inn) {
		assertFalse(Requisites.isValidInn(inn), inn);
	}

	@ParameterizedTest
	@ValueSource(strings = {"1027700132195", "1027739609391", "304500116000157"})
	void validOgrnPassesTheChecksum(String ogrn) {
		assertTrue(Requisites.isValidOgrn(ogrn), ogrn);
	}

	@ParameterizedTest
	@ValueSource(strings = {"1027700132196", "102770013219", "304500116000158", "10277001321951", "abc"})
	void brokenOgrnFails(String ogrn) {
		assertFalse(Requisites.isValidOgrn(ogrn), ogrn);
	}

	@Test
	void everyMissingOrBrokenFieldIsNamed() {
		Requisites requisites = new Requisites(" ", null, "", "1234567890", "", null, null, " ");

		assertEquals(
			List.of(
				Violation.of("p.fullName", "required"), Violation.of("p.address", "required"),
				Violation.of("p.headName", "required"), Violation.of("p.authorityBasis", "required"),
				Violation.of("p.inn", "inn-invalid", "1234567890"), Violation.of("p.ogrn", "required")),
			requisites.validate("p.").list());
	}

	@Test
	void fixtureRequisitesAreValid() {
		assertTrue(Fixtures.requisites().validate("").isEmpty());
	}

}
