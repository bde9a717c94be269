package ru.opora.domain.mentoring.assignment;

import java.util.Optional;

/** A planned event is reported as done (with its outcome) or cancelled. */
public enum SupportEventStatus {

	PLANNED, DONE, CANCELLED;

	public static Optional<SupportEventStatus> parse(String code) {
		return Codes.parse(SupportEventStatus.class, code);
	}

	public String code() {
		return Codes.code(this);
	}

}
