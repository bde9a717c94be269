package ru.opora.schools.importer;

import java.util.Objects;

import ru.opora.domain.school.SchoolData;

/**
 * An accepted row of the schools sheet. The data has {@code schoolId} and
 * {@code branchOfSchoolId} 0: the sink resolves {@link #login()} and
 * {@link #branchOfLogin()} to ids. The key is the normalised login.
 */
public final class SchoolRow {

	public SchoolRow(String login, String branchOfLogin, SchoolData data) {
		_login = login;
		_branchOfLogin = branchOfLogin;
		_data = data;
	}

	/** Login of the head school if this one is a branch, else null. */
	public String branchOfLogin() {
		return _branchOfLogin;
	}

	public SchoolData data() {
		return _data;
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof SchoolRow)) {
			return false;
		}

		SchoolRow other = (SchoolRow)object;

		return _login.equals(other._login) && Objects.equals(_branchOfLogin, other._branchOfLogin) &&
			_data.equals(other._data);
	}

	@Override
	public int hashCode() {
		return Objects.hash(_login, _branchOfLogin, _data);
	}

	/** Upsert key: the normalised login. */
	public String key() {
		return Names.normalize(_login);
	}

	/** The login as written (trimmed). */
	public String login() {
		return _login;
	}

	@Override
	public String toString() {
		return "SchoolRow[" + _login + ", branchOf=" + _branchOfLogin + ", " + _data + "]";
	}

	private final String _branchOfLogin;
	private final SchoolData _data;
	private final String _login;

}
