package ru.opora.domain.risk.dictionary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import ru.opora.domain.validation.Violations;

/**
 * The versions of the dictionary, each in force from its year until the next
 * version's year. A profile computed for a year uses the version in force then
 * and keeps it, even after a newer version is added.
 */
public final class DictionaryCatalog {

	public DictionaryCatalog(List<FactorDictionary> versions) {
		List<FactorDictionary> sorted = new ArrayList<>(versions);

		sorted.sort(Comparator.comparingInt(FactorDictionary::fromYear));

		_versions = List.copyOf(sorted);
	}

	/** Checks a new version against the catalog: valid and a year of its own. */
	public Violations checkNewVersion(FactorDictionary version) {
		Violations violations = version.validate();

		for (FactorDictionary existing : _versions) {
			violations.require(
				existing.fromYear() != version.fromYear(), "fromYear", "risk-dictionary-year-exists", version.fromYear());
		}

		return violations;
	}

	/** The version in force in a year: the latest one starting at or before it. */
	public Optional<FactorDictionary> versionFor(int year) {
		FactorDictionary found = null;

		for (FactorDictionary version : _versions) {
			if (version.fromYear() <= year) {
				found = version;
			}
		}

		return Optional.ofNullable(found);
	}

	public List<FactorDictionary> versions() {
		return _versions;
	}

	private final List<FactorDictionary> _versions;

}
