package ru.opora.domain.cooperation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ru.opora.domain.identification.Group;

/** Hand-made networks: the indicator and the order of the view. */
class CooperationNetworkTest {

	private static final NetworkSchool _WEAK_A = new NetworkSchool(1, "А", Set.of(Group.LOW_RESULTS));

	private static final NetworkSchool _WEAK_B = new NetworkSchool(
		2, "Б", Set.of(Group.LOW_RESULTS, Group.UNFAVOURABLE_CONDITIONS));

	private static final NetworkSchool _WEAK_C = new NetworkSchool(3, "В", Set.of(Group.LOW_RESULTS));

	private static final NetworkSchool _RISK_D = new NetworkSchool(4, "Г", Set.of(Group.RISK_ZONE));

	private static final NetworkSchool _STRONG = new NetworkSchool(5, "Д", Set.of(Group.HIGH_RESULTS));

	private static final NetworkSchool _ORDINARY = new NetworkSchool(6, "Е", Set.of());

	private static final NetworkSchool _OTHER_MUNICIPALITY = new NetworkSchool(
		7, "Ж", Set.of(Group.HIGH_RESULTS, Group.RESILIENT));

	private static final LocalDate _DAY = LocalDate.of(2026, 3, 1);

	@Test
	void shareCountsLowResultsSchoolsLinkedToStrongSchoolsOrOrganisations() {
		List<NetworkAgreement> agreements = List.of(
			// А with a strong school: counts
			_agreement(1, AgreementStatus.ACTIVE, null, PartyRef.school(1), PartyRef.school(5)),
			// Б with an ordinary school only: does not count
			_agreement(2, AgreementStatus.ACTIVE, null, PartyRef.school(2), PartyRef.school(6)),
			// В with a college (organisation): counts
			_agreement(3, AgreementStatus.SIGNED, null, PartyRef.school(3), PartyRef.organization(900)));

		CooperationNetwork network = CooperationNetwork.build(
			List.of(_WEAK_A, _WEAK_B, _WEAK_C, _RISK_D, _STRONG, _ORDINARY), List.of(), agreements, _DAY);

		assertEquals(3, network.getLowResultsCount());
		assertEquals(2, network.getLowResultsInCooperationCount());
		assertEquals(66.7, network.getSharePercent());
	}

	@Test
	void onlyAgreementsInEffectOnTheDayCount() {
		List<NetworkAgreement> agreements = List.of(
			_agreement(1, AgreementStatus.DRAFT, null, PartyRef.school(1), PartyRef.school(5)),
			_agreement(2, AgreementStatus.ON_APPROVAL, null, PartyRef.school(2), PartyRef.school(5)),
			// terminated before the day
			_agreement(3, AgreementStatus.TERMINATED, _DAY, PartyRef.school(3), PartyRef.organization(900)),
			// terminated after the day: was in effect then
			_agreement(
				4, AgreementStatus.TERMINATED, _DAY.plusDays(1), PartyRef.school(1), PartyRef.organization(901)));

		CooperationNetwork network = CooperationNetwork.build(
			List.of(_WEAK_A, _WEAK_B, _WEAK_C), List.of(), agreements, _DAY);

		assertEquals(1, network.getLowResultsInCooperationCount());
		assertEquals(33.3, network.getSharePercent());

		CooperationNetwork later = CooperationNetwork.build(
			List.of(_WEAK_A, _WEAK_B, _WEAK_C), List.of(), agreements, LocalDate.of(2027, 1, 1));

		assertEquals(0.0, later.getSharePercent());
	}

	@Test
	void partnersFromAnotherMunicipalityAreLookedUp() {
		List<NetworkAgreement> agreements = List.of(
			_agreement(1, AgreementStatus.ACTIVE, null, PartyRef.school(1), PartyRef.school(7)),
			_agreement(2, AgreementStatus.ACTIVE, null, PartyRef.school(2), PartyRef.school(99)));

		CooperationNetwork network = CooperationNetwork.build(
			List.of(_WEAK_A, _WEAK_B), List.of(_OTHER_MUNICIPALITY), agreements, _DAY);

		assertEquals(1, network.getLowResultsInCooperationCount());

		CooperationNetwork.Row rowA = network.getRows().stream().filter(
			row -> row.getSchool().getSchoolId() == 1).findFirst().get();

		assertTrue(rowA.getLinks().get(0).isQualifying());
		assertEquals(AgreementKind.NETWORK_PROGRAMME, rowA.getLinks().get(0).getKind());
	}

	@Test
	void weakSchoolsWithoutAgreementComeFirst() {
		List<NetworkAgreement> agreements = List.of(
			_agreement(1, AgreementStatus.ACTIVE, null, PartyRef.school(1), PartyRef.school(5)));

		CooperationNetwork network = CooperationNetwork.build(
			List.of(_STRONG, _ORDINARY, _WEAK_A, _RISK_D, _WEAK_B), List.of(), agreements, _DAY);

		assertEquals(
			List.of(2L, 4L, 6L, 1L, 5L),
			network.getRows().stream().map(row -> row.getSchool().getSchoolId()).collect(Collectors.toList()));
		assertTrue(network.getRows().get(1).getSchool().isWeak());
		assertFalse(network.getRows().get(2).getSchool().isWeak());
	}

	@Test
	void noLowResultsSchoolsMeansNoShare() {
		CooperationNetwork network = CooperationNetwork.build(List.of(_STRONG, _ORDINARY), List.of(), List.of(), _DAY);

		assertNull(network.getSharePercent());
		assertEquals(0, network.getLowResultsCount());
	}

	private static NetworkAgreement _agreement(
		long id, AgreementStatus status, LocalDate terminated, PartyRef... parties) {

		return new NetworkAgreement(
			id, "N-" + id, AgreementKind.NETWORK_PROGRAMME, status,
			new AgreementTerm(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31), false, 0), terminated,
			List.of(parties));
	}

}
