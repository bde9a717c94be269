package ru.opora.domain.risk.review;

import java.util.Optional;

import ru.opora.domain.risk.Enums;

/**
 * Review status of a document version: a draft the school edits, submitted to
 * the curator, returned for revision («на доработку») or approved
 * («согласовано»).
 */
public enum ReviewStatus {

	DRAFT, SUBMITTED, RETURNED, APPROVED;

	public static Optional<ReviewStatus> parse(String name) {
		return Enums.parse(ReviewStatus.class, name);
	}

	/** The school may edit drafts and returned versions only. */
	public boolean isEditable() {
		return (this == DRAFT) || (this == RETURNED);
	}

}
