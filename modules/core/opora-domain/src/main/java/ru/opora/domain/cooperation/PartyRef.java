package ru.opora.domain.cooperation;

import java.util.Objects;

/**
 * Who a party is: a school of the registry or an organisation of the portal.
 * Its key ({@code school:12}, {@code organization:34}) names it in modules and
 * resources.
 */
public final class PartyRef {

	public static PartyRef organization(long organizationId) {
		return new PartyRef(false, organizationId);
	}

	/** Parses a key made by {@link #key()}; null when malformed. */
	public static PartyRef parse(String key) {
		if (key == null) {
			return null;
		}

		int colon = key.indexOf(':');

		if (colon < 0) {
			return null;
		}

		String type = key.substring(0, colon);
		long id;

		try {
			id = Long.parseLong(key.substring(colon + 1));
		}
		catch (NumberFormatException numberFormatException) {
			return null;
		}

		if (id <= 0) {
			return null;
		}

		if (type.equals(_SCHOOL)) {
			return school(id);
		}

		if (type.equals(_ORGANIZATION)) {
			return organization(id);
		}

		return null;
	}

	public static PartyRef school(long schoolId) {
		return new PartyRef(true, schoolId);
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof PartyRef)) {
			return false;
		}

		PartyRef other = (PartyRef)object;

		return (_school == other._school) && (_id == other._id);
	}

	/** The school id or the organisation id. */
	public long getId() {
		return _id;
	}

	@Override
	public int hashCode() {
		return Objects.hash(_school, _id);
	}

	public boolean isSchool() {
		return _school;
	}

	public String key() {
		return (_school ? _SCHOOL : _ORGANIZATION) + ":" + _id;
	}

	@Override
	public String toString() {
		return key();
	}

	private PartyRef(boolean school, long id) {
		if (id <= 0) {
			throw new IllegalArgumentException("Party id " + id);
		}

		_school = school;
		_id = id;
	}

	private static final String _ORGANIZATION = "organization";

	private static final String _SCHOOL = "school";

	private final long _id;
	private final boolean _school;

}
