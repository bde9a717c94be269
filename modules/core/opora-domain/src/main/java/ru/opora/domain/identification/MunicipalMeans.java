package ru.opora.domain.identification;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import ru.opora.domain.school.AssessmentType;
import ru.opora.domain.school.ResultFigures;

/**
 * The municipal figures every school is compared with, per assessment, year,
 * grade and subject (subjects compared trimmed and case-insensitive), pooled
 * over the pupils of all schools of the input: the mean score is the
 * participant-weighted mean of the schools' mean scores, the quality rate is
 * the share of marks 4 and 5 among all marks. Every valid result counts,
 * including those too small to judge a school by.
 */
public final class MunicipalMeans {

	public static MunicipalMeans of(List<SchoolInput> schools) {
		MunicipalMeans means = new MunicipalMeans();

		for (SchoolInput school : schools) {
			for (ResultFigures result : school.results()) {
				if ((result.participants() <= 0) || !result.validate().isEmpty()) {
					continue;
				}

				Key key = Key.of(result);

				if ((result.meanScore() != null) && !result.meanScore().isNaN()) {
					means._scoreSums.merge(key, result.meanScore() * result.participants(), Double::sum);
					means._scoreParticipants.merge(key, (double)result.participants(), Double::sum);
				}

				if (result.hasMarks()) {
					means._qualityCounts.merge(key, (double)(result.marks4() + result.marks5()), Double::sum);
					means._markCounts.merge(
						key, (double)(result.marks2() + result.marks3() + result.marks4() + result.marks5()),
						Double::sum);
				}
			}
		}

		return means;
	}

	/** Participant-weighted mean score, NaN when no school gave one. */
	public double meanScore(AssessmentType assessment, int year, int grade, String subject) {
		return _ratio(_scoreSums, _scoreParticipants, new Key(assessment, year, grade, subject), 1);
	}

	public double meanScore(ResultFigures result) {
		return meanScore(result.assessment(), result.year(), result.grade(), result.subject());
	}

	/** Pooled quality rate, percent; NaN when no school gave marks. */
	public double qualityRate(AssessmentType assessment, int year, int grade, String subject) {
		return _ratio(_qualityCounts, _markCounts, new Key(assessment, year, grade, subject), 100);
	}

	public double qualityRate(ResultFigures result) {
		return qualityRate(result.assessment(), result.year(), result.grade(), result.subject());
	}

	/** Assessment, year, grade and normalised subject of a result. */
	static final class Key {

		static Key of(ResultFigures result) {
			return new Key(result.assessment(), result.year(), result.grade(), result.subject());
		}

		Key(AssessmentType assessment, int year, int grade, String subject) {
			_assessment = assessment;
			_year = year;
			_grade = grade;
			_subject = (subject == null) ? "" : subject.trim().toLowerCase(Locale.ROOT);
		}

		/** The same assessment, grade and subject one year earlier. */
		Key previousYear() {
			return new Key(_assessment, _year - 1, _grade, _subject);
		}

		@Override
		public boolean equals(Object object) {
			if (!(object instanceof Key)) {
				return false;
			}

			Key other = (Key)object;

			return (_assessment == other._assessment) && (_year == other._year) && (_grade == other._grade) &&
				_subject.equals(other._subject);
		}

		@Override
		public int hashCode() {
			return Objects.hash(_assessment, _year, _grade, _subject);
		}

		private final AssessmentType _assessment;
		private final int _grade;
		private final String _subject;
		private final int _year;

	}

	private static double _ratio(Map<Key, Double> numerators, Map<Key, Double> denominators, Key key, double scale) {
		Double denominator = denominators.get(key);

		if ((denominator == null) || (denominator == 0)) {
			return Double.NaN;
		}

		return scale * numerators.get(key) / denominator;
	}

	private MunicipalMeans() {
	}

	private final Map<Key, Double> _markCounts = new HashMap<>();
	private final Map<Key, Double> _qualityCounts = new HashMap<>();
	private final Map<Key, Double> _scoreParticipants = new HashMap<>();
	private final Map<Key, Double> _scoreSums = new HashMap<>();

}
