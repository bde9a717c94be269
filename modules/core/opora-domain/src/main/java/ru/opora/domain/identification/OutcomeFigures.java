package ru.opora.domain.identification;

import java.util.Objects;

import ru.opora.domain.school.ResultFigures;
import ru.opora.domain.validation.Violations;

/**
 * A school's further outcomes in one year, the seed-003 (Dagestan) criteria
 * beyond assessment results: the share of grade-9 leavers who continue to
 * grade 10 (at this or another school), and the share of pupils who took part
 * in regional or national olympiads and contests over the last 3 years.
 * Percentages 0..100; null means unknown.
 */
public final class OutcomeFigures {

	public OutcomeFigures(int year, Double shareContinuingToGrade10, Double shareOlympiadParticipants) {
		_year = year;
		_shareContinuingToGrade10 = shareContinuingToGrade10;
		_shareOlympiadParticipants = shareOlympiadParticipants;
	}

	public Double shareContinuingToGrade10() {
		return _shareContinuingToGrade10;
	}

	public Double shareOlympiadParticipants() {
		return _shareOlympiadParticipants;
	}

	public Violations validate() {
		Violations violations = new Violations();

		violations.require(
			(_year >= ResultFigures.MIN_YEAR) && (_year <= ResultFigures.MAX_YEAR), "year", "out-of-range",
			ResultFigures.MIN_YEAR, ResultFigures.MAX_YEAR);
		_share(violations, "shareContinuingToGrade10", _shareContinuingToGrade10);
		_share(violations, "shareOlympiadParticipants", _shareOlympiadParticipants);

		return violations;
	}

	public int year() {
		return _year;
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof OutcomeFigures)) {
			return false;
		}

		OutcomeFigures other = (OutcomeFigures)object;

		return (_year == other._year) && Objects.equals(_shareContinuingToGrade10, other._shareContinuingToGrade10) &&
			Objects.equals(_shareOlympiadParticipants, other._shareOlympiadParticipants);
	}

	@Override
	public int hashCode() {
		return Objects.hash(_year, _shareContinuingToGrade10, _shareOlympiadParticipants);
	}

	@Override
	public String toString() {
		return "OutcomeFigures[" + _year + ", continuing=" + _shareContinuingToGrade10 + ", olympiads=" +
			_shareOlympiadParticipants + "]";
	}

	private static void _share(Violations violations, String field, Double share) {
		if ((share != null) && (share.isNaN() || (share < 0) || (share > 100))) {
			violations.add(field, "out-of-range", 0, 100);
		}
	}

	private final Double _shareContinuingToGrade10;
	private final Double _shareOlympiadParticipants;
	private final int _year;

}
