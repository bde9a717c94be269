package ru.opora.domain.cooperation;

import java.time.LocalDate;
import java.util.List;

/** Agreements shaped after seed 000: a rural school with two «Точка роста» schools of the town. */
final class Fixtures {

	static final PartyRef NOVOSPASSKAYA = PartyRef.school(1);

	static final PartyRef SCHOOL_3 = PartyRef.school(3);

	static final PartyRef CENTRE_DOD = PartyRef.organization(501);

	static final LocalDate START = LocalDate.of(2025, 9, 1);

	static final LocalDate END = LocalDate.of(2026, 8, 31);

	static AgreementData agreement(AgreementKind kind, List<PartyData> parties, List<ProgrammeData> programmes) {
		return new AgreementData(
			"СВ-12/2025", LocalDate.of(2025, 8, 25), kind, "Реализация программы «Технология» в сетевой форме",
			term(false), parties, programmes, List.of());
	}

	static ProgrammeData programme(LocalDate start, LocalDate end, ModuleData... modules) {
		return new ProgrammeData(
			"Технология", ProgrammeKind.BASIC, 68, "5-9", 42, start, end, List.of(modules));
	}

	static PartyData party(PartyRef ref) {
		return new PartyData(ref, requisites());
	}

	static Requisites requisites() {
		return new Requisites(
			"Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 3»",
			"МБОУ", "446000, с. Новоспасское, ул. Школьная, 3", "7707083893", "1027700132195",
			"Иванова Мария Петровна", "директор", "Устав");
	}

	static AgreementTerm term(boolean prolongation) {
		return new AgreementTerm(START, END, prolongation, prolongation ? 12 : 0);
	}

	private Fixtures() {
	}

}
