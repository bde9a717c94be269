package ru.opora.schools.importer;

import ru.opora.domain.school.ResultFigures;

/** An accepted row of the results sheet. */
public final class ResultRow {

	public ResultRow(String schoolLogin, ResultFigures figures) {
		_schoolLogin = schoolLogin;
		_figures = figures;
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof ResultRow)) {
			return false;
		}

		ResultRow other = (ResultRow)object;

		return _schoolLogin.equals(other._schoolLogin) && _figures.equals(other._figures);
	}

	public ResultFigures figures() {
		return _figures;
	}

	@Override
	public int hashCode() {
		return (31 * _schoolLogin.hashCode()) + _figures.hashCode();
	}

	/** Upsert key. */
	public ResultKey key() {
		return new ResultKey(
			_schoolLogin, _figures.year(), _figures.assessment(), _figures.grade(), _figures.subject());
	}

	/** The login as written (trimmed). */
	public String schoolLogin() {
		return _schoolLogin;
	}

	@Override
	public String toString() {
		return "ResultRow[" + _schoolLogin + ", " + _figures + "]";
	}

	private final ResultFigures _figures;
	private final String _schoolLogin;

}
