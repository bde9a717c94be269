package ru.opora.domain.diagnostics;

import java.util.List;

import ru.opora.domain.validation.Violation;
import ru.opora.domain.validation.Violations;

/** A competence area; subject areas name their school subject, the others have none. */
public final class CompetenceArea {

	public CompetenceArea(String code, String name, AreaKind kind, String subject) {
		_code = code;
		_name = name;
		_kind = kind;
		_subject = ((subject == null) || subject.isBlank()) ? null : subject.trim();
	}

	public String code() {
		return _code;
	}

	public String name() {
		return _name;
	}

	public AreaKind kind() {
		return _kind;
	}

	public String subject() {
		return _subject;
	}

	public List<Violation> validate() {
		Violations violations = new Violations();

		violations.requireText(_code, 75, "code");
		violations.require((_code == null) || _code.matches("[A-Za-z0-9._-]*"), "code", "diagnostics-code-format");
		violations.requireText(_name, 255, "name");
		violations.require(_kind != null, "kind", "required");
		violations.require((_kind != AreaKind.SUBJECT) || (_subject != null), "subject", "required");

		return violations.list();
	}

	private final String _code;
	private final AreaKind _kind;
	private final String _name;
	private final String _subject;

}
