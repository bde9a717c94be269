package ru.opora.domain.identification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import ru.opora.domain.school.ContextFigures;
import ru.opora.domain.school.ResultFigures;
import ru.opora.domain.school.SchoolData;
import ru.opora.domain.school.SchoolLevel;
import ru.opora.domain.school.SettlementType;

/**
 * What the identification knows about one school of the municipality: its
 * results, context and outcomes over the years, and the years it was on the
 * federal list of low results or of biased (non-objective) results.
 */
public final class SchoolInput {

	public static SchoolInput of(
		SchoolData school, Collection<Integer> federalListYears, Collection<Integer> biasedResultsYears,
		Collection<ResultFigures> results, Collection<ContextFigures> contexts) {

		return new SchoolInput(
			school.schoolId(), school.name(), school.level(), school.settlementType(), school.distanceToCentreKm(),
			federalListYears, biasedResultsYears, results, contexts, null);
	}

	public SchoolInput(
		long schoolId, String name, SchoolLevel level, SettlementType settlementType, Double distanceToCentreKm,
		Collection<Integer> federalListYears, Collection<Integer> biasedResultsYears,
		Collection<ResultFigures> results, Collection<ContextFigures> contexts) {

		this(
			schoolId, name, level, settlementType, distanceToCentreKm, federalListYears, biasedResultsYears, results,
			contexts, null);
	}

	public SchoolInput(
		long schoolId, String name, SchoolLevel level, SettlementType settlementType, Double distanceToCentreKm,
		Collection<Integer> federalListYears, Collection<Integer> biasedResultsYears,
		Collection<ResultFigures> results, Collection<ContextFigures> contexts,
		Collection<OutcomeFigures> outcomes) {

		_schoolId = schoolId;
		_name = name;
		_level = level;
		_settlementType = settlementType;
		_distanceToCentreKm = distanceToCentreKm;
		_federalListYears = _years(federalListYears);
		_biasedResultsYears = _years(biasedResultsYears);
		_results = _list(results);
		_contexts = _list(contexts);
		_outcomes = _list(outcomes);
	}

	public Set<Integer> biasedResultsYears() {
		return _biasedResultsYears;
	}

	/** The context of the year; the first one if several were given. */
	public Optional<ContextFigures> context(int year) {
		for (ContextFigures context : _contexts) {
			if (context.year() == year) {
				return Optional.of(context);
			}
		}

		return Optional.empty();
	}

	public List<ContextFigures> contexts() {
		return _contexts;
	}

	public Double distanceToCentreKm() {
		return _distanceToCentreKm;
	}

	public Set<Integer> federalListYears() {
		return _federalListYears;
	}

	public boolean isBiased(int year) {
		return _biasedResultsYears.contains(year);
	}

	public boolean isOnFederalList(int year) {
		return _federalListYears.contains(year);
	}

	public SchoolLevel level() {
		return _level;
	}

	public String name() {
		return _name;
	}

	/** The outcomes of the year; the first one if several were given. */
	public Optional<OutcomeFigures> outcome(int year) {
		for (OutcomeFigures outcome : _outcomes) {
			if (outcome.year() == year) {
				return Optional.of(outcome);
			}
		}

		return Optional.empty();
	}

	public List<OutcomeFigures> outcomes() {
		return _outcomes;
	}

	public List<ResultFigures> results() {
		return _results;
	}

	public List<ResultFigures> results(int year) {
		List<ResultFigures> results = new ArrayList<>();

		for (ResultFigures result : _results) {
			if (result.year() == year) {
				results.add(result);
			}
		}

		return results;
	}

	public long schoolId() {
		return _schoolId;
	}

	public SettlementType settlementType() {
		return _settlementType;
	}

	/** Every year with results, context or a list entry, ascending. */
	public Set<Integer> years() {
		Set<Integer> years = new TreeSet<>(_federalListYears);

		years.addAll(_biasedResultsYears);

		for (ResultFigures result : _results) {
			years.add(result.year());
		}

		for (ContextFigures context : _contexts) {
			years.add(context.year());
		}

		for (OutcomeFigures outcome : _outcomes) {
			years.add(outcome.year());
		}

		return Collections.unmodifiableSet(years);
	}

	@Override
	public String toString() {
		return "SchoolInput[" + _schoolId + " " + _name + "]";
	}

	private static <T> List<T> _list(Collection<T> values) {
		if (values == null) {
			return Collections.emptyList();
		}

		List<T> list = new ArrayList<>(values);

		list.forEach(value -> Objects.requireNonNull(value, "null element"));

		return Collections.unmodifiableList(list);
	}

	private static Set<Integer> _years(Collection<Integer> years) {
		if (years == null) {
			return Collections.emptySet();
		}

		return Collections.unmodifiableSet(new TreeSet<>(years));
	}

	private final Set<Integer> _biasedResultsYears;
	private final List<ContextFigures> _contexts;
	private final Double _distanceToCentreKm;
	private final Set<Integer> _federalListYears;
	private final SchoolLevel _level;
	private final String _name;
	private final List<OutcomeFigures> _outcomes;
	private final List<ResultFigures> _results;
	private final long _schoolId;
	private final SettlementType _settlementType;

}
