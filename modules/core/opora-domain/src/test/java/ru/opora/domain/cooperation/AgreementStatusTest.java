package ru.opora.domain.cooperation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ru.opora.domain.validation.Violation;

class AgreementStatusTest {

	private static final Set<List<AgreementStatus>> _ALLOWED = Set.of(
		List.of(AgreementStatus.DRAFT, AgreementStatus.ON_APPROVAL),
		List.of(AgreementStatus.ON_APPROVAL, AgreementStatus.DRAFT),
		List.of(AgreementStatus.ON_APPROVAL, AgreementStatus.SIGNED),
		List.of(AgreementStatus.SIGNED, AgreementStatus.ACTIVE),
		List.of(AgreementStatus.SIGNED, AgreementStatus.EXPIRED),
		List.of(AgreementStatus.SIGNED, AgreementStatus.TERMINATED),
		List.of(AgreementStatus.ACTIVE, AgreementStatus.EXPIRED),
		List.of(AgreementStatus.ACTIVE, AgreementStatus.TERMINATED));

	private static final ApprovalState _ALL_APPROVED = new ApprovalState(
		List.of(Fixtures.SCHOOL_3), List.of(Fixtures.SCHOOL_3), false, false);

	@Test
	void everyPairOfStatusesFollowsTheLifeCycle() {
		for (AgreementStatus from : AgreementStatus.values()) {
			for (AgreementStatus to : AgreementStatus.values()) {
				boolean allowed = _ALLOWED.contains(List.of(from, to));

				assertEquals(allowed, from.canChangeTo(to), from + " -> " + to);
				assertEquals(
					allowed, AgreementRules.checkTransition(from, to, "причина", _ALL_APPROVED).isEmpty(),
					from + " -> " + to);
			}
		}
	}

	@Test
	void noSigningWithoutEveryPartyAndTheCoordinator() {
		ApprovalState approvals = new ApprovalState(
			List.of(Fixtures.NOVOSPASSKAYA, Fixtures.SCHOOL_3, Fixtures.CENTRE_DOD), List.of(Fixtures.SCHOOL_3), true,
			false);

		assertEquals(List.of("school:1", "organization:501", "coordinator"), approvals.missing());
		assertEquals(
			List.of(Violation.of("approvals", "approvals-missing", "school:1, organization:501, coordinator")),
			AgreementRules.checkTransition(AgreementStatus.ON_APPROVAL, AgreementStatus.SIGNED, null, approvals).list());

		ApprovalState partiesOnly = new ApprovalState(
			List.of(Fixtures.NOVOSPASSKAYA, Fixtures.SCHOOL_3), List.of(Fixtures.SCHOOL_3, Fixtures.NOVOSPASSKAYA),
			true, false);

		assertEquals(List.of("coordinator"), partiesOnly.missing());

		ApprovalState noCoordinator = new ApprovalState(
			List.of(Fixtures.NOVOSPASSKAYA, Fixtures.SCHOOL_3), List.of(Fixtures.SCHOOL_3, Fixtures.NOVOSPASSKAYA),
			false, false);

		assertTrue(
			AgreementRules.checkTransition(
				AgreementStatus.ON_APPROVAL, AgreementStatus.SIGNED, null, noCoordinator).isEmpty());
	}

	@Test
	void earlyTerminationNeedsAReasonAndIsFinal() {
		assertEquals(
			List.of(Violation.of("statusReason", "required")),
			AgreementRules.checkTransition(AgreementStatus.ACTIVE, AgreementStatus.TERMINATED, " ", null).list());
		assertEquals(
			List.of(Violation.of("status", "status-final", "terminated")),
			AgreementRules.checkTransition(AgreementStatus.TERMINATED, AgreementStatus.ACTIVE, null, null).list());
		assertEquals(
			List.of(Violation.of("status", "status-unchanged", "draft")),
			AgreementRules.checkTransition(AgreementStatus.DRAFT, AgreementStatus.DRAFT, null, null).list());
		assertEquals(
			List.of(Violation.of("statusReason", "too-long", AgreementData.MAX_TEXT_LENGTH)),
			AgreementRules.checkTransition(
				AgreementStatus.ACTIVE, AgreementStatus.TERMINATED, "x".repeat(AgreementData.MAX_TEXT_LENGTH + 1),
				null).list());
	}

	@Test
	void codesRoundTrip() {
		for (AgreementStatus status : AgreementStatus.values()) {
			assertEquals(Optional.of(status), AgreementStatus.parse(status.code()));
		}

		for (AgreementKind kind : AgreementKind.values()) {
			assertEquals(Optional.of(kind), AgreementKind.parse(kind.code()));
		}

		assertEquals("on-approval", AgreementStatus.ON_APPROVAL.code());
		assertEquals("opora-agreement-kind-growth-point", AgreementKind.GROWTH_POINT.labelKey());
		assertEquals(Optional.empty(), AgreementStatus.parse("signed-off"));
		assertEquals(Optional.empty(), AgreementStatus.parse(null));
	}

	@Test
	void partyKeysRoundTrip() {
		assertEquals(Fixtures.SCHOOL_3, PartyRef.parse("school:3"));
		assertEquals(Fixtures.CENTRE_DOD, PartyRef.parse(Fixtures.CENTRE_DOD.key()));
		assertEquals(null, PartyRef.parse("school:x"));
		assertEquals(null, PartyRef.parse("user:3"));
		assertEquals(null, PartyRef.parse("school:0"));
		assertEquals(null, PartyRef.parse("3"));
	}

}
