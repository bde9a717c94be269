package ru.opora.domain.cooperation;

import java.time.LocalDate;
import java.util.List;

/** Everything an agreement says, as checked by {@link AgreementRules#validate(AgreementData)}. */
public final class AgreementData {

	public static final int MAX_TEXT_LENGTH = 4000;

	public static final int MAX_NUMBER_LENGTH = 75;

	public AgreementData(
		String number, LocalDate agreementDate, AgreementKind kind, String subject, AgreementTerm term,
		List<PartyData> parties, List<ProgrammeData> programmes, List<ResourceData> resources) {

		_number = (number == null) ? "" : number.trim();
		_agreementDate = agreementDate;
		_kind = kind;
		_subject = (subject == null) ? "" : subject.trim();
		_term = term;
		_parties = List.copyOf(parties);
		_programmes = List.copyOf(programmes);
		_resources = List.copyOf(resources);
	}

	public LocalDate getAgreementDate() {
		return _agreementDate;
	}

	public AgreementKind getKind() {
		return _kind;
	}

	public String getNumber() {
		return _number;
	}

	public List<PartyData> getParties() {
		return _parties;
	}

	public List<ProgrammeData> getProgrammes() {
		return _programmes;
	}

	public List<ResourceData> getResources() {
		return _resources;
	}

	public String getSubject() {
		return _subject;
	}

	/** Null when the dates were missing or in the wrong order. */
	public AgreementTerm getTerm() {
		return _term;
	}

	private final LocalDate _agreementDate;
	private final AgreementKind _kind;
	private final String _number;
	private final List<PartyData> _parties;
	private final List<ProgrammeData> _programmes;
	private final List<ResourceData> _resources;
	private final String _subject;
	private final AgreementTerm _term;

}
