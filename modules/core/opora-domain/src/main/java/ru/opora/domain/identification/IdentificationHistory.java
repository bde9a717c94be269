package ru.opora.domain.identification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every school classified in every year it has data for, and the group changes
 * between a school's consecutive classified years.
 */
public final class IdentificationHistory {

	public IdentificationHistory(List<SchoolClassification> classifications) {
		Map<Long, List<SchoolClassification>> bySchool = new LinkedHashMap<>();

		for (SchoolClassification classification : classifications) {
			bySchool.computeIfAbsent(
				classification.schoolId(), schoolId -> new ArrayList<>()
			).add(classification);
		}

		bySchool.values().forEach(list -> list.sort((a, b) -> Integer.compare(a.year(), b.year())));

		_bySchool = bySchool;
	}

	/** Group changes between consecutive classified years of each school. */
	public List<GroupChange> changes() {
		List<GroupChange> changes = new ArrayList<>();

		for (List<SchoolClassification> list : _bySchool.values()) {
			for (int i = 1; i < list.size(); i++) {
				SchoolClassification previous = list.get(i - 1);
				SchoolClassification current = list.get(i);

				if (!previous.groups().equals(current.groups())) {
					changes.add(
						new GroupChange(
							current.schoolId(), current.schoolName(), previous.year(), current.year(),
							previous.groups(), current.groups()));
				}
			}
		}

		return changes;
	}

	/** The changes of one school. */
	public List<GroupChange> changes(long schoolId) {
		List<GroupChange> changes = new ArrayList<>();

		for (GroupChange change : changes()) {
			if (change.schoolId() == schoolId) {
				changes.add(change);
			}
		}

		return changes;
	}

	public Optional<SchoolClassification> classification(long schoolId, int year) {
		for (SchoolClassification classification : classifications(schoolId)) {
			if (classification.year() == year) {
				return Optional.of(classification);
			}
		}

		return Optional.empty();
	}

	/** All classifications, by school in input order, then by year. */
	public List<SchoolClassification> classifications() {
		List<SchoolClassification> all = new ArrayList<>();

		_bySchool.values().forEach(all::addAll);

		return all;
	}

	/** The classifications of one school, by year. */
	public List<SchoolClassification> classifications(long schoolId) {
		List<SchoolClassification> list = _bySchool.get(schoolId);

		return (list == null) ? Collections.emptyList() : Collections.unmodifiableList(list);
	}

	private final Map<Long, List<SchoolClassification>> _bySchool;

}
