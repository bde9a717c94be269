package ru.opora.schools.importer;

import ru.opora.domain.school.ContextFigures;

/** An accepted row of the context sheet. */
public final class ContextRow {

	public ContextRow(String schoolLogin, ContextFigures figures) {
		_schoolLogin = schoolLogin;
		_figures = figures;
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof ContextRow)) {
			return false;
		}

		ContextRow other = (ContextRow)object;

		return _schoolLogin.equals(other._schoolLogin) && _figures.equals(other._figures);
	}

	public ContextFigures figures() {
		return _figures;
	}

	@Override
	public int hashCode() {
		return (31 * _schoolLogin.hashCode()) + _figures.hashCode();
	}

	/** Upsert key. */
	public ContextKey key() {
		return new ContextKey(_schoolLogin, _figures.year());
	}

	/** The login as written (trimmed). */
	public String schoolLogin() {
		return _schoolLogin;
	}

	@Override
	public String toString() {
		return "ContextRow[" + _schoolLogin + ", " + _figures + "]";
	}

	private final ContextFigures _figures;
	private final String _schoolLogin;

}
