package ru.opora.domain.risk.profile;

import java.time.Instant;

import ru.opora.domain.risk.RiskLevel;

/**
 * One step of the curator's verification of a factor: who, when, what
 * (confirm or correct, from which level to which) and why.
 */
public final class VerificationEntry {

	public VerificationEntry(
		String factorCode, VerificationAction action, RiskLevel fromLevel, RiskLevel toLevel, long userId,
		Instant date, String comment) {

		this.factorCode = factorCode;
		this.action = action;
		this.fromLevel = fromLevel;
		this.toLevel = toLevel;
		this.userId = userId;
		this.date = date;
		this.comment = comment;
	}

	public VerificationAction action() {
		return action;
	}

	public String comment() {
		return comment;
	}

	public Instant date() {
		return date;
	}

	public String factorCode() {
		return factorCode;
	}

	/** The level before the step, null for not enough data. */
	public RiskLevel fromLevel() {
		return fromLevel;
	}

	/** The level after the step. */
	public RiskLevel toLevel() {
		return toLevel;
	}

	public long userId() {
		return userId;
	}

	private final VerificationAction action;
	private final String comment;
	private final Instant date;
	private final String factorCode;
	private final RiskLevel fromLevel;
	private final RiskLevel toLevel;
	private final long userId;

}
