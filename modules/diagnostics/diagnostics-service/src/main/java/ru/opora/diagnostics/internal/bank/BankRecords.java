package ru.opora.diagnostics.internal.bank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ru.opora.diagnostics.model.Competence;
import ru.opora.diagnostics.model.CompetenceArea;
import ru.opora.diagnostics.model.DiagnosticItem;
import ru.opora.domain.diagnostics.AreaKind;
import ru.opora.domain.diagnostics.Item;
import ru.opora.domain.diagnostics.ItemType;

/** Conversions between the stored bank rows and the domain's bank. */
public final class BankRecords {

	public static ru.opora.domain.diagnostics.CompetenceArea area(CompetenceArea area) {
		return new ru.opora.domain.diagnostics.CompetenceArea(
			area.getCode(), area.getName(), AreaKind.ofCode(area.getKind()), area.getSubject());
	}

	public static ru.opora.domain.diagnostics.Competence competence(Competence competence) {
		return new ru.opora.domain.diagnostics.Competence(
			competence.getCode(), competence.getAreaCode(), competence.getName(), competence.getThreshold(),
			competence.getItemsPerSession());
	}

	public static Item item(DiagnosticItem item) {
		return new Item(
			item.getCode(), item.getCompetenceCode(), ItemType.ofCode(item.getItemType()), item.getText(),
			lines(item.getOptions()), lines(item.getMatches()), item.getScoringKey(), item.getWeight());
	}

	/** Non-blank lines, trimmed. */
	public static List<String> lines(String text) {
		List<String> lines = new ArrayList<>();

		if (text == null) {
			return lines;
		}

		for (String line : text.split("\\r?\\n")) {
			if (!line.isBlank()) {
				lines.add(line.trim());
			}
		}

		return lines;
	}

	/** Comma-separated codes, trimmed, blanks dropped. */
	public static List<String> codes(String text) {
		List<String> codes = new ArrayList<>();

		if (text == null) {
			return codes;
		}

		for (String code : Arrays.asList(text.split(","))) {
			if (!code.isBlank()) {
				codes.add(code.trim());
			}
		}

		return codes;
	}

	private BankRecords() {
	}

}
