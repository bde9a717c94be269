package ru.opora.domain.cooperation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The "agreements that need attention" list: waiting for approval, ending
 * within 30 days without prolongation, expired in the last 30 days, or in
 * force without the signed scan. Most urgent first.
 */
public final class Attention {

	public static final int HORIZON_DAYS = 30;

	/** Why an agreement needs attention, most urgent first. */
	public enum Reason {

		EXPIRED_RECENTLY, EXPIRES_SOON, AWAITING_APPROVAL, NO_SIGNED_SCAN;

		public String code() {
			return CooperationCodes.code(this);
		}

		public String labelKey() {
			return "opora-attention-" + code();
		}

	}

	/** One agreement as the list sees it. */
	public static final class Item {

		public Item(long agreementId, AgreementStatus status, AgreementTerm term, boolean signedScan) {
			_agreementId = agreementId;
			_status = status;
			_term = term;
			_signedScan = signedScan;
		}

		public long getAgreementId() {
			return _agreementId;
		}

		public AgreementStatus getStatus() {
			return _status;
		}

		public AgreementTerm getTerm() {
			return _term;
		}

		public boolean hasSignedScan() {
			return _signedScan;
		}

		private final long _agreementId;
		private final boolean _signedScan;
		private final AgreementStatus _status;
		private final AgreementTerm _term;

	}

	/** One entry of the list. */
	public static final class Entry {

		public long getAgreementId() {
			return _item.getAgreementId();
		}

		public long getDaysLeft() {
			return _daysLeft;
		}

		public Item getItem() {
			return _item;
		}

		public List<Reason> getReasons() {
			return _reasons;
		}

		private Entry(Item item, List<Reason> reasons, long daysLeft) {
			_item = item;
			_reasons = List.copyOf(reasons);
			_daysLeft = daysLeft;
		}

		private final long _daysLeft;
		private final Item _item;
		private final List<Reason> _reasons;

	}

	public static List<Entry> list(List<Item> items, LocalDate today) {
		List<Entry> entries = new ArrayList<>();

		for (Item item : items) {
			List<Reason> reasons = reasons(item, today);

			if (!reasons.isEmpty()) {
				entries.add(new Entry(item, reasons, item.getTerm().daysLeft(today)));
			}
		}

		entries.sort(
			Comparator.comparing((Entry entry) -> entry.getReasons().get(0)).thenComparingLong(
				Entry::getDaysLeft
			).thenComparingLong(Entry::getAgreementId));

		return entries;
	}

	public static List<Reason> reasons(Item item, LocalDate today) {
		List<Reason> reasons = new ArrayList<>();
		AgreementStatus status = item.getStatus();
		AgreementTerm term = item.getTerm();
		long daysLeft = term.daysLeft(today);

		if ((status == AgreementStatus.EXPIRED) && (daysLeft >= -HORIZON_DAYS)) {
			reasons.add(Reason.EXPIRED_RECENTLY);
		}

		if (status.isInForce() && !term.isAutoProlongation() && (daysLeft <= HORIZON_DAYS)) {
			reasons.add(Reason.EXPIRES_SOON);
		}

		if (status == AgreementStatus.ON_APPROVAL) {
			reasons.add(Reason.AWAITING_APPROVAL);
		}

		if (status.isInForce() && !item.hasSignedScan()) {
			reasons.add(Reason.NO_SIGNED_SCAN);
		}

		return reasons;
	}

	private Attention() {
	}

}
