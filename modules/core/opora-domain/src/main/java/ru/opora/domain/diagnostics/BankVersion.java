package ru.opora.domain.diagnostics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ru.opora.domain.validation.Violation;

/**
 * One published, immutable version of the item bank. A diagnostic is drawn
 * from and scored on one version; editing the bank makes a new version, so a
 * result stays tied to the items and keys it was taken on.
 */
public final class BankVersion {

	public BankVersion(int number, List<CompetenceArea> areas, List<Competence> competences, List<Item> items) {
		_number = number;

		for (CompetenceArea area : areas) {
			_areas.put(area.code(), area);
		}

		for (Competence competence : competences) {
			_competences.put(competence.code(), competence);
		}

		for (Item item : items) {
			_items.put(item.code(), item);
		}

		_duplicates = (areas.size() - _areas.size()) + (competences.size() - _competences.size()) +
			(items.size() - _items.size());
	}

	public int number() {
		return _number;
	}

	public List<CompetenceArea> areas() {
		return new ArrayList<>(_areas.values());
	}

	public List<Competence> competences() {
		return new ArrayList<>(_competences.values());
	}

	public List<Item> items() {
		return new ArrayList<>(_items.values());
	}

	public CompetenceArea area(String code) {
		return _areas.get(code);
	}

	public Competence competence(String code) {
		return _competences.get(code);
	}

	public Item item(String code) {
		return _items.get(code);
	}

	/** The items of a competence, in bank order. */
	public List<Item> itemsOf(String competenceCode) {
		List<Item> items = new ArrayList<>();

		for (Item item : _items.values()) {
			if (item.competenceCode().equals(competenceCode)) {
				items.add(item);
			}
		}

		return items;
	}

	/** The competences whose area is a subject area of this subject, or not a subject area at all. */
	public List<Competence> competencesFor(String subject) {
		List<Competence> competences = new ArrayList<>();

		for (Competence competence : _competences.values()) {
			CompetenceArea area = _areas.get(competence.areaCode());

			if ((area != null) &&
				((area.kind() != AreaKind.SUBJECT) || area.subject().equalsIgnoreCase(String.valueOf(subject)))) {

				competences.add(competence);
			}
		}

		return competences;
	}

	/**
	 * The broken rules of adding an area to this version (a new code) or of
	 * changing one of its areas (the code stays): the area's own rules and, when
	 * adding, a code already used.
	 */
	public List<Violation> checkArea(CompetenceArea area, boolean adding) {
		List<Violation> violations = new ArrayList<>(area.validate());

		if (adding && (area.code() != null) && _areas.containsKey(area.code())) {
			violations.add(Violation.of("code", "diagnostics-duplicate-code", area.code()));
		}

		return Collections.unmodifiableList(violations);
	}

	/**
	 * The broken rules of adding a competence to this version or of changing
	 * one of its competences: its own rules, a code already used (when adding)
	 * and an area that this version does not have.
	 */
	public List<Violation> checkCompetence(Competence competence, boolean adding) {
		List<Violation> violations = new ArrayList<>(competence.validate());

		if (adding && (competence.code() != null) && _competences.containsKey(competence.code())) {
			violations.add(Violation.of("code", "diagnostics-duplicate-code", competence.code()));
		}

		if ((competence.areaCode() != null) && !competence.areaCode().isBlank() &&
			!_areas.containsKey(competence.areaCode())) {

			violations.add(Violation.of("areaCode", "diagnostics-unknown-code", competence.areaCode()));
		}

		return Collections.unmodifiableList(violations);
	}

	/** An area is removed only when no competence of this version is in it; the blocking codes are named. */
	public List<Violation> checkAreaRemoval(String areaCode) {
		List<String> blocking = new ArrayList<>();

		for (Competence competence : _competences.values()) {
			if (Objects.equals(competence.areaCode(), areaCode)) {
				blocking.add(competence.code());
			}
		}

		return blocking.isEmpty() ? List.of() :
			List.of(Violation.of("competences", "diagnostics-area-has-competences", areaCode, String.join(", ", blocking)));
	}

	/** A competence is removed only when no item of this version measures it; the blocking codes are named. */
	public List<Violation> checkCompetenceRemoval(String competenceCode) {
		List<String> blocking = new ArrayList<>();

		for (Item item : itemsOf(competenceCode)) {
			blocking.add(item.code());
		}

		return blocking.isEmpty() ? List.of() :
			List.of(Violation.of("items", "diagnostics-competence-has-items", competenceCode, String.join(", ", blocking)));
	}

	/** Every broken rule of the bank as a whole, fields prefixed by the element: {@code item[M-01].key}. */
	public List<Violation> validate() {
		List<Violation> violations = new ArrayList<>();

		if (_number < 1) {
			violations.add(Violation.of("version", "out-of-range", 1, Integer.MAX_VALUE));
		}

		if (_duplicates > 0) {
			violations.add(Violation.of("version", "diagnostics-duplicate-codes", _duplicates));
		}

		for (CompetenceArea area : _areas.values()) {
			_prefix(violations, "area[" + area.code() + "].", area.validate());
		}

		for (Competence competence : _competences.values()) {
			String prefix = "competence[" + competence.code() + "].";

			_prefix(violations, prefix, competence.validate());

			if (!_areas.containsKey(competence.areaCode())) {
				violations.add(Violation.of(prefix + "areaCode", "diagnostics-unknown-code", competence.areaCode()));
			}

			if (itemsOf(competence.code()).isEmpty()) {
				violations.add(Violation.of(prefix + "items", "diagnostics-competence-without-items"));
			}
		}

		for (Item item : _items.values()) {
			String prefix = "item[" + item.code() + "].";

			_prefix(violations, prefix, item.validate());

			if (!_competences.containsKey(item.competenceCode())) {
				violations.add(Violation.of(prefix + "competenceCode", "diagnostics-unknown-code", item.competenceCode()));
			}
		}

		return Collections.unmodifiableList(violations);
	}

	private static void _prefix(List<Violation> target, String prefix, List<Violation> violations) {
		for (Violation violation : violations) {
			target.add(new Violation(prefix + violation.field(), violation.code(), violation.arguments()));
		}
	}

	private final Map<String, CompetenceArea> _areas = new LinkedHashMap<>();
	private final Map<String, Competence> _competences = new LinkedHashMap<>();
	private final int _duplicates;
	private final Map<String, Item> _items = new LinkedHashMap<>();
	private final int _number;

}
