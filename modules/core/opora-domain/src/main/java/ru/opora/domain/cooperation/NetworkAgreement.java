package ru.opora.domain.cooperation;

import java.time.LocalDate;
import java.util.List;

/**
 * An agreement as the network view sees it: its parties and when it binds
 * them. It is in effect on a day when it was signed (status signed, active,
 * expired or terminated), the day lies in its term, and it had not been
 * terminated by then.
 */
public final class NetworkAgreement {

	public NetworkAgreement(
		long agreementId, String number, AgreementKind kind, AgreementStatus status, AgreementTerm term,
		LocalDate terminationDate, List<PartyRef> parties) {

		_agreementId = agreementId;
		_number = number;
		_kind = kind;
		_status = status;
		_term = term;
		_terminationDate = terminationDate;
		_parties = List.copyOf(parties);
	}

	public long getAgreementId() {
		return _agreementId;
	}

	public AgreementKind getKind() {
		return _kind;
	}

	public String getNumber() {
		return _number;
	}

	public List<PartyRef> getParties() {
		return _parties;
	}

	public AgreementStatus getStatus() {
		return _status;
	}

	public boolean isInEffectOn(LocalDate date) {
		if ((_status == AgreementStatus.DRAFT) || (_status == AgreementStatus.ON_APPROVAL)) {
			return false;
		}

		if ((_status == AgreementStatus.TERMINATED) && (_terminationDate != null) &&
			!date.isBefore(_terminationDate)) {

			return false;
		}

		return _term.contains(date);
	}

	private final long _agreementId;
	private final AgreementKind _kind;
	private final String _number;
	private final List<PartyRef> _parties;
	private final AgreementStatus _status;
	private final AgreementTerm _term;
	private final LocalDate _terminationDate;

}
