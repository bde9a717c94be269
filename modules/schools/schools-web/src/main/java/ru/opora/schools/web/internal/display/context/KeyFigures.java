package ru.opora.schools.web.internal.display.context;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import ru.opora.domain.school.ResultFigures;

/**
 * A school's key figures of one year: the pass rate (успеваемость) and the
 * quality rate (качество знаний) averaged over the year's results. A result
 * without marks counts for the pass rate through its share below the
 * threshold; the quality rate needs marks.
 *
 * @author Opora
 */
public class KeyFigures {

	/** The figures of every year with results, by year ascending. */
	public static SortedMap<Integer, KeyFigures> byYear(
		Collection<ResultFigures> results) {

		Map<Integer, List<ResultFigures>> resultsByYear = new TreeMap<>();

		for (ResultFigures result : results) {
			resultsByYear.computeIfAbsent(
				result.year(), year -> new ArrayList<>()
			).add(
				result
			);
		}

		SortedMap<Integer, KeyFigures> keyFigures = new TreeMap<>();

		for (Map.Entry<Integer, List<ResultFigures>> entry :
				resultsByYear.entrySet()) {

			keyFigures.put(entry.getKey(), of(entry.getKey(), entry.getValue()));
		}

		return keyFigures;
	}

	/** The figures of the latest year with results, null without results. */
	public static KeyFigures latest(Collection<ResultFigures> results) {
		SortedMap<Integer, KeyFigures> keyFigures = byYear(results);

		if (keyFigures.isEmpty()) {
			return null;
		}

		return keyFigures.get(keyFigures.lastKey());
	}

	public static KeyFigures of(int year, Collection<ResultFigures> results) {
		double passSum = 0;
		int passCount = 0;
		double qualitySum = 0;
		int qualityCount = 0;

		for (ResultFigures result : results) {
			double share = result.effectiveShareBelowThreshold();

			if (!Double.isNaN(share)) {
				passSum += 100.0 - share;
				passCount++;
			}

			double quality = result.qualityRate();

			if (!Double.isNaN(quality)) {
				qualitySum += quality;
				qualityCount++;
			}
		}

		return new KeyFigures(
			year, results.size(), (passCount == 0) ? null : passSum / passCount,
			(qualityCount == 0) ? null : qualitySum / qualityCount);
	}

	public KeyFigures(
		int year, int resultsCount, Double passRate, Double qualityRate) {

		_year = year;
		_resultsCount = resultsCount;
		_passRate = passRate;
		_qualityRate = qualityRate;
	}

	/** Average pass rate in percent, null when no result gives one. */
	public Double getPassRate() {
		return _passRate;
	}

	/** Average quality rate in percent, null when no result has marks. */
	public Double getQualityRate() {
		return _qualityRate;
	}

	public int getResultsCount() {
		return _resultsCount;
	}

	public int getYear() {
		return _year;
	}

	private final Double _passRate;
	private final Double _qualityRate;
	private final int _resultsCount;
	private final int _year;

}
