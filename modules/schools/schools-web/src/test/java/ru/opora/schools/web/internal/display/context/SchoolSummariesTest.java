package ru.opora.schools.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ru.opora.domain.identification.Group;
import ru.opora.domain.school.SchoolData;
import ru.opora.domain.school.SchoolLevel;
import ru.opora.domain.school.SchoolStatus;
import ru.opora.domain.school.SettlementType;

import ru.opora.schools.model.School;

class SchoolSummariesTest {

	static SchoolSummary summary(
		long schoolId, String name, String address, SettlementType settlementType, SchoolLevel level,
		Set<Group> groups) {

		return new SchoolSummary(
			mock(School.class),
			new SchoolData(
				schoolId, name, null, address, settlementType, level, false, 0, null, "Петров П. П.", null, null, null,
				SchoolStatus.ACTIVE),
			groups, 2024, null, null);
	}

	@Test
	void filtersByKeywordsLevelSettlementAndGroup() {
		assertEquals(List.of("СОШ № 1 г. Лесной"), _names(SchoolSummaries.filter(_summaries, "ЛЕНИНА", null, null, null)));
		assertEquals(
			List.of("ООШ д. Ивановка", "Начальная школа с. Берёзовка"),
			_names(SchoolSummaries.filter(_summaries, "  с.  ", null, SettlementType.RURAL, null)));
		assertEquals(
			List.of("ООШ д. Ивановка"), _names(SchoolSummaries.filter(_summaries, null, SchoolLevel.BASIC, null, null)));
		assertEquals(
			List.of("ООШ д. Ивановка", "Гимназия № 2"),
			_names(SchoolSummaries.filter(_summaries, "", null, null, Group.UNFAVOURABLE_CONDITIONS)));
		assertEquals(
			List.of(), _names(SchoolSummaries.filter(_summaries, "гимназия", null, SettlementType.RURAL, null)));
		assertEquals(4, SchoolSummaries.filter(_summaries, null, null, null, null).size());
	}

	@Test
	void keywordsMatchEveryWordInNameAddressOrHead() {
		assertEquals(
			List.of("Гимназия № 2"), _names(SchoolSummaries.filter(_summaries, "ГИМНАЗИЯ ул. Мира", null, null, null)));
		assertEquals(4, SchoolSummaries.filter(_summaries, "петров", null, null, null).size());
		assertEquals(
			List.of("СОШ № 1 г. Лесной", "Гимназия № 2"),
			_names(SchoolSummaries.filter(_summaries, "лесной", null, SettlementType.URBAN, null)));
	}

	@Test
	void sortsByNameLevelAndSettlementThenByName() {
		Locale russian = new Locale("ru");

		assertEquals(
			List.of("Гимназия № 2", "Начальная школа с. Берёзовка", "ООШ д. Ивановка", "СОШ № 1 г. Лесной"),
			_names(SchoolSummaries.sort(_summaries, SchoolSummaries.ORDER_BY_NAME, true, russian)));
		assertEquals(
			List.of("СОШ № 1 г. Лесной", "ООШ д. Ивановка", "Начальная школа с. Берёзовка", "Гимназия № 2"),
			_names(SchoolSummaries.sort(_summaries, "unknown-column", false, russian)));
		assertEquals(
			List.of("Начальная школа с. Берёзовка", "ООШ д. Ивановка", "Гимназия № 2", "СОШ № 1 г. Лесной"),
			_names(SchoolSummaries.sort(_summaries, SchoolSummaries.ORDER_BY_LEVEL, true, russian)));
		assertEquals(
			List.of("Гимназия № 2", "СОШ № 1 г. Лесной", "ООШ д. Ивановка", "Начальная школа с. Берёзовка"),
			_names(SchoolSummaries.sort(_summaries, SchoolSummaries.ORDER_BY_LEVEL, false, russian)));
		assertEquals(
			List.of("Гимназия № 2", "СОШ № 1 г. Лесной", "Начальная школа с. Берёзовка", "ООШ д. Ивановка"),
			_names(SchoolSummaries.sort(_summaries, SchoolSummaries.ORDER_BY_SETTLEMENT, true, russian)));
	}

	private static List<String> _names(List<SchoolSummary> summaries) {
		List<String> names = new ArrayList<>();

		for (SchoolSummary summary : summaries) {
			names.add(summary.getName());
		}

		return names;
	}

	private final List<SchoolSummary> _summaries = List.of(
		summary(
			1, "СОШ № 1 г. Лесной", "г. Лесной, ул. Ленина, 1", SettlementType.URBAN, SchoolLevel.SECONDARY,
			EnumSet.of(Group.LOW_RESULTS)),
		summary(
			2, "ООШ д. Ивановка", "д. Ивановка, с. Зелёное", SettlementType.RURAL, SchoolLevel.BASIC,
			EnumSet.of(Group.RISK_ZONE, Group.UNFAVOURABLE_CONDITIONS)),
		summary(
			3, "Гимназия № 2", "г. Лесной, ул. Мира, 5", SettlementType.URBAN, SchoolLevel.SECONDARY,
			EnumSet.of(Group.HIGH_RESULTS, Group.UNFAVOURABLE_CONDITIONS, Group.RESILIENT)),
		summary(
			4, "Начальная школа с. Берёзовка", "с. Берёзовка", SettlementType.RURAL, SchoolLevel.PRIMARY,
			EnumSet.noneOf(Group.class)));

}
