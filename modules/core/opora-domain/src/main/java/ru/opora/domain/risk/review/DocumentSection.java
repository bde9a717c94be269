package ru.opora.domain.risk.review;

import java.util.Optional;

import ru.opora.domain.risk.Enums;

/** The sections of a document a review comment may be attached to. */
public enum DocumentSection {

	GENERAL, GOAL, TASKS, MEASURES, EXPECTED_RESULT;

	public static Optional<DocumentSection> parse(String name) {
		return Enums.parse(DocumentSection.class, name);
	}

}
