package ru.opora.domain.diagnostics;

import java.time.LocalDate;

/**
 * One proposed route action for a deficit: its kind, what it refers to
 * (course id, strong school id, mentor user id, file entry id; 0 for free
 * self-study), a title, the deadline and the expected evidence.
 */
public final class ProposedAction {

	public ProposedAction(String competenceCode, ActionType type, long referenceId, String title, LocalDate deadline) {
		_competenceCode = competenceCode;
		_type = type;
		_referenceId = referenceId;
		_title = title;
		_deadline = deadline;
	}

	public String competenceCode() {
		return _competenceCode;
	}

	public ActionType type() {
		return _type;
	}

	public long referenceId() {
		return _referenceId;
	}

	public String title() {
		return _title;
	}

	public LocalDate deadline() {
		return _deadline;
	}

	public String evidence() {
		return _type.evidence();
	}

	@Override
	public String toString() {
		return _competenceCode + ":" + _type.code() + ":" + _referenceId + ":" + _deadline;
	}

	private final String _competenceCode;
	private final LocalDate _deadline;
	private final long _referenceId;
	private final String _title;
	private final ActionType _type;

}
