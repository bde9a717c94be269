package ru.opora.domain.cooperation;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Life cycle of an agreement: a draft goes on approval (and may come back to
 * draft), is signed once every approval is in, becomes active on its start
 * date, and ends expired (term over, no prolongation) or terminated early
 * with a reason. Expired and terminated are final.
 */
public enum AgreementStatus {

	DRAFT, ON_APPROVAL, SIGNED, ACTIVE, EXPIRED, TERMINATED;

	public static Optional<AgreementStatus> parse(String code) {
		return CooperationCodes.parse(AgreementStatus.class, code);
	}

	public boolean canChangeTo(AgreementStatus status) {
		return nextStatuses().contains(status);
	}

	public String code() {
		return CooperationCodes.code(this);
	}

	/** Drafts (and agreements returned to draft) are the only editable ones. */
	public boolean isEditable() {
		return this == DRAFT;
	}

	public boolean isFinal() {
		return (this == EXPIRED) || (this == TERMINATED);
	}

	/** Signed or active: the agreement binds its parties. */
	public boolean isInForce() {
		return (this == SIGNED) || (this == ACTIVE);
	}

	public String labelKey() {
		return "opora-agreement-status-" + code();
	}

	public Set<AgreementStatus> nextStatuses() {
		switch (this) {
			case DRAFT:
				return EnumSet.of(ON_APPROVAL);
			case ON_APPROVAL:
				return EnumSet.of(DRAFT, SIGNED);
			case SIGNED:
				return EnumSet.of(ACTIVE, EXPIRED, TERMINATED);
			case ACTIVE:
				return EnumSet.of(EXPIRED, TERMINATED);
			default:
				return EnumSet.noneOf(AgreementStatus.class);
		}
	}

}
