package ru.opora.domain.diagnostics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ru.opora.domain.validation.Violation;

/**
 * The bank as one Excel sheet, one row per area, competence or item (column
 * {@code kind}); what an export writes and an import reads. Each row is
 * checked on its own and then the whole bank ({@link BankVersion#validate});
 * every problem is reported with its row number (1-based, header = 1) and
 * column, and a bank with any problem is not stored.
 */
public final class BankSheet {

	public static final List<String> COLUMNS = List.of(
		"kind", "code", "parent", "name", "type", "subject", "threshold", "items-per-session", "weight", "options",
		"matches", "key");

	public static final String KIND_AREA = "area";

	public static final String KIND_COMPETENCE = "competence";

	public static final String KIND_ITEM = "item";

	/** The rows of a bank version, areas first, then competences, then items. */
	public static List<List<String>> rows(BankVersion bank) {
		List<List<String>> rows = new ArrayList<>();

		for (CompetenceArea area : bank.areas()) {
			rows.add(
				Arrays.asList(KIND_AREA, area.code(), "", area.name(), area.kind().code(),
					(area.subject() == null) ? "" : area.subject(), "", "", "", "", "", ""));
		}

		for (Competence competence : bank.competences()) {
			rows.add(
				Arrays.asList(KIND_COMPETENCE, competence.code(), competence.areaCode(), competence.name(), "", "",
					String.valueOf(competence.threshold()), String.valueOf(competence.itemsPerSession()), "", "", "",
					""));
		}

		for (Item item : bank.items()) {
			rows.add(
				Arrays.asList(KIND_ITEM, item.code(), item.competenceCode(), item.text(), item.type().code(), "", "", "",
					String.valueOf(item.weight()), String.join("\n", item.options()), String.join("\n", item.matches()),
					item.key()));
		}

		return rows;
	}

	/** Reads data rows (without the header); row numbers in problems count the header as row 1. */
	public static BankSheet parse(int version, List<List<String>> rows) {
		BankSheet sheet = new BankSheet();
		List<CompetenceArea> areas = new ArrayList<>();
		List<Competence> competences = new ArrayList<>();
		List<Item> items = new ArrayList<>();
		Map<String, Integer> rowOfElement = new HashMap<>();

		for (int i = 0; i < rows.size(); i++) {
			int rowNumber = i + 2;
			List<String> row = rows.get(i);

			if (row.stream().allMatch(cell -> (cell == null) || cell.isBlank())) {
				continue;
			}

			String kind = _cell(row, 0).toLowerCase(java.util.Locale.ROOT);
			String code = _cell(row, 1);
			List<Violation> violations;
			String element;

			if (KIND_AREA.equals(kind)) {
				AreaKind areaKind = AreaKind.ofCode(_cell(row, 4));
				CompetenceArea area = new CompetenceArea(code, _cell(row, 3), areaKind, _cell(row, 5));

				violations = area.validate();

				if ((areaKind == null) && !_cell(row, 4).isEmpty()) {
					violations = _plus(violations, Violation.of("kind", "diagnostics-unknown-code", _cell(row, 4)));
				}

				areas.add(area);
				element = "area[" + code + "]";
			}
			else if (KIND_COMPETENCE.equals(kind)) {
				Integer threshold = _int(row, 6);
				Integer perSession = _int(row, 7);
				Competence competence = new Competence(
					code, _cell(row, 2), _cell(row, 3), (threshold == null) ? 0 : threshold,
					(perSession == null) ? 0 : perSession);

				violations = competence.validate();
				competences.add(competence);
				element = "competence[" + code + "]";
			}
			else if (KIND_ITEM.equals(kind)) {
				ItemType type = ItemType.ofCode(_cell(row, 4));
				Integer weight = _int(row, 8);
				Item item = new Item(
					code, _cell(row, 2), type, _cell(row, 3), _lines(_cell(row, 9)), _lines(_cell(row, 10)),
					_cell(row, 11), (weight == null) ? 0 : weight);

				violations = item.validate();

				if ((type == null) && !_cell(row, 4).isEmpty()) {
					violations = _plus(violations, Violation.of("type", "diagnostics-unknown-code", _cell(row, 4)));
				}

				items.add(item);
				element = "item[" + code + "]";
			}
			else {
				sheet._problems.add(
					new SheetProblem(rowNumber, "kind", Violation.of("kind", "diagnostics-unknown-kind", kind)));

				continue;
			}

			if (rowOfElement.putIfAbsent(element, rowNumber) != null) {
				sheet._problems.add(
					new SheetProblem(rowNumber, "code", Violation.of("code", "diagnostics-duplicate-code", code)));
			}

			for (Violation violation : violations) {
				sheet._problems.add(new SheetProblem(rowNumber, _column(violation.field()), violation));
			}
		}

		BankVersion bank = new BankVersion(version, areas, competences, items);

		if (sheet._problems.isEmpty()) {
			for (Violation violation : bank.validate()) {
				String field = violation.field();
				int dot = field.indexOf("].");
				Integer rowNumber = (dot > 0) ? rowOfElement.get(field.substring(0, dot + 1)) : null;
				String column = (dot > 0) ? _column(field.substring(dot + 2)) : "code";

				sheet._problems.add(new SheetProblem((rowNumber == null) ? 1 : rowNumber, column, violation));
			}
		}

		sheet._bank = bank;

		return sheet;
	}

	public BankVersion bank() {
		return _bank;
	}

	public List<SheetProblem> problems() {
		return _problems;
	}

	private static String _cell(List<String> row, int index) {
		if (index >= row.size() || (row.get(index) == null)) {
			return "";
		}

		return row.get(index).trim();
	}

	private static String _column(String field) {
		switch (field) {
			case "areaCode":
			case "competenceCode":
				return "parent";
			case "text":
				return "name";
			case "itemsPerSession":
				return "items-per-session";
			case "kind":
			case "type":
				return "type";
			case "items":
				return "code";
			default:
				return COLUMNS.contains(field) ? field : "code";
		}
	}

	private static Integer _int(List<String> row, int index) {
		String text = _cell(row, index);

		if (text.matches("\\d{1,4}(\\.0+)?")) {
			return Integer.valueOf(text.replaceAll("\\.0+$", ""));
		}

		return null;
	}

	private static List<String> _lines(String text) {
		List<String> lines = new ArrayList<>();

		for (String line : text.split("\\r?\\n")) {
			if (!line.isBlank()) {
				lines.add(line.trim());
			}
		}

		return lines;
	}

	private static List<Violation> _plus(List<Violation> violations, Violation violation) {
		List<Violation> all = new ArrayList<>(violations);

		all.add(violation);

		return all;
	}

	private BankVersion _bank;
	private final List<SheetProblem> _problems = new ArrayList<>();

}
