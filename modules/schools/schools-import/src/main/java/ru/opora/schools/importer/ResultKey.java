package ru.opora.schools.importer;

import java.util.Objects;

import ru.opora.domain.school.AssessmentType;

/**
 * Identity of a result row: school, year, assessment, grade and subject. The
 * login and subject are compared normalised (case, ё/е and spaces do not
 * matter), so a sink can upsert by this key.
 */
public final class ResultKey {

	public ResultKey(String schoolLogin, int year, AssessmentType assessment, int grade, String subject) {
		_schoolLogin = Names.normalize(schoolLogin);
		_year = year;
		_assessment = assessment;
		_grade = grade;
		_subject = Names.normalize(subject);
	}

	public AssessmentType assessment() {
		return _assessment;
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof ResultKey)) {
			return false;
		}

		ResultKey other = (ResultKey)object;

		return _schoolLogin.equals(other._schoolLogin) && (_year == other._year) &&
			(_assessment == other._assessment) && (_grade == other._grade) && _subject.equals(other._subject);
	}

	public int grade() {
		return _grade;
	}

	@Override
	public int hashCode() {
		return Objects.hash(_schoolLogin, _year, _assessment, _grade, _subject);
	}

	/** The normalised login. */
	public String schoolLogin() {
		return _schoolLogin;
	}

	/** The normalised subject. */
	public String subject() {
		return _subject;
	}

	@Override
	public String toString() {
		return _schoolLogin + "|" + _year + "|" + ((_assessment == null) ? "" : _assessment.code()) + "|" + _grade +
			"|" + _subject;
	}

	public int year() {
		return _year;
	}

	private final AssessmentType _assessment;
	private final int _grade;
	private final String _schoolLogin;
	private final String _subject;
	private final int _year;

}
