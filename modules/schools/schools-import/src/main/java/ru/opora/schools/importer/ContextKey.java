package ru.opora.schools.importer;

import java.util.Objects;

/** Identity of a context row: school (normalised login) and year. */
public final class ContextKey {

	public ContextKey(String schoolLogin, int year) {
		_schoolLogin = Names.normalize(schoolLogin);
		_year = year;
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof ContextKey)) {
			return false;
		}

		ContextKey other = (ContextKey)object;

		return _schoolLogin.equals(other._schoolLogin) && (_year == other._year);
	}

	@Override
	public int hashCode() {
		return Objects.hash(_schoolLogin, _year);
	}

	public String schoolLogin() {
		return _schoolLogin;
	}

	@Override
	public String toString() {
		return _schoolLogin + "|" + _year;
	}

	public int year() {
		return _year;
	}

	private final String _schoolLogin;
	private final int _year;

}
