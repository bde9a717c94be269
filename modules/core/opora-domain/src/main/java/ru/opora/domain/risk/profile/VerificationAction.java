package ru.opora.domain.risk.profile;

import java.util.Optional;

import ru.opora.domain.risk.Enums;

/** What a curator does with a computed factor level. */
public enum VerificationAction {

	CONFIRM, CORRECT;

	public static Optional<VerificationAction> parse(String name) {
		return Enums.parse(VerificationAction.class, name);
	}

}
