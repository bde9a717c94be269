package ru.opora.domain.diagnostics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Draws the items of a session: for each competence, in the given order,
 * {@code itemsPerSession} items (all of them if the bank has fewer), shuffled
 * by a generator seeded with the session seed and the competence code. The
 * same seed and bank version always give the same draw; an attempt stores
 * its seed so a resumed attempt shows the same items.
 */
public final class ItemDraw {

	public static List<Item> draw(BankVersion bank, List<String> competenceCodes, long seed) {
		List<Item> drawn = new ArrayList<>();

		for (String competenceCode : competenceCodes) {
			Competence competence = bank.competence(competenceCode);

			if (competence == null) {
				throw new IllegalArgumentException("Unknown competence " + competenceCode);
			}

			List<Item> items = bank.itemsOf(competenceCode);

			Collections.shuffle(items, new Random(seed * 31 + competenceCode.hashCode()));

			drawn.addAll(items.subList(0, Math.min(competence.itemsPerSession(), items.size())));
		}

		return drawn;
	}

	/** The item codes of a draw, in order, for storage. */
	public static List<String> codes(List<Item> items) {
		List<String> codes = new ArrayList<>();

		for (Item item : items) {
			codes.add(item.code());
		}

		return codes;
	}

	private ItemDraw() {
	}

}
