package ru.opora.cooperation.model;

import java.io.Serializable;

import java.time.LocalDate;

import java.util.List;

/**
 * What anyone may see of an agreement in force: number, kind, term, the
 * names of the parties (organisations) and of the programmes; never the
 * requisites of people (heads, their authority).
 *
 * @author Opora
 */
public class AgreementSummary implements Serializable {

	public AgreementSummary(
		long agreementId, String number, String kind, String status, LocalDate startDate, LocalDate endDate,
		List<String> partyNames, List<String> programmeNames) {

		_agreementId = agreementId;
		_number = number;
		_kind = kind;
		_status = status;
		_startDate = startDate;
		_endDate = endDate;
		_partyNames = List.copyOf(partyNames);
		_programmeNames = List.copyOf(programmeNames);
	}

	public long getAgreementId() {
		return _agreementId;
	}

	public LocalDate getEndDate() {
		return _endDate;
	}

	/** Code of the domain's AgreementKind. */
	public String getKind() {
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

	/** Code of the domain's AgreementStatus. */
	public String getStatus() {
		return _status;
	}

	private static final long serialVersionUID = 1L;

	private final long _agreementId;
	private final LocalDate _endDate;
	private final String _kind;
	private final String _number;
	private final List<String> _partyNames;
	private final List<String> _programmeNames;
	private final LocalDate _startDate;
	private final String _status;

}
