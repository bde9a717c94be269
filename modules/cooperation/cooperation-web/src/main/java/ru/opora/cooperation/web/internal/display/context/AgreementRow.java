package ru.opora.cooperation.web.internal.display.context;

import java.time.LocalDate;

import java.util.List;

import ru.opora.domain.cooperation.AgreementKind;
import ru.opora.domain.cooperation.AgreementStatus;

/**
 * One line of the register: what the filters and the table need. A row made
 * from a public summary has no card (the user may not view the agreement in
 * full).
 *
 * @author Opora
 */
public class AgreementRow {

	public AgreementRow(
		long agreementId, String number, LocalDate agreementDate, AgreementKind kind, AgreementStatus status,
		LocalDate startDate, LocalDate endDate, int version, List<String> partyNames, List<String> programmeNames,
		boolean viewable) {

		_agreementId = agreementId;
		_number = number;
		_agreementDate = agreementDate;
		_kind = kind;
		_status = status;
		_startDate = startDate;
		_endDate = endDate;
		_version = version;
		_partyNames = List.copyOf(partyNames);
		_programmeNames = List.copyOf(programmeNames);
		_viewable = viewable;
	}

	public LocalDate getAgreementDate() {
		return _agreementDate;
	}

	public long getAgreementId() {
		return _agreementId;
	}

	public LocalDate getEndDate() {
		return _endDate;
	}

	public AgreementKind getKind() {
		return _kind;
	}

	public String getNumber() {
		return _number;
	}

	public List<String> getPartyNames() {
		return _partyNames;
	}

	public List<String> getProgrammeNames() {
		return _programmeNames;
	}

	public LocalDate getStartDate() {
		return _startDate;
	}

	public AgreementStatus getStatus() {
		return _status;
	}

	public int getVersion() {
		return _version;
	}

	public boolean isViewable() {
		return _viewable;
	}

	private final LocalDate _agreementDate;
	private final long _agreementId;
	private final LocalDate _endDate;
	private final AgreementKind _kind;
	private final String _number;
	private final List<String> _partyNames;
	private final List<String> _programmeNames;
	private final LocalDate _startDate;
	private final AgreementStatus _status;
	private final int _version;
	private final boolean _viewable;

}
