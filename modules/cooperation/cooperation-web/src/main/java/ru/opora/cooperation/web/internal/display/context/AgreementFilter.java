package ru.opora.cooperation.web.internal.display.context;

import java.time.LocalDate;

import java.util.Locale;

import ru.opora.domain.cooperation.AgreementKind;
import ru.opora.domain.cooperation.AgreementStatus;

/**
 * The register's filters: a party (part of its name), the kind, the status,
 * a day the term must cover, a programme (part of its name). An empty
 * filter lets every row through.
 *
 * @author Opora
 */
public class AgreementFilter {

	public AgreementFilter(
		String party, AgreementKind kind, AgreementStatus status, LocalDate termDate, String programme) {

		_party = _normalize(party);
		_kind = kind;
		_status = status;
		_termDate = termDate;
		_programme = _normalize(programme);
	}

	public AgreementKind getKind() {
		return _kind;
	}

	public String getParty() {
		return _party;
	}

	public String getProgramme() {
		return _programme;
	}

	public AgreementStatus getStatus() {
		return _status;
	}

	public LocalDate getTermDate() {
		return _termDate;
	}

	public boolean matches(AgreementRow row) {
		if ((_kind != null) && (row.getKind() != _kind)) {
			return false;
		}

		if ((_status != null) && (row.getStatus() != _status)) {
			return false;
		}

		if ((_termDate != null) &&
			((row.getStartDate() == null) || (row.getEndDate() == null) || _termDate.isBefore(row.getStartDate()) ||
			 _termDate.isAfter(row.getEndDate()))) {

			return false;
		}

		if (!_party.isEmpty() && !_containsPart(row.getPartyNames(), _party)) {
			return false;
		}

		return _programme.isEmpty() || _containsPart(row.getProgrammeNames(), _programme);
	}

	private static boolean _containsPart(Iterable<String> names, String part) {
		for (String name : names) {
			if (_normalize(name).contains(part)) {
				return true;
			}
		}

		return false;
	}

	private static String _normalize(String value) {
		return (value == null) ? "" : value.trim().toLowerCase(new Locale("ru")).replace('ё', 'е');
	}

	private final AgreementKind _kind;
	private final String _party;
	private final String _programme;
	private final AgreementStatus _status;
	private final LocalDate _termDate;

}
