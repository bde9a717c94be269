package ru.opora.cooperation.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.opora.domain.cooperation.AgreementKind;
import ru.opora.domain.cooperation.AgreementStatus;

class AgreementFilterTest {

	private static final AgreementRow _ROW = new AgreementRow(
		1, "СВ-12/2025", LocalDate.of(2025, 8, 25), AgreementKind.NETWORK_PROGRAMME, AgreementStatus.ACTIVE,
		LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31), 1, List.of("МКОУ Новоспасская СОШ", "МБОУ СОШ № 3"),
		List.of("Технология", "Решение жизненных задач"), true);

	@Test
	void emptyFilterLetsEverythingThrough() {
		assertTrue(new AgreementFilter(null, null, null, null, " ").matches(_ROW));
	}

	@Test
	void everyFilterMustMatch() {
		assertTrue(new AgreementFilter("новоспасская", null, null, null, null).matches(_ROW));
		assertTrue(new AgreementFilter(null, null, null, null, "ЖИЗНЕННЫХ").matches(_ROW));
		assertTrue(new AgreementFilter(null, AgreementKind.NETWORK_PROGRAMME, AgreementStatus.ACTIVE, null, null).matches(_ROW));
		assertTrue(new AgreementFilter(null, null, null, LocalDate.of(2026, 8, 31), null).matches(_ROW));
		assertFalse(new AgreementFilter(null, null, null, LocalDate.of(2026, 9, 1), null).matches(_ROW));
		assertFalse(new AgreementFilter("лицей", null, null, null, null).matches(_ROW));
		assertFalse(new AgreementFilter(null, AgreementKind.PARTNERSHIP, null, null, null).matches(_ROW));
		assertFalse(new AgreementFilter(null, null, AgreementStatus.DRAFT, null, null).matches(_ROW));
		assertFalse(new AgreementFilter(null, null, null, null, "Робототехника").matches(_ROW));
	}

	@Test
	void yoIsTheSameAsYe() {
		AgreementRow row = new AgreementRow(
			2, "1", null, AgreementKind.PARTNERSHIP, AgreementStatus.ACTIVE, null, null, 1, List.of("Школа «Ёлочка»"),
			List.of(), false);

		assertTrue(new AgreementFilter("елочка", null, null, null, null).matches(row));
	}

}
