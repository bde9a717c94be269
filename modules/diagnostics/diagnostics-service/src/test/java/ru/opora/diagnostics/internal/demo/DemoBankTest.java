package ru.opora.diagnostics.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ru.opora.domain.diagnostics.BankVersion;
import ru.opora.domain.diagnostics.Competence;
import ru.opora.domain.diagnostics.DiagnosticScoring;
import ru.opora.domain.diagnostics.Item;
import ru.opora.domain.diagnostics.ItemDraw;
import ru.opora.domain.diagnostics.ItemScoring;
import ru.opora.domain.diagnostics.ItemType;

class DemoBankTest {

	@Test
	void theDemoBankIsValidAndCoversBothSubjectsAndEveryItemType() {
		BankVersion bank = DemoBank.bank();

		assertEquals(List.of(), bank.validate());

		Set<ItemType> types = new HashSet<>();

		for (Item item : bank.items()) {
			types.add(item.type());

			assertEquals(1.0, ItemScoring.share(item, item.key().split("\\|")[0]), "the key scores: " + item.code());
		}

		assertEquals(Set.of(ItemType.values()), types);
		assertEquals(4, bank.competencesFor("Математика").size(), "2 subject + methodological + assessment");
		assertEquals(4, bank.competencesFor("Русский язык").size());

		List<String> codes = new ArrayList<>();

		for (Competence competence : bank.competencesFor("Математика")) {
			codes.add(competence.code());
		}

		List<Item> drawn = ItemDraw.draw(bank, codes, 7);

		assertEquals(12, drawn.size(), "3 items per competence");
		assertEquals(4, DiagnosticScoring.score(bank, ItemDraw.codes(drawn), Map.of()).deficits().size(),
			"no answers: every competence is a deficit");
	}

	@Test
	void everyCourseCoversKnownCompetences() {
		BankVersion bank = DemoBank.bank();

		assertEquals(8, DemoBank.courses().size());

		for (String[] course : DemoBank.courses()) {
			for (String code : course[4].split(",")) {
				assertNotNull(bank.competence(code), course[0] + ": " + code);
			}

			assertTrue(Integer.parseInt(course[2]) > 0);
		}
	}

}
