package ru.opora.domain.cooperation;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Alerts before an agreement in force ends without prolongation: 30 and 7
 * days before, and on expiry. Each level is sent once; a later level replaces
 * an earlier one not yet sent.
 */
public enum ExpiryAlert {

	DAYS_30(30), DAYS_7(7), EXPIRED(0);

	/**
	 * The alert due on {@code today}, if any, given the last one already sent
	 * (null: none yet).
	 */
	public static Optional<ExpiryAlert> due(
		AgreementStatus status, AgreementTerm term, ExpiryAlert lastSent, LocalDate today) {

		if (term.isAutoProlongation() ||
			!(status.isInForce() || ((status == AgreementStatus.EXPIRED) && (lastSent != EXPIRED)))) {

			return Optional.empty();
		}

		long daysLeft = term.daysLeft(today);
		ExpiryAlert alert;

		if ((daysLeft < 0) || (status == AgreementStatus.EXPIRED)) {
			alert = EXPIRED;
		}
		else if (daysLeft <= 7) {
			alert = DAYS_7;
		}
		else if (daysLeft <= 30) {
			alert = DAYS_30;
		}
		else {
			return Optional.empty();
		}

		if ((lastSent != null) && (lastSent.ordinal() >= alert.ordinal())) {
			return Optional.empty();
		}

		return Optional.of(alert);
	}

	public static Optional<ExpiryAlert> parse(String code) {
		return CooperationCodes.parse(ExpiryAlert.class, code);
	}

	public String code() {
		return CooperationCodes.code(this);
	}

	public int getDays() {
		return _days;
	}

	private ExpiryAlert(int days) {
		_days = days;
	}

	private final int _days;

}
