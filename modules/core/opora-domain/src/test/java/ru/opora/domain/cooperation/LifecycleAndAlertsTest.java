package ru.opora.domain.cooperation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class LifecycleAndAlertsTest {

	@Test
	void signedAgreementBecomesActiveOnItsStartDay() {
		assertEquals(
			DailyStep.Action.NONE,
			DailyStep.of(AgreementStatus.SIGNED, Fixtures.term(false), Fixtures.START.minusDays(1)).getAction());
		assertEquals(
			DailyStep.Action.ACTIVATE,
			DailyStep.of(AgreementStatus.SIGNED, Fixtures.term(false), Fixtures.START).getAction());
		assertEquals(
			DailyStep.Action.NONE,
			DailyStep.of(AgreementStatus.ACTIVE, Fixtures.term(false), Fixtures.END).getAction());
		assertEquals(
			DailyStep.Action.NONE,
			DailyStep.of(AgreementStatus.DRAFT, Fixtures.term(false), Fixtures.END.plusDays(5)).getAction());
	}

	@Test
	void agreementWithoutProlongationExpiresTheDayAfterItsEnd() {
		DailyStep step = DailyStep.of(AgreementStatus.ACTIVE, Fixtures.term(false), Fixtures.END.plusDays(1));

		assertEquals(DailyStep.Action.EXPIRE, step.getAction());
		assertEquals(Fixtures.END, step.getEnd());
	}

	@Test
	void automaticProlongationExtendsByWholePeriods() {
		DailyStep step = DailyStep.of(AgreementStatus.ACTIVE, Fixtures.term(true), Fixtures.END.plusDays(1));

		assertEquals(DailyStep.Action.PROLONG, step.getAction());
		assertEquals(LocalDate.of(2027, 8, 31), step.getEnd());

		// the job did not run for more than a year: two periods at once
		assertEquals(
			LocalDate.of(2028, 8, 31),
			DailyStep.of(AgreementStatus.ACTIVE, Fixtures.term(true), LocalDate.of(2027, 9, 1)).getEnd());

		// zero months means no prolongation even if the flag is set
		AgreementTerm zero = new AgreementTerm(Fixtures.START, Fixtures.END, true, 0);

		assertEquals(
			DailyStep.Action.EXPIRE,
			DailyStep.of(AgreementStatus.ACTIVE, zero, Fixtures.END.plusDays(1)).getAction());
	}

	@Test
	void alertsThirtyAndSevenDaysBeforeAndOnExpiryOnce() {
		AgreementTerm term = Fixtures.term(false);

		assertEquals(Optional.empty(), ExpiryAlert.due(AgreementStatus.ACTIVE, term, null, Fixtures.END.minusDays(31)));
		assertEquals(
			Optional.of(ExpiryAlert.DAYS_30),
			ExpiryAlert.due(AgreementStatus.ACTIVE, term, null, Fixtures.END.minusDays(30)));
		assertEquals(
			Optional.empty(),
			ExpiryAlert.due(AgreementStatus.ACTIVE, term, ExpiryAlert.DAYS_30, Fixtures.END.minusDays(20)));
		assertEquals(
			Optional.of(ExpiryAlert.DAYS_7),
			ExpiryAlert.due(AgreementStatus.ACTIVE, term, ExpiryAlert.DAYS_30, Fixtures.END.minusDays(7)));

		// the 30-day alert was missed: the 7-day one is sent, not both
		assertEquals(
			Optional.of(ExpiryAlert.DAYS_7), ExpiryAlert.due(AgreementStatus.SIGNED, term, null, Fixtures.END));
		assertEquals(
			Optional.of(ExpiryAlert.EXPIRED),
			ExpiryAlert.due(AgreementStatus.EXPIRED, term, ExpiryAlert.DAYS_7, Fixtures.END.plusDays(1)));
		assertEquals(
			Optional.empty(),
			ExpiryAlert.due(AgreementStatus.EXPIRED, term, ExpiryAlert.EXPIRED, Fixtures.END.plusDays(2)));
		assertEquals(
			Optional.empty(), ExpiryAlert.due(AgreementStatus.ACTIVE, Fixtures.term(true), null, Fixtures.END));
		assertEquals(Optional.empty(), ExpiryAlert.due(AgreementStatus.DRAFT, term, null, Fixtures.END));
		assertEquals(Optional.empty(), ExpiryAlert.due(AgreementStatus.TERMINATED, term, null, Fixtures.END));
	}

	@Test
	void needsAttentionListsTheUrgentFirst() {
		LocalDate today = Fixtures.END.minusDays(10);
		List<Attention.Item> items = List.of(
			new Attention.Item(1, AgreementStatus.ACTIVE, Fixtures.term(false), true),
			new Attention.Item(2, AgreementStatus.ACTIVE, Fixtures.term(true), true),
			new Attention.Item(3, AgreementStatus.ON_APPROVAL, Fixtures.term(false), false),
			new Attention.Item(
				4, AgreementStatus.EXPIRED,
				new AgreementTerm(Fixtures.START, today.minusDays(3), false, 0), true),
			new Attention.Item(
				5, AgreementStatus.EXPIRED,
				new AgreementTerm(Fixtures.START, today.minusDays(31), false, 0), true),
			new Attention.Item(
				6, AgreementStatus.SIGNED,
				new AgreementTerm(Fixtures.START, today.plusDays(3), false, 0), false),
			new Attention.Item(7, AgreementStatus.DRAFT, Fixtures.term(false), false));

		List<Attention.Entry> entries = Attention.list(items, today);

		assertEquals(List.of(4L, 6L, 1L, 3L), entries.stream().map(Attention.Entry::getAgreementId).collect(
			Collectors.toList()));
		assertEquals(
			List.of(Attention.Reason.EXPIRES_SOON, Attention.Reason.NO_SIGNED_SCAN), entries.get(1).getReasons());
		assertEquals(3, entries.get(1).getDaysLeft());
	}

}
