package ru.opora.domain.risk.review;

import java.util.Optional;

import ru.opora.domain.risk.Enums;

/** A step of the review. */
public enum ReviewAction {

	SUBMIT, RETURN, APPROVE, NEW_VERSION;

	public static Optional<ReviewAction> parse(String name) {
		return Enums.parse(ReviewAction.class, name);
	}

}
