package ru.opora.domain.cooperation;

import ru.opora.domain.validation.Violations;

/**
 * Requisites of a legal entity as written in an agreement, and the checksums
 * of the Russian registration numbers: ИНН (10 digits for an organisation, 12
 * for an individual entrepreneur) and ОГРН (13 digits; ОГРНИП 15).
 *
 * <p>
 * Violation codes: {@code required}, {@code too-long}, {@code inn-invalid},
 * {@code ogrn-invalid}.
 * </p>
 */
public final class Requisites {

	public static final int MAX_TEXT_LENGTH = 500;

	/** True for a 10- or 12-digit ИНН whose control digits match. */
	public static boolean isValidInn(String inn) {
		if ((inn == null) || !_isDigits(inn)) {
			return false;
		}

		if (inn.length() == 10) {
			return _control(inn, _INN10) == _digit(inn, 9);
		}

		if (inn.length() == 12) {
			return (_control(inn, _INN12_1) == _digit(inn, 10)) && (_control(inn, _INN12_2) == _digit(inn, 11));
		}

		return false;
	}

	/** True for a 13-digit ОГРН or a 15-digit ОГРНИП whose control digit matches. */
	public static boolean isValidOgrn(String ogrn) {
		if ((ogrn == null) || !_isDigits(ogrn)) {
			return false;
		}

		if (ogrn.length() == 13) {
			return (Long.parseLong(ogrn.substring(0, 12)) % 11 % 10) == _digit(ogrn, 12);
		}

		if (ogrn.length() == 15) {
			return (Long.parseLong(ogrn.substring(0, 14)) % 13 % 10) == _digit(ogrn, 14);
		}

		return false;
	}

	public Requisites(
		String fullName, String legalForm, String address, String inn, String ogrn, String headName,
		String headPosition, String authorityBasis) {

		_fullName = _trim(fullName);
		_legalForm = _trim(legalForm);
		_address = _trim(address);
		_inn = _trim(inn);
		_ogrn = _trim(ogrn);
		_headName = _trim(headName);
		_headPosition = _trim(headPosition);
		_authorityBasis = _trim(authorityBasis);
	}

	public String getAddress() {
		return _address;
	}

	public String getAuthorityBasis() {
		return _authorityBasis;
	}

	public String getFullName() {
		return _fullName;
	}

	public String getHeadName() {
		return _headName;
	}

	public String getHeadPosition() {
		return _headPosition;
	}

	public String getInn() {
		return _inn;
	}

	public String getLegalForm() {
		return _legalForm;
	}

	public String getOgrn() {
		return _ogrn;
	}

	/**
	 * Checks the requisites; every field name is prefixed with
	 * {@code prefix} (e.g. {@code party2.}).
	 */
	public Violations validate(String prefix) {
		Violations violations = new Violations();

		violations.requireText(_fullName, MAX_TEXT_LENGTH, prefix + "fullName");
		violations.requireLength(_legalForm, MAX_TEXT_LENGTH, prefix + "legalForm");
		violations.requireText(_address, MAX_TEXT_LENGTH, prefix + "address");
		violations.requireText(_headName, MAX_TEXT_LENGTH, prefix + "headName");
		violations.requireLength(_headPosition, MAX_TEXT_LENGTH, prefix + "headPosition");
		violations.requireText(_authorityBasis, MAX_TEXT_LENGTH, prefix + "authorityBasis");

		if (_inn.isEmpty()) {
			violations.add(prefix + "inn", "required");
		}
		else if (!isValidInn(_inn)) {
			violations.add(prefix + "inn", "inn-invalid", _inn);
		}

		if (_ogrn.isEmpty()) {
			violations.add(prefix + "ogrn", "required");
		}
		else if (!isValidOgrn(_ogrn)) {
			violations.add(prefix + "ogrn", "ogrn-invalid", _ogrn);
		}

		return violations;
	}

	private static int _control(String value, int[] weights) {
		int sum = 0;

		for (int i = 0; i < weights.length; i++) {
			sum += weights[i] * _digit(value, i);
		}

		return sum % 11 % 10;
	}

	private static int _digit(String value, int index) {
		return value.charAt(index) - '0';
	}

	private static boolean _isDigits(String value) {
		if (value.isEmpty()) {
			return false;
		}

		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);

			if ((c < '0') || (c > '9')) {
				return false;
			}
		}

		return true;
	}

	private static String _trim(String value) {
		return (value == null) ? "" : value.trim();
	}

	private static final int[] _INN10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};

	private static final int[] _INN12_1 = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

	private static final int[] _INN12_2 = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

	private final String _address;
	private final String _authorityBasis;
	private final String _fullName;
	private final String _headName;
	private final String _headPosition;
	private final String _inn;
	private final String _legalForm;
	private final String _ogrn;

}
