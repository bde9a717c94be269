package ru.opora.domain.risk.review;

import java.util.Optional;

import ru.opora.domain.risk.Enums;

/**
 * The documents of a school in the programme, in their order: development
 * concept, medium-term development programme, one anti-risk programme per
 * priority factor.
 */
public enum DocumentType {

	CONCEPT, DEVELOPMENT_PROGRAMME, ANTI_RISK_PROGRAMME;

	public static Optional<DocumentType> parse(String name) {
		return Enums.parse(DocumentType.class, name);
	}

	/** An anti-risk programme belongs to one factor; the others to none. */
	public boolean isPerFactor() {
		return this == ANTI_RISK_PROGRAMME;
	}

}
